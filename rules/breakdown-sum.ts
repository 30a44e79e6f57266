import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/breakdown-sum.js';

export default constraintRule(
  {
    id: ID,
    description: 'A breakdown of response categories and deaths must add up to the cohort: it never exceeds it, and falls short of it only by a category it leaves out (one naming CR, PR, SD and PD, or counting the rest, is whole).',
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
