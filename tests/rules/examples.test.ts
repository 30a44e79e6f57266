import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintWith } from '../helpers/lint.js';

/** Every rule's documented examples are run, so the documentation cannot drift from the behaviour. */
describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('has a description and examples of both kinds', () => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(rule.meta.examples.valid.length).toBeGreaterThan(0);
    expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
  });
  it.each(rule.meta.examples.valid)('stays silent on: %s', (text) => {
    expect(lintWith(id, text).diagnostics).toEqual([]);
  });
  it.each(rule.meta.examples.invalid)('reports: %s', (text) => {
    const found = lintWith(id, text).diagnostics;
    expect(found.length).toBeGreaterThan(0);
    // A rule reports at its own severity, or lower for a weaker finding (cohort-count warns on a stray denominator).
    expect(found.every((d) => d.ruleId === id)).toBe(true);
    expect(found.some((d) => d.severity === rule.meta.severity) || rule.meta.severity === 'error').toBe(true);
  });
});
