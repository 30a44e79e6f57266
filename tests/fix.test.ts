import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFix, writeFix } from '../src/runner/fix.js';
import { applyFixes, lint } from '../src/index.js';
import type { FileReport } from '../src/report/schema.js';
import { encodeGb18030, utf16, utf32 } from './helpers/encode.js';
import { ROOT, runCli } from './helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from './helpers/temp.js';

const original = seedText(SEED_001);
const at = original.indexOf('17/36');
const fixedText = original.slice(0, at) + '8/17' + original.slice(at + 5);

describe('applyFixes', () => {
  it('applies the 001 fix once even when two findings carry it', () => {
    const diagnostics = lint(original).files[0]!.diagnostics;
    // cohort-count comes first (same offset, sorted by rule id) and carries no fix.
    expect(diagnostics.map((d) => [d.ruleId, d.fix !== undefined])).toEqual([
      ['cohort-count', false],
      ['pair-number-mismatch', true],
      ['percent-fraction', false],
    ]);
    const fix = diagnostics[1]!.fix!;
    const r = applyFixes(original, [...diagnostics, { fix: { ...fix } }]);
    expect(r).toEqual({ text: fixedText, applied: [fix], skipped: [] });
  });

  it('applies fixes in text order whatever their order in the report, and skips overlapping and out-of-range ones', () => {
    const text = '0123456789';
    const r = applyFixes(text, [
      { fix: { offset: 6, length: 2, replacement: 'b' } },
      { fix: { offset: 1, length: 3, replacement: 'a' } },
      { fix: { offset: 3, length: 2, replacement: 'x' } },
      { fix: { offset: 8, length: 0, replacement: '+' } },
      { fix: { offset: 9, length: 5, replacement: 'y' } },
      {},
    ]);
    expect(r.text).toBe('0a45b+89');
    expect(r.applied.map((f) => f.replacement)).toEqual(['a', 'b', '+']);
    expect(r.skipped.map((f) => f.replacement)).toEqual(['x', 'y']);
  });

  it('fixing the 001 seed makes it lint clean', () => {
    const r = applyFixes(original, lint(original).files[0]!.diagnostics);
    expect(lint(r.text).files[0]!.diagnostics).toEqual([]);
  });
});

describe('--fix and --fix-dry-run', () => {
  const dir = tempDir();
  const copy = join(dir, 'copy.txt');

  it('without --fix nothing is written, not even with --fix-dry-run, which prints a unified diff', () => {
    writeFileSync(copy, original);
    expect(runCli([copy]).code).toBe(1);
    const r = runCli(['--fix-dry-run', 'seeds/' + SEED_001]);
    expect(r.code).toBe(0);
    const path = `seeds/${SEED_001}`;
    const zhBefore = original.split('\n')[4]!;
    const zhAfter = fixedText.split('\n')[4]!;
    expect(r.stdout).toBe(
      [
        `--- a/${path}`,
        `+++ b/${path}`,
        '@@ -2,4 +2,4 @@',
        ...original.split('\n').slice(1, 4).map((l) => ` ${l}`),
        `-${zhBefore}`,
        '\\ No newline at end of file',
        `+${zhAfter}`,
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
    expect(readFileSync(`${ROOT}seeds/${SEED_001}`, 'utf8')).toBe(original);
    expect(readFileSync(copy, 'utf8')).toBe(original);
  });

  it('--fix writes the fixed copy in place; it then lints clean', () => {
    writeFileSync(copy, original);
    const r = runCli(['--fix', copy]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(copy, 'utf8')).toBe(fixedText);
    expect(runCli([copy])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--fix reports what it could not fix', () => {
    const text =
      'Seventeen patients with psoriasis were enrolled in this trial and followed for six months after the infusion. Responses were seen in 18/17 patients, and no serious adverse events occurred during the study period.\n';
    const other = join(dir, 'bounds.txt');
    writeFileSync(other, text);
    const r = runCli(['--fix', '-f', 'compact', other]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${other}:1:134: error 18/17 counts 18 out of a group of 17: the part is larger than the whole. [fraction-bounds]\n`);
    expect(readFileSync(other, 'utf8')).toBe(text);
  });

  it('stylish says how many problems --fix can fix', () => {
    expect(runCli(['seeds/']).stdout).toMatch(/✖ 3 problems \(2 errors, 1 warning\)\n {2}1 error potentially fixable with the `--fix` option\.\n$/);
  });

  it.each([
    ['GB18030', encodeGb18030(original)],
    ['UTF-16LE', utf16(original, false)],
    ['UTF-16BE', utf16(original, true)],
    ['UTF-32LE', utf32(original, false)],
  ])('--fix-dry-run refuses a %s file as --fix does: no diff, the same message, the file as it was', (encoding, bytes) => {
    const path = join(dir, `${encoding}.txt`);
    writeFileSync(path, bytes);
    const message = `zhenlint: not fixing ${path}: it is ${encoding}, and fixes are written to UTF-8 files only\n`;
    expect(runCli(['--fix-dry-run', path])).toEqual({ code: 1, stdout: '', stderr: message });
    const fixed = runCli(['--fix', '-f', 'compact', path]);
    expect([fixed.code, fixed.stderr, fixed.stdout.split('\n').filter(Boolean).map((l) => l.replace(/^.*\[(.*)\]$/, '$1'))]).toEqual([
      1,
      message,
      ['cohort-count', 'pair-number-mismatch', 'percent-fraction'],
    ]);
    expect(readFileSync(path)).toEqual(Buffer.from(bytes));
  });

  it('--fix-dry-run refuses a UTF-8 file with undecodable bytes as --fix does', () => {
    const path = join(dir, 'broken.txt');
    const bytes = Buffer.concat([Buffer.from(original), Buffer.from([0xff])]);
    writeFileSync(path, bytes);
    const message = `zhenlint: not fixing ${path}: it has bytes that are not UTF-8, which writing it would replace\n`;
    const notice = `zhenlint: ${path}: 1 invalid UTF-8 byte sequence at byte ${Buffer.byteLength(original)}, read as U+FFFD\n`;
    expect(runCli(['--fix-dry-run', path])).toEqual({ code: 1, stdout: '', stderr: message + notice });
    expect(runCli(['--fix', '-f', 'compact', path])).toMatchObject({ code: 1, stderr: message + notice });
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('on a UTF-8 file with a BOM both work: the dry run shows the diff that --fix then writes, BOM kept', () => {
    const path = join(dir, 'bom.txt');
    writeFileSync(path, '\uFEFF' + original);
    const dry = runCli(['--fix-dry-run', path]);
    expect([dry.code, dry.stderr]).toEqual([0, '']);
    expect(dry.stdout).toContain(`-${original.split('\n')[4]!}\n`);
    expect(dry.stdout).toContain(`+${fixedText.split('\n')[4]!}\n`);
    expect(readFileSync(path, 'utf8')).toBe('\uFEFF' + original);
    expect(runCli(['--fix', path])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path, 'utf8')).toBe('\uFEFF' + fixedText);
  });

  it('--fix and --stdin, or --fix with --fix-dry-run, are usage errors', () => {
    expect(runCli(['--fix', '--stdin'], original)).toEqual({ code: 2, stdout: '', stderr: 'zhenlint: --fix cannot write to standard input; use --fix-dry-run\n' });
    expect(runCli(['--fix', '--fix-dry-run', copy]).code).toBe(2);
  });

  it('a file whose fixes overlap is not fixed at all', () => {
    const file: FileReport = {
      path: 'x.txt',
      passages: [],
      pairs: [],
      diagnostics: [
        { ruleId: 'r', severity: 'error', message: 'm', lang: 'en', text: '12', offset: 0, length: 2, line: 1, column: 1, endLine: 1, endColumn: 3, related: [], fix: { offset: 0, length: 2, replacement: '3' } },
        { ruleId: 'r', severity: 'error', message: 'm', lang: 'en', text: '2/4', offset: 1, length: 3, line: 1, column: 2, endLine: 1, endColumn: 5, related: [], fix: { offset: 1, length: 3, replacement: '1/2' } },
      ],
    };
    expect(planFix(file, '12/4 x')).toEqual({ refused: 'not fixing x.txt: 1 of its fixes overlap others' });
  });

  it('a file that changed since it was read is not written', async () => {
    const path = join(dir, 'changed.txt');
    writeFileSync(path, original + '\nedited meanwhile');
    expect(await writeFix(path, original, fixedText)).toBe(`not fixing ${path}: it changed since it was read`);
    expect(readFileSync(path, 'utf8')).toBe(original + '\nedited meanwhile');
    writeFileSync(path, original);
    expect(await writeFix(path, original, fixedText)).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe(fixedText);
  });
});
