import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterConfig } from '../src/config/init.js';
import { parseConfigText, validateConfig } from '../src/config/schema.js';
import { runCli } from './helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from './helpers/temp.js';

const MISSING_TEXT = 'Seventeen patients were enrolled and followed for 6 months; 47.1% (8/17) improved.\n共招募了 17 名患者，随访 6 个月，47.1%(8/17)的患者改善，12 例出现不良事件。\n';

/** A project folder: a config at its root, the 001 seed at the root and in a nested folder. */
function project(config: string | undefined, name = 'zhenlint.config.json'): string {
  const dir = tempDir();
  if (config !== undefined) writeFileSync(join(dir, name), config);
  writeFileSync(join(dir, 'a.txt'), seedText(SEED_001));
  mkdirSync(join(dir, 'sub', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'sub', 'deep', 'b.txt'), seedText(SEED_001));
  writeFileSync(join(dir, 'missing.txt'), MISSING_TEXT);
  return dir;
}

const rules = (r: { stdout: string }) => r.stdout.trimEnd().split('\n').filter(Boolean).map((l) => l.replace(/^(\S+?):\d+:\d+: (\w+) .* \[(.+)\]$/, '$1 $2 $3'));

describe('invalid configs: one line naming the key path and what was expected, exit 2', () => {
  const cases: [string, string, string][] = [
    ['a severity that does not exist', '{ "rules": { "percent-fraction": "warn" } }', 'rules.percent-fraction: expected "off" | "info" | "warning" | "error", got "warn"'],
    [
      'an unknown rule id',
      '{ "rules": { "percent-fractions": "error" } }',
      'rules.percent-fractions: unknown rule; expected one of "pair-number-mismatch" | "pair-number-missing" | "percent-fraction" | "fraction-bounds" | "cohort-count" | "subgroup-sum" | "breakdown-sum" | "rate-from-counts" | "percent-bounds" | "range-order" | "pvalue-bounds" | "significance-wording" | "interval-estimate" | "statistic-pvalue" | "statistic-recompute" | "grim" | "pair-identifier-mismatch" | "pair-year-mismatch"',
    ],
    ['rule options the rule does not accept', '{ "rules": { "percent-fraction": ["error", { "tolerance": "0.1" }] } }', 'rules.percent-fraction[1].tolerance: expected number, got "0.1"'],
    ['an unknown top-level key', '{ "rule": {} }', 'rule: unknown key'],
    ['a preset that does not exist', '{ "extends": "zhenlint:all" }', 'extends: expected "zhenlint:recommended" | "zhenlint:strict", got "zhenlint:all"'],
    ['ignorePatterns of the wrong type', '{ "ignorePatterns": "drafts/" }', 'ignorePatterns: expected array, got "drafts/"'],
    ['a syntax error', '{\n  "rules": {\n    "percent-fraction": "error"\n    "fraction-bounds": "off"\n  }\n}', 'line 4, column 5: comma expected (not valid JSON)'],
    ['options for a rule without options', '{ "rules": { "fraction-bounds": ["error", {}] } }', 'rules.fraction-bounds[1]: rule fraction-bounds takes no options'],
    ['an option out of range', '{ "rules": { "percent-fraction": ["error", { "tolerance": -1 }] } }', 'rules.percent-fraction[1].tolerance: Too small: expected number to be >=0'],
  ];
  it.each(cases)('%s', (_, config, message) => {
    const dir = project(config);
    const r = runCli(['a.txt'], undefined, {}, dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `zhenlint: invalid config zhenlint.config.json: ${message}\n` });
  });

  it('a --config file that does not exist', () => {
    const r = runCli(['--config', 'nope.json', 'seeds/']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'zhenlint: cannot read config nope.json: no such file\n' });
  });
});

describe('config files', () => {
  it('without a config every rule runs at its own severity', () => {
    const dir = project(undefined);
    expect(rules(runCli(['-f', 'compact', 'a.txt', 'missing.txt'], undefined, {}, dir))).toEqual([
      'a.txt warning cohort-count',
      'a.txt error pair-number-mismatch',
      'a.txt error percent-fraction',
      'missing.txt warning pair-number-missing',
    ]);
  });

  it('turns rules off, changes severities, and reaches files in nested folders by walking up', () => {
    const dir = project('{ "rules": { "percent-fraction": "off", "pair-number-mismatch": "warning" } }');
    const r = runCli(['-f', 'compact', '.'], undefined, {}, dir);
    expect(rules(r)).toEqual([
      'a.txt warning cohort-count',
      'a.txt warning pair-number-mismatch',
      'missing.txt warning pair-number-missing',
      'sub/deep/b.txt warning cohort-count',
      'sub/deep/b.txt warning pair-number-mismatch',
    ]);
    expect(r.code).toBe(0);
  });

  it('the nearest config wins, and .zhenlintrc.json is found too', () => {
    const dir = project('{ "rules": { "percent-fraction": "off" } }');
    writeFileSync(join(dir, 'sub', '.zhenlintrc.json'), '{ "rules": { "pair-number-mismatch": "off" } }');
    expect(rules(runCli(['-f', 'compact', 'a.txt', 'sub'], undefined, {}, dir))).toEqual([
      'a.txt warning cohort-count',
      'a.txt error pair-number-mismatch',
      'sub/deep/b.txt warning cohort-count',
      'sub/deep/b.txt error percent-fraction',
    ]);
  });

  it('passes options to the rule: a rounding tolerance accepts 47.1% for 17/36 (47.22%)', () => {
    const dir = project('{ "rules": { "percent-fraction": ["error", { "tolerance": 0.1 }] } }');
    expect(rules(runCli(['-f', 'compact', 'a.txt'], undefined, {}, dir))).toEqual(['a.txt warning cohort-count', 'a.txt error pair-number-mismatch']);
    writeFileSync(join(dir, 'zhenlint.config.json'), '{ "rules": { "percent-fraction": ["error", { "tolerance": 0.05 }] } }');
    expect(rules(runCli(['-f', 'compact', 'a.txt'], undefined, {}, dir))).toEqual([
      'a.txt warning cohort-count',
      'a.txt error pair-number-mismatch',
      'a.txt error percent-fraction',
    ]);
  });

  it('extends zhenlint:strict: every rule an error', () => {
    const dir = project('{ "extends": "zhenlint:strict", /* comments and trailing commas are fine */ }');
    const r = runCli(['-f', 'compact', 'missing.txt'], undefined, {}, dir);
    expect(rules(r)).toEqual(['missing.txt error pair-number-missing']);
    expect(r.code).toBe(1);
  });

  it('ignorePatterns skip matching files, relative to the config file', () => {
    const dir = project('{ "ignorePatterns": ["sub/", "missing.*"] }');
    expect(rules(runCli(['-f', 'compact', '.'], undefined, {}, dir))).toEqual(['a.txt warning cohort-count', 'a.txt error pair-number-mismatch', 'a.txt error percent-fraction']);
    const named = runCli(['-f', 'compact', 'missing.txt', 'a.txt'], undefined, {}, dir);
    expect(named.stderr).toBe('zhenlint: missing.txt is ignored by ignorePatterns in its config\n');
  });

  it('--config applies one file to every input and searches no folder', () => {
    const dir = project('{ "rules": { "percent-fraction": "off" } }');
    writeFileSync(join(dir, 'other.json'), '{ "rules": { "pair-number-mismatch": "off" } }');
    expect(rules(runCli(['-f', 'compact', '-c', 'other.json', 'a.txt'], undefined, {}, dir))).toEqual(['a.txt warning cohort-count', 'a.txt error percent-fraction']);
    // Its ignorePatterns are read from the working directory, wherever the file lives.
    writeFileSync(join(dir, 'sub', 'shared.json'), '{ "ignorePatterns": ["a.txt"] }');
    expect(runCli(['-f', 'compact', '-c', 'sub/shared.json', '.'], undefined, {}, dir).stdout).toMatch(/^missing\.txt:.*\nsub\/deep\/b\.txt:.*\nsub\/deep\/b\.txt:.*\nsub\/deep\/b\.txt:.*\n$/);
  });

  it('extensions adds file extensions a directory search lints, as text, in the folders the config governs', () => {
    const dir = project('{ "extensions": ["tex", ".RST"] }');
    writeFileSync(join(dir, 'c.tex'), seedText(SEED_001));
    writeFileSync(join(dir, 'd.rst'), seedText(SEED_001));
    writeFileSync(join(dir, 'e.log'), seedText(SEED_001));
    const r = runCli(['-f', 'compact', '.'], undefined, {}, dir);
    expect([...new Set(rules(r).map((l) => l.split(' ')[0]))]).toEqual(['a.txt', 'c.tex', 'd.rst', 'missing.txt', 'sub/deep/b.txt']);
    const bad = project('{ "extensions": ["t.ex"] }');
    expect(runCli(['.'], undefined, {}, bad).stderr).toMatch(/^zhenlint: invalid config zhenlint\.config\.json: extensions\[0\]: /);
  });

  it('--print-config prints the settings in force for a file', () => {
    const dir = project('{ "extends": ["zhenlint:strict"], "rules": { "percent-fraction": ["warning", { "tolerance": 0.2 }] } }');
    const r = runCli(['--print-config', 'sub/deep/b.txt'], undefined, {}, dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      file: 'sub/deep/b.txt',
      configFile: 'zhenlint.config.json',
      ignored: false,
      extends: ['zhenlint:strict'],
      ignorePatterns: [],
      extensions: [],
      reportUnusedDisableDirectives: 'error',
      rules: {
        'pair-number-mismatch': 'error',
        'pair-number-missing': 'error',
        'percent-fraction': ['warning', { tolerance: 0.2 }],
        'fraction-bounds': 'error',
        'cohort-count': 'error',
        'subgroup-sum': 'error',
        'breakdown-sum': 'error',
        'rate-from-counts': 'error',
        'percent-bounds': 'error',
        'range-order': 'error',
        'pvalue-bounds': 'error',
        'significance-wording': 'error',
        'interval-estimate': 'error',
        'statistic-pvalue': 'error',
        'statistic-recompute': 'error',
        grim: 'error',
        'pair-identifier-mismatch': 'error',
        'pair-year-mismatch': 'error',
      },
    });
  });

  it('--init writes a commented starter config that is valid and changes nothing, and never overwrites', () => {
    const dir = project(undefined);
    const r = runCli(['--init'], undefined, {}, dir);
    expect(r).toEqual({ code: 0, stdout: 'wrote zhenlint.config.json\n', stderr: '' });
    const text = readFileSync(join(dir, 'zhenlint.config.json'), 'utf8');
    expect(text).toBe(starterConfig());
    expect(text).toMatch(/^\/\/ zhenlint configuration/);
    expect(rules(runCli(['-f', 'compact', 'a.txt', 'missing.txt'], undefined, {}, dir))).toEqual([
      'a.txt warning cohort-count',
      'a.txt error pair-number-mismatch',
      'a.txt error percent-fraction',
      'missing.txt warning pair-number-missing',
    ]);
    const again = runCli(['--init'], undefined, {}, dir);
    expect(again).toEqual({ code: 2, stdout: '', stderr: 'zhenlint: zhenlint.config.json already exists here; not overwriting it\n' });
    expect(existsSync(join(dir, 'zhenlint.config.json'))).toBe(true);
  });

  it('the starter config parses to the recommended settings', async () => {
    const data = validateConfig('x', await parseConfigText('x', starterConfig()));
    expect(data.extends).toEqual(['zhenlint:recommended']);
    // Every rule is listed as a comment: setting one would report all its findings at that severity.
    expect(data.rules).toEqual({});
    expect(starterConfig()).toContain('// "cohort-count": "error",');
  });
});
