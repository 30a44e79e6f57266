import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/cohort-count.js';

export default constraintRule(
  {
    id: ID,
    description: 'Numbers that state the size of the same group must agree: subgroups within the cohort, fractions out of the cohort or a stated subgroup.',
    severity: 'error',
    examples: {
      valid: [
        'Six patients were enrolled, and four of them responded. The two patients with normal levels did not improve.',
        'Four adult and two pediatric patients were treated. Expression increased in 1 of 6 patients.',
        '共纳入 17 例患者，47.1%(8/17)的患者改善。',
      ],
      invalid: [
        {
          text: 'Six patients were enrolled, and seven of them responded.',
          errors: [
            { line: 1, column: 33, text: 'seven', severity: 'error', message: 'seven of them is more than the 6 patients it is a part of (Six patients).' },
          ],
        },
        {
          text: 'Seventeen patients were enrolled. A total of 47.1% (17/36) improved.',
          errors: [
            { line: 1, column: 53, text: '17/36', severity: 'warning', message: '17/36 counts out of 36, but the abstract enrolled 17 (Seventeen patients) and states no group of 36.' },
          ],
        },
        {
          text: '共纳入 10 例患者，所有 12 例患者均耐受良好。',
          errors: [
            { line: 1, column: 15, text: '12 例', severity: 'error', message: '"all 12" does not match the 10 patients enrolled (10 例).' },
          ],
        },
      ],
    },
  },
  evaluate,
);
