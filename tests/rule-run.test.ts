import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { analyze, runRules, type LintOptions } from '../src/lint.js';
import type { JsonDiagnostic, Notice } from '../src/report/schema.js';
import { findingOrder } from '../src/report/summary.js';
import { ruleSchedule } from '../src/rule-schedule.js';
import type { RuleContext } from '../src/rule.js';
import type { PairAlignment, PassageInfo } from '../src/types.js';
import { ROOT } from './helpers/run-cli.js';
import { seedText } from './helpers/temp.js';

describe('ruleSchedule', () => {
  it('runs each pair after the later of its passages and releases a passage after the last step that reads it', () => {
    // p0 and p3 pair across p1 and p2, which pair with each other; p4 is alone.
    expect(ruleSchedule(5, [[2, 1], [0, 3]])).toEqual([
      { passage: 0 },
      { passage: 1 },
      { passage: 2 },
      { pair: 0 },
      { release: 1 },
      { release: 2 },
      { passage: 3 },
      { pair: 1 },
      { release: 0 },
      { release: 3 },
      { passage: 4 },
      { release: 4 },
    ]);
  });

  it('keeps a passage two pairs read until the second is done', () => {
    expect(ruleSchedule(3, [[0, 1], [0, 2]])).toEqual([
      { passage: 0 },
      { passage: 1 },
      { pair: 0 },
      { release: 1 },
      { passage: 2 },
      { pair: 1 },
      { release: 0 },
      { release: 2 },
    ]);
  });

  it.each([
    [[0, 1]],
    [[1, 0]],
  ] as const)('runs one pair of two passages %j after both, then releases both', (pair) => {
    expect(ruleSchedule(2, [pair])).toEqual([{ passage: 0 }, { passage: 1 }, { pair: 0 }, { release: 0 }, { release: 1 }]);
  });

  it('has nothing to run without passages', () => {
    expect(ruleSchedule(0, [])).toEqual([]);
  });
});

/** Every rule but one turned off. */
const only = (id: string): LintOptions => ({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === id ? r.meta.severity : 'off'])) });

/** What a run of one rule after another gives: each rule's findings in turn, then ordered by place (a stable sort), and the notices rule by rule. */
function ruleByRule(text: string): { diagnostics: JsonDiagnostic[]; notices: Notice[] } {
  const diagnostics: JsonDiagnostic[] = [];
  const notices: Notice[] = [];
  for (const rule of rules) diagnostics.push(...runRules(analyze(text), only(rule.meta.id), undefined, notices));
  return { diagnostics: diagnostics.sort(findingOrder), notices };
}

describe('runRules, passage by passage', () => {
  // Every seed in one file: several abstract pairs and the page chrome around them.
  const seeds = readdirSync(`${ROOT}seeds`).filter((f) => f.endsWith('.txt')).sort().map(seedText).join('\n\n');
  const fractions = Array.from({ length: 80 }, (_, i) => `1/${100 + i}`).join(', ');
  // A passage whose search a rule bounds, with an info notice, between the seeds.
  const text = `${seeds}\n\nTen patients were enrolled. Responses were seen in ${fractions}.\n\n${seeds}`;

  it('reports the findings and notices of a run rule by rule, in its order', () => {
    const notices: Notice[] = [];
    const diagnostics = runRules(analyze(text), {}, undefined, notices);
    const expected = ruleByRule(text);
    expect(diagnostics).toEqual(expected.diagnostics);
    expect(notices).toEqual(expected.notices);
    expect(notices.map((n) => n.ruleId)).toEqual(['cohort-count']);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['cohort-count', 'pair-number-mismatch', 'percent-fraction', 'cohort-count', 'pair-number-mismatch', 'percent-fraction']);
  });

  /** Rules that see what they are given, and report it at the start of the text, with a notice. */
  function withSpies(run: () => void): { scope: string; info: PassageInfo }[] {
    const seen: { scope: string; info: PassageInfo }[] = [];
    const at = { offset: 0, length: 1, lang: 'en' as const, text: 'x' };
    let passages = 0;
    let pairs = 0;
    const spies = [
      {
        meta: { id: 'spy-passage', scope: 'passage', severity: 'info', description: '' },
        check: (ctx: RuleContext & { passage: PassageInfo }) => {
          seen.push({ scope: 'passage', info: ctx.passage });
          ctx.report({ span: at, message: `passage ${passages}` });
          ctx.notice?.(`passage ${passages++}`);
        },
      },
      {
        meta: { id: 'spy-pair', scope: 'pair', severity: 'info', description: '' },
        check: (ctx: RuleContext & { pair: PairAlignment }) => {
          seen.push({ scope: 'en', info: ctx.pair.en }, { scope: 'zh', info: ctx.pair.zh });
          ctx.report({ span: at, message: `pair ${pairs}` });
          ctx.notice?.(`pair ${pairs++}`);
        },
      },
    ] as unknown as typeof rules;
    rules.push(...spies);
    try {
      run();
    } finally {
      rules.splice(rules.length - spies.length, spies.length);
    }
    return seen;
  }
  const noRule = only('none');

  it('puts findings at one place, and notices, in the order a run rule by rule gives them', () => {
    const analysis = analyze(text);
    const notices: Notice[] = [];
    let diagnostics: JsonDiagnostic[] = [];
    withSpies(() => (diagnostics = runRules(analysis, noRule, undefined, notices)));
    const n = analysis.passages.length;
    const m = analysis.pairs.length;
    expect([n, m]).toEqual([20, 2]);
    const count = (k: number, what: string) => Array.from({ length: k }, (_, i) => `${what} ${i}`);
    // Every finding is at offset 0: by rule id, then as each rule met them.
    expect(diagnostics.map((d) => d.message)).toEqual([...count(m, 'pair'), ...count(n, 'passage')]);
    expect(notices.map((d) => d.message)).toEqual([...count(n, 'spy-passage: passage'), ...count(m, 'spy-pair: pair')]);
  });

  it('gives rules a view of each passage, the same one to its passage rules and its pairs', () => {
    const analysis = analyze(seedText('001_b2d88acf0b6bdb1d.txt'));
    const seen = withSpies(() => runRules(analysis, noRule));
    expect(analysis.pairs).toHaveLength(1);
    const pair = analysis.pairs[0]!;
    const passageViews = seen.filter((s) => s.scope === 'passage').map((s) => s.info);
    expect(passageViews).toHaveLength(analysis.passages.length);
    passageViews.forEach((v, i) => {
      expect(v).not.toBe(analysis.passages[i]);
      expect(v).toEqual(analysis.passages[i]);
    });
    expect(seen.find((s) => s.scope === 'en')!.info).toBe(passageViews[analysis.passages.indexOf(pair.en)]);
    expect(seen.find((s) => s.scope === 'zh')!.info).toBe(passageViews[analysis.passages.indexOf(pair.zh)]);
  });
});

describe('rule settings', () => {
  it("parse a rule's options once for a settings object, however many texts are linted with it", () => {
    let parses = 0;
    const given: unknown[] = [];
    const spy = {
      meta: { id: 'spy-options', scope: 'passage', severity: 'info', description: '', options: { parse: (raw: unknown) => (parses++, { ...(raw as object) }) } },
      check: (ctx: RuleContext) => void given.push(ctx.options),
    } as unknown as (typeof rules)[number];
    rules.push(spy);
    try {
      const settings: LintOptions = { rules: { 'spy-options': ['info', { limit: 3 }] } };
      const text = seedText('001_b2d88acf0b6bdb1d.txt');
      for (let k = 0; k < 3; k++) runRules(analyze(text), settings);
      expect(parses).toBe(1);
      expect(given).toHaveLength(6);
      expect(given.every((o) => o === given[0])).toBe(true);
      expect(given[0]).toEqual({ limit: 3 });
      // Other settings are parsed for themselves.
      runRules(analyze(text), { rules: { 'spy-options': ['info', { limit: 4 }] } });
      expect(parses).toBe(2);
      expect(given.at(-1)).toEqual({ limit: 4 });
    } finally {
      rules.splice(rules.indexOf(spy), 1);
    }
  });
});
