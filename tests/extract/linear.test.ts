import { describe, expect, it } from 'vitest';
import { extractPassage } from '../../src/extract/index.js';
import type { Lang } from '../../src/types.js';

const read = (text: string, lang: Lang) =>
  extractPassage({ id: 'p', lang, offset: 0, length: text.length, text, sentences: [{ index: 0, offset: 0, length: text.length, text }] }, text);

describe('extraction cost grows linearly with the text', () => {
  it.each([
    ['a 50,000-character run of Chinese numerals', '一'.repeat(50_000), 'zh'],
    ['50,000 digits separated by spaces', '1 '.repeat(50_000), 'en'],
    ['30,000 tokenized thousands', '1 , '.repeat(30_000), 'zh'],
  ] as [string, string, Lang][])('%s', (_name, text, lang) => {
    const start = performance.now();
    read(text, lang);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
