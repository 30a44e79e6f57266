import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/grim.js';

export default constraintRule(
  {
    id: ID,
    description: 'A mean of whole-number data (counts, single-item scores) reported with its n must be reachable as an integer sum divided by n (the GRIM test).',
    severity: 'error',
    examples: {
      valid: ['The number of attacks was 3.25 ± 1.1 per month (n = 12).', '发作次数为 2.50 ± 0.8 次（n = 20）。'],
      invalid: [
        {
          text: 'The number of attacks was 3.27 ± 1.1 per month (n = 12).',
          errors: [
            { line: 1, column: 27, text: '3.27 ± 1.1', severity: 'error', message: 'A mean of 12 whole numbers is a multiple of 1/12: no integer sum divided by 12 rounds to 3.27 (the nearest are 3.25 and 3.33).' },
          ],
        },
        {
          text: '发作次数为 2.53 ± 0.8 次（n = 20）。',
          errors: [
            { line: 1, column: 7, text: '2.53 ± 0.8', severity: 'error', message: 'A mean of 20 whole numbers is a multiple of 1/20: no integer sum divided by 20 rounds to 2.53 (the nearest are 2.50 and 2.55).' },
          ],
        },
      ],
    },
  },
  evaluate,
);
