import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluations } from '../helpers/rule-cases.js';
import { ROOT } from '../helpers/run-cli.js';

const read = (name: string) => readFileSync(`${ROOT}seeds/${name}`, 'utf8');
const held = (name: string, rule: string) => evaluations(read(name), rule).map((e) => [e.holds, e.constraint]);

describe('constraints the seed documents state, evaluated and found consistent', () => {
  it('000: six patients, four of them, the two others', () => {
    expect(held('000_ea32151a420e5e16.txt', 'cohort-count')).toEqual([
      [true, 'four of them ≤ 6'],
      [true, 'four ≤ 6'],
      [true, 'two of them ≤ 6'],
      [true, 'the 2: 6 − 4 = 2'],
    ]);
  });

  it('001: the subgroups 2/8 and 6/9 split 8/17 in the English; the Chinese 17/36 has no group of 36', () => {
    expect(held('001_b2d88acf0b6bdb1d.txt', 'subgroup-sum')).toEqual([[true, '2/8, 6/9 split 8/17: 2 + 6 = 8 of 8 + 9 = 17']]);
    expect(held('001_b2d88acf0b6bdb1d.txt', 'cohort-count')).toEqual([
      [true, '8/17: 17 is the cohort'],
      [true, '3/17: 17 is the cohort'],
      [true, '2/8: 8 is a group the abstract states'],
      [true, '6/9: 9 and the denominator beside it split a stated group'],
      [false, '17/36: 36 is neither the cohort of 17 nor a stated group'],
      [true, '3/17: 17 is the cohort'],
      [true, '2/8: 8 and the denominator beside it split a stated group'],
      [true, '6/9: 9 and the denominator beside it split a stated group'],
    ]);
  });

  it('003: four adult and two pediatric patients make the 6 of "1 of 6"', () => {
    expect(held('003_521f329fc4cb694b.txt', 'cohort-count')).toEqual([[true, '1 of 6: 6 is the cohort']]);
    expect(held('003_521f329fc4cb694b.txt', 'range-order').map(([h]) => h)).toEqual([true, true, true]);
  });

  it('004: the breakdowns sum to the ten patients and the CTC result is worded as significant with P < 0.05', () => {
    expect(held('004_9a05efdc7efa0b0f.txt', 'significance-wording')).toEqual([[true, '"statistically significant" with P< 0.05']]);
    expect(held('004_9a05efdc7efa0b0f.txt', 'breakdown-sum').every(([h]) => h)).toBe(true);
  });
});
