import { describe, expect, it } from 'vitest';
import { rulesById } from '../../rules/index.js';
import { decidingEvaluations } from '../../src/constraints/checks/index.js';
import { checkPassage, type BudgetedEvaluator, type ConstraintRule } from '../../src/constraints/evaluation.js';
import { analyze, runRules } from '../../src/lint.js';

const TEXT = 'Ten patients were enrolled. The response rate was 70% (1 death, 1PD, 3PR, 5CR).\n共纳入 10 例患者。有效率为 80%（1例死亡，1例PD，3例PR，5例CR）。';

describe('constraint checks are computed once per passage', () => {
  it('a check runs once on a passage, whoever asks and whatever other passages are given', () => {
    const a = analyze(TEXT);
    let calls = 0;
    const check = () => {
      calls++;
      return [];
    };
    const first = checkPassage(check, a.passages[0]!, a.passages);
    expect(checkPassage(check, a.passages[0]!, [])).toBe(first);
    expect(calls).toBe(1);
    checkPassage(check, a.passages[1]!, a.passages);
    expect(calls).toBe(2);
  });

  it('what a check skips stays its own when it asks for the outcome of another check in between', () => {
    const a = analyze(TEXT);
    const inner: BudgetedEvaluator = (_info, _all, ctx) => {
      ctx.skip('b');
      return [];
    };
    const outer: BudgetedEvaluator = (info, all, ctx) => {
      ctx.skip('a');
      checkPassage(inner, info, all);
      ctx.skip('c');
      return [];
    };
    const none: BudgetedEvaluator = () => [];
    expect(checkPassage(outer, a.passages[0]!, a.passages).skipped).toEqual(['a', 'c']);
    expect(checkPassage(inner, a.passages[0]!, a.passages).skipped).toEqual(['b']);
    expect(checkPassage(none, a.passages[0]!, a.passages).skipped).toEqual([]);
  });

  it('the cross-language rule reads the evaluations the passage rules reported from', () => {
    const a = analyze(TEXT);
    const found = runRules(a).filter((d) => d.ruleId === 'rate-from-counts' || d.ruleId === 'pair-number-mismatch');
    expect(found.map((d) => [d.ruleId, d.lang, d.text])).toEqual([
      ['pair-number-mismatch', 'en', '70%'],
      ['rate-from-counts', 'en', '70%'],
    ]);
    expect(found[0]!.message).toContain('both versions state the rate-from-counts constraint');
    const rule = rulesById.get('rate-from-counts') as ConstraintRule;
    const en = rule.evaluate(a.passages[0]!, a.passages);
    expect(en).toHaveLength(1);
    // The same objects: evaluated once, read by the rule and by the triangulation.
    expect(decidingEvaluations(a.passages[0]!, [])).toContain(en[0]);
  });
});
