import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/percent-bounds.js';

export default constraintRule(
  {
    id: ID,
    description: 'A proportion of a group must lie between 0% and 100%.',
    severity: 'error',
    examples: {
      valid: ['The objective response rate of the treated patients was 80% (8/10).', 'The level increased by 150% after treatment.', '有效率为 80%。'],
      invalid: [
        {
          text: 'The objective response rate of the treated patients was 180%.',
          errors: [
            { line: 1, column: 57, text: '180%', severity: 'error', message: '180% is a share of a group, which cannot exceed 100%.' },
          ],
        },
        {
          text: '112% of the patients improved.',
          errors: [
            { line: 1, column: 1, text: '112%', severity: 'error', message: '112% is a share of a group, which cannot exceed 100%.' },
          ],
        },
        {
          text: '有效率为 120%。',
          errors: [
            { line: 1, column: 6, text: '120%', severity: 'error', message: '120% is a share of a group, which cannot exceed 100%.' },
          ],
        },
      ],
    },
  },
  evaluate,
);
