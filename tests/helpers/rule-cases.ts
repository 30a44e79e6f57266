import { describe, expect, it } from 'vitest';
import { rulesById } from '../../rules/index.js';
import type { ConstraintRule, Evaluation } from '../../src/constraints/evaluation.js';
import { applyFixes } from '../../src/fix.js';
import { lint } from '../../src/index.js';
import { analyze, lintPair } from '../../src/lint.js';
import type { JsonDiagnostic } from '../../src/report/schema.js';
import type { InvalidExample, Rule } from '../../src/rule.js';
import type { Lang, Severity } from '../../src/types.js';
import { onlyRule } from './lint.js';

/**
 * The rule tester: every rule's documented examples and its test cases run through it, each
 * with only the rule under test switched on, and each invalid case states exactly what is
 * reported (as ESLint's RuleTester does).
 */

/** One document, or an explicit English/Chinese pair (offsets then count in `en + "\n\n" + zh`). */
export type Source = { text: string; en?: never; zh?: never } | { en: string; zh: string; text?: never };

/** A text the rule must stay silent on, with the rule's options if any. */
export type ValidCase = string | (Source & { options?: unknown });

/**
 * One finding, exactly: its severity, the text it points at and its message. The place is the
 * reported text's first occurrence (or its `nth`, from 0), or the 1-based `line` and `column` it starts at.
 */
export interface Expected {
  severity: Severity;
  lang?: Lang;
  span: string;
  nth?: number;
  line?: number;
  column?: number;
  message: string;
  /** The places in the other version the finding points at, when the case checks them. */
  related?: ExpectedRelated[];
  /** The text the finding's fix replaces (its `nth` occurrence) and its replacement, when the case checks more than the output. */
  fix?: { span: string; nth?: number; replacement: string };
}

export interface ExpectedRelated {
  lang: Lang;
  span: string;
  nth?: number;
  message?: string;
}

/** A text the rule must report: every finding in text order and, when a finding carries a fix, the text after fixing. */
export type InvalidCase = Source & { options?: unknown; errors: Expected[]; output?: string };

export interface Cases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** The whole text that offsets count in. */
export function textOf(c: Source): string {
  return c.text ?? `${c.en}\n\n${c.zh}`;
}

function normalize(c: ValidCase): Source & { options?: unknown } {
  return typeof c === 'string' ? { text: c } : c;
}

/** Two cases are the same when they lint the same text(s) with the same options. */
export function caseKey(c: ValidCase | InvalidCase): string {
  const n = normalize(c);
  return JSON.stringify([n.text ?? null, n.en ?? null, n.zh ?? null, n.options ?? null]);
}

export function fromExample(ex: InvalidExample): InvalidCase {
  return {
    text: ex.text,
    errors: ex.errors.map((e) => ({ severity: e.severity, span: e.text, line: e.line, column: e.column, message: e.message })),
    ...(ex.output !== undefined ? { output: ex.output } : {}),
  };
}

/** The rule's documented examples and the given cases, as one list; a case stated twice is an error. */
export function allCases(rule: Rule, cases: Cases): Cases {
  const all: Cases = {
    valid: [...rule.meta.examples.valid, ...cases.valid],
    invalid: [...rule.meta.examples.invalid.map(fromExample), ...cases.invalid],
  };
  const seen = new Set<string>();
  for (const c of [...all.valid, ...all.invalid]) {
    const key = caseKey(c);
    if (seen.has(key)) throw new Error(`${rule.meta.id}: duplicate case ${key}`);
    seen.add(key);
  }
  return all;
}

/** Lint with only this rule on, at its own severity, with the case's options. */
export function lintCase(ruleId: string, c: Source & { options?: unknown }): JsonDiagnostic[] {
  const settings = { rules: onlyRule(ruleId, c.options) };
  const file = c.text !== undefined ? lint(c.text, settings).files[0]! : lintPair(c.en, c.zh, settings);
  return file.diagnostics;
}

function nthIndex(text: string, span: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(span, at + 1);
    if (at < 0) break;
  }
  return at;
}

type Row = Record<string, unknown>;

function offsetOf(ruleId: string, text: string, span: string, nth?: number): number {
  const offset = nthIndex(text, span, nth);
  if (offset < 0) throw new Error(`${ruleId}: ${JSON.stringify(span)} is not in ${JSON.stringify(text)}`);
  return offset;
}

/** What a finding must be, as a row to compare with the finding's own. */
export function expectedRow(ruleId: string, text: string, e: Expected): Row {
  const row: Row = { rule: ruleId, severity: e.severity, text: e.span, length: e.span.length, message: e.message };
  if (e.lang) row.lang = e.lang;
  if (e.line !== undefined || e.column !== undefined) {
    if (e.line === undefined || e.column === undefined || e.nth !== undefined) throw new Error(`${ruleId}: give both line and column, or nth, for ${e.span}`);
    row.line = e.line;
    row.column = e.column;
  } else {
    row.offset = offsetOf(ruleId, text, e.span, e.nth);
  }
  if (e.fix) row.fix = { offset: offsetOf(ruleId, text, e.fix.span, e.fix.nth), length: e.fix.span.length, replacement: e.fix.replacement };
  if (e.related) {
    row.related = e.related.map((r) => ({
      lang: r.lang,
      text: r.span,
      offset: offsetOf(ruleId, text, r.span, r.nth),
      ...(r.message !== undefined ? { message: r.message } : {}),
    }));
  }
  return row;
}

/** A finding's row, with the same fields as the row it is compared with. */
export function actualRow(d: JsonDiagnostic, like: Row | undefined): Row {
  const full: Row = {
    rule: d.ruleId, severity: d.severity, text: d.text, length: d.length, message: d.message, lang: d.lang, line: d.line, column: d.column, offset: d.offset, fix: d.fix,
    related: d.related.map((r, i) => {
      const keys = Object.keys((like?.related as Row[] | undefined)?.[i] ?? { lang: 0, text: 0, offset: 0, message: 0 });
      const all: Row = { lang: r.lang, text: r.text, offset: r.offset, message: r.message };
      return Object.fromEntries(keys.map((k) => [k, all[k]]));
    }),
  };
  const keys = like ? Object.keys(like) : Object.keys(full);
  return Object.fromEntries(keys.map((k) => [k, full[k]!]));
}

/** Run one invalid case: the findings and the fixed text, beside what the case expects. */
export function runInvalid(ruleId: string, c: InvalidCase) {
  const text = textOf(c);
  const expected = c.errors.map((e) => expectedRow(ruleId, text, e));
  const found = lintCase(ruleId, c);
  const actual = found.map((d, i) => actualRow(d, expected[i]));
  const fixable = found.some((d) => d.fix);
  return { actual, expected, output: fixable ? applyFixes(text, found).text : undefined };
}

function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

function langOf(e: Expected): Lang {
  return e.lang ?? (hasHan(e.span) ? 'zh' : 'en');
}

const label = (c: ValidCase | InvalidCase) => JSON.stringify(normalize(c).text ?? [normalize(c).en, normalize(c).zh]).slice(0, 120);

/**
 * A rule's test file: its documented examples and the given cases, run through the tester.
 * Together they give at least ten clean texts and five reported ones, in both languages.
 */
export function ruleCases(ruleId: string, cases: Cases): void {
  const rule = rulesById.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const all = allCases(rule, cases);
  describe(`${ruleId}: metadata`, () => {
    it('has a kebab-case id, a description and examples of both kinds', () => {
      expect(ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(20);
      expect(rule.meta.examples.valid.length).toBeGreaterThan(0);
      expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
      for (const ex of rule.meta.examples.invalid) expect(ex.errors.length).toBeGreaterThan(0);
    });
    // The examples count: a case is stated once, in the examples or in the test file.
    it('is tested on at least ten clean texts and five reported ones, in both languages', () => {
      const texts = all.valid.map((c) => textOf(normalize(c)));
      expect(texts.length).toBeGreaterThanOrEqual(10);
      expect(texts.some(hasHan)).toBe(true);
      expect(texts.some((t) => !hasHan(t))).toBe(true);
      expect(all.invalid.length).toBeGreaterThanOrEqual(5);
      expect(new Set(all.invalid.flatMap((c) => c.errors.map(langOf)))).toEqual(new Set(['en', 'zh']));
    });
  });
  describe(`${ruleId}: valid`, () => {
    it.each(all.valid.map((c) => [label(c), normalize(c)] as const))('%s', (_, c) => expect(lintCase(ruleId, c)).toEqual([]));
  });
  describe(`${ruleId}: invalid`, () => {
    it.each(all.invalid.map((c) => [label(c), c] as const))('%s', (_, c) => {
      const { actual, expected, output } = runInvalid(ruleId, c);
      expect(actual).toEqual(expected);
      // A fix is part of the result: a case whose findings carry one states the fixed text, and only then.
      expect(c.output, output === undefined ? 'no finding carries a fix' : 'the case must state the fixed text').toBe(output);
    });
  });
}

/** Every constraint a rule evaluated on every passage of a text. */
export function evaluations(text: string, ruleId: string): Evaluation[] {
  const rule = rulesById.get(ruleId) as ConstraintRule;
  const a = analyze(text);
  return a.passages.flatMap((p) => rule.evaluate(p, a.passages));
}
