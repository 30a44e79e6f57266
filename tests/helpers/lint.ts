import { lint, type RuleEntry } from '../../src/index.js';
import { rules } from '../../rules/index.js';

/**
 * Rule settings with every rule off but one. That one keeps its own severities (a rule
 * set to a severity reports every finding at it), unless options are given with it.
 */
export function onlyRule(ruleId: string, options?: unknown): Record<string, RuleEntry> {
  const only: Record<string, RuleEntry> = {};
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  for (const r of rules) if (r !== rule) only[r.meta.id] = 'off';
  if (options !== undefined) only[ruleId] = [rule.meta.severity, options];
  return only;
}

/** Lint a text with only one rule switched on, at its default severities. */
export function lintWith(ruleId: string, text: string) {
  return lint(text, { rules: onlyRule(ruleId) }).files[0]!;
}

/** The findings of one rule as [ruleId, severity, lang, text] rows, in text order. */
export function findings(ruleId: string, text: string): [string, string, string, string][] {
  return lintWith(ruleId, text).diagnostics.map((d) => [d.ruleId, d.severity, d.lang, d.text]);
}
