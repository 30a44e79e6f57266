import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinTokens, latinTokensIn } from '../../src/anchors.js';

/** The token pattern both functions read in one pass over the characters. */
const ACRONYM = /\b[A-Za-z][A-Za-z-]*[A-Za-z]\b/g;
const tokens = (text: string) => (text.match(ACRONYM) ?? []).map((t) => t.toLowerCase());
/** What latinTokensIn must return: the pattern's words, those the set holds, in order. */
const reference = (text: string, only: ReadonlySet<string>) => tokens(text).filter((t) => only.has(t));

describe('latinTokens', () => {
  it('gives the words the pattern gives, lower-cased, on any text', () => {
    const char = fc.constantFrom(...'aAbBcCiIzZ-_1 .,(é'.split(''), 'ci', 'CI', 'or', 'ab-c');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(latinTokens(text)).toEqual(tokens(text));
      }),
      { numRuns: 3000, seed: 15 },
    );
  });
});

describe('latinTokensIn', () => {
  it.each([
    ['The IL-6 and anti-PD-1 arms (HR, 0.5; 95% CI) vs. TNF-α.', ['il', 'anti-pd', 'hr', 'ci', 'tnf', 'vs']],
    ['x1 ab-1 a-b1 _ab ab_ CI-', ['ab', 'ci']],
    ['In OR, or more; ORs were high.', ['or', 'ors']],
  ])('reads %j as latinTokens does', (text, words) => {
    const only = new Set(words);
    expect(latinTokensIn(text, only)).toEqual(reference(text, only));
  });

  it('gives the words latinTokens gives that the set holds, on any text', () => {
    const char = fc.constantFrom(...'aAbBcCiIzZ-_1 .,(é'.split(''), 'ci', 'CI', 'or', 'ab-c');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.uniqueArray(fc.constantFrom('ci', 'or', 'ab', 'ab-c', 'a-b', 'bz', 'iz', 'zz-a'), { maxLength: 5 }), (chars, words) => {
        const text = chars.join('');
        const only = new Set(words);
        expect(latinTokensIn(text, only)).toEqual(reference(text, only));
      }),
      { numRuns: 3000, seed: 15 },
    );
  });
});
