import { describe, expect, it } from 'vitest';
import { ONE_TAILED } from '../../src/lang/en.js';
import { STATCHECK_CASES } from './cases.js';
import { DEPARTURES, expected, MODES, outcomes, readings, runCase, statcheckFigures, zhenlintFigures, type Outcome } from './table.js';

const read = STATCHECK_CASES.filter((c) => c.results.length > 0);
const unread = STATCHECK_CASES.filter((c) => c.results.length === 0);

/**
 * Texts statcheck reads no result from, and what zhenlint makes of them. Where it
 * reads one, the reading is right; statcheck's tests only pin that statcheck does not.
 */
const BEYOND_STATCHECK: Record<string, { outcomes: Outcome[]; why: string }> = {
  't(28) = 2.20; p = .03': { outcomes: ['inconsistent'], why: 'a semicolon does not take the p away from its statistic' },
  't[28] = 2.20, p = .03': { outcomes: [], why: 'square brackets are not a df' },
  'T(28) = 2.20, p = .03': { outcomes: [], why: "capital T is Wilcoxon's signed-rank statistic, not t" },
  't(28) = 2.20, p = 1.03': { outcomes: ['inconsistent'], why: 'pvalue-bounds: p = 1.03 is not a probability' },
  't(2,28) = 2.20, p = .03': { outcomes: [], why: 't has one df' },
  ' t(553) = − 4.46, p < .0001': { outcomes: ['consistent'], why: 'a minus sign with a space after it is still a minus sign' },
  't(38) >= 2.25, p = .03': { outcomes: [], why: 'a statistic with ≥ is not read' },
  't(38) = 2.25, p >= .03': { outcomes: ['consistent'], why: 'p ≥ .03 holds for t(38) = 2.25 (P ≈ .030)' },
  'Qs(2) = 2.2, p = .03': { outcomes: [], why: 'Qs is no Q test' },
  'Qb(2, N = 187) = 2.20, p = .03': { outcomes: [], why: 'Q has one df' },
  'r(16) = 26.05, p = .10': { outcomes: ['inconsistent'], why: 'an impossible correlation is reported as such' },
  'r(28) = −59, p = .0008': { outcomes: ['inconsistent'], why: 'an impossible correlation is reported as such' },
  ' z(28) = 2.20, p = .03': { outcomes: [], why: 'z has no df' },
  ' Z(28) = 2.20, p = .03': { outcomes: [], why: 'z has no df' },
};

describe("statcheck's test cases", () => {
  it('keep every case of the table accounted for', () => {
    expect(STATCHECK_CASES.length).toBe(214);
    expect(read.reduce((n, c) => n + c.results.length, 0)).toBe(206);
    expect(unread.map((c) => c.text).sort()).toEqual(Object.keys(BEYOND_STATCHECK).sort());
    for (const text of Object.keys(DEPARTURES)) expect(read.some((c) => c.text === text)).toBe(true);
  });

  describe.each(MODES)('%s', (mode) => {
    it.each(read.map((c) => [c.text, c] as const))('%s', (_text, c) => {
      expect(outcomes(c, mode)).toEqual(c.results.map((r) => expected(c, r)));
    });
  });

  it.each(read.map((c) => [c.text, c] as const))('reads %s as statcheck does', (_text, c) => {
    const found = runCase(c, 'as given').map(({ statistic: s }) => s);
    expect(found.map((s) => ({ type: s.measure, df: s.df, test: s.comparator, value: Math.abs(s.value) }))).toEqual(
      c.results.map((r) => ({ type: r.type, df: r.df, test: r.test, value: Math.abs(r.value) })),
    );
  });

  it.each(unread.map((c) => [c.text, c] as const))('beyond statcheck: %s', (_text, c) => {
    expect(runCase(c, 'as given').map((r) => r.outcome)).toEqual(BEYOND_STATCHECK[c.text]!.outcomes);
  });

  it('says what is wrong with an impossible statistic', () => {
    expect(runCase(unread.find((c) => c.text.startsWith('r(16)'))!, 'as given')[0]!.message).toBe(
      'r(16) = 26.05 cannot be right: r lies between −1 and 1.',
    );
  });

  it('checks a whole file of results, one per line, as it checks each alone', () => {
    // A one-tailed test named anywhere covers the whole passage, so that case stays out.
    const cases = read.filter((c) => !ONE_TAILED.test(c.text));
    const starts: number[] = [];
    let doc = '';
    cases.forEach((c, i) => {
      // A results section in studies of 40 results each, as a paper reports them.
      if (i % 40 === 0) doc += `Study ${i / 40 + 1}\n`;
      starts.push(doc.length);
      doc += `${c.text}\n`;
    });
    const all = readings(doc);
    const found = cases.map((c, i) => all.filter((r) => r.statistic.offset >= starts[i]! && r.statistic.offset < starts[i]! + c.text.length).map((r) => r.outcome));
    expect(found).toEqual(cases.map((c) => c.results.map((r) => expected(c, r))));
  });
});

describe('zhenlint against statcheck on its own cases', () => {
  const statcheck = statcheckFigures();
  it('statcheck itself, scored against the same verdicts', () => {
    expect(statcheck).toEqual({
      results: 206, extracted: 206, inconsistencies: 130, inconsistenciesCaught: 130, decisionErrors: 82, decisionErrorsCaught: 82, consistent: 76, falseAlarms: 2,
    });
  });
  it.each(MODES)('%s: recall at least statcheck’s, false alarms at most', (mode) => {
    const z = zhenlintFigures(mode);
    expect(z).toEqual({
      results: 206, extracted: 206, inconsistencies: 130, inconsistenciesCaught: 130, decisionErrors: 82, decisionErrorsCaught: 82, consistent: 76, falseAlarms: 0,
    });
    expect(z.inconsistenciesCaught / z.inconsistencies).toBeGreaterThanOrEqual(statcheck.inconsistenciesCaught / statcheck.inconsistencies);
    expect(z.decisionErrorsCaught / z.decisionErrors).toBeGreaterThanOrEqual(statcheck.decisionErrorsCaught / statcheck.decisionErrors);
    expect(z.falseAlarms).toBeLessThanOrEqual(statcheck.falseAlarms);
  });
});
