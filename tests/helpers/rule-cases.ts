import { describe, expect, it } from 'vitest';
import { rulesById } from '../../rules/index.js';
import type { ConstraintRule, Evaluation } from '../../src/constraints/evaluation.js';
import { analyze } from '../../src/lint.js';
import { lint } from '../../src/index.js';
import type { Lang, Severity } from '../../src/types.js';

/** One text a rule must report: where, at which severity, and words the message must contain. */
export interface Flagged {
  text: string;
  severity: Severity;
  lang: Lang;
  span: string;
  /** Which occurrence of `span` in the text, when it occurs more than once. */
  nth?: number;
  message: string;
}

export function findings(text: string, ruleId: string) {
  return lint(text).files[0]!.diagnostics.filter((d) => d.ruleId === ruleId);
}

function nthIndex(text: string, span: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(span, at + 1);
  return at;
}

/** Every constraint a rule evaluated on every passage of a text. */
export function evaluations(text: string, ruleId: string): Evaluation[] {
  const rule = rulesById.get(ruleId) as ConstraintRule;
  const a = analyze(text);
  return a.passages.flatMap((p) => rule.evaluate(p, a.passages));
}

/** The shared shape of a rule's test file: its documented examples, clean texts and flagged texts. */
export function ruleCases(ruleId: string, clean: string[], flagged: Flagged[]): void {
  const rule = rulesById.get(ruleId)!;
  describe(`${ruleId}: documented examples`, () => {
    it.each(rule.meta.examples.valid)('valid: %s', (text) => expect(findings(text, ruleId)).toEqual([]));
    it.each(rule.meta.examples.invalid)('invalid: %s', (text) => expect(findings(text, ruleId)).not.toEqual([]));
  });
  describe(`${ruleId}: clean texts stay silent`, () => {
    it('has at least ten, in both languages', () => {
      expect(clean.length).toBeGreaterThanOrEqual(10);
      expect(clean.some((t) => /\p{Script=Han}/u.test(t))).toBe(true);
      expect(clean.some((t) => !/\p{Script=Han}/u.test(t))).toBe(true);
    });
    it.each(clean)('%s', (text) => expect(findings(text, ruleId)).toEqual([]));
  });
  describe(`${ruleId}: flagged texts`, () => {
    it('has at least five, in both languages', () => {
      expect(flagged.length).toBeGreaterThanOrEqual(5);
      expect(new Set(flagged.map((f) => f.lang))).toEqual(new Set(['en', 'zh']));
    });
    it.each(flagged)('$text', (f) => {
      const found = findings(f.text, ruleId);
      const offset = nthIndex(f.text, f.span, f.nth);
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(found.map((d) => [d.ruleId, d.severity, d.lang, d.text, d.offset])).toEqual([[ruleId, f.severity, f.lang, f.span, offset]]);
      expect(found[0]!.message).toContain(f.message);
    });
  });
}
