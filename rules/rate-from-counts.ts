import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/rate-from-counts.js';

export default constraintRule(
  {
    id: ID,
    description: 'A response, disease-control, survival or excellent-and-good rate must follow from the counts it summarises: (CR + PR)/N, (CR + PR + SD)/N, (N − deaths)/N, (excellent + good)/N.',
    severity: 'error',
    examples: {
      valid: [
        'Ten patients were enrolled. The 6-month overall survival rate was 90%, and the response rate was 80% (1 death, 1PD, 3PR, 5CR).',
        '共纳入 10 例患者。6 个月生存率为 90%，有效率为 80%（1例死亡，1例PD，3例PR，5例CR）。',
      ],
      invalid: [
        {
          text: 'Ten patients were enrolled. The 6-month overall survival rate was 90%, and the response rate was 70% (1 death, 1PD, 3PR, 5CR).',
          errors: [
            { line: 1, column: 98, text: '70%', severity: 'error', message: '(3 PR + 5 CR)/10 = 80.0%, which rounds to 80%, not the response rate of 70% (rounding half up or half even).' },
          ],
        },
        {
          text: '共纳入 10 例患者。6 个月生存率为 80%，有效率为 80%（1例死亡，1例PD，3例PR，5例CR）。',
          errors: [
            { line: 1, column: 21, text: '80%', severity: 'error', message: '(10 − 1 deaths)/10 = 90.0%, which rounds to 90%, not the survival rate of 80% (rounding half up or half even).' },
          ],
        },
      ],
    },
  },
  evaluate,
);
