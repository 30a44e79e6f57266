import { lint, type RuleSetting } from '../../src/index.js';
import { rules } from '../../rules/index.js';

/** Lint a text with only one rule switched on, at its default severities. */
export function lintWith(ruleId: string, text: string) {
  const only: Record<string, RuleSetting> = {};
  for (const r of rules) if (r.meta.id !== ruleId) only[r.meta.id] = 'off';
  return lint(text, { rules: only }).files[0]!;
}

/** The findings of one rule as [ruleId, severity, lang, text] rows, in text order. */
export function findings(ruleId: string, text: string): [string, string, string, string][] {
  return lintWith(ruleId, text).diagnostics.map((d) => [d.ruleId, d.severity, d.lang, d.text]);
}
