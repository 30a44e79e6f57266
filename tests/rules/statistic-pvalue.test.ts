import { ruleCases } from '../helpers/rule-cases.js';

ruleCases('statistic-pvalue', {
  valid: [
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
    'The trend held, t(28) < 2.20, p > .03, across sites.',
    'No difference was found, t(28) = 1.20, ns, on recall.',
    'Heterogeneity was moderate, Q(28) = 22.20, p = .77, across studies.',
    'We tested a directional hypothesis.\nRecall was higher after training, t(28) = 2.20, p = .018.',
    'All tests were one-tailed unless noted otherwise. Recall was higher after training, t(28) = 2.20, p = .036.',
    'The effect was large, F(1, 1,224) = 2,000.20, p < .001, overall.',
    'The effect held, F(1, 28) = 5.2, MSE = 3.1, p = .03, in both tasks.',
    'Sphericity was corrected, F(1.72, 49.8) = 5.10, p = .013, by Greenhouse–Geisser.',
    't(28) = 2.20, p = .036',
  ],
  invalid: [
    { text: 'Scores differed between the groups, t(28) = 2.20, p = .01.', errors: [{ severity: 'error', lang: 'en', span: 'p = .01', message: 't = 2.20 with 28 df gives P between 0.0358 and 0.0366, two-tailed, which p = .01 cannot be.' }] },
    { text: 'The effect of dose was significant, F(2, 45) = 3.1, p < .01, in the full model.', errors: [{ severity: 'error', lang: 'en', span: 'p < .01', message: 'F = 3.1 with 2, 45 df gives P between 0.0524 and 0.0573, which p < .01 cannot be; the reported p also flips the decision at 0.05 (the statistic is not significant).' }] },
    { text: 'Response was not associated with sex, χ2(1, N = 90) = 4.2, p = .40.', errors: [{ severity: 'error', lang: 'en', span: 'p = .40', message: 'χ² = 4.2 with 1 df gives P between 0.0393 and 0.0416, which p = .40 cannot be; the reported p also flips the decision at 0.05 (the statistic is significant).' }] },
    { text: 'Pain and itch were correlated, r(48) = .30, p = .001.', errors: [{ severity: 'error', lang: 'en', span: 'p = .001', message: 'r = .30 with 48 df gives P between 0.0313 and 0.0375, two-tailed, which p = .001 cannot be.' }] },
    { text: '两组差异有统计学意义（t(28) = 1.20，P = 0.03）。', errors: [{ severity: 'error', lang: 'zh', span: 'P = 0.03', message: 't = 1.20 with 28 df gives P between 0.2383 and 0.2421, two-tailed, which P = 0.03 cannot be; the reported p also flips the decision at 0.05 (the statistic is not significant).' }] },
    { text: '两组差异有统计学意义（z = 1.96，P < 0.001）。', errors: [{ severity: 'error', lang: 'zh', span: 'P < 0.001', message: 'z = 1.96 gives P between 0.0494 and 0.0506, two-tailed, which P < 0.001 cannot be.' }] },
    {
      text: 'The trend held, t(28) > 2.20, p = .08, across sites.', errors: [{ severity: 'error', lang: 'en', span: 'p = .08',
      message: 't > 2.20 with 28 df gives P below 0.0362, two-tailed, which p = .08 cannot be; the reported p also flips the decision at 0.05 (the statistic is significant).' }] },
    {
      text: 'Recall did not differ, t(28) = 2.20, ns, between groups.', errors: [{ severity: 'error', lang: 'en', span: 'ns',
      message: 't = 2.20 with 28 df gives P between 0.0358 and 0.0366, two-tailed, which ns (P > .05) cannot be; the reported p also flips the decision at 0.05 (the statistic is significant).' }] },
    { text: 'Heterogeneity was low, Q(2) = 2.20, p = .03, across studies.', errors: [{ severity: 'error', lang: 'en', span: 'p = .03', message: 'Q = 2.20 with 2 df gives P between 0.3320 and 0.3337, which p = .03 cannot be; the reported p also flips the decision at 0.05 (the statistic is not significant).' }] },
    { text: 'The model fitted worse, G2(1) = 3.9, p = .48, without the term.', errors: [{ severity: 'error', lang: 'en', span: 'p = .48', message: 'G² = 3.9 with 1 df gives P between 0.0469 and 0.0497, which p = .48 cannot be; the reported p also flips the decision at 0.05 (the statistic is significant).' }] },
    { text: 'Pain and itch were correlated, r(16) = 26.05, p = .10.', errors: [{ severity: 'error', lang: 'en', span: 'r(16) = 26.05', message: 'r(16) = 26.05 cannot be right: r lies between −1 and 1.' }] },
    { text: 't(28) = 2.20, p = .01', errors: [{ severity: 'error', lang: 'en', span: 'p = .01', message: 't = 2.20 with 28 df gives P between 0.0358 and 0.0366, two-tailed, which p = .01 cannot be.' }] },
    // p = .05 counts as significant, as statcheck counts it.
    {
      text: 'The effect reached significance, t(28) = 1.20, p = .05.', errors: [{ severity: 'error', lang: 'en', span: 'p = .05',
      message: 't = 1.20 with 28 df gives P between 0.2383 and 0.2421, two-tailed, which p = .05 cannot be; the reported p also flips the decision at 0.05 (the statistic is not significant).' }] },
    {
      text: 'The association was bidirectional. Recall was higher after training, t(28) = 2.20, p = .018.', errors: [{ severity: 'error', lang: 'en', span: 'p = .018',
      message: 't = 2.20 with 28 df gives P between 0.0358 and 0.0366, two-tailed, which p = .018 cannot be.' }] },
    {
      text: 'We tested a directional hypothesis.\nRecall was higher after training, t(28) = 2.20, p = .009.', errors: [{ severity: 'error', lang: 'en', span: 'p = .009',
      message: 't = 2.20 with 28 df gives P between 0.0358 and 0.0366, two-tailed (one-tailed, P between 0.0179 and 0.0183), which p = .009 cannot be.' }] },
  ],
});
