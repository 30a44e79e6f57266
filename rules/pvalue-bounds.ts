import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/pvalue-bounds.js';

export default constraintRule(
  {
    id: ID,
    description: 'A p-value must lie between 0 and 1, and is never written as exactly 0 (P = 0.000).',
    severity: 'error',
    examples: {
      valid: ['The difference was significant (P < 0.001).', '差异有统计学意义(P<0.05)。', 'No difference was seen (P = 1.00).'],
      invalid: [
        {
          text: 'The difference was significant (P = 1.5).',
          errors: [
            { line: 1, column: 33, text: 'P = 1.5', severity: 'error', message: 'P = 1.5 is not a probability: a p-value lies between 0 and 1.' },
          ],
        },
        {
          text: 'The difference was significant (P = 0.000).',
          errors: [
            { line: 1, column: 33, text: 'P = 0.000', severity: 'warning', message: 'P = 0.000 reads as a p-value of exactly zero; a p-value too small to show at 3 decimals is written P < 0.001.' },
          ],
          output: 'The difference was significant (P < 0.001).',
        },
        {
          text: '差异有统计学意义(P=0.000)。',
          errors: [
            { line: 1, column: 10, text: 'P=0.000', severity: 'warning', message: 'P=0.000 reads as a p-value of exactly zero; a p-value too small to show at 3 decimals is written P < 0.001.' },
          ],
          output: '差异有统计学意义(P < 0.001)。',
        },
      ],
    },
  },
  evaluate,
);
