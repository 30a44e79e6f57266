/** Number parsing shared by both languages: digits, English number words, Chinese numerals. */
import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';

/** Dashes, tildes, comparison signs and spaces that read as their ASCII forms. */
const VARIANTS: Record<string, string> = {
  '\u2236': ':', '\u2212': '-', '\u2013': '-', '\u2014': '-', '\u2010': '-', '\u2011': '-', '\uFE63': '-',
  '\u301C': '~', '\u223C': '~', '\uFE64': '<', '\uFE65': '>', '\u2266': '≤', '\u2267': '≥', '\uFE6A': '%',
  '\u2044': '/', '\u3000': ' ',
};
/**
 * What each UTF-16 unit folds to, 0 for a unit that stays: a table read once per character
 * costs less than a pattern that calls back for every full-width comma of a Chinese sentence.
 */
const FOLD_TO = ((): Uint16Array => {
  const table = new Uint16Array(0x10000);
  ZH.traditionalToSimplified((from, to) => (table[from] = to));
  for (const [from, to] of Object.entries(VARIANTS)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0;
  return table;
})();

/** A unit beyond Latin-1. No unit of Latin-1 folds (FOLD_TO holds wide forms, variants and Chinese only). */
const WIDE = /[^\x00-\xff]/;
const DIGIT = /\d/;

/** The units of a text folded, and whether it then holds a digit (`\d`), told by the same pass. */
function foldUnits(text: string): Folded {
  // An English sentence has no unit to fold: two searches in the engine cost less than a
  // look-up of every character here.
  if (!WIDE.test(text)) return { text: oneByte(text), hasDigit: DIGIT.test(text) };
  let out = '';
  let last = 0;
  let wide = false;
  let digit = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const to = FOLD_TO[code]!;
    if (to === 0) {
      if (code > 0xff) wide = true;
      else if (code <= 0x39 && code >= 0x30) digit = true;
      continue;
    }
    if (to > 0xff) wide = true;
    else if (to <= 0x39 && to >= 0x30) digit = true;
    out += text.slice(last, i) + String.fromCharCode(to);
    last = i + 1;
  }
  const folded = last === 0 ? text : out + text.slice(last);
  return { text: wide ? folded : oneByte(folded), hasDigit: digit };
}

/**
 * The same text stored one byte a character. A slice of a text that holds Chinese anywhere is
 * stored two bytes a character even where it holds none, and the engine runs a case-blind
 * Unicode pattern several times slower over such a string: an English sentence read from a
 * bilingual pair is copied once so every pattern after runs at one-byte speed.
 */
function oneByte(latin1: string): string {
  if (latin1Buffer.length < latin1.length) latin1Buffer = Buffer.allocUnsafe(2 * latin1.length);
  return latin1Buffer.toString('latin1', 0, latin1Buffer.write(latin1, 0, 'latin1'));
}
/** One buffer for every copy: a buffer per sentence cost more than the copy itself. */
let latin1Buffer = Buffer.allocUnsafe(4096);
const MARKDOWN_ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;
const MIDDLE_DOT = /(?<=\d)·(?=\d)/g;

/** The decimal point written as a middle dot (`P=0·03`, Lancet style); not in a chain such as the tooth formula `3·2·1`. */
function foldMiddleDots(text: string): string {
  const isDigit = (i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
  return text.replace(MIDDLE_DOT, (dot, at: number) => {
    let before = at - 1;
    while (isDigit(before)) before--;
    let after = at + 1;
    while (isDigit(after)) after++;
    return text[before] === '·' || text[after] === '·' ? dot : '.';
  });
}

/**
 * Fold what reads the same to one form, one UTF-16 unit for one, so offsets stay valid:
 * full-width forms to ASCII (`＜`, `，`, `１２`), dash and tilde variants, traditional
 * characters to simplified ones (`13萬`, `6個月`), a middle dot between digits to a decimal
 * point (`0·03`), and the backslash of a Markdown
 * escape (`1\~12月`, from PDF conversion) to a space.
 */
export function foldWidth(text: string): string {
  return foldSentence(text).text;
}

/** A text folded by foldWidth, and whether it holds a digit: most sentences hold none, and then most readers have nothing to read. */
export interface Folded {
  text: string;
  hasDigit: boolean;
}

/**
 * foldWidth, telling whether the folded text holds a digit from the pass that folds it.
 * The steps after folding the units neither add nor remove one: an escape becomes a space,
 * a middle dot a point, and a slip is read only beside a digit.
 */
export function foldSentence(text: string): Folded {
  const { text: folded, hasDigit } = foldUnits(text);
  const unescaped = folded.includes('\\') ? folded.replace(MARKDOWN_ESCAPE, ' ') : folded;
  const dotted = unescaped.includes('·') ? foldMiddleDots(unescaped) : unescaped;
  const days = dotted.includes('⁺') ? dotted.replace(GESTATION_DAYS_RAISED, (t) => `+${SUPERSCRIPT_DIGITS.indexOf(t[1]!)}`) : dotted;
  const joined = hasDigit && days.includes('-') ? days.replace(BROKEN_WORD, joinBrokenWord) : days;
  return { text: hasDigit ? foldSlips(joined) : joined, hasDigit };
}

/**
 * A word a PDF hyphenated across a line end (`4.2M param-⏎eters`, `36 partici-⏎pants`): its second part is moved up
 * to the first and the hyphen and line end become spaces after it, the length kept, so that what a number counts is
 * read as it would be unbroken. Only letters on both sides, lower case after the break.
 */
const BROKEN_WORD = /(?<![A-Za-z])([A-Za-z]{2,20})-(\r?\n|\r)([a-z]{1,20})(?![A-Za-z])/g;
function joinBrokenWord(_: string, head: string, end: string, tail: string): string {
  return `${head}${tail}${' '.repeat(1 + end.length)}`;
}

/**
 * The days of a gestational age raised after its weeks, as Chinese obstetrics writes them (`38⁺²周`,
 * `27⁺³～33⁺¹周`): `38+2周`. Only before the weeks or the dash of a span, so that no ion (`Ca²⁺`) or
 * cell (`CD4⁺`) reads so.
 */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶';
const GESTATION_DAYS_RAISED = /(?<=\d)⁺[⁰¹²³⁴⁵⁶](?=\s?(?:周|weeks?\b|wks?\b|[~\-–—至到]|to\b))/g;

/**
 * Letters that text extracted from a PDF puts for digits, read where nothing else fits:
 * `O.356` before a decimal point, `1O` and `2OO` after a digit, `l6` as a whole token, and `2l` before a plural
 * noun (`in 2l specimens`: a litre, lower case and glued, measures no things counted).
 * `O2`, `CO2`, `I2` and `IL6` stay names.
 */
// Not after a delta: `δ18O` names an isotope ratio.
const SLIP = /(?<![A-Za-z\d.δΔ])(?:[Oo]\.\d|\d+O|l\.?\d|\d+l(?= [a-z]{2,12}s\b))[A-Za-z\d.]*/g;
/** The whole token, once a candidate, maybe before a full stop: `O.356`, `1O`, `2O1`, `l6`, `l.8`, `2l`; not `1Ox` or `l6a`. */
const SLIP_TOKEN = /^(?:[Oo]\.\d+|\d+O[\dO]*|l(?:\.\d+|\d+(?:\.\d+)?)|\d+l)\.?$/;

/**
 * An `l` alone before a group of three digits, the thousands of a number grouped by a space or a comma:
 * `among l 082 students` (1 082), `l,852 quasars`. Not after a number (`5 l 100`, litres) nor inside a word.
 */
const SLIP_BEFORE_GROUP = /(?<![A-Za-z\d.δΔ]|\d\s)l(?=(?:[ \u00A0\u2009\u202F]|,)\d{3}(?![\d.,]))/g;

/** What every slip holds: nearly every sentence has an `O` or an `l`, few have one beside a digit. */
const SLIP_CORE = /[Oo]\.\d|\dO|l\d|l[\s,.]\d|\dl /;

function foldSlips(text: string): string {
  if (!SLIP_CORE.test(text)) return text;
  return text.replace(SLIP, (t) => (SLIP_TOKEN.test(t) ? t.replace(/[Oo]/g, '0').replace('l', '1') : t)).replace(SLIP_BEFORE_GROUP, '1');
}

/** A space, no-break space or thin space between groups of three digits: `1 024`, `0.000 1`. */
export const GROUP_SPACE = String.raw`[ \u00A0\u2009\u202F]`;

/**
 * The digits after a decimal point, which Chinese typesetting (GB/T 15835) groups in threes
 * from the point by a space or thin space, the last group of one to three: `0.000 1`,
 * `0.000 12`, `3.141 59`. Digits after the space that a counter of whole things follows are a
 * count of their own (`0.125 3例`), and so are digits with a decimal point (`0.125 3.5`) and
 * a run of numbers a space apart, a row of a table (`0.125 3 0.250 5`).
 */
export const FRACTION_DIGITS = String.raw`\.(?:\d{3}(?:${GROUP_SPACE}\d{3})*${GROUP_SPACE}\d{1,3}(?!\d|\.\d|${GROUP_SPACE}\d)(?!\s?(?:${ZH.WHOLE_COUNTERS}|(?:${EN.WHOLE_COUNT_NOUNS.join('|')})\b))|\d+)`;

const GROUP_MARK = /[,\s]/;
const GROUP_MARKS = /[,\s]/g;

export interface ParsedDecimal {
  value: number;
  decimals: number;
}

/** `2.5 × 10⁻⁵` read through the decimal string, so it is the double nearest 0.000025, as `2.5e-5` is. */
export function powerOfTen(mantissa: number, exp: number): number {
  return Number(`${mantissa}e${exp}`);
}

/** `1,234.50` → 1234.5 with 2 decimals; `.036` → 0.036 with 3. */
export function parseDecimal(text: string): ParsedDecimal {
  // Most numbers hold no group mark: the test spares the copy (and a new pattern object each call).
  const clean = GROUP_MARK.test(text) ? text.replace(GROUP_MARKS, '') : text;
  const dot = clean.indexOf('.');
  return { value: Number(clean), decimals: dot < 0 ? 0 : clean.length - dot - 1 };
}

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-',
};

/** Raised characters as superscripts, so that markup's `10<sup>6</sup>` reads as the `10⁶` this module parses. */
const RAISED: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '-': '⁻', '\u2212': '⁻', '\u2013': '⁻', '+': '⁺',
};

/** One character set raised (in `<sup>`, a superscript run) as its superscript, or as it is. */
export function toSuperscript(c: string): string {
  return RAISED[c] ?? c;
}

export function parseSuperscript(text: string): number {
  return Number([...text].map((c) => SUPERSCRIPTS[c] ?? c).join(''));
}

const EN_UNITS = EN.NUMBER_UNITS;
const EN_TENS = EN.NUMBER_TENS;
const EN_SCALES = EN.NUMBER_SCALES;

const EN_WORD = [...Object.keys(EN_UNITS), ...Object.keys(EN_TENS), ...Object.keys(EN_SCALES), 'dozen']
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Decimals written after 点 in a Chinese numeral: 四十七点一 has 1. */
export function chineseDecimals(text: string): number {
  const dot = text.indexOf('点');
  return dot < 0 ? 0 : text.length - dot - 1;
}

const EN_FRACTION_DEN = EN.FRACTION_DENOMINATORS;

/**
 * Fractions written in words: `one-third`, `two thirds`, `a quarter of`, `half of the`, and a change
 * `by half` (`rose by half`, 上升了50%; not `by half a dose`). A bare ordinal (`the third patient`) is
 * not one: it needs a numerator or `of`.
 */
const DEN_WORDS = Object.keys(EN_FRACTION_DEN).join('|');
/** `Nearly a quarter (24.7%) of`, `half (48.2%) of`: the exact share in brackets marks the word as a share. */
const EXACT_PERCENT_AFTER = String.raw`\s*\(\s*\d+(?:\.\d+)?\s*%`;
export const EN_FRACTION_WORDS = new RegExp(
  String.raw`\b(?:(a)[\s-]+(${DEN_WORDS})(?=\s+of\b|${EXACT_PERCENT_AFTER})|(one|two|three|four|five|six|seven|eight|nine)[\s-]+(${DEN_WORDS})|(half)(?=\s+(?:of\s+)?(?:the|all|these|those|them|their|our|patients|participants|cases|subjects)\b|${EXACT_PERCENT_AFTER})|(?<=\bby\s)(half)(?!\s+an?\b)|(?<=\bthe\s+(?:lowest|highest|top|bottom|upper|lower|middle)\s+)(third|quarter|fifth|tenth)(?!\s+(?:time|day|week|month|year|grade|dose|cycle)s?\b))\b`,
  'gi',
);

export function parseEnglishFraction(m: RegExpExecArray): { num: number; den: number } | undefined {
  if (m[5] || m[6]) return { num: 1, den: 2 };
  // `the lowest third`, `the top quarter` of a ranking: one share of it (后1/3, 前1/4).
  if (m[7]) return { num: 1, den: EN_FRACTION_DEN[m[7].toLowerCase()]! };
  const numWord = (m[1] ?? m[3])!.toLowerCase();
  const num = numWord === 'a' ? 1 : EN_UNITS[numWord];
  const den = EN_FRACTION_DEN[(m[2] ?? m[4])!.toLowerCase()];
  if (num === undefined || den === undefined || num >= den) return undefined;
  return { num, den };
}

/**
 * The numbers of a run of number words, longest first from the left: `two and three
 * million` is `two` and `three million`, where `one hundred and five` is one number.
 * Offsets are within `text`.
 */
export function readEnglishNumberRun(text: string): { start: number; end: number; value: number }[] {
  const whole = parseEnglishNumberWords(text);
  if (whole !== undefined) return [{ start: 0, end: text.length, value: whole }];
  const words = [...text.matchAll(/[A-Za-z]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, and: /^and$/i.test(m[0]) }));
  const out: { start: number; end: number; value: number }[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let j = words.length; j > i && !taken; j--) {
      if (words[i]!.and || words[j - 1]!.and) continue;
      const value = parseEnglishNumberWords(text.slice(words[i]!.start, words[j - 1]!.end));
      if (value === undefined) continue;
      out.push({ start: words[i]!.start, end: words[j - 1]!.end, value });
      taken = j - i;
    }
    i += taken || 1;
  }
  return out;
}

/** English number words, e.g. `Seventeen`, `twenty-three`, `one hundred and five`, `a dozen`. */
export const EN_NUMBER_WORDS = new RegExp(
  `\\b(?:a\\s+dozen|(?:${EN_WORD})(?:(?:[\\s-]+|\\s+and\\s+)(?:${EN_WORD}))*)\\b`,
  'gi',
);

export function parseEnglishNumberWords(text: string): number | undefined {
  const words = text.toLowerCase().replace(/^a\s+/, '').split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  // What the last word was: a unit (one…nineteen) or tens word takes only what can follow
  // it in one number (`twenty-three`, `three hundred`), so `two and three` is two numbers.
  let last: 'unit' | 'tens' | 'other' = 'other';
  for (const w of words) {
    if (w in EN_UNITS) {
      if (last === 'unit' || (last === 'tens' && EN_UNITS[w]! >= 10)) return undefined;
      current += EN_UNITS[w]!;
      last = 'unit';
      continue;
    }
    if (w in EN_TENS) {
      if (last === 'unit' || last === 'tens') return undefined;
      current += EN_TENS[w]!;
      last = 'tens';
      continue;
    }
    last = 'other';
    if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in EN_SCALES) {
      total += (current || 1) * EN_SCALES[w]!;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

const ZH_DIGITS = ZH.DIGITS;
const ZH_SMALL_UNITS = ZH.SMALL_UNITS;
const ZH_BIG_UNITS = ZH.BIG_UNITS;

export const ZH_NUMERAL_CHARS = ZH.NUMERAL_CHARS;

/** Chinese numerals such as 十七, 两, 二十三, 一百零五, 三万, 四十七点一; undefined when the text is not one. */
export function parseChineseNumeral(text: string): number | undefined {
  // 万 or 亿 alone scales nothing: `万人` is not a number.
  if (!text || text[0]! in ZH_BIG_UNITS) return undefined;
  const dot = text.indexOf('点');
  if (dot >= 0) {
    const whole = parseChineseNumeral(text.slice(0, dot));
    const frac = [...text.slice(dot + 1)].map((c) => ZH_DIGITS[c]);
    if (whole === undefined || frac.length === 0 || frac.some((d) => d === undefined)) return undefined;
    return Number(`${whole}.${frac.join('')}`);
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of text) {
    if (c in ZH_DIGITS) {
      digit = ZH_DIGITS[c]!;
    } else if (c in ZH_SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * ZH_SMALL_UNITS[c]!;
      digit = -1;
    } else if (c in ZH_BIG_UNITS) {
      section += Math.max(digit, 0);
      total = (total + section) * ZH_BIG_UNITS[c]!;
      section = 0;
      digit = -1;
    } else return undefined;
  }
  return total + section + Math.max(digit, 0);
}
