import type { Anchor, Lang, NumberForm } from '../types.js';
import {
  EN_NUMBER_WORDS,
  parseChineseNumeral,
  parseDecimal,
  parseEnglishNumberWords,
  parseSuperscript,
  ZH_NUMERAL_CHARS,
} from './numerals.js';

/** One written number before it is read in context: `47.1`, `1 x 10(6)`, `Seventeen`, `十七`, `13 万`. */
export interface Atom {
  start: number;
  end: number;
  value: number;
  /** Decimals of the reported precision; negative for `1 x 10(6)` or `13 万` (precision 10^-decimals). */
  decimals: number;
  integer: boolean;
  form: NumberForm;
}

const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;

/** Tokens that name things. Their digits are never amounts. */
const IDENTIFIERS: RegExp[] = [
  /\b(?:https?:\/\/|www\.)[^\s，。；）)]+/gi,
  // From the start of a run only: `\b` alone let every dot of `1.1.1.…` start a rescan of the run.
  /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g,
  // Bounded runs: `ChiCTR-ChiCTR-…` must not rescan the rest of the text from every occurrence.
  /\b(?:NCT\d{8}|ChiCTR[-A-Za-z0-9]{0,40}\d|ISRCTN\d+|ACTRN\d+|JPRN-[A-Za-z0-9-]{1,40}|EudraCT[\s:]{0,4}[\d-]{1,40})\b/gi,
  /\b10\.\d{4,9}\/[^\s,;，；)）]+/g,
  /\bISSN[\s:|]*\d{4}-\d{3}[\dXx]\b/gi,
  /\bphases?\s+(?:\d+|[IV]+)[a-c]?(?:\s*(?:\/|-|and|or)\s*(?:\d+|[IV]+)[a-c]?)?\b/gi,
  // Gene, protein, cell and score names: IL-17, CD4+, Th17, PASI75, EASI-50, COL7A1, C7, SF-36, χ2.
  /(?<![\p{L}\p{Script=Latin}\p{Script=Greek}\d])[\p{Script=Latin}\p{Script=Greek}]+[-‐]?\d+(?:[A-Za-z\d]*)\+?/gu,
  // Volume(issue) and page ranges of a citation: 48(8), 7(1):263.
  /\b\d+\s?\(\d+\)\s*:\s*\d+(?:\s*-\s*\d+)?|\b\d{1,3}\(\d{1,2}\)(?!\s*(?:to|-|~)\s*\d)(?=\s*(?:[|,;.]\s*)?(?:$|\|))/g,
];
const ZH_IDENTIFIERS: RegExp[] = [
  // Trial phases: 1/2a 期, I/IIa期, 3期试验 (but not 期间, 期刊).
  /(?<![\d.IVⅠⅡⅢⅣ])(?:\d+|[IVⅠⅡⅢⅣ]+)[a-c]?(?:\s*\/\s*(?:\d+|[IVⅠⅡⅢⅣ]+)[a-c]?)?\s*期(?![间刊内])/g,
];

export interface Mask {
  taken: Uint8Array;
  anchors: Anchor[];
}

function markIdentifiers(folded: string, lang: Lang, base: number, sentence: number): Mask {
  const taken = new Uint8Array(folded.length);
  const anchors: Anchor[] = [];
  const patterns = lang === 'zh' ? [...ZH_IDENTIFIERS, ...IDENTIFIERS] : IDENTIFIERS;
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some((x) => x)) continue;
      taken.fill(1, start, end);
      anchors.push({
        offset: base + start,
        length: end - start,
        text: m[0],
        key: m[0].toUpperCase().replace(/[^\p{L}\p{N}]/gu, ''),
        sentence,
      });
    }
  }
  return { taken, anchors };
}

const SCI = new RegExp(
  // Only from the start of a digit run: starting inside one rescans the run, quadratic on a long run of digits.
  String.raw`(?<![\d.]|\d,)(${DIGITS})\s*[x×*]\s*10\s*(?:\(\s*(-?\d+)\s*\)|\^\s*(-?\d+)|([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))`,
  'g',
);
const PLAIN = new RegExp(String.raw`(?<![\d.]|\d,)(${DIGITS})(?:\s*([万亿]))?(?![\d])`, 'g');
const ZH_NUMERAL = new RegExp(
  // Only from the start of a numeral run, for the same reason as SCI; a match always ends where the run does.
  `(?<![${ZH_NUMERAL_CHARS}])[${ZH_NUMERAL_CHARS}]+(?=\\s*(?:例|名|位|人|次|个|周|天|日|年|岁|项|组|种|倍|级|小时|分钟|剂|疗程|周期))`,
  'g',
);
const ZH_SCALE: Record<string, number> = { 万: 4, 亿: 8 };

function overlaps(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/** Every written number of a sentence, in text order, outside identifier spans. */
export function findAtoms(folded: string, lang: Lang, base: number, sentence: number): { atoms: Atom[]; mask: Mask } {
  const mask = markIdentifiers(folded, lang, base, sentence);
  const { taken } = mask;
  const atoms: Atom[] = [];
  const add = (start: number, end: number, atom: Omit<Atom, 'start' | 'end'>) => {
    if (overlaps(taken, start, end)) return;
    taken.fill(2, start, end);
    atoms.push({ start, end, ...atom });
  };
  let m: RegExpExecArray | null;
  SCI.lastIndex = 0;
  while ((m = SCI.exec(folded))) {
    const mant = parseDecimal(m[1]!);
    const exp = m[2] ?? m[3] ? Number(m[2] ?? m[3]) : parseSuperscript(m[4]!);
    add(m.index, m.index + m[0].length, {
      value: mant.value * 10 ** exp,
      decimals: mant.decimals - exp,
      integer: mant.decimals - exp <= 0,
      form: 'digits',
    });
  }
  PLAIN.lastIndex = 0;
  while ((m = PLAIN.exec(folded))) {
    const d = parseDecimal(m[1]!);
    const scale = m[2] ? ZH_SCALE[m[2]]! : 0;
    add(m.index, m.index + m[0].length, {
      value: d.value * 10 ** scale,
      decimals: d.decimals - scale,
      integer: d.decimals === 0 || d.decimals - scale <= 0,
      form: 'digits',
    });
  }
  if (lang === 'en') {
    EN_NUMBER_WORDS.lastIndex = 0;
    while ((m = EN_NUMBER_WORDS.exec(folded))) {
      const value = parseEnglishNumberWords(m[0]);
      if (value === undefined) continue;
      add(m.index, m.index + m[0].length, { value, decimals: 0, integer: true, form: 'words' });
    }
  } else {
    ZH_NUMERAL.lastIndex = 0;
    while ((m = ZH_NUMERAL.exec(folded))) {
      // 之一 is "one of", 一些 "some": not amounts.
      if (folded[m.index - 1] === '之') continue;
      const value = parseChineseNumeral(m[0]);
      if (value === undefined) continue;
      add(m.index, m.index + m[0].length, { value, decimals: 0, integer: true, form: 'hanzi' });
    }
  }
  atoms.sort((a, b) => a.start - b.start);
  return { atoms, mask };
}
