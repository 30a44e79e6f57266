import { describe, expect, it } from 'vitest';
import { countShared, countSharedRuns, keyValue, valueKey } from '../../src/anchors.js';

describe('countShared', () => {
  it.each([
    [[], [], 0, 0],
    [[1, 2, 3, 8], [2, 3, 5, 8, 9], 3, 1],
    [[2, 4, 6], [1, 3, 5, 7], 0, 0],
    [[1, 3, 5], [1, 3, 5], 3, 3],
  ])('%j and %j share %i codes, %i of them marked', (a, b, all, marked) => {
    const out = { all: -1, marked: -1 };
    expect(countShared(Int32Array.from(a), Int32Array.from(b), out)).toBe(out);
    expect(out).toEqual({ all, marked });
  });
});

describe('countSharedRuns', () => {
  it('counts the codes two runs of one array share, and nothing outside them', () => {
    // Runs of one array: [0, 4) is 1, 2, 3, 9 and [4, 7) is 3, 5, 9; [1, 3) is 2, 3, without the 9 after it.
    const codes = Int32Array.from([1, 2, 3, 9, 3, 5, 9]);
    const out = { all: -1, marked: -1 };
    expect(countSharedRuns(codes, 1, 3, codes, 4, 7, out)).toBe(out);
    expect(out).toEqual({ all: 1, marked: 1 });
    expect(countSharedRuns(codes, 0, 4, codes, 4, 7, out)).toEqual({ all: 2, marked: 2 });
    expect(countSharedRuns(codes, 1, 2, codes, 0, 4, out)).toEqual({ all: 1, marked: 0 });
    expect(countSharedRuns(codes, 0, 1, codes, 4, 7, out)).toEqual({ all: 0, marked: 0 });
  });
});

describe('claim keys', () => {
  it('two values have one key exactly when keyValue gives the same number', () => {
    for (const [a, b] of [[0.1 + 0.2, 0.3], [0, -0], [1e-20, 1.0000000000001e-20], [12, 12.0000000000001], [5, 6]] as const) {
      expect(valueKey(a) === valueKey(b)).toBe(new Map([[keyValue(a), 1]]).has(keyValue(b)));
    }
    expect(valueKey(0.1 + 0.2)).toBe('0.3');
    expect(keyValue(-0)).toBe(0);
    for (const v of [7, -12, 999_999_999_999, 1e12, 123_456_789_012_345, 0.1 + 0.2]) expect(keyValue(v)).toBe(Number(v.toPrecision(12)));
  });
});
