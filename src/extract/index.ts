import type { Anchor, Claim, Comparator, Lang, Passage, Sentence } from '../types.js';
import { findAtoms, ZH_ORDINAL_COUNTER, type Atom } from './atoms.js';
import { lastWordOf, PLUS_MINUS } from './chars.js';
import { namesDays } from './dates.js';
import { conversion, DAYS, durationDays, TIMES_GIVEN } from '../numbers/equality.js';
import { foldSentence } from './numerals.js';
import { wordKinds, type ScannedSentence } from './word-kinds.js';
import { extractStatistics } from './statistics.js';
import { extractStatisticsZh, mergeStatistics, tagStatisticValues } from './statistics-zh.js';
import { isRateBase, matchUnit, matchUnitBefore, SQUARE_OR_CUBE_AFTER, type UnitMatch } from './units.js';
import { PAGE_FRAME } from '../segment/sentences.js';
import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';

export interface Extraction {
  claims: Claim[];
  anchors: Anchor[];
  stats: Claim[];
}

// The unit may be written on both ends: `3 months to 6 months`, `36周至37周`.
// `2- to 5-year-old`: a hyphen left hanging before `to` belongs to the unit written once at the end.
// A dash may be glued to the unit: `1 month–14 years`. A compound hyphenates both sides: `6-to-12-month`.
const RANGE_SEP_EN = /^\s*(?:(?:months?|weeks?|days?|years?|hours?|minutes?|min|seconds?|secs?)\s*)?(?:-\s*(?:to|through)-?|-|~|to|through)\s*$/i;
/**
 * `3- and 6-month visits`, `in 2 and 4 patients, respectively`, `5 or 10 mg`: two values, one unit
 * written after the second (not `between 2 and 4 hours`, a range).
 */
const SUSPENDED_AND_EN = /^(?:-\s*(?:and|or|,)|(?:\s*,)?\s*(?:and|or))\s*$/i;
// An age in days or weeks ends its low end as one in months does: `28日龄～18岁`, `6周龄～6月龄` (animals, infants);
// so does the Latin symbol a Chinese journal writes for days or hours: `（28 d～14岁）`, `2 h～3 d`.
const RANGE_SEP_ZH = /^\s*(?:(?:个月|[月周日天]\s*龄|月|周|天|日|年|岁|小时|分钟|秒|d|h|min)\s*)?(?:-|~|至|到)\s*$/;
const FRACTION_SEP = /^\s*\/\s*$/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** What follows the days of a gestational age: its weeks, or the far end of a span of them. */
const GESTATION_AFTER = /^\s*(?:weeks?\b|wk\b|(?:to|through|and|-)\s*\d{1,2}\s+[0-6]\s*\/\s*7\s*(?:weeks?\b|wk\b))/i;
const OF_SEP = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+)?$/i;
/** How far after one level in so many patients the next of its list may start (`, 11 in 14`, ` patients, and 12 in 3`). */
const LEVEL_LIST_REACH = 24;
/** `1 in 20`, `nine out of ten`: a proportion. */
const IN_SEP = /^\s+(?:in|out\s+of)\s+$/i;
const RATIO_SEP = /^\s*:\s*$/;
/** `to` between the two sides of a ratio written in words, `2.8 to 1`. */
const TO_SEP_EN = /^\s*to\s*$/i;
/** A side of a ratio written as the single digit 1. */
const isOne = (x: Atom): boolean => x.integer && x.value === 1 && x.end - x.start === 1;
const P_BEFORE = /(?:^|[^\p{Script=Latin}])[Pp](?:\s*-?\s*values?|\s*[值均]+)?\s*(<=|>=|[<>=≤≥]|&lt;|&gt;|&le;|&ge;)\s*$/u;
/** `The P value was 0.04`: a p-value stated in words. */
/** Between two p-values of a list that writes P and its sign once: `P<0.05, 0.01`, `P均<0.05或0.01`. */
const P_LIST_GAP = /^\s*(?:[,，、]|or|and|或|和)\s*$/;
const P_WAS = /(?:^|[^\p{Script=Latin}])[Pp](?:\s*-?\s*values?\s+(?:was|of|is|were)|\s*值\s*(?:为|是))()\s*$/u;
const APPROX_EN = EN.APPROX_BEFORE;
const APPROX_ZH = ZH.APPROX_BEFORE;
/** Symbols before a number, also as HTML entities (`&lt; 35 weeks`) in text copied from web pages. */
const CMP_SYMBOL: [RegExp, Comparator][] = [
  [/(?:(?<![<>])>|&gt;)\s*$/, '>'],
  [/(?:(?<![<>])<|&lt;)\s*$/, '<'],
  [/(?:>=|≥|&ge;)\s*$/, '>='],
  [/(?:<=|≤|&le;)\s*$/, '<='],
];
/** The last character of every symbol of CMP_SYMBOL and of the p-value's sign (`;` of an entity): those patterns are tried only after one. */
const SIGN_ENDS = new Set(['<', '>', '=', '≤', '≥', ';']);
const LIST_MARKER = /(?:^|[;；:：。.,，、\s\p{Script=Han}])\s*[(（]\s*$/u;
/**
 * Where a list item without its opening bracket starts: the sentence, or after
 * `:` `;` `。` `.` `,` `、` (`…：1)…；2)…`, `including 1) X, 2) Y`), outside brackets: `(n: 5)`, `(HR, 3)` are values.
 */
const LIST_OPENER = /(?:^|[;；:：。.,，、])\s*$/;
// 2100 ends the projections of climate studies (`2081–2100`), the last year any abstract names as a date.
// A PDF may space a year out letter by letter (`2 0 1 1`), as it does other numbers (DIGITS).
const YEAR = /^(?:(?:19|20)\d{2}|2100|(?:1 9|2 0) \d \d)$/;
/** A preposition that names a year as a time: `in 2010`, `by 2020`. */
// Also glued to the year by a PDF: `in2006 to2.41 m`.
const YEAR_NAMED_BEFORE = /\b(?:in|of|since|by|during|until|before|after)\s*$/i;
/** `1970s—2000`, `1960-2000`: a year after a dash that a year or a decade stands before ends a span of time. */
const SPAN_START_BEFORE = /\b(?:19|20)\d{2}s?\s*[-–—]\s*$/;

/** Whether `digits` stand alone before a closing bracket somewhere in `text`: `5)`, `（5）`; only where `counts` their place. */
function closesBracket(text: string, digits: string, counts: (at: number) => boolean = () => true): boolean {
  for (let i = text.indexOf(digits); i >= 0; i = text.indexOf(digits, i + 1)) {
    if (/[\d.]/.test(text[i - 1] ?? '') || !counts(i)) continue;
    if (/^\s*[)）]/.test(text.slice(i + digits.length, i + digits.length + 4))) return true;
  }
  return false;
}

/**
 * A list marker glued to the word before it, as text from a PDF writes it
 * (`seasonally（5）There`, `and6) increasing`), when the passage holds its neighbour in
 * the run (`（4）`, `5)`), often in another sentence: a number after a word and before a
 * bracket is otherwise a value.
 */
function gluedListMarker(passage: string, before: string, value: number): boolean {
  if (value > 20 || !/[A-Za-z][(（]?$/.test(before.replace(/\s+/g, '').slice(-2))) return false;
  return (value > 1 && closesBracket(passage, String(value - 1))) || closesBracket(passage, String(value + 1));
}

/** `an intervention group (48)`, `对照组（48）`: a group's size, where no list of bracketed numbers runs through it. */
function groupSizeInBracket(passage: string, before: string, value: number, lang: Lang): boolean {
  const groupBefore = (lang === 'en' ? EN : ZH).GROUP_BRACKET_BEFORE;
  if (value < 2 || !groupBefore.test(before)) return false;
  // A neighbour in a bracket after a group's name is that group's size, no marker of a list: `group A (42)
  // and group B (43)`.
  const marker = (digits: string) => closesBracket(passage, digits, (at) => !groupBefore.test(passage.slice(Math.max(0, at - 30), at)));
  return !marker(String(value - 1)) && !marker(String(value + 1));
}

/**
 * `bed rails (4), ventilator panels (3) and sink drains (2)`, `fungi for 9.5% (23).`: a count in a bracket
 * after the thing or the share it counts, where punctuation or a conjunction ends the item; a list marker
 * stands before the text of its item (`(1) increasing`, `including (2) a`), never before a comma or a full stop.
 */
const COUNT_BRACKET_BEFORE = /[\p{L}%]\s?[(（]\s*$/u;
const COUNT_BRACKET_AFTER = /^\s*[)）]\s*(?:[,;，；、.。]|(?:and|or)\b|[和及或]|$)/;

/** Whether a bracket opened in `text` is still open at its end. */
function openBracket(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Between the years and the months of one age: `1岁9个月`, `1 year and 9 months`. */
const COMPOUND_AGE: Record<Lang, RegExp> = { zh: ZH.AGE_YEARS_MONTHS, en: EN.AGE_YEARS_MONTHS };

/**
 * The two ends of a range in one unit: `6月龄~5岁` and `21 months to 75 years` read in months,
 * `3 days to 2 years` in days.
 * A high end stated in whole years stands for that whole year of age: `5岁` as the end of
 * `6月龄~5岁` is written `59 months` just as well, so `highYears` lets it compare so.
 */
function inOneUnit(lowUnit: string | undefined, low: number, highUnit: string | undefined, high: number): { low: number; high: number; unit?: string; highYears?: boolean } {
  if (lowUnit === 'month' && highUnit === 'year') return { low, high: high * 12, unit: 'month', highYears: true };
  if (lowUnit === 'year' && highUnit === 'month') return { low: low * 12, high, unit: 'month' };
  // Other durations in the smaller unit: `3 days to 2 years`, `3天～2年`.
  const [dl, dh] = [lowUnit ? DAYS[lowUnit] : undefined, highUnit ? DAYS[highUnit] : undefined];
  if (dl !== undefined && dh !== undefined && dl !== dh) return dl < dh ? { low, high: (high * dh) / dl, unit: lowUnit } : { low: (low * dl) / dh, high, unit: highUnit };
  // Shorter times as well: `6 minutes to 24 hours`, `6分钟～24小时`, `12 hours to 3 days`.
  const f = lowUnit && highUnit ? conversion(lowUnit, highUnit) : undefined;
  if (f !== undefined) return f < 1 ? { low, high: high / f, unit: lowUnit } : { low: low * f, high, unit: highUnit };
  return { low, high, ...(highUnit ? { unit: highUnit } : {}) };
}

const SHORT_TIMES = new Set(['hour', 'minute', 'second']);
const isTimeUnit = (u: string): boolean => DAYS[u] !== undefined || SHORT_TIMES.has(u);

/** A time at one end and, at the other, a unit of something else that no conversion joins to it (`2 weeks to 7.5 mg`). */
function timeThenOther(near: string, far: string | undefined): boolean {
  return isTimeUnit(near) && far !== undefined && far !== near && !isTimeUnit(far) && conversion(near, far) === undefined;
}

function normalizeComparator(op: string): Comparator {
  if (op === '≤') return '<=';
  if (op === '≥' || op === '&ge;') return '>=';
  if (op === '&lt;') return '<';
  if (op === '&gt;') return '>';
  if (op === '&le;') return '<=';
  return op as Comparator;
}

interface Reader {
  lang: Lang;
  folded: string;
  text: string;
  base: number;
  atoms: Atom[];
  sentence: Sentence;
  passage: Passage;
  claims: Claim[];
  anchors: Anchor[];
  counter: { n: number };
  /** Whether the sentence speaks of visual acuity: asked once, at its first `20/…` or `6/…`. */
  visualAcuity?: boolean;
  /** The unit written once after a list, for each atom of the lists walked: each list is walked once, not once an atom. */
  listUnits?: Map<number, UnitMatch | undefined>;
}

function gap(r: Reader, a: Atom, b: Atom): string {
  return r.folded.slice(a.end, b.start);
}

const LIST_COMMA_EN = /^\s*,\s*$/;
/** The brackets around a median's quartiles, right after it: `5（4，7）`. */
const QUARTILES_OPEN = /^\s*\(\s*$/;
const QUARTILES_CLOSE = /^\s*\)/;

/**
 * The unit written once after the last number of the list that atom `i` opens: `3, 6 and 12
 * months`, `2 and 4 patients`. None where a number of the list carries its own (`3 months, 6
 * months`) or the list ends without `and`/`or`.
 */
function unitAfterList(r: Reader, i: number): UnitMatch | undefined {
  if (r.listUnits?.has(i)) return r.listUnits.get(i);
  const { atoms, folded } = r;
  let unit: UnitMatch | undefined;
  let j = i + 1;
  for (; j < atoms.length; j++) {
    const g = gap(r, atoms[j - 1]!, atoms[j]!);
    const after = folded.slice(atoms[j]!.end, atoms[j]!.end + 30);
    if (SUSPENDED_AND_EN.test(g)) {
      unit = matchUnit(after, r.lang);
      break;
    }
    if (!LIST_COMMA_EN.test(g) || matchUnit(after, r.lang)) break;
  }
  // Every number of the list up to its last has the same answer.
  r.listUnits ??= new Map();
  for (let k = i; k < j; k++) r.listUnits.set(k, unit);
  return unit;
}

const PRODUCT_BEFORE = /\d\s?[×x*]\s?$/;
const POWER_OF_LENGTH = /^([kdcmμ]?m)[23]$/;
/**
 * The last side of a size, `1.0×1.0×1.5 mm3`, `20×20 m2`: a length, the power of its unit standing for the
 * product (`1.0 mm×1.0 mm×1.5 mm`).
 */
function sideOfSize(unit: UnitMatch | undefined, before: string): UnitMatch | undefined {
  const length = unit && PRODUCT_BEFORE.test(before) ? POWER_OF_LENGTH.exec(unit.unit) : null;
  return length ? { unit: length[1]!, length: unit!.length } : unit;
}

const LIST_SEP_ZH = /^\s*[、，,]\s*$/;
const LIST_AND_ZH = /^\s*(?:以及|和|及|与|或)\s*$/;
/**
 * The unit written once after the last number of a Chinese list that atom `i` opens: `344、430、488和494
 * kg/667m2`, `5、10、20 mg/kg`, `3、6和12个月`, as English writes `3, 6 and 12 months`. None where a number
 * of the list carries its own, or commas join it and no 和 (及, 或) ends it.
 */
function unitAfterListZh(r: Reader, i: number): UnitMatch | undefined {
  if (r.listUnits?.has(i)) return r.listUnits.get(i);
  const { atoms, folded } = r;
  let end: UnitMatch | undefined;
  let byAnd = false;
  // Whether the gap after each number walked is a comma: a number the unit reaches across one gets none.
  const commaAfter: boolean[] = [];
  for (let j = i + 1; j < atoms.length; j++) {
    const g = gap(r, atoms[j - 1]!, atoms[j]!);
    const unit = matchUnit(folded.slice(atoms[j]!.end, atoms[j]!.end + 30), r.lang);
    if (LIST_AND_ZH.test(g)) {
      [end, byAnd] = [unit, true];
      break;
    }
    if (!LIST_SEP_ZH.test(g)) break;
    commaAfter.push(!g.includes('、'));
    if (unit) {
      end = unit;
      break;
    }
  }
  // Each number of the list walked gets its answer at once, so that the list is walked once, not once a number.
  r.listUnits ??= new Map();
  const walked = end && !byAnd ? commaAfter.length : commaAfter.length + 1;
  let commas = false;
  for (let k = walked - 1; k >= 0; k--) {
    commas ||= commaAfter[k] ?? false;
    r.listUnits.set(i + k, byAnd || !commas ? end : undefined);
  }
  return r.listUnits.get(i);
}

function emit(r: Reader, start: number, end: number, claim: Omit<Claim, 'id' | 'offset' | 'length' | 'text' | 'lang' | 'passage' | 'sentence'>): Claim {
  const c: Claim = {
    id: `${r.passage.id}c${++r.counter.n}`,
    lang: r.lang,
    offset: r.base + start,
    length: end - start,
    text: r.text.slice(start, end),
    passage: r.passage.id,
    sentence: r.sentence.index,
    ...claim,
  };
  // `increased by 2 times`, `rose 3-5 times`, `up-regulated 3.5 times`, `exceeded the background value by 7.2 times`:
  // a multiple (2倍), not a count of times. A count with decimals alone is a mean (`used 8.4±2.6 times`, `8.4次`).
  // A count with decimals after a multiple of the same sentence is its parallel (`0.46 times the control level in
  // model rats and 0.82 times in the high-dose group`), no mean count.
  if (r.lang === 'en' && c.unit === 'time' && (changedBy(r.folded.slice(Math.max(0, start - 60), start)) || afterFoldInList(r, start) || changedEarlier(r.folded.slice(0, start)) || (c.decimals > 0 && foldEarlierInSentence(r))) && !EN.FREQUENCY_AFTER_TIMES.test(r.folded.slice(end, end + 24))) c.unit = 'fold';
  if (r.lang === 'zh' && c.unit === 'time' && (c.kind === 'number' || c.kind === 'range') && ZH.LIFE_IN_CYCLES_BEFORE.test(r.folded.slice(Math.max(0, start - 12), start))) c.unit = 'cycle';
  if (r.lang === 'zh' && c.kind === 'number') {
    if (c.unit === 'time' && ZH.CYCLES_BEFORE.test(r.folded.slice(Math.max(0, start - 4), start))) c.unit = 'cycle';
    // `患儿及其家长120组`, then `各60组`: pairs of people, each a case, not groups of them.
    if (c.unit === 'group' && c.form === 'digits' && (ZH.DYAD_COUNT_BEFORE.test(r.folded.slice(Math.max(0, start - 16), start)) || (ZH.EACH_BEFORE.test(r.folded.slice(Math.max(0, start - 4), start)) && ZH.DYAD.test(r.folded.slice(0, start))))) c.unit = 'patient';
    if (c.unit === 'fold' && ZH.INCREASE_BY_BEFORE.test(r.folded.slice(Math.max(0, start - 8), start))) c.increaseBy = true;
    else if (ZH.RANK_BEFORE.test(r.folded.slice(Math.max(0, start - 24), start))) c.rank = true;
  }
  if (c.kind === 'number' && !c.comparator && c.unit !== undefined && COURSE_PERIODS.has(c.unit) && onceEachPeriod(r, start) === c.unit) c.onceEach = true;
  if ((c.kind === 'number' || c.kind === 'range') && c.unit !== undefined && TIMES_GIVEN.has(c.unit)) {
    const period = timesPeriod(r, start, end);
    if (period !== undefined) c.per = period;
  }
  if (r.lang === 'zh' && c.kind === 'number' && !c.comparator && c.unit !== undefined && TIMES_GIVEN.has(c.unit)) {
    const listed = ZH.EACH_OF_LISTED_BEFORE.exec(r.folded.slice(Math.max(0, start - 40), start));
    if (listed) c.eachOf = listed[1]!.split(/[、和及]/).length;
  }
  r.claims.push(c);
  return c;
}

/** The period of a count of times given, as named in PER_PERIOD (a night's dose is a day's). */
const PER_PERIOD: Record<string, string> = { dai: 'day', day: 'day', night: 'day', d: 'day', 日: 'day', 天: 'day', 晚: 'day', week: 'week', w: 'week', wk: 'week', 周: 'week', 星期: 'week', month: 'month', 月: 'month' };

function timesPeriod(r: Reader, start: number, end: number): string | undefined {
  const after = r.folded.slice(end, end + 32);
  const m = r.lang === 'en' ? EN.TIMES_PER_AFTER.exec(after) : ZH.TIMES_PER_AFTER.exec(after) ?? ZH.TIMES_PER_BEFORE.exec(r.folded.slice(Math.max(0, start - 12), start));
  return m ? PER_PERIOD[(m[1] ?? m[2])!.toLowerCase()] : undefined;
}

const COURSE_PERIODS = new Set(['day', 'week', 'month']);
const PERIOD_NAMES: Record<string, string> = { dai: 'day', 日: 'day', 天: 'day', 周: 'week', 月: 'month' };

/** The period of a course given once in each before `start` (EN.ONCE_EACH_BEFORE, ZH.ONCE_EACH_BEFORE), if one is. */
function onceEachPeriod(r: Reader, start: number): string | undefined {
  const m = (r.lang === 'zh' ? ZH.ONCE_EACH_BEFORE : EN.ONCE_EACH_BEFORE).exec(r.folded.slice(Math.max(0, start - 30), start));
  const period = m ? (m[1] ?? m[2])!.toLowerCase() : undefined;
  return period === undefined ? undefined : PERIOD_NAMES[period] ?? period;
}

/** `exceeded the background by 7.2 and 2.1 times`: the list's last member is a multiple as its first is. */
function afterFoldInList(r: Reader, start: number): boolean {
  const last = r.claims[r.claims.length - 1];
  if (!last || last.unit !== 'fold' || last.sentence !== r.sentence.index) return false;
  const gap = r.folded.slice(last.offset + last.length - r.base, start);
  return SUSPENDED_AND_EN.test(gap) || LIST_COMMA_EN.test(gap);
}

/** A multiple stated among the last few claims of the sentence being read (a bounded walk: a long list stays linear). */
function foldEarlierInSentence(r: Reader): boolean {
  for (let i = r.claims.length - 1; i >= Math.max(0, r.claims.length - 8); i--) {
    const c = r.claims[i]!;
    if (c.sentence !== r.sentence.index) return false;
    if (c.unit === 'fold') return true;
  }
  return false;
}

/** `by N times` after a verb of change earlier in the sentence (EN.BY_BEFORE). */
function changedEarlier(sentenceBefore: string): boolean {
  return EN.BY_BEFORE.test(sentenceBefore.slice(-40)) && EN.CHANGE_VERB.test(sentenceBefore);
}

function changedBy(before: string): boolean {
  return EN.CHANGED_BY_BEFORE.test(before.slice(-40)) || EN.CHANGED_OBJECT_BY_BEFORE.test(before);
}

/**
 * Where a gestational age of weeks and days (20 to 45 weeks, 0 to 6 days) that atoms `a` and `b` write
 * ends: `34+2周` and `34+2 weeks` (the unit after both), `34 weeks and 2 days`, `34周+2天` (a unit each).
 */
function weeksPlusDays(r: Reader, a: Atom, b: Atom): number | undefined {
  if (!weeksAndDays(r, a, b)) return undefined;
  const forms = r.lang === 'zh' ? ZH.WEEKS_PLUS_DAYS : EN.WEEKS_PLUS_DAYS;
  const g = gap(r, a, b);
  if (!forms.gap.test(g)) return undefined;
  const after = r.folded.slice(b.end, b.end + 8);
  const unit = (forms.weeksAfter.test(g) ? forms.daysAfter : g.includes('+') ? forms.weeksAfter : forms.daysAfter).exec(after);
  if (unit) return b.end + unit[0].length;
  if (!g.includes('+') || forms.weeksAfter.test(g)) return undefined;
  // One of a list of ages that names the weeks once, after the last: `39+2 and 41+5 weeks`, `39+2、41+5周`.
  const rest = r.folded.slice(b.end, b.end + 60);
  const tail = forms.listTail.exec(rest);
  return tail && forms.weeksAfter.test(rest.slice(tail[0].length)) ? b.end : undefined;
}

/**
 * Whether atoms `a` and `b` may be the weeks (20 to 45) and days (0 to 6) of one gestational age: not
 * the far end of a range (`36 0/7 to 37 6/7 weeks`, `36周至37周+6天`), whose days the near end's reading leaves apart.
 */
function weeksAndDays(r: Reader, a: Atom, b: Atom): boolean {
  return !b.date && a.integer && b.integer && a.value >= 20 && a.value <= 45 && b.value <= 6 && !RANGE_TO_BEFORE.test(r.folded.slice(Math.max(0, a.start - 12), a.start));
}

/** Where an English ordinal ends (`second`, `4th`), or undefined for an atom that is none. */
function ordinalEnd(r: Reader, a: Atom): number | undefined {
  if (a.ordinal) return a.end;
  const suffix = a.integer && a.form === 'digits' ? ORDINAL_SUFFIX.exec(r.folded.slice(a.end, a.end + 3)) : null;
  return suffix ? a.end + suffix[0].length : undefined;
}

/** Between the ranks of a span: `second to fourth`, `2nd-4th`, `from the second to the fourth`. */
const RANK_SPAN_GAP = /^\s?(?:to|through|-|–)\s?(?:the\s)?$/i;
const SPANNED_TIMES = new Set(['day', 'week', 'month', 'year', 'cycle']);

/** Where `the second to fourth years` (atoms `a` and `b`) ends, with its unit: two ranks joined, a time after. */
function rankSpan(r: Reader, a: Atom, b: Atom): { end: number; unit: string } | undefined {
  const endA = ordinalEnd(r, a);
  const endB = endA === undefined ? undefined : ordinalEnd(r, b);
  if (endB === undefined || b.value <= a.value || !RANK_SPAN_GAP.test(r.folded.slice(endA, b.start))) return undefined;
  const unit = matchUnit(r.folded.slice(endB, endB + 30), r.lang);
  return unit && SPANNED_TIMES.has(unit.unit) ? { end: endB + unit.length, unit: unit.unit } : undefined;
}

/** Between the two gestational ages of a span: `27+3 to 33+1 weeks`, `27+3～33+1周`; and between the weeks and the days of each. */
const GESTATION_SPAN_SEP = /^\s*(?:to|through|-|–|~|至|到)\s*$/;
const WEEKS_PLUS = /^\s?\+\s?$/;

/**
 * Where a span of two gestational ages of weeks and days (`27+3 to 33+1 weeks`, `27+3～33+1周`, atoms `a`
 * to `d`) ends, the unit written once after the second; each age alone is read by weeksPlusDays.
 */
function gestationSpan(r: Reader, a: Atom, b: Atom, c: Atom | undefined, d: Atom | undefined): number | undefined {
  if (!c || !d || !weeksAndDays(r, a, b) || c.date || d.date || !c.integer || !d.integer || c.value < a.value || c.value > 45 || d.value > 6) return undefined;
  if (!WEEKS_PLUS.test(gap(r, a, b)) || !WEEKS_PLUS.test(gap(r, c, d)) || !GESTATION_SPAN_SEP.test(gap(r, b, c))) return undefined;
  const unit = (r.lang === 'zh' ? ZH.WEEKS_PLUS_DAYS : EN.WEEKS_PLUS_DAYS).weeksAfter.exec(r.folded.slice(d.end, d.end + 8));
  return unit ? d.end + unit[0].length : undefined;
}

/** Between the whole weeks of one end of a span of gestational ages and the other end: `26～`, `26 weeks to `. */
const WHOLE_WEEKS_SPAN_SEP = { en: /^\s*(?:(?:weeks?|wks?)\s*)?(?:to|through|-|–|~)\s*$/i, zh: /^\s*(?:周\s*)?(?:-|~|至|到)\s*$/ };

/** Whether atom `a` may be whole weeks of gestation (20 to 45). */
function gestationWeeks(a: Atom): boolean {
  return !a.date && a.integer && a.form === 'digits' && a.value >= 20 && a.value <= 45;
}

/**
 * Where `26～31+6周` or `26 to 31+6 weeks` (atoms `a`, then `c` and `d`, the far end's weeks and days,
 * joined by `+`, the unit after the days) ends; undefined for any other text.
 */
function gestationFarDays(r: Reader, a: Atom, c: Atom, d: Atom | undefined): number | undefined {
  if (!d || !gestationWeeks(a) || !gestationWeeks(c) || d.date || !d.integer || d.value > 6 || c.value < a.value) return undefined;
  if (!WHOLE_WEEKS_SPAN_SEP[r.lang].test(gap(r, a, c)) || !WEEKS_PLUS.test(gap(r, c, d))) return undefined;
  const unit = (r.lang === 'zh' ? ZH.WEEKS_PLUS_DAYS : EN.WEEKS_PLUS_DAYS).weeksAfter.exec(r.folded.slice(d.end, d.end + 8));
  return unit ? d.end + unit[0].length : undefined;
}

/**
 * Where `28+1～32周` or `28+1 to 32 weeks` (atoms `a` and `b`, the near end's weeks and days, then `c`,
 * the far end's whole weeks, the unit after it) ends; undefined for any other text.
 */
function gestationNearDays(r: Reader, a: Atom, b: Atom, c: Atom | undefined): number | undefined {
  if (!c || !gestationWeeks(a) || !gestationWeeks(c) || b.date || !b.integer || b.value > 6 || c.value <= a.value) return undefined;
  if (!WEEKS_PLUS.test(gap(r, a, b)) || !GESTATION_SPAN_SEP.test(gap(r, b, c))) return undefined;
  const unit = (r.lang === 'zh' ? ZH.WEEKS_PLUS_DAYS : EN.WEEKS_PLUS_DAYS).weeksAfter.exec(r.folded.slice(c.end, c.end + 8));
  return unit ? c.end + unit[0].length : undefined;
}

/** Where `34 2/7 weeks` (atoms `a`, `b` and the 7 after the slash) ends, its weeks included. */
function weeksAndSevenths(r: Reader, a: Atom, b: Atom, seven: Atom | undefined): number | undefined {
  if (r.lang !== 'en' || !seven || seven.value !== 7 || !weeksAndDays(r, a, b)) return undefined;
  if (!ONLY_SPACE.test(gap(r, a, b)) || !FRACTION_SEP.test(gap(r, b, seven))) return undefined;
  const unit = EN.WEEKS_PLUS_DAYS.weeksAfter.exec(r.folded.slice(seven.end, seven.end + 8));
  return unit ? seven.end + unit[0].length : undefined;
}

function anchorOf(r: Reader, start: number, end: number) {
  const text = r.text.slice(start, end);
  r.anchors.push({ offset: r.base + start, length: end - start, text, key: text.replace(/\D/g, ''), sentence: r.sentence.index });
}

// The patterns tried at every number, made once: a pattern written inside a function is a new object at each call.
/** A number at the start of the text after it, and the marks of the clause it ends with. */
const LEADING_NUMBER = /^[\d.零〇一二两三四五六七八九十百千万亿]+(?:\s\d+)*/;
const CLAUSE_END = /[，。；,;]/;
const NUMBER_RUN = /[\d.]+/;
/** What stands before each further number of a list the first one heads: `或`, `及`, `和`, `、` and a unit. */
const LIST_ITEM_GAP = /^[^\d]{0,4}[或及和、]\s?$/;

/**
 * `60岁及以上`, `3个月以上`, `1 000例以上`, `3级或3级以上`, `60岁或70岁以上` (and `5岁以下`): the 以上 (以下) after a number, with
 * no other number between but those of a list it heads (`50°时…80%以上` bounds the 80% alone).
 */
function andAboveAfter(after: string, word: '以上' | '以下' = '以上'): boolean {
  const number = LEADING_NUMBER.exec(after);
  if (!number) return false;
  const rest = after.slice(number[0].length);
  const at = rest.indexOf(word);
  if (at < 0 || CLAUSE_END.test(rest.slice(0, at))) return false;
  const gaps = rest.slice(0, at).split(NUMBER_RUN);
  return gaps.slice(0, -1).every((gap) => LIST_ITEM_GAP.test(gap));
}
/** `12 or less`, `three or more`, `65 years or older`: a bound written after its number (≤, ≥). */
const OR_BOUND_AFTER_EN = /^\S+(?:\s+[A-Za-z]+)?\s+or\s+(?:(less|fewer|lower|below|under|younger|smaller|shorter)|more|greater|higher|above|over|older|larger|longer)\b(?!\s+than\b)/i;
/** `47.1% (8/17)`, `8/17 patients [47.1%]`, `200名[ 28.2% ]`: side by side, one may name what it counts. */
const BESIDE_GAP = /^\s*(?:(?:[A-Za-z]+|[例名位人](?:患者)?)\s*[(（\[]|[(（\[,，])\s*$/;
const CLOSING_BRACKET_AFTER = /^\s*[)）]/;
/** A length unit after a number or a slash, then one space: where a PDF puts the `2` of `km²` or `kg/hm²`. */
const STRAY_POWER_BEFORE = /(?:\d|\/)\s?(?:[kcdh]?m) $/;
/** What follows a stray superscript: a mark, the end, or a word that joins (`120 km 2 and 30 km 2`), never a digit or a noun it counts. */
const STRAY_POWER_AFTER = /^(?:\s?[,.;:)\]/，。；：）、]|\s(?:and|or)\b|$)/;
const CELL_NAME_AFTER = /^[A-Za-z]{0,3}\s*[(（][A-Za-z-]{1,10}([\d.,]+)[A-Za-z]{0,3}[)）]/;
const NAME_IN_BRACKETS_BEFORE = /[(（][A-Za-z]{1,6}[)）]\s*$/;
/**
 * After a bracketed abbreviation a number in digits or numerals continues the name only as a whole number that
 * measures nothing (`T helper (Th) 17 cells`); with decimals, a percent sign, a unit or a
 * counter it is the amount the abbreviation's measure has: `(CRP) 12.5 mg/L`, `（LVEF）42.6%`,
 * `（PR）8例`, `(PR) 8 patients`.
 */
function namesAfterBracket(a: Atom, after: string, lang: Lang): boolean {
  // A word glued after the bracket by a PDF (`(SDP)one that`) is no amount either.
  if (a.form === 'words') return true;
  if (!a.integer || PERCENT_AFTER.test(after)) return false;
  if (lang === 'zh' && ZH.COUNTER.test(after)) return false;
  const unit = matchUnit(after, lang);
  return unit === undefined || unit.unit === 'cells';
}
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;
/** A line end, then at most a page number's frame (`·`, `—`), before digits; after them the frame and a line end. */
const PAGE_NUMBER_BEFORE = new RegExp(String.raw`[\r\n][^\S\r\n]*(?:${PAGE_FRAME}[^\S\r\n]*)?$`);
/** The same frame opening a sentence: the page broke between two sentences. */
const PAGE_NUMBER_OPENS = new RegExp(String.raw`^[^\S\r\n]*(?:${PAGE_FRAME}[^\S\r\n]*)?$`);
const PAGE_NUMBER_AFTER = new RegExp(String.raw`^(?:[^\S\r\n]*${PAGE_FRAME})?[^\S\r\n]*\r?\n`);
const RANK_BEFORE_ZH = /第\s*$/;
/** Digits of a list after one 第, before the number in hand (`第5、6、` before `7次`), and the rest of it after one. */
const RANK_LIST_BEFORE_ZH = /第\s?\d{1,3}(?:\s?[、,，和及与]\s?\d{1,3})*\s?[、,，和及与]\s?$/;
const RANK_LIST_AFTER_ZH = /^(?:\s?[、,，和及与]\s?\d{1,3}(?![\d.]))+/;
const PERCENT_SIGN_AFTER = /^\s*%/;
const PERCENT_AFTER = /^\s*(?:%|per\s?cent\b)/i;
const OUT_OF_ZH = /^\s*[例名位人]\p{Script=Han}{0,4}?中\s*(?:[,，]\s*)?(?:(?:的|有)\s*)?$/u;
/** `from`, or glued to the word before it as text from a PDF writes it (`fellfrom 612 to 438`): no English word ends in `from` but its compounds. */
const FROM_BEFORE = /from\s+$/i;
/** Geological ages (units.ts), which count back from the present. */
const AGES_BEFORE_PRESENT = new Set(['ka', 'ma', 'ga']);
const TWO_DIGITS = /^\d{2}$/;
const ONLY_SPACE = /^\s+$/;
const RANGE_TO_BEFORE = /(?:\bto|\bthrough|[-–~至到])\s*$/;
/** `the 1990 s`: a decade a PDF split, not 1990 seconds. */
const BARE_S = /^\s*s\b/;

function qualifiers(r: Reader, start: number): { comparator?: Comparator; approx?: boolean; looseBound?: boolean } {
  const before = r.folded.slice(Math.max(0, start - 24), start);
  const out: { comparator?: Comparator; approx?: boolean; looseBound?: boolean } = {};
  const last = lastWordOf(before);
  const words = (r.lang === 'en' ? EN.QUALIFIER_ENDS : ZH.QUALIFIER_ENDS).has(last);
  if (words && (r.lang === 'en' ? APPROX_EN : APPROX_ZH).test(before)) out.approx = true;
  // The symbols first, then the words, as one list in that order: the last that matches wins.
  if (SIGN_ENDS.has(last)) for (const [re, cmp] of CMP_SYMBOL) if (re.test(before)) out.comparator = cmp;
  if (words) for (const [re, cmp, loose] of r.lang === 'en' ? EN.COMPARATOR_WORDS : ZH.COMPARATOR_WORDS) {
    if (!re.test(before)) continue;
    out.comparator = cmp;
    if (loose) out.looseBound = true;
    else delete out.looseBound;
  }
  if (r.lang === 'en' && !out.comparator) {
    const bound = OR_BOUND_AFTER_EN.exec(r.folded.slice(start, start + 40));
    if (bound) out.comparator = bound[1] ? '<=' : '>=';
  }
  if (r.lang === 'zh') {
    const after = r.folded.slice(start, start + 40);
    if (out.comparator && ZH.COMPARATIVE_BEFORE.test(before) && ZH.CALENDAR_MONTHS_AT.test(after)) {
      delete out.comparator;
      delete out.looseBound;
    }
    if ((last === '数' || last === '上') && ZH.SEVERAL_BEFORE.test(before) && ZH.SEVERAL_SCALE.test(after)) out.approx = true;
    // `高于1000 m以下站点`: a 以上 or 以下 after the number bounds the number itself, while a comparative word
    // before it compares the whole phrase (stations below 1000 m); the bound after wins where the two disagree.
    const own = after.includes('以上') && andAboveAfter(after) ? '>=' : after.includes('以下') && andAboveAfter(after, '以下') ? '<=' : undefined;
    if (own && (!out.comparator || out.comparator[0] !== own[0])) Object.assign(out, { comparator: own, looseBound: true });
  }
  return out;
}

/**
 * `3;0–5;11`, `4;6`: ages in years;months as child language writes them, each one age in months,
 * where the sentence speaks of ages; the months are 0 to 11 and the semicolon has no space.
 */
function mergeYearsMonths(folded: string, lang: Lang, atoms: Atom[]): void {
  if (!(lang === 'en' ? EN.AGE_WORDS : ZH.AGE_WORDS).test(folded)) return;
  for (let i = 0; i + 1 < atoms.length; i++) {
    const [y, m] = [atoms[i]!, atoms[i + 1]!];
    if (folded[y.end] !== ';' || m.start !== y.end + 1 || m.end - m.start > 2 || y.date || m.date) continue;
    if (y.form !== 'digits' || m.form !== 'digits' || !y.integer || !m.integer || y.value > 21 || m.value > 11) continue;
    if (NOT_AGE_EDGE.test(folded[y.start - 1] ?? '') || NOT_AGE_EDGE.test(folded[m.end] ?? '')) continue;
    atoms.splice(i, 2, { ...m, start: y.start, value: y.value * 12 + m.value, unit: 'month', yearsMonths: true });
  }
}
/** What stands beside a years;months age in a list of numbers or a longer code (`1;2;3`, `2.3;4`), not an age. */
const NOT_AGE_EDGE = /[\d.;:]/;

/**
 * A time of day, in minutes after midnight, and where its claim ends: `8:00`, `16:30`, `8 am`,
 * `4:30 p.m.`, `8：00`, `上午8时`, `下午4点`. Hours and minutes without a word of the day (`1:30`, `1:50`)
 * are a time only at the full hour or after noon: a dilution or ratio is written so too.
 */
function clockTime(r: Reader, a: Atom, b: Atom | undefined): { end: number; minutes: number; withMinutes: boolean } | undefined {
  if (!a.integer || a.form !== 'digits' || a.value > 24 || a.end - a.start > 2) return undefined;
  const { folded, lang } = r;
  const minutes = b && folded[a.end] === ':' && b.start === a.end + 1 && b.end - b.start === 2 && b.form === 'digits' && b.integer && b.value < 60 ? b : undefined;
  if (minutes && folded[minutes.end] === ':') return undefined;
  const end = minutes ? minutes.end : a.end;
  // A bare hour needs a word of the day or the far end of a span after it: most numbers have neither.
  const next = folded[end] === ' ' ? folded[end + 1] : folded[end];
  if (!minutes && (next === undefined || !CLOCK_WORD_STARTS.includes(next))) return undefined;
  const after = folded.slice(end, end + 16);
  const fullHourOrAfterNoon = minutes !== undefined && (minutes.value === 0 || a.value >= 13);
  if (lang === 'en') {
    // `from 8 to 10 a.m.`: the far end's word of the day is the near end's too.
    const word = EN.CLOCK_AFTER.exec(after) ?? (minutes ? null : EN.CLOCK_AFTER.exec(EN.CLOCK_RANGE_END.exec(after)?.[1] ?? ''));
    if (!word && !fullHourOrAfterNoon) return undefined;
    if (word && a.value > 12) return undefined;
    const hour = word && word[0].includes('p') ? (a.value % 12) + 12 : word && a.value === 12 && word[0].includes('a') ? 0 : a.value;
    return { end, minutes: hour * 60 + (minutes?.value ?? 0), withMinutes: minutes !== undefined };
  }
  const before = folded.slice(Math.max(0, a.start - 3), a.start);
  // `上午8时至10时`: the far end of a span of the day is in the near end's part of it (`20:00—08:00` counts 24 hours).
  const last = r.claims[r.claims.length - 1];
  const spanFrom = !minutes && last?.unit === 'clock' && last.sentence === r.sentence.index && RANGE_SEP_ZH.test(folded.slice(last.offset + last.length - r.base, a.start)) ? last : undefined;
  const morning = ZH.MORNING_BEFORE.test(before) || (spanFrom !== undefined && spanFrom.value < 720);
  const afternoon = ZH.AFTERNOON_BEFORE.test(before) || (spanFrom !== undefined && spanFrom.value >= 720);
  // `下午2—4时`: the near end of a span of the day, whose far end carries the word for the hour.
  const hourWord = minutes ? null : ZH.CLOCK_HOUR_AFTER.exec(after) ?? (ZH.CLOCK_RANGE_END.test(after) ? [''] : null);
  if (minutes ? !fullHourOrAfterNoon && !morning && !afternoon : !hourWord || (!morning && !afternoon)) return undefined;
  const hour = afternoon && a.value < 12 ? a.value + 12 : morning && a.value === 12 ? 0 : a.value;
  return { end: end + (hourWord?.[0].length ?? 0), minutes: hour * 60 + (minutes?.value ?? 0), withMinutes: minutes !== undefined };
}

/** What starts the word of the day (`am`, `p.m.`, `o'clock`, `时`, `点`) or the far end of a span (`-`, `to`, `至`) after an hour. */
const CLOCK_WORD_STARTS = 'apo-–—~～t至到时点';

/** A years;months age is in months, and a year unit after it (`5;11岁`) is its own. */
function ageUnit(a: Atom, unit: UnitMatch | undefined): UnitMatch | undefined {
  if (!a.yearsMonths || (unit && unit.unit !== 'year')) return unit;
  return { unit: 'month', length: unit?.length ?? 0 };
}

/** The claims a sentence's reading looks back to: the last percentage, duration, fraction and p-value. */
interface SentenceState {
  lastPercent?: Claim;
  lastDuration?: Claim;
  lastFraction?: Claim;
  lastP?: Claim;
  /** Where the last level in so many patients ended (`score was 10 in 21`): a list of them goes on with the next. */
  levelInEnd?: number;
}

/** Two claims a sentence states side by side (`47.1% (8/17)`) name each other. */
function linkBeside(r: Reader, c: Claim, prev: Claim | undefined): void {
  if (prev && BESIDE_GAP.test(r.folded.slice(prev.offset + prev.length - r.base, c.offset - r.base))) {
    c.beside = prev.id;
    prev.beside = c.id;
  }
}

function readSentence(r: Reader): void {
  const { atoms, folded, lang } = r;
  const st: SentenceState = {};
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    // A date is one claim; the ends of a calendar span are two dates, never a range.
    if (a.date) {
      emit(r, a.start, a.end, { kind: 'date', value: a.value, decimals: 0, form: a.form, date: a.date });
      continue;
    }
    const next = atoms[i + 1];
    // `另1个社区`, `另一组`: the other one of two, which English names without a number (`the other`).
    if (lang === 'zh' && a.value === 1 && a.high === undefined && ZH.OTHER_ONE_BEFORE.test(folded.slice(Math.max(0, a.start - 2), a.start))) continue;
    // `三四天`: two neighbouring numerals are a range, 3 to 4 days.
    if (a.high !== undefined) {
      const unit = matchUnit(folded.slice(a.end, a.end + 30), lang);
      emit(r, a.start, a.end + (unit?.length ?? 0), { kind: 'range', value: a.value, low: a.value, high: a.high, decimals: 0, form: a.form, ...(unit ? { unit: unit.unit } : {}) });
      continue;
    }
    // `the second to fourth years`, `2nd-4th weeks`: a span of ranks of a time, as `第2～4年` writes it.
    const ranks = lang === 'en' && next ? rankSpan(r, a, next) : undefined;
    if (ranks) {
      emit(r, a.start, ranks.end, { kind: 'range', value: a.value, low: a.value, high: next!.value, decimals: 0, form: a.form, unit: ranks.unit });
      i++;
      continue;
    }
    // A Roman grade counts nothing (`class III patients`); two joined are a range of grades (`grade III-IV`, `Ⅲ～Ⅳ级`).
    if (a.label) {
      const joined = next?.label === true && (lang === 'en' ? RANGE_SEP_EN : RANGE_SEP_ZH).test(folded.slice(a.end, next.start));
      emit(r, a.start, joined ? next.end : a.end, joined ? { kind: 'range', value: a.value, low: a.value, high: next.value, decimals: 0, form: a.form } : { kind: 'number', value: a.value, decimals: 0, form: a.form, ...qualifiers(r, a.start) });
      if (joined) i++;
      continue;
    }
    // `27+3 to 33+1 weeks`, `27+3～33+1周`: a span of gestational ages, read in days.
    const span = next ? gestationSpan(r, a, next, atoms[i + 2], atoms[i + 3]) : undefined;
    if (span !== undefined) {
      const [low, high] = [a.value * 7 + next!.value, atoms[i + 2]!.value * 7 + atoms[i + 3]!.value];
      emit(r, a.start, span, { kind: 'range', value: low, low, high, decimals: 0, form: a.form, unit: 'day' });
      i += 3;
      continue;
    }
    // `26～31+6周`, `26 to 31+6 weeks`: a span whose far end alone has days; read as `36周至37周+6天` and
    // `26 weeks to 31 weeks and 6 days` are, a range of whole weeks and the days apart.
    const farDays = next ? gestationFarDays(r, a, next, atoms[i + 2]) : undefined;
    if (farDays !== undefined) {
      const d = atoms[i + 2]!;
      emit(r, a.start, next!.end, { kind: 'range', value: a.value, low: a.value, high: next!.value, decimals: 0, form: a.form, unit: 'week' });
      if (d.value > 0) emit(r, d.start, d.end, { kind: 'number', value: d.value, decimals: 0, form: d.form, unit: 'day' });
      i += 2;
      continue;
    }
    // `28+1～32周`, `28+1 to 32 weeks`: a span whose near end alone has days; read as `28 weeks and 1 day to
    // 32 weeks` is, the near end an age in days and the far end in weeks.
    const nearDays = next ? gestationNearDays(r, a, next, atoms[i + 2]) : undefined;
    if (nearDays !== undefined) {
      const c = atoms[i + 2]!;
      emit(r, a.start, next!.end, { kind: 'number', value: a.value * 7 + next!.value, decimals: 0, form: a.form, unit: 'day' });
      emit(r, c.start, nearDays, { kind: 'number', value: c.value, decimals: 0, form: c.form, unit: 'week' });
      i += 2;
      continue;
    }
    // `孕34+2周`, `34 weeks and 2 days`: one gestational age, read in days.
    const gestation = next ? weeksPlusDays(r, a, next) : undefined;
    if (gestation !== undefined) {
      emit(r, a.start, gestation, { kind: 'number', value: a.value * 7 + next!.value, decimals: 0, form: a.form, unit: 'day' });
      i++;
      continue;
    }
    // `34 2/7 weeks`: the same in weeks and sevenths (a range of them, `36 0/7 to 37 6/7 weeks`, is read below).
    const sevenths = next ? weeksAndSevenths(r, a, next, atoms[i + 2]) : undefined;
    if (sevenths !== undefined) {
      emit(r, a.start, sevenths, { kind: 'number', value: a.value * 7 + next!.value, decimals: 0, form: a.form, unit: 'day' });
      i += 2;
      continue;
    }
    // `1岁9个月`, `1 year and 9 months`: one age, read in months.
    if (next && !next.date && a.integer && next.integer && COMPOUND_AGE[lang].test(folded.slice(a.end, next.start)) && /^\s*(?:个)?月(?!\s*龄)|^\s*months?\b|^[-‐]month[-‐]old\b/i.test(folded.slice(next.end, next.end + 10))) {
      atoms[i + 1] = { ...next, start: a.start, value: a.value * 12 + Math.abs(next.value), unit: 'month' };
      continue;
    }
    // `8:00`, `8 am`, `上午8时`: a time of day, in minutes after midnight; never a ratio 8/0.
    const clock = clockTime(r, a, next?.date ? undefined : next);
    if (clock) {
      emit(r, a.start, clock.end, { kind: 'number', value: clock.minutes, decimals: 0, form: 'digits', unit: 'clock' });
      if (clock.withMinutes) i++;
      continue;
    }
    const b = next?.date ? undefined : next;
    const before = folded.slice(Math.max(0, a.start - 30), a.start);
    const afterA = folded.slice(a.end, a.end + 30);
    // What ends `before`: the patterns that end there in a bracket or 第 are tried only after one.
    const last = lastWordOf(before);

    // `7 500 kg/hm 2`, `120 km 2`: the superscript of an area or a volume that a PDF set apart from its unit, no number.
    if ((a.value === 2 || a.value === 3) && a.form === 'digits' && a.end - a.start === 1 && STRAY_POWER_BEFORE.test(before) && STRAY_POWER_AFTER.test(afterA)) continue;
    // A page number alone on its line inside a sentence that runs on over a page of PDF text (`1352`, `·1124·`).
    if (a.integer && a.form === 'digits' && PAGE_NUMBER_AFTER.test(afterA) && (PAGE_NUMBER_BEFORE.test(before) || (a.start < 8 && PAGE_NUMBER_OPENS.test(folded.slice(0, a.start))))) continue;
    // List markers (1), (2), and `结果表明：1)…；2)…`: order, not amount. A sign makes it an amount: `(-28)`, `(+3)`.
    // So is the size of a group in a bracket after its name, `an intervention group (48)`, `对照组（48）`,
    // when neither neighbour of the number closes a bracket in the passage as a list's markers would.
    if (
      a.integer && a.form === 'digits' && CLOSING_BRACKET_AFTER.test(afterA) && a.value < 50 && a.value >= 0 && folded[a.start] !== '+' &&
      (LIST_MARKER.test(before) || (LIST_OPENER.test(before) && !openBracket(before)) || gluedListMarker(r.passage.text, before, a.value)) &&
      !groupSizeInBracket(r.passage.text, before, a.value, lang) &&
      !(COUNT_BRACKET_BEFORE.test(before) && COUNT_BRACKET_AFTER.test(afterA))
    ) continue;
    // "T helper (Th) 17", "辅助性 T 细胞 17(Th17)": the number is part of a cell name.
    const named = CELL_NAME_AFTER.exec(afterA);
    if (((last === ')' || last === '）') && NAME_IN_BRACKETS_BEFORE.test(before) && namesAfterBracket(a, afterA, lang)) || (named !== null && named[1] === folded.slice(a.start, a.end).replace(/[^\d.,]/g, ''))) {
      anchorOf(r, a.start, a.end);
      continue;
    }

    // A year of school within its stage is the grade Chinese counts from grade 1 (`first-year senior high` = 高一 = 10).
    if (lang === 'en' && a.integer && a.value >= 1 && a.value <= 3) {
      const stage = (a.ordinal ? EN.SCHOOL_YEAR_STAGE_AFTER.exec(afterA) : null) ?? (EN.SCHOOL_STAGE_YEAR_AFTER.test(afterA) ? EN.SCHOOL_STAGE_BEFORE.exec(before) : null);
      if (stage) {
        emit(r, a.start, a.end, { kind: 'ordinal', value: a.value + EN.SCHOOL_STAGE_OFFSETS[stage[1]!.toLowerCase()]!, decimals: 0, form: a.form, unit: 'ordinal' });
        continue;
      }
    }

    // Ranks compare with ranks: `4th`, `fourth`, `第四届`, `第4次` are not counts.
    const suffix = ORDINAL_SUFFIX.exec(afterA);
    // But a birthday is an age: `by their first birthday`, `before the 5th birthday` are 1 and 5 years (1岁时, 5岁前).
    if (lang === 'en' && a.integer && (a.ordinal || suffix) && EN.BIRTHDAY_AFTER.test(afterA.slice(a.ordinal ? 0 : suffix![0].length))) {
      emit(r, a.start, a.end + (a.ordinal ? 0 : suffix![0].length), { kind: 'number', value: a.value, decimals: 0, form: a.form, unit: 'year' });
      continue;
    }
    const lead = lang === 'zh' && last === '第' ? RANK_BEFORE_ZH.exec(before) : null;
    // One 第 and one counter of ranks around a list rank each number of it: `第5、6、7次` (5th, 6th and 7th).
    const inList = lang === 'zh' && a.form === 'digits' && (lead !== null || RANK_LIST_BEFORE_ZH.test(before));
    const counterAt = inList ? afterA.replace(RANK_LIST_AFTER_ZH, '') : afterA;
    const rankZh = lang === 'zh' ? (lead || inList ? ZH_ORDINAL_COUNTER : ZH.ORDINAL_AFTER).exec(counterAt) : null;
    // Without 第, a numeral before ORDINAL_AFTER ranks as digits do (`二年级`, `一季度`).
    if (a.ordinal || (a.integer && (a.form === 'digits' || (lang === 'zh' && !lead)) && (lang === 'en' ? suffix : rankZh))) {
      const start = a.start - (lead?.[0].length ?? 0);
      const listed = counterAt !== afterA;
      const end = a.end + (lang === 'en' ? suffix?.[0].length ?? 0 : listed ? 0 : (rankZh ?? ZH_ORDINAL_COUNTER.exec(afterA))?.[0].length ?? 0);
      emit(r, start, end, { kind: 'ordinal', value: a.value, decimals: 0, form: a.form, unit: 'ordinal' });
      continue;
    }

    // A fraction or a percentage written as one token: one-third, 三分之一, 百分之八十.
    if (a.parts) {
      // `逾半数`, `more than one-third`: a bound or a hedge before a proportion is part of it.
      const c = emit(r, a.start, a.end, { kind: 'fraction', value: a.value, num: a.parts.num, den: a.parts.den, decimals: 0, form: a.form, ...qualifiers(r, a.start) });
      st.lastFraction = c;
      continue;
    }
    if (a.percent) {
      st.lastPercent = emit(r, a.start, a.end, { kind: 'percent', value: a.value, decimals: a.decimals, form: a.form, ...qualifiers(r, a.start) });
      continue;
    }

    // p-values: P< 0.05, P＜0.05, p = .036
    // Each form ends in a sign, or holds the word for the value: most numbers have neither before them.
    const p = (SIGN_ENDS.has(last) ? P_BEFORE.exec(before) : null) ?? (before.includes('value') || before.includes('值') ? P_WAS.exec(before) : null);
    // A whole number from 2 up after `p =` is a dimension, the number of variables statistics calls p
    // (`p = 100, 200 and 500`), never a probability: it is read as a number.
    if (p && !(a.decimals === 0 && a.value >= 2 && a.form === 'digits')) {
      st.lastP = emit(r, a.start - p[0].length + p[0].search(/[Pp](?![\s\S]*[Pp])/), a.end, {
        kind: 'pvalue', value: a.value, decimals: a.decimals, form: a.form, comparator: normalizeComparator(p[1] || '='),
      });
      continue;
    }
    // The next of a list that writes P and its sign once (`P<0.05, 0.01`) is a p-value too;
    // a value with a unit or a percent sign after it (`P<0.05, 0.12 mmol/L`) is not.
    if (
      st.lastP && a.form === 'digits' && a.decimals > 0 && a.value > 0 && a.value < 1 &&
      P_LIST_GAP.test(folded.slice(st.lastP.offset + st.lastP.length - r.base, a.start)) && !PERCENT_SIGN_AFTER.test(afterA) && !matchUnit(afterA, lang)
    ) {
      st.lastP = emit(r, a.start, a.end, { kind: 'pvalue', value: a.value, decimals: a.decimals, form: a.form, ...(st.lastP.comparator ? { comparator: st.lastP.comparator } : {}) });
      continue;
    }

    if (b) {
      const took = readTwo(r, st, i, a, b, before, last);
      if (took >= 0) {
        i += took;
        continue;
      }
    }

    // Percentages: 47.1%, 47.1 %, 80%(no death…)
    const pct = PERCENT_AFTER.exec(afterA);
    if (pct) {
      const c = emit(r, a.start, a.end + pct[0].length, {
        kind: 'percent', value: a.value, decimals: a.decimals, form: a.form, ...qualifiers(r, a.start),
      });
      linkBeside(r, c, st.lastFraction);
      st.lastPercent = c;
      continue;
    }
    // `约3成`: tenths after a digit, as `约三成` after a numeral (ZH.TENTHS).
    const tenth = lang === 'zh' && a.form === 'digits' && a.integer && a.value >= 1 && a.value <= 9 && afterA.startsWith('成')
      && (ZH.TENTH_AFTER.test(afterA) || ZH.TENTH_HEDGE_BEFORE.test(before));
    if (tenth) {
      emit(r, a.start, a.end + 1, { kind: 'percent', value: a.value * 10, decimals: 0, form: a.form, ...qualifiers(r, a.start) });
      continue;
    }

    const text = folded.slice(a.start, a.end);
    const unit = ageBand(r, a, afterA) ?? ageUnit(a, sideOfSize(matchUnit(afterA, lang), before));
    const unitBefore = matchUnitBefore(before, lang);
    // A number like a year after `year` is the calendar's (`the year 2019`, `test year 2022`), no year of a follow-up.
    if (
      (YEAR.test(text) && a.form === 'digits' && (!unit || unit.unit === 'year' || (unit.unit === 'second' && BARE_S.test(afterA)) || (lang === 'en' && EN.TITLE_AFTER_YEAR.test(afterA))) && (!unitBefore || unitBefore === 'year') && !countsNotYear(lang, before, afterA))
      || rocYear(r, a, before, afterA)
    ) {
      anchorOf(r, a.start, a.end);
      continue;
    }
    const end = a.end + (unit && lang === 'zh' ? unit.length : 0);
    const meanSd = unit || unitBefore || a.unit ? undefined : unitOfMeanSd(folded, a, lang, afterA, before, last);
    if (meanSd === 'percent') {
      st.lastPercent = emit(r, a.start, a.end, { kind: 'percent', value: a.value, decimals: a.decimals, form: a.form, ...qualifiers(r, a.start) });
      continue;
    }
    const c = emit(r, a.start, end, {
      kind: 'number', value: a.value, decimals: a.decimals, form: a.form,
      ...(unit ? { unit: unit.unit } : unitBefore && unitBefore !== 'ordinal' ? { unit: unitBefore } : a.unit ? { unit: a.unit } : meanSd ? { unit: meanSd } : {}),
      ...(a.more ? { comparator: '>' as const } : {}),
      ...qualifiers(r, a.start),
    });
    // `12 weeks (3 months)`: one duration stated in two units; each names the other beside it.
    if (st.lastDuration && c.unit !== undefined && c.unit !== st.lastDuration.unit && restates(st.lastDuration, c) && /^\s*(?:[A-Za-z]+\s*)?[(（]\s*$/.test(folded.slice(st.lastDuration.offset + st.lastDuration.length - r.base, c.offset - r.base))) {
      st.lastDuration.beside = c.id;
      c.beside = st.lastDuration.id;
    }
    st.lastDuration = durationDays(c) !== undefined ? c : undefined;
  }
}

/** A slash right after a unit's letters: `g/`, `μg/`, `mm /`, the number after it what the measure is per. */
const UNIT_SLASH_BEFORE = /[A-Za-zμ]\s?\/\s?$/;

/**
 * Two neighbouring numbers read as one claim or as two that depend on each other: a fraction, a
 * ratio, a range, a pressure, a season, a median's quartiles. How many atoms after `a` it took
 * (0 or 1), or -1 where `a` and `b` are read each on its own.
 */
function readTwo(r: Reader, st: SentenceState, i: number, a: Atom, b: Atom, before: string, last: string): number {
  const { folded, lang } = r;
  const g = gap(r, a, b);
  const bAfter = folded.slice(b.end, b.end + 30);
  // Blood pressure 130/80 mm Hg: two pressures, not a fraction.
  if (FRACTION_SEP.test(g) && /^\s*mm\s*hg/i.test(bAfter)) {
    const unit = matchUnit(bAfter, lang)!;
    emit(r, a.start, a.end, { kind: 'number', value: a.value, decimals: a.decimals, form: a.form, unit: unit.unit, ...qualifiers(r, a.start) });
    emit(r, b.start, b.end + (lang === 'zh' ? unit.length : 0), { kind: 'number', value: b.value, decimals: b.decimals, form: b.form, unit: unit.unit });
    return 1;
  }
  // A gestational age in weeks and sevenths, `36 0/7 to 37 6/7 weeks`: the sevenths are days
  // (`37周 + 6天`), and no days (`0/7`) state nothing.
  if (a.integer && b.integer && b.value === 7 && a.value <= 6 && FRACTION_SEP.test(g) && /\d\s+$/.test(before) && GESTATION_AFTER.test(bAfter)) {
    if (a.value > 0) emit(r, a.start, b.end, { kind: 'number', value: a.value, decimals: 0, form: 'digits', unit: 'day' });
    return 1;
  }
  // A season or school year names years, as a calendar span does: 2019/2020, 2015/16.
  if (FRACTION_SEP.test(g) && YEAR.test(folded.slice(a.start, a.end)) && (b.value === a.value + 1 || (b.end - b.start === 2 && b.value === (a.value + 1) % 100))) {
    anchorOf(r, a.start, b.end);
    return 1;
  }
  // A Snellen visual acuity, `20/40`, `6/12`: a ratio of distances, compared as written, never a count out of 40.
  if (FRACTION_SEP.test(g) && (a.value === 20 || a.value === 6) && a.integer && (r.visualAcuity ??= (lang === 'en' ? EN.VISUAL_ACUITY : ZH.VISUAL_ACUITY).test(folded))) {
    emit(r, a.start, b.end, { kind: 'ratio', value: a.value / b.value, num: a.value, den: b.value, decimals: 0, form: 'digits' });
    return 1;
  }
  // `Of the 45 children, 38 completed`: the group named first, then the count of it, as `45例患儿中38例`
  // writes it; not a percentage or an amount with its unit (`Of the 120 patients, 38% were`).
  if (
    lang === 'en' && a.integer && b.integer && b.value <= a.value && a.form === 'digits' && b.form === 'digits' &&
    EN.OF_GROUP_BEFORE.test(before) && EN.GROUP_THEN_COUNT.test(g) && !PERCENT_SIGN_AFTER.test(bAfter) && !matchUnit(bAfter, lang)
  ) {
    const unit = matchUnit(g, lang);
    const c = emit(r, a.start, b.end, {
      kind: 'fraction', value: b.value / a.value, num: b.value, den: a.value, decimals: 0, form: 'digits',
      ...(unit?.unit === 'patient' ? { unit: unit.unit } : {}),
    });
    st.lastFraction = c;
    return 1;
  }
  // Fractions: 8/17, 1 of 6 (not 1/2a, not dates).
  // `41/63例`: the persons counted stand glued to the denominator, as after any Chinese count.
  // Not a slash between two means with their SDs, `168±14/98±10 mmHg`: a pressure, whose 14 is an SD.
  const counted = lang === 'zh' ? ZH.FRACTION_PERSON_COUNTER.exec(bAfter) : null;
  // A Chinese word may follow one (`后1/3的学生`, `近1/3的患者`, `2/3以上`), but not a date's, a code's or a counter (`1/3日`, `2/3期`, `12/40例次`).
  const closed = lang === 'zh' ? ZH.FRACTION_NOT_BEFORE : /^[\/\p{L}\d]/u;
  if (a.integer && b.integer && FRACTION_SEP.test(g) && !SD_SIGN_BEFORE.test(before) && !SD_AFTER.test(bAfter) && (counted || !closed.test(folded.slice(b.end, b.end + 1))) && folded[a.start - 1] !== '/') {
    const unit = matchUnit(bAfter, lang);
    const c = emit(r, a.start, b.end + (counted ? counted[0].length : 0), {
      kind: 'fraction', value: a.value / b.value, num: a.value, den: b.value, decimals: 0, form: 'digits',
      ...(unit ? { unit: unit.unit } : {}),
      // `近1/4（24.7%）`, `超过1/3`: a hedge or a bound before a share in digits, as before one in words.
      ...qualifiers(r, a.start),
    });
    linkBeside(r, c, st.lastPercent);
    st.lastFraction = c;
    return 1;
  }
  // `week 40 of 2022`: a point in a calendar year, no share of it.
  const pointOfYear = () => b.form === 'digits' && YEAR.test(folded.slice(b.start, b.end)) && matchUnitBefore(before, lang) !== undefined;
  if (lang === 'en' && a.integer && b.integer && OF_SEP.test(g) && !pointOfYear()) {
    const unit = matchUnit(bAfter, lang);
    // `assigned to one of three groups`: the count of the groups (三组之一), no share of them.
    if (a.value === 1 && unit?.unit === 'group') {
      emit(r, b.start, b.end, { kind: 'number', value: b.value, decimals: 0, form: b.form, unit: unit.unit });
      return 1;
    }
    const end = b.end;
    const c = emit(r, a.start, end, {
      kind: 'fraction', value: a.value / b.value, num: a.value, den: b.value, decimals: 0,
      form: a.form === 'digits' && b.form === 'digits' ? 'digits' : 'words', ...(unit ? { unit: unit.unit } : {}),
    });
    linkBeside(r, c, st.lastPercent);
    st.lastFraction = c;
    return 1;
  }
  // `1 in 20 cigarettes`, `one in five adults`, `nine out of ten`: a proportion (二十分之一, 五分之一), not two counts.
  // Not `5 in 20 min`: a duration or a measure after it makes it something else; not
  // `200 in 2018`, a count in a year (a proportion of one in a year-like number, `1 in 2000`, stays one);
  // nor `grade 3 in 12 patients`, `CPS≥10 in 47 cases`: a level the patients had (EN.LEVEL_BEFORE).
  const inYear = () => a.value > 1 && b.form === 'digits' && YEAR.test(folded.slice(b.start, b.end));
  // The levels of a list after the first (`the score was 10 in 21 patients, 11 in 14 and 12 in 3`) are levels too.
  const levelIn = lang === 'en' && IN_SEP.test(g) &&
    (EN.LEVEL_BEFORE.test(before) || (st.levelInEnd !== undefined && a.start - st.levelInEnd <= LEVEL_LIST_REACH && EN.LEVEL_LIST_GAP.test(folded.slice(st.levelInEnd, a.start))));
  if (levelIn) st.levelInEnd = b.end;
  if (lang === 'en' && a.integer && b.integer && a.value > 0 && a.value < b.value && IN_SEP.test(g) && !inYear() && !levelIn) {
    const unit = matchUnit(bAfter, lang);
    // `one in five deaths` (五分之一死者): the deaths are people counted, as patients are.
    if (!unit || unit.unit === 'patient' || unit.unit === 'death') {
      const c = emit(r, a.start, b.end, {
        kind: 'fraction', value: a.value / b.value, num: a.value, den: b.value, decimals: 0,
        form: a.form === 'digits' && b.form === 'digits' ? 'digits' : 'words', ...(unit ? { unit: unit.unit } : {}),
      });
      st.lastFraction = c;
      return 1;
    }
  }
  // 17例中8例, 699名患者中的200名.
  if (lang === 'zh' && a.integer && b.integer && OUT_OF_ZH.test(g) && /^\s*[例名位人]/.test(bAfter)) {
    const c = emit(r, a.start, b.end + bAfter.search(/[例名位人]/) + 1, {
      kind: 'fraction', value: b.value / a.value, num: b.value, den: a.value, decimals: 0, form: a.form, unit: 'patient',
    });
    linkBeside(r, c, st.lastPercent);
    st.lastFraction = c;
    return 1;
  }
  // 60对样品中有41个, 156个样点中的23个: a share of things, counted by what the Chinese counts.
  if (lang === 'zh' && a.integer && b.integer && b.value <= a.value && ZH.OUT_OF_THINGS.test(g) && ZH.SHARE_COUNTER.test(bAfter)) {
    const c = emit(r, a.start, b.end + ZH.SHARE_COUNTER.exec(bAfter)![0].length, {
      kind: 'fraction', value: b.value / a.value, num: b.value, den: a.value, decimals: 0, form: a.form === 'digits' && b.form === 'digits' ? 'digits' : 'words',
    });
    linkBeside(r, c, st.lastPercent);
    st.lastFraction = c;
    return 1;
  }
  // 每七位长者即有一位, 每10人中有1人: one in seven, a proportion of no cohort (not a rate's base, whose count is rarely whole and smaller).
  if (lang === 'zh' && a.integer && b.integer && b.value < a.value && ZH.RATE_BASE_BEFORE.test(before) && ZH.EVERY_N_HAS.test(g) && ZH.PERSON_COUNTER.test(bAfter)) {
    const c = emit(r, a.start, b.end + ZH.PERSON_COUNTER.exec(bAfter)![0].length, {
      kind: 'fraction', value: b.value / a.value, num: b.value, den: a.value, decimals: 0,
      form: a.form === 'digits' && b.form === 'digits' ? 'digits' : 'words',
    });
    st.lastFraction = c;
    return 1;
  }
  // A titer or dilution is one to any number: `1:320 to 1:2,560`, `1∶2 560` (not a range `320 to 1`).
  if (a.integer && b.integer && RATIO_SEP.test(g) && ((a.value < 100 && b.value < 100) || (a.value === 1 && a.end - a.start === 1 && b.value <= 1e6))) {
    emit(r, a.start, b.end, { kind: 'ratio', value: a.value / b.value, num: a.value, den: b.value, decimals: 0, form: 'digits' });
    return 1;
  }
  // A ratio to one with a decimal side, `2.8:1`, `2.8∶1`, `1:1.5` (a sex ratio, a ratio of doses); and in English prose
  // after `ratio` or `by`, `outnumbered women by 2.8 to 1`: never a range running backwards from 2.8 down to 1.
  if (
    (RATIO_SEP.test(g) && ((isOne(b) && !a.integer && a.value > 1 && a.value < 100) || (isOne(a) && !b.integer && b.value > 1 && b.value < 100))) ||
    (lang === 'en' && isOne(b) && a.value > 1 && a.value < 100 && TO_SEP_EN.test(g) && EN.RATIO_TO_ONE_BEFORE.test(before))
  ) {
    emit(r, a.start, b.end, { kind: 'ratio', value: a.value / b.value, num: a.value, den: b.value, decimals: Math.max(a.decimals, b.decimals), form: 'digits' });
    return 1;
  }
  // An item of a list whose unit is written once after the last (not a year, a rank, nor the first end of `between`).
  const listed =
    lang === 'en'
      ? (SUSPENDED_AND_EN.test(g) || LIST_COMMA_EN.test(g)) && !(last === 'between' && BETWEEN_BEFORE.test(before))
      : (LIST_SEP_ZH.test(g) || LIST_AND_ZH.test(g)) && !RANK_BEFORE_ZH.test(before) && !RANK_LIST_BEFORE_ZH.test(before);
  const shared = listed && !YEAR.test(folded.slice(a.start, a.end)) ? (lang === 'en' ? unitAfterList : unitAfterListZh)(r, i) : undefined;
  if (shared) {
    emit(r, a.start, a.end, { kind: 'number', value: a.value, decimals: a.decimals, form: a.form, unit: shared.unit, ...qualifiers(r, a.start) });
    return 0;
  }
  // `5（4，7）`, `80 (50, 120)`: a median's quartiles (M（P25，P75）), the range `(IQR, 4-7)` of the other version.
  const median = r.atoms[i - 1];
  if (
    median && LIST_COMMA_EN.test(g) && QUARTILES_OPEN.test(folded.slice(median.end, a.start)) && QUARTILES_CLOSE.test(bAfter) &&
    a.value <= median.value && median.value <= b.value && a.value < b.value
  ) {
    emit(r, a.start, b.end, { kind: 'range', value: a.value, low: a.value, high: b.value, decimals: Math.max(a.decimals, b.decimals), form: 'digits' });
    return 1;
  }
  // Ranges: 8-24 months, 3 ~ 36 months, 3～36个月, 56 to 112 days, 0.34 to 0.77, 10%-20%.
  // `10%-20%`: the first percent sign belongs to the range.
  const sepText = g.replace(PERCENT_SIGN_AFTER, '');
  const isBetween = lang === 'en' && last === 'between' && BETWEEN_BEFORE.test(before) && /^\s+and\s+$/i.test(g);
  // `declined from 0.37 to 0.23`: a change between two values, not a range; nor `grew by 6.1% to
  // 99.1 trillion`, `增加5%至20 mg`, a percentage on one end only.
  // Ends in two units compare in one: `from 6 months to 3 years` rises.
  // Ages before present count backwards: `from 65 to 24.6 Ma` is a span of time, as `65～24.6 Ma` is, not a fall.
  const falls = () => {
    const bUnit = matchUnit(bAfter, lang)?.unit;
    if (bUnit !== undefined && AGES_BEFORE_PRESENT.has(bUnit)) return false;
    const ends = inOneUnit(a.unit ?? matchUnit(sepText, lang)?.unit, a.value, bUnit, b.value);
    return ends.low > ends.high;
  };
  // `from 6.23 per 100,000 to 4.96 per 100,000`: the base of a rate starts no range.
  // `from 12.4% in women aged <25 years to 31.8% in women aged ≥35`: an end with a unit of its own
  // and a percentage at the other are two values, no range.
  const unitToPercent = !!(a.unit ?? matchUnit(sepText, lang)) && PERCENT_SIGN_AFTER.test(bAfter);
  // `12.4 g/10 min to 5.7 g/10 min`: a number after a unit's slash is what the measure is per (a melt flow
  // index, `mm/10 a`), which starts no range.
  const perBase = UNIT_SLASH_BEFORE.test(before);
  const isChange = unitToPercent || perBase || (last.endsWith('from') && FROM_BEFORE.test(before) && falls()) || (sepText !== g && !PERCENT_AFTER.test(bAfter)) || isRateBase(a.value, before, lang);
  // `from 1.02% in grade one to 7.35% in grade three`: no writer starts a range with a word and ends it
  // with a decimal or a percentage (`one to 7.35%`); the word names something else (a grade, a stage).
  // A decimal a scale word made whole is written as one still (`the first year to 0.55, 0.65 and 0.73 billion`).
  const wordToMeasure = !isBetween && a.form === 'words' && b.form === 'digits' && (b.decimals > 0 || (b.scale !== undefined && folded.slice(b.start, b.end).includes('.')) || PERCENT_SIGN_AFTER.test(bAfter));
  const aText = folded.slice(a.start, a.end);
  const bText = folded.slice(b.start, b.end);
  // Calendar spans name years, never a range of amounts: 2006-2015, 2010-12 (2010 to 2012; not `2015 to 29 μg`).
  const calendarSpan = (YEAR.test(aText) && (YEAR.test(bText) || (TWO_DIGITS.test(bText) && !PERCENT_SIGN_AFTER.test(bAfter) && !matchUnit(bAfter, lang))))
    || rocYear(r, a, before, g);
  // `from 46.3% in 2010 to 3.1% in 2019`: a year a preposition names is a date, no range's start.
  const yearNamed = lang === 'en' && !calendarSpan && YEAR.test(aText) && a.form === 'digits' && (YEAR_NAMED_BEFORE.test(before) || SPAN_START_BEFORE.test(before));
  // `from 31.4% at age 3 to 56.2% at age 5`: a time point's number, no range's start, before a percentage, or
  // in a change that `from` opened before it (`from 0.4 per 1,000 words at age 3 to 2.9`, `from 30 at week 4 to 25.5`).
  const pointNamed = lang === 'en' && EN.POINT_BEFORE_VALUE.test(before) &&
    (PERCENT_SIGN_AFTER.test(bAfter) || EN.FROM_OPEN_BEFORE.test(folded.slice(Math.max(0, a.start - 96), a.start)));
  // `decreased from 2.4±0.8 to 0.3±0.6`, `由15.2±5.1至2.3±2.0`: the SD of one mean and the next mean
  // are the ends of a change between two means ± SD, no range (it was read `0.8 to 0.3`).
  // With the unit sign after each value, `from 18.6%±9.4% to 7.3%±4.1%`, `108.6°±14.2° to 42.3°±11.8°`, too.
  const sdToMean = (MEAN_SD_BEFORE.test(before) || MEAN_UNIT_SD_BEFORE.test(before)) && (SD_AFTER.test(bAfter) || UNIT_SD_AFTER.test(bAfter));
  // `第40周至2023年第39周`: a point in time up to a calendar year, which the end's own point follows; no span of weeks.
  const sepUnit = a.unit ?? matchUnit(sepText, lang)?.unit;
  const toCalendarYear = !calendarSpan && b.form === 'digits' && YEAR.test(bText) && sepUnit !== undefined && sepUnit !== 'year';
  // `adjusted every 2 weeks to 7.5 mg`: a duration up to a dose is an interval and a value, no range;
  // two units that no conversion joins name two things.
  const unitsApart = sepUnit !== undefined && !!matchUnit(sepText, lang) && timeThenOther(sepUnit, matchUnit(bAfter, lang)?.unit);
  if (((lang === 'en' ? RANGE_SEP_EN : RANGE_SEP_ZH).test(sepText) || isBetween) && !isChange && !yearNamed && !pointNamed && !wordToMeasure && !sdToMean && !toCalendarYear && !unitsApart) {
    if (calendarSpan) {
      anchorOf(r, a.start, b.end);
      return 1;
    }
    const pct = PERCENT_SIGN_AFTER.exec(bAfter);
    const unit = pct ? undefined : ageUnit(b, matchUnit(bAfter, lang));
    const end = b.end + (pct ? pct[0].length : unit ? unit.length : 0);
    const ends = inOneUnit(a.unit ?? matchUnit(sepText, lang)?.unit, a.value, unit?.unit, b.value);
    emit(r, a.start, end, {
      kind: 'range', value: ends.low, low: ends.low, high: ends.high, decimals: Math.max(a.decimals, b.decimals),
      form: a.form === b.form ? a.form : 'digits',
      ...(pct ? { unit: 'percent' } : ends.unit ? { unit: ends.unit } : {}),
      ...(ends.highYears ? { highYears: true } : {}),
      ...qualifiers(r, a.start),
    });
    return 1;
  }
  return -1;
}

/**
 * `民國104年`: a year of the Republic of China's calendar (ZH.ROC_ERA_BEFORE); in a passage that
 * names the era, a later `109年` too (a three-digit year from 100, 2011 on; not `15年`, a duration).
 */
function rocYear(r: Reader, a: Atom, before: string, after: string): boolean {
  if (r.lang !== 'zh' || a.form !== 'digits' || !a.integer) return false;
  return ZH.ROC_ERA_BEFORE.test(before) || (a.value >= 100 && a.value <= 130 && after.startsWith('年') && rocEra(r.passage));
}
/** Whether a Chinese passage names the Republic of China's era, asked once a passage. */
const ROC_ERA = Symbol('rocEra');
function rocEra(passage: Passage & { [ROC_ERA]?: boolean }): boolean {
  return (passage[ROC_ERA] ??= passage.text.includes('民國') || passage.text.includes('民国'));
}

/**
 * `2019份样本`, `a total of 2019 samples`, `2009 to the antibody group`: a number like a year that a
 * counter, a count noun or an allocation follows counts.
 */
function countsNotYear(lang: Lang, before: string, after: string): boolean {
  if (SQUARE_OR_CUBE_AFTER.test(after)) return true;
  if (lang === 'zh') return ZH.COUNTER_NOT_YEAR.test(after);
  return EN.ALLOCATED_AFTER.test(after) || (EN.COUNT_NOUN_NOT_YEAR_AFTER.test(after) && (!EN.TIME_BEFORE_YEAR.test(before) || EN.COUNT_OF_BEFORE.test(before)));
}

/** A standard deviation after a mean, and the sign before one. */
const SD_AFTER = new RegExp(String.raw`^\s*${PLUS_MINUS}\s*(?:\d+(?:\.\d+)?|\.\d+)`);
const SD_SIGN_BEFORE = new RegExp(String.raw`${PLUS_MINUS}\s*$`);
/** A mean and its ± before a number, which is then the mean's SD: `2.4±`, `(28.6 ± `. */
const MEAN_SD_BEFORE = new RegExp(String.raw`\d\s*${PLUS_MINUS}\s*$`);
/** The same with a percent or degree sign after the mean and before its ±: `18.6%±`, and after the next mean: `%±4.1`. */
const MEAN_UNIT_SD_BEFORE = new RegExp(String.raw`\d\s*[%°]\s*${PLUS_MINUS}\s*$`);
const UNIT_SD_AFTER = new RegExp(String.raw`^\s*[%°]\s*${PLUS_MINUS}\s*(?:\d+(?:\.\d+)?|\.\d+)`);
const BRACKET_OPEN_BEFORE = /[(（[［]\s*$/;
const BRACKET_CLOSE_AFTER = /^\s*[)）\]］]/;
/** An opening bracket and a mean before its ± and the SD: `（385.2±`. */
const BRACKETED_MEAN_BEFORE = new RegExp(String.raw`[(（[［]\s*(?:\d+(?:\.\d+)?|\.\d+)\s*${PLUS_MINUS}\s*$`);

/**
 * `385.2±62.4 min`, `（385.2±62.4）min`, `24.8±7.6%`, `（24.8±7.6）%`: a mean ± SD writes its unit
 * (or percent sign) once, after the SD or after the bracket around both, and it is the mean's unit
 * as much as the SD's. `percent` stands for the sign.
 */
function unitOfMeanSd(folded: string, a: Atom, lang: Lang, afterA: string, before: string, last: string): string | undefined {
  // Most numbers stand beside no ±: the texts at hand tell, before any is cut.
  const mean = SD_AFTER.test(afterA);
  if (!mean && !((last === '±' || last === '-') && SD_SIGN_BEFORE.test(before))) return undefined;
  const unitAt = (text: string) => (PERCENT_SIGN_AFTER.test(text) ? 'percent' : matchUnit(text, lang)?.unit);
  const after = folded.slice(a.end, a.end + 60);
  const sd = mean ? SD_AFTER.exec(after) : null;
  if (sd) {
    const rest = after.slice(sd[0].length);
    const close = BRACKET_CLOSE_AFTER.exec(rest);
    if (!close) return unitAt(rest);
    return BRACKET_OPEN_BEFORE.test(folded.slice(Math.max(0, a.start - 4), a.start)) ? unitAt(rest.slice(close[0].length)) : undefined;
  }
  // The SD of a bracketed mean ± SD: its own unit stands after the bracket.
  const close = BRACKET_CLOSE_AFTER.exec(after);
  if (!close || !SD_SIGN_BEFORE.test(folded.slice(Math.max(0, a.start - 4), a.start))) return undefined;
  return BRACKETED_MEAN_BEFORE.test(folded.slice(Math.max(0, a.start - 30), a.start)) ? unitAt(after.slice(close[0].length)) : undefined;
}

const AGE_BAND_AFTER = /^\s*age\s+groups?\b/i;

/**
 * `the 40-49 and ≥50 age groups`: a bound before `age group` names the band by its age in years
 * (`≥50岁组`); `two age groups` still counts groups.
 */
function ageBand(r: Reader, a: Atom, afterA: string): UnitMatch | undefined {
  if (r.lang !== 'en' || !AGE_BAND_AFTER.test(afterA) || !qualifiers(r, a.start).comparator) return undefined;
  return { unit: 'year', length: 0 };
}

/** Two durations the text gives as one: 12 weeks and 3 months, 6 months and 26 weeks, 1 year and 12 months. */
function restates(a: Claim, b: Claim): boolean {
  const [da, db] = [durationDays(a), durationDays(b)];
  return da !== undefined && db !== undefined && da > 0 && db > 0 && Math.abs(da - db) <= 0.1 * Math.max(da, db);
}

/** Read every numeric claim of a passage, sentence by sentence. */
export function extractPassage(passage: Passage, source: string): Extraction {
  const claims: Claim[] = [];
  const anchors: Anchor[] = [];
  const counter = { n: 0 };
  // Each sentence folded once, for its numbers here and for the statistics readers after;
  // days are named in folded text too (`第０天`).
  const folds = new Map<Sentence, ScannedSentence>();
  for (const sentence of passage.sentences) {
    const folded = foldSentence(source.slice(sentence.offset, sentence.offset + sentence.length));
    folds.set(sentence, { text: folded.text, hasDigit: folded.hasDigit, words: wordKinds(folded.text) });
  }
  // Every way of naming a day by its number holds a digit.
  const dayPoints = passage.sentences.some((s) => {
    const f = folds.get(s)!;
    return f.hasDigit && namesDays(f.text);
  });
  for (const sentence of passage.sentences) {
    const text = source.slice(sentence.offset, sentence.offset + sentence.length);
    const { text: folded, hasDigit, words } = folds.get(sentence)!;
    const { atoms, mask } = findAtoms(folded, passage.lang, sentence.offset, sentence.index, dayPoints, hasDigit, words, text);
    if (folded.includes(';')) mergeYearsMonths(folded, passage.lang, atoms);
    // One at a time: spreading a sentence's worth of anchors into push overflows the stack on a huge sentence.
    for (const a of mask.anchors) anchors.push(a);
    readSentence({ lang: passage.lang, folded, text, base: sentence.offset, atoms, sentence, passage, claims, anchors, counter });
  }
  const english = extractStatistics(passage, source, folds);
  const stats = mergeStatistics(english, extractStatisticsZh(passage, source, english, folds));
  return { claims: tagStatisticValues(claims, stats, source), anchors, stats };
}
