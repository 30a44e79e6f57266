import { describe, expect, it } from 'vitest';
import * as EN from '../../src/lang/en.js';
import * as ZH from '../../src/lang/zh.js';
import { matchUnit } from '../../src/extract/units.js';

describe('matchUnit', () => {
  it.each([
    [' months later', 'en', { unit: 'month', length: 7 }],
    ['-month visit', 'en', { unit: 'month', length: 6 }],
    [' °C', 'en', { unit: 'celsius', length: 3 }],
    [' μg/kg daily', 'en', { unit: 'μg/kg', length: 6 }],
    ['\u00a0patients', 'en', { unit: 'patient', length: 9 }],
    ['个月后', 'zh', { unit: 'month', length: 2 }],
    [' 例CR', 'zh', { unit: 'CR', length: 4 }],
    ['℃', 'zh', { unit: 'celsius', length: 1 }],
  ] as const)('reads the unit of %j (%s)', (after, lang, unit) => {
    expect(matchUnit(after, lang)).toEqual(unit);
  });

  it.each([', 95% CI', ') and', '%', '/17', '.', '', '   ', '(12 months)', '2 months'])('reads no unit after %j, which starts with neither a letter nor a dash', (after) => {
    expect(matchUnit(after, 'en')).toBeUndefined();
    expect(matchUnit(after, 'zh')).toBeUndefined();
  });

  // matchUnit tries no pattern after an ASCII sign or digit: no pattern of the tables may start with one.
  it('no unit pattern matches where the text after the number starts with an ASCII sign or digit', () => {
    const starts = [...Array(128).keys()].map((c) => String.fromCharCode(c)).filter((c) => !/[A-Za-z\s-]/.test(c));
    const tables = [...EN.UNITS, ...EN.COUNTED, ...ZH.UNITS, ...ZH.COUNTED].map(([re]) => re);
    const tails = ['months', 'patients', 'mg', 'CR', '个月', '例', 'times higher', 'clinical centers'];
    const matched = tables.flatMap((re) => starts.flatMap((c) => tails.filter((t) => re.test(` ${c}${t}`)).map((t) => `${re.source} ${c}${t}`)));
    expect(matched).toEqual([]);
  });
});
