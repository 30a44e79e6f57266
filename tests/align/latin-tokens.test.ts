import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinTokens, latinTokensIn, sentencesHoldEveryToken } from '../../src/anchors.js';

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
    // A set's word that is not lower-case is never a token's.
    ['HR and hr, Hr-positive.', ['HR', 'hR', 'hr-positive']],
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

describe('sentencesHoldEveryToken', () => {
  /** A passage of `text` at offset 100 whose sentences are the pieces between `cuts`, trimmed of spaces, in order. */
  const passage = (text: string, cuts: number[]) => {
    const bounds = [0, ...[...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
    const sentences = bounds.slice(1).flatMap((end, k) => {
      const start = bounds[k]!;
      const piece = text.slice(start, end);
      const lead = piece.length - piece.trimStart().length;
      const body = piece.trim();
      return body ? [{ index: k, offset: 100 + start + lead, length: body.length, text: body }] : [];
    });
    return { text, offset: 100, sentences };
  };

  it('says yes only when the sentences together have the words of the whole text', () => {
    const char = fc.constantFrom(...'aAbB-_1 .,('.split(''), 'ci', 'CI', 'ab-c');
    let held = 0;
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), fc.array(fc.nat(40), { maxLength: 4 }), (chars, cuts) => {
        const p = passage(chars.join(''), cuts);
        if (!sentencesHoldEveryToken(p)) return;
        held++;
        expect(p.sentences.flatMap((s) => latinTokens(s.text)).sort()).toEqual(latinTokens(p.text).sort());
      }),
      { numRuns: 3000, seed: 15 },
    );
    expect(held).toBeGreaterThan(1000);
  });

  it.each([
    ['Two sentences. Here.', [15], true],
    ['A sentence glued.To the next.', [17], true],
    ['Cut inside a word.', [15], false],
    ['Cut at a hyph-en.', [13], false],
    ['Words after. the sentences', [12, 0], true],
  ])('%j cut at %j: %s', (text, cuts, holds) => {
    expect(sentencesHoldEveryToken(passage(text, cuts))).toBe(holds);
  });

  it('says no when text outside every sentence has a word', () => {
    const p = passage('One. Two.', [4]);
    expect(sentencesHoldEveryToken({ ...p, sentences: p.sentences.slice(1) })).toBe(false);
    expect(sentencesHoldEveryToken({ ...p, sentences: p.sentences.slice(0, 1) })).toBe(false);
    expect(sentencesHoldEveryToken({ ...p, sentences: [...p.sentences].reverse() })).toBe(false);
  });
});
