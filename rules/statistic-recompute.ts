import { constraintRule } from '../src/constraints/evaluation.js';
import { ID, evaluate } from '../src/constraints/checks/statistic-recompute.js';

export default constraintRule(
  {
    id: ID,
    description:
      'A χ² or t reported without df is checked against the abstract’s own numbers: χ² against the 2×2 table of two proportions (with or without continuity correction), t against two groups’ mean ± SD and sizes (pooled or Welch), and p against the df those numbers determine, or, where they determine none, against every df (a χ²’s p is least at df = 1; a t’s lies between its p at df = 1 and the normal’s).',
    severity: 'warning',
    examples: {
      valid: [
        '观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ²=3.966，P=0.046）。',
        'The response rate was 25.0% (38/152) vs 35.8% (48/134) (chi-square = 3.47, P = 0.062).',
        '将90例患者随机分为观察组和对照组，各45例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分（t=3.61，P<0.001）。',
      ],
      invalid: [
        {
          text: '观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ²=3.912，P=0.048）。',
          errors: [
            { line: 1, column: 52, text: '3.912', severity: 'warning', message: 'χ² for 38/152 vs 48/134 is 3.966 (3.468 with continuity correction); the text says 3.912.' },
          ],
        },
        {
          text: '将90例患者随机分为观察组和对照组，各45例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分（t=4.61，P<0.001）。',
          errors: [
            { line: 1, column: 63, text: '4.61', severity: 'warning', message: 't for 85.3±6.2 (n = 45) vs 80.1±7.4 (n = 45) is 3.61 pooled (3.61 Welch); the text says 4.61.' },
          ],
        },
        {
          text: 'Patients were randomized to drug (n = 45) or placebo (n = 47). Scores fell more with drug (t = 2.10, P < 0.001).',
          errors: [
            { line: 1, column: 102, text: 'P < 0.001', severity: 'warning', message: 't = 2.10 with df = 45 + 47 − 2 = 90 (inferred from the two groups of 45 and 47; Welch\'s df would lie between 44 and 90) gives P between 0.0381 and 0.0420, two-tailed, which P < 0.001 cannot be.' },
          ],
        },
      ],
    },
  },
  evaluate,
);
