import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(
  'pvalue-bounds',
  [
    'The difference was significant (P < 0.001).',
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
  [
    { text: 'The difference was significant (P = 1.5).', severity: 'error', lang: 'en', span: 'P = 1.5', message: 'is not a probability' },
    { text: 'The difference was significant (P = 0.000).', severity: 'warning', lang: 'en', span: 'P = 0.000', message: 'P < 0.001' },
    { text: 'Scores were higher after treatment (p = 2.05).', severity: 'error', lang: 'en', span: 'p = 2.05', message: 'between 0 and 1' },
    { text: '两组差异有统计学意义(P=0.000)。', severity: 'warning', lang: 'zh', span: 'P=0.000', message: 'exactly zero' },
    { text: '两组差异有统计学意义（P=1.20）。', severity: 'error', lang: 'zh', span: 'P=1.20', message: 'is not a probability' },
    { text: '治疗后评分明显降低（P = 0.0000）。', severity: 'warning', lang: 'zh', span: 'P = 0.0000', message: 'P < 0.0001' },
  ],
);
