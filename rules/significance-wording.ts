import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/significance-wording.js';

export default constraintRule(
  {
    id: ID,
    description: 'Words that call a result (not) statistically significant must agree with the p-value written with them.',
    severity: 'error',
    examples: {
      valid: ['The difference was statistically significant (P < 0.05).', '差异无统计学意义(P>0.05)。', 'There was no significant difference (P = 0.40).'],
      invalid: [
        {
          text: 'The difference was statistically significant (P > 0.05).',
          errors: [
            { line: 1, column: 47, text: 'P > 0.05', severity: 'error', message: 'The text calls the result significant ("statistically significant"), but P > 0.05 is not below 0.05.' },
          ],
        },
        {
          text: '差异无统计学意义(P<0.05)。',
          errors: [
            { line: 1, column: 10, text: 'P<0.05', severity: 'error', message: 'The text calls the result not significant ("无统计学意义"), but P<0.05 is below 0.05.' },
          ],
        },
        {
          text: 'There was no significant difference (P = 0.01).',
          errors: [
            { line: 1, column: 38, text: 'P = 0.01', severity: 'error', message: 'The text calls the result not significant ("no significant"), but P = 0.01 is below 0.05.' },
          ],
        },
      ],
    },
  },
  evaluate,
);
