import type { Anchor, DateParts, Lang, NumberForm } from '../types.js';
import { dateValue, findDates, findDayPoints } from './dates.js';
import {
  chineseDecimals,
  EN_FRACTION_WORDS,
  EN_NUMBER_WORDS,
  parseChineseNumeral,
  parseEnglishFraction,
  parseDecimal,
  parseEnglishNumberWords,
  parseSuperscript,
  ZH_NUMERAL_CHARS,
} from './numerals.js';
import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';

/** One written number before it is read in context: `47.1`, `1 x 10(6)`, `Seventeen`, `十七`, `13 万`. */
export interface Atom {
  start: number;
  end: number;
  value: number;
  /** Decimals of the reported precision; negative for `1 x 10(6)` or `13 万` (precision 10^-decimals). */
  decimals: number;
  integer: boolean;
  form: NumberForm;
  /** A fraction written as one token: `one-third`, `三分之一`, `half of`. */
  parts?: { num: number; den: number };
  /** The token itself says percent: `百分之八十`. */
  percent?: boolean;
  /** The token itself names its unit: `twice` (times), `半年` (year), `no deaths` (death). */
  unit?: string;
  /** The power of ten of a scale word written after the number: 4 for `13 万`, 6 for `5 million`. */
  scale?: number;
  /** `2300多万`, `20余例`: more than the number written. */
  more?: boolean;
  /** A calendar date: `April 2015`, `2015年4月`. */
  date?: DateParts;
}

/**
 * Thousands are grouped by `,`, by ` , ` (tokenized text), or by a space or thin
 * space before exactly three digits: `1,234`, `6 , 528`, `12 345.6`.
 */
const DIGITS = String.raw`(?:\d{1,3}(?:(?:,| , |[ \u00A0\u2009\u202F])\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;

/** Tokens that name things. Their digits are never amounts. */
const URL = /\b(?:https?:\/\/|www\.)[^\s，。；）)]+/gi;
// From the start of a run only: `\b` alone let every dot of `1.1.1.…` start a rescan of the run.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;
// Bounded runs: `ChiCTR-ChiCTR-…` must not rescan the rest of the text from every occurrence.
const REGISTRATION = /\b(?:NCT\d{8}|ChiCTR[-A-Za-z0-9]{0,40}\d|ISRCTN\d+|ACTRN\d+|JPRN-[A-Za-z0-9-]{1,40}|EudraCT[\s:]{0,4}[\d-]{1,40})\b/gi;
const DOI = /\b10\.\d{4,9}\/[^\s,;，；)）。]*[^\s,;，；)）。.]/g;
const ISSN = /\bISSN[\s:|]*\d{4}-\d{3}[\dXx]\b/gi;

const IDENTIFIERS: RegExp[] = [
  URL,
  EMAIL,
  REGISTRATION,
  DOI,
  ISSN,
  /\bphases?\s+(?:\d+|[IV]+)[a-c]?(?:\s*(?:\/|-|and|or)\s*(?:\d+|[IV]+)[a-c]?)?\b/gi,
  // TNM stages: T1-T4, N0-N1, M0; t1~4n0~1m0.
  /\b[Tt][0-4xX][a-c]?(?:\s*[-~]\s*[Tt]?[0-4][a-c]?)?\s*(?:,\s*)?[Nn][0-3xX](?:\s*[-~]\s*[Nn]?[0-3])?\s*(?:,\s*)?[Mm][01xX](?:\s*[-~]\s*[Mm]?1)?\b/g,
  // Chemical locants: 2,4-D, 2,3,7,8-TCDD, 1,25-dihydroxy; a list of numbers is never glued to a name.
  /(?<![\d.,])\d{1,2}(?:,\d{1,2})+-[A-Za-z]+/g,
  // Ratios of three or more parts, and ranges of them: 1:2:1 to 1:4:1 (a composition, not a fraction).
  /(?<![\d.:])\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?){2,}(?:\s*(?:to|-|~|至|到)\s*\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?){2,})?/g,
  // Roman numerals that name a type, grade or stage: type VII, grade III.
  /\b(?:type|grade|stage|class|phase)\s+[IVX]+[a-c]?\b/gi,
  // Gene, protein, cell and score names: IL-17, CD4+, Th17, PASI75, EASI-50, COL7A1, C7, SF-36, χ2.
  // Not a word glued to a number or a minus sign (`and166`, `was-0.43` in text from a PDF).
  /(?<![\p{Script=Latin}\p{Script=Greek}\d/])(?!(?:was|were|is|are|of|to|and|or|by|at|from|than|be|been|in|with|for)-?\d+(?![A-Za-z]))[\p{Script=Latin}\p{Script=Greek}]+[-‐]?\d+(?:[A-Za-z\d]*)\+?/gu,
  // Disease types named by a number: type 1 diabetes, type 2.
  /\btype\s+\d+[a-c]?\b/gi,
  // Citation volumes and pages: volume 48(8), pages 263-270, pp. 12-19.
  /\b(?:vol\.?|volume)\s*\d+(?:\s*\(\s*\d+\s*\))?|\b(?:pp?\.|pages?)\s*\d+(?:\s*-\s*\d+)?/gi,
  // Volume(issue) and page ranges of a citation: 48(8), 7(1):263.
  /\b\d+\s?\(\d+\)\s*:\s*\d+(?:\s*-\s*\d+)?|\b\d{1,3}\(\d{1,2}\)(?!\s*(?:to|-|~)\s*\d)(?=\s*(?:[|,;.]\s*)?(?:$|\|))/g,
];
const ZH_IDENTIFIERS: RegExp[] = [
  // Types named by a number: 1型糖尿病.
  /(?<![\d.])\d+\s*型/g,
  // Roman numerals that name a type or grade: VII型, III级.
  /(?<![A-Za-zⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[IVXⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[a-c]?\s*[型级度]/g,
  // Trial phases: 1/2a 期, I/IIa期, 3期试验 (but not 期间, 期刊).
  /(?<![\d.IVⅠⅡⅢⅣ])(?:\d+|[IVⅠⅡⅢⅣ]+)[a-c]?(?:\s*\/\s*(?:\d+|[IVⅠⅡⅢⅣ]+)[a-c]?)?\s*期(?![间刊内])/g,
];

/** Cheap tests that tell when a costly identifier pattern cannot match a sentence. */
const GUARDS = new Map<RegExp, RegExp>([
  [URL, /https?:|www\./i],
  [EMAIL, /@/],
  [REGISTRATION, /NCT|ChiCTR|ISRCTN|ACTRN|JPRN|EudraCT/i],
  [DOI, /10\.\d/],
  [ISSN, /ISSN/i],
]);

export interface Mask {
  taken: Uint8Array;
  anchors: Anchor[];
}

function markIdentifiers(folded: string, lang: Lang, base: number, sentence: number, taken: Uint8Array): Mask {
  const anchors: Anchor[] = [];
  const patterns = lang === 'zh' ? [...ZH_IDENTIFIERS, ...IDENTIFIERS] : IDENTIFIERS;
  for (const re of patterns) {
    const guard = GUARDS.get(re);
    if (guard && !guard.test(folded)) continue;
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
  // Only from the start of a digit run, and not at a thousands group (`111 111 …`): starting
  // inside a run rescans it, quadratic on a long run of digits or of groups.
  String.raw`(?<![\d.]|\d,)(?!(?<=\d(?:[ \u00A0\u2009\u202F]| , ))\d{3}(?!\d))(${DIGITS})\s*[x×*]\s*10\s*(?:\(\s*(-?\d+)\s*\)|\^\s*(-?\d+)|([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))`,
  'g',
);
/** A bare power of ten: `10⁶`, `10^6`; `10(6)` only before what it counts, as `10(6) cells`. */
const POWER = /(?<![\d.])10\s*(?:\^\s*(-?\d+)|([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\((-?\d{1,2})\)(?=\s*(?:cells|copies|CFU|个|细胞|\/)))/g;
/** Chinese percentages and fractions in words: 百分之四十七点一, 三分之一. */
const ZH_NUM = '[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?';
const ZH_PERCENT_WORDS = new RegExp(`百分之(${ZH_NUM})`, 'g');
const ZH_FRACTION_WORDS = new RegExp(`([零〇一二两三四五六七八九十百千]{1,6})分之([零〇一二两三四五六七八九十百千]{1,6})`, 'g');
const ZH_HALF = ZH.HALF;
const ZH_HALF_UNIT = ZH.HALF_UNITS;
const EN_NONE = EN.NONE;
const ZH_NONE = ZH.NONE;
const EN_MULTIPLES = EN.MULTIPLES;
const GLUED_WORDS = EN.GLUED_WORDS;
/**
 * A number in digits, with its sign, scale word (`13 万`, `2300多万`, `5 million`) or `多`/`余`
 * ("more than": `20余例`). After `1,` it starts unless three digits follow, which continue a
 * thousands group: `1,3,5年` and `(2/41，4.9%)` are lists. A minus glued to a word
 * (`was-0.43` in text from a PDF) is read like a spaced one, by the words before it.
 */
const EN_GLUED_WORD = new RegExp(
  String.raw`\b(${[...Object.keys(EN.NUMBER_UNITS), ...Object.keys(EN.NUMBER_TENS)].join('|')})(?=(?:months?|weeks?|days?|years?|hours?)\b)`,
  'gi',
);
const PLAIN = new RegExp(
  String.raw`(?:(?<=[A-Za-z])(-)(?=\d)|(?<![A-Za-z])([-+]\s?)?|(?<=(?:^|[^A-Za-z])${GLUED_WORDS}))(?<![\d.])(?<!\d,(?=\d{3}(?!\d)))(${DIGITS})(?:\s*([多余])?\s*([万亿])|\s+(thousand|million|billion)\b|([多余]))?(?![\d])`,
  'g',
);
/**
 * A sign is a sign after an opening bracket, punctuation, `=`, a Chinese character or
 * a verb; after a number (`8 - 24`) or a name (`IL-17`) it is a dash.
 */
const SIGN_CONTEXT = /(?:(?:^|[(\[（,，:：;；=]|\b(?:of|was|were|is|are|by|at|from|to|and|or|vs\s?\.?))\s*|\p{Script=Han})$/u;
/**
 * A run of Chinese numerals, read as an amount only before a counter or unit
 * (十七名, 三个周期). The run is matched whole and the counter checked after it,
 * so a long run costs linear time.
 */
const ZH_NUMERAL = new RegExp(`[${ZH_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?`, 'g');
const ZH_COUNTER = ZH.COUNTER;
const ZH_SCALE: Record<string, number> = { 万: 4, 亿: 8, thousand: 3, million: 6, billion: 9 };

function overlaps(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/** Every written number of a sentence, in text order, outside identifier spans; `dayPoints`: read `D14` as day 14. */
export function findAtoms(folded: string, lang: Lang, base: number, sentence: number, dayPoints = false): { atoms: Atom[]; mask: Mask } {
  const atoms: Atom[] = [];
  // Dates and day points come first: their digits are neither identifiers nor amounts of their own.
  const taken = new Uint8Array(folded.length);
  for (const d of findDates(folded, lang)) {
    taken.fill(2, d.start, d.end);
    const form = /\d/.test(folded.slice(d.start, d.end)) ? 'digits' : 'words';
    atoms.push({ start: d.start, end: d.end, value: dateValue(d.date), decimals: 0, integer: true, form, date: d.date });
  }
  for (const d of dayPoints ? findDayPoints(folded) : []) {
    if (overlaps(taken, d.start, d.end)) continue;
    taken.fill(2, d.start, d.end);
    atoms.push({ start: d.start, end: d.end, value: d.day, decimals: 0, integer: true, form: 'digits', unit: 'day' });
  }
  const mask = markIdentifiers(folded, lang, base, sentence, taken);
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
  POWER.lastIndex = 0;
  while ((m = POWER.exec(folded))) {
    const exp = m[1] ?? m[3] ? Number(m[1] ?? m[3]) : parseSuperscript(m[2]!);
    add(m.index, m.index + m[0].length, { value: 10 ** exp, decimals: -exp, integer: exp >= 0, form: 'digits' });
  }
  PLAIN.lastIndex = 0;
  while ((m = PLAIN.exec(folded))) {
    const signText = m[1] ?? m[2];
    const signed = signText !== undefined && SIGN_CONTEXT.test(folded.slice(Math.max(0, m.index - 12), m.index));
    const start = signed ? m.index : m.index + (signText?.length ?? 0);
    const d = parseDecimal(m[3]!);
    const word = m[5] ?? m[6]?.toLowerCase();
    const scale = word ? ZH_SCALE[word]! : 0;
    const sign = signed && signText!.startsWith('-') ? -1 : 1;
    add(start, m.index + m[0].length, {
      value: sign * d.value * 10 ** scale,
      decimals: d.decimals - scale,
      integer: d.decimals === 0 || d.decimals - scale <= 0,
      form: 'digits',
      ...(m[4] ?? m[7] ? { more: true } : {}),
      ...(scale ? { scale } : {}),
    });
  }
  if (lang === 'en') {
    EN_FRACTION_WORDS.lastIndex = 0;
    while ((m = EN_FRACTION_WORDS.exec(folded))) {
      const parts = parseEnglishFraction(m);
      if (parts) add(m.index, m.index + m[0].length, { value: parts.num / parts.den, decimals: 0, integer: false, form: 'words', parts });
    }
    EN_NONE.lastIndex = 0;
    while ((m = EN_NONE.exec(folded))) {
      const unit = /^deaths?$/i.test(m[1]!) ? 'death' : /^events?$/i.test(m[1]!) ? undefined : 'patient';
      add(m.index, m.index + 2, { value: 0, decimals: 0, integer: true, form: 'words', ...(unit ? { unit } : {}) });
    }
    for (const [re, value, unit] of EN_MULTIPLES) {
      re.lastIndex = 0;
      while ((m = re.exec(folded))) add(m.index, m.index + m[0].length, { value, decimals: 0, integer: true, form: 'words', ...(unit ? { unit } : {}) });
    }
    // `sixmonth`: a number word glued to its unit by PDF extraction.
    EN_GLUED_WORD.lastIndex = 0;
    while ((m = EN_GLUED_WORD.exec(folded))) {
      const value = parseEnglishNumberWords(m[1]!);
      if (value !== undefined) add(m.index, m.index + m[1]!.length, { value, decimals: 0, integer: true, form: 'words' });
    }
    EN_NUMBER_WORDS.lastIndex = 0;
    while ((m = EN_NUMBER_WORDS.exec(folded))) {
      const value = parseEnglishNumberWords(m[0]);
      if (value === undefined) continue;
      add(m.index, m.index + m[0].length, { value, decimals: 0, integer: true, form: 'words' });
    }
  } else {
    ZH_PERCENT_WORDS.lastIndex = 0;
    while ((m = ZH_PERCENT_WORDS.exec(folded))) {
      const value = parseChineseNumeral(m[1]!);
      if (value === undefined) continue;
      const decimals = chineseDecimals(m[1]!);
      add(m.index, m.index + m[0].length, { value, decimals, integer: decimals === 0, form: 'hanzi', percent: true });
    }
    ZH_FRACTION_WORDS.lastIndex = 0;
    while ((m = ZH_FRACTION_WORDS.exec(folded))) {
      const den = parseChineseNumeral(m[1]!);
      const num = parseChineseNumeral(m[2]!);
      if (den === undefined || num === undefined || den === 0) continue;
      add(m.index, m.index + m[0].length, { value: num / den, decimals: 0, integer: false, form: 'hanzi', parts: { num, den } });
    }
    ZH_HALF.lastIndex = 0;
    while ((m = ZH_HALF.exec(folded))) {
      if (m[1]) add(m.index, m.index + m[0].length, { value: 0.5, decimals: 1, integer: false, form: 'hanzi', unit: ZH_HALF_UNIT[m[1]]! });
      else add(m.index, m.index + m[0].length, { value: 0.5, decimals: 0, integer: false, form: 'hanzi', parts: { num: 1, den: 2 } });
    }
    ZH_NONE.lastIndex = 0;
    while ((m = ZH_NONE.exec(folded))) add(m.index, m.index + m[0].length, { value: 0, decimals: 0, integer: true, form: 'hanzi', unit: 'death' });
    ZH_NUMERAL.lastIndex = 0;
    while ((m = ZH_NUMERAL.exec(folded))) {
      if (!ZH_COUNTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      // 之一 is "one of"; 第一 is an ordinal; 一项, 一种, 一个 are the article "a".
      const prev = folded[m.index - 1];
      if (prev === '之' || prev === '第' || prev === '分') continue;
      if (m[0] === '一' && /^[项种个]/.test(folded.slice(m.index + 1))) continue;
      const value = parseChineseNumeral(m[0]);
      if (value === undefined) continue;
      const decimals = chineseDecimals(m[0]);
      add(m.index, m.index + m[0].length, { value, decimals, integer: decimals === 0, form: 'hanzi' });
    }
  }
  atoms.sort((a, b) => a.start - b.start);
  shareScale(folded, atoms);
  return { atoms, mask };
}

/** What joins the two ends of a range or a change: `3 to 5 million`, `99.4 to 88.5 billion`, `3~5万`, `从994下降至885亿`. */
const SCALE_JOIN = new RegExp(String.raw`^\s*(?:to|-|~|(?:(?:${ZH.CHANGE_VERBS})\s*)?(?:至|到)|and|or)\s*$`, 'i');

/**
 * A scale word written once at the far end applies to both: `3 to 5 million` is 3–5 million,
 * `from 99.4 to 88.5 billion` is 99.4 → 88.5 billion. Not when the near end is of another
 * magnitude altogether (`from 500 to 2 million`).
 */
function shareScale(folded: string, atoms: Atom[]): void {
  for (let i = 0; i + 1 < atoms.length; i++) {
    const [a, b] = [atoms[i]!, atoms[i + 1]!];
    if (!b.scale || a.scale || a.form !== 'digits' || a.date || b.start - a.end > 12 || !SCALE_JOIN.test(folded.slice(a.end, b.start))) continue;
    const scaled = a.value * 10 ** b.scale;
    const ratio = Math.abs(scaled / b.value);
    if (!(ratio >= 0.1 && ratio <= 10)) continue;
    a.value = scaled;
    a.decimals -= b.scale;
    a.integer = a.integer || a.decimals <= 0;
    a.scale = b.scale;
  }
}
