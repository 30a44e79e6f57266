import type { Claim, Comparator, Passage, Sentence } from '../types.js';
import { first, lastWordOf } from './chars.js';
import { foldSentence, FRACTION_DIGITS, parseDecimal, type Folded } from './numerals.js';

/**
 * Test statistics written without degrees of freedom, the way Chinese journals report
 * them: `χ²=3.912，P=0.048`, `t=3.68，P<0.001`, `F=5.21，P=0.006`, `Z值为2.45`,
 * `t值分别为2.10、3.42，P值均<0.05`, and the same forms in English
 * (`chi-square = 3.912, P = 0.048`). The forms with df (`t(28) = 2.20`) belong to
 * src/extract/statistics.ts; a result read there is not read again here. Every step is
 * linear or logarithmic in the number of results, so a pasted results section of
 * thousands of them is read in linear time.
 *
 * Full-width `＝` `＜` `，` are folded to ASCII before matching, so both widths read alike.
 */

const NUM = String.raw`-?(?:\d+(?:${FRACTION_DIGITS})?|\.\d+)`;
/**
 * Chi-square as Chinese journals and OCR spell it: χ², χ2, χ^2, X², chi-square, 卡方; and with the subscript that
 * names its kind, for trend or Mantel-Haenszel (`χ²trend`, `χ²趋势`, `χ²MH`), still a χ² (of one df).
 */
const CHI = String.raw`(?:[χΧ](?:\s*(?:2|²|\^2))?|[Cc]hi[- ]?(?:squared?|2|²)|X\s*(?:2|²)|卡方)(?:\s?(?:trend|趋势|C?MH))?`;
/** `t'` (t′) is the unequal-variance t of Chinese textbooks, `u` their normal deviate (u 检验); `U` is Mann–Whitney's. */
const LABELS = String.raw`(${CHI})|(t['′]|[tFZzuHU]|Hc)`;
const STATISTIC = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Greek}\d.])(?:${LABELS})(?![\p{Script=Latin}\d(])\s*(?:检验\s*)?(值\s*)?(?:(分别)\s*)?(=|为|是|:)\s*(${NUM})(?![\d.%/])`,
  'gu',
);
/** The next value of a list after `分别为`: `2.10、3.42和4.01`. */
const NEXT_VALUE = new RegExp(String.raw`\s*(?:、|,|和|及|与)\s*(${NUM})(?![\d.%/])`, 'y');
/** The p-value right after a statistic: `，P=0.048`, `（P＜0.001）`, `，P值为0.048`, `，P值均>0.05`, `，P值分别为0.039、0.001`. */
const P_AFTER = new RegExp(
  String.raw`^[\s,;:，；(（]*[Pp]\s*(?:-\s*values?\s*|values?\s*)?(?:值\s*)?(?:(均|分别)\s*)?(?:(为|是|was|of|is)\s*)?(?:(<=|>=|[<>=≤≥])\s*)?(${NUM})(?![\d.])`,
  'u',
);
/** The next p-value of a list after `P值分别为`: `0.039、<0.001`, `0.039和P=0.001`. */
const NEXT_P = new RegExp(String.raw`\s*(?:、|,|和|及|与)\s*(?:[Pp]\s*)?(?:(<=|>=|[<>=≤≥])\s*)?(${NUM})(?![\d.%/])`, 'y');
/** Degrees of freedom written after the value, as Chinese textbooks do: `χ²=6.32，ν=1，P<0.05`. */
const DF_AFTER = /^[\s,;，；]*(?:ν|df|自由度)\s*=\s*(\d+)(?![\d.])/u;
const ONE_TAILED = /one[- ]?(?:tailed|sided)|单侧/i;

/** Canonical names, shared with statistics.ts: `chi2`, `t`, `F`, `z`; rank tests `H` and `U` are read but not recomputed. */
function measureOf(chi: string | undefined, letter: string | undefined): string {
  if (chi) return 'chi2';
  if (letter === 'Z' || letter === 'z' || letter === 'u') return 'z';
  if (letter === 'Hc') return 'H';
  if (letter!.startsWith('t')) return 't';
  return letter!;
}

function comparatorOf(op: string | undefined): Comparator {
  if (op === '≤') return '<=';
  if (op === '≥') return '>=';
  return (op ?? '=') as Comparator;
}

interface Found {
  start: number;
  end: number;
  value: string;
  measure: string;
}

/**
 * The statistics read by statistics.ts, for "is this span already read?" in
 * logarithmic time: sorted by start, with the furthest end reached so far.
 */
class Spans {
  private readonly starts: number[] = [];
  private readonly maxEnds: number[] = [];

  constructor(claims: Claim[]) {
    const sorted = [...claims].sort((a, b) => a.offset - b.offset);
    let reach = -Infinity;
    for (const c of sorted) {
      reach = Math.max(reach, c.offset + c.length);
      this.starts.push(c.offset);
      this.maxEnds.push(reach);
    }
  }

  /** Whether a span [start, end) overlaps one of the claims. */
  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnds[lo - 1]! > start;
  }
}

interface Known {
  statistics: Spans;
  /** The p-values statistics.ts read, by the offset where each ends. */
  pByEnd: Map<number, Claim>;
}

/** Every df-less statistic of a sentence with the p-value written after it, if any. */
function readSentence(passage: Passage, sentence: Sentence, source: string, known: Known, counter: { n: number }, folds?: ReadonlyMap<Sentence, Folded>): Claim[] {
  const text = source.slice(sentence.offset, sentence.offset + sentence.length);
  const { text: folded, hasDigit } = folds?.get(sentence) ?? foldSentence(text);
  const out: Claim[] = [];
  // Every statistic is a value in digits.
  if (!hasDigit) return out;
  // Read for the first statistic found: most sentences with a digit state none.
  let tails: 1 | 2 | undefined;
  const overlaps = (start: number, end: number) => known.statistics.overlaps(sentence.offset + start, sentence.offset + end);
  const make = (start: number, end: number, kind: 'statistic' | 'pvalue', fields: Partial<Claim> & { value: number; decimals: number }): Claim => ({
    id: `${passage.id}q${++counter.n}`,
    kind,
    lang: passage.lang,
    offset: sentence.offset + start,
    length: end - start,
    text: text.slice(start, end),
    form: 'digits',
    passage: passage.id,
    sentence: sentence.index,
    ...fields,
  });
  for (let m = first(STATISTIC, folded); m; m = STATISTIC.exec(folded)) {
    const [, chi, letter, named, list, , first] = m;
    const measure = measureOf(chi, letter);
    // The claim is the value alone, whatever connects it to its label (`=`, `值为`, `分别为`).
    const end = m.index + m[0].length;
    const found: Found[] = [{ start: end - first!.length, end, value: first!, measure }];
    if (list) {
      NEXT_VALUE.lastIndex = end;
      for (let n = NEXT_VALUE.exec(folded); n; n = NEXT_VALUE.exec(folded)) {
        const at = n.index + n[0].length - n[1]!.length;
        found.push({ start: at, end: at + n[1]!.length, value: n[1]!, measure });
      }
    }
    const last = found[found.length - 1]!;
    const dfm = found.length === 1 ? DF_AFTER.exec(folded.slice(last.end, last.end + 20)) : null;
    const df = dfm ? [Number(dfm[1])] : [];
    const pFrom = last.end + (dfm ? dfm[0].length : 0);
    const p = P_AFTER.exec(folded.slice(pFrom, pFrom + 40));
    const pOk = p && (p[2] || p[3]);
    // A bare `t = 3` may be a time or any variable: a letter counts as a statistic only
    // with its p-value or when named one (`t值`); chi-square and 卡方 are always statistics.
    if (!chi && !pOk && !named) continue;
    if (found.some((f) => overlaps(m.index, f.end))) continue;
    const pClaims: Claim[] = [];
    if (pOk) {
      const at = pFrom + p.index;
      const pOf = (start: number, end: number, op: string | undefined, num: string) => {
        // The p-value may already be read by statistics.ts (`P = 0.048`); forms such as `P值为` are read here.
        const read = known.pByEnd.get(sentence.offset + end);
        if (read) return read;
        const d = parseDecimal(num.replace(/^-/, ''));
        const c = make(start, end, 'pvalue', { value: d.value, decimals: d.decimals, comparator: comparatorOf(op) });
        out.push(c);
        return c;
      };
      pClaims.push(pOf(at + p[0].search(/[Pp]/), at + p[0].length, p[3], p[4]!));
      if (p[1] === '分别') {
        NEXT_P.lastIndex = at + p[0].length;
        for (let n = NEXT_P.exec(folded); n; n = NEXT_P.exec(folded)) {
          const start = n.index + n[0].search(/[Pp<>=≤≥\d.-]/);
          pClaims.push(pOf(start, n.index + n[0].length, n[1], n[2]!));
        }
      }
    }
    // Values and p-values written `分别` pair one to one; one p for several values holds for
    // them all only as a bound (`P值均<0.05`, `P<0.05`), not as one exact value.
    const pFor = (i: number): Claim | undefined => {
      if (pClaims.length === found.length) return pClaims[i];
      if (pClaims.length !== 1) return undefined;
      const only = pClaims[0]!;
      return found.length === 1 || p![1] === '均' || only.comparator !== '=' ? only : undefined;
    };
    for (const [i, f] of found.entries()) {
      const d = parseDecimal(f.value.replace(/^-/, ''));
      const value = (f.value.startsWith('-') ? -1 : 1) * d.value;
      const pClaim = pFor(i);
      tails ??= ONE_TAILED.test(folded) ? 1 : 2;
      out.push(make(f.start, f.end, 'statistic', { value, decimals: d.decimals, measure: f.measure, df, tails, ...(pClaim ? { pvalue: pClaim.id } : {}) }));
    }
  }
  return out;
}

/**
 * The df-less statistics of a passage, and the p-values written with them that the
 * statistics reader did not already read. `existing` is that reader's output; `folds` holds sentences already folded.
 */
export function extractStatisticsZh(passage: Passage, source: string, existing: Claim[], folds?: ReadonlyMap<Sentence, Folded>): Claim[] {
  const out: Claim[] = [];
  const counter = { n: 0 };
  const known: Known = {
    statistics: new Spans(existing.filter((c) => c.kind === 'statistic')),
    pByEnd: new Map(existing.filter((c) => c.kind === 'pvalue').map((c) => [c.offset + c.length, c])),
  };
  for (const sentence of passage.sentences) for (const c of readSentence(passage, sentence, source, known, counter, folds)) out.push(c);
  return out;
}

/**
 * The unit of a number claim that states a test statistic's value: one for every
 * kind of statistic, so a statistic compares with a statistic whatever each version
 * calls it (an H written as χ², a t′ as t), and never with a count or a duration.
 */
export const STATISTIC_UNIT = 'statistic';
const CHI_BEFORE = /(?:[χΧ]|[Cc]hi|X)\s?\^?\s?$/;
const DF_BEFORE = /(?:ν|df|自由度)\s?[=＝]\s?$/;
const CHI_AFTER = /^\s?(?:[=＝(（:：值]|\s)/;

/**
 * The measure of a number claim whose sign is its meaning: a correlation or regression
 * coefficient, a test statistic, an annual percent change (`r = -0.45`, `The correlation was -0.45`,
 * `β=-0.21`, `相关系数为0.45`, `AAPC为-2.3%`). Its counterpart's sign is compared, where a change
 * written as a fall in words (`下降0.5分` against `−0.5 points`) is compared by its size.
 */
export const SIGNED_MEASURE = 'coefficient';
const COEFFICIENT_WORD_BEFORE =
  /(?:\bcorrelations?(?:\s+coefficients?)?|\bcoefficients?|相关系数|回归系数|系数|(?<![\p{L}])AA?PC)\s*(?:\([^()]{0,12}\)\s*)?(?:(?:was|were|is|of|为|是|[=:＝：,，])\s*)?$/iu;
const COEFFICIENT_LETTER_BEFORE = /(?<![\p{L}\p{N}_])(?:r[sp]?|R|ρ|rho|β|beta|τ|tau|t|z|Z)\s*(?:值\s*)?(?:为|是|[=＝:：])\s*$/u;

/** What every COEFFICIENT_WORD_BEFORE holds, tested once for a passage: most name no coefficient. */
const COEFFICIENT_WORD = /correlation|coefficient|系数|APC/i;
/** The last mark of every COEFFICIENT_LETTER_BEFORE, before its spaces. */
const COEFFICIENT_LETTER_END = new Set(['为', '是', '=', '＝', ':', '：']);

function markSigned(claims: Claim[], source: string): void {
  // Only the text the claims' `before` can reach is searched, not the other version's too.
  let lo = source.length;
  let hi = 0;
  for (const c of claims) {
    if (c.offset < lo) lo = c.offset;
    if (c.offset > hi) hi = c.offset;
  }
  const words = lo <= hi && COEFFICIENT_WORD.test(source.slice(Math.max(0, lo - 32), hi));
  for (const c of claims) {
    if ((c.kind !== 'number' && c.kind !== 'percent') || (c.unit !== undefined && c.unit !== STATISTIC_UNIT && c.unit !== 'percent')) continue;
    const before = source.slice(Math.max(0, c.offset - 32), c.offset);
    if ((COEFFICIENT_LETTER_END.has(lastWordOf(before)) && COEFFICIENT_LETTER_BEFORE.test(before)) || (words && COEFFICIENT_WORD_BEFORE.test(before))) c.measure = SIGNED_MEASURE;
  }
}

/**
 * Mark the aligned number claims that state a test statistic's value, so that
 * `χ²=3.912` and `χ2 = 3.921` are compared as the same statistic in both versions,
 * and drop its degrees of freedom: Chinese journals leave them out
 * (`t(88) = 3.68` is `t=3.68`), and the df are checked with the statistic itself.
 * A sample size written in the notation (`N = 90`) stays a claim.
 */
export function tagStatisticValues(claims: Claim[], stats: Claim[], source: string): Claim[] {
  markSigned(claims, source);
  const tests = stats.filter((s) => s.kind === 'statistic');
  if (tests.length === 0) return claims;
  // The 2 of `χ^2` or `X2` names the statistic; it is no amount.
  const isSquare = (c: Claim) =>
    c.text === '2' && CHI_BEFORE.test(source.slice(Math.max(0, c.offset - 4), c.offset)) && CHI_AFTER.test(source.slice(c.offset + 1, c.offset + 4));
  const ends = new Set(tests.map((s) => s.offset + s.length));
  const withDf = tests.filter((s) => (s.df ?? []).length > 0).sort((a, b) => a.offset - b.offset);
  // The statistic with df that starts last at or before the claim: the only one that can hold it.
  const holder = (c: Claim): Claim | undefined => {
    let lo = 0;
    let hi = withDf.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (withDf[mid]!.offset <= c.offset) lo = mid + 1;
      else hi = mid;
    }
    return withDf[lo - 1];
  };
  // Inside a test's brackets: its df, or its sample size after `N =` (`N＝` as Chinese writes it).
  const inside = (c: Claim) => {
    const s = holder(c);
    if (!s || c.offset + c.length >= s.offset + s.length) return undefined;
    return /[Nn]\s*[=＝]\s*$/.test(s.text.slice(0, c.offset - s.offset)) ? 'n' : 'df';
  };
  const isDf = (c: Claim) => inside(c) === 'df';
  const out: Claim[] = [];
  for (const c of claims) {
    if (c.kind === 'number' && c.unit === undefined && ends.has(c.offset + c.length)) c.unit = STATISTIC_UNIT;
    else if (c.kind === 'number' && inside(c) === 'n') c.testSize = true;
    else if (c.kind === 'number' && (isDf(c) || isSquare(c) || DF_BEFORE.test(source.slice(Math.max(0, c.offset - 8), c.offset)))) continue;
    out.push(c);
  }
  return out;
}

/** Statistics read both here and by statistics.ts, in text order. */
export function mergeStatistics(existing: Claim[], more: Claim[]): Claim[] {
  if (more.length === 0) return existing;
  return [...existing, ...more].sort((a, b) => a.offset - b.offset);
}
