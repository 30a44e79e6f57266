import { describe, expect, it } from 'vitest';
import { sameNumber } from '../../src/numbers/equality.js';

describe('sameNumber: two written values at the coarser precision', () => {
  it.each([
    [47.1, 1, 47, 0, true], // 47.1 rounds to 47
    [94.6, 1, 95, 0, true], // 94.6 rounds to 95
    [8, 0, 8.0, 1, true], // trailing zero
    [130000, 0, 130000, -4, true], // 130,000 = 13 万
    [12000, 0, 12000, -3, true], // 12,000 = 1.2万
    [47.1, 1, 47.2, 1, false], // same precision: exact
    [0.64, 2, 1, 0, false], // a one-digit coarse value says too little to absorb 0.64
    [2.9, 1, 3, 0, false],
    [0.46, 2, 0.5, 1, false],
    [47.15, 2, 47.1, 1, true], // ties accepted
    [47.16, 2, 47.1, 1, false],
  ])('%s (d%s) vs %s (d%s) → %s', (a, da, b, db, same) => {
    expect(sameNumber(a, da, b, db)).toBe(same);
    expect(sameNumber(b, db, a, da)).toBe(same);
  });
});
