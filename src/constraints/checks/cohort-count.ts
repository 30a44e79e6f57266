import { cohortOf, isApproximateShare, isCount, isOneInEvery, isPatientCount, isProportionWord, statedGroups } from '../cohort.js';
import type { EvaluationContext, Evaluation } from '../evaluation.js';
import { inTextOrder, passageIndex } from '../passage-index.js';
import { lastWordOf } from '../../extract/chars.js';
import { SUBSET_DEFINED } from '../../lang/en.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';
import * as EN from '../../lang/en.js';
import * as ZH from '../../lang/zh.js';

export const ID = 'cohort-count';
const OF_THEM = /^\s+(?:of\s+(?:them|these|those|whom)|(?:of|among)\s+(?:these|those|them)\b)/i;
const ALL_BEFORE_EN = /\b(?:all(?:\s+of)?(?:\s+the)?|each of the|every one of the|both of the)\s+$/i;
const ALL_BEFORE_ZH = /(?:所有|全部|全体|全组)\s*$/;
const THE_BEFORE = /\b(?:the|these|those)\s+$/i;
/** The last word or character of every ALL_BEFORE_* and THE_BEFORE: before most counts stands none, and they are not tried. */
const ALL_LAST = { en: new Set(['all', 'of', 'the']), zh: new Set(['有', '部', '体', '组']) };
const THE_LAST = new Set(['the', 'these', 'those']);
/** Several groups or arms: a count above the cohort may belong to another one. */
const ARMS = new RegExp(String.raw`\b(?:${EN.ARM_WORDS}|cohorts|screened|eligible)\b|${ZH.ARM_WORDS}|筛选`, 'i');
/**
 * Fractions of one sentence weighed against each other to find two that split a stated
 * group; a sentence with more is searched this many places either side, and says so.
 */
const PARTITION_REACH = 32;

export function evaluate(info: PassageInfo, _all: PassageInfo[], ctx: EvaluationContext): Evaluation[] {
  const cohort = cohortOf(info);
  if (!cohort) return [];
  const index = passageIndex(info);
  const out: Evaluation[] = [];
  const N = cohort.size;
  const start = cohort.claims[0]!;
  const stated = statedGroups(info, cohort);
  const text = index.text;
  const rel = (c: Claim) => c.offset - info.passage.offset;
  const before = (c: Claim) => text.slice(Math.max(0, rel(c) - 24), rel(c));
  const tail = (c: Claim, n = 24) => text.slice(rel(c) + c.length, rel(c) + c.length + n);
  const arms = ARMS.test(text);
  const offspring = info.passage.lang === 'en' ? EN.OFFSPRING : ZH.OFFSPRING;
  const offspringCohort = offspring.test(info.passage.sentences[start.sentence]?.text ?? '');
  const isGroupFraction = (x: Claim) => x.kind === 'fraction' && !isProportionWord(x);
  const denCount = new Map<number, number>();
  const fractionsIn = new Map<number, Claim[]>();
  const place = new Map<Claim, number>();
  /**
   * The rest of the group a fraction counts out of, by its size: `164/189` true negatives leave the
   * 25 false positives that `25例中的19例` then counts out of.
   */
  const restOf = new Map<number, Claim>();
  for (const s of info.passage.sentences) {
    const here = index.claimsIn(s.index).filter(isGroupFraction);
    fractionsIn.set(s.index, here);
    here.forEach((x, k) => {
      place.set(x, k);
      denCount.set(x.den!, (denCount.get(x.den!) ?? 0) + 1);
      if (x.num! > 0 && x.den! > x.num! && !restOf.has(x.den! - x.num!)) restOf.set(x.den! - x.num!, x);
    });
  }
  /** Another fraction of the sentence whose denominator and `den` add up to a stated group; undefined when the search was cut short. */
  const splitsGroup = (c: Claim, den: number): boolean | undefined => {
    const here = fractionsIn.get(c.sentence) ?? [];
    const at = place.get(c)!;
    const lo = here.length > 2 * PARTITION_REACH + 1 ? Math.max(0, at - PARTITION_REACH) : 0;
    const hi = here.length > 2 * PARTITION_REACH + 1 ? Math.min(here.length, at + PARTITION_REACH + 1) : here.length;
    for (let k = lo; k < hi; k++) if (k !== at && stated.has(here[k]!.den! + den)) return true;
    return lo === 0 && hi === here.length ? false : undefined;
  };
  // Counts and fraction parts stated before each claim, filled in as the claims are walked in text order.
  const ordered = inTextOrder(info.claims);
  const prior = new Set<number>();
  let seen = 0;
  /** Fractions whose denominator the bounded search could not account for, by sentence. */
  const unchecked = new Map<number, Claim[]>();

  for (const c of ordered) {
    for (; seen < ordered.length && ordered[seen]!.offset < c.offset; seen++) {
      const x = ordered[seen]!;
      if (isCount(x)) prior.add(x.value);
      else if (isGroupFraction(x)) prior.add(x.num!);
    }
    if (c.offset <= start.offset || cohort.claims.includes(c)) continue;
    // The neonates of the women enrolled are other people, as many as twice them (twins).
    if (offspring.test(c.text + tail(c, 20)) && !offspringCohort) continue;
    if (c.kind === 'fraction') {
      if (c.den === 0 || (c.unit && c.unit !== 'patient') || isProportionWord(c) || isApproximateShare(c, before(c)) || isOneInEvery(c, before(c))) continue;
      // A fraction of specimens, eyes or lesions counts those, not the cohort's people.
      if ((info.passage.lang === 'en' ? EN.NOT_PERSONS_AFTER : ZH.NOT_PERSONS_AFTER).test(tail(c, 30))) continue;
      // With several arms, a denominator may be an arm or analysis set the abstract does not name.
      if (arms) continue;
      const den = c.den!;
      const rest = stated.has(N - den) && den < N;
      // Stated before the fraction that counts out of it: among many fractions, some rest equals any denominator.
      const restOfFraction = restOf.get(den);
      const restBefore = restOfFraction !== undefined && restOfFraction.offset < c.offset ? restOfFraction : undefined;
      // A fraction that names its group (`12 of the 35 patients with T3 tumours`, `63例耳鸣患者中41例`) or states
      // its rate beside it (`77.6% (76/98)` of those followed up, per protocol) defines a subset there; a bare
      // `1/3 patients` does neither.
      const subset = den < N && (c.beside !== undefined || (c.lang === 'en' ? EN.NAMES_ITS_GROUP.test(c.text) : ZH.NAMES_ITS_GROUP.test(c.text) || ZH.GROUP_NAMED_BEFORE.test(before(c))));
      const split = den === N || (stated.has(den) && den !== c.num) || denCount.get(den)! > 1 ? false : splitsGroup(c, den);
      if (split === undefined && !rest && !subset && !restBefore) {
        unchecked.set(c.sentence, [...(unchecked.get(c.sentence) ?? []), c]);
        continue;
      }
      const explained =
        den === N ? `${den} is the cohort` :
        stated.has(den) && den !== c.num ? `${den} is a group the abstract states` :
        denCount.get(den)! > 1 ? `${den} is the denominator of another fraction` :
        split ? `${den} and the denominator beside it split a stated group` :
        rest ? `${den} = ${N} − ${N - den}, the rest of the cohort` :
        restBefore ? `${den} = ${restBefore.den} − ${restBefore.num}, the rest of ${restBefore.text.trim()}` :
        subset ? `${den} is a subset of the cohort of ${N} the fraction defines` :
        undefined;
      out.push({
        rule: ID,
        constraint: explained ? `${c.text}: ${explained}` : `${c.text}: ${den} is neither the cohort of ${N} nor a stated group`,
        holds: !!explained,
        claims: [c, ...cohort.claims],
        ...(explained
          ? {}
          : {
              problem: {
                claim: c,
                severity: 'warning' as const,
                message: `${c.text} counts out of ${den}, but the abstract enrolled ${N} (${cohort.text.trim()}) and states no group of ${den}.`,
                related: [{ claim: start, message: `The cohort of ${N}.` }],
                actual: c.text,
                expected: `a denominator of ${N} or of a stated subgroup`,
              },
            }),
      });
      continue;
    }
    if (!isCount(c)) continue;
    const b = before(c);
    if (OF_THEM.test(tail(c))) {
      const holds = c.value <= N;
      out.push({
        rule: ID,
        constraint: `${c.text} of them ≤ ${N}`,
        holds,
        claims: [c, start],
        ...(holds ? {} : {
          problem: {
            claim: c, message: `${c.text.trim()} of them is more than the ${N} patients it is a part of (${cohort.text.trim()}).`,
            related: [{ claim: start, message: `The cohort of ${N}.` }], actual: c.text, expected: `at most ${N}`,
          },
        }),
      });
      continue;
    }
    if (!isPatientCount(c) && !(info.passage.lang === 'zh' && c.unit === 'patient')) continue;
    const last = lastWordOf(b);
    if (ALL_LAST[info.passage.lang].has(last) && (info.passage.lang === 'en' ? ALL_BEFORE_EN : ALL_BEFORE_ZH).test(b)) {
      const holds = c.value === N || (prior.has(c.value) && c.value < N);
      out.push({
        rule: ID,
        constraint: `all ${c.value} = ${N}`,
        holds,
        claims: [c, start],
        ...(holds ? {} : {
          problem: {
            claim: c, message: `"all ${c.value}" does not match the ${N} patients enrolled (${cohort.text.trim()}).`,
            related: [{ claim: start, message: `The cohort of ${N}.` }], actual: c.text.trim(), expected: String(N),
          },
        }),
      });
      continue;
    }
    if (info.passage.lang === 'en' && THE_LAST.has(last) && THE_BEFORE.test(b)) {
      const complement = c.value < N && prior.has(N - c.value) ? N - c.value : undefined;
      const holds = c.value === N || prior.has(c.value) || complement !== undefined;
      // `the 20 cases tested`, `the 20 cases of chromosome banding`: a subset the text defines there, checked as any subgroup.
      if (!holds && (SUBSET_DEFINED.test(tail(c, 80)) || (EN.SUBGROUP_BEFORE.test(b) && EN.SUBGROUP_BY_TRAIT.test(tail(c, 80))))) {
        if (c.value > N && arms) continue;
        out.push(withinCohort(c, N, start, cohort.text, 'defines'));
        continue;
      }
      out.push({
        rule: ID,
        constraint: complement !== undefined ? `the ${c.value}: ${N} − ${complement} = ${c.value}` : `the ${c.value}: a group stated before`,
        holds,
        claims: [c, start],
        ...(holds ? {} : {
          problem: {
            claim: c, severity: 'warning' as const,
            message: `"the ${c.text.trim()}" names a group of ${c.value} that is neither the cohort of ${N} (${cohort.text.trim()}), a group stated before, nor the rest of one.`,
            related: [{ claim: start, message: `The cohort of ${N}.` }], actual: c.text.trim(),
          },
        }),
      });
      continue;
    }
    if (arms) continue;
    out.push(withinCohort(c, N, start, cohort.text));
  }
  for (const [sentence, skipped] of unchecked) {
    const count = fractionsIn.get(sentence)!.length;
    ctx.skip(
      `sentence ${sentence + 1} of passage ${info.passage.id} has ${count} fractions; each was weighed against the ${2 * PARTITION_REACH} nearest to it ` +
        `for two that split a stated group, and the denominators of ${skipped.length} (${skipped[0]!.text}${skipped.length > 1 ? ', …' : ''}) were not checked against the cohort of ${N}.`,
    );
  }
  return out;
}

/** A subgroup no larger than the cohort; `defines` when the text defines the subgroup by a test or procedure. */
function withinCohort(c: Claim, N: number, start: Claim, cohortText: string, defines?: 'defines'): Evaluation {
  const holds = c.value <= N;
  return {
    rule: ID,
    constraint: `${c.text.trim()}${defines ? ', a subset the text defines,' : ''} ≤ ${N}`,
    holds,
    claims: [c, start],
    ...(holds ? {} : {
      problem: {
        claim: c, severity: 'warning' as const,
        message: `${c.text.trim()} is more than the ${N} patients enrolled (${cohortText.trim()}).`,
        related: [{ claim: start, message: `The cohort of ${N}.` }], actual: c.text.trim(), expected: `at most ${N}`,
      },
    }),
  };
}
