import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintPair } from '../../src/lint.js';
import { lint } from '../../src/index.js';
import { lengthRatio } from '../../src/pair/position.js';
import type { Passage } from '../../src/types.js';
import { ROOT } from '../helpers/run-cli.js';

/** Real published pairs live beside the repository; the texts are read here, never copied. */
const CORPUS = fileURLToPath(new URL('../shared/corpus/', `file://${ROOT}`));
const FILES = {
  nejm: 'nejm-pairs.jsonl',
  medline: 'medline/wmt-medline-en2zh.jsonl',
  chinaxiv: 'chinaxiv/chinaxiv-dev.jsonl',
} as const;
const hasCorpus = Object.values(FILES).every((f) => existsSync(CORPUS + f));

interface CorpusPair {
  id: string;
  en: string;
  zh: string;
}
const read = (file: string): CorpusPair[] =>
  readFileSync(CORPUS + file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusPair);

/**
 * Each pair's two versions, one after the other with a blank line, as a bilingual file
 * holds them: the pipeline must find the pair itself, and then report exactly what the
 * explicit pair reports (the explicit pair's text is the same `en + "\n\n" + zh`).
 */
describe.skipIf(!hasCorpus)('corpus pairs linted as documents', () => {
  it.each([
    // Before pairing by position, 6 number-free Medline abstracts and 4 ChinaXiv ones were not paired, silently.
    ['nejm', []],
    ['medline', []],
    // Noisy PDF text: it states numbers the other lacks, so position alone does not pair them.
    ['chinaxiv', ['ChinaXiv-201804.00269V1']],
  ] as const)('%s: every pair is found but %j, and each of those is said in a notice', (name, unpaired) => {
    const missed: string[] = [];
    for (const pair of hasCorpus ? read(FILES[name]) : []) {
      const file = lint(`${pair.en}\n\n${pair.zh}`, { path: pair.id }).files[0]!;
      if (file.pairs.length === 0) {
        missed.push(pair.id);
        expect(file.notices).toEqual([expect.objectContaining({ code: 'unpaired-passages', severity: 'info', passages: ['p1', 'p2'] })]);
        continue;
      }
      expect([pair.id, file.pairs.map((p) => [p.en, p.zh]), file.notices]).toEqual([pair.id, [['p1', 'p2']], undefined]);
      expect([pair.id, file.diagnostics]).toEqual([pair.id, lintPair(pair.en, pair.zh, { path: pair.id }).diagnostics]);
    }
    expect(missed).toEqual(unpaired);
  });

  it('calibrates the length ratio: geometric mean 1.00 and log standard deviation 0.156 over the 139 pairs', () => {
    const passage = (lang: 'en' | 'zh', text: string): Passage => ({ id: lang, lang, offset: 0, length: text.length, text, sentences: [] });
    const logs = Object.values(FILES)
      .flatMap((f) => (hasCorpus ? read(f) : []))
      .map((p) => Math.log(lengthRatio(passage('en', p.en), passage('zh', p.zh))));
    const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / logs.length);
    expect([logs.length, Math.exp(mean).toFixed(2), sd.toFixed(3)]).toEqual([139, '1.00', '0.156']);
  });

  it('pairs four Medline abstracts in one file each with its own translation', () => {
    const pairs = hasCorpus ? read(FILES.medline) : [];
    for (let g = 0; g + 4 <= pairs.length; g += 4) {
      const group = pairs.slice(g, g + 4);
      const file = lint(group.map((p) => `${p.en}\n\n${p.zh}`).join('\n\n')).files[0]!;
      expect([g, file.pairs.map((p) => [p.en, p.zh])]).toEqual([
        g,
        [
          ['p1', 'p2'],
          ['p3', 'p4'],
          ['p5', 'p6'],
          ['p7', 'p8'],
        ],
      ]);
    }
  });
});
