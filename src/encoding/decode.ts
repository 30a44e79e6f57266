/**
 * Bytes → text. Manuscripts arrive as UTF-8 (with or without a BOM), UTF-16 or UTF-32
 * with a BOM, or, from Chinese word processors, GB18030/GBK or (Taiwan, Hong Kong)
 * Big5 without any mark. Positions are reported in the decoded text, so the BOM is
 * dropped and every byte that could not be decoded is named by its byte offset
 * instead of being mangled in silence.
 */

export type EncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gb18030' | 'big5';

/** How an encoding is named to people. */
export const ENCODING_LABEL: Record<EncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'utf-32le': 'UTF-32LE',
  'utf-32be': 'UTF-32BE',
  gb18030: 'GB18030',
  big5: 'Big5',
};

export interface ByteProblem {
  /** Byte offset of the first byte that could not be decoded. */
  byteOffset: number;
}

export type Decoded =
  | { kind: 'text'; text: string; encoding: EncodingName; invalid: ByteProblem[]; invalidCount: number }
  | { kind: 'binary'; what: string }
  /** Text in a legacy Chinese encoding that the bytes do not settle; `why` says what to do. */
  | { kind: 'undecided'; why: string };

/** Invalid sequences kept for the report; the count says how many there were in all. */
export const MAX_BYTE_PROBLEMS = 10;
/** Binary files show themselves early: magic numbers or a NUL byte in the first block. */
const SNIFF_BYTES = 8192;

const MAGIC: [string, number[]][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or a .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['Word 97–2003 document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** What kind of binary file this is, or undefined for text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const [what, prefix] of MAGIC) if (startsWith(bytes, prefix)) return what;
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return 'binary data (NUL bytes)';
  return undefined;
}

/** Offsets of ill-formed UTF-8 sequences (WHATWG: maximal subparts each count once). */
export function utf8Problems(bytes: Uint8Array, from = 0): { first: ByteProblem[]; count: number } {
  const first: ByteProblem[] = [];
  let count = 0;
  const bad = (at: number) => {
    if (first.length < MAX_BYTE_PROBLEMS) first.push({ byteOffset: at });
    count++;
  };
  let i = from;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      bad(i);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      const [l, h] = k === 0 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < l || c > h) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      bad(i);
      i = j;
      continue;
    }
    i = j;
  }
  return { first, count };
}

/** Offsets of byte sequences that GB18030 cannot read (structure only: one, two or four bytes). */
export function gb18030Problems(bytes: Uint8Array): { first: ByteProblem[]; count: number } {
  const first: ByteProblem[] = [];
  let count = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b <= 0x80) {
      i++;
      continue;
    }
    const b2 = bytes[i + 1];
    if (b !== 0xff && b2 !== undefined && ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe))) {
      i += 2;
      continue;
    }
    const b3 = bytes[i + 2];
    const b4 = bytes[i + 3];
    if (b !== 0xff && b2 !== undefined && b2 >= 0x30 && b2 <= 0x39 && b3 !== undefined && b3 >= 0x81 && b3 <= 0xfe && b4 !== undefined && b4 >= 0x30 && b4 <= 0x39) {
      i += 4;
      continue;
    }
    if (first.length < MAX_BYTE_PROBLEMS) first.push({ byteOffset: i });
    count++;
    i++;
  }
  return { first, count };
}

function utf16Problems(bytes: Uint8Array, bigEndian: boolean): { first: ByteProblem[]; count: number } {
  const first: ByteProblem[] = [];
  let count = 0;
  const bad = (at: number) => {
    if (first.length < MAX_BYTE_PROBLEMS) first.push({ byteOffset: at });
    count++;
  };
  const unit = (at: number) => (bigEndian ? (bytes[at]! << 8) | bytes[at + 1]! : bytes[at]! | (bytes[at + 1]! << 8));
  let i = 2;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) i += 2;
      else bad(i);
    } else if (u >= 0xdc00 && u <= 0xdfff) bad(i);
  }
  if (i < bytes.length) bad(i);
  return { first, count };
}

/** UTF-32 by hand: TextDecoder has no UTF-32. A unit past U+10FFFF, a surrogate or a cut-off tail reads as U+FFFD. */
function decodeUtf32(bytes: Uint8Array, bigEndian: boolean): { text: string; first: ByteProblem[]; count: number } {
  const first: ByteProblem[] = [];
  let count = 0;
  const bad = (at: number) => {
    if (first.length < MAX_BYTE_PROBLEMS) first.push({ byteOffset: at });
    count++;
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  let i = 4;
  for (; i + 3 < bytes.length; i += 4) {
    const cp = view.getUint32(i, !bigEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      bad(i);
      chunk.push(0xfffd);
    } else chunk.push(cp);
    // String.fromCodePoint takes its arguments on the stack: hand them over in slices.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (i < bytes.length) {
    bad(i);
    chunk.push(0xfffd);
  }
  parts.push(String.fromCodePoint(...chunk));
  return { text: parts.join(''), first, count };
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Almost any byte soup has a GB18030 reading; a Chinese text's reading is mostly Han
 * characters and CJK punctuation, not private-use or rare symbols.
 */
function looksChinese(decoded: string): boolean {
  let wide = 0;
  let cjk = 0;
  for (const ch of decoded) {
    if (ch.charCodeAt(0) < 0x80) continue;
    wide++;
    if (CJK.test(ch)) cjk++;
  }
  return wide > 0 && cjk >= wide * 0.6;
}

let commonHanzi: Set<string> | undefined;

/** The characters of a byte block of a legacy encoding, read with Node's own decoder. */
function charactersOf(label: string, leads: [number, number], trails: [number, number][]): string {
  const bytes: number[] = [];
  for (let a = leads[0]; a <= leads[1]; a++) for (const [lo, hi] of trails) for (let b = lo; b <= hi; b++) bytes.push(a, b);
  return new TextDecoder(label).decode(new Uint8Array(bytes));
}

/**
 * The Hanzi in everyday use, simplified and traditional: GB2312 level 1 (3,755
 * characters, B0A1–D7F9) and the Big5 frequent block (5,401 characters, A440–C67E).
 * Both encodings are dense, so almost any byte pair reads as some Hanzi in either; what
 * tells the right reading is that it is made of common characters, where the wrong one
 * is half rare ones, kana and box-drawing symbols.
 */
function isCommonHanzi(ch: string): boolean {
  commonHanzi ??= new Set([
    ...charactersOf('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]),
    ...charactersOf('big5', [0xa4, 0xc6], [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ]),
  ]);
  return commonHanzi.has(ch);
}

/** The Hanzi of a reading and the share of them in everyday use. */
function hanziShare(decoded: string): { hanzi: number; common: number } {
  let hanzi = 0;
  let common = 0;
  for (const ch of decoded) {
    if (!HAN.test(ch)) continue;
    hanzi++;
    if (isCommonHanzi(ch)) common++;
  }
  return { hanzi, common: hanzi > 0 ? common / hanzi : 0 };
}

/** How much more common the Big5 reading's Hanzi must be than the GB18030 reading's to be taken. */
const BIG5_MARGIN = 0.2;
/** Share of common Hanzi a right reading has at least (measured: 0.94 and up on 200 abstracts; a wrong reading 0.64 and below). */
const COMMON_SHARE = 0.8;
/** Fewer Hanzi than this are too few to tell Big5 from GB18030. */
const MIN_HANZI = 20;

function countReplacements(decoded: string): number {
  let n = 0;
  for (let i = decoded.indexOf('\ufffd'); i >= 0; i = decoded.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * Big5 or not, for bytes that are not UTF-8: the Big5 reading must be clean (no byte it
 * cannot read), look Chinese, and be made of common Hanzi clearly more than the GB18030
 * reading. When both readings are clean and alike, GB18030 (far more common) is kept.
 */
function big5Verdict(bytes: Uint8Array, gb: string | undefined): 'big5' | 'no' | 'undecided' {
  const big5 = text(bytes, 'big5', 0);
  if (countReplacements(big5) > 0 || !looksChinese(big5)) return 'no';
  const b = hanziShare(big5);
  const g = gb === undefined ? { hanzi: 0, common: 0 } : hanziShare(gb);
  if (b.common < COMMON_SHARE || b.common < g.common + BIG5_MARGIN) return 'no';
  return b.hanzi >= MIN_HANZI ? 'big5' : 'undecided';
}

function text(bytes: Uint8Array, label: string, from: number): string {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(from));
}

export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const p = utf8Problems(bytes, 3);
    return { kind: 'text', text: text(bytes, 'utf-8', 3), encoding: 'utf-8-bom', invalid: p.first, invalidCount: p.count };
  }
  // Before UTF-16LE, whose BOM begins UTF-32LE's.
  for (const [bom, encoding] of [
    [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
    [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  ] as const) {
    if (startsWith(bytes, [...bom])) {
      const d = decodeUtf32(bytes, encoding === 'utf-32be');
      return { kind: 'text', text: d.text, encoding, invalid: d.first, invalidCount: d.count };
    }
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (startsWith(bytes, [...bom])) {
      const p = utf16Problems(bytes, encoding === 'utf-16be');
      return { kind: 'text', text: text(bytes, encoding, 2), encoding, invalid: p.first, invalidCount: p.count };
    }
  }
  const binary = sniffBinary(bytes);
  if (binary) return { kind: 'binary', what: binary };
  const u = utf8Problems(bytes);
  if (u.count === 0) return { kind: 'text', text: text(bytes, 'utf-8', 0), encoding: 'utf-8', invalid: [], invalidCount: 0 };
  // Not UTF-8: a Chinese manuscript saved as GBK/GB18030 reads cleanly (or nearly) as GB18030.
  const g = gb18030Problems(bytes);
  const gb = g.count < u.count ? text(bytes, 'gb18030', 0) : undefined;
  const chineseGb = gb !== undefined && looksChinese(gb);
  // Big5 bytes read as GB18030 too, into rarer Hanzi: it is tried first.
  const big5 = big5Verdict(bytes, chineseGb ? gb : undefined);
  if (big5 === 'big5') return { kind: 'text', text: text(bytes, 'big5', 0), encoding: 'big5', invalid: [], invalidCount: 0 };
  if (big5 === 'undecided') {
    return { kind: 'undecided', why: 'not UTF-8, and too little Chinese text to tell Big5 from GB18030; save it as UTF-8' };
  }
  if (chineseGb) return { kind: 'text', text: gb, encoding: 'gb18030', invalid: g.first, invalidCount: g.count };
  return { kind: 'text', text: text(bytes, 'utf-8', 0), encoding: 'utf-8', invalid: u.first, invalidCount: u.count };
}
