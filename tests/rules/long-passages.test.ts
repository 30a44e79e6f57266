import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintExplicitPair, lintRecord } from '../../src/batch/index.js';
import { lintBytes } from '../../src/runner/unit.js';
import type { ConstraintRule } from '../../src/constraints/evaluation.js';
import { analyze } from '../../src/lint.js';
import { lint } from '../../src/index.js';
import type { PassageInfo } from '../../src/pair/index.js';
import { reportSchema } from '../../src/report/schema.js';
import type { PassageContext, PassageRule } from '../../src/rule.js';
import { runCli } from '../helpers/run-cli.js';

/** One paragraph of results that every arithmetic and statistics rule reads, all of it consistent (35 claims). */
const block = (visit: number) =>
  `At visit ${visit}, 4 patients (40.0%) responded and 6/10 improved; the response rate was 80% (1 death, 1PD, 3PR, 5CR), ` +
  'and the 6-month survival rate was 90%. The median score was 12 (IQR 8-20). The hazard ratio was 0.51 (95% CI, 0.34 to 0.77; P = 0.001). ' +
  'Scores differed, t(28) = 2.20, p = .036, and the change was significant (P = 0.03). The number of attacks was 3.25 ± 1.1 per month (n = 12). ' +
  'Overall, 47.1% (8/17) improved: 25% (2/8) of males and 66.7% (6/9) of females. ' +
  'Swelling resolved in 50.0% (5/10) with drug and 20.0% (2/10) with placebo (χ² = 1.98, P = 0.16).';

const COHORT = 'Ten patients were enrolled in this study.';
const passage = (blocks: number) => [COHORT, ...Array.from({ length: blocks }, (_, i) => block(i + 1))].join(' ');

/** Rules that read claims against each other: every constraint rule, and the two passage rules on fractions. */
const checked = rules.filter((r): r is PassageRule => r.meta.scope === 'passage');
const isConstraint = (r: PassageRule): r is ConstraintRule => 'evaluate' in r;

/**
 * The passage with its claim, statistic and sentence lists wrapped so that every element a rule reads
 * is counted: a rule that scans the passage for each claim reads quadratically many.
 */
function counted(info: PassageInfo): { info: PassageInfo; reads: () => number } {
  let reads = 0;
  const wrap = <T>(list: T[]): T[] =>
    new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
  const wrapped: PassageInfo = {
    ...info,
    passage: { ...info.passage, sentences: wrap(info.passage.sentences) },
    claims: wrap(info.claims),
    stats: wrap(info.stats ?? []),
  };
  return { info: wrapped, reads: () => reads };
}

/** Elements of the passage one rule reads, and the constraints it evaluated. */
function cost(ruleId: string, blocks: number): { reads: number; evaluated: number } {
  const rule = checked.find((r) => r.meta.id === ruleId)!;
  const a = analyze(passage(blocks));
  expect(a.passages).toHaveLength(1);
  const { info, reads } = counted(a.passages[0]!);
  let evaluated = 0;
  if (isConstraint(rule)) evaluated = rule.evaluate(info, [info]).length;
  else {
    const ctx = { passages: [info], passage: info, pairs: [], options: undefined, report: () => evaluated++ } as unknown as PassageContext;
    rule.check(ctx);
  }
  return { reads: reads(), evaluated };
}

describe('the arithmetic and statistics rules are linear in the claims of a passage', () => {
  it('the small passage already holds more numbers than the 500 at which the rules used to switch off', () => {
    const a = analyze(passage(40));
    expect(a.passages[0]!.claims.length).toBeGreaterThan(900);
    expect(lint(passage(40)).files[0]!.diagnostics).toEqual([]);
  });

  it.each(checked.map((r) => r.meta.id))('%s reads each claim a bounded number of times, and evaluates every block', (id) => {
    const small = cost(id, 40);
    const large = cost(id, 160);
    // 4 times the claims: linear work reads 4 times as many (a little less, for the fixed first sentence); quadratic, 16 times.
    expect(large.reads, `${small.reads} reads for 40 blocks, ${large.reads} for 160`).toBeLessThanOrEqual(4.2 * small.reads);
    expect(small.reads).toBeGreaterThan(0);
    // Nothing is switched off on the larger passage: each block's constraints are evaluated.
    expect(large.evaluated).toBe(4 * small.evaluated);
  });

  it('each constraint rule evaluates its constraints in every one of 160 blocks (over 4,800 numbers)', () => {
    const a = analyze(passage(160));
    const info = a.passages[0]!;
    const perRule = Object.fromEntries(checked.filter(isConstraint).map((r) => [r.meta.id, r.evaluate(info, a.passages).length]));
    expect(perRule).toEqual({
      'cohort-count': 7 * 160,
      'subgroup-sum': 160,
      'breakdown-sum': 160,
      'rate-from-counts': 3 * 160,
      'percent-bounds': 7 * 160,
      'range-order': 4 * 160,
      'pvalue-bounds': 4 * 160,
      'significance-wording': 160,
      'interval-estimate': 3 * 160,
      'statistic-pvalue': 160,
      'statistic-recompute': 2 * 160,
      grim: 160,
    });
  });
});

describe('a passage with 2,000 numbers is checked fully', () => {
  /** One error for each rule, written in the middle of 70 consistent blocks. */
  const PLANTED = [
    'The objective response rate of the treated patients was 180%.',
    'Patients were followed up for 24-8 months.',
    'The value was P = 1.5.',
    'The hazard ratio was 0.91 (95% CI, 0.34 to 0.77).',
    'Scores differed between the two visits, t(28) = 2.20, p = .01.',
    'The number of attacks was 3.27 ± 1.1 per month (n = 12).',
    'A total of 47.1% (17/36) of patients improved.',
    'There was no significant difference (P = 0.01).',
    'All 14 patients completed the study.',
    'The response rate was 70% (1 death, 1PD, 3PR, 5CR).',
    'A total of 9 patients improved (5 men and 3 women).',
    'The overall response rate was 80% (1 death, 2SD, 3PR, 5CR).',
    'Responses were seen in 18/17 patients.',
  ].join(' ');

  it('finds every error planted in the middle, and only those', () => {
    const blocks = Array.from({ length: 70 }, (_, i) => block(i + 1));
    blocks.splice(35, 0, PLANTED);
    const text = [COHORT, ...blocks].join(' ');
    const a = analyze(text);
    expect(a.passages).toHaveLength(1);
    expect(a.passages[0]!.claims.length).toBeGreaterThan(2_000);
    const file = lint(text).files[0]!;
    expect(file.notices).toBeUndefined();
    const found = file.diagnostics.map((d) => [d.ruleId, d.severity, d.text]);
    expect(found).toEqual([
      ['percent-bounds', 'error', '180%'],
      ['range-order', 'error', '24-8 months'],
      ['pvalue-bounds', 'error', 'P = 1.5'],
      ['interval-estimate', 'error', '0.91'],
      ['statistic-pvalue', 'error', 'p = .01'],
      ['grim', 'error', '3.27 ± 1.1'],
      ['percent-fraction', 'error', '17/36'],
      ['significance-wording', 'error', 'P = 0.01'],
      ['cohort-count', 'error', '14'],
      ['rate-from-counts', 'error', '70%'],
      ['subgroup-sum', 'error', '9'],
      ['breakdown-sum', 'error', '1 death, 2SD, 3PR, 5CR'],
      ['fraction-bounds', 'error', '18/17'],
    ]);
    // Every finding sits in the planted paragraph, past the first 35 blocks.
    const start = text.indexOf(PLANTED);
    expect(file.diagnostics.every((d) => d.offset >= start && d.offset < start + PLANTED.length)).toBe(true);
  });
});

describe('a file of 5,000 English results is checked fully', () => {
  const RESULT = 'Scores differed between the two groups, t(28) = 2.20, p = .036.';
  const WRONG = 'Scores differed between the two groups, t(28) = 2.20, p = .01.';

  it.each([
    ['one result a line', '\n'],
    ['results run on in one paragraph', ' '],
  ])('%s: each result evaluated, the inconsistent ones in the middle and at the end reported', (_name, join) => {
    const lines = Array.from({ length: 5_000 }, () => RESULT);
    lines[2_500] = WRONG;
    lines[4_999] = WRONG;
    const text = lines.join(join);
    const a = analyze(text);
    const rule = rules.find((r) => r.meta.id === 'statistic-pvalue') as ConstraintRule;
    const evaluated = a.passages.flatMap((p) => rule.evaluate(p, a.passages));
    expect(evaluated).toHaveLength(5_000);
    expect(evaluated.filter((e) => !e.holds)).toHaveLength(2);
    const file = lint(text).files[0]!;
    expect(file.diagnostics.map((d) => [d.ruleId, d.text, d.offset])).toEqual([
      ['statistic-pvalue', 'p = .01', 2_500 * (RESULT.length + 1) + WRONG.indexOf('p = .01')],
      ['statistic-pvalue', 'p = .01', text.length - WRONG.length + WRONG.indexOf('p = .01')],
    ]);
  });
});

describe('where a search is still bounded, an info notice says which rule skipped what', () => {
  it('cohort-count: a sentence of 80 fractions whose denominators no nearby fraction explains', () => {
    const fractions = Array.from({ length: 80 }, (_, i) => `1/${100 + i}`).join(', ');
    const report = lint(`Ten patients were enrolled. Responses were seen in ${fractions}.`);
    const file = reportSchema.parse(report).files[0]!;
    expect(file.diagnostics).toEqual([]);
    expect(file.notices).toEqual([
      {
        code: 'rule-budget',
        severity: 'info',
        ruleId: 'cohort-count',
        message:
          'cohort-count: sentence 2 of passage p1 has 80 fractions; each was weighed against the 64 nearest to it for two that split a stated group, ' +
          'and the denominators of 80 (1/100, …) were not checked against the cohort of 10.',
      },
    ]);
  });

  it('cohort-count: the same sentence with 20 fractions is checked in full and reported', () => {
    const fractions = Array.from({ length: 20 }, (_, i) => `1/${100 + i}`).join(', ');
    const file = lint(`Ten patients were enrolled. Responses were seen in ${fractions}.`).files[0]!;
    expect(file.notices).toBeUndefined();
    expect(file.diagnostics.filter((d) => d.ruleId === 'cohort-count')).toHaveLength(20);
  });

  it('subgroup-sum: subgroups whose total would lie more than 64 fractions back', () => {
    const earlier = ['2/40', ...Array.from({ length: 70 }, () => '0/40')].join(', ');
    const file = lint(`Rates were ${earlier}. Responses were 1/20 and 2/20.`).files[0]!;
    expect(file.diagnostics).toEqual([]);
    expect(file.notices).toEqual([
      {
        code: 'rule-budget',
        severity: 'info',
        ruleId: 'subgroup-sum',
        message:
          'subgroup-sum: the last 2 fractions of sentence 2 of passage p1 (1/20, …) add up to a total out of 40; ' +
          'only the 64 nearest of the 71 earlier fractions out of 40 were weighed as that total, and the sentence was not checked further.',
      },
    ]);
  });

  it('subgroup-sum: with the total among the 64 nearest, the sentence is checked and reported', () => {
    const earlier = ['2/40', ...Array.from({ length: 10 }, () => '0/40')].join(', ');
    const file = lint(`Rates were ${earlier}. Responses were 1/20 and 2/20.`).files[0]!;
    expect(file.notices).toBeUndefined();
    expect(file.diagnostics.map((d) => [d.ruleId, d.text, d.message])).toEqual([
      ['subgroup-sum', '1/20', 'The subgroups 1/20 and 2/20 add up to 3/40 (7.5%), but the total they split is 2/40.'],
    ]);
  });

  it('pair-number-mismatch: aligned sentences of 201 numbers are matched by exact value only, and a changed value is reported missing', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => `${(i + 10) / 10}`);
    const pairOf = (n: number, change = (zh: string) => zh) =>
      `Ten patients were enrolled. The values were ${values(n).join(', ')}.\n\n共纳入10例患者。数值分别为${change(values(n).join('、'))}。\n`;
    const file = lint(pairOf(201, (zh) => zh.replace('、5.5、', '、5.7、'))).files[0]!;
    expect(file.diagnostics.map((d) => [d.ruleId, d.severity, d.text])).toEqual([['pair-number-missing', 'warning', '5.5']]);
    expect(file.notices).toEqual([
      {
        code: 'rule-budget',
        severity: 'info',
        ruleId: 'pair-number-mismatch',
        message:
          'pair-number-mismatch: an aligned sentence of passages p1 and p2 (the first: sentence 2 of passage p1) holds more than 200 numbers; ' +
          'their values were matched by exact value only, so a value changed there is reported as missing, not as a mismatch.',
      },
    ]);
    expect(lint(pairOf(201)).files[0]!.diagnostics).toEqual([]);
    const full = lint(pairOf(200, (zh) => zh.replace('、5.5、', '、5.7、'))).files[0]!;
    expect(full.notices).toBeUndefined();
    expect(full.diagnostics.map((d) => [d.ruleId, d.severity, d.text])).toEqual([['pair-number-mismatch', 'error', '5.7']]);
  });

  it('the command prints the notice on standard error, lists it in the JSON report, and exits 0', () => {
    const fractions = Array.from({ length: 80 }, (_, i) => `1/${100 + i}`).join(', ');
    const r = runCli(['--stdin', '--stdin-filename', 'results.txt', '--format', 'json'], `Ten patients were enrolled. Responses were seen in ${fractions}.\n`);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('results.txt: cohort-count: sentence 2 of passage p1 has 80 fractions;');
    const file = reportSchema.parse(JSON.parse(r.stdout)).files[0]!;
    expect(file.diagnostics).toEqual([]);
    expect(file.notices?.map((n) => [n.code, n.severity, n.ruleId])).toEqual([['rule-budget', 'info', 'cohort-count']]);
  });

  it('a file read with invalid bytes keeps both notices', () => {
    const fractions = Array.from({ length: 80 }, (_, i) => `1/${100 + i}`).join(', ');
    const bytes = new Uint8Array([...new TextEncoder().encode(`Ten patients were enrolled. Responses were seen in ${fractions}.`), 0xff]);
    expect(lintBytes('x.txt', bytes).file.notices?.map((n) => n.code)).toEqual(['invalid-bytes', 'rule-budget']);
  });

  it('batch records and explicit pairs carry the notice too', () => {
    const fractions = Array.from({ length: 80 }, (_, i) => `1/${100 + i}`).join(', ');
    const en = `Ten patients were enrolled. Responses were seen in ${fractions}.`;
    const zh = '共纳入 10 例患者。';
    expect(lintExplicitPair(en, zh).notices?.map((n) => n.ruleId)).toEqual(['cohort-count']);
    expect(lintRecord({ id: 'r1', text: en }).notices?.map((n) => n.ruleId)).toEqual(['cohort-count']);
    expect(lintRecord({ id: 'r2', en: 'Ten patients were enrolled.', zh }).notices).toBeUndefined();
  });

  it('a rule turned off says nothing about what it would have skipped', () => {
    const fractions = Array.from({ length: 80 }, (_, i) => `1/${100 + i}`).join(', ');
    const file = lint(`Ten patients were enrolled. Responses were seen in ${fractions}.`, { rules: { 'cohort-count': 'off' } }).files[0]!;
    expect(file.notices).toBeUndefined();
  });
});
