import type { Claim, ClaimKind, Comparator, Lang, Passage, Sentence } from '../types.js';
import type { Folded } from './numerals.js';
import { EN_BREAKDOWN_COUNTS, WORD, wordKinds, type ScannedSentence } from './word-kinds.js';
import { ONE_TAILED } from '../lang/en.js';
import { charsOf, first, holdsAnyOf, PLUS_MINUS } from './chars.js';
import { foldSentence, FRACTION_DIGITS, parseChineseNumeral, parseDecimal, parseEnglishNumberWords } from './numerals.js';
import { findTestStatistics, gapAllowsP, NOT_SIGNIFICANT } from './test-statistics.js';

/**
 * Statistics that the arithmetic rules check: confidence intervals, ratio and
 * difference estimates, mean ± SD, median (IQR), test statistics with their
 * p-values, and category breakdowns such as `(no death, 2SD, 3PR, 5CR)`.
 * They are read from the sentence text on their own, apart from the claims that
 * are aligned across languages, so the two readings cannot disturb each other.
 */

const NUM = String.raw`-?(?:\d+(?:\.\d+)?|\.\d+)`;
/** A p-value's number, its decimals maybe grouped in threes (`P<0.000 1`). */
const P_NUM = String.raw`-?(?:\d+(?:${FRACTION_DIGITS})?|\.\d+)`;
const SEP = String.raw`\s*(?:to|-|~|,|至|到)\s*`;

// Each bound of a percentage's interval may carry its own sign, `74.9%-89.4%`, `74.9%～89.4%`, as the estimate does.
const CI = new RegExp(
  String.raw`(\d{2}(?:\.\d+)?)\s*%\s*(?:CI|confidence intervals?|置信区间|可信区间)(?:\s*\[\s*CI\s*\])?\s*(?:(?:[:=,]|of|为)\s*)?(?:[\[(]\s*)?(${NUM})(?:\s*%)?${SEP}(${NUM})`,
  'gid',
);
const RATIO_LABEL = String.raw`a?HRs?|a?ORs?|a?RRs?|IRR|hazard ratios?|odds ratios?|relative risks?|risk ratios?|rate ratios?|风险比|比值比|优势比|相对危险度?|相对风险`;
const RATIO_LABEL_WHOLE = new RegExp(`^(?:${RATIO_LABEL})$`, 'i');
const DIFF_LABEL = String.raw`(?:mean |risk |absolute )?differences?|差值`;
const ESTIMATE = new RegExp(
  String.raw`(?<![\p{Script=Latin}])(${RATIO_LABEL}|${DIFF_LABEL})(?![\p{Script=Latin}])([^\d;()（）\[\]]{0,60}?)(${NUM})(?![\d.%])`,
  'giu',
);
/**
 * What every ESTIMATE holds, tested first: the end of its label (`HR`, `ratio`, `风险比`, `差值`),
 * then its gap and the start of a number. Without ESTIMATE's lookbehind, which a Unicode
 * class makes costly at every character, and most sentences fail it.
 */
const ESTIMATE_CORE = /(?:HRs?|ORs?|RRs?|ratios?|risks?|differences?|风险比?|比值比|优势比|相对危险度?|差值)[^\d;()（）\[\]]{0,60}?-?\.?\d/iu;
// Not digits glued to a Latin letter: the power of a unit (`per 1.73 m2 (95% CI …)`), a name.
const POINT_BEFORE = new RegExp(
  String.raw`(^|[^\d.\/:A-Za-z-])(${NUM})\s*(?:(%)\s*)?(?:(?:months?|years?|weeks?|days?|个月|月|年|周|天|分|points?)\s*)?[(（\[]\s*(?:\d+\/\d+\s*[;,，；]\s*)?$`,
  'i',
);
/**
 * The number that stands right before an interval a label owns (`0.72 (95% CI`, `0.72; 95% CI`,
 * `HR=0.72，95%CI：`): the estimate, which the label's first number often is not (`the hazard ratio
 * for death at 5 years was 0.72`, `for each 10-year increase`).
 */
const LABELED_BEFORE = new RegExp(
  String.raw`(^|[^\d.\/:A-Za-z-])(${NUM})\s*(?:(%|percentage points?|points?|months?|years?|weeks?|days?|个月|月|年|周|天|分)\s*)?(?:[(（\[;,，；:：]\s*)?$`,
  'i',
);
/** `at 12 months (95% CI …)`: a time point, not the estimate. */
const TIME_POINT_BEFORE = /\b(?:at|after|for|within|by|over|until|before|to|in|during|from)\s*$|第\s*$|随访\s*$/i;
const PVALUE = new RegExp(String.raw`(?<![\p{L}])[Pp](?:\s*(?:-\s*)?values?)?\s*(<=|>=|[<>=≤≥])\s*(${P_NUM})(?:[eE](-?\d{1,3})(?!\d))?`, 'gu');
// From the start of a number only: tried inside a long digit run it rescans the run from every digit (quadratic).
const MEAN_SD = new RegExp(String.raw`(?<![\d.])(${NUM})\s*${PLUS_MINUS}\s*(\d+(?:\.\d+)?|\.\d+)`, 'g');
const MEDIAN = new RegExp(
  String.raw`(?:median|中位数?)[^\d;；。]{0,40}?(${NUM})(?:\s*[\p{L}%]+)?\s*[(\[]\s*(?:(?:IQR|interquartile range|range|四分位(?:数间距|距)?|范围)\s*)?(?:[:,]\s*)?(${NUM})${SEP}(${NUM})\s*[)\]]`,
  'giu',
);
/** Response categories of RECIST/mRECIST and deaths, in both languages. */
const CATEGORY_EN: [RegExp, string][] = [
  [/^(?:CR\b|complete (?:response|remission)s?)/i, 'CR'],
  [/^(?:PR\b|partial (?:response|remission)s?)/i, 'PR'],
  [/^(?:SD\b|stable disease)/i, 'SD'],
  [/^(?:PD\b|progressive disease|disease progression)/i, 'PD'],
  [/^NE\b/, 'NE'],
  [/^(?:deaths?|died)/i, 'death'],
  [/^(?:the\s+)?(?:remaining|other)/i, 'rest'],
];
const CATEGORY_ZH: [RegExp, string][] = [
  [/^(?:CR|完全缓解)/, 'CR'],
  [/^(?:PR|部分缓解)/, 'PR'],
  [/^(?:SD|疾病稳定|稳定)/, 'SD'],
  [/^(?:PD|疾病进展|进展)/, 'PD'],
  [/^NE/, 'NE'],
  [/^死亡/, 'death'],
  [/^(?:其余|其他|余下)/, 'rest'],
];
const EN_COUNT = String.raw`\d+|${EN_BREAKDOWN_COUNTS.join('|')}`;
const ITEM_EN = new RegExp(
  String.raw`(?<![\p{L}\d.])(${EN_COUNT})\s*(?:patients?\s+(?:with|had|achieved|showed)\s+)?(CR|PR|SD|PD|NE|deaths?|died|complete (?:response|remission)s?|partial (?:response|remission)s?|stable disease|progressive disease)(?![\p{L}])`,
  'giu',
);
/** What every ITEM_EN holds, tested first: its category, as a word of its own. */
const ITEM_EN_CATEGORY = /(?:CR|PR|SD|PD|NE|deaths?|died|complete (?:response|remission)s?|partial (?:response|remission)s?|stable disease|progressive disease)(?![\p{L}])/iu;
const ITEM_EN_AFTER = /(?<![\p{L}])(CR|PR|SD|PD)\s*(?:(?:in|=|:|,)\s*)?(\d+)(?![\d.%])(?!\s*(?:months?|weeks?|days?|years?|%))/gu;
// Counts start where a run of digits or numerals starts: a match tried inside a long run would rescan it (quadratic).
const ZH_COUNT = String.raw`(?<!\d)\d+|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+`;
const ITEM_ZH = new RegExp(
  String.raw`(${ZH_COUNT})\s*例\s*(?:患者\s*)?(?:(?:为|达到?|出现)\s*)?(CR|PR|SD|PD|NE|完全缓解|部分缓解|疾病稳定|疾病进展|稳定|进展|死亡)|(CR|PR|SD|PD|完全缓解|部分缓解|疾病稳定|疾病进展|死亡)(?:\s*[(（]\s*(?:CR|PR|SD|PD)\s*[)）])?\s*(${ZH_COUNT})\s*例|(无)\s*(死亡|CR|PR|SD|PD)`,
  'g',
);
/**
 * The patients a breakdown leaves to a catch-all (`其余24例`, `the remaining 9`, `9 others`): read after
 * the categories, so `其余24例疾病稳定` stays a count of SD.
 */
const REST_EN = /\b((?:the\s+)?(?:remaining|other))\s+(\d+)(?!\d|\.\d|%)|(?<![\p{L}\d.])(\d+)\s+(others)\b/giu;
const REST_ZH = new RegExp(String.raw`(其余|其他|余下)\s*(?:患者\s*)?(${ZH_COUNT})\s*例`, 'g');
const ITEM_GAP = /^(?:[,，、;；\s]|and|or|和|及|与)*$/i;
/**
 * Cheap tests of what a form cannot do without: most sentences hold no digit (told by
 * the fold), no comparison sign, no `%`, no `±`, so their costly patterns need not scan them.
 */
const P_SIGNS = charsOf('<>=≤≥');
const MEAN_SIGNS = charsOf('±+');
const MEDIAN_WORD = /median|中位/iu;
const ZH_ITEM_WORD = /[例无]/;

function count(text: string, lang: Lang): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (lang === 'zh') return text === '无' ? 0 : parseChineseNumeral(text);
  const t = text.toLowerCase();
  if (t === 'no' || t === 'none') return 0;
  return parseEnglishNumberWords(t);
}

function category(text: string, lang: Lang): string | undefined {
  for (const [re, cat] of lang === 'zh' ? CATEGORY_ZH : CATEGORY_EN) if (re.test(text)) return cat;
  return undefined;
}

interface Ctx {
  passage: Passage;
  sentence: Sentence;
  folded: string;
  text: string;
  out: Claim[];
  counter: { n: number };
  /** Whether the passage names a one-tailed test somewhere: asked only where a test statistic is found. */
  oneTailed: () => boolean;
}

function make(
  x: Ctx,
  start: number,
  end: number,
  kind: ClaimKind,
  fields: Omit<Claim, 'id' | 'offset' | 'length' | 'text' | 'lang' | 'passage' | 'sentence' | 'kind' | 'form'>,
): Claim {
  return {
    id: `${x.passage.id}s${++x.counter.n}`,
    kind,
    lang: x.passage.lang,
    offset: x.sentence.offset + start,
    length: end - start,
    text: x.text.slice(start, end),
    form: 'digits',
    passage: x.passage.id,
    sentence: sentenceAt(x.passage, x.sentence.offset + start),
    ...fields,
  };
}

const dec = (s: string) => parseDecimal(s.replace(/^-/, ''));
const val = (s: string) => (s.startsWith('-') ? -1 : 1) * dec(s).value;

function readPValues(x: Ctx): Claim[] {
  const ps: Claim[] = [];
  if (!holdsAnyOf(x.folded, P_SIGNS)) return ps;
  for (let m = first(PVALUE, x.folded); m; m = PVALUE.exec(x.folded)) {
    const op = m[1]!;
    const comparator = (op === '≤' ? '<=' : op === '≥' ? '>=' : op) as Comparator;
    // `p = .5e-3`: the exponent moves the value and its last written place.
    const exp = m[3] ? Number(m[3]) : 0;
    ps.push(make(x, m.index, m.index + m[0].length, 'pvalue', { value: val(m[2]!) * 10 ** exp, decimals: dec(m[2]!).decimals - exp, comparator }));
  }
  return ps;
}

/** The first p-value written right after `end`, with only punctuation between. */
function pAfter(x: Ctx, ps: Claim[], end: number, reach = 12): Claim | undefined {
  const abs = x.sentence.offset + end;
  return ps.find((p) => p.offset >= abs && p.offset - abs <= reach && /^[\s,;，；:]*$/.test(x.folded.slice(end, p.offset - x.sentence.offset)));
}

function readIntervals(x: Ctx, ps: Claim[]): void {
  const intervals: Claim[] = [];
  if (x.folded.includes('%')) for (let m = first(CI, x.folded); m; m = CI.exec(x.folded)) {
    const [lo, hi] = [m[2]!, m[3]!];
    intervals.push(
      make(x, m.indices![2]![0], m.index + m[0].length, 'interval', {
        value: val(lo), low: val(lo), high: val(hi), decimals: Math.max(dec(lo).decimals, dec(hi).decimals), level: Number(m[1]),
      }),
    );
  }
  const labeled: Claim[] = [];
  const labelEnds = new Map<Claim, number>();
  if (ESTIMATE_CORE.test(x.folded)) for (let m = first(ESTIMATE, x.folded); m; m = ESTIMATE.exec(x.folded)) {
    const label = m[1]!;
    const numAt = m.index + m[1]!.length + m[2]!.length;
    // "HR 95% CI": the number is the confidence level, not the estimate.
    if (/^\s*%/.test(x.folded.slice(numAt + m[3]!.length))) continue;
    const ratio = RATIO_LABEL_WHOLE.test(label);
    const e = make(x, numAt, numAt + m[3]!.length, 'estimate', {
      value: val(m[3]!), decimals: dec(m[3]!).decimals, measure: ratio ? canonicalRatio(label) : 'difference',
    });
    labeled.push(e);
    labelEnds.set(e, m.index + label.length);
  }
  const estimates: Claim[] = [];
  const owned = new Set<Claim>();
  // A label owns the next interval within reach of its first number, unless another label comes first;
  // its estimate is the number right before that interval, and with none there it states none.
  for (const [i, e] of labeled.entries()) {
    const next = labeled[i + 1];
    const ci = intervals.find((c) => c.offset > e.offset && c.offset - (e.offset + e.length) <= 60 && (!next || c.offset < next.offset));
    if (!ci || owned.has(ci)) {
      estimates.push(e);
      continue;
    }
    owned.add(ci);
    const level = x.folded.lastIndexOf(String(ci.level), ci.offset - x.sentence.offset);
    const from = labelEnds.get(e)!;
    const m = LABELED_BEFORE.exec(x.folded.slice(from, level));
    if (!m || (m[3] && (e.measure !== 'difference' || TIME_POINT_BEFORE.test(x.folded.slice(0, from + m.index + m[1]!.length))))) continue;
    const at = from + m.index + m[1]!.length;
    const point = at === e.offset - x.sentence.offset ? e : make(x, at, at + m[2]!.length, 'estimate', { value: val(m[2]!), decimals: dec(m[2]!).decimals, measure: e.measure! });
    point.beside = ci.id;
    ci.beside = point.id;
    const p = pAfter(x, ps, ci.offset + ci.length - x.sentence.offset + closing(x, ci), 16);
    if (p) point.pvalue = p.id;
    estimates.push(point);
  }
  // `35.6% (95% CI, 27.0 to 44.9)`, `5.6 months (95% CI 4.2-6.9)`: the number before the bracket is the estimate.
  for (const ci of intervals) {
    if (owned.has(ci)) continue;
    const level = x.folded.lastIndexOf(String(ci.level), ci.offset - x.sentence.offset);
    const m = POINT_BEFORE.exec(x.folded.slice(0, level));
    if (!m) continue;
    const at = m.index + m[1]!.length;
    // `at 12 months (95% CI …)`: a time point, not the estimate.
    if (TIME_POINT_BEFORE.test(x.folded.slice(0, at))) continue;
    const e = make(x, at, at + m[2]!.length, 'estimate', { value: val(m[2]!), decimals: dec(m[2]!).decimals, measure: m[3] ? 'percent' : 'value' });
    e.beside = ci.id;
    ci.beside = e.id;
    estimates.push(e);
  }
  for (const c of estimates) x.out.push(c);
  for (const c of intervals) x.out.push(c);
}

/** Characters of a closing bracket right after an interval. */
function closing(x: Ctx, c: Claim): number {
  const after = x.folded.slice(c.offset + c.length - x.sentence.offset);
  return /^\s*[)\]]/.exec(after)?.[0].length ?? 0;
}


function canonicalRatio(label: string): string {
  const l = label.toLowerCase();
  if (/hazard|hr|风险比/.test(l)) return 'HR';
  if (/odds|or|比值比|优势比/.test(l)) return 'OR';
  if (/rate ratio|irr/.test(l)) return 'IRR';
  return 'RR';
}

/**
 * Test statistics and the p written with each: the first p after it, before the next
 * statistic, with only punctuation, numbers and the labels of values reported beside
 * a test between them (`F(1, 28) = 5.2, MSE = 3.1, p = .03`, `t(28) = 2.2 (p = .03)`).
 * `ns` stands for p > .05. A one-tailed test named anywhere in the passage marks
 * every statistic of it, as statcheck reads a whole paper.
 */
function readStatistics(x: Ctx, ps: Claim[]): void {
  const found = findTestStatistics(x.folded);
  if (found.length === 0) return;
  const notSignificant = [...x.folded.matchAll(NOT_SIGNIFICANT)];
  let nextP = 0;
  let nextNs = 0;
  for (const [i, f] of found.entries()) {
    const limit = found[i + 1]?.start ?? x.folded.length;
    const value = (f.negative ? -1 : 1) * dec(f.valueText).value;
    const c = make(x, f.start, f.end, 'statistic', {
      value, decimals: dec(f.valueText).decimals, measure: f.measure, df: f.df, ...(f.n !== undefined ? { n: f.n } : {}),
      comparator: f.comparator, tails: x.oneTailed() ? 1 : 2,
    });
    while (nextP < ps.length && ps[nextP]!.offset - x.sentence.offset < f.end) nextP++;
    while (nextNs < notSignificant.length && notSignificant[nextNs]!.index < f.end) nextNs++;
    const p = ps[nextP];
    const pAt = p ? p.offset - x.sentence.offset : Infinity;
    const ns = notSignificant[nextNs];
    if (p && pAt < limit && gapAllowsP(x.folded.slice(f.end, pAt))) c.pvalue = p.id;
    else if (ns && ns.index < Math.min(limit, pAt) && gapAllowsP(x.folded.slice(f.end, ns.index))) {
      const q = make(x, ns.index, ns.index + ns[0].length, 'pvalue', { value: 0.05, decimals: 2, comparator: '>' });
      x.out.push(q);
      c.pvalue = q.id;
    }
    x.out.push(c);
  }
}

function readMeans(x: Ctx): void {
  if (holdsAnyOf(x.folded, MEAN_SIGNS)) for (let m = first(MEAN_SD, x.folded); m; m = MEAN_SD.exec(x.folded)) {
    x.out.push(
      make(x, m.index, m.index + m[0].length, 'mean', {
        value: val(m[1]!), decimals: dec(m[1]!).decimals, sd: Number(m[2]), sdDecimals: dec(m[2]!).decimals,
      }),
    );
  }
  if (MEDIAN_WORD.test(x.folded)) for (let m = first(MEDIAN, x.folded); m; m = MEDIAN.exec(x.folded)) {
    const [v, lo, hi] = [m[1]!, m[2]!, m[3]!];
    const at = m.index + m[0].indexOf(v, m[0].search(/\d|-/));
    x.out.push(
      make(x, at, m.index + m[0].length, 'median', {
        value: val(v), decimals: dec(v).decimals, low: val(lo), high: val(hi),
      }),
    );
  }
}

/**
 * Whether an English sentence may hold a count of ITEM_EN: a digit, or a count word, alone
 * or glued to a category (WORD.count); or what the trie of words cannot see: an underscore
 * before a count word (\p{L} and a digit only stop one) or the long s that /iu reads as `s` (`ſix`).
 */
function countsInWords(folded: string, hasDigit: boolean, words = wordKinds(folded)): boolean {
  return hasDigit || (words & WORD.count) !== 0 || folded.includes('_') || folded.includes('ſ');
}

/** Runs of two or more response categories with their counts: `(no death, 2SD, 3PR, 5CR)`, `（无死亡，2例SD，3例PR，5例CR）`. */
/** One count of a category read into `items`, unless it is no count or overlaps one read before. */
function push(x: Ctx, items: Claim[], start: number, end: number, n: string, cat: string): void {
  const lang = x.passage.lang;
  const value = count(n, lang);
  const measure = category(cat, lang);
  if (value === undefined || !measure) return;
  if (items.some((i) => i.offset - x.sentence.offset < end && start < i.offset - x.sentence.offset + i.length)) return;
  items.push(make(x, start, end, 'number', { value, decimals: 0, measure, unit: measure }));
}

function readBreakdowns(x: Ctx, hasDigit: boolean, words: number | undefined): void {
  const lang = x.passage.lang;
  const items: Claim[] = [];
  if (lang === 'en') {
    if (countsInWords(x.folded, hasDigit, words) && ITEM_EN_CATEGORY.test(x.folded)) for (let m = first(ITEM_EN, x.folded); m; m = ITEM_EN.exec(x.folded)) push(x, items, m.index, m.index + m[0].length, m[1]!, m[2]!);
    if (hasDigit) for (let m = first(ITEM_EN_AFTER, x.folded); m; m = ITEM_EN_AFTER.exec(x.folded)) push(x, items, m.index, m.index + m[0].length, m[2]!, m[1]!);
  } else if (ZH_ITEM_WORD.test(x.folded)) {
    for (let m = first(ITEM_ZH, x.folded); m; m = ITEM_ZH.exec(x.folded)) {
      if (m[1]) push(x, items, m.index, m.index + m[0].length, m[1], m[2]!);
      else if (m[3]) push(x, items, m.index, m.index + m[0].length, m[4]!, m[3]);
      else push(x, items, m.index, m.index + m[0].length, m[5]!, m[6]!);
    }
  }
  // A catch-all completes a breakdown that has categories: most sentences have none.
  if (items.length === 0) return;
  if (lang === 'en') {
    if (hasDigit) for (let m = first(REST_EN, x.folded); m; m = REST_EN.exec(x.folded)) push(x, items, m.index, m.index + m[0].length, m[2] ?? m[3]!, m[1] ?? m[4]!);
  } else for (let m = first(REST_ZH, x.folded); m; m = REST_ZH.exec(x.folded)) push(x, items, m.index, m.index + m[0].length, m[2]!, m[1]!);
  // A breakdown has two items or more.
  if (items.length < 2) return;
  items.sort((a, b) => a.offset - b.offset);
  let run: Claim[] = [];
  const flush = () => {
    if (run.length >= 2 && new Set(run.map((r) => r.measure)).size === run.length) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const start = first.offset - x.sentence.offset;
      const end = last.offset + last.length - x.sentence.offset;
      x.out.push(
        make(x, start, end, 'breakdown', { value: run.reduce((s, r) => s + r.value, 0), decimals: 0, parts: run }),
      );
    }
    run = [];
  };
  for (const item of items) {
    const prev = run[run.length - 1];
    if (prev && !ITEM_GAP.test(x.folded.slice(prev.offset + prev.length - x.sentence.offset, item.offset - x.sentence.offset))) flush();
    run.push(item);
  }
  flush();
}

/** The sentence holding an offset, found by bisection: a passage of thousands of results stays linear. */
function sentenceAt(passage: Passage, offset: number): number {
  const ss = passage.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ss[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return ss[lo]!.index;
}

/** `/[;；]\s*$/.test(text)`, read back from the end: the pattern tried every place of the sentence. trimEnd drops what `\s` matches. */
function endsWithSemicolon(text: string): boolean {
  const last = text.trimEnd().at(-1);
  return last === ';' || last === '；';
}

/**
 * Sentences joined where the splitter cut at a semicolon: `风险比，0.51；95%置信区间，0.34～0.77；p = 0.001`
 * is one statement in three pieces.
 */
function statements(passage: Passage): Sentence[] {
  const out: Sentence[] = [];
  for (const s of passage.sentences) {
    const prev = out[out.length - 1];
    if (prev && endsWithSemicolon(prev.text)) {
      const length = s.offset + s.length - prev.offset;
      const text = passage.text.slice(prev.offset - passage.offset, prev.offset - passage.offset + length);
      out[out.length - 1] = { ...prev, length, text };
    } else out.push(s);
  }
  return out;
}

/** Read the statistics of every sentence of a passage; `folds` holds sentences already folded. */
export function extractStatistics(passage: Passage, source: string, folds?: ReadonlyMap<Sentence, ScannedSentence>): Claim[] {
  const out: Claim[] = [];
  const counter = { n: 0 };
  // Read once, and only for a passage that states a test statistic: most state none.
  let tailed: boolean | undefined;
  const oneTailed = () => (tailed ??= ONE_TAILED.test(passage.text) || /单侧/.test(passage.text));
  for (const sentence of statements(passage)) {
    const text = source.slice(sentence.offset, sentence.offset + sentence.length);
    // A sentence joined to the next at a semicolon is folded here, its words read if needed.
    const scanned: Folded & { words?: number } = folds?.get(sentence) ?? foldSentence(text);
    const { text: folded, hasDigit } = scanned;
    const x: Ctx = { passage, sentence, folded, text, out, counter, oneTailed };
    // Every form but a breakdown counted in words (`no deaths`, `无死亡`) is written with digits.
    const ps = hasDigit ? readPValues(x) : [];
    if (hasDigit) {
      readIntervals(x, ps);
      readStatistics(x, ps);
      readMeans(x);
    }
    readBreakdowns(x, hasDigit, scanned.words);
    for (const p of ps) out.push(p);
  }
  return out.sort((a, b) => a.offset - b.offset);
}
