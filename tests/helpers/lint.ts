import { lint, type RuleSetting } from '../../src/index.js';
import { rules } from '../../rules/index.js';

/** Lint a text with only one rule switched on, at its default severity. */
export function lintWith(ruleId: string, text: string) {
  const only: Record<string, RuleSetting> = {};
  for (const r of rules) only[r.meta.id] = r.meta.id === ruleId ? r.meta.severity : 'off';
  return lint(text, { rules: only }).files[0]!;
}

/** The findings of one rule as [ruleId, severity, lang, text] rows, in text order. */
export function findings(ruleId: string, text: string): [string, string, string, string][] {
  return lintWith(ruleId, text).diagnostics.map((d) => [d.ruleId, d.severity, d.lang, d.text]);
}
