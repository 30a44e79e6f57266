import { describe, expect, it } from 'vitest';
import { extractPassage } from '../../src/extract/index.js';
import type { Lang } from '../../src/types.js';
import { growth } from '../helpers/growth.js';

const read = (text: string, lang: Lang) =>
  extractPassage({ id: 'p', lang, offset: 0, length: text.length, text, sentences: [{ index: 0, offset: 0, length: text.length, text }] }, text);

describe('extraction cost grows linearly with the text', () => {
  it.each([
    ['a run of Chinese numerals', (n: number) => '一'.repeat(n), 'zh'],
    ['digits separated by spaces', (n: number) => '1 '.repeat(n), 'en'],
    ['tokenized thousands', (n: number) => '1 , '.repeat(n), 'zh'],
    // Spaces before a scale word (`13 万`) were read two ways, each tried against the other.
    ['a number before a run of spaces', (n: number) => `1${' '.repeat(n)}x`, 'en'],
    ['a Chinese number before a run of spaces', (n: number) => `1${' '.repeat(n)}多`, 'zh'],
  ] as [string, (n: number) => string, Lang][])('%s: 50,000 repeats take at most 8 times as long as 12,500', (_name, make, lang) => {
    const small = make(12_500);
    const large = make(50_000);
    // Linear gives 4; quadratic 16. The slack covers inputs read in a few milliseconds.
    const g = growth(() => read(small, lang), () => read(large, lang), { factor: 4, ratio: 8, slackMs: 50, runs: 5, warmUp: () => read(make(1000), lang) });
    expect(g.within, g.describe).toBe(true);
  });
});

describe('the growth measure', () => {
  it('fails quadratic work', () => {
    let sink = 0;
    const quadratic = (n: number) => {
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sink += (i ^ j) & 1;
    };
    const g = growth(() => quadratic(4000), () => quadratic(16_000), { factor: 4, ratio: 8, warmUp: () => quadratic(1000) });
    expect(g.within, g.describe).toBe(false);
    expect(sink).toBeGreaterThan(0);
  });
});
