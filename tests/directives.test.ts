import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { SourceDocument } from '../src/document.js';
import { disableLineInsertion, maskDirectives, parseDirectives } from '../src/directives.js';
import { runCli } from './helpers/run-cli.js';
import { SEED_001, seedText } from './helpers/temp.js';

const lines = seedText(SEED_001).split('\n');
const EN = lines[3]!;
const ZH = lines[4]!;
const doc = (...parts: string[]) => parts.join('\n');
const found = (text: string, reportUnused: 'off' | 'error' = 'off') =>
  lint(text, { reportUnusedDisableDirectives: reportUnused }).files[0]!.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.text}`);

describe('inline directives', () => {
  it('without directives the pair gives its three findings', () => {
    expect(found(doc(EN, ZH))).toEqual(['2:215 cohort-count 17/36', '2:215 pair-number-mismatch 17/36', '2:215 percent-fraction 17/36']);
  });

  it('disable-next-line silences the named rule on the next line only', () => {
    expect(found(doc(EN, '<!-- zhenlint-disable-next-line pair-number-mismatch -->', ZH))).toEqual(['3:215 cohort-count 17/36', '3:215 percent-fraction 17/36']);
    // Two lines down is out of its reach.
    expect(found(doc('<!-- zhenlint-disable-next-line pair-number-mismatch -->', EN, ZH))).toEqual([
      '3:215 cohort-count 17/36',
      '3:215 pair-number-mismatch 17/36',
      '3:215 percent-fraction 17/36',
    ]);
  });

  it('disable-next-line without ids silences every rule', () => {
    expect(found(doc(EN, '<!-- zhenlint-disable-next-line -->', ZH))).toEqual([]);
  });

  it('disable-line silences the named rule on its own line only, at the end or the start of the line', () => {
    expect(found(doc(EN, `${ZH} <!-- zhenlint-disable-line pair-number-mismatch -->`))).toEqual(['2:215 cohort-count 17/36', '2:215 percent-fraction 17/36']);
    const before = '<!-- zhenlint-disable-line percent-fraction, cohort-count -- checked --> ';
    expect(found(doc(EN, before + ZH))).toEqual([`2:${before.length + 215} pair-number-mismatch 17/36`]);
    // On the line above, it is out of its reach.
    expect(found(doc(EN, '<!-- zhenlint-disable-line pair-number-mismatch -->', ZH))).toEqual([
      '3:215 cohort-count 17/36',
      '3:215 pair-number-mismatch 17/36',
      '3:215 percent-fraction 17/36',
    ]);
  });

  it('disable-line without ids silences every rule on its line', () => {
    expect(found(doc(EN, `${ZH}<!-- zhenlint-disable-line -->`))).toEqual([]);
  });

  it('an unused disable-line is reported, by the ids that silenced nothing', () => {
    const named = '<!-- zhenlint-disable-line percent-fraction fraction-bounds -->';
    const all = '<!-- zhenlint-disable-line -->';
    const text = doc(EN, `${ZH} ${named}`, `Nothing here. ${all}`);
    const file = lint(text, { reportUnusedDisableDirectives: 'warning' }).files[0]!;
    const at = ZH.length + 2;
    expect(file.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column, d.endColumn, d.message])).toEqual([
      ['cohort-count', 'warning', 2, 215, 220, expect.any(String)],
      ['pair-number-mismatch', 'error', 2, 215, 220, expect.any(String)],
      ['unused-disable-directive', 'warning', 2, at, at + named.length, "Unused zhenlint-disable-line directive (no problems were reported from 'fraction-bounds')."],
      ['unused-disable-directive', 'warning', 3, 15, 15 + all.length, 'Unused zhenlint-disable-line directive (no problems were reported).'],
    ]);
  });

  it('disable … enable silences a region; ids may be separated by commas and followed by -- a reason', () => {
    expect(found(doc('<!-- zhenlint-disable percent-fraction, pair-number-mismatch -- checked with the authors -->', EN, ZH))).toEqual(['3:215 cohort-count 17/36']);
    expect(found(doc('<!-- zhenlint-disable percent-fraction -->', EN, '<!-- zhenlint-enable -->', ZH))).toEqual([
      '4:215 cohort-count 17/36',
      '4:215 pair-number-mismatch 17/36',
      '4:215 percent-fraction 17/36',
    ]);
    expect(found(doc('<!-- zhenlint-disable -->', EN, '<!-- zhenlint-enable percent-fraction -->', ZH))).toEqual(['4:215 percent-fraction 17/36']);
  });

  it('directives do not become passages: the pairing and the positions stay those of the file', () => {
    const text = doc('<!-- zhenlint-disable fraction-bounds -->', EN, '', '<!-- zhenlint-disable-next-line fraction-bounds -->', ZH);
    const file = lint(text).files[0]!;
    expect(file.passages.map((p) => [p.id, p.lang, p.line])).toEqual([
      ['p1', 'en', 2],
      ['p2', 'zh', 5],
    ]);
    expect(file.pairs).toHaveLength(1);
    expect(found(text)).toEqual(['5:215 cohort-count 17/36', '5:215 pair-number-mismatch 17/36', '5:215 percent-fraction 17/36']);
  });

  it('reports unused directives, and only the ids that silenced nothing', () => {
    const text = doc('<!-- zhenlint-disable percent-fraction fraction-bounds -->', EN, ZH, '<!-- zhenlint-disable-next-line -->', 'Nothing here.');
    const file = lint(text, { reportUnusedDisableDirectives: 'warning' }).files[0]!;
    expect(file.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column, d.endColumn, d.lang, d.message])).toEqual([
      ['unused-disable-directive', 'warning', 1, 1, 59, 'und', "Unused zhenlint-disable directive (no problems were reported from 'fraction-bounds')."],
      ['cohort-count', 'warning', 3, 215, 220, 'zh', expect.any(String)],
      ['pair-number-mismatch', 'error', 3, 215, 220, 'zh', expect.any(String)],
      ['unused-disable-directive', 'warning', 4, 1, 36, 'und', 'Unused zhenlint-disable-next-line directive (no problems were reported).'],
    ]);
    expect(found(text)).toEqual(['3:215 cohort-count 17/36', '3:215 pair-number-mismatch 17/36']);
  });

  it('ignores other HTML comments and malformed directives', () => {
    expect(found(doc('<!-- a comment -->', EN, '<!-- zhenlint-disable Percent_Fraction! -->', ZH))).toEqual([
      '4:215 cohort-count 17/36',
      '4:215 pair-number-mismatch 17/36',
      '4:215 percent-fraction 17/36',
    ]);
  });

  it('masking keeps every offset and line break', () => {
    const text = 'a\r\n<!-- zhenlint-disable x -->\nb';
    const d = parseDirectives(text, new SourceDocument(text));
    expect(d).toEqual([{ kind: 'disable', ruleIds: ['x'], offset: 3, length: 27, line: 2 }]);
    const masked = maskDirectives(text, d);
    expect(masked).toBe(`a\r\n${' '.repeat(27)}\nb`);
  });

  it('--report-unused-disable-directives reports them as errors from the command line', () => {
    const r = runCli(['-f', 'compact', '--stdin', '--stdin-filename', 'x.md', '--report-unused-disable-directives'], doc('<!-- zhenlint-disable -->', 'Nothing here.'));
    expect(r).toEqual({ code: 1, stdout: 'x.md:1:1: error Unused zhenlint-disable directive (no problems were reported). [unused-disable-directive]\n', stderr: '' });
    expect(runCli(['-f', 'compact', '--stdin'], doc('<!-- zhenlint-disable -->', 'Nothing here.'))).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('disableLineInsertion (the editor\'s "disable for this line")', () => {
  const insert = (text: string, offset: number, ruleId: string) => {
    const at = disableLineInsertion(text, offset, ruleId);
    return text.slice(0, at.offset) + at.text + text.slice(at.offset);
  };

  it('ends the finding\'s line with a disable-line comment that silences that rule there', () => {
    const text = doc(EN, ZH, '');
    const offset = text.indexOf('17/36');
    const silenced = insert(text, offset, 'percent-fraction');
    expect(silenced).toBe(doc(EN, `${ZH} <!-- zhenlint-disable-line percent-fraction -->`, ''));
    expect(found(silenced, 'error')).toEqual(['2:215 cohort-count 17/36', '2:215 pair-number-mismatch 17/36']);
  });

  it('stops at any line end (CRLF, CR, U+2028) and at the end of the text, and adds no second space', () => {
    expect(insert('a 1/2\r\nb', 2, 'r')).toBe('a 1/2 <!-- zhenlint-disable-line r -->\r\nb');
    expect(insert('a 1/2\rb', 2, 'r')).toBe('a 1/2 <!-- zhenlint-disable-line r -->\rb');
    expect(insert('a 1/2\u2028b', 2, 'r')).toBe('a 1/2 <!-- zhenlint-disable-line r -->\u2028b');
    expect(insert('a 1/2', 2, 'r')).toBe('a 1/2 <!-- zhenlint-disable-line r -->');
    expect(insert('a 1/2 \nb', 2, 'r')).toBe('a 1/2 <!-- zhenlint-disable-line r -->\nb');
  });
});
