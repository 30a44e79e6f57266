import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceDocument } from '../../src/document.js';
import { lint, lintPair as lintExplicitPair } from '../../src/index.js';
import { hasLineBreak, LineStarts, splitLines } from '../../src/line-breaks.js';
import { segment } from '../../src/segment/index.js';
import { SEED_001, seedText } from '../helpers/temp.js';

const SEPARATORS = [
  ['LINE SEPARATOR', '\u2028'],
  ['PARAGRAPH SEPARATOR', '\u2029'],
  ['NEL', '\u0085'],
  ['form feed', '\f'],
  ['vertical tab', '\v'],
] as const;

const rows = (text: string) =>
  lint(text).files[0]!.diagnostics.map((d) => [d.ruleId, d.severity, d.text, d.line, d.column, d.endLine, d.endColumn, d.message]);

describe('Unicode line ends', () => {
  const seed = seedText(SEED_001);

  it('the seed with LF gives its three findings', () => {
    expect(rows(seed).map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ['cohort-count', 'warning', '17/36', 5, 215],
      ['pair-number-mismatch', 'error', '17/36', 5, 215],
      ['percent-fraction', 'error', '17/36', 5, 215],
    ]);
  });

  it.each(SEPARATORS)('the seed with its line ends replaced by %s gives the same findings at the same lines and columns', (_, sep) => {
    const text = seed.replace(/\r?\n/g, sep);
    expect(text).not.toContain('\n');
    expect(rows(text)).toEqual(rows(seed));
    expect(segment(text).passages.map((p) => [p.lang, p.offset, p.length])).toEqual(segment(seed).passages.map((p) => [p.lang, p.offset, p.length]));
  });

  it.each(SEPARATORS)('%s ends a line in positions', (_, sep) => {
    const doc = new SourceDocument(`ab${sep}cd\r\nef\rg`);
    expect(doc.lineStarts).toEqual([0, 3, 7, 10]);
    expect(doc.positionAt(4)).toEqual({ line: 2, column: 2 });
  });

  it('a document of more lines than its first line buffer holds keeps every line start', () => {
    const text = Array.from({ length: 70 }, (_, i) => `line ${i + 1}`).join('\r\n');
    const doc = new SourceDocument(text);
    expect(doc.lineStarts).toEqual(splitLines(text).map((l) => l.offset));
    expect(doc.positionAt(text.indexOf('line 70') + 5)).toEqual({ line: 70, column: 6 });
  });

  it('split lines keep CRLF as one end and a final empty line after a trailing end', () => {
    expect(splitLines('a\r\nb\u2028\u2029c\n')).toEqual([
      { offset: 0, text: 'a' },
      { offset: 3, text: 'b' },
      { offset: 5, text: '' },
      { offset: 6, text: 'c' },
      { offset: 8, text: '' },
    ]);
  });

  it('an explicit pair side split by LINE SEPARATOR reads as two lines', () => {
    const en = 'Seventeen patients were enrolled.\u2028A total of 47.1% (8/17) improved.';
    const zh = '共招募了 17 名患者。\u2028共有 47.1%(17/36)的患者改善。';
    const r = lintExplicitPair(en, zh);
    expect(r.diagnostics.map((d) => [d.ruleId, d.lang, d.text, d.line, d.column])).toEqual([
      ['cohort-count', 'zh', '17/36', 2, 10],
      ['pair-number-mismatch', 'zh', '17/36', 2, 10],
      ['percent-fraction', 'zh', '17/36', 2, 10],
    ]);
  });
});

describe('the line index of a text read in chunks', () => {
  it('starts its lines where splitLines does, wherever the chunks are cut (a CRLF across two included)', () => {
    const char = fc.constantFrom('a', '中', ' ', '\r', '\n', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), fc.array(fc.nat(40), { maxLength: 5 }), (chars, cuts) => {
        const text = chars.join('');
        const bounds = [0, ...cuts.filter((c) => c <= text.length).sort((a, b) => a - b), text.length];
        const lines = new LineStarts();
        for (let k = 1; k < bounds.length; k++) lines.add(text.slice(bounds[k - 1], bounds[k]));
        expect(lines.all()).toEqual(splitLines(text).map((l) => l.offset));
        expect(hasLineBreak(text)).toBe(splitLines(text).length > 1);
      }),
      { numRuns: 3000, seed: 17 },
    );
  });

  it('gives the lines of chunks with a CR at the end of one and an LF opening the next', () => {
    const lines = new LineStarts();
    for (const chunk of ['a\r', '\nb\r', '', '\n', 'c\r', 'd']) lines.add(chunk);
    expect(lines.all()).toEqual([0, 3, 6, 8]);
  });
});
