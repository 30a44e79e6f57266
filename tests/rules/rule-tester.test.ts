import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules, rulesById } from '../../rules/index.js';
import { allCases, runInvalid, type InvalidCase } from '../helpers/rule-cases.js';
import { ROOT } from '../helpers/run-cli.js';

/** The rule tester runs every rule's examples and cases; these tests show that it can fail. */
describe('every rule is tested through the rule tester', () => {
  it.each(rules.map((r) => r.meta.id))('%s has its own test file that calls ruleCases', (id) => {
    const file = `${ROOT}tests/rules/${id}.test.ts`;
    expect(existsSync(file)).toBe(true);
    const source = readFileSync(file, 'utf8');
    // The id is written in the call, or in the file's R constant that the call names.
    expect(new RegExp(`ruleCases\\(\\s*(?:'${id}'|R\\b)`).test(source)).toBe(true);
    if (/ruleCases\(\s*R\b/.test(source)) expect(source).toContain(`const R = '${id}';`);
  });
});

describe('the rule tester', () => {
  const rule = rulesById.get('percent-bounds')!;
  const example = rule.meta.examples.invalid[0]!;

  it('rejects a case stated twice, in the file or among the examples', () => {
    expect(() => allCases(rule, { valid: ['Rates were 80%.', 'Rates were 80%.'], invalid: [] })).toThrow(/duplicate case/);
    expect(() => allCases(rule, { valid: [rule.meta.examples.valid[0]!], invalid: [] })).toThrow(/duplicate case/);
    expect(() => allCases(rule, { valid: [example.text], invalid: [] })).toThrow(/duplicate case/);
    expect(() => allCases(rule, { valid: [{ text: 'Rates were 80%.', options: { a: 1 } }, 'Rates were 80%.'], invalid: [] })).not.toThrow();
  });

  const exact: InvalidCase = {
    text: 'In all, 180% of the patients improved.',
    errors: [{ severity: 'error', lang: 'en', span: '180%', message: '180% is a share of a group, which cannot exceed 100%.' }],
  };

  it('passes a case that states the finding exactly', () => {
    const { actual, expected, output } = runInvalid('percent-bounds', exact);
    expect(actual).toEqual(expected);
    expect(output).toBeUndefined();
  });

  it.each([
    ['severity', { severity: 'warning' as const }],
    ['span', { span: '180' }],
    ['message', { message: '180% is a share of a group.' }],
    ['language', { lang: 'zh' as const }],
  ])('fails a case with the wrong %s', (_, change) => {
    const { actual, expected } = runInvalid('percent-bounds', { ...exact, errors: [{ ...exact.errors[0]!, ...change }] });
    expect(actual).not.toEqual(expected);
  });

  it('fails a case that misses a finding or states one too many', () => {
    const twice = runInvalid('percent-bounds', { ...exact, errors: [exact.errors[0]!, exact.errors[0]!] });
    expect(twice.actual).not.toEqual(twice.expected);
    const none = runInvalid('percent-bounds', { ...exact, errors: [] });
    expect(none.actual).not.toEqual(none.expected);
  });

  it('fails a wrong line or column of an example', () => {
    const { actual, expected } = runInvalid('percent-bounds', {
      text: example.text,
      errors: example.errors.map((e) => ({ severity: e.severity, span: e.text, line: e.line, column: e.column + 1, message: e.message })),
    });
    expect(actual).not.toEqual(expected);
  });

  it('gives the fixed text of a fixable finding, for the case to state', () => {
    const { output } = runInvalid('pvalue-bounds', {
      text: 'The difference was significant (P = 0.000).',
      errors: [{ severity: 'warning', span: 'P = 0.000', message: 'P = 0.000 reads as a p-value of exactly zero; a p-value too small to show at 3 decimals is written P < 0.001.' }],
    });
    expect(output).toBe('The difference was significant (P < 0.001).');
  });

  it('checks the fix itself when a case states it', () => {
    const fixed = (replacement: string): InvalidCase => ({
      text: 'The difference was significant (P = 0.000).',
      errors: [{
        severity: 'warning',
        span: 'P = 0.000',
        message: 'P = 0.000 reads as a p-value of exactly zero; a p-value too small to show at 3 decimals is written P < 0.001.',
        fix: { span: 'P = 0.000', replacement },
      }],
    });
    const right = runInvalid('pvalue-bounds', fixed('P < 0.001'));
    expect(right.actual).toEqual(right.expected);
    const wrong = runInvalid('pvalue-bounds', fixed('P < 0.01'));
    expect(wrong.actual).not.toEqual(wrong.expected);
  });

  it('runs the rule alone: another rule that reports the same text is not seen', () => {
    // 18/17 breaks fraction-bounds too; percent-bounds, run alone, reports only its own finding.
    const { actual } = runInvalid('percent-bounds', {
      text: 'A total of 147.1% (18/17) of the patients improved.',
      errors: [{ severity: 'error', span: '147.1%', message: '147.1% is a share of a group, which cannot exceed 100%.' }],
    });
    expect(actual.map((row) => row.rule)).toEqual(['percent-bounds']);
  });

  it('lints an explicit English/Chinese pair, with offsets in the two joined by a blank line', () => {
    const c: InvalidCase = {
      en: 'The 3-month overall survival rate of the patients was 90%.',
      zh: '患者 3 个月总生存率为 80%。',
      errors: [{ severity: 'error', lang: 'zh', span: '80%', line: 3, column: 14, message: 'Chinese 80% disagrees with English 90%; nothing else in the abstract says which one is right.' }],
    };
    const { actual, expected } = runInvalid('pair-number-mismatch', c);
    expect(actual).toEqual(expected);
    const english = runInvalid('pair-number-mismatch', { ...c, errors: [{ ...c.errors[0]!, lang: 'en', span: '90%', line: 1, column: 56 }] });
    expect(english.actual).not.toEqual(english.expected);
  });

  it('says which text a span is missing from', () => {
    expect(() => runInvalid('percent-bounds', { ...exact, errors: [{ ...exact.errors[0]!, span: '190%' }] })).toThrow(/"190%" is not in/);
  });
});
