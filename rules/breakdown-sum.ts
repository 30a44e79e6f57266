import { cohortOf } from '../src/constraints/cohort.js';
import { constraintRule, type Evaluation } from '../src/constraints/evaluation.js';
import type { PassageInfo } from '../src/pair/index.js';
import type { Claim } from '../src/types.js';

const ID = 'breakdown-sum';
const RESPONSE = new Set(['CR', 'PR']);
const NON_RESPONSE = new Set(['SD', 'PD', 'NE', 'death']);

/** A breakdown that names both responders and non-responders claims to cover the whole cohort. */
export function isCompleteBreakdown(b: Claim): boolean {
  const cats = (b.parts ?? []).map((p) => p.measure!);
  return cats.some((c) => RESPONSE.has(c)) && cats.some((c) => NON_RESPONSE.has(c));
}

export function describeParts(b: Claim): string {
  return (b.parts ?? []).map((p) => String(p.value)).join(' + ');
}

function evaluate(info: PassageInfo): Evaluation[] {
  const cohort = cohortOf(info);
  if (!cohort) return [];
  const out: Evaluation[] = [];
  for (const b of info.stats ?? []) {
    if (b.kind !== 'breakdown' || !isCompleteBreakdown(b)) continue;
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

export default constraintRule(
  {
    id: ID,
    description: 'A breakdown of response categories and deaths in parentheses must add up to the cohort.',
    severity: 'error',
    examples: {
      valid: [
        'Ten patients were enrolled. The response rate was 80% (no death, 2SD, 3PR, 5CR).',
        '共纳入 10 例患者。有效率为 80%（无死亡，2例SD，3例PR，5例CR）。',
      ],
      invalid: [
        {
          text: 'Ten patients were enrolled. The response rate was 80% (1 death, 2SD, 3PR, 5CR).',
          errors: [
            { line: 1, column: 56, text: '1 death, 2SD, 3PR, 5CR', severity: 'error', message: 'The breakdown (1 death, 2SD, 3PR, 5CR) adds up to 1 + 2 + 3 + 5 = 11, not to the 10 patients enrolled (Ten patients).' },
          ],
        },
        {
          text: '共纳入 10 例患者。有效率为 80%（1例死亡，2例SD，3例PR，5例CR）。',
          errors: [
            { line: 1, column: 21, text: '1例死亡，2例SD，3例PR，5例CR', severity: 'error', message: 'The breakdown (1例死亡，2例SD，3例PR，5例CR) adds up to 1 + 2 + 3 + 5 = 11, not to the 10 patients enrolled (10 例).' },
          ],
        },
      ],
    },
  },
  evaluate,
);
