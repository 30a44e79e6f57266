import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluateStatistics } from '../src/constraints/checks/statistic-pvalue.js';

export default constraintRule(
  {
    id: ID,
    description:
      'A p-value reported with a test statistic and its degrees of freedom must be the one the statistic gives (t, F, χ², Q, G², r, z); p = .05 counts as significant, as in statcheck.',
    severity: 'error',
    examples: {
      valid: ['Scores differed between the two groups, t(28) = 2.20, p = .036.', '两组差异有统计学意义（χ2(1, N = 90) = 4.2，P = 0.04）。'],
      invalid: [
        {
          text: 'Scores differed between the two groups, t(28) = 2.20, p = .01.',
          errors: [
            { line: 1, column: 55, text: 'p = .01', severity: 'error', message: 't = 2.20 with 28 df gives P between 0.0358 and 0.0366, two-tailed, which p = .01 cannot be.' },
          ],
        },
        {
          text: '两组差异有统计学意义（χ2(1, N = 90) = 4.2，P = 0.01）。',
          errors: [
            { line: 1, column: 32, text: 'P = 0.01', severity: 'error', message: 'χ² = 4.2 with 1 df gives P between 0.0393 and 0.0416, which P = 0.01 cannot be.' },
          ],
        },
      ],
    },
  },
  evaluateStatistics,
);
