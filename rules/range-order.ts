import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/range-order.js';

export default constraintRule(
  {
    id: ID,
    description: 'A range, interval or interquartile range must run from its low end to its high end, and a median must lie inside its range, as must a mean given right after the range it is the mean of; a change must go the way its verb says (由A降至B, decreased from A to B), and the share it is said to change by must follow from its ends (由A降至B，减少了X%).',
    severity: 'error',
    examples: {
      valid: ['Patients were followed up for 8-24 months.', 'Scores fell from 20 to 10.', '随访 3～36 个月。', 'The hazard ratio for death was 0.65 (95% CI 0.50-0.85).'],
      invalid: [
        {
          text: 'Patients were followed up for 24-8 months.',
          errors: [
            { line: 1, column: 31, text: '24-8 months', severity: 'error', message: 'The range 24-8 months runs from 24 down to 8: its low end exceeds its high end.' },
          ],
        },
        {
          text: '随访 36～3 个月。',
          errors: [
            { line: 1, column: 4, text: '36～3 个月', severity: 'error', message: 'The range 36～3 个月 runs from 36 down to 3: its low end exceeds its high end.' },
          ],
        },
        {
          text: 'The hazard ratio for death was 0.65 (95% CI 0.85-0.50).',
          errors: [
            { line: 1, column: 45, text: '0.85-0.50', severity: 'error', message: 'The range 0.85-0.50 runs from 0.85 down to 0.50: its low end exceeds its high end.' },
          ],
        },
        {
          text: 'The median was 12 months (IQR 14-20).',
          errors: [
            { line: 1, column: 16, text: '12 months (IQR 14-20)', severity: 'error', message: 'The median 12 lies outside its own range 14–20.' },
          ],
        },
      ],
    },
  },
  evaluate,
);
