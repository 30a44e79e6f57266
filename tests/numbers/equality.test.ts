import { describe, expect, it } from 'vitest';
import { sameDate } from '../../src/extract/dates.js';
import { componentValues, firstValue, sameClaim, sameNumber } from '../../src/numbers/equality.js';
import type { Claim, DateParts } from '../../src/types.js';

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

describe('sameDate: the parts both dates state agree, and they share one', () => {
  it.each([
    [{ year: 2015, month: 4 }, { year: 2015, month: 4 }, true], // 2015年4月 = April 2015
    [{ year: 2015, month: 4 }, { year: 2016, month: 4 }, false], // April 2016
    [{ year: 2019, month: 7, day: 1 }, { year: 2019, month: 7, day: 1, swappable: true }, true], // 01/07/2019
    [{ year: 2019, month: 1, day: 7 }, { year: 2019, month: 7, day: 1, swappable: true }, true], // month first
    [{ year: 2019, month: 7, day: 13 }, { year: 2019, month: 7, day: 1, swappable: true }, false],
    [{ month: 10 }, { year: 2020, month: 10 }, true], // 10月底 and October 2020
    [{ month: 5 }, { year: 2020 }, false], // nothing shared
    [{ year: 1980, decade: true }, { year: 1980, decade: true }, true], // 20世纪80年代 = 1980s
    [{ year: 1980, decade: true }, { year: 1980 }, false],
  ] as [DateParts, DateParts, boolean][])('%j vs %j → %s', (a, b, same) => {
    expect(sameDate(a, b)).toBe(same);
    expect(sameDate(b, a)).toBe(same);
  });
});

describe('sameClaim across units a translation converts between', () => {
  const claim = (value: number, decimals: number, unit: string, over: Partial<Claim> = {}): Claim => ({
    id: 'c', kind: 'number', lang: 'en', offset: 0, length: 1, text: '', value, decimals, form: 'digits', passage: 'p', sentence: 0, unit, ...over,
  });
  it.each([
    [150, 0, 'mmhg', 20, 1, 'kpa', true], // 20.0 kPa: 150 / 7.5006 = 19.998
    [140, 0, 'mmhg', 18.7, 1, 'kpa', true], // 18.665 rounds to 18.7, and 18.7 kPa is 140.3 mmHg
    [140, 0, 'mmhg', 18.6, 1, 'kpa', false],
    [150, 0, 'mmhg', 21, 0, 'kpa', false], // 21 kPa is 157.5 mmHg
    [1.5, 1, 'hour', 90, 0, 'minute', true],
    [2, 0, 'hour', 100, 0, 'minute', false],
    [5, 0, 'mm', 0.5, 1, 'cm', true],
    [0.5, 1, 'g', 500, 0, 'mg', true],
    [1, 0, 'g', 1400, 0, 'mg', false], // 1400 mg is 1.4 g, which a whole 1 g does not state
    [2.5, 1, 'mg/l', 2.5, 1, 'μg/ml', true], // the same unit, named twice
    [3, 0, 'mmol', 3000, 0, 'μmol', true],
    [5, 0, 'mg', 5, 0, 'mmol', false], // mass and amount: no conversion without a molar mass
    [9860, 0, 'yuan/ha', 657, 0, 'yuan/mu', true], // 657.3: as many significant digits as its source, though 657 × 15 is 9 855
    [7.92, 2, 't/ha', 528, 0, 'kg/mu', true], // a hectare is 15 亩
    [3.33, 2, 'ha', 50, 0, 'mu', true],
    [145, 0, 'mmhg', 19, 0, 'kpa', false], // 19.33: two significant digits of a source's three
  ])('%s (d%s) %s vs %s (d%s) %s → %s', (a, da, ua, b, db, ub, same) => {
    expect(sameClaim(claim(a, da, ua), claim(b, db, ub, { lang: 'zh' }))).toBe(same);
    expect(sameClaim(claim(b, db, ub), claim(a, da, ua, { lang: 'zh' }))).toBe(same);
  });
  it('converts both ends of a range', () => {
    const range = (low: number, high: number, decimals: number, unit: string): Claim => claim(low, decimals, unit, { kind: 'range', low, high });
    expect(sameClaim(range(1, 2, 0, 'hour'), range(60, 120, 0, 'minute'))).toBe(true);
    expect(sameClaim(range(1, 2, 0, 'hour'), range(60, 100, 0, 'minute'))).toBe(false);
  });
});

describe('sameClaim on bounds and ages', () => {
  const claim = (over: Partial<Claim>): Claim => ({
    id: 'c', kind: 'number', lang: 'en', offset: 0, length: 1, text: '', value: 0, decimals: 0, form: 'digits', passage: 'p', sentence: 0, ...over,
  });
  it('reads ≥9 as more than 8 for whole numbers, and no other way', () => {
    expect(sameClaim(claim({ value: 9, comparator: '>=', unit: 'year' }), claim({ value: 8, comparator: '>', unit: 'year' }))).toBe(true);
    expect(sameClaim(claim({ value: 9, comparator: '>=', unit: 'year' }), claim({ value: 9, comparator: '>', unit: 'year' }))).toBe(false);
    expect(sameClaim(claim({ value: 5, comparator: '<=' }), claim({ value: 6, comparator: '<' }))).toBe(true);
    expect(sameClaim(claim({ value: 8.5, decimals: 1, comparator: '>=' }), claim({ value: 7.5, decimals: 1, comparator: '>' }))).toBe(false);
  });
  it('lets a high end stated in years stand for the months of that year', () => {
    const years = claim({ kind: 'range', value: 6, low: 6, high: 60, unit: 'month', highYears: true }); // 6月龄~5岁
    expect(sameClaim(years, claim({ kind: 'range', value: 6, low: 6, high: 59, unit: 'month' }))).toBe(true); // 6-59 months
    expect(sameClaim(years, claim({ kind: 'range', value: 6, low: 6, high: 71, unit: 'month' }))).toBe(true);
    expect(sameClaim(years, claim({ kind: 'range', value: 6, low: 6, high: 47, unit: 'month' }))).toBe(false);
    expect(sameClaim(years, claim({ kind: 'range', value: 6, low: 6, high: 72, unit: 'month' }))).toBe(false);
  });
});

describe('firstValue: the first of componentValues', () => {
  const claim = (over: Partial<Claim>): Claim => ({
    id: 'c', kind: 'number', lang: 'en', offset: 0, length: 1, text: '', value: 0, decimals: 0, form: 'digits', passage: 'p', sentence: 0, ...over,
  });
  it.each([
    ['fraction', claim({ kind: 'fraction', value: 0.25, num: 3, den: 12 }), 3],
    ['ratio', claim({ kind: 'ratio', value: 2, num: 2, den: 1 }), 2],
    ['range', claim({ kind: 'range', value: 6, low: 6, high: 71 }), 6],
    ['percent', claim({ kind: 'percent', value: 47.1 }), 47.1],
    ['number', claim({ kind: 'number', value: 12 }), 12],
  ])('a %s claim', (_kind, c, first) => {
    expect(firstValue(c)).toBe(first);
    expect(componentValues(c)[0]).toBe(first);
  });
});
