import { describe, expect, it } from 'vitest';
import { percentMatchesFraction, reported } from '../../src/numbers/rounding.js';
import { lintWith } from '../helpers/lint.js';
import { ruleCases } from '../helpers/rule-cases.js';

const R = 'percent-fraction';

describe('percent-fraction: the integer test', () => {
  it.each([
    [47.1, 1, 8, 17, true],
    [47.1, 1, 17, 36, false],
    [17.6, 1, 3, 17, true],
    [66.7, 1, 6, 9, true],
    [25, 0, 2, 8, true],
    [80, 0, 4, 5, true],
    [12.5, 1, 1, 8, true],
    // 1/8 = 12.5% exactly: 13% (half up) and 12% (half even) are both accepted.
    [13, 0, 1, 8, true],
    [12, 0, 1, 8, true],
    [14, 0, 1, 8, false],
    [33.3, 1, 1, 3, true],
    [33.4, 1, 1, 3, false],
    [100, 0, 5, 5, true],
    [0, 0, 0, 9, true],
  ])('%s%% (%s decimals) with %s/%s → %s', (p, d, k, n, ok) => {
    expect(percentMatchesFraction(reported(p, d), k, n)).toBe(ok);
  });
});

// `A total of 47.1% (8/17) of patients improved.` and `A total of 47.1% (17/36) of patients improved.` are among the rule's examples;
// the second is also checked for its related percentage below.
ruleCases(R, {
  valid: [
    '17.6% (3/17) had no sign of disease.',
    'The efficiency was 25% (2/8) for males and 66.7% (6/9) for females.',
    '共有 47.1%(8/17)的银屑病患者改善。',
    '效率为男性 25%(2/8)，女性 66.7%(6/9)。',
    'Responses occurred in 8/17 (47.1%) patients.',
    'about 47% (8/17) responded',
    'more than 40% (8/17) responded',
    'Of the patients, 47.06% (8/17) improved.',
    '1/3 (33.3%) relapsed and 2/3 (66.7%) did not.',
    'In 47.1% of patients, 3/17 had grade 3 events.',
    // A grade or threshold before `in N patients` is their level, no share of N.
    'Adverse events of grade 3 in 12 patients (10.0%) were mild.',
    'Responses with CPS≥10 in 47 cases (22.4%) were durable.',
    // A proportion in words is a rough one, which the percentage beside it makes exact.
    'Nearly half (46.3%) of patients relapsed.',
    '约三分之一（31.0%）的患者复发。',
    'Nearly three-quarters (74.5%) responded.',
    '近1/4（24.7%）的调查对象存在疫苗犹豫。',
    'Nearly a quarter (24.7%) of the respondents hesitated.',
    // A bound before a proportion, which the percentage keeps.
    '逾半数（56.2%）受访者为女性，超过三分之一（36.2%）吸烟。',
    // Tenths are a rough share, which the exact percentage beside them may stray from by a few points.
    '約一成病人（10.1%）再入院，近六成死者（58.7%）曾就醫，逾七成病人（72.3%）為男性，约3成（31.2%）吸烟。',
    // The share a rate changed by is relative: the percentages beside it are the two rates compared.
    'Pharmacological prophylaxis reduced VTE by roughly half (2.3% vs 4.7%, P=0.002).',
    '药物预防使VTE发生率降低约一半（2.3%比4.7%，P=0.002），住院时间缩短了1/3（18.0%）。',
    // A ratio before the counts it is the ratio of, at its precision and in their order.
    'The male/female ratio was 2.4∶1 (285/118), and the median age was 27 years.',
    '男女比例为2.4∶1（285/118），中位年龄27岁。',
    'The female/male ratio was 1∶2.4 (118/285).',
    'The ratio was 3:2 (30/20) at 10:30 (n=12).',
  ],
  invalid: [
    { text: 'The male/female ratio was 1∶2.4 (285/118), and the median age was 27 years.', errors: [{ severity: 'error', lang: 'en', span: '285/118', message: '285/118 = 2.42∶1, which the ratio 1∶2.4 written beside it is not (at its precision).' }] },
    { text: '男女比例为2.7∶1（285/118），中位年龄27岁。', errors: [{ severity: 'error', lang: 'zh', span: '285/118', message: '285/118 = 2.42∶1, which the ratio 2.7∶1 written beside it is not (at its precision).' }] },
    { text: '共有 47.1%(17/36)的银屑病患者改善。', errors: [{ severity: 'error', lang: 'zh', span: '17/36', message: '17/36 = 47.22%, which rounds to 47.2%, not the 47.1% written beside it.' }] },
    { text: 'Adverse events occurred in 3 in 12 patients (10.0%).', errors: [{ severity: 'error', lang: 'en', span: '3 in 12', message: '3 in 12 = 25.00%, which rounds to 25.0%, not the 10.0% written beside it.' }] },
    { text: 'Responses occurred in 9/17 (47.1%) patients.', errors: [{ severity: 'error', lang: 'en', span: '9/17', message: '9/17 = 52.94%, which rounds to 52.9%, not the 47.1% written beside it.' }] },
    { text: 'The efficiency was 25% (3/8) for males.', errors: [{ severity: 'error', lang: 'en', span: '3/8', message: '3/8 = 37.50%, which rounds to 38%, not the 25% written beside it.' }] },
    { text: '80%（3/5）的患者达到 EASI-50。', errors: [{ severity: 'error', lang: 'zh', span: '3/5', message: '3/5 = 60.00%, which rounds to 60%, not the 80% written beside it.' }] },
    { text: 'Of the patients, 47.06% (8/17) improved, 12.0% (1/8) relapsed.', errors: [{ severity: 'error', lang: 'en', span: '1/8', message: '1/8 = 12.50%, which rounds to 12.5%, not the 12.0% written beside it.' }] },
    // Not so far that the words name another proportion.
    { text: '约三分之一（13.0%）的患者复发。', errors: [{ severity: 'error', lang: 'zh', span: '三分之一', message: '三分之一 = 33.33%, which rounds to 33.3%, not the 13.0% written beside it.' }] },
    { text: '1/4（24.7%）的调查对象存在疫苗犹豫。', errors: [{ severity: 'error', lang: 'zh', span: '1/4', message: '1/4 = 25.00%, which rounds to 25.0%, not the 24.7% written beside it.' }] },
    { text: '近1/4（14.7%）的调查对象存在疫苗犹豫。', errors: [{ severity: 'error', lang: 'zh', span: '1/4', message: '1/4 = 25.00%, which rounds to 25.0%, not the 14.7% written beside it.' }] },
    // A share in words after a change that is not its size is still the share.
    { text: 'VTE decreased in about half (12.3%) of the wards.', errors: [{ severity: 'error', lang: 'en', span: 'half', message: 'half = 50.00%, which rounds to 50.0%, not the 12.3% written beside it.' }] },
    { text: '逾半数（46.2%）受访者为女性。', errors: [{ severity: 'error', lang: 'zh', span: '半数', message: '半数, with the bound before it, is more than 50.00%, not the 46.2% written beside it.' }] },
    { text: '約兩成病人（10.1%）於30天內再入院。', errors: [{ severity: 'error', lang: 'zh', span: '兩成', message: '兩成 is 20%, more than 5 points from the 10.1% written beside it.' }] },
    { text: '逾七成病人（68.3%）為男性。', errors: [{ severity: 'error', lang: 'zh', span: '七成', message: '七成, with the bound before it, is more than 70%, which the 68.3% written beside it is not.' }] },
    // Trailing zeros are reported precision: 47.10% claims two decimals, and 8/17 = 47.06%.
    { text: 'Of the patients, 47.10% (8/17) improved.', errors: [{ severity: 'error', lang: 'en', span: '8/17', message: '8/17 = 47.059%, which rounds to 47.06%, not the 47.10% written beside it.' }] },
  ],
});

describe('percent-fraction: related location', () => {
  it('points at the percentage written beside the fraction', () => {
    const [d] = lintWith(R, 'A total of 47.1% (17/36) of patients improved.').diagnostics;
    expect(d!.message).toBe('17/36 = 47.22%, which rounds to 47.2%, not the 47.1% written beside it.');
    expect(d!.related).toMatchObject([{ text: '47.1%', lang: 'en' }]);
  });
});
