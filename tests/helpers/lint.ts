import { lint, type RuleEntry } from '../../src/index.js';
import { rules } from '../../rules/index.js';

/** Rule settings with every rule off but one, at its default severity (with its options, if given). */
export function onlyRule(ruleId: string, options?: unknown): Record<string, RuleEntry> {
  const only: Record<string, RuleEntry> = {};
  for (const r of rules) only[r.meta.id] = 'off';
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  only[ruleId] = options === undefined ? rule.meta.severity : [rule.meta.severity, options];
  return only;
}

/** Lint a text with only one rule switched on, at its default severity. */
export function lintWith(ruleId: string, text: string) {
  return lint(text, { rules: onlyRule(ruleId) }).files[0]!;
}

/** The findings of one rule as [ruleId, severity, lang, text] rows, in text order. */
export function findings(ruleId: string, text: string): [string, string, string, string][] {
  return lintWith(ruleId, text).diagnostics.map((d) => [d.ruleId, d.severity, d.lang, d.text]);
}
