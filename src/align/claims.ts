import {
  ARTICLE_BEFORE_NOUN as ARTICLE_BEFORE_NOUN_EN,
  COMPLEMENT_WORDS as COMPLEMENT_WORDS_EN,
  COUNTED as COUNTED_EN,
  COUNTED_AFTER as COUNTED_AFTER_EN,
  NONE_OF_ALL_BEFORE as NONE_OF_ALL_BEFORE_EN,
  EACH_STEP as EACH_STEP_EN,
  PER_THING as PER_THING_EN,
  EACH_GROUP_SIZE as EACH_GROUP_SIZE_EN,
  FREQUENCY_WORDS as FREQUENCY_WORDS_EN,
  GROUP_AMONG_BEFORE as GROUP_AMONG_BEFORE_EN,
  LABEL_BEFORE as LABEL_BEFORE_EN,
  PERIOD_ADJECTIVES as PERIOD_ADJECTIVES_EN,
  PER_YEARS_AFTER as PER_YEARS_AFTER_EN,
  ONCE_FOR_ALL as ONCE_FOR_ALL_EN,
  P_FOR_ALL_BEFORE as P_FOR_ALL_BEFORE_EN,
  RATE_BASE_BEFORE as RATE_BASE_BEFORE_EN,
  SIGN_IN_WORDS as SIGN_IN_WORDS_EN,
  STRENGTH_NAMES as STRENGTH_NAMES_EN,
} from '../lang/en.js';
import {
  COMPLEMENT_WORDS as COMPLEMENT_WORDS_ZH,
  ANNI_AFTER as ANNI_AFTER_ZH,
  COUNTER_AND_NOUN as COUNTER_AND_NOUN_ZH,
  EACH_GROUP_SIZE as EACH_GROUP_SIZE_ZH,
  GROUP_AMONG_AFTER as GROUP_AMONG_AFTER_ZH,
  NONE_OF_ALL_AFTER as NONE_OF_ALL_AFTER_ZH,
  HALF_EACH_AFTER as HALF_EACH_AFTER_ZH,
  ONCE_FOR_ALL as ONCE_FOR_ALL_ZH,
  P_FOR_ALL_BEFORE as P_FOR_ALL_BEFORE_ZH,
  P_FOR_ALL_WITHIN as P_FOR_ALL_WITHIN_ZH,
  PER_YEARS_AFTER as PER_YEARS_AFTER_ZH,
  PER_YEARS_ANYWHERE as PER_YEARS_ANYWHERE_ZH,
  RANK_IN_NUMERALS as RANK_IN_NUMERALS_ZH,
  PERIOD_OF_ONCE as PERIOD_OF_ONCE_ZH,
  RATE_SIGNS as RATE_SIGNS_ZH,
  SIGN_IN_WORDS as SIGN_IN_WORDS_ZH,
  STRENGTH_NAMES as STRENGTH_NAMES_ZH,
  THING_COUNTER as THING_COUNTER_ZH,
  STEP_BEFORE as STEP_BEFORE_ZH,
  PER_ONE_BEFORE as PER_ONE_BEFORE_ZH,
  TIME_SLICES as TIME_SLICES_ZH,
} from '../lang/zh.js';
import { foldWidth, parseChineseNumeral, powerOfTen } from '../extract/numerals.js';
import { isRateBase } from '../extract/units.js';
import { statedForAll } from './clauses.js';
import { asPlainFraction, componentValues, conversion, firstValue, halfUnit, maybeCalendarMonths, measured, nearInForm, sameClaim, oppositeClaims, sameConverted, sameMeasure, sameNumber, temperatureScales, unitsConflict, valueInUnit, PARTS_PER_UNITS } from '../numbers/equality.js';
import type { Bead, Claim, ClaimLink, Comparator, DroppedClaim, PairAlignment, PassageInfo, Sentence } from '../types.js';

export type { ClaimLink, DroppedClaim, PairAlignment };
import { firstAtOrAfter, passageIndex } from '../constraints/passage-index.js';
import { listSizes, type ListSizes } from './lists.js';
import { frequenciesIn, sameRate, type Frequency } from './frequencies.js';
import { UnreadForms } from './unread-forms.js';
import { exactNumberWord, GENERIC_UNITS, LISTED_UNITS, numeralValues, reportableWordCount, WordCounts } from './word-counts.js';
import { ALIGN_BAND, alignSentences } from './sentences.js';


/** The first Chinese sentence aligned with each English sentence, or the nearest before it. */
function alignedZhSentence(beads: Bead[]): Map<number, number> {
  const out = new Map<number, number>();
  let last = 0;
  for (const b of beads) {
    if (b.zh.length) last = b.zh[0]!;
    for (const e of b.en) out.set(e, last);
  }
  return out;
}




const DURATIONS = new Set(['day', 'week', 'month', 'year']);

/** The unit each number of a claim counts: in `37 6/7 weeks` the 6 and the 7 are not weeks (`37周 + 6天`). */
function partUnit(c: Claim): string | undefined {
  return c.kind === 'fraction' && c.unit !== undefined && DURATIONS.has(c.unit) ? undefined : c.unit;
}

/** The base of a claim's unit (`mg` of `mg/kg`), without splitting it into a list. */
function unitBase(c: Claim): string | undefined {
  const unit = partUnit(c);
  const slash = unit === undefined ? -1 : unit.indexOf('/');
  return slash < 0 ? unit : unit!.slice(0, slash);
}

/** Both name a unit and the units differ: 12 weeks and 12 months are different amounts. */
function unitsDiffer(a: Claim, b: Claim): boolean {
  const [ua, ub] = [partUnit(a), partUnit(b)];
  return ua !== undefined && ub !== undefined && !sameMeasure(ua, ub);
}

/** The same claim written with the same precision, or the same value exactly. */
function sameAsWritten(a: Claim, b: Claim): boolean {
  return sameClaim(a, b) && (a.decimals === b.decimals || a.value === b.value);
}

/** A bare number word or numeral (`三个小组`, `two of`) is weak evidence against a number that names its unit. */
const bareWord = (c: Claim) => c.form !== 'digits' && c.unit === undefined;

/** A count in words or numerals of a named thing: `两组`, `three cycles`. */
const countedInWords = (c: Claim) => c.form !== 'digits' && c.unit !== undefined;

/** Bare digits, of no unit: the `2` of `grade 2`. */
const bareDigits = (c: Claim) => c.form === 'digits' && c.unit === undefined;

/**
 * The same claim as written, a bare word only for a bare number: `3 months` is `3个月`, not the `三` before it;
 * and bare digits first for bare digits: the `grade 2` of `两组2级…分别为` is its `2`, not the `两组` the Chinese adds.
 */
function sameAsWrittenUnits(a: Claim, b: Claim): boolean {
  if ((bareWord(a) && b.unit !== undefined) || (bareWord(b) && a.unit !== undefined)) return false;
  if ((countedInWords(a) && bareDigits(b)) || (countedInWords(b) && bareDigits(a))) return false;
  return sameAsWritten(a, b);
}

/** Far more numbers than one sentence of an abstract holds. */
export const MAX_BEAD_CLAIMS = 200;

/**
 * The keys written for one pair's claims (see linkClaims, which empties it): a weak map keyed
 * by claims kept each pair's claims alive through young-generation collections.
 */
const exactKeys = new Map<Claim, string>();

/** Claims that state exactly the same thing share this key (written once a claim: its numbers are costly to print). */
function exactKey(c: Claim): string {
  let key = exactKeys.get(c);
  if (key === undefined) exactKeys.set(c, (key = `${c.kind}|${componentValues(c).join(',')}|${c.unit ?? ''}|${c.comparator ?? ''}`));
  return key;
}

/** Two numbers that print alike: equal (0 and −0 alike), or both NaN. */
const printAlike = (x: number | undefined, y: number | undefined) => x === y || (x !== x && y !== y);

/**
 * Whether two claims have one exactKey, without writing either: a key's kind ends at its
 * first `|`, its values (as many for one kind, none printed with `|` or `,`) at its second,
 * and its comparator (`<`, `>=`…) follows its last, so two keys are equal exactly when the
 * kinds, units and comparators are and the values print alike one by one. A bead's few
 * claims are compared so, pairwise, rather than each key printed and mapped.
 */
function sameExactKey(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind || (a.unit ?? '') !== (b.unit ?? '') || (a.comparator ?? '') !== (b.comparator ?? '')) return false;
  if (a.kind === 'range') return printAlike(a.low, b.low) && printAlike(a.high, b.high);
  if ((a.kind === 'fraction' || a.kind === 'ratio') && !(printAlike(a.num, b.num) && printAlike(a.den, b.den))) return false;
  return printAlike(a.value, b.value);
}

interface Stated {
  v: number;
  c: Claim;
}

const byValue = (a: Stated, b: Stated) => a.v - b.v;

const notANumber = (s: Stated) => Number.isNaN(s.v);

/** `list` sorted by value, stably: a short list in place by insertion, as the engine's sort copies every list it sorts. */
function sortByValue(list: Stated[]): void {
  if (list.length > 16 || list.some(notANumber)) {
    list.sort(byValue);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i;
    for (; j > 0 && list[j - 1]!.v > item.v; j--) list[j] = list[j - 1]!;
    list[j] = item;
  }
}

/** The index of the first of `values` (sorted by value) at `from` or above: a binary search. */
function firstFrom(values: Stated[], from: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]!.v < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** sameMeasure of two units' bases (from the fixed table of units), asked for every group of an index at every look-up: kept once worked out. */
const sameBases = new Map<string, Map<string, boolean>>();
function sameBase(a: string, b: string): boolean {
  const ofA = sameBases.get(a) ?? sameBases.set(a, new Map()).get(a)!;
  let same = ofA.get(b);
  if (same === undefined) ofA.set(b, (same = sameMeasure(a, b)));
  return same;
}

/**
 * Every number a version states (its magnitude), grouped by the base of its unit and
 * by precision and sorted, so "is this value anywhere over there, in a unit that does
 * not contradict it?" is a binary search in each group: one coarse number such as
 * `1 x 10(6)` must not widen the search window for all the others, and a long list of
 * the same value in another unit is never walked.
 */
class ValueIndex {
  private readonly groups = new Map<string, Map<number, Stated[]>>();

  private readonly dates: Claim[] = [];

  /** The amounts of a measure (`1900～3473 kg/667m2`, `15.8 km3`) by their whole unit, sorted: a value in another unit of the measure is looked up converted. */
  private readonly measures = new Map<string, Stated[]>();

  constructor(claims: Claim[]) {
    for (const c of claims) {
      if (c.kind === 'date') {
        this.dates.push(c);
        continue;
      }
      if (measured(c)) {
        const list = this.measures.get(c.unit!) ?? this.measures.set(c.unit!, []).get(c.unit!)!;
        for (const v of componentValues(c)) list.push({ v: Math.abs(v), c });
      }
      const unit = unitBase(c) ?? '';
      const byPrecision = this.groups.get(unit) ?? this.groups.set(unit, new Map()).get(unit)!;
      const list = byPrecision.get(c.decimals) ?? byPrecision.set(c.decimals, []).get(c.decimals)!;
      for (const v of componentValues(c)) list.push({ v: Math.abs(v), c });
    }
    for (const byPrecision of this.groups.values()) for (const list of byPrecision.values()) if (list.length > 1) sortByValue(list);
    for (const list of this.measures.values()) if (list.length > 1) sortByValue(list);
  }

  /** Whether `v` (written with `decimals` decimals in `claim`) stands here, in a unit that does not differ. */
  has(v: number, decimals: number, claim: Claim): boolean {
    // A date stands there only as a date, and a date's encoded value is no amount. A version
    // that states no date at all leaves dates out (a citation line, a study period), it does not miss one.
    if (claim.kind === 'date') return this.dates.length === 0 || this.dates.some((d) => sameClaim(claim, d));
    const a = Math.abs(v);
    // `花期为3—5月` against `from March to May`, or `in March 2020`: each month is named over there.
    if (maybeCalendarMonths(claim) && this.dates.some((d) => d.date?.month === a && d.date.day === undefined)) return true;
    // `19世纪` is `the 1800s`: a century, where English names its hundreds as a decade is named.
    if (claim.kind === 'ordinal' && claim.text.endsWith('世纪') && this.dates.some((d) => d.date?.decade && d.date.year === (a - 1) * 100)) return true;
    const unit = unitBase(claim);
    for (const [u, byPrecision] of this.groups) {
      // Units of another measure always differ; no unit on either side never does. Deaths are patients
      // counted (`3 died` is the 3 of `150例患者中，3例死亡`), as sameMeasure says.
      if (unit !== undefined && u !== '' && u !== unit && !sameBase(u, unit)) continue;
      for (const [d, values] of byPrecision) {
        const reach = Math.max(halfUnit(d), halfUnit(decimals)) + 1e-9 * Math.max(1, a);
        for (let i = firstFrom(values, a - reach); i < values.length && values[i]!.v <= a + reach; i++) {
          const o = values[i]!;
          if (sameNumber(a, decimals, o.v, d) && !unitsDiffer(claim, o.c) && !oppositeClaims(claim, o.c) && !percentOfMeasure(claim, o.c)) return true;
        }
      }
    }
    if (this.hasPartsPer(a, decimals, claim)) return true;
    return measured(claim) && this.hasConverted(a, decimals, claim);
  }

  /** `5.2 ppm` against the `5.2×10⁻⁶` Chinese standards write with no unit, either way round (asPlainFraction). */
  private hasPartsPer(a: number, decimals: number, claim: Claim): boolean {
    const plain = asPlainFraction(claim);
    if (plain) return this.has(plain.value, plain.decimals, { ...claim, unit: undefined, value: plain.value, decimals: plain.decimals });
    if (claim.unit !== undefined || claim.kind !== 'number') return false;
    for (const [unit, power] of PARTS_PER_UNITS) {
      const values = this.measures.get(unit);
      if (!values) continue;
      const target = powerOfTen(a, power);
      // A window wide enough for any rounding; sameClaim decides.
      const reach = 0.05 * target + halfUnit(decimals - power);
      for (let i = firstFrom(values, target - reach); i < values.length && values[i]!.v <= target + reach; i++) {
        if (sameClaim(values[i]!.c, claim)) return true;
      }
    }
    return false;
  }

  /** Whether `a` (of `claim`, in a unit of a measure) stands here converted to another unit of it: `28.5 t/ha` in `1900～3473 kg/667m2`. */
  private hasConverted(a: number, decimals: number, claim: Claim): boolean {
    for (const [u, values] of this.measures) {
      const f = conversion(claim.unit!, u);
      if (f === undefined) continue;
      // A window wide enough for any rounding sameConverted allows; it decides.
      const target = a * f;
      const reach = 0.05 * target + halfUnit(0);
      for (let i = firstFrom(values, target - reach); i < values.length && values[i]!.v <= target + reach; i++) {
        const o = values[i]!;
        if (sameConverted(a, decimals, claim.unit!, o.v, o.c.decimals, u) && !oppositeClaims(claim, o.c)) return true;
      }
    }
    return false;
  }
}

/**
 * A percentage and an amount of a measure (`ER 90%` and `90 mg/m2`) are never one value: a percentage
 * has no unit to differ by, but it states no dose, length or time.
 */
function percentOfMeasure(a: Claim, b: Claim): boolean {
  return (a.kind === 'percent' && measured(b)) || (b.kind === 'percent' && measured(a));
}

/** Every number of a fraction or range must stand there, not just one: 204/553 is not covered by 553 alone. */
function statedIn(values: ValueIndex, c: Claim): boolean {
  const parts = c.kind === 'fraction' || c.kind === 'ratio' ? [c.num!, c.den!] : componentValues(c);
  return parts.every((v) => values.has(v, c.decimals, c));
}

/** `the 3rd day` and `第4天`: a rank after 第 and an ordinal in digits name one place, and disagree when they differ. */
function rankAgainstOrdinal(rank: Claim, ordinal: Claim): boolean {
  return rank.rank === true && rank.form === 'digits' && ordinal.kind === 'ordinal' && ordinal.form === 'digits';
}

/** Conflicts are only read between claims written in digits and of one kind: words drift freely in translation. */
function comparable(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind) return rankAgainstOrdinal(a, b) || rankAgainstOrdinal(b, a);
  // A fraction keeps its shape in any form: `Seventeen of the 36` and `36例中16例` disagree;
  // so does a count of a named thing: `three cycles` and `4个周期`.
  // `No patients` is too loose a count to hold against a number.
  const counted = a.kind === 'number' && a.unit !== undefined && a.unit === b.unit && a.value !== 0 && b.value !== 0;
  if (a.kind !== 'fraction' && !counted && (a.form !== 'digits' || b.form !== 'digits')) return false;
  if (unitsConflict(a, b)) return false;
  if (a.kind === 'number') {
    if (a.unit === undefined || b.unit === undefined) return false;
    return sameMeasure(a.unit, b.unit) || (DURATIONS.has(a.unit) && DURATIONS.has(b.unit)) || conversion(a.unit, b.unit) !== undefined || temperatureScales(a.unit, b.unit);
  }
  return true;
}

/**
 * A count of a named thing written in words or Chinese numerals (`two groups`, `三组`):
 * such small counts recur all over an abstract, so the aligned sentence is better
 * evidence of their counterpart than the same value anywhere else.
 */
function countedWord(a: Claim, b: Claim): boolean {
  // `≤2组` names a group by a bound; it counts nothing.
  return (a.form !== 'digits' || b.form !== 'digits') && a.kind === 'number' && a.unit !== undefined && !a.comparator && !b.comparator && comparable(a, b);
}

/** What joins the sides of a size or a product: `1 km × 1 km`, `2 x 2`, `3 by 3`. */
const PRODUCT = /^\s*(?:[A-Za-zμµ]{1,3}\s*)?(?:[x×*]|by)\s*$/;

/** The second side of a size or product that repeats the first (`1 km × 1 km`): one size, which the other version may write once. */
function productRepeat(previous: Claim | undefined, c: Claim, sentences: Sentence[]): boolean {
  return previous !== undefined && previous.sentence === c.sentence && sameExactKey(previous, c) && PRODUCT.test(gapText(previous, c, sentences));
}

/** A p-value that says, next to it, that it is for all comparisons: `均P＜0.05`, `P均<0.05`, `all P < 0.05`. */
function pForAll(c: Claim, sentences: Sentence[]): boolean {
  const s = sentences[c.sentence];
  if (c.kind !== 'pvalue' || !s) return false;
  const at = c.offset - s.offset;
  const [within, before] = c.lang === 'en' ? [undefined, P_FOR_ALL_BEFORE_EN] : [P_FOR_ALL_WITHIN_ZH, P_FOR_ALL_BEFORE_ZH];
  return within?.test(c.text) === true || before.test(s.text.slice(Math.max(0, at - 5), at));
}

/** Each bound's complement: `≥60` and `<60` part the same values at one threshold. */
const COMPLEMENT: Partial<Record<Comparator, Comparator>> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

/**
 * `45.6%≥60岁，54.4%＜60岁` against `45.6% were 60 or older and 54.4% younger`: a threshold
 * restated as the complement of a bound of the same sentence that has its counterpart names
 * no value of its own, when the other version (`theirs`, its aligned text) says that side in a word.
 */
function complementRepeat(c: Claim, mine: Claim[], free: (c: Claim) => boolean, theirs: () => string[]): boolean {
  const complement = c.comparator && COMPLEMENT[c.comparator];
  if (complement === undefined || !mine.some((o) => o !== c && o.sentence === c.sentence && o.comparator === complement && !free(o) && sameValues(o, c))) return false;
  const words = c.lang === 'en' ? COMPLEMENT_WORDS_ZH : COMPLEMENT_WORDS_EN;
  return theirs().some((t) => words.test(foldWidth(t)));
}

/** How far apart, as a ratio, two approximate statements of one value may lie. */
const APPROXIMATE_RATIO = 1.2;

/**
 * Two numbers of one measure (the same unit, units that convert, or a unit on one side only)
 * whose values lie more than APPROXIMATE_RATIO apart, in one unit; bounds of the same kind.
 */
function farApart(a: Claim, b: Claim): boolean {
  if ((a.comparator ?? '') !== (b.comparator ?? '') || a.value <= 0 || b.value <= 0) return false;
  let [x, y] = [a.value, b.value];
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) {
    const inB = valueInUnit(a.value, a.unit, b.unit);
    if (inB === undefined) return false;
    x = inB;
  }
  return Math.max(x, y) / Math.min(x, y) > APPROXIMATE_RATIO;
}

/** What stands between a value and its restatement in brackets: `58 frames per second (`, `km3 (` (a digit only glued to a unit's letters). */
const BRACKET_RESTATES = /^(?:[^\d()（）]|(?<=[A-Za-z])\d){0,30}[(（]\s*$/;

/**
 * `58 frames per second (58 fps)`, `15.8 km3 (158×108 m3)`: the value again in brackets, in other words or units,
 * which the other version may write once.
 */
function bracketRepeat(previous: Claim | undefined, c: Claim, sentences: Sentence[]): boolean {
  return previous !== undefined && previous.sentence === c.sentence && (sameValues(previous, c) || sameAmountConverted(previous, c)) && BRACKET_RESTATES.test(gapText(previous, c, sentences));
}

/**
 * `1万余次（10 386次）`, `more than 10,000 doses (10,386)`, `约300例（312例）`: a bound or a round figure said again
 * exactly in brackets right after it, which the other version may give exactly only. The exact value keeps to the
 * bound and to its order of magnitude (within a factor of two); `here` is the claims of c's sentence in text order.
 */
function roundThenExact(c: Claim, here: Claim[], sentences: Sentence[]): boolean {
  if (c.kind !== 'number' || (!c.approx && c.comparator === undefined) || c.value <= 0) return false;
  const at = firstAtOrAfter(here, c.offset);
  const next = here[at] === c ? here[at + 1] : undefined;
  if (next === undefined || next.kind !== 'number' || next.approx || next.comparator !== undefined || (next.unit !== undefined && next.unit !== c.unit)) return false;
  if (!BRACKET_RESTATES.test(gapText(c, next, sentences))) return false;
  const ratio = next.value / c.value;
  if (c.comparator === '>' || c.comparator === '>=') return ratio >= 1 && ratio < 2;
  if (c.comparator === '<' || c.comparator === '<=') return ratio <= 1 && ratio > 0.5;
  return c.comparator === undefined && ratio > 0.5 && ratio < 1.5;
}

/** One amount in two units of a measure: `15.8 km3` and `158×10⁸ m3`. */
function sameAmountConverted(a: Claim, b: Claim): boolean {
  return a.kind === 'number' && b.kind === 'number' && a.unit !== undefined && b.unit !== undefined && conversion(a.unit, b.unit) !== undefined && sameConverted(a.value, a.decimals, a.unit, b.value, b.decimals, b.unit);
}

/** The value just before, said again in place (a product's other side, a bracket): one value, which the other version may write once. */
function repeatedInPlace(previous: Claim | undefined, c: Claim, sentences: Sentence[]): boolean {
  return productRepeat(previous, c, sentences) || bracketRepeat(previous, c, sentences);
}

/**
 * The base of a rate (`per 100 patient-years`, `每100患者年`): part of its unit, which one
 * version may write with each rate and the other once for all (`分别为每100患者年2.1例和3.4例`).
 */
function rateBase(c: Claim, sentences: Sentence[]): boolean {
  const s = sentences[c.sentence];
  if (!s || c.kind !== 'number') return false;
  return isRateBase(c.value, s.text.slice(Math.max(0, c.offset - s.offset - 8), c.offset - s.offset), c.lang);
}

/** What follows a confidence level: `CI`, `CrI`, `置信区间`, `可信区间`. */
const CONFIDENCE_LEVEL_AFTER = /^\s?(?:CI\b|CrI\b|(?:的)?(?:置信|可信)区间)/;

/**
 * The confidence level of an interval (`95% CI`, `95%CI：`, `95%置信区间`): Chinese journals write it before
 * every interval of a sentence where the English often writes it once (`aOR 5.12, 95% CI 2.93–8.95 … aOR 2.16,
 * 1.24–3.76`), so a repeat states nothing more.
 */
function confidenceLevel(c: Claim, sentences: Sentence[]): boolean {
  const s = sentences[c.sentence];
  if (!s || c.kind !== 'percent') return false;
  const at = c.offset - s.offset + c.length;
  return CONFIDENCE_LEVEL_AFTER.test(s.text.slice(at, at + 8));
}

/**
 * `在接受检查的420名受试者中，…42.4%（178/420）`, `Among the 420 examined subjects, … (178/420)`: the
 * count of the group a fraction after it in its sentence is taken among, which that fraction's
 * denominator states again. The other version may state the group once (`42.4% (178/420 examined
 * subjects)`): the count repeats nothing. So is a count whose own clause gives its share
 * (`保守治疗的86例为44.2%（38/86）`, `the 86 treated conservatively had 44.2% (38/86)`). A count that is not named as the group the share is
 * taken in (`17名患者接受治疗，47.1%(8/17)改善`) is stated in its own right.
 */
function baseOfFractionAfter(c: Claim, mine: readonly Claim[], sentences: Sentence[]): boolean {
  if (c.kind !== 'number' || !Number.isInteger(c.value) || c.value < 2) return false;
  const base = mine.find((f) => f.kind === 'fraction' && f.sentence === c.sentence && f.offset > c.offset && f.den === c.value);
  if (!base) return false;
  const s = sentences[c.sentence];
  if (!s) return false;
  const at = c.offset - s.offset;
  const between = s.text.slice(at + c.length, base.offset - s.offset);
  if (between.length <= SAME_CLAUSE_REACH && !CLAUSE_BREAK.test(between)) return true;
  return c.lang === 'en'
    ? GROUP_AMONG_BEFORE_EN.test(s.text.slice(Math.max(0, at - 24), at))
    : GROUP_AMONG_AFTER_ZH.test(s.text.slice(at + c.length, at + c.length + 10));
}

/** The clause a claim ends: what follows the last comma or stop before it. */
const CLAUSE_BREAK = /[，。；,;]/;
/** How far after a count its share may stand in one clause (`86例为44.2%（38/86）`). */
const SAME_CLAUSE_REACH = 24;

/**
 * `每周给药1次` against `given weekly`, `每3周1次` against `every 3 weeks`, `28 d为1个周期` against
 * `28-day cycles`: the one time (cycle, dose) restates the period, which English says alone.
 * Never missing nor repeated, it is still compared with a count of times the other version
 * states (`twice weekly`).
 */
function restatesPeriod(c: Claim, sentences: Sentence[]): boolean {
  if (c.lang !== 'zh' || c.value !== 1 || (c.unit !== 'time' && c.unit !== 'cycle' && c.unit !== 'dose')) return false;
  const s = sentences[c.sentence];
  // Folded, so that traditional characters read as simplified ones do (`每週1次`).
  return s !== undefined && PERIOD_OF_ONCE_ZH.test(foldWidth(s.text.slice(0, c.offset - s.offset).split(CLAUSE_BREAK).pop()!));
}

/**
 * `分别接受2剂安慰剂或疫苗，2剂间隔21日`: the count of doses said again to give the interval between them
 * (`two doses, 21 days apart`), after the sentence has stated it once; not a further 2 doses.
 */
const DOSES_APART_ZH = /^\s*(?:之间|间)?间隔/;
function restatesDoses(c: Claim, sentences: Sentence[]): boolean {
  if (c.lang !== 'zh' || c.unit !== 'dose') return false;
  const s = sentences[c.sentence];
  if (s === undefined) return false;
  const at = c.offset - s.offset;
  return DOSES_APART_ZH.test(foldWidth(s.text.slice(at + c.length, at + c.length + 6))) && s.text.slice(0, at).includes(c.text.trim());
}

/**
 * `随机分为3组……3组新生儿结局相似`: the study's groups named again by their count, as `两组` names two
 * (`the groups`, or nothing, in English), after the passage has stated that count of groups once.
 */
function restatesGroups(c: Claim, firstGroupCount: () => Map<number, number>): boolean {
  return groupCount(c) && firstGroupCount().get(c.value)! < c.offset;
}
const groupCount = (c: Claim): boolean => c.lang === 'zh' && c.unit === 'group' && c.kind === 'number' && !c.comparator && !c.approx;
/** Where the passage first states each count of groups, by its value: one walk, so that asking is a lookup. */
function firstGroupCounts(claims: readonly Claim[]): Map<number, number> {
  const first = new Map<number, number>();
  for (const o of claims) if (groupCount(o) && !(first.get(o.value)! <= o.offset)) first.set(o.value, o.offset);
  return first;
}

/** Where a sentence states the size of each of several groups (`各50例`, `50 per group`): the offsets of the sizes. */
function groupSizesIn(info: PassageInfo, text: string, eachGroup: RegExp, index: number): Set<number> {
  const out = new Set<number>();
  const sentence = info.passage.sentences[index];
  if (!sentence) return out;
  const from = sentence.offset - info.passage.offset;
  const here = text.slice(from, from + sentence.length);
  // Every form holds one of these: most sentences are not searched.
  if (info.passage.lang === 'zh' ? !here.includes('各') && !here.includes('每组') : !here.includes('group') && !here.includes('arm')) return out;
  for (const m of here.matchAll(eachGroup)) out.add(sentence.offset + m.index + m[0].indexOf(m[1]!));
  return out;
}

/** What joins a mantissa to its power of ten: `263×108`, `5 x 104`. */
const TIMES = /^\s*[x×*·⋅]\s*$/;
/** A power of ten with its exponent flattened: `108` is 10⁸, `1012` 10¹², never `100` or `1000`. */
const FLAT_POWER = /^10(1\d|[1-9])$/;

/** The exponent `b` states when it is `10` and a flattened superscript after the times sign that follows `a`. */
function flatPower(a: Claim, b: Claim, sentences: Sentence[]): number | undefined {
  if (b.value < 101 || b.value > 1019 || a.kind !== 'number' || b.kind !== 'number' || a.sentence !== b.sentence || b.decimals !== 0 || a.comparator || b.comparator) return undefined;
  const exponent = FLAT_POWER.exec(String(b.value));
  if (!exponent || !b.text.startsWith(String(b.value)) || !TIMES.test(gapText(a, b, sentences))) return undefined;
  return Number(exponent[1]);
}

/** The text between two claims of one sentence, as the source has it. */
function gapText(a: Claim, b: Claim, sentences: Sentence[]): string {
  const s = sentences[a.sentence];
  if (!s) return '';
  return s.text.slice(a.offset + a.length - s.offset, b.offset - s.offset);
}


/** A small count written in words or Chinese numerals, of no unit or of a thing a list could name. */
function looseCount(c: Claim): boolean {
  return (
    c.kind === 'number' && c.form !== 'digits' && Number.isInteger(c.value) && c.value >= 2 && c.value <= 20 &&
    !c.comparator && !c.approx && (c.unit === undefined || LISTED_UNITS.has(c.unit))
  );
}


/** A count with a generic measure word may stand for a count the other version writes before any noun. */
function looselyCounted(a: Claim, b: Claim): boolean {
  if (a.unit === b.unit) return true;
  const unit = a.unit ?? b.unit!;
  return (a.unit === undefined || b.unit === undefined) && GENERIC_UNITS.has(unit);
}

/**
 * The longest run of pairs, in the order of both versions, that `same` accepts: a longest
 * common subsequence, quadratic in the claims of one bead (a bead is at most
 * MAX_BEAD_CLAIMS a side). Only values stated more than once need it; a bead without a
 * repeat is left to the greedy pass, which gives the same links.
 */
function inOrder(es: Claim[], zs: Claim[], same: (a: Claim, b: Claim) => boolean): [Claim, Claim][] {
  if (es.length < 2 || zs.length < 2 || (!repeats(es) && !repeats(zs))) return [];
  const w = zs.length + 1;
  const best = new Uint16Array((es.length + 1) * w);
  // What `same` said of each pair, which the walk back asks again: it is a test of the two claims alone.
  const said = new Uint8Array(best.length);
  for (let i = es.length - 1; i >= 0; i--) {
    for (let j = zs.length - 1; j >= 0; j--) {
      said[i * w + j] = same(es[i]!, zs[j]!) ? 1 : 0;
      best[i * w + j] = said[i * w + j] ? best[(i + 1) * w + j + 1]! + 1 : Math.max(best[(i + 1) * w + j]!, best[i * w + j + 1]!);
    }
  }
  const out: [Claim, Claim][] = [];
  let [i, j] = [0, 0];
  while (i < es.length && j < zs.length) {
    if (said[i * w + j] && best[i * w + j] === best[(i + 1) * w + j + 1]! + 1) out.push([es[i++]!, zs[j++]!]);
    else if (best[(i + 1) * w + j]! >= best[i * w + j + 1]!) i++;
    else j++;
  }
  return out;
}

/** Whether two claims of a list state exactly the same thing. */
function repeats(list: Claim[]): boolean {
  // Claims that differ in their first number differ: most lists are settled without writing a key.
  if (list.length > 16) {
    const firsts = new Set<number>();
    for (const c of list) {
      const v = firstValue(c);
      if (firsts.has(v)) return new Set(list.map(exactKey)).size < list.length;
      firsts.add(v);
    }
    return false;
  }
  // A sentence's few claims are compared pairwise, as a set would (NaN the same as NaN), without making one.
  for (let i = 1; i < list.length; i++) {
    const v = firstValue(list[i]!);
    for (let j = 0; j < i; j++) {
      const w = firstValue(list[j]!);
      if (v === w || (v !== v && w !== w)) return exactRepeat(list);
    }
  }
  return false;
}

/** Whether two claims of a short list have one exactKey: pairwise, as a set of their keys would tell, without writing them. */
function exactRepeat(list: Claim[]): boolean {
  for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (sameExactKey(list[i]!, list[j]!)) return true;
  return false;
}

/** The claims of some sentences, in their order; a single sentence's own list (not to be changed). */
function claimsInSentences(sentences: number[], claimsIn: (sentence: number) => Claim[]): Claim[] {
  if (sentences.length === 1) return claimsIn(sentences[0]!);
  return sentences.flatMap(claimsIn);
}

/** Where a claim stands in a bead: by sentence, then by position in the sentence. */
const byPlace = (a: Claim, b: Claim) => a.sentence - b.sentence || a.offset - b.offset;

/** Claims that hold the same place: same kind, same unit or none on both sides, a bound or none on both, same form (`≤12` and `≥12` hold one). */
function samePlaceKey(c: Claim): string {
  return `${c.kind}|${c.unit ?? ''}|${c.comparator ? 'bound' : ''}|${c.form}`;
}

/**
 * Free claims of one bead that take the same place in both versions: between the same
 * two linked claims (or the bead's ends), of the same kind and unit, and as many on each
 * side. `(12.4±5.1) d` and `(12.9±5.1) d`: the 5.1s are linked, so 12.4 and 12.9 hold one place.
 * The caller still asks that the two values be near in form (see nearInForm).
 */
function placedPairs(es: Claim[], zs: Claim[], linked: Map<Claim, Claim>, open: (c: Claim) => boolean): [Claim, Claim][] {
  const en = [...es].sort(byPlace);
  const zh = [...zs].sort(byPlace);
  const zhIndex = new Map(zh.map((c, i) => [c, i]));
  // Linked claims of the bead, kept in the order of both versions, cut it into gaps.
  const cuts: [number, number][] = [];
  let lastZ = -1;
  en.forEach((e, i) => {
    const z = linked.get(e);
    const j = z ? zhIndex.get(z) : undefined;
    if (j !== undefined && j > lastZ) {
      cuts.push([i, j]);
      lastZ = j;
    }
  });
  cuts.push([en.length, zh.length]);
  const out: [Claim, Claim][] = [];
  let [fromE, fromZ] = [0, 0];
  for (const [toE, toZ] of cuts) {
    const groups = new Map<string, { e: Claim[]; z: Claim[] }>();
    const group = (k: string) => groups.get(k) ?? groups.set(k, { e: [], z: [] }).get(k)!;
    for (const e of en.slice(fromE, toE)) if (open(e)) group(samePlaceKey(e)).e.push(e);
    for (const z of zh.slice(fromZ, toZ)) if (open(z)) group(samePlaceKey(z)).z.push(z);
    for (const { e, z } of groups.values()) if (e.length === z.length) e.forEach((x, k) => out.push([x, z[k]!]));
    [fromE, fromZ] = [toE + 1, toZ + 1];
  }
  return out;
}

/** Two passages paired with `score`, aligned: their sentences (alignSentences), then their claims. */
export function alignPair(en: PassageInfo, zh: PassageInfo, score: number): PairAlignment {
  const beads = alignSentences(en, zh);
  return { en, zh, score, beads, ...linkClaims(en, zh, beads) };
}

/** A number grouped by commas with no space: digit grouping, or a list a PDF glued (`300,500`). */
const GLUED_LIST = /^\d{1,3}(?:,\d{3})+$/;
/** The second part of a thousands group typed with a full-width comma: `402名` of `1，402名`. */
const THREE_DIGITS_FIRST = /^\d{3}(?!\d)/;
/** The head of a number a PDF split with a space, `1` of `1 5.2%`: one or two digits, nothing else. */
const SPLIT_HEAD = /^\d{1,2}$/;
/**
 * The digits of its tail, `5.2` of `5.2%`, `8` of `4 8 keywords`: two counts a space apart (`3 12`) stay two
 * unless the aligned sentence states their digits joined (`48个关键词`) and neither part has a counterpart.
 */
const SPLIT_TAIL = /^\d+\.\d+|^\d+(?![\d.])/;
/** The gap of such a group: the comma, full-width or folded to `,`. */
const FULL_COMMA_GAP = /^[,，]$/;
/** What goes on after an item of a list: `and 700`, `, 700`, `or 700`. */
const LIST_GOES_ON_EN = /^\s?(?:,\s?|and\s|or\s)\d/;

/** The tests of steps 1 and 2, strictest first. */
const IN_BEAD = [sameAsWrittenUnits, sameAsWritten, sameClaim];
const ANYWHERE = [sameAsWritten, sameClaim];

export function linkClaims(en: PassageInfo, zh: PassageInfo, beads: Bead[]): Pick<PairAlignment, 'links' | 'conflicts' | 'unmatched' | 'surplus' | 'dropped' | 'exactOnly'> {
  if (exactKeys.size > 0) exactKeys.clear();
  try {
    return linkPair(en, zh, beads);
  } finally {
    if (exactKeys.size > 0) exactKeys.clear();
  }
}

type Side = 'en' | 'zh';

/**
 * What linking one pair's claims knows as it goes: which claims are linked or settled, each
 * bead's claims, the beads too large to compare pairwise. Each step of `linkPair` reads and
 * extends it; a step is a function of its own, so that each is compiled (and optimised) alone.
 */
class PairLinks {
  // Keyed by the claim itself: a look-up by object is cheaper than by id, and both are unique in a pair.
  readonly linked = new Map<Claim, Claim>();
  readonly links: ClaimLink[] = [];
  readonly conflicts: ClaimLink[] = [];
  // Claims whose value the other version states only in a form not read (UnreadForms).
  readonly settled = new Set<Claim>();
  // The passages' own index of claims by sentence, which the rules read too.
  readonly enIndex: ReturnType<typeof passageIndex>;
  readonly zhIndex: ReturnType<typeof passageIndex>;
  // Each bead's claims are gathered once: every step walks them again.
  private readonly claimsOf = new Map<Bead, { en: Claim[]; zh: Claim[] }>();
  // A bead with more claims than an abstract sentence ever holds (a table, a number
  // dump) is matched by exact value only: pairwise comparison there is quadratic.
  readonly hugeBeads: Set<Bead>;
  readonly hugeZh = new Set<number>();
  private readonly exact = new Map<string, { items: Claim[]; next: number }>();

  constructor(
    readonly en: PassageInfo,
    readonly zh: PassageInfo,
    readonly beads: Bead[],
  ) {
    this.enIndex = passageIndex(en);
    this.zhIndex = passageIndex(zh);
    this.hugeBeads = new Set(beads.filter((b) => this.inBead(b, 'en').length > MAX_BEAD_CLAIMS || this.inBead(b, 'zh').length > MAX_BEAD_CLAIMS));
    for (const bead of this.hugeBeads) {
      for (const i of bead.zh) this.hugeZh.add(i);
      for (const z of this.inBead(bead, 'zh')) {
        const list = this.exact.get(exactKey(z));
        if (list) list.items.push(z);
        else this.exact.set(exactKey(z), { items: [z], next: 0 });
      }
    }
  }

  readonly link = (e: Claim, z: Claim, into: ClaimLink[]): void => {
    this.linked.set(e, z);
    this.linked.set(z, e);
    into.push({ en: e, zh: z });
  };

  readonly free = (c: Claim): boolean => !this.linked.has(c) && (this.settled.size === 0 || !this.settled.has(c));

  /** Claims that state one another in a form read only here, none of them missing. */
  settle(...claims: Claim[]): void {
    for (const c of claims) this.settled.add(c);
  }

  readonly inBead = (bead: Bead, side: Side): Claim[] => {
    let both = this.claimsOf.get(bead);
    if (!both) {
      both = {
        en: claimsInSentences(bead.en, (i) => this.enIndex.claimsIn(i)),
        zh: claimsInSentences(bead.zh, (i) => this.zhIndex.claimsIn(i)),
      };
      this.claimsOf.set(bead, both);
    }
    return both[side];
  };

  /** The beads small enough to compare pairwise. */
  *smallBeads(): Iterable<Bead> {
    for (const bead of this.beads) if (!this.hugeBeads.has(bead)) yield bead;
  }

  /** The first free claim of a huge bead with the value of `e`, exactly. */
  takeExact(e: Claim): Claim | undefined {
    const list = this.exact.get(exactKey(e));
    if (!list) return undefined;
    while (list.next < list.items.length && !this.free(list.items[list.next]!)) list.next++;
    const z = list.items[list.next];
    return z && sameClaim(e, z) ? z : undefined;
  }

  /** The text of a bead on one side, its sentences joined. */
  beadText(bead: Bead, side: Side): string {
    return bead[side].map((i) => (side === 'en' ? this.en : this.zh).passage.sentences[i]?.text ?? '').join(' ');
  }

  // Built when a claim is left free to ask: in most pairs every claim is linked.
  readonly enValues = lazily(() => new ValueIndex(this.en.claims));
  readonly zhValues = lazily(() => new ValueIndex(this.zh.claims));
  readonly byId = lazily(() => {
    const byId = new Map<string, Claim>();
    for (const c of this.en.claims) byId.set(c.id, c);
    for (const c of this.zh.claims) byId.set(c.id, c);
    return byId;
  });

  /** `12 weeks (3 months)` against `3个月`: the duration is stated, in the other unit. */
  readonly besideStated = (c: Claim): boolean =>
    c.beside !== undefined && c.kind === 'number' && c.unit !== undefined && DURATIONS.has(c.unit) && !this.free(this.byId().get(c.beside)!);

  readonly statedElsewhere = (c: Claim): boolean => {
    if (this.besideStated(c)) return true;
    return statedIn(c.lang === 'en' ? this.zhValues() : this.enValues(), c);
  };
}

function linkPair(en: PassageInfo, zh: PassageInfo, beads: Bead[]): Pick<PairAlignment, 'links' | 'conflicts' | 'unmatched' | 'surplus' | 'dropped' | 'exactOnly'> {
  const s = new PairLinks(en, zh, beads);
  linkInBeads(s);
  settleFrequencies(s);
  linkCountsInWords(s);
  // 1c. A value linked in its aligned sentences with its sign lost (`-612 HU` against `612 HU`, `GLS -14.8%`
  //     against `14.8%`) is one changed value, unless a word of either sentence may carry the sign
  //     (`decreased by 14.8%` against `-14.8%`, `下降`, `零下`, a change or a difference either way round).
  lostSigns(s);
  settleNoneOfAll(s);
  settleHalves(s);
  linkAnywhere(s);
  settleFlatPowers(s);
  settleEqualGroups(s);
  settleRatesPerDecade(s);
  settleUnreadForms(s);
  settlePeriodAdjectives(s);
  settleStrengthNames(s);
  settleRateSigns(s);
  settleGluedLists(s);
  settleFullWidthThousands(s);
  settleSplitNumbers(s);
  linkLooseCounts(s);
  linkSamePlace(s);
  // 4. What is left, unless its value stands anywhere in the other version in another form
  //    (PairLinks.statedElsewhere). A value written with another unit (12 weeks, 12个月) is another amount.
  linkChangedValues(s);
  linkRescaledApproximations(s);
  // 5b. A count in words or numerals changed in one version (src/align/word-counts.ts).
  const wordCounts = new WordCounts(en.claims, zh.claims);
  wordCounts.linkChanged({
    beads: beads.filter((b) => !s.hugeBeads.has(b)).map((b) => ({
      en: s.inBead(b, 'en'),
      zh: s.inBead(b, 'zh'),
      text: (side: Side) => s.beadText(b, side),
    })),
    free: s.free,
    partner: (c) => s.linked.get(c),
    conflict: (e, z) => s.link(e, z, s.conflicts),
  });
  // Ones the aligned English states with no number: a step (`each additional hour`), an article (`a hospital`).
  const statedInWords = settleUnitSteps(s);
  settleRateUnits(s);
  settleOnesByArticle(s, statedInWords);
  return { ...leftOver(s, wordCounts, statedInWords), ...(s.hugeBeads.size > 0 ? { exactOnly: [...s.hugeBeads] } : {}) };
}

/**
 * 1. Same value inside aligned sentences, in order: as written, a bare number word only
 *    for a bare number (`3 months` is `3个月`, not the `三` of `三个小组` before it), then as written, then
 *    allowing for rounding, so that 94.6% is not taken for the 95% of a confidence level beside it.
 */
function linkInBeads(s: PairLinks): void {
  const { free, link, links } = s;
  for (const bead of s.beads) {
    const zs = s.inBead(bead, 'zh');
    const es = s.inBead(bead, 'en');
    if (s.hugeBeads.has(bead)) {
      for (const e of es) {
        const z = s.takeExact(e);
        if (z) link(e, z, links);
      }
      continue;
    }
    // Repeated values keep their order: `12 …13 …12` against `12 …13 …12` pairs first with
    // first, so that a changed one stands alone between linked neighbours (step 5).
    for (const [e, z] of inOrder(es, zs, sameAsWrittenUnits)) link(e, z, links);
    for (const same of IN_BEAD) {
      for (const e of es) {
        if (!free(e)) continue;
        // Linking e changes no other claim of its side: asking whether it is free here is asking before the walk.
        for (const z of zs) {
          if (free(z) && same(e, z)) {
            link(e, z, links);
            break;
          }
        }
      }
    }
  }
}

/**
 * 1a. How often, stated in two periods: `twice yearly` is `每半年1次`, `every 12 hours` is `每日2次`,
 *     `every other week` is `每2周1次`. The times and the periods differ; the rate is one, so the
 *     numbers of both statements are settled. A rate that differs leaves them to the steps after.
 */
function settleFrequencies(s: PairLinks): void {
  // Most English abstracts say how often nothing: one look at the text, not one at each bead.
  if (!FREQUENCY_WORDS_EN.test(s.enIndex.text)) return;
  for (const bead of s.smallBeads()) {
    const open = { en: s.inBead(bead, 'en').filter(s.free), zh: s.inBead(bead, 'zh').filter(s.free) };
    if (open.en.length === 0 && open.zh.length === 0) continue;
    const inside = (f: Frequency, c: Claim) => f.start <= c.offset && c.offset + c.length <= f.end;
    // A statement one of whose numbers is linked already has its counterpart: `every 3 weeks` said twice
    // against one `每3周` and one `每周` keeps its second 3 weeks free to be missed.
    const stated = (side: Side) => bead[side].flatMap((i) => {
      const sentence = (side === 'en' ? s.en : s.zh).passage.sentences[i];
      return sentence ? frequenciesIn(sentence, side).filter((f) => s.inBead(bead, side).every((c) => s.free(c) || !inside(f, c))) : [];
    });
    const zhRates = stated('zh');
    if (zhRates.length === 0) continue;
    for (const e of stated('en')) {
      const z = zhRates.find((f) => sameRate(e, f));
      if (!z) continue;
      zhRates.splice(zhRates.indexOf(z), 1);
      s.settle(...open.en.filter((c) => inside(e, c)), ...open.zh.filter((c) => inside(z, c)));
    }
  }
}

/**
 * 1b. A count in words that differs from the only other count of that thing in the
 *     aligned sentences (`two groups`, `三组`) is a conflict before any value elsewhere is sought.
 */
function linkCountsInWords(s: PairLinks): void {
  const { free } = s;
  for (const bead of s.smallBeads()) {
    // Most beads hold no count in words: nothing to do there.
    if (!s.inBead(bead, 'en').some((c) => c.form !== 'digits' && c.unit !== undefined) && !s.inBead(bead, 'zh').some((c) => c.form !== 'digits' && c.unit !== undefined)) continue;
    const es = s.inBead(bead, 'en').filter(free);
    const zs = s.inBead(bead, 'zh').filter(free);
    for (const e of es) {
      const sameE = es.filter((c) => free(c) && c.kind === e.kind && c.unit === e.unit);
      const sameZ = zs.filter((c) => free(c) && countedWord(e, c));
      if (sameE.length === 1 && sameZ.length === 1 && zs.filter((c) => free(c) && c.unit === e.unit).length === 1) s.link(e, sameZ[0]!, s.conflicts);
    }
  }
}

/**
 * 2. Same value anywhere in the pair: a sentence the aligner placed differently
 *    (in a file too long for one abstract, anywhere within the alignment band).
 *    The nearest sentence to the aligned one is searched first, so that a value a sentence
 *    restates takes its counterpart from beside it and leaves a far one free to be missed.
 */
function linkAnywhere(s: PairLinks): void {
  const { free } = s;
  const zhCount = s.zh.passage.sentences.length;
  const aligned = alignedZhSentence(s.beads);
  const band = zhCount <= 2 * ALIGN_BAND ? zhCount : ALIGN_BAND;
  const nearbyOf = new Map<number, Claim[]>();
  const candidatesFor = (e: Claim): Claim[] => {
    let candidates = nearbyOf.get(e.sentence);
    if (!candidates) {
      const centre = aligned.get(e.sentence) ?? 0;
      candidates = [];
      for (let d = 0; d <= band; d++) {
        for (const i of d === 0 ? [centre] : [centre + d, centre - d]) {
          if (i >= 0 && i < zhCount && !s.hugeZh.has(i)) for (const c of s.zhIndex.claimsIn(i)) candidates.push(c);
        }
      }
      nearbyOf.set(e.sentence, candidates);
    }
    return candidates;
  };
  for (const same of ANYWHERE) {
    // As in step 1, linking e frees or takes no other English claim.
    for (const e of s.en.claims) {
      if (!free(e)) continue;
      let z: Claim | undefined;
      for (const c of candidatesFor(e)) {
        if (free(c) && same(e, c)) {
          z = c;
          break;
        }
      }
      z ??= s.takeExact(e);
      if (z) s.link(e, z, s.links);
    }
  }
}

/**
 * 1d. None of a group, as a share (`0 of 20 ducks`, `0/20`) in one version and as the whole group none of
 *     which had it in the other (`20只鸭均未检出`, `none of the 20 ducks`): stated, in aligned sentences.
 */
function settleNoneOfAll(s: PairLinks): void {
  const { free } = s;
  const noneOfAll = (c: Claim): boolean => {
    if (c.kind !== 'number' || c.comparator || c.approx || !Number.isInteger(c.value)) return false;
    if (c.lang === 'zh') {
      const at = c.offset + c.length - s.zh.passage.offset;
      return NONE_OF_ALL_AFTER_ZH.test(s.zhIndex.text.slice(at, at + 16));
    }
    const at = c.offset - s.en.passage.offset;
    return NONE_OF_ALL_BEFORE_EN.test(s.enIndex.text.slice(Math.max(0, at - 24), at));
  };
  for (const bead of s.smallBeads()) {
    for (const [mine, theirs] of [[s.inBead(bead, 'en'), s.inBead(bead, 'zh')], [s.inBead(bead, 'zh'), s.inBead(bead, 'en')]] as const) {
      for (const f of mine) {
        if (f.kind !== 'fraction' || f.num !== 0 || !free(f)) continue;
        // The whole may be linked already, to the group size the share restates (`in the 20 patients (0/20)`).
        const whole = theirs.find((c) => c.value === f.den && noneOfAll(c));
        if (whole) s.settle(f, ...(free(whole) ? [whole] : []));
      }
    }
  }
}

/**
 * 1e. A count split evenly by sex in Chinese (`SD大鼠12只，雌雄各半`) states the two halves English gives
 *     (`Twelve SD rats (6 males and 6 females)`), in aligned sentences.
 */
function settleHalves(s: PairLinks): void {
  // Most Chinese abstracts split nothing so: one look at the text, not one at each bead.
  if (!s.zhIndex.text.includes('各半')) return;
  const { free } = s;
  for (const bead of s.smallBeads()) {
    for (const c of s.inBead(bead, 'zh')) {
      if (c.kind !== 'number' || c.comparator || c.approx || c.decimals !== 0 || c.value % 2 !== 0) continue;
      const at = c.offset + c.length - s.zh.passage.offset;
      if (!HALF_EACH_AFTER_ZH.test(s.zhIndex.text.slice(at, at + 20))) continue;
      const halves = s.inBead(bead, 'en').filter((e) => free(e) && e.kind === 'number' && !e.comparator && e.decimals === 0 && e.value === c.value / 2).slice(0, 2);
      if (halves.length > 0) s.settle(...halves);
    }
  }
}

/**
 * 2a0. A power of ten whose superscript text from a PDF flattened after a whole mantissa (`263×108 m3`,
 *      26.3×10^9 m3), which extraction leaves as two numbers since `8×107` may be a product: the
 *      power where, and only where, that reading is a free value of the other version's aligned sentences.
 *      So is a bare one (`104 s` against `10^4 s`), which may be the number 104 as well.
 */
function settleFlatPowers(s: PairLinks): void {
  const { free } = s;
  for (const bead of s.smallBeads()) {
    for (const [mine, sentences, theirs] of [
      [s.inBead(bead, 'zh'), s.zh.passage.sentences, s.inBead(bead, 'en')],
      [s.inBead(bead, 'en'), s.en.passage.sentences, s.inBead(bead, 'zh')],
    ] as const) {
      for (let i = 1; i < mine.length; i++) {
        const [a, b] = [mine[i - 1]!, mine[i]!];
        const power = flatPower(a, b, sentences);
        if (power === undefined || !free(a) || !free(b)) continue;
        const read: Claim = { ...a, value: a.value * 10 ** power, decimals: a.decimals - power, ...(b.unit ? { unit: b.unit } : {}) };
        const other = theirs.find((c) => free(c) && sameClaim(c, read));
        if (!other) continue;
        s.settle(a, b, other);
      }
      // A bare power flattened the same way (`在104 s时`, 10^4 s): no mantissa before it, the same unit over there.
      for (let i = 0; i < mine.length; i++) {
        const c = mine[i]!;
        const exponent = FLAT_POWER.exec(String(c.value));
        if (!exponent || c.kind !== 'number' || c.decimals !== 0 || c.comparator || !c.text.startsWith(String(c.value)) || !free(c)) continue;
        if (i > 0 && flatPower(mine[i - 1]!, c, sentences) !== undefined) continue;
        const power = Number(exponent[1]);
        const other = theirs.find((t) => free(t) && t.kind === 'number' && t.unit === c.unit && t.value === 10 ** power && t.text !== c.text);
        if (other) s.settle(c, other);
      }
    }
  }
}

/**
 * 2a1. Equal groups one version states by their size and the other by a 1:1 allocation: `分为干预组和对照组，
 *      各50例` against `One hundred patients were randomised 1:1`. Equal groups state the 1:1; the other
 *      version's total split into its groups (1:1, `two groups`) states the size, only where they multiply out;
 *      and the size times the groups states that total.
 */
function settleEqualGroups(s: PairLinks): void {
  const { free, settled } = s;
  for (const bead of s.smallBeads()) {
    for (const [mine, info, text, eachGroup, theirs] of [
      [s.inBead(bead, 'zh'), s.zh, s.zhIndex.text, EACH_GROUP_SIZE_ZH, s.inBead(bead, 'en')],
      [s.inBead(bead, 'en'), s.en, s.enIndex.text, EACH_GROUP_SIZE_EN, s.inBead(bead, 'zh')],
    ] as const) {
      const equalRatios = theirs.filter((c) => c.kind === 'ratio' && c.num === c.den);
      // Nothing over there to state or be stated by equal groups: most beads.
      if (equalRatios.length === 0 && !theirs.some((c) => c.kind === 'number' && c.unit === 'group')) continue;
      const sizes = new Set(bead[info.passage.lang].flatMap((k) => [...groupSizesIn(info, text, eachGroup, k)]));
      if (sizes.size === 0) continue;
      const perGroup = mine.filter((c) => c.kind === 'number' && c.decimals === 0 && !c.comparator && sizes.has(c.offset));
      if (perGroup.length === 0) continue;
      for (const c of equalRatios) if (free(c)) settled.add(c);
      const groups = [...equalRatios.map(() => 2), ...theirs.filter((c) => c.kind === 'number' && c.unit === 'group').map((c) => c.value)];
      for (const c of perGroup) {
        const total = (t: Claim) => t.kind === 'number' && !t.comparator && groups.some((k) => t.value === k * c.value);
        if (free(c) && theirs.some(total)) settled.add(c);
        // The total is stated over here too, as the groups times their size: `Two hundred patients` is `两组各100例`.
        for (const t of theirs) if (free(t) && total(t) && t.decimals === 0 && !unitsDiffer(t, c)) settled.add(t);
      }
    }
  }
}

/**
 * 2a2. A rate per decade against one per year: `1.2 mm/10 a`, `0.3 ℃·(10 a)-1` against `0.12 mm/a`,
 *      `0.03 °C per year`; `0.3 °C per decade` against `0.03 ℃/a`. Compared per year, in one base unit,
 *      and the period's own number (`10`, `decade`) with them.
 */
function settleRatesPerDecade(s: PairLinks): void {
  // Most Chinese abstracts state no rate per years at all: one look at the text, not one at each measure.
  if (!PER_YEARS_ANYWHERE_ZH.test(s.zhIndex.text)) return;
  const { free, settled } = s;
  const perYearsOf = (c: Claim): number | undefined => {
    const [info, index, pattern] = c.lang === 'en' ? [s.en, s.enIndex, PER_YEARS_AFTER_EN] : [s.zh, s.zhIndex, PER_YEARS_AFTER_ZH];
    const at = c.offset + c.length - info.passage.offset;
    const m = pattern.exec(index.text.slice(at, at + 24));
    return m ? (m[1] ? Number(m[1]) : m[2] || m[3] ? 10 : 1) : undefined;
  };
  const baseUnit = (c: Claim) => c.unit?.replace(/\/year$/, '');
  for (const bead of s.smallBeads()) {
    // A rate of an index has no unit (`NDVI rose at 0.0062/a`, `0.062/10a`): the period after it says it is one.
    const rates = (side: Side) => s.inBead(bead, side).filter((c) => free(c) && c.kind === 'number' && (c.unit !== undefined || perYearsOf(c) !== undefined));
    const zs = rates('zh');
    if (zs.length === 0) continue;
    const es = rates('en');
    for (const z of zs) {
      const zYears = perYearsOf(z);
      if (zYears === undefined) continue;
      for (const e of es) {
        // A bound keeps its sign through the conversion (`exceeding 0.012/a` is `超过0.12/10a`), though a verb may state it on one side only.
        const sameBound = !e.comparator || !z.comparator || e.comparator === z.comparator;
        const eYears = free(e) && sameBound && baseUnit(e) === baseUnit(z) ? perYearsOf(e) : undefined;
        if (eYears === undefined || eYears === zYears) continue;
        const digits = (years: number) => Math.round(Math.log10(years));
        if (!sameNumber(z.value / zYears, z.decimals + digits(zYears), e.value / eYears, e.decimals + digits(eYears))) continue;
        for (const c of [z, e]) {
          settled.add(c);
          // The period's own number right after: the `10` of `/10 a`, the word `decade`.
          const next = (c.lang === 'en' ? s.inBead(bead, 'en') : s.inBead(bead, 'zh')).find((n) => n.offset > c.offset && n.offset - (c.offset + c.length) < 12 && n.value === (c === z ? zYears : eYears) && free(n));
          if (next && next.value > 1) settled.add(next);
        }
        break;
      }
    }
  }
}

/**
 * 2a. A value the other version states in a form text from a PDF mangles, such as digits
 *     glued to words (`identified185`, `in6CRCcellines`; src/align/unread-forms.ts): stated, in a form not read.
 *     Sought in English only, as Chinese text glues digits to nothing but names; and in the
 *     aligned sentences and their neighbours, as a name elsewhere (`shvglut3`) glues digits too.
 *     A percentage, a p-value or a fraction has its sign: glued digits are a count, a range or a rank (`late18s`, 18世纪).
 */
function settleUnreadForms(s: PairLinks): void {
  const { free, settled, beads } = s;
  const unreadIn = new UnreadForms(s.en.passage.sentences);
  beads.forEach((bead, i) => {
    const open = s.inBead(bead, 'zh').filter((c) => free(c) && (c.kind === 'number' || c.kind === 'range' || c.kind === 'ordinal'));
    if (open.length === 0) return;
    const near = beads.slice(Math.max(0, i - 1), i + 2).flatMap((b) => b.en.flatMap((k) => unreadIn.at(k) ?? []));
    if (near.length === 0) return;
    const values = new Set(near.flatMap((u) => [...u.values]));
    const months = new Set(near.flatMap((u) => [...u.months]));
    for (const c of open) {
      // `1月` against `inJanuarywas`: a month, stated.
      if (c.kind === 'number' && c.unit === 'month' && months.has(c.value)) settled.add(c);
      else if (componentValues(c).every((v) => values.has(Math.abs(v)))) settled.add(c);
    }
  });
}

/**
 * 2a+. A period English states by an adjective (`the decadal frequency`, 10年频次) or a unit's power
 *      (`°C decade-1`, ℃·(10 a)-1): the Chinese years, stated.
 */
function settlePeriodAdjectives(s: PairLinks): void {
  // Most English abstracts hold no such word: one look at the text, not one at each Chinese number.
  if (!PERIOD_ADJECTIVES_EN.some(([adjective]) => adjective.test(s.enIndex.text))) return;
  const { free, settled, zh } = s;
  const years = (c: Claim) => c.unit === 'year' || (c.unit === undefined && ANNI_AFTER_ZH.test(s.zhIndex.text.slice(c.offset + c.length - zh.passage.offset, c.offset + c.length - zh.passage.offset + 3)));
  for (const bead of s.beads) {
    const open = s.inBead(bead, 'zh').filter((c) => free(c) && c.kind === 'number' && !c.comparator && years(c));
    if (open.length === 0) continue;
    const text = s.beadText(bead, 'en');
    for (const [adjective, years] of PERIOD_ADJECTIVES_EN) {
      if (!adjective.test(text)) continue;
      for (const c of open) if (c.value === years) settled.add(c);
    }
  }
}

/**
 * 2a++. A strength the other version states by the solution's name: `0.9%氯化钠注射液` against `normal
 *       saline`, `0.9% sodium chloride` against `生理盐水`. Another strength is no such name, and stays open.
 */
function settleStrengthNames(s: PairLinks): void {
  for (const [side, names, otherText] of [['zh', STRENGTH_NAMES_EN, s.enIndex.text], ['en', STRENGTH_NAMES_ZH, s.zhIndex.text]] as const) {
    const named = names.filter(([name]) => name.test(otherText)).map(([, value]) => value);
    if (named.length === 0) continue;
    for (const c of (side === 'en' ? s.en : s.zh).claims) if (s.free(c) && c.kind === 'percent' && !c.comparator && named.includes(c.value)) s.settled.add(c);
  }
}

/**
 * 2a'. The base of a rate that the other version writes as a sign, with no number:
 *      `3.2 per 1,000` is `3.2‰`, `5.6 per 10,000` is `5.6/万`.
 */
function settleRateSigns(s: PairLinks): void {
  const { free, settled, zh } = s;
  for (const bead of s.beads) {
    const open = s.inBead(bead, 'en').filter((c) => free(c) && c.kind === 'number' && !c.comparator && RATE_SIGNS_ZH.some(([base]) => base === c.value));
    if (open.length === 0) continue;
    // Folded, so that a full-width `／万` is the sign too.
    const zhText = bead.zh.map((i) => {
      const sentence = zh.passage.sentences[i];
      return sentence ? s.zhIndex.text.slice(sentence.offset - zh.passage.offset, sentence.offset + sentence.length - zh.passage.offset) : '';
    }).join('');
    for (const c of open) {
      const at = c.offset - s.en.passage.offset;
      if (!RATE_BASE_BEFORE_EN.test(s.enIndex.text.slice(Math.max(0, at - 8), at))) continue;
      if (RATE_SIGNS_ZH.some(([base, sign]) => base === c.value && sign.test(zhText))) settled.add(c);
    }
  }
}

/**
 * 2a''. A list whose commas text from a PDF left without a space: `at 300,500 and 700 ℃` against
 *       `300、500和700 ℃` states 300 and 500, not 300,500. Only where a list goes on after it and every
 *       group is a free value of the aligned sentences, in its order.
 */
function settleGluedLists(s: PairLinks): void {
  const { free, settled } = s;
  for (const bead of s.beads) {
    const open = s.inBead(bead, 'en').filter((c) => free(c) && c.kind === 'number' && GLUED_LIST.test(c.text));
    if (open.length === 0) continue;
    const zs = s.inBead(bead, 'zh').filter((c) => free(c) && c.kind === 'number');
    for (const c of open) {
      const end = c.offset + c.length - s.en.passage.offset;
      if (!LIST_GOES_ON_EN.test(s.enIndex.text.slice(end, end + 12))) continue;
      const items = c.text.split(',').map(Number);
      let from = 0;
      const found: Claim[] = [];
      for (const v of items) {
        const k = zs.findIndex((z, j) => j >= from && z.value === v && !found.includes(z));
        if (k < 0) break;
        found.push(zs[k]!);
        from = k + 1;
      }
      if (found.length !== items.length) continue;
      settled.add(c);
      for (const z of found) settled.add(z);
    }
  }
}

/**
 * 2a'''. A thousands group a Chinese author typed with a full-width comma, which is read as a list
 *        comma (`1，402名` is 1 and 402): against the number the English writes whole (`1,402
 *        patients`), the two parts state it, no value of their own. Only two neighbours a `，`
 *        apart, the second of exactly three digits, whose joined value a free English number is.
 */
function settleFullWidthThousands(s: PairLinks): void {
  const { free, zh } = s;
  for (const bead of s.beads) {
    const zs = s.inBead(bead, 'zh').filter((c) => free(c) && c.kind === 'number' && c.value >= 0);
    if (zs.length < 2) continue;
    const es = s.inBead(bead, 'en').filter((c) => free(c) && c.kind === 'number' && c.value >= 1000 && Number.isInteger(c.value));
    if (es.length === 0) continue;
    for (let k = 0; k + 1 < zs.length; k++) {
      const [head, tail] = [zs[k]!, zs[k + 1]!];
      const gapAt = head.offset + head.length - zh.passage.offset;
      if (!FULL_COMMA_GAP.test(s.zhIndex.text.slice(gapAt, tail.offset - zh.passage.offset)) || !THREE_DIGITS_FIRST.test(tail.text)) continue;
      if (!Number.isInteger(head.value) || head.value >= 1000 || !Number.isInteger(tail.value)) continue;
      const whole = es.find((e) => free(e) && e.value === head.value * 1000 + tail.value);
      if (!whole) continue;
      s.settle(whole, head, tail);
    }
  }
}

/**
 * 2a''''. A number a PDF split with a space (`1 5.2%` against `15.2%`, `4 8 keywords` against `48个`): the two parts state the
 *         other version's number of the aligned sentences when their digits joined are its
 *         digits, in a value of its kind; a changed one (`16.2%`) is still reported.
 */
function settleSplitNumbers(s: PairLinks): void {
  const { free } = s;
  for (const bead of s.beads) {
    for (const [side, other, index, passage] of [['en', 'zh', s.enIndex, s.en.passage], ['zh', 'en', s.zhIndex, s.zh.passage]] as const) {
      const cs = s.inBead(bead, side).filter(free);
      if (cs.length < 2) continue;
      const os = s.inBead(bead, other).filter(free);
      for (let k = 0; k + 1 < cs.length; k++) {
        const [head, tail] = [cs[k]!, cs[k + 1]!];
        if (head.kind !== 'number' || head.unit !== undefined || !SPLIT_HEAD.test(head.text)) continue;
        const gapAt = head.offset + head.length - passage.offset;
        if (index.text.slice(gapAt, tail.offset - passage.offset) !== ' ') continue;
        const digits = SPLIT_TAIL.exec(tail.text);
        if (!digits) continue;
        const joined = Number(head.text + digits[0]);
        const whole = os.find((o) => free(o) && o.kind === tail.kind && o.value === joined && o.decimals === tail.decimals && (o.unit ?? '') === (tail.unit ?? ''));
        if (!whole) continue;
        s.settle(whole, head, tail);
      }
    }
  }
}

/**
 * 2b. A count in words of something only one version names in a shared way (`five signs`,
 *     `五种体征`): the only such count on each side of the aligned sentences, after every
 *     value found its counterpart elsewhere. `one`, `一` are too often an article to count.
 */
function linkLooseCounts(s: PairLinks): void {
  const { free } = s;
  for (const bead of s.smallBeads()) {
    const es = s.inBead(bead, 'en').filter((c) => free(c) && looseCount(c));
    const zs = s.inBead(bead, 'zh').filter((c) => free(c) && looseCount(c));
    if (es.length === 1 && zs.length === 1 && looselyCounted(es[0]!, zs[0]!)) s.link(es[0]!, zs[0]!, s.conflicts);
  }
}

/** 3. Different values in the same place: beside the same linked claim, or the only one of their kind in a bead. */
function linkSamePlace(s: PairLinks): void {
  const { free, linked } = s;
  const byId = s.byId();
  for (const z of s.zh.claims) {
    if (!free(z)) continue;
    const zBeside = z.beside ? byId.get(z.beside) : undefined;
    const eBeside = zBeside ? linked.get(zBeside) : undefined;
    const e = eBeside?.beside ? byId.get(eBeside.beside) : undefined;
    if (e && free(e) && comparable(e, z)) s.link(e, z, s.conflicts);
  }
  for (const bead of s.smallBeads()) {
    const es = s.inBead(bead, 'en').filter(free);
    const zs = s.inBead(bead, 'zh').filter(free);
    for (const e of es) {
      const sameKindE = es.filter((c) => free(c) && c.kind === e.kind && c.unit === e.unit);
      const sameKindZ = zs.filter((c) => free(c) && comparable(e, c));
      if (sameKindE.length === 1 && sameKindZ.length === 1) s.link(e, sameKindZ[0]!, s.conflicts);
    }
  }
}

/**
 * 5. Two values that no other place states, holding one place in aligned sentences, are one
 *    changed value rather than two missing ones: `3.5 ± 1.2` and `3.5 ± 2.1`.
 */
function linkChangedValues(s: PairLinks): void {
  const { free } = s;
  const missing = (c: Claim) => free(c) && c.form === 'digits' && !c.approx && !s.statedElsewhere(c);
  for (const bead of s.smallBeads()) {
    const [es, zs] = [s.inBead(bead, 'en'), s.inBead(bead, 'zh')];
    if (!es.some(missing) || !zs.some(missing)) continue;
    for (const [e, z] of placedPairs(es, zs, s.linked, missing)) if (nearInForm(e, z)) s.link(e, z, s.conflicts);
  }
}

/**
 * 5a. An approximate value and its counterpart, the only free numbers of their bead that no
 *     other place states, far apart: `about 2.3 million` and `约2.3亿`, one value whose scale
 *     changed. Near ones (`about 1,500`, `约1 480`) are two roundings of one value.
 */
function linkRescaledApproximations(s: PairLinks): void {
  const loose = (c: Claim) => s.free(c) && c.form === 'digits' && c.kind === 'number' && !s.statedElsewhere(c);
  for (const bead of s.smallBeads()) {
    const es = s.inBead(bead, 'en').filter(loose);
    if (es.length !== 1) continue;
    const zs = s.inBead(bead, 'zh').filter(loose);
    if (zs.length !== 1) continue;
    const [e, z] = [es[0]!, zs[0]!];
    if ((e.approx || z.approx) && farApart(e, z)) s.link(e, z, s.conflicts);
  }
}

/**
 * 5b'. One thing that Chinese counts with a measure word other than 例 (`1所医院`, `1项随机试验`,
 *      `1个家系`, `1家`, `1株`) and English with its article (`a hospital`, `a randomized trial`, `a lytic phage`): stated.
 *      After every step that links a changed count: `two hospitals` against `1所医院` is a mismatch.
 *      Stated, too, where it was linked by value to a one of a sentence far off (`an MOI of 1`).
 */
function settleOnesByArticle(s: PairLinks, stated: Set<Claim>): void {
  const { free, settled, zh } = s;
  for (const bead of s.smallBeads()) {
    if (bead.en.length === 0) continue;
    const ones = s.inBead(bead, 'zh').filter((c) => c.kind === 'number' && c.value === 1 && c.form === 'digits' && !c.comparator && !c.approx && (c.unit === undefined || (c.unit !== 'patient' && COUNTED_THINGS.has(c.unit))));
    if (ones.length === 0 || !ARTICLE_BEFORE_NOUN_EN.test(s.beadText(bead, 'en'))) continue;
    for (const c of ones) {
      const at = c.offset - zh.passage.offset + 1;
      if (!THING_COUNTER_ZH.test(s.zhIndex.text.slice(at, at + 3))) continue;
      stated.add(c);
      if (free(c)) settled.add(c);
    }
  }
}

/**
 * 5b''. The step of a change in one unit (`每增加1 h`, `每升高1 ℃`), which English names without its
 *       one (`each additional hour`, `for every extra year`), and the one thing a rate or a cost is per
 *       (`每获得1个QALY`, `每避免1例死亡`: `per QALY gained`, `per averted death`): stated, whether free or
 *       linked by value to a one of a sentence far off (`one parent`). The steps found, which no aligned
 *       sentence lacks.
 */
function settleUnitSteps(s: PairLinks): Set<Claim> {
  const { zh } = s;
  const steps = new Set<Claim>();
  for (const bead of s.smallBeads()) {
    if (bead.en.length === 0) continue;
    const enText = s.beadText(bead, 'en');
    const step = EACH_STEP_EN.test(enText);
    const per = PER_THING_EN.test(enText);
    if (!step && !per) continue;
    for (const c of s.inBead(bead, 'zh')) {
      if (c.kind !== 'number' || c.value !== 1 || c.comparator || c.approx) continue;
      const at = c.offset - zh.passage.offset;
      const before = s.zhIndex.text.slice(Math.max(0, at - 8), at);
      // A step has its unit (`1 h`); the thing a rate is per may have none but its measure word (`1份`, `1个QALY`).
      if (!(step && c.unit !== undefined && STEP_BEFORE_ZH.test(before)) && !(per && PER_ONE_BEFORE_ZH.test(before))) continue;
      steps.add(c);
      if (s.free(c)) s.settled.add(c);
    }
  }
  return steps;
}

/**
 * 5b'''. The unit of a rate written as a fraction of one (`发病率以1/10万表示`, `（1/10万）`), where the aligned
 *        English names the base alone (`expressed per 100 000 population`): stated.
 */
function settleRateUnits(s: PairLinks): void {
  const sentences = s.en.passage.sentences;
  for (const bead of s.smallBeads()) {
    const zs = s.inBead(bead, 'zh').filter((c) => c.kind === 'fraction' && c.num === 1 && s.free(c));
    if (zs.length === 0) continue;
    const bases = new Set(s.inBead(bead, 'en').filter((c) => rateBase(c, sentences)).map((c) => c.value));
    for (const c of zs) if (bases.has(c.den!)) s.settled.add(c);
  }
}

/**
 * What no step linked: 5c, a number its confidently aligned sentence lacks, though its value
 * stands elsewhere; a claim stated nowhere over there in any form; 6, a value stated more often
 * than the aligned sentences state it.
 */
function leftOver(s: PairLinks, wordCounts: WordCounts, statedInWords: Set<Claim>): Pick<PairAlignment, 'links' | 'conflicts' | 'unmatched' | 'surplus' | 'dropped'> {
  const { en, zh, beads, free, hugeBeads, statedElsewhere, besideStated } = s;
  // A count the aligned sentences imply by listing as many items is stated there: `three groups: A, B and C`.
  const sizesOf = new Map<Bead, { en: ListSizes; zh: ListSizes }>();
  const beadOf = { en: new Map<number, Bead>(), zh: new Map<number, Bead>() };
  for (const bead of beads) for (const side of ['en', 'zh'] as const) for (const i of bead[side]) beadOf[side].set(i, bead);
  // A count in words of any thing may be one a list spells out (`three doses: A, B and C`);
  // `anyUnit` lets a count of any unit be one.
  const listed = (c: Claim, anyUnit = false) => {
    if (c.kind !== 'number' || !Number.isInteger(c.value) || c.value < 2 || c.comparator) return false;
    if (c.unit !== undefined && !anyUnit && !LISTED_UNITS.has(c.unit) && !reportableWordCount(c)) return false;
    const bead = beadOf[c.lang].get(c.sentence);
    if (!bead) return false;
    let sizes = sizesOf.get(bead);
    if (!sizes) {
      sizes = { en: listSizes(s.beadText(bead, 'en'), 'en'), zh: listSizes(s.beadText(bead, 'zh'), 'zh') };
      sizesOf.set(bead, sizes);
    }
    const there = sizes[c.lang === 'en' ? 'zh' : 'en'];
    if (c.unit !== undefined) return there.any.has(c.value);
    // A bare count of a thing (`3个地点`, `4 modules`) may be the size of a list named whole:
    // counting less of it counts something else, and a bare number of no thing (`[1，3，5]`) counts nothing.
    const [info, index] = c.lang === 'en' ? [en, s.enIndex] : [zh, s.zhIndex];
    const after = index.text.slice(c.offset + c.length - info.passage.offset, c.offset + c.length - info.passage.offset + 8);
    return (c.lang === 'en' ? COUNTED_AFTER_EN : THING_COUNTER_ZH).test(after) || (c.lang === 'zh' && TIME_SLICES_ZH.test(after))
      ? there.whole.has(c.value)
      : false;
  };
  // A count in words is stated only in its unit or beside it: `三组` is not the `grade 3` of another sentence.
  const wordCountStated = (c: Claim) => {
    const bead = beadOf[c.lang].get(c.sentence);
    // A bead too large to compare pairwise is searched by the index only.
    return wordCounts.stated(c, bead && !hugeBeads.has(bead) ? s.inBead(bead, c.lang === 'en' ? 'zh' : 'en') : []);
  };
  // 5c. A number its confidently aligned sentence lacks, though its value stands elsewhere.
  // A value the aligned sentences state, but fewer times, is stated too often here (step 6).
  const namedThere = (c: Claim) => {
    const [text, base, other] = [c.lang === 'en' ? s.enIndex.text : s.zhIndex.text, (c.lang === 'en' ? en : zh).passage.offset, c.lang === 'en' ? s.zhIndex.text : s.enIndex.text];
    return percentileNamedThere(c, text, base, other) || rankNamedThere(c, text, base, other);
  };
  const lacking = missingFromAlignedSentences({ links: s, beadOf, listed, converted: (c: Claim) => besideStated(c) || statedInWords.has(c) || namedThere(c) });
  const dropped = lacking.filter((d) => !d.repeated).map(({ claim, elsewhere }) => ({ claim, elsewhere }));
  const reported = new Set(lacking.map((d) => d.claim));
  const sentencesOf = { en: en.passage.sentences, zh: zh.passage.sentences };
  const firstGroupCount = lazily(() => firstGroupCounts(zh.claims));
  // A number word of ten or more whose value Chinese numerals or digits write anywhere over there, read as a number
  // or not, is stated: `the eighteen incompatibilities` is `十八反`, a name (exactNumberWord).
  const writtenInChinese = lazily(() => new Set([...numeralValues(s.zhIndex.text), ...digitRuns([s.zhIndex.text]).keys()]));
  const spelledOutThere = (c: Claim) => exactNumberWord(c) && !reportableWordCount(c) && writtenInChinese().has(c.value);
  const unmatched = [...en.claims, ...zh.claims].filter(
    (c) =>
      free(c) && !(statedElsewhere(c) && (!reportableWordCount(c) || besideStated(c) || wordCountStated(c))) && !listed(c) && !reported.has(c) && !spelledOutThere(c) &&
      !hyphenatedName(c, sentencesOf[c.lang]) && !restatesPeriod(c, sentencesOf[c.lang]) && !restatesDoses(c, sentencesOf[c.lang]) &&
      !restatesGroups(c, firstGroupCount) && !itemsOfNamedScale(c, sentencesOf[c.lang]) && !namedThere(c) && !restatesPersons(c, s, beadOf) &&
      !roundThenExact(c, (c.lang === 'en' ? s.enIndex : s.zhIndex).claimsIn(c.sentence), sentencesOf[c.lang]),
  );
  const surplus = [...lacking.filter((d) => d.repeated && !restatesDoses(d.claim, sentencesOf[d.claim.lang])).map((d) => d.claim), ...statedTooOften(s, reported)];
  return { links: s.links, conflicts: s.conflicts, unmatched, surplus, dropped };
}

/**
 * 6. A value that one sentence states more often than the aligned sentences of the other
 *    version, which do state it: the rest of the multiset is missing there. Counted as
 *    written (value, unit and comparator), so `<2剂` and `2剂` are two values; a repeat
 *    spread over two sentences of a merged bead may be a sentence the other version lacks.
 */
function statedTooOften(s: PairLinks, reported: Set<Claim>): Claim[] {
  const { free, en, zh } = s;
  const surplus: Claim[] = [];
  for (const bead of s.smallBeads()) {
    const es = s.inBead(bead, 'en');
    const zs = s.inBead(bead, 'zh');
    if (!es.some(free) && !zs.some(free)) continue;
    for (const [mine, theirs, side, mySentences] of [[es, zs, zh, en.passage.sentences], [zs, es, en, zh.passage.sentences]] as const) {
      // Only a free claim in digits can be surplus: where every claim is linked there is nothing to count.
      const surplusable = (c: Claim) => free(c) && c.form === 'digits' && !c.approx && !reported.has(c);
      if (!mine.some(surplusable)) continue;
      // `两组均为90%` states once the 90% that `90% and 90%` repeats; asked only of a value stated too often.
      const onceForAll = (c: Claim) => theirs.some((o) => sameExactKey(o, c) && statedForAll(o, side.passage.sentences));
      // Whether mine[i] counts: not the second side of a product, a rate's base, a confidence level, a period, doses or a fraction's base restated.
      const counts = (i: number) => {
        const c = mine[i]!;
        return !(repeatedInPlace(mine[i - 1], c, mySentences) || rateBase(c, mySentences) || confidenceLevel(c, mySentences) || restatesPeriod(c, mySentences) || restatesDoses(c, mySentences) || baseOfFractionAfter(c, mine, mySentences));
      };
      // A claim is surplus when its sentence states its exact key, counting it, more often than the bead's other side does.
      // Counted by comparing a bead's few claims pairwise rather than keys written and mapped; each test is asked
      // only where the ones before it hold, and they are tests of the claims alone, so the same claims are surplus.
      mine.forEach((c, i) => {
        if (!surplusable(c) || !counts(i)) return;
        let there = 0;
        for (const o of theirs) if (sameExactKey(o, c)) there++;
        if (there === 0) return;
        let here = 1;
        for (let k = 0; k < i; k++) if (mine[k]!.sentence === c.sentence && sameExactKey(mine[k]!, c) && counts(k)) here++;
        if (here > there && !onceForAll(c)) surplus.push(c);
      });
    }
  }
  return surplus;
}

/** A minus sign written as one: not a dash (`齿式—3·2·1`, a tooth formula). */
const MINUS = /^[-−－]\d/;
/** A letter or digit before a minus makes it a hyphen: `2-by-2`, `IL-6`. */
const GLUED_BEFORE = /[\p{Script=Latin}\d]$/u;

/**
 * A value and its counterpart of the aligned sentences, one negative with a minus sign that stands
 * free (`-612 HU`, `（-612±85）`, `为－14.8%`) and one positive, written in digits.
 */
function signLost(e: Claim, z: Claim, passages: Record<'en' | 'zh', PassageInfo>): boolean {
  if (!(e.kind === 'number' || e.kind === 'percent') || e.kind !== z.kind || e.form !== 'digits' || z.form !== 'digits' || e.value * z.value >= 0) return false;
  const negative = e.value < 0 ? e : z;
  const { passage } = passages[negative.lang];
  const at = negative.offset - passage.offset;
  return MINUS.test(negative.text) && !GLUED_BEFORE.test(passage.text.slice(Math.max(0, at - 1), at));
}

/** Moves the links of values whose sign one version lost (signLost) from `links` to `conflicts`. */
function lostSigns(s: PairLinks): void {
  const { linked, links, conflicts } = s;
  const sentenceText = (side: 'en' | 'zh', i: number) => s[side].passage.sentences[i]?.text ?? '';
  const moved = new Set<Claim>();
  for (const bead of s.smallBeads()) {
    for (const e of s.inBead(bead, 'en')) {
      const z = linked.get(e);
      if (!z || !signLost(e, z, s) || !bead.zh.includes(z.sentence)) continue;
      const says = (side: 'en' | 'zh', re: RegExp) => bead[side].some((i) => re.test(foldWidth(sentenceText(side, i))));
      if (says('en', SIGN_IN_WORDS_EN) || says('zh', SIGN_IN_WORDS_ZH)) continue;
      moved.add(e);
    }
  }
  if (moved.size === 0) return;
  for (let i = links.length - 1; i >= 0; i--) {
    const l = links[i]!;
    if (!moved.has(l.en)) continue;
    links.splice(i, 1);
    conflicts.push(l);
  }
}

/**
 * The sentences of the other version aligned with each sentence: the other side of its
 * bead, or, when the aligner left it without one, the sentence aligned just before it.
 * Built once for a pair, so asking for every claim stays linear.
 */
export function alignedSentences(pair: Pick<PairAlignment, 'en' | 'zh' | 'beads'>): (claim: Claim) => Sentence[] {
  const maps = { en: new Map<number, number[]>(), zh: new Map<number, number[]>() };
  const previous = { en: [] as number[], zh: [] as number[] };
  for (const bead of pair.beads) {
    for (const side of ['en', 'zh'] as const) {
      const other = side === 'en' ? 'zh' : 'en';
      const at = bead[other].length ? bead[other] : previous[other].slice(-1);
      for (const i of bead[side]) maps[side].set(i, at);
    }
    for (const side of ['en', 'zh'] as const) if (bead[side].length) previous[side] = bead[side];
  }
  return (claim) => {
    const other = claim.lang === 'en' ? 'zh' : 'en';
    return (maps[claim.lang].get(claim.sentence) ?? []).map((i) => pair[other].passage.sentences[i]).filter((x): x is Sentence => x !== undefined);
  };
}

/** What the search for dropped numbers needs beyond the pair's linking state. */
interface DroppedContext {
  links: PairLinks;
  /** The bead of each sentence, by side. */
  beadOf: Record<'en' | 'zh', Map<number, Bead>>;
  listed: (c: Claim, anyUnit?: boolean) => boolean;
  /** Stated over there in another unit, beside its conversion: `12 weeks (3 months)`. */
  converted: (c: Claim) => boolean;
}

/** A value computed on first use and kept: work that most calls never need. */
function lazily<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Kinds of amount a sentence can lose; a date is compared as a date. */
const DROPPABLE = new Set(['number', 'percent', 'fraction', 'range', 'pvalue', 'ratio']);


/** Between a bound and the count of the group it names: `≥80岁者142例`, `≥80岁的患者142例`, `aged ≥80 years (n=142)`. */
const GROUP_THEN_COUNT = /^[^，,。；;：:、]{0,8}$/;

/** After a bound, the group it names: `＜30周组`, `≥65岁组` (not `组间`, `组织`). */
const GROUP_NAMED_AFTER_ZH = /^组(?![间织成合件])/;

/** How many sentences back a count of groups may have been stated, for a later sentence to name "the N groups" again. */
const GROUPS_RESTATED_FROM = 8;
/** How many counts after a total said again may be its breakdown (restatesTotal): a few categories, never a long list. */
const TOTAL_PARTS = 12;
/** How far after a count of persons the noun that names them is looked for, in its clause. */
const CLAUSE_REACH = 40;
const CLAUSE_END = /[，,；;。:：]|\.(?!\d)/;
/** The noun right after a count of persons: two Han characters (`医师`, `观察者`'s `观察`), or an English word of four letters or more. */
const PERSONS_NOUN_ZH = /^\s?(\p{Script=Han}{2})/u;
const PERSONS_NOUN_EN = /^\s?([A-Za-z]{4,})/;

/** Things a count counts (patients, groups, doses), unlike a duration or a measure. */
const COUNTED_THINGS = new Set(['patient', ...COUNTED_EN.map(([, unit]) => unit)]);

function countedThing(c: Claim): boolean {
  return c.kind === 'number' && c.unit !== undefined && COUNTED_THINGS.has(c.unit);
}

/** The text after a claim to the end of its clause, within CLAUSE_REACH characters. */
function clauseAfter(c: Claim, sentences: Sentence[]): string {
  const t = sentences[c.sentence];
  if (!t) return '';
  const at = c.offset + c.length - t.offset;
  const rest = t.text.slice(at, at + CLAUSE_REACH);
  const end = rest.search(CLAUSE_END);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * The persons an earlier sentence counted, named again in words by the noun its clause named them by
 * (`由2名…放射科医师阅片`, then `两名医师…的一致性`; `Two radiologists read…`, then `the two radiologists agreed`), the
 * other version stating the count beside either place: it may name them again without it (`interobserver agreement`).
 * A count in digits is a finding, and stays reported.
 */
function restatesPersons(c: Claim, s: PairLinks, beadOf: Record<'en' | 'zh', Map<number, Bead>>): boolean {
  if (c.kind !== 'number' || c.unit !== 'patient' || c.form === 'digits') return false;
  const sentences = (c.lang === 'en' ? s.en : s.zh).passage.sentences;
  const noun = (c.lang === 'en' ? PERSONS_NOUN_EN : PERSONS_NOUN_ZH).exec(clauseAfter(c, sentences))?.[1];
  if (!noun) return false;
  const [own, other] = c.lang === 'en' ? [s.enIndex, s.zhIndex] : [s.zhIndex, s.enIndex];
  const side = c.lang === 'en' ? 'zh' : 'en';
  const statedThere = (k: number) => {
    const bead = beadOf[c.lang].get(k);
    return bead !== undefined && bead[side].some((j) => other.claimsIn(j).some((o) => sameValues(o, c)));
  };
  for (let i = c.sentence - 1; i >= Math.max(0, c.sentence - GROUPS_RESTATED_FROM); i--) {
    const earlier = own.claimsIn(i).some((o) => o.unit === 'patient' && sameValues(o, c) && clauseAfter(o, sentences).includes(noun));
    if (earlier && (statedThere(c.sentence) || statedThere(i))) return true;
  }
  return false;
}


const sameValues = (a: Claim, b: Claim) => componentValues(a).join() === componentValues(b).join();

/** The same values with the same bound: `<60` and `≥60` are two values. */
const sameBound = (a: Claim, b: Claim) => sameValues(a, b) && (a.comparator ?? '') === (b.comparator ?? '');

/**
 * Beads whose pairing of sentences is beyond doubt: sentences on both sides, some number
 * of one side found in the other (a link inside the bead), or a neighbour bead so anchored.
 * A sentence one version lacks (a 1:0 bead) has no aligned sentence to miss a number from.
 */
function confidentBeads(s: PairLinks): Set<Bead> {
  const { beads, inBead, linked, hugeBeads } = s;
  const paired = (b: Bead | undefined) => b !== undefined && b.en.length > 0 && b.zh.length > 0 && !hugeBeads.has(b);
  const anchored = beads.map(
    (b) =>
      paired(b) &&
      inBead(b, 'en').some((e) => {
        const z = linked.get(e);
        return z !== undefined && z.lang === 'zh' && b.zh.includes(z.sentence);
      }),
  );
  const out = new Set<Bead>();
  beads.forEach((b, i) => {
    if (paired(b) && (anchored[i] || anchored[i - 1] || anchored[i + 1])) out.add(b);
  });
  return out;
}

/**
 * The claim of `c`'s side that the same claim as written over there (`there`, one bead's
 * claims) is linked to, when that claim differs from it in bound, unit or kind while `c`
 * does not: `≥60` linked to the `<60` over there, where `c` is `<60`. Digits only: a number
 * word is linked by its own rules (a count of a named thing).
 */
function linkedInexactly(c: Claim, there: Claim[], linked: Map<Claim, Claim>, bead: Set<Claim>): Claim | undefined {
  if (c.form !== 'digits') return undefined;
  for (const p of there) {
    if (!sameExactKey(p, c)) continue;
    const o = linked.get(p);
    if (o !== undefined && o.lang === c.lang && o.form === 'digits' && bead.has(o) && !sameExactKey(o, p)) return o;
  }
  return undefined;
}

/** The number of a hyphenated name that PDF text glued to the words around it: `ofET-1,`, `ET-1tranfection`, `IL-6expression`. */
function hyphenatedName(c: Claim, sentences: Sentence[]): boolean {
  const s = sentences[c.sentence];
  if (!s || c.form !== 'digits') return false;
  const at = c.offset - s.offset;
  const before = s.text.slice(Math.max(0, at - 3), at);
  return /[A-Z]{2}-$/.test(before) || (/[A-Z]-$/.test(before) && /^[a-z]/.test(s.text.slice(at + c.length, at + c.length + 1)));
}

/**
 * The number of items of a scale whose name, after it, holds it (`the 9-item Patient Health Questionnaire (PHQ-9)`,
 * `15-item GDS-15`, `24个条目的心理资本问卷（PCQ-24）`): the name states it again, and a translation often keeps only the name.
 */
const ITEMS_AFTER = /^\s?-?\s?(?:items?\b|个?条目|项|题)/i;
const NAME_NUMBER = /(?<![A-Z])[A-Z]{2,}[a-z]?\s?[-‐]?\s?(\d+)(?!\d|\.\d)/g;
function itemsOfNamedScale(c: Claim, sentences: Sentence[]): boolean {
  const s = sentences[c.sentence];
  if (!s || c.kind !== 'number' || c.form !== 'digits' || !Number.isInteger(c.value)) return false;
  const at = c.offset - s.offset + c.length;
  if (!ITEMS_AFTER.test(s.text.slice(at, at + 6))) return false;
  // The name after the count, in the phrase the count opens (`the 9-item … Questionnaire (PHQ-9)`); a count said of a scale
  // named before it (`SCORE-15 is a 15-item questionnaire`) is a statement of its own.
  for (const m of s.text.slice(at, at + 80).matchAll(NAME_NUMBER)) if (Number(m[1]) === c.value) return true;
  return false;
}

/**
 * A percentile rank (`the 97th percentile`, `the 5th, 10th and 95th percentiles`, `第97百分位数`, `第5、10、95百分位`) that
 * the other version writes only as its symbol (`P97`), which is read as a name, not an amount: the rank is stated there.
 */
const PERCENTILE_AFTER = {
  en: /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|[-–]\s*)\d{1,2}(?:st|nd|rd|th)?)*\s*percentiles?\b/i,
  zh: /^(?:\s*(?:[、，,和及与或至到~～-]|th)\s*\d{1,2})*\s*(?:th\s*)?百分位/,
};
/** A percentile's symbol, `P97`, `P 5`: its rank is group 1. */
const PERCENTILE_SYMBOL = /(?<![A-Za-z\d])P\s?(\d{1,2})(?![\d.])/g;
function percentileNamedThere(c: Claim, text: string, base: number, other: string): boolean {
  if ((c.kind !== 'ordinal' && c.kind !== 'number') || c.unit !== undefined && c.unit !== 'ordinal' || !Number.isInteger(c.value) || c.value < 1 || c.value > 99) return false;
  const at = c.offset + c.length - base;
  if (!PERCENTILE_AFTER[c.lang].test(text.slice(at, at + 60))) return false;
  for (const m of other.matchAll(PERCENTILE_SYMBOL)) if (Number(m[1]) === c.value) return true;
  return false;
}

/**
 * An English label's number (`tone 3`, `level 4`, `session 2`) whose Chinese writes the rank in numerals after 第
 * (`第三声`, `第四级`): not read as an amount there (RANK_IN_NUMERALS), so the number is stated, not missing.
 */
function rankNamedThere(c: Claim, text: string, base: number, other: string): boolean {
  if (c.lang !== 'en' || c.kind !== 'number' || c.form !== 'digits' || c.unit !== undefined || c.comparator !== undefined || !Number.isInteger(c.value) || c.value < 1 || c.value > 99) return false;
  const at = c.offset - base;
  if (!LABEL_BEFORE_EN.test(text.slice(Math.max(0, at - 20), at))) return false;
  for (const m of other.matchAll(RANK_IN_NUMERALS_ZH)) if (parseChineseNumeral(m[1]!) === c.value) return true;
  return false;
}

/** Digits glued to a name (`NS3/4A`, `V55`): part of an identifier the extractor did not know. */
function gluedToName(c: Claim, sentences: Sentence[]): boolean {
  const s = sentences[c.sentence];
  if (!s) return false;
  const before = s.text[c.offset - s.offset - 1] ?? '';
  const after = s.text[c.offset - s.offset + c.length] ?? '';
  return /[A-Za-z/]/.test(before) || (c.unit === undefined && /[A-Za-z]/.test(after));
}

/** Every run of digits in some text, read as a number and counted: `(D)0` → 0, `2019-2020` → 2019, 2020. */
function digitRuns(texts: string[], minus: string[] = []): Map<number, number> {
  const out = new Map<number, number>();
  // Folded first: `６天` holds a 6 as `6天` does.
  for (const t of texts) for (const m of foldWidth(t).matchAll(/\d+(?:\.\d+)?/g)) out.set(Number(m[0]), (out.get(Number(m[0])) ?? 0) + 1);
  for (const t of minus) for (const m of foldWidth(t).matchAll(/\d+(?:\.\d+)?/g)) out.set(Number(m[0]), (out.get(Number(m[0])) ?? 0) - 1);
  return out;
}

/**
 * Step 5b: a number that the confidently aligned sentences of the other version do not
 * state in any form is missing there, even when another sentence states its value: a `12`
 * dropped from one sentence must not hide behind the `12` of a sentence further on. Where
 * both aligned sentences lose a value each, in one place, that is one changed value.
 * A count in words (`两组`, `three cycles`) is missing the same way. Not where
 * - the aligned sentences imply the count by a list, or hold its digits in a form not read;
 * - its version stated the count in the sentence before (`39例患者包括…` after `39例患者`):
 *   a restated subject, which the other version may state once, in the sentences aligned
 *   with either place. The first statement is not so excused: a count the other version
 *   gives only where it is restated is missing where it was introduced;
 * - a count stands beside words that state it once for all (`all patients`, `两组均`).
 */
function missingFromAlignedSentences(ctx: DroppedContext): (DroppedClaim & { repeated: boolean })[] {
  const { links: s, beadOf, listed, converted } = ctx;
  const { en, zh, beads, inBead, free, linked, statedElsewhere, conflicts, link } = s;
  const out: (DroppedClaim & { repeated: boolean })[] = [];
  const sentencesOf = { en: en.passage.sentences, zh: zh.passage.sentences };
  const distributive = { en: ONCE_FOR_ALL_EN, zh: ONCE_FOR_ALL_ZH };
  const own = { en: s.enIndex, zh: s.zhIndex };
  const onceForAll = (bead: Bead) => (['en', 'zh'] as const).some((side) => bead[side].some((i) => distributive[side].test(sentencesOf[side][i]?.text ?? '')));
  // Where a sentence stands, counted in beads that pair sentences: a sentence one version
  // lacks (a 0:1 bead) does not part its neighbours.
  const rankOf = { en: new Map<number, number>(), zh: new Map<number, number>() };
  let rank = 0;
  beads.forEach((b, i) => {
    if (i > 0 && b.en.length > 0 && b.zh.length > 0) rank++;
    for (const side of ['en', 'zh'] as const) for (const s of b[side]) rankOf[side].set(s, rank);
  });
  const placeOf = (c: Claim) => rankOf[c.lang].get(c.sentence) ?? -1;
  // The other version states a restated count in the sentences aligned with one of its two places.
  const statedByEither = (c: Claim, i: number) => {
    const other = c.lang === 'en' ? 'zh' : 'en';
    const places = [c.sentence, i].map((k) => beadOf[c.lang].get(k));
    return places.some((b) => b !== undefined && b[other].some((k) => own[other].claimsIn(k).some((o) => sameValues(o, c))));
  };
  // The words right after a claim: `3个阶段` restates `3个阶段` of an earlier sentence.
  const thingAfter = (c: Claim) => {
    const t = sentencesOf[c.lang][c.sentence];
    if (!t) return '';
    const at = c.offset + c.length - t.offset;
    return foldWidth(t.text.slice(at, at + 4)).trim();
  };
  // A count restated from the sentence before; groups, and a count named by the same words
  // after it, also from further back: `治疗后2组评分…` is "the two groups' scores", `3个阶段…`
  // "the three phases'", whose number an earlier sentence stated and English need not repeat.
  // A count of patients right after a bound, in its clause: the bound names the group counted.
  const countsGroup = (c: Claim) => {
    const t = sentencesOf[c.lang][c.sentence];
    if (!t) return false;
    const next = own[c.lang].claimsIn(c.sentence).find((o) => o.offset > c.offset);
    if (!next || next.unit !== 'patient') return false;
    return GROUP_THEN_COUNT.test(t.text.slice(c.offset + c.length - t.offset, next.offset - t.offset));
  };
  // A bound that is the name of its group (`＜30周组中位延长孕周…`, `≥65岁组`), which English calls `the earlier group`, `the elderly`.
  const namesGroup = (c: Claim) => c.lang === 'zh' && GROUP_NAMED_AFTER_ZH.test(thingAfter(c));
  // Stated like `c` (`same`) in one of the `back` sentences before it, and by the other version beside either place.
  const statedBefore = (c: Claim, back: number, same: (o: Claim) => boolean) => {
    for (let i = c.sentence - 1; i >= Math.max(0, c.sentence - back); i--) {
      if (own[c.lang].claimsIn(i).some(same) && statedByEither(c, i)) return true;
    }
    return false;
  };
  // A total an earlier sentence stated, said again as the whole its own sentence breaks down (`203个病灶中，HCC 152个，其他恶性
  // 肿瘤21个，良性病变30个` after `…的203个肝脏局灶性病变`), which the other version breaks down without it (`There were 152
  // HCCs, 21 other malignancies and 30 benign lesions`): the counts right after it add up to it.
  const restatesTotal = (c: Claim) => {
    if (!Number.isInteger(c.value) || c.value < 2 || c.comparator !== undefined) return false;
    const here = own[c.lang].claimsIn(c.sentence);
    // Where c stands in its sentence (a sentence may hold thousands of claims).
    const lo = firstAtOrAfter(here, c.offset);
    if (here[lo] !== c) return false;
    let sum = 0;
    let parts = 0;
    for (let j = lo + 1; j < here.length && sum < c.value && parts < TOTAL_PARTS; j++) {
      const x = here[j]!;
      if (x.kind !== 'number' || !Number.isInteger(x.value) || x.comparator !== undefined || (x.unit !== undefined && x.unit !== c.unit)) return false;
      sum += x.value;
      parts++;
    }
    return parts >= 2 && sum === c.value && statedBefore(c, GROUPS_RESTATED_FROM, (o) => sameValues(o, c) && (o.unit ?? '') === (c.unit ?? ''));
  };
  const restated = (c: Claim) => {
    // A bound that defines a group, said again where the groups are counted (`≥80岁者142例，＜80岁者922例`
    // after `年龄≥80岁与＜80岁`), which the other version names there in words (`octogenarians`, `younger`);
    // not a bound said again as a finding (`ECOG评分＞2分是…独立因素`), which both versions state.
    if (c.comparator !== undefined && (countsGroup(c) || namesGroup(c)) && statedBefore(c, GROUPS_RESTATED_FROM, (o) => o.comparator === c.comparator && o.unit === c.unit && sameValues(o, c))) return true;
    if (restatesPersons(c, s, beadOf)) return true;
    const counted = countedThing(c);
    // A number of no unit, a count of a thing the extractor does not know: named by the counter and noun after it.
    const thing = counted || c.unit !== undefined ? '' : thingAfter(c).slice(0, 3);
    if (!counted && !(c.lang === 'zh' && COUNTER_AND_NOUN_ZH.test(thing))) return false;
    const back = c.unit === 'group' || !counted ? GROUPS_RESTATED_FROM : 1;
    return statedBefore(c, back, (o) => sameValues(o, c) && (counted || thingAfter(o).slice(0, 3) === thing));
  };
  // Linked by value to a claim two sentences away or more (step 2): the aligned sentences say it is not there.
  const farLinked = (c: Claim) => {
    const o = linked.get(c);
    return o !== undefined && o.lang !== c.lang && Math.abs(placeOf(c) - placeOf(o)) > 1;
  };
  const mayBeOpen = (c: Claim) => free(c) || farLinked(c);
  for (const bead of confidentBeads(s)) {
    // What follows is built only for a bead with a claim that gets so far: most claims are linked.
    const forAll = lazily(() => onceForAll(bead));
    const merged = bead.en.length > 1 || bead.zh.length > 1;
    const es = inBead(bead, 'en');
    const zs = inBead(bead, 'zh');
    // The first tests of a candidate (below), which need nothing built: a bead none of whose claims
    // passes them has no candidate, and most beads have none. The tests are of the claims alone,
    // so asking them first, for both sides, leaves the candidates and their order as they were.
    const droppable: Claim[] = [];
    for (const list of [es, zs]) {
      for (const c of list) {
        if (mayBeOpen(c) && !c.approx && DROPPABLE.has(c.kind) && !gluedToName(c, sentencesOf[c.lang]) && !restatesPeriod(c, sentencesOf[c.lang])) droppable.push(c);
      }
    }
    if (droppable.length === 0) continue;
    // A claim linked to one of the other side of this bead is that one's counterpart, no
    // longer free to stand for another: the bead's values are compared as multisets.
    const here = new Set([...es, ...zs]);
    const taken = (o: Claim) => {
      const partner = linked.get(o);
      return partner !== undefined && here.has(partner);
    };
    const values = { en: lazily(() => new ValueIndex(es.filter((o) => !taken(o)))), zh: lazily(() => new ValueIndex(zs.filter((o) => !taken(o)))) };
    const all = { en: lazily(() => new ValueIndex(es)), zh: lazily(() => new ValueIndex(zs)) };
    const previousOf = new Map<Claim, Claim>();
    const nextOf = new Map<Claim, Claim>();
    for (const list of [es, zs]) list.forEach((c, i) => i > 0 && (previousOf.set(c, list[i - 1]!), nextOf.set(list[i - 1]!, c)));
    // `15.8 km3 (158×108 m3)` against `158亿m3`: the value restated right after it, in brackets, stands for both.
    const restatedNext = (c: Claim) => {
      const next = nextOf.get(c);
      return next !== undefined && bracketRepeat(c, next, sentencesOf[c.lang]);
    };
    // `90% and 90%` against `两组均为90%`: stated once for all over there, for the repeat
    // in this very sentence; a value of another sentence of a merged bead is not repeated here.
    // A p-value that says it is for all (`NGAL、KIM-1及IL-18均较高（均P＜0.05）`) covers every comparison
    // of the sentences merged into its bead (`NGAL was higher (P<0.05). KIM-1 was higher (P<0.05).`).
    const onceThere = (c: Claim, there: Claim[]) =>
      there.some((o) => {
        const partner = linked.get(o);
        if (!sameBound(o, c) || !statedForAll(o, sentencesOf[o.lang]) || partner === undefined || partner.lang !== c.lang) return false;
        return partner.sentence === c.sentence || (pForAll(o, sentencesOf[o.lang]) && bead[c.lang].includes(partner.sentence));
      });
    const text = (side: 'en' | 'zh') => bead[side].map((i) => sentencesOf[side][i]?.text ?? '');
    const takenText = (claims: Claim[]) => claims.filter(taken).map((o) => o.text);
    const unread = { en: lazily(() => digitRuns(text('en'), takenText(es))), zh: lazily(() => digitRuns(text('zh'), takenText(zs))) };
    // A candidate, of the droppable claims.
    const candidate = (c: Claim) => {
      // A count in words is read only in a bead of one sentence a side, with no other count of that thing over there.
      const there = c.lang === 'en' ? zs : es;
      if (c.form !== 'digits' && (merged || !reportableWordCount(c) || there.some((o) => o.unit === c.unit))) return false;
      const other = c.lang === 'en' ? 'zh' : 'en';
      if (statedIn(values[other](), c) || listed(c, c.form !== 'digits') || converted(c)) return false;
      if (
        statedIn(all[other](), c) &&
        (onceThere(c, there) || repeatedInPlace(previousOf.get(c), c, sentencesOf[c.lang]) || restatedNext(c) || rateBase(c, sentencesOf[c.lang]) || complementRepeat(c, c.lang === 'en' ? es : zs, free, () => text(other)) || baseOfFractionAfter(c, c.lang === 'en' ? es : zs, sentencesOf[c.lang]))
      )
        return false;
      if (c.kind === 'number' && (restated(c) || restatesTotal(c))) return false;
      // The N of `χ²(1, N = 3,852)` counts the sample again: stated in another sentence over there, it is not lacking here.
      if (c.testSize && statedElsewhere(c)) return false;
      if (forAll() && (countedThing(c) || c.form !== 'digits')) return false;
      return c.form !== 'digits' || !componentValues(c).some((v) => (unread[other]().get(Math.abs(v)) ?? 0) > 0);
    };
    const open = new Set(droppable.filter(candidate));
    if (open.size === 0) continue;
    const shown = new Set<Claim>();
    for (const [e, z] of placedPairs(es, zs, linked, (c) => open.has(c) && free(c))) {
      if (e.form === 'digits' && z.form === 'digits' && nearInForm(e, z)) {
        link(e, z, conflicts);
        open.delete(e);
        open.delete(z);
      }
    }
    for (const c of open) {
      const elsewhere = !free(c) || statedElsewhere(c);
      // A number in digits stated nowhere else is already missing (step 4).
      if (c.form === 'digits' && !elsewhere) continue;
      // `<60 or ≥60` against a lone `<60`: when that `<60` took this side's `≥60` as its
      // counterpart (linking by value), the `≥60` is what the other version lacks, not this `<60`.
      const instead = linkedInexactly(c, c.lang === 'en' ? zs : es, linked, here);
      if (instead && !shown.has(instead)) {
        shown.add(instead);
        out.push({ claim: instead, elsewhere: true, repeated: true });
        continue;
      }
      shown.add(c);
      out.push({ claim: c, elsewhere, repeated: statedIn(all[c.lang === 'en' ? 'zh' : 'en'](), c) });
    }
  }
  return out;
}
