import { describe, expect, it } from 'vitest';
import { countShared } from '../../src/anchors.js';

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
