import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/subgroup-sum.js';

export default constraintRule(
  {
    id: ID,
    description: 'Subgroups must add up to the total they split: 2/8 males and 6/9 females make 8/17; 242 and 238 patients make 480.',
    severity: 'error',
    examples: {
      valid: [
        'A total of 47.1% (8/17) improved: 25% (2/8) of males and 66.7% (6/9) of females.',
        'A total of 480 patients were included (242 in the induction group and 238 in the standard group).',
        '共有 47.1%(8/17)的患者改善，男性 25%(2/8)，女性 66.7%(6/9)。',
      ],
      invalid: [
        {
          text: 'A total of 47.1% (8/17) improved: 25% (2/8) of males and 55.6% (5/9) of females.',
          errors: [
            { line: 1, column: 40, text: '2/8', severity: 'error', message: 'The subgroups 2/8 and 5/9 add up to 7/17 (41.2%), but the total they split is 8/17.' },
          ],
        },
        {
          text: 'A total of 480 patients were included (242 in the induction group and 228 in the standard group).',
          errors: [
            { line: 1, column: 12, text: '480', severity: 'error', message: 'The parts 242 + 228 add up to 470, not to the 480 they split.' },
          ],
        },
        {
          text: '共有 47.1%(8/17)的患者改善，男性 25%(2/8)，女性 55.6%(5/9)。',
          errors: [
            { line: 1, column: 28, text: '2/8', severity: 'error', message: 'The subgroups 2/8 and 5/9 add up to 7/17 (41.2%), but the total they split is 8/17.' },
          ],
        },
      ],
    },
  },
  evaluate,
);
