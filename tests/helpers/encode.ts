/** Bytes of texts in the encodings zhenlint reads, for tests (Node encodes UTF-8 only). */

/** Bytes of a text in a two-byte legacy encoding, from Node's own decoder run backwards (Node has no GB or Big5 encoder). */
export function legacyEncoder(label: 'gb18030' | 'big5'): (text: string) => Uint8Array {
  let table: Map<string, number[]> | undefined;
  return (text) => {
    if (!table) {
      table = new Map();
      const dec = new TextDecoder(label);
      for (let a = 0x81; a <= 0xfe; a++) {
        for (let b = 0x40; b <= 0xfe; b++) {
          if (b === 0x7f) continue;
          const ch = dec.decode(new Uint8Array([a, b]));
          if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
        }
      }
    }
    const out: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
      else {
        const bytes = table.get(ch);
        if (!bytes) throw new Error(`no ${label} two-byte code for ${ch}`);
        out.push(...bytes);
      }
    }
    return new Uint8Array(out);
  };
}
export const encodeGb18030 = legacyEncoder('gb18030');
export const encodeBig5 = legacyEncoder('big5');

/** UTF-32 with its BOM, one code point a unit. */
export function utf32(text: string, bigEndian: boolean): Uint8Array {
  const points = [0xfeff, ...Array.from(text, (ch) => ch.codePointAt(0)!)];
  const view = new DataView(new ArrayBuffer(points.length * 4));
  points.forEach((cp, i) => view.setUint32(i * 4, cp, !bigEndian));
  return new Uint8Array(view.buffer);
}

/** UTF-16 with its BOM. */
export function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? u >> 8 : u & 0xff;
    out[3 + 2 * i] = bigEndian ? u & 0xff : u >> 8;
  }
  return out;
}
