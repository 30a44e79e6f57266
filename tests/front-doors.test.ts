import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createBaseline } from '../src/baseline.js';
import { lint, lintFiles, lintJsonl } from '../src/index.js';
import type { JsonDiagnostic, Report } from '../src/report/schema.js';
import { TestClient } from './lsp/client.js';
import { ROOT, runCli } from './helpers/run-cli.js';

/**
 * One config (a rule off, a severity raised, an ignore pattern) and one baseline, through
 * every front door: files, standard input, `-f jsonl`, `--jsonl`, the library and the
 * language server. Each door must give the same findings, because each goes through the
 * one Runner (src/runner/).
 */
const SEED = readFileSync(join(ROOT, 'seeds/001_b2d88acf0b6bdb1d.txt'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'zhenlint-doors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const A = join(dir, 'a.txt');
const SKIPPED = join(dir, 'skip-a.txt');
const BASELINE = join(dir, 'baseline.json');
const RECORDS = join(dir, 'records.jsonl');
writeFileSync(A, SEED);
writeFileSync(SKIPPED, SEED);
// On its own the seed gives cohort-count (a warning: the rule lowers it), pair-number-mismatch and percent-fraction.
writeFileSync(
  join(dir, 'zhenlint.config.json'),
  JSON.stringify({ rules: { 'cohort-count': 'error', 'percent-fraction': 'off' }, ignorePatterns: ['skip-*.txt'] }),
);
// The project has accepted the mismatch.
const mismatch = lint(SEED, { path: A }).files[0]!;
writeFileSync(BASELINE, JSON.stringify(createBaseline([{ ...mismatch, diagnostics: mismatch.diagnostics.filter((d) => d.ruleId === 'pair-number-mismatch') }])));
writeFileSync(RECORDS, `${JSON.stringify({ id: A, text: SEED })}\n`);

type Row = [ruleId: string, severity: string, line: number, column: number, message: string];
const rows = (ds: JsonDiagnostic[]): Row[] => ds.map((d) => [d.ruleId, d.severity, d.line, d.column, d.message]);
const byPath = (report: Report) => Object.fromEntries(report.files.map((f) => [f.path, rows(f.diagnostics)]));

/** What every door must report for a.txt: cohort-count raised to an error; percent-fraction off; the mismatch in the baseline. */
const EXPECTED: Row[] = [
  ['cohort-count', 'error', 5, 215, '17/36 counts out of 36, but the abstract enrolled 17 (17 名) and states no group of 36.'],
];

describe('every front door gives the same result for the same config', () => {
  it('files and directories (skip-a.txt ignored while walking)', () => {
    const r = runCli(['-f', 'json', '--baseline', BASELINE, dir], undefined, {}, dir);
    expect(r.code).toBe(1);
    expect(byPath(JSON.parse(r.stdout) as Report)).toEqual({ [A]: EXPECTED });
  });

  it('a file named on the command line but ignored is said, and linting nothing fails the run', () => {
    const r = runCli(['-f', 'json', SKIPPED], undefined, {}, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`zhenlint: ${SKIPPED} is ignored by ignorePatterns in its config\nzhenlint: every file found in ${SKIPPED} is ignored by ignorePatterns\n`);
  });

  it('standard input, with the config and ignores of its --stdin-filename', () => {
    const r = runCli(['-f', 'json', '--baseline', BASELINE, '--stdin', '--stdin-filename', A], SEED, {}, dir);
    expect(r.code).toBe(1);
    expect(byPath(JSON.parse(r.stdout) as Report)).toEqual({ [A]: EXPECTED });
    const ignored = runCli(['-f', 'json', '--stdin', '--stdin-filename', SKIPPED], SEED, {}, dir);
    expect(ignored.stderr).toBe(`zhenlint: ${SKIPPED} is ignored by ignorePatterns in its config\n`);
    expect(ignored.code).toBe(2);
  });

  it('-f jsonl over files', () => {
    const r = runCli(['-f', 'jsonl', '--baseline', BASELINE, dir], undefined, {}, dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; diagnostics: JsonDiagnostic[] });
    expect(lines.map((l) => [l.id, rows(l.diagnostics)])).toEqual([[A, EXPECTED]]);
  });

  it('--jsonl records, with the config of the working directory (records are not files: ignorePatterns do not apply)', () => {
    const r = runCli(['--jsonl', RECORDS, '--baseline', BASELINE], undefined, {}, dir);
    expect(r.code).toBe(1);
    const [line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; diagnostics: JsonDiagnostic[] });
    expect([line!.id, rows(line!.diagnostics)]).toEqual([A, EXPECTED]);
  });

  it('the library: lintFiles searches configs like the command line', async () => {
    const { readBaseline } = await import('../src/baseline.js');
    const report = await lintFiles([dir], { baseline: await readBaseline(BASELINE) });
    expect(byPath(report)).toEqual({ [A]: EXPECTED });
    // lint() and lintJsonl() take their settings as arguments.
    const given = lint(SEED, { path: A, rules: { 'cohort-count': 'error', 'percent-fraction': 'off' }, baseline: await readBaseline(BASELINE) });
    expect(byPath(given)).toEqual({ [A]: EXPECTED });
    const records = [];
    for await (const r of lintJsonl([`${JSON.stringify({ id: A, text: SEED })}\n`], { jobs: 1, rules: { 'cohort-count': 'error', 'percent-fraction': 'off' }, baseline: await readBaseline(BASELINE) })) {
      records.push(r.ok ? rows(r.report.diagnostics) : r.error);
    }
    expect(records).toEqual([EXPECTED]);
  });

  it('the language server, with the baseline named in its initialization options', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ baseline: BASELINE, debounceMs: 0 });
      await client.open(pathToFileURL(A).href, 'plaintext', SEED);
      const published = await client.next();
      expect(published.diagnostics.map((d) => [d.code, d.severity, d.range.start.line + 1, d.message])).toEqual(
        EXPECTED.map(([id, , line, , message]) => [id, 1, line, message]),
      );
      await client.open(pathToFileURL(SKIPPED).href, 'plaintext', SEED);
      expect((await client.next()).diagnostics).toEqual([]);
    } finally {
      client.dispose();
    }
  });
});

describe('the time budget holds at every door', () => {
  it('the language server skips a document over its budget with a notice, as the command line does', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ maxFileTime: 0.000001, debounceMs: 0 });
      await client.open(pathToFileURL(A).href, 'plaintext', SEED);
      const published = await client.next();
      expect(published.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.message])).toEqual([
        ['time-budget', 2, 0, 'skipped: took longer than the 0.000001 s budget for one file'],
      ]);
    } finally {
      client.dispose();
    }
    const cli = runCli(['-f', 'json', '--max-file-time', '0.000001', A], undefined, {}, dir);
    expect(cli.stderr).toBe(`zhenlint: ${A}: skipped: took longer than the 0.000001 s budget for one file\n`);
    expect(cli.code).toBe(2);
  });
});

describe('an input that cannot be read', () => {
  it('is listed in the JSON report as well as said on stderr, and fails the run', () => {
    const missing = join(dir, 'missing.txt');
    const r = runCli(['-f', 'json', A, missing], undefined, {}, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`zhenlint: cannot read ${missing}: no such file or directory\n`);
    expect((JSON.parse(r.stdout) as Report).unreadable).toEqual([{ path: missing, message: `cannot read ${missing}: no such file or directory` }]);
  });
});

describe('JSON Lines output goes through the same options', () => {
  it('-o writes the JSON Lines report to the file, not to standard output', () => {
    const out = join(dir, 'out', 'report.jsonl');
    const r = runCli(['--jsonl', RECORDS, '-o', out], undefined, {}, dir);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual([A]);
  });

  it('a --config that does not exist fails with exit 2, in every mode', () => {
    for (const args of [['--jsonl', RECORDS], ['-f', 'jsonl', A], [A]]) {
      expect(runCli([...args, '--config', join(dir, 'none.json')], undefined, {}, dir)).toEqual({
        code: 2,
        stdout: '',
        stderr: `zhenlint: cannot read config ${join(dir, 'none.json')}: no such file\n`,
      });
    }
  });

  it('refuses --fix and --write-baseline, which JSON Lines records cannot take', () => {
    expect(runCli(['--jsonl', RECORDS, '--fix'], undefined, {}, dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'zhenlint: JSON Lines output reports records; --fix and --fix-dry-run work on files with the other formats\n',
    });
    expect(runCli(['-f', 'jsonl', A, '--write-baseline', join(dir, 'b2.json')], undefined, {}, dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'zhenlint: --write-baseline records the findings of files; it is not available with JSON Lines output\n',
    });
  });

  it('extends zhenlint:strict raises every finding to an error, so strict mode can fail a build', () => {
    const strict = mkdtempSync(join(tmpdir(), 'zhenlint-strict-'));
    try {
      writeFileSync(join(strict, 'a.txt'), SEED);
      writeFileSync(join(strict, 'zhenlint.config.json'), JSON.stringify({ extends: ['zhenlint:strict'] }));
      const r = runCli(['-f', 'json', 'a.txt'], undefined, {}, strict);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.files[0]!.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual([
        'cohort-count error',
        'pair-number-mismatch error',
        'percent-fraction error',
      ]);
    } finally {
      rmSync(strict, { recursive: true, force: true });
    }
  });
});
