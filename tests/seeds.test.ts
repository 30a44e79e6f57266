import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { ROOT } from './helpers/run-cli.js';

const SEEDS = readdirSync(`${ROOT}seeds`).sort();
const read = (name: string) => readFileSync(`${ROOT}seeds/${name}`, 'utf8');

describe('seed documents', () => {
  it('are the five documents of the shared seed set', () => {
    expect(SEEDS).toEqual([
      '000_ea32151a420e5e16.txt',
      '001_b2d88acf0b6bdb1d.txt',
      '002_4e93823790312d12.txt',
      '003_521f329fc4cb694b.txt',
      '004_9a05efdc7efa0b0f.txt',
    ]);
  });

  it('001: the Chinese 17/36 is reported by the mismatch and the percent rules, warned by cohort-count, and nothing else', () => {
    const text = read('001_b2d88acf0b6bdb1d.txt');
    const file = lint(text, { path: 'seeds/001' }).files[0]!;
    expect(file.pairs).toEqual([{ en: 'p1', zh: 'p2', score: expect.any(Number) }]);
    const at = text.indexOf('17/36');
    const rows = file.diagnostics.map((d) => [d.ruleId, d.severity, d.lang, d.text, d.offset, d.length, d.line, d.column, d.endColumn]);
    expect(rows).toEqual([
      // 36 is neither the 17 patients enrolled nor a group the Chinese states.
      ['cohort-count', 'warning', 'zh', '17/36', at, 5, 5, 215, 220],
      ['pair-number-mismatch', 'error', 'zh', '17/36', at, 5, 5, 215, 220],
      ['percent-fraction', 'error', 'zh', '17/36', at, 5, 5, 215, 220],
    ]);
    const mismatch = file.diagnostics[1]!;
    expect(mismatch.fix).toEqual({ offset: at, length: 5, replacement: '8/17' });
    expect(mismatch.message).toContain('the Chinese is likely wrong');
    expect(mismatch.related).toMatchObject([{ lang: 'en', text: '8/17', offset: text.indexOf('8/17'), line: 4 }]);
    expect(mismatch).toMatchObject({ actual: '17/36', expected: '8/17' });
    expect(file.diagnostics[2]!.related).toMatchObject([{ lang: 'zh', text: '47.1%' }]);
    expect(file.diagnostics[0]!.message).toBe('17/36 counts out of 36, but the abstract enrolled 17 (17 名) and states no group of 36.');
  });

  it.each(['000_ea32151a420e5e16.txt', '002_4e93823790312d12.txt', '003_521f329fc4cb694b.txt', '004_9a05efdc7efa0b0f.txt'])(
    '%s: no pair (its Chinese, if any, is page chrome) and no diagnostic',
    (name) => {
      const file = lint(read(name)).files[0]!;
      expect(file.pairs).toEqual([]);
      expect(file.passages.every((p) => p.lang === 'en')).toBe(true);
      expect(file.diagnostics).toEqual([]);
    },
  );

  it('reads no amount out of identifiers, names and metadata', () => {
    const claimsOf = (name: string) => {
      const text = read(name);
      return lint(text).files[0]!.diagnostics.map((d) => d.text);
    };
    // Every seed together: only the 17/36 findings remain.
    expect(SEEDS.flatMap(claimsOf)).toEqual(['17/36', '17/36', '17/36']);
  });
});
