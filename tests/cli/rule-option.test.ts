import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRuleOptions } from '../../src/cli/rule-option.js';
import { runCli } from '../helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from '../helpers/temp.js';

/** The compact report as `path severity rule` lines. */
const findings = (r: { stdout: string }) =>
  r.stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/^(\S+?):\d+:\d+: (\w+) .* \[(.+)\]$/, '$1 $2 $3'));

function project(config?: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), seedText(SEED_001));
  if (config !== undefined) writeFileSync(join(dir, 'zhenlint.config.json'), config);
  return dir;
}

describe('--rule', () => {
  it('sets a severity over the rule\'s own, and turns a rule off; repeatable', () => {
    const dir = project();
    expect(findings(runCli(['-f', 'compact', 'a.txt'], undefined, {}, dir))).toEqual(['a.txt warning cohort-count', 'a.txt error pair-number-mismatch', 'a.txt error percent-fraction']);
    const r = runCli(['-f', 'compact', '--rule', 'cohort-count: error', '--rule', 'percent-fraction:off', 'a.txt'], undefined, {}, dir);
    expect(findings(r)).toEqual(['a.txt error cohort-count', 'a.txt error pair-number-mismatch']);
    expect(r.code).toBe(1);
  });

  it('overrides the config file; a severity alone keeps the options the config gives', () => {
    const dir = project('{ "rules": { "percent-fraction": ["error", { "tolerance": 0.2 }], "cohort-count": "off" } }');
    expect(findings(runCli(['-f', 'compact', 'a.txt'], undefined, {}, dir))).toEqual(['a.txt error pair-number-mismatch']);
    // The config's tolerance of 0.2 still accepts 47.1% for 17/36; the severity is the command line's.
    expect(findings(runCli(['-f', 'compact', '--rule', 'percent-fraction: warning', '--rule', 'cohort-count: info', 'a.txt'], undefined, {}, dir))).toEqual([
      'a.txt info cohort-count',
      'a.txt error pair-number-mismatch',
    ]);
    // Options given on the command line replace the config's.
    expect(findings(runCli(['-f', 'compact', '--rule', 'percent-fraction: [warning, {tolerance: 0.05}]', 'a.txt'], undefined, {}, dir))).toEqual([
      'a.txt error pair-number-mismatch',
      'a.txt warning percent-fraction',
    ]);
  });

  it('reads severities and options as ESLint does: bare words, quoted JSON, spaces around the colon', async () => {
    expect(await parseRuleOptions(['percent-fraction: [error, {tolerance: 0.1}]', ' cohort-count :  warning ', 'grim: ["info"]'])).toEqual({
      'percent-fraction': ['error', { tolerance: 0.1 }],
      'cohort-count': 'warning',
      grim: 'info',
    });
    expect(await parseRuleOptions(['percent-fraction: ["off", {"tolerance": 1}]'])).toEqual({ 'percent-fraction': ['off', { tolerance: 1 }] });
  });

  it('is part of the settings --print-config prints', () => {
    const dir = project('{ "rules": { "percent-fraction": ["error", { "tolerance": 0.2 }] } }');
    const r = runCli(['--print-config', 'a.txt', '--rule', 'percent-fraction: warning', '--rule', 'grim: off'], undefined, {}, dir);
    const printed = JSON.parse(r.stdout) as { rules: Record<string, unknown> };
    expect([printed.rules['percent-fraction'], printed.rules.grim, printed.rules['cohort-count']]).toEqual([['warning', { tolerance: 0.2 }], 'off', 'error']);
  });

  it.each([
    [['--rule', 'percent-fraction: warn'], 'zhenlint: --rule percent-fraction: expected "off" | "info" | "warning" | "error", got "warn"\n'],
    [
      ['--rule', 'percent-fractions: error'],
      'zhenlint: --rule percent-fractions: unknown rule; expected one of "pair-number-mismatch" | "pair-number-missing" | "percent-fraction" | "fraction-bounds" | "cohort-count" | "subgroup-sum" | "breakdown-sum" | "rate-from-counts" | "percent-bounds" | "range-order" | "pvalue-bounds" | "significance-wording" | "interval-estimate" | "statistic-pvalue" | "statistic-recompute" | "grim" | "pair-identifier-mismatch" | "pair-year-mismatch"\n',
    ],
    [['--rule', 'percent-fraction'], `zhenlint: --rule expects 'id: severity' or 'id: [severity, options]', got "percent-fraction"\n`],
    [['--rule', 'percent-fraction: [warning, {tolerance: "x"}]'], 'zhenlint: --rule percent-fraction[1].tolerance: expected number, got "x"\n'],
    [['--rule', 'percent-fraction: [warning, {tolerance: }]'], 'zhenlint: --rule percent-fraction: [warning, {tolerance: }] is not a list [severity, options] (options are written in JSON)\n'],
    [['--rule', 'cohort-count: [error, {}]'], 'zhenlint: --rule cohort-count[1]: rule cohort-count takes no options\n'],
    [['--rule', 'grim: [error, 1, 2]'], 'zhenlint: --rule grim: expected [severity] or [severity, options], got 3 items\n'],
  ])('a bad setting ends the run with one line and exit 2: %j', (args, err) => {
    const dir = project();
    const r = runCli([...args, 'a.txt'], undefined, {}, dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', err]);
  });
});
