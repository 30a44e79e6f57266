import { AGE_DECADE_WORD, AGE_DECADE_WORDS, IMPLIED_COUNT as IMPLIED_COUNT_EN, NUMBER_WORDS, ONE_WITHOUT_NUMBER as ONE_EN, PAST_SPAN, THING_NAMES as THING_NAMES_EN } from '../lang/en.js';
import { ONE_WITHOUT_NUMBER as ONE_ZH, TERM_NOT_COUNT as TERM_NOT_COUNT_ZH, THING_NAMES as THING_NAMES_ZH } from '../lang/zh.js';
import { parseChineseNumeral, ZH_NUMERAL_CHARS } from '../extract/numerals.js';
import { componentValues, DAYS, durationDays, sameClaim } from '../numbers/equality.js';
import type { Claim, Sentence } from '../types.js';

/**
 * Counts and durations written as an English number word or a Chinese numeral with a
 * counted unit (`three cycles`, `四周`, `十二例`, `两组`). Translators keep these, in some
 * form, in the other version: a changed one is a mismatch, a vanished one a missing number.
 * A bare number word (`one of the`, `two key issues`) names no thing and stays silent.
 */

/** Things counted in both versions whenever one counts them: durations, cycles, doses, people, times. */
const COUNTED_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'cycle', 'dose', 'patient', 'death', 'time']);

/**
 * Things a list names one by one (groups, kinds, centers…), unlike a duration, a dose or
 * a bare number. Two of them are also implied by any comparison (`A versus B`, `both
 * drugs`), so only three or more must be stated.
 */
export const LISTED_UNITS = new Set(['group', 'kind', 'aspect', 'factor', 'dimension', 'parameter', 'center', 'country', 'study', 'gene', 'part', 'round']);

/**
 * The smallest value of a unit that must be stated in the other version: one is too
 * often an article (`a patient`, `一组`); two groups or kinds are implied by any
 * comparison. A specific listed thing (aspects, dimensions, factors) is too often named
 * by a synonym or spelled out as a list to be missed: only a changed count of it is read.
 */
function smallestStated(unit: string): number | undefined {
  if (COUNTED_UNITS.has(unit)) return 2;
  if (GENERIC_UNITS.has(unit)) return 3;
  return undefined;
}

/**
 * Measure words that name no thing of their own (种, 组 with no noun shared): a count with
 * one may stand for a count the other version writes before any noun, and a translation
 * keeps it. A specific thing (`三个维度`, dimensions) must be named on both sides.
 */
export const GENERIC_UNITS = new Set(['kind', 'group']);

/** A word or numeral that is no count: `both` (implied by any pair), `二次` (quadratic; two times is 两次). */
function notACount(c: Claim): boolean {
  return c.lang === 'en' ? IMPLIED_COUNT_EN.test(c.text.trim()) : TERM_NOT_COUNT_ZH.test(c.text.trim());
}

/** A small count in words or numerals with no unit or a generic one: `two of the`, `三个`, `四种`. */
function bareCount(c: Claim): boolean {
  return (
    c.kind === 'number' && Number.isInteger(c.value) && c.value >= 2 && c.value <= 20 && !c.approx && !c.comparator &&
    (c.unit === undefined || GENERIC_UNITS.has(c.unit)) && !(c.form !== 'digits' && notACount(c))
  );
}

/** A small count in words or numerals of a thing a list could name: `two clinical parameters`, `四个维度`. */
function listedCount(c: Claim): boolean {
  return c.form !== 'digits' && c.unit !== undefined && LISTED_UNITS.has(c.unit) && bareCount({ ...c, unit: undefined });
}

/** A count of a named thing or a duration in words or Chinese numerals, as exact as digits. */
function countInWords(c: Claim): boolean {
  return c.form !== 'digits' && c.kind === 'number' && c.unit !== undefined && Number.isInteger(c.value) && !c.approx && !c.comparator && !notACount(c);
}

/** A word or numeral count that the other version must state too: `三组`, `four weeks`; never `one`, `a`, `两组`. */
export function reportableWordCount(c: Claim): boolean {
  if (!countInWords(c)) return false;
  const least = smallestStated(c.unit!);
  return least !== undefined && c.value >= least;
}

/** The first word of a claim's text: `Sixteen` of `Sixteen`, `One` of `One hundred and thirty-one`, `a` of `a dozen`. */
const FIRST_WORD = /^[A-Za-z]+/;

/**
 * An English number word of ten or more (`Sixteen CWS providers`, `fourteen immigrant parents`, `One hundred
 * and thirty-one studies`): what English style spells out where a sentence opens with it, and what the other
 * version writes in digits. No list spells out ten things and no comparison implies them, so, whatever it counts,
 * it states its value as exactly as digits: stated nowhere over there, it is missing. Not a Roman numeral
 * (`grade X`) nor `a dozen`, nor a bound or an approximation (`more than ten`, `about twenty`), nor a round
 * hundred, thousand or ten thousand, which is a scale as often as a count (`ten thousand yuan` is `万元`, `per thousand` `‰`).
 */
export function exactNumberWord(c: Claim): boolean {
  if (c.lang !== 'en' || c.form !== 'words' || c.kind !== 'number' || !Number.isInteger(c.value) || c.value < 10 || c.approx || c.comparator) return false;
  if (c.value >= 100 && Number.isInteger(Math.log10(c.value))) return false;
  const first = FIRST_WORD.exec(c.text)?.[0].toLowerCase();
  return first !== undefined && first in NUMBER_WORDS;
}

/** A run of Chinese numerals: `十八` of `十八反`. */
const NUMERAL_RUN = new RegExp(`[${ZH_NUMERAL_CHARS}]+`, 'g');

/** Every value a run of Chinese numerals in `text` writes, read as a number or not (`十八反`, `十九畏`: names). */
export function numeralValues(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(NUMERAL_RUN)) {
    const v = parseChineseNumeral(m[0]);
    if (v !== undefined) out.add(v);
  }
  return out;
}

const PAST_SPAN_UNITS = new Set(['day', 'week', 'month', 'year']);

/**
 * One person or thing counted in digits (`1名患者`, `1 patient`, `1种`), where the other version's
 * aligned sentences say "one" without a number (`a case`, `each clone`, `该患者`): stated.
 */
export function oneSaidInWords(c: Claim, aligned: readonly Sentence[]): boolean {
  // `过去1周` against `in the past week`: the span before now, which English names without its one.
  if (c.lang === 'zh' && c.kind === 'number' && c.value === 1 && !c.comparator && c.unit !== undefined && PAST_SPAN_UNITS.has(c.unit)) {
    if (aligned.some((s) => [...s.text.matchAll(PAST_SPAN)].some((m) => m[1]!.toLowerCase() === c.unit))) return true;
  }
  if (c.kind !== 'number' || c.value !== 1 || c.comparator || !(c.unit === 'patient' || (c.unit !== undefined && GENERIC_UNITS.has(c.unit)))) return false;
  const words = c.lang === 'en' ? ONE_ZH : ONE_EN;
  return aligned.some((s) => words.test(s.text));
}

/**
 * An age in Chinese (`80岁以上`, `≥80岁`) whose aligned English sentences name the persons of that age
 * by its decade (`octogenarians`): stated.
 */
export function ageSaidInWords(c: Claim, aligned: readonly Sentence[]): boolean {
  if (c.lang !== 'zh' || c.kind !== 'number' || c.unit !== 'year' || c.approx || (c.comparator !== undefined && c.comparator !== '>=' && c.comparator !== '>')) return false;
  return aligned.some((s) => [...s.text.matchAll(AGE_DECADE_WORD)].some((m) => AGE_DECADE_WORDS[m[1]!.toLowerCase()] === c.value));
}

/** The unit a claim counts, for the counted units of this module only. */
function countedUnit(c: Claim): string | undefined {
  return c.kind === 'number' && c.unit !== undefined && (COUNTED_UNITS.has(c.unit) || LISTED_UNITS.has(c.unit)) ? c.unit : undefined;
}

/** Deaths are patients counted (sameMeasure): `three died` is the `三例` of `三例死亡` or of a fraction of patients. */
function countedAs(unit: string): string {
  return unit === 'death' ? 'patient' : unit;
}

/**
 * The claims of one version by counted unit and value, so that "does the other version
 * state this count in this unit?" is a few look-ups: a duration is also sought in every
 * other unit of duration, at the value it converts to (`two weeks` = `14天`, `three
 * months` = `13周`), and sameClaim decides.
 */
class CountIndex {
  private readonly byKey = new Map<string, Claim[]>();

  constructor(claims: Claim[]) {
    for (const c of claims) {
      // The patients a fraction counts are counts of patients: `150例患者中，3例死亡` states three and 150.
      if (c.kind === 'fraction' && c.unit === 'patient') {
        for (const value of [c.num!, c.den!]) this.add({ ...c, kind: 'number', value, decimals: 0 }, c.unit);
        continue;
      }
      const unit = countedUnit(c);
      if (unit !== undefined && Number.isInteger(c.value)) this.add(c, unit);
    }
  }

  private add(c: Claim, unit: string): void {
    const k = `${countedAs(unit)}|${c.value}`;
    const list = this.byKey.get(k);
    if (list) list.push(c);
    else this.byKey.set(k, [c]);
  }

  has(c: Claim): boolean {
    const at = (unit: string, value: number) => (this.byKey.get(`${countedAs(unit)}|${value}`) ?? []).some((o) => sameClaim(c, o));
    if (at(c.unit!, c.value)) return true;
    const days = durationDays(c);
    if (days === undefined) return false;
    return Object.entries(DAYS).some(([unit, perUnit]) => unit !== c.unit && Math.round(days / perUnit) > 0 && at(unit, Math.round(days / perUnit)));
  }
}

export interface CountStep {
  /** Claims of each side of each bead that is not too large to compare pairwise, and the bead's text on a side. */
  beads: { en: Claim[]; zh: Claim[]; text: (side: 'en' | 'zh') => string }[];
  free(c: Claim): boolean;
  /** The claim of the other version `c` is linked to, if any. */
  partner(c: Claim): Claim | undefined;
  conflict(en: Claim, zh: Claim): void;
}

/** What the two versions state as counts of named things and durations. */
export class WordCounts {
  private readonly index: Record<'en' | 'zh', CountIndex>;

  constructor(en: Claim[], zh: Claim[]) {
    this.index = { en: new CountIndex(en), zh: new CountIndex(zh) };
  }

  /**
   * Whether the other version states a word count (`reportableWordCount`): in its unit
   * anywhere (`three cycles` = `3个周期`), or as a bare number in the aligned sentences
   * (`three drugs` = `三种药物`). A bare 3 in another sentence is another amount: small
   * counts recur all over an abstract.
   */
  stated(c: Claim, aligned: Claim[]): boolean {
    if (this.index[c.lang === 'en' ? 'zh' : 'en'].has(c)) return true;
    return aligned.some((o) => o.unit === undefined && o.kind === 'number' && !o.comparator && o.value === c.value);
  }

  /**
   * A count in words or numerals whose value the other version states nowhere in its
   * unit, while the aligned sentences of the other version hold exactly one count of that
   * unit stated nowhere in this version: one changed count (`三组` against `two groups`,
   * `Thirteen patients` against `34 名`), not two missing ones. A count of the unit that
   * repeats a value stated elsewhere (`4 cycles` again) takes no place. Run after the steps
   * that link equal values, so that every count left free has lost its counterpart.
   */
  linkChanged(step: CountStep): void {
    const open = (c: Claim) =>
      step.free(c) && countedUnit(c) !== undefined && !c.approx && !c.comparator && c.value > 0 && !notACount(c) && !this.index[c.lang === 'en' ? 'zh' : 'en'].has(c);
    const byUnit = (claims: Claim[]) => {
      const out = new Map<string, Claim[]>();
      for (const c of claims) if (open(c)) (out.get(c.unit!) ?? out.set(c.unit!, []).get(c.unit!)!).push(c);
      return out;
    };
    for (const bead of step.beads) {
      this.linkChangedBare(bead, step);
      linkChangedOnly(bead, step, isOrdinal, sameRank);
      linkChangedOnly(bead, step, romanGrade, sameGrade);
      // Most beads hold no count in words: nothing to do there.
      if (!bead.en.some(countInWords) && !bead.zh.some(countInWords)) continue;
      const zh = byUnit(bead.zh);
      for (const [unit, e] of byUnit(bead.en)) {
        const z = zh.get(unit);
        // Exactly one count of the unit on each side that nothing else accounts for: the same place.
        if (!z || e.length !== 1 || z.length !== 1) continue;
        const [a, b] = [e[0]!, z[0]!];
        if (a.form === 'digits' && b.form === 'digits') continue;
        step.conflict(a, b);
      }
    }
  }

  /**
   * A bare count in words (`two of the signs`, `两个角度`), the only free one on each side
   * of a bead, whose value the other side does not state in any form: one changed count.
   * A bare count is too loose to be reported missing, but a translation keeps its value.
   */
  private linkChangedBare(bead: CountStep['beads'][number], step: CountStep): void {
    const open = (claims: Claim[]) => claims.filter((c) => step.free(c) && (bareCount(c) || listedCount(c)));
    const e = open(bead.en);
    if (e.length !== 1) return;
    const z = open(bead.zh);
    if (z.length !== 1) return;
    const [a, b] = [e[0]!, z[0]!];
    if (a.form === 'digits' && b.form === 'digits') return;
    if (!bareCount(a) && !bareCount(b) && a.unit !== b.unit) return;
    // `two clinical parameters` and `两项临床指标`: one side names the thing, the other counts it
    // bare beside its name. `two levels` against `三个维度` count different things.
    for (const [named, bare] of [[a, b], [b, a]] as const) {
      if (bare.lang === named.lang || !bareCount(bare) || bareCount(named)) continue;
      const names = (bare.lang === 'en' ? THING_NAMES_EN : THING_NAMES_ZH)[named.unit!];
      if (!names?.test(bead.text(bare.lang))) return;
    }
    // A claim linked to its counterpart in this bead (`两组` to `2 groups`) is accounted for: its value is not
    // the other count's, so `two stage operations` against `两组三期手术` is one count changed.
    const accounted = (o: Claim) => {
      const p = step.partner(o);
      return p !== undefined && (o.lang === 'en' ? bead.zh : bead.en).includes(p);
    };
    const states = (claims: Claim[], v: number) => claims.some((o) => componentValues(o).includes(v) && !accounted(o));
    if (a.value === b.value || states(bead.zh, a.value) || states(bead.en, b.value)) return;
    step.conflict(a, b);
  }
}

/**
 * A value changed in translation where it counts nothing, so it is never missing but a
 * translation keeps it: the only free claim of its kind (`pick`) on each side of a bead, the
 * two not `same`, neither side stating the other's. Two in digits are compared as numbers are.
 */
function linkChangedOnly(bead: CountStep['beads'][number], step: CountStep, pick: (c: Claim) => boolean, same: (a: Claim, b: Claim) => boolean): void {
  const open = (claims: Claim[]) => claims.filter((c) => pick(c) && step.free(c));
  const e = open(bead.en);
  if (e.length !== 1) return;
  const z = open(bead.zh);
  if (z.length !== 1) return;
  const [a, b] = [e[0]!, z[0]!];
  if (same(a, b) || (a.form === 'digits' && b.form === 'digits')) return;
  const states = (claims: Claim[], other: Claim) => claims.some((o) => pick(o) && same(o, other));
  if (states(bead.zh, a) || states(bead.en, b)) return;
  step.conflict(a, b);
}

/** A rank: `the third interim analysis` against `第二次期中分析` (a rank in digits, `3rd`, is compared as a number is). */
const isOrdinal = (c: Claim) => c.kind === 'ordinal';
const sameRank = (a: Claim, b: Claim) => a.value === b.value;

/** A grade or stage by a Roman numeral, or a range of them: `class II-III`, `Ⅱ～Ⅳ级`, `ASA Ⅰ级`; a bound beside it (`Ⅱ级及以上`) is not weighed. */
const ROMAN = /^[IVXivxⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]/;
const romanGrade = (c: Claim) => c.form === 'words' && (c.kind === 'number' || c.kind === 'range') && ROMAN.test(c.text);
const sameGrade = (a: Claim, b: Claim) => a.value === b.value && (a.high ?? a.value) === (b.high ?? b.value);
