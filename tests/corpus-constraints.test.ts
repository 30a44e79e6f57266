import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { ConstraintRule } from '../src/constraints/evaluation.js';
import { analyze } from '../src/lint.js';
import { lint } from '../src/index.js';

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

/** Abstracts of Chinese journals with the authors' own English versions; only pair-number findings are true there (see its README). */
const MEDLINE = fileURLToPath(new URL('../../shared/corpus/medline/wmt-medline-en2zh.jsonl', import.meta.url));
const medlinePresent = existsSync(MEDLINE);
const medline: { id: string; en: string; zh: string }[] = medlinePresent
  ? readFileSync(MEDLINE, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  : [];

describe.skipIf(!medlinePresent)('arithmetic and statistics rules on the medline development pairs', () => {
  const ids = new Set(constraintRules.map((r) => r.meta.id));

  it('are silent on every pair', () => {
    const found = medline.flatMap((p) => lint(`${p.en}\n${p.zh}`).files[0]!.diagnostics.filter((d) => ids.has(d.ruleId)).map((d) => `${p.id} ${d.ruleId} ${d.text}`));
    expect(found).toEqual([]);
  });

  it('read "the 20 cases of chromosome G banding" as a subset of the 30 patients enrolled (wmt-en2zh-doc19)', () => {
    const p = medline.find((x) => x.id === 'wmt-en2zh-doc19')!;
    const a = analyze(`${p.en}\n${p.zh}`);
    const cohort = constraintRules.find((r) => r.meta.id === 'cohort-count')!;
    const evaluated = a.passages.flatMap((info) => cohort.evaluate(info, a.passages)).map((e) => [e.holds, e.constraint]);
    expect(evaluated).toContainEqual([true, '20, a subset the text defines, ≤ 30']);
  });

  it('evaluated the p-values, ranges and cohorts they state, and all of them hold', () => {
    const evaluated = medline.flatMap((p) => {
      const a = analyze(`${p.en}\n${p.zh}`);
      return a.passages.flatMap((info) => constraintRules.flatMap((r) => r.evaluate(info, a.passages)));
    });
    expect(evaluated.filter((e) => !e.holds).map((e) => e.constraint)).toEqual([]);
    const byRule = (id: string) => evaluated.filter((e) => e.rule === id).length;
    // Measured: 52 p-values, 39 ranges, 21 cohort counts, 21 significance wordings, 8 shares, 4 subgroup lists.
    expect(byRule('pvalue-bounds')).toBeGreaterThanOrEqual(45);
    expect(byRule('range-order')).toBeGreaterThanOrEqual(30);
    expect(byRule('cohort-count')).toBeGreaterThanOrEqual(18);
    expect(byRule('significance-wording')).toBeGreaterThanOrEqual(18);
    expect(byRule('subgroup-sum')).toBeGreaterThanOrEqual(4);
  });
});
