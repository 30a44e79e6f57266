import { cohortOf } from '../cohort.js';
import type { Evaluation } from '../evaluation.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';

export const ID = 'breakdown-sum';
const RESPONSE = new Set(['CR', 'PR']);
const NON_RESPONSE = new Set(['SD', 'PD', 'NE', 'death', 'rest']);

/** A breakdown that names both responders and non-responders claims to cover the whole cohort (one that exceeds it is wrong whatever it names). */
export function isCompleteBreakdown(b: Claim): boolean {
  const cats = (b.parts ?? []).map((p) => p.measure!);
  return cats.some((c) => RESPONSE.has(c)) && cats.some((c) => NON_RESPONSE.has(c));
}

/** Every category of the response scheme: a list that leaves one out may fall short of the cohort by it. */
const WHOLE_SCHEME = ['CR', 'PR', 'SD', 'PD'];

/**
 * Whether a breakdown names every category of its scheme (NE and deaths may be left out), or counts
 * the rest (`其余24例`, `the remaining 9`). One that falls short of the cohort is a slip only then:
 * `2 CR, 22 PR and 15 SD` of 48 leaves the patients with progressive disease unsaid. One that
 * exceeds the cohort is a slip whatever it names.
 */
function namesWholeScheme(b: Claim): boolean {
  const cats = new Set((b.parts ?? []).map((p) => p.measure!));
  return cats.has('rest') || WHOLE_SCHEME.every((c) => cats.has(c));
}

export function describeParts(b: Claim): string {
  return (b.parts ?? []).map((p) => String(p.value)).join(' + ');
}

export function evaluate(info: PassageInfo): Evaluation[] {
  const cohort = cohortOf(info);
  if (!cohort) return [];
  const out: Evaluation[] = [];
  for (const b of info.stats ?? []) {
    if (b.kind !== 'breakdown' || (b.value <= cohort.size && !isCompleteBreakdown(b))) continue;
    if (b.value < cohort.size && !namesWholeScheme(b)) continue;
    const holds = b.value === cohort.size;
    const sum = `${describeParts(b)} = ${b.value}`;
    out.push({
      rule: ID,
      constraint: `${sum}, the ${cohort.size} patients of ${cohort.text.trim()}`,
      holds,
      claims: [b, ...cohort.claims],
      ...(holds ? {} : {
        problem: {
          claim: b,
          message: `The breakdown (${b.text}) adds up to ${sum}, not to the ${cohort.size} patients enrolled (${cohort.text.trim()}).`,
          related: [{ claim: cohort.claims[0]!, message: `The cohort of ${cohort.size}.` }],
          actual: String(b.value),
          expected: String(cohort.size),
        },
      }),
    });
  }
  return out;
}
