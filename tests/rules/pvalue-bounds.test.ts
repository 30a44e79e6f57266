import { ruleCases } from '../helpers/rule-cases.js';

ruleCases('pvalue-bounds', {
  valid: [
    'No difference was seen between the groups (P = 1.00).',
    'Survival was longer with the combination (P = 0.03).',
    'The interaction was not significant (p = .62).',
    'Values were compared with the t test (P ≤ 0.05).',
    'Pain decreased from baseline (P<0.0001).',
    '两组差异有统计学意义(P<0.05)。',
    '两组比较差异无统计学意义（P＞0.05）。',
    '治疗后评分明显降低（P=0.002）。',
    '组间差异无统计学意义（P = 0.999）。',
    'The 17 patients improved by 47.1% (8/17) over 6 months.',
  ],
  invalid: [
    { text: 'Scores were higher after treatment (p = 2.05).', errors: [{ severity: 'error', lang: 'en', span: 'p = 2.05', message: 'p = 2.05 is not a probability: a p-value lies between 0 and 1.' }] },
    { text: '两组差异有统计学意义(P=0.000)。', errors: [{ severity: 'warning', lang: 'zh', span: 'P=0.000', message: 'P=0.000 reads as a p-value of exactly zero; a p-value too small to show at 3 decimals is written P < 0.001.' }], output: '两组差异有统计学意义(P < 0.001)。' },
    { text: '两组差异有统计学意义（P=1.20）。', errors: [{ severity: 'error', lang: 'zh', span: 'P=1.20', message: 'P=1.20 is not a probability: a p-value lies between 0 and 1.' }] },
    { text: '治疗后评分明显降低（P = 0.0000）。', errors: [{ severity: 'warning', lang: 'zh', span: 'P = 0.0000', message: 'P = 0.0000 reads as a p-value of exactly zero; a p-value too small to show at 4 decimals is written P < 0.0001.' }], output: '治疗后评分明显降低（P < 0.0001）。' },
  ],
});
