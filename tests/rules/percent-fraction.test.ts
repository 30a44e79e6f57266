import { describe, expect, it } from 'vitest';
import { percentMatchesFraction, reported } from '../../src/numbers/rounding.js';
import { findings, lintWith } from '../helpers/lint.js';

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

describe('percent-fraction rule', () => {
  it.each([
    'A total of 47.1% (8/17) of patients improved.',
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
  ])('silent on %s', (text) => {
    expect(findings(R, text)).toEqual([]);
  });

  it.each([
    ['A total of 47.1% (17/36) of patients improved.', '17/36'],
    ['共有 47.1%(17/36)的银屑病患者改善。', '17/36'],
    ['Responses occurred in 9/17 (47.1%) patients.', '9/17'],
    ['The efficiency was 25% (3/8) for males.', '3/8'],
    ['80%（3/5）的患者达到 EASI-50。', '3/5'],
    ['Of the patients, 47.06% (8/17) improved, 12.0% (1/8) relapsed.', '1/8'],
    // Trailing zeros are reported precision: 47.10% claims two decimals, and 8/17 = 47.06%.
    ['Of the patients, 47.10% (8/17) improved.', '8/17'],
  ])('reports %s at %s', (text, at) => {
    const file = lintWith(R, text);
    expect(file.diagnostics.map((d) => [d.ruleId, d.severity, d.text])).toEqual([[R, 'error', at]]);
    expect(file.diagnostics[0]!.offset).toBe(text.indexOf(at));
  });

  it('explains the computed value and the rounding', () => {
    const [d] = lintWith(R, 'A total of 47.1% (17/36) of patients improved.').diagnostics;
    expect(d!.message).toBe('17/36 = 47.22%, which rounds to 47.2%, not the 47.1% written beside it.');
    expect(d!.related).toMatchObject([{ text: '47.1%', lang: 'en' }]);
  });
});
