import { describe, expect, it } from 'vitest';
import { meanReachable, reported } from '../../src/numbers/rounding.js';
import { ruleCases } from '../helpers/rule-cases.js';

ruleCases('grim', {
  valid: [
    'The number of attacks was 3.25 ± 1.1 per month in the treated group (n = 12).',
    'The mean number of lesions was 4.50 ± 2.1 (n = 20) at baseline.',
    'The number of episodes was 2.4 ± 0.9 in 150 participants (n = 150).',
    'Mean age was 45.37 ± 10.2 years (n = 12).',
    'The number of visits was 3.0 ± 1.2 (n = 7).',
    'The PASI score fell to 4.37 ± 2.2 after treatment (n = 12).',
    'The number of attacks was 3.25 ± 1.1 per month.',
    '病灶数为 3.25 ± 1.2 个（n = 12）。',
    '年龄为 45.37 ± 10.2 岁（n = 12）。',
    '发作次数为 2.4 ± 0.8 次（n = 200）。',
  ],
  invalid: [
    { text: 'The number of attacks was 3.27 ± 1.1 per month in the treated group (n = 12).', errors: [{ severity: 'error', lang: 'en', span: '3.27 ± 1.1', message: 'A mean of 12 whole numbers is a multiple of 1/12: no integer sum divided by 12 rounds to 3.27 (the nearest are 3.25 and 3.33).' }] },
    { text: 'The mean number of lesions was 4.53 ± 2.1 (n = 20) at baseline.', errors: [{ severity: 'error', lang: 'en', span: '4.53 ± 2.1', message: 'A mean of 20 whole numbers is a multiple of 1/20: no integer sum divided by 20 rounds to 4.53 (the nearest are 4.50 and 4.55).' }] },
    { text: 'The number of visits was 3.2 ± 1.2 in this small sample (n = 7).', errors: [{ severity: 'error', lang: 'en', span: '3.2 ± 1.2', message: 'A mean of 7 whole numbers is a multiple of 1/7: no integer sum divided by 7 rounds to 3.2 (the nearest are 3.1 and 3.3).' }] },
    { text: '病灶数为 3.27 ± 1.2 个（n = 12）。', errors: [{ severity: 'error', lang: 'zh', span: '3.27 ± 1.2', message: 'A mean of 12 whole numbers is a multiple of 1/12: no integer sum divided by 12 rounds to 3.27 (the nearest are 3.25 and 3.33).' }] },
  ],
});

describe('GRIM arithmetic', () => {
  it('accepts both roundings at a tie: 2.5/4 and 0.125 → 0.12 or 0.13', () => {
    expect(meanReachable(reported(0.13, 2), 8)).toBe(true); // 1/8 = 0.125, half up
    expect(meanReachable(reported(0.12, 2), 8)).toBe(true); // half even
    expect(meanReachable(reported(0.14, 2), 8)).toBe(false);
  });
});
