import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/interval-estimate.js';

export default constraintRule(
  {
    id: ID,
    description: 'A point estimate must lie inside its confidence interval; a ratio sits near the geometric mean of its bounds, and its CI implies its p-value.',
    severity: 'error',
    examples: {
      valid: ['The hazard ratio was 0.51 (95% CI, 0.34 to 0.77; P = 0.001).', '风险比 0.51，95% 置信区间 0.34～0.77。'],
      invalid: [
        {
          text: 'The hazard ratio was 0.91 (95% CI, 0.34 to 0.77).',
          errors: [
            { line: 1, column: 22, text: '0.91', severity: 'error', message: 'The estimate 0.91 lies outside its own 95% confidence interval 0.34 to 0.77.' },
          ],
        },
        {
          text: '风险比 0.91，95% 置信区间 0.34～0.77。',
          errors: [
            { line: 1, column: 5, text: '0.91', severity: 'error', message: 'The estimate 0.91 lies outside its own 95% confidence interval 0.34 to 0.77.' },
          ],
        },
        {
          text: 'The hazard ratio was 0.51 (95% CI, 0.34 to 0.77; P = 0.20).',
          errors: [
            { line: 1, column: 50, text: 'P = 0.20', severity: 'error', message: 'The 95% CI 0.34 to 0.77 of HR 0.51 implies P between 0.001 and 0.002 (z from the log-CI width, Altman & Bland), not P = 0.20; the interval excludes 1, so the result is significant at 0.05.' },
          ],
        },
      ],
    },
  },
  evaluate,
);
