import { describe, expect, it } from 'vitest';
import { PatternTable } from '../../src/extract/pattern-table.js';

describe('PatternTable', () => {
  const patterns = [/^\s*(mg)\/(kg)/i, /^\s*(m)(g)?/i, /^\s*d(?![a-z])/, /^\s*(days?)/i, /^\s*(weeks?)/i, /(CFU)/, /^\s*(x)/i];
  const table = new PatternTable(patterns);
  // The match as an array of strings: a pattern searched alone gives the engine's match, with its index.
  const first = (text: string, from = 0) => {
    const found = table.first(text, from);
    return found && { index: found.index, match: [...found.match] };
  };
  const loop = (text: string, from = 0) => {
    for (let i = from; i < patterns.length; i++) {
      const m = patterns[i]!.exec(text);
      if (m) return { index: i, match: [...m] };
    }
    return undefined;
  };

  it('gives the first pattern in table order that matches, with that pattern’s own groups', () => {
    expect(first(' MG/KG daily')).toEqual({ index: 0, match: [' MG/KG', 'MG', 'KG'] });
    expect(first(' mL')).toEqual({ index: 1, match: [' m', 'm', undefined] });
    expect(first(' d later')).toEqual({ index: 2, match: [' d'] });
    expect(first(' Days')).toEqual({ index: 3, match: [' Days', 'Days'] });
    expect(first(' weeks')).toEqual({ index: 4, match: [' weeks', 'weeks'] });
  });

  it('tries a pattern that is not anchored at its place in the order, anywhere in the text', () => {
    expect(first(' 10 CFU x')).toEqual({ index: 5, match: ['CFU', 'CFU'] });
    expect(first(' x CFU')).toEqual({ index: 5, match: ['CFU', 'CFU'] });
    expect(first(' x')).toEqual({ index: 6, match: [' x', 'x'] });
    expect(first(' none')).toBeUndefined();
  });

  it('continues after a pattern the caller passes over', () => {
    expect(first(' mg/kg', 1)).toEqual({ index: 1, match: [' mg', 'm', 'g'] });
    expect(first(' mg/kg', 2)).toBeUndefined();
  });

  it('counts only the groups a pattern captures, whatever its brackets, classes and lookarounds hold', () => {
    const odd = [/^\s*[(](?:a)(?=b)(b)/, /^\s*\((?<=\()(?<!x)(c)\)/, /^\s*[\](](d)/, /^\s*(?<n>e)(f)/, /^\s*(g)/];
    const joined = new PatternTable(odd);
    for (const text of [' (ab', ' (c)', ' ]d', ' (d', ' ef', ' g']) {
      const found = joined.first(text);
      const i = odd.findIndex((re) => re.test(text));
      expect(found && { index: found.index, match: [...found.match] }).toEqual({ index: i, match: [...odd[i]!.exec(text)!] });
    }
  });

  it('agrees with trying the patterns one by one', () => {
    for (const text of ['', ' ', 'mg', ' Mg/Kg', ' m', ' dx', ' d', ' day', ' WEEK', 'CFU', ' xCFU', 'weeks', '\tD', ' d-']) {
      for (const from of [0, 1, 3]) {
        expect(first(text, from)).toEqual(loop(text, from));
      }
    }
  });
});
