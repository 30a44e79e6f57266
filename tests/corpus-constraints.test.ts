import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { ConstraintRule } from '../src/constraints/evaluation.js';
import { analyze, lint } from '../src/lint.js';

/** Published English/Chinese abstract pairs, kept beside the repository, never in it. */
const CORPUS = fileURLToPath(new URL('../../shared/corpus/nejm-pairs.jsonl', import.meta.url));
const present = existsSync(CORPUS);
const pairs: { id: string; en: string; zh: string }[] = present
  ? readFileSync(CORPUS, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  : [];
const constraintRules = rules.filter((r): r is ConstraintRule => 'evaluate' in r);

describe.skipIf(!present)('arithmetic and statistics rules on published abstract pairs', () => {
  it.each(pairs.map((p) => [p.id, p] as const))('%s: silent', (_id, p) => {
    const ids = new Set(constraintRules.map((r) => r.meta.id));
    const found = lint(`${p.en}\n${p.zh}`).files[0]!.diagnostics.filter((d) => ids.has(d.ruleId));
    expect(found).toEqual([]);
  });

  it('evaluated the intervals, estimates and p-values they state, and all of them hold', () => {
    const evaluated = pairs.flatMap((p) => {
      const a = analyze(`${p.en}\n${p.zh}`);
      return a.passages.flatMap((info) => constraintRules.flatMap((r) => r.evaluate(info, a.passages)));
    });
    expect(evaluated.every((e) => e.holds)).toBe(true);
    const byRule = (id: string) => evaluated.filter((e) => e.rule === id).length;
    // Hazard and risk ratios with 95% CIs in both languages of five abstracts.
    expect(byRule('interval-estimate')).toBeGreaterThanOrEqual(40);
    expect(byRule('range-order')).toBeGreaterThanOrEqual(30);
    expect(byRule('subgroup-sum')).toBeGreaterThanOrEqual(3);
  });
});
