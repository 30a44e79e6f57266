import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(
  'statistic-pvalue',
  [
    'Scores differed between the groups, t(28) = 2.20, p = .036.',
    'The effect of dose was significant, F(2, 45) = 3.1, p < .06, in the full model.',
    'Response was associated with sex, χ2(1, N = 90) = 4.2, p = .04.',
    'Pain and itch were correlated, r(48) = .30, p = .034.',
    'The difference from zero was significant, z = 1.96, p = .05.',
    'The directional hypothesis was supported in a one-tailed test, t(28) = 2.20, p = .018.',
    'Scores did not differ, t(40) = 0.50, p = .62, across sites.',
    '两组差异有统计学意义（t(28) = 2.20，P = 0.036）。',
    '应答与性别相关（χ2(1, N = 90) = 4.2，P = 0.04）。',
    '三组比较 F(2, 45) = 3.1，P = 0.055。',
    '两组差异有统计学意义（z = 2.58，P < 0.01）。',
  ],
  [
    { text: 'Scores differed between the groups, t(28) = 2.20, p = .01.', severity: 'error', lang: 'en', span: 'p = .01', message: 't = 2.20 with 28 df gives P between 0.0358 and 0.0366, two-tailed' },
    { text: 'The effect of dose was significant, F(2, 45) = 3.1, p < .01, in the full model.', severity: 'error', lang: 'en', span: 'p < .01', message: 'which p < .01 cannot be' },
    { text: 'Response was not associated with sex, χ2(1, N = 90) = 4.2, p = .40.', severity: 'error', lang: 'en', span: 'p = .40', message: 'flips the decision at 0.05 (the statistic is significant)' },
    { text: 'Pain and itch were correlated, r(48) = .30, p = .001.', severity: 'error', lang: 'en', span: 'p = .001', message: 'r = .30 with 48 df' },
    { text: '两组差异有统计学意义（t(28) = 1.20，P = 0.03）。', severity: 'error', lang: 'zh', span: 'P = 0.03', message: 'flips the decision at 0.05 (the statistic is not significant)' },
    { text: '两组差异有统计学意义（z = 1.96，P < 0.001）。', severity: 'error', lang: 'zh', span: 'P < 0.001', message: 'z = 1.96' },
  ],
);
