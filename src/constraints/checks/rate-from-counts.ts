import { cohortOf, isPatientCount, statedGroups } from '../cohort.js';
import type { Evaluation } from '../evaluation.js';
import { firstAtOrAfter, inTextOrder, lowerBound, passageIndex } from '../passage-index.js';
import { claimInterval, contains, formatPercent, percentMatchesFraction, reported } from '../../numbers/rounding.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Problem } from '../../rule.js';
import type { Claim } from '../../types.js';
import * as EN from '../../lang/en.js';
import * as ZH from '../../lang/zh.js';
import { isCompleteBreakdown } from './breakdown-sum.js';

export const ID = 'rate-from-counts';

type RateKind = 'response' | 'control' | 'survival';
const LABELS: [RegExp, RateKind][] = [
  [/(?:disease[- ]control|clinical benefit)\s+rates?|\bDCR\b|控制率/i, 'control'],
  [/survival\s+rates?|生存率/i, 'survival'],
  [/(?:response|remission)\s+rates?|\bORR\b|有效率|缓解率/i, 'response'],
];
/** Estimates whose denominator is not the cohort: Kaplan–Meier, per-protocol, evaluable patients. */
const AMBIGUOUS = /Kaplan|\bKM\b|estimated|per[- ]protocol|evaluable|可评价|估计/i;
const ARMS = new RegExp(String.raw`\b(?:${EN.ARM_WORDS}|randomi[sz]ed)\b|${ZH.ARM_WORDS}`, 'i');

/** The categories of a response scheme each rate adds up. */
const SUMMED = { response: ['CR', 'PR'], control: ['CR', 'PR', 'SD'] };

function rateKind(label: string): RateKind | undefined {
  for (const [re, kind] of LABELS) if (re.test(label)) return kind;
  return undefined;
}

function count(b: Claim, cats: string[]): { k: number; terms: string } {
  const parts = (b.parts ?? []).filter((p) => cats.includes(p.measure!));
  return { k: parts.reduce((s, p) => s + p.value, 0), terms: parts.map((p) => `${p.value} ${p.measure}`).join(' + ') || '0' };
}

export function evaluate(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  const percents = info.claims.filter((c) => c.kind === 'percent');
  if (percents.length === 0) return out;
  gradeRates(info, percents, out);
  const cohort = cohortOf(info);
  const index = passageIndex(info);
  const text = index.text;
  const rel = (o: number) => o - info.passage.offset;
  const breakdowns = inTextOrder((info.stats ?? []).filter((s) => s.kind === 'breakdown'));
  const withDeath = (x: Claim) => x.parts!.some((p) => p.measure === 'death');
  // For each breakdown, the first one from there on that counts deaths: a survival rate looks for it in its clause.
  const nextWithDeath = new Array<number>(breakdowns.length + 1).fill(breakdowns.length);
  for (let j = breakdowns.length - 1; j >= 0; j--) nextWithDeath[j] = withDeath(breakdowns[j]!) ? j : nextWithDeath[j + 1]!;
  const breakdownsIn = (sentence: number) => index.statsIn(sentence).filter((x) => x.kind === 'breakdown');

  // A rate is recomputed only from a breakdown (b below): most passages state none, and then no rate's label need be read.
  for (const [i, pct] of breakdowns.length > 0 ? percents.entries() : []) {
    // The clause the rate belongs to: back to the last clause end or percentage, on to the next clause end.
    const prevEnd = i > 0 ? rel(percents[i - 1]!.offset + percents[i - 1]!.length) : 0;
    const clauseStart = Math.max(prevEnd, index.lastOf(';；。', rel(pct.offset)) + 1);
    const label = text.slice(clauseStart, rel(pct.offset));
    const kind = rateKind(label);
    if (!kind) continue;
    const clauseEnd = info.passage.offset + index.nextOf(';；。', rel(pct.offset));
    const after = breakdowns[firstAtOrAfter(breakdowns, pct.offset + pct.length)];
    const besideB = after && /^\s*(?:[(（]\s*)?$/.test(text.slice(rel(pct.offset + pct.length), rel(after.offset))) ? after : undefined;
    const firstInClause = breakdowns[nextWithDeath[firstAtOrAfter(breakdowns, info.passage.offset + clauseStart + 1)]!];
    const deathsInClause = firstInClause && firstInClause.offset < clauseEnd ? firstInClause : undefined;
    // Otherwise the one breakdown of the sentence, written before the rate: `完全缓解 10 例，…，客观缓解率为 66.7%`.
    const inSentence = breakdownsIn(pct.sentence);
    const only = inSentence.length === 1 && inSentence[0]!.offset < pct.offset ? inSentence[0] : undefined;
    const b = kind === 'survival' ? deathsInClause ?? (only && withDeath(only) ? only : undefined) : besideB ?? only;
    if (!b) continue;
    const N = cohort?.size ?? (isCompleteBreakdown(b) ? b.value : undefined);
    if (N === undefined || (isCompleteBreakdown(b) && b.value !== N)) continue;
    // A category the rate adds that the breakdown leaves unnamed is unknown, not zero, unless the
    // breakdown accounts for every patient: `ORR 54.7%, including 2 CR and 33 PR, and DCR 87.5%`
    // says nothing of the SD the control rate adds.
    if (kind !== 'survival' && b.value !== N && !SUMMED[kind].every((c) => b.parts!.some((p) => p.measure === c))) continue;
    let k: number;
    let formula: string;
    if (kind === 'survival') {
      const deaths = count(b, ['death']);
      k = N - deaths.k;
      formula = `(${N} − ${deaths.k} deaths)/${N}`;
    } else {
      const c = count(b, SUMMED[kind]);
      k = c.k;
      formula = `(${c.terms})/${N}`;
    }
    // `more than 80%` is a one-sided bound; a written value is every number that rounds to it.
    const holds = pct.comparator ? contains(claimInterval(pct), (100 * k) / N) : percentMatchesFraction(reported(pct.value, pct.decimals), k, N);
    const exact = formatPercent(k, N, Math.max(1, pct.decimals + 1));
    const rounded = formatPercent(k, N, pct.decimals);
    const sentence = index.sentence(pct.sentence)?.text ?? '';
    const quiet = pct.approx || AMBIGUOUS.test(sentence);
    const problem: Problem = {
      claim: pct,
      message: pct.comparator
        ? `${formula} = ${exact}%, which is not ${pct.comparator} ${pct.value}% as the ${kind} rate states.`
        : `${formula} = ${exact}%, which rounds to ${rounded}%, not the ${kind} rate of ${pct.text.trim()} (rounding half up or half even).`,
      related: [{ claim: b, message: `The counts the rate summarises.` }],
      actual: pct.text.trim(),
      expected: `${rounded}%`,
      ...(quiet ? { severity: 'info' as const } : {}),
    };
    out.push({
      rule: ID,
      constraint: `${kind} rate ${pct.text.trim()}: ${formula} = ${exact}%${holds ? `, consistent with ${pct.text.trim()}` : ''}`,
      holds,
      claims: [pct, b],
      ...(holds ? {} : { problem }),
    });
  }

  // `12 patients (40.0%)`: a count beside its percentage, out of the cohort or a stated group.
  if (cohort && !ARMS.test(text)) {
    // Group sizes in ascending order: the ones a percentage of a count can be out of are found by bisection.
    const groups = [...statedGroups(info, cohort)].sort((a, b) => a - b);
    for (const pct of percents) {
      if (pct.comparator || pct.approx) continue;
      // The count right before the percentage, with at most two words and a parenthesis between.
      const here = index.claimsIn(pct.sentence);
      const at = firstAtOrAfter(here, pct.offset);
      const c = [here[at - 1], here[at - 2]].find(
        (x) => x && isPatientCount(x) && /^\s*(?:[A-Za-z-]+\s+){0,2}?[(（]\s*$/.test(text.slice(rel(x.offset + x.length), rel(pct.offset))),
      );
      if (!c || c.value > cohort.size) continue;
      // The denominator may be the cohort or any group the abstract states (treated, evaluable).
      const fits = denominatorsOf(pct, c.value, groups);
      const holds = fits.length > 0 || percentMatchesFraction(reported(pct.value, pct.decimals), c.value, cohort.size);
      const exact = formatPercent(c.value, cohort.size, Math.max(1, pct.decimals + 1));
      out.push({
        rule: ID,
        constraint: `${c.text.trim()} (${pct.text.trim()}): ${c.value}/${fits[0] ?? cohort.size} = ${formatPercent(c.value, fits[0] ?? cohort.size, Math.max(1, pct.decimals + 1))}%`,
        holds,
        claims: [pct, c],
        ...(holds ? {} : {
          problem: {
            claim: pct,
            severity: 'warning' as const,
            message: `${c.value}/${cohort.size} = ${exact}%, which rounds to ${formatPercent(c.value, cohort.size, pct.decimals)}%, not the ${pct.text.trim()} written beside ${c.text.trim()} (cohort of ${cohort.size}).`,
            related: [{ claim: c, message: 'The count the percentage describes.' }, { claim: cohort.claims[0]!, message: `The cohort of ${cohort.size}.` }],
            actual: pct.text.trim(),
            expected: `${formatPercent(c.value, cohort.size, pct.decimals)}%`,
          },
        }),
      });
    }
  }
  return out;
}

/**
 * The smallest stated group size n > k for which k/n rounds to the percentage: k/n falls as n grows,
 * so they lie in one run of the sorted sizes, found by bisection at the smallest n the
 * percentage's upper rounding bound allows.
 */
function denominatorsOf(pct: Claim, k: number, sorted: number[]): number[] {
  const written = reported(pct.value, pct.decimals);
  const upper = pct.value + 0.5 * 10 ** -pct.decimals;
  const smallest = upper > 0 ? Math.floor((100 * k) / upper) - 1 : Infinity;
  for (let j = lowerBound(sorted, smallest, (n) => n); j < sorted.length; j++) {
    const n = sorted[j]!;
    if (n <= k) continue;
    if (percentMatchesFraction(written, k, n)) return [n];
    // Past the run: k/n is already below the percentage's lower rounding bound.
    if ((100 * k) / n < pct.value - 0.5 * 10 ** -pct.decimals) break;
  }
  return [];
}

/**
 * An excellent-and-good rate after the grades it sums (`优41例，良22例，可5例，优良率92.6%`): (excellent + good)
 * over the grades listed, or over a count of patients the abstract states (a grade left unlisted). Only a rate
 * that neither gives is pushed, so the constraints counted on clean text do not change.
 */
function gradeRates(info: PassageInfo, percents: Claim[], out: Evaluation[]): void {
  const text = info.passage.text;
  const zh = info.passage.lang === 'zh';
  if (zh ? !text.includes('优良率') : !/excellent/i.test(text)) return;
  const re = zh ? ZH.GRADES_AND_RATE : EN.GRADES_AND_RATE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const grades = [m[1], m[2], m[3], m[4]].filter((g): g is string => g !== undefined).map(Number);
    const k = grades[0]! + grades[1]!;
    const listed = grades.reduce((a, b) => a + b, 0);
    const rateAt = info.passage.offset + m.index + m[0].lastIndexOf(m[5]!);
    const pct = percents.find((c) => c.offset === rateAt);
    if (!pct || pct.comparator || pct.approx) continue;
    const written = reported(pct.value, pct.decimals);
    if (percentMatchesFraction(written, k, listed)) continue;
    if (info.claims.some((c) => isPatientCount(c) && c.value > k && percentMatchesFraction(written, k, c.value))) continue;
    const exact = formatPercent(k, listed, pct.decimals + 2);
    out.push({
      rule: ID,
      constraint: `excellent and good ${grades[0]} + ${grades[1]} of ${listed} graded: ${exact}%`,
      holds: false,
      claims: [pct],
      problem: {
        claim: pct,
        message: `(${grades[0]} excellent + ${grades[1]} good)/${listed} graded = ${exact}%, which rounds to ${formatPercent(k, listed, pct.decimals)}%, not the excellent and good rate of ${pct.text.trim()}; nor does any count of patients the abstract states give it.`,
        actual: pct.text.trim(),
        expected: `${formatPercent(k, listed, pct.decimals)}%`,
      },
    });
  }
}
