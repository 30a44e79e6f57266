import { describe, expect, it } from 'vitest';
import type { Extraction, Unit } from '../../src/input/types.js';
import { lintExtraction } from '../../src/runner/unit.js';

const EN = 'Of 17 patients enrolled, 47.1% (8/17) improved.';
const ZH = '共纳入17例患者，47.1%（17/36）改善。';

/**
 * A unit built by hand from pieces of the source: each piece is either text that stands in
 * the source as it reads (mapped character by character) or a character the reader wrote
 * (a line break, a decoded entity) that points at one place.
 */
function unitOf(source: string, pieces: ({ from: string; at?: number } | { char: string; at: number })[]): Unit {
  let text = '';
  const offsets: number[] = [];
  let cursor = 0;
  for (const p of pieces) {
    if ('char' in p) {
      text += p.char;
      offsets.push(p.at);
      continue;
    }
    const start = source.indexOf(p.from, p.at ?? cursor);
    for (let i = 0; i < p.from.length; i++) offsets.push(start + i);
    text += p.from;
    cursor = start + p.from.length;
  }
  offsets.push(cursor);
  return { text, offsets: Int32Array.from(offsets), langs: [] };
}

describe('findings in a structured file point into the original file', () => {
  const source = `<article>\n<abstract xml:lang="en"><p>${EN}</p></abstract>\n<trans-abstract xml:lang="zh"><p>${ZH}</p></trans-abstract>\n</article>\n`;
  const zhStart = source.indexOf('<trans-abstract');
  const unit = { ...unitOf(source, [{ from: EN }, { char: '\n', at: zhStart }, { char: '\n', at: zhStart }, { from: ZH }]), id: 'pmid:1', langs: [] };
  const extraction: Extraction = { format: 'jats', source, units: [unit], problems: [] };
  const file = lintExtraction('a.xml', extraction, {});

  it('moves each finding, with its line and column, to the characters it is about', () => {
    expect(file.diagnostics.map((d) => [d.ruleId, d.text, d.offset, d.line, d.column, source.slice(d.offset, d.offset + d.length)])).toEqual([
      ['cohort-count', '17/36', source.indexOf('17/36'), 3, source.split('\n')[2]!.indexOf('17/36') + 1, '17/36'],
      ['pair-number-mismatch', '17/36', source.indexOf('17/36'), 3, source.split('\n')[2]!.indexOf('17/36') + 1, '17/36'],
      ['percent-fraction', '17/36', source.indexOf('17/36'), 3, source.split('\n')[2]!.indexOf('17/36') + 1, '17/36'],
    ]);
    const mismatch = file.diagnostics.find((d) => d.ruleId === 'pair-number-mismatch')!;
    expect(mismatch.related.map((r) => [r.text, source.slice(r.offset, r.offset + r.length), r.line])).toEqual([['8/17', '8/17', 2]]);
    expect(mismatch.fix).toEqual({ offset: source.indexOf('17/36'), length: 5, replacement: '8/17' });
  });

  it('lists the unit, and its passages and pairs in the file', () => {
    expect([file.format, file.units]).toEqual([
      'jats',
      [{ id: 'pmid:1', offset: source.indexOf(EN), length: source.indexOf(ZH) + ZH.length - source.indexOf(EN), line: 2, endLine: 3, langs: [] }],
    ]);
    expect(file.passages.map((p) => [p.id, p.lang, source.slice(p.offset, p.offset + p.length)])).toEqual([
      ['p1', 'en', EN],
      ['p2', 'zh', ZH],
    ]);
    expect(file.pairs).toEqual([{ en: 'p1', zh: 'p2', score: expect.any(Number) }]);
  });

  it('drops a fix where the claim holds an entity or a tag in the file, and never fixes DOCX', () => {
    const withEntity = source.replace('17/36', '17&#x2F;36');
    const at = withEntity.indexOf('17&#x2F;36');
    const zhUnit = unitOf(withEntity, [{ from: EN }, { char: '\n', at: zhStart }, { char: '\n', at: zhStart }, { from: '共纳入17例患者，47.1%（17' }, { char: '/', at: at + 2 }, { from: '36）改善。', at: at + 8 }]);
    expect(zhUnit.text).toBe(`${EN}\n\n${ZH}`);
    const entity = lintExtraction('a.xml', { format: 'jats', source: withEntity, units: [zhUnit], problems: [] }, {});
    const mismatch = entity.diagnostics.find((d) => d.ruleId === 'pair-number-mismatch')!;
    expect([withEntity.slice(mismatch.offset, mismatch.offset + mismatch.length), mismatch.fix]).toEqual(['17&#x2F;36', undefined]);
    const docx = lintExtraction('a.docx', { ...extraction, format: 'docx' }, {});
    expect(docx.diagnostics.filter((d) => d.fix)).toEqual([]);
  });

  it('keeps passage ids unique over several units, and says what the markup left unread', () => {
    const two = lintExtraction('set.xml', { format: 'pubmed', source, units: [unit, { ...unit, id: 'pmid:2' }], problems: ['line 9: unclosed <abstract>'] }, {});
    expect(two.units!.map((u) => u.id)).toEqual(['pmid:1', 'pmid:2']);
    expect(two.passages.map((p) => p.id)).toEqual(['u1.p1', 'u1.p2', 'u2.p1', 'u2.p2']);
    expect(two.pairs.map((p) => `${p.en}-${p.zh}`)).toEqual(['u1.p1-u1.p2', 'u2.p1-u2.p2']);
    expect(two.notices).toEqual([{ code: 'unreadable-markup', severity: 'warning', message: 'line 9: unclosed <abstract>' }]);
  });

  it('applies the baseline and --quiet to the whole file, as to a text file', () => {
    const quiet = lintExtraction('a.xml', extraction, {}, { quiet: true });
    expect(quiet.diagnostics.map((d) => d.ruleId)).toEqual(['pair-number-mismatch', 'percent-fraction']);
  });
});
