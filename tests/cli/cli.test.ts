import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../src/cli/args.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('zhenlint command', () => {
  it('prints the stylish report of the seeds without colour when not on a terminal, and exits 1', () => {
    const r = runCli(['seeds/']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('seeds/001_b2d88acf0b6bdb1d.txt');
    expect(lines[1]).toBe('  5:215  warning  17/36 counts out of 36, but the abstract enrolled 17 (17 名) and states no group of 36.  cohort-count');
    expect(lines[2]).toMatch(/^ +zh: …间,我们未观察到明显的副作用。共有 47\.1%\(«17\/36»\)的银屑病患者/);
    expect(lines[3]).toMatch(/^ +zh: …安全性和有效性,并初步探讨可能的机制。共招募了 «17 名»银屑病患者接受 UMSC 输注。分析不良事件、实… \(5:135\)$/);
    expect(lines[4]).toMatch(/^ {2}5:215 {2}error {2}Chinese 17\/36 disagrees with English 8\/17: .* {2}pair-number-mismatch$/);
    expect(lines[5]).toMatch(/^ +zh: …间,我们未观察到明显的副作用。共有 47\.1%\(«17\/36»\)的银屑病患者/);
    expect(lines[6]).toMatch(/^ +en: …w-up\. A total of 47\.1% \(«8\/17»\) of the psoriasis patie… \(4:650\)$/);
    expect(lines[7]).toMatch(/^ {2}5:215 {2}error {2}17\/36 = 47\.22%, which rounds to 47\.2%, not the 47\.1% written beside it\. {2}percent-fraction$/);
    expect(r.stdout).toContain('✖ 3 problems (2 errors, 1 warning)');
  });

  it('colours the output when asked', () => {
    const r = runCli(['--color', 'seeds/001_b2d88acf0b6bdb1d.txt']);
    expect(r.stdout).toMatch(/\u001b\[31merror/);
  });

  it('reads standard input', () => {
    const text = readFileSync(`${ROOT}seeds/001_b2d88acf0b6bdb1d.txt`, 'utf8');
    const r = runCli(['--stdin', '--format', 'json'], text);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].path).toBe('<stdin>');
    expect(report.files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['cohort-count', 'pair-number-mismatch', 'percent-fraction']);
  });

  it('exits 0 and prints nothing on clean files', () => {
    const r = runCli(['seeds/000_ea32151a420e5e16.txt', 'seeds/004_9a05efdc7efa0b0f.txt']);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it.each([
    [['--bogus'], "zhenlint: Unknown option '--bogus'.\n"],
    [['no-such-file.txt'], 'zhenlint: cannot read no-such-file.txt: no such file or directory\n'],
    [['--format', 'xml', 'seeds/'], 'zhenlint: unknown format "xml"; expected one of: stylish, json, jsonl, sarif, github, junit, compact, html\n'],
    [['--max-warnings', 'many', 'seeds/'], 'zhenlint: --max-warnings expects a whole number, got "many"\n'],
    [[], 'zhenlint: no input: give files or directories to lint, or --stdin (see --help)\n'],
    [['src/'], 'zhenlint: no files to lint (.txt, .text, .md, .markdown, .xml, .nxml, .html, .htm, .xhtml, .docx, .pdf) found in src/\n'],
  ])('fails with one line and exit 2: %j', (args, err) => {
    const r = runCli(args);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', err]);
  });

  it('--quiet drops warnings, --max-warnings counts them', () => {
    const text = 'Seventeen patients were enrolled and followed for 6 months.\n共招募了 17 名患者，随访 6 个月，12 例出现不良事件。';
    expect(runCli(['--stdin'], text).code).toBe(0);
    expect(runCli(['--stdin', '--max-warnings', '0'], text).code).toBe(1);
    expect(runCli(['--stdin', '--quiet'], text).stdout).toBe('');
  });

  it('--max-warnings -1 means no limit, as in ESLint; below -1 is refused', () => {
    const text = 'Seventeen patients were enrolled and followed for 6 months.\n共招募了 17 名患者，随访 6 个月，12 例出现不良事件。';
    for (const args of [['--max-warnings', '-1'], ['--max-warnings=-1']]) {
      expect(runCli(['--stdin', '--max-warnings', '0', ...args], text)).toMatchObject({ code: 0, stderr: '' });
      expect(parseCli([...args, 'a.txt'])).toMatchObject({ maxWarnings: undefined, paths: ['a.txt'] });
    }
    expect(runCli(['--stdin', '--max-warnings', '-2'], text)).toEqual({ code: 2, stdout: '', stderr: 'zhenlint: --max-warnings expects a whole number, got "-2"\n' });
    // After `--` every argument is a path.
    expect(parseCli(['--', '--max-warnings', '-1'])).toMatchObject({ maxWarnings: undefined, paths: ['--max-warnings', '-1'] });
  });

  it('prints help and version', () => {
    expect(runCli(['--help']).stdout).toContain('Usage: zhenlint');
    expect(runCli(['--version']).stdout).toBe(`${JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version}\n`);
  });
});
