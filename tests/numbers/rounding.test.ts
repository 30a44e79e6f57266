import { describe, expect, it } from 'vitest';
import { compose, contains, interval, meanReachable, meets, percentMatchesFraction, reported } from '../../src/numbers/rounding.js';

describe('reported numbers as intervals', () => {
  it('counts decimals from the text, trailing zeros included', () => {
    expect(interval(47.1, 1).lo).toBeCloseTo(47.05, 12);
    expect(interval(47.1, 1).hi).toBeCloseTo(47.15, 12);
    expect(interval(0.65, 2).lo).toBeCloseTo(0.645, 12);
    expect(interval(0.65, 2).hi).toBeCloseTo(0.655, 12);
    expect(interval(47.1, 2).hi).toBeCloseTo(47.105, 12);
  });

  it('makes comparators one-sided bounds and marks approximate wording', () => {
    expect(interval(0.05, 2, '<')).toEqual({ lo: -Infinity, hi: 0.05 });
    expect(interval(40, 0, '>=')).toEqual({ lo: 40, hi: Infinity });
    expect(interval(80, 0, '=', true)).toMatchObject({ approx: true });
  });

  it('accepts ties both ways, closed at both ends', () => {
    expect(contains(interval(0.12, 2), 0.125)).toBe(true);
    expect(contains(interval(0.13, 2), 0.125)).toBe(true);
    expect(percentMatchesFraction(reported(12, 0), 1, 8)).toBe(true); // 12.5% → 12 (half even)
    expect(percentMatchesFraction(reported(13, 0), 1, 8)).toBe(true); // 12.5% → 13 (half up)
    expect(percentMatchesFraction(reported(47.1, 1), 17, 36)).toBe(false);
  });

  it('one-sided bounds meet only the values on their side', () => {
    expect(meets(interval(0.001, 3, '<'), { lo: 0.0494, hi: 0.0506 })).toBe(false);
    expect(meets(interval(0.05, 2, '<'), { lo: 0.0494, hi: 0.0506 })).toBe(true);
  });

  it('composes a formula at the interval ends', () => {
    const ratio = compose([interval(8, 0), interval(17, 0)], (a, b) => a / b);
    expect(ratio.lo).toBeCloseTo(7.5 / 17.5, 12);
    expect(ratio.hi).toBeCloseTo(8.5 / 16.5, 12);
    expect(compose([interval(80, 0, '=', true)], (x) => x).approx).toBe(true);
  });

  it('answers GRIM in integer arithmetic', () => {
    expect(meanReachable(reported(3.25, 2), 12)).toBe(true);
    expect(meanReachable(reported(3.27, 2), 12)).toBe(false);
    expect(meanReachable(reported(0.3333333333, 10), 3)).toBe(true);
  });
});
