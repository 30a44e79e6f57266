import { rules } from '../../rules/index.js';
import { analyze, runRules, type RuleSetting } from '../../src/lint.js';
import type { Claim } from '../../src/types.js';
import { STATCHECK_CASES, type StatcheckCase, type StatcheckResult, type Verdict } from './cases.js';

/**
 * Runs statcheck's table through zhenlint and scores both tools against the same
 * expected verdicts: statcheck's own, except where zhenlint departs on purpose
 * (DEPARTURES), in which case statcheck's verdict is scored as its miss or false alarm.
 */

/** How a case is put to zhenlint. */
export type Mode = 'as given' | 'in a sentence' | 'alone on a line';
export const MODES: Mode[] = ['as given', 'in a sentence', 'alone on a line'];

/** What zhenlint made of one result: a verdict, or not read (no statistic with its p). */
export type Outcome = Verdict | 'not read';

/** Cases where the expected verdict is not statcheck's default one, and why. */
export const DEPARTURES: Record<string, { verdict: Verdict; why: string }> = {
  't(28) = 2.20, p = .018, one-tailed': {
    verdict: 'consistent',
    why: 'the text says one-tailed and p = .018 is the one-tailed p: statcheck accepts it only with OneTailedTxt = TRUE, zhenlint always does',
  },
  't(28) < 2.15393486769497, p < .04': {
    verdict: 'consistent',
    why: 'a floating-point tie: the printed t lies 5e-15 above the t of P = .04, so t below it reaches P = .04 − 4e-16 and p < .04 can hold; statcheck reads the bound as its rounding interval\'s lower end and calls it an error',
  },
};

export function expected(c: StatcheckCase, r: StatcheckResult): Verdict {
  return DEPARTURES[c.text]?.verdict ?? r.verdict;
}

const CHECKING = new Set(['statistic-pvalue', 'pvalue-bounds']);
const ONLY: Record<string, RuleSetting> = Object.fromEntries(rules.map((r) => [r.meta.id, CHECKING.has(r.meta.id) ? r.meta.severity : 'off']));

/** The text put to zhenlint, and where the case's own text starts in it. */
export function framed(text: string, mode: Mode): { doc: string; at: number } {
  if (mode === 'as given') return { doc: text, at: 0 };
  if (mode === 'in a sentence') {
    const core = text.trim().replace(/\.$/, '');
    const head = 'Scores differed between the two groups of participants, ';
    return { doc: `${head}${core}, as the analysis showed.`, at: head.length - (text.length - text.trimStart().length) };
  }
  const head = 'Results\n';
  return { doc: `${head}${text}\nAll analyses were run with the same software.`, at: head.length };
}

export interface Reading {
  statistic: Claim;
  outcome: Outcome;
  message?: string;
}

/** zhenlint's statistics in [from, to) of a document, each with its verdict. */
export function readings(doc: string, from = 0, to = doc.length): Reading[] {
  const analysis = analyze(doc);
  const diagnostics = runRules(analysis, { rules: ONLY });
  const stats = analysis.passages.flatMap((p) => p.stats ?? []);
  const byId = new Map(stats.map((s) => [s.id, s]));
  const out: Reading[] = [];
  for (const s of stats) {
    if (s.kind !== 'statistic' || s.offset < from || s.offset >= to) continue;
    const p = s.pvalue ? byId.get(s.pvalue) : undefined;
    const on = (c: Claim) => (d: { offset: number; length: number }) => d.offset < c.offset + c.length && c.offset < d.offset + d.length;
    const found = diagnostics.filter((d) => on(s)(d) || (p && on(p)(d)));
    const flips = found.find((d) => d.ruleId === 'statistic-pvalue' && /flips the decision/.test(d.message));
    const outcome: Outcome = found.length ? (flips ? 'decision error' : 'inconsistent') : p ? 'consistent' : 'not read';
    out.push({ statistic: s, outcome, ...(found[0] ? { message: found[0].message } : {}) });
  }
  return out.sort((a, b) => a.statistic.offset - b.statistic.offset);
}

export function runCase(c: StatcheckCase, mode: Mode): Reading[] {
  const { doc, at } = framed(c.text, mode);
  return readings(doc, at, at + c.text.length);
}

export interface Figures {
  results: number;
  extracted: number;
  inconsistencies: number;
  inconsistenciesCaught: number;
  decisionErrors: number;
  decisionErrorsCaught: number;
  consistent: number;
  falseAlarms: number;
}

const flagged = (o: Outcome) => o === 'inconsistent' || o === 'decision error';

function tally(pairs: { want: Verdict; got: Outcome }[]): Figures {
  const f: Figures = { results: 0, extracted: 0, inconsistencies: 0, inconsistenciesCaught: 0, decisionErrors: 0, decisionErrorsCaught: 0, consistent: 0, falseAlarms: 0 };
  for (const { want, got } of pairs) {
    f.results++;
    if (got !== 'not read') f.extracted++;
    if (want === 'consistent') {
      f.consistent++;
      if (flagged(got)) f.falseAlarms++;
    } else {
      f.inconsistencies++;
      if (flagged(got)) f.inconsistenciesCaught++;
    }
    if (want === 'decision error') {
      f.decisionErrors++;
      if (got === 'decision error') f.decisionErrorsCaught++;
    }
  }
  return f;
}

/** zhenlint's outcome for each result statcheck reads, in order (results beyond zhenlint's readings are not read). */
export function outcomes(c: StatcheckCase, mode: Mode): Outcome[] {
  const found = runCase(c, mode);
  return c.results.map((_, i) => found[i]?.outcome ?? 'not read');
}

export function zhenlintFigures(mode: Mode, cases = STATCHECK_CASES): Figures {
  return tally(cases.flatMap((c) => {
    const got = outcomes(c, mode);
    return c.results.map((r, i) => ({ want: expected(c, r), got: got[i]! }));
  }));
}

export function statcheckFigures(cases = STATCHECK_CASES): Figures {
  return tally(cases.flatMap((c) => c.results.map((r) => ({ want: expected(c, r), got: r.verdict as Outcome }))));
}

export const percent = (k: number, n: number) => (n ? Math.round((1000 * k) / n) / 10 : 100);

export function summary(f: Figures): string {
  return `extracted ${f.extracted}/${f.results} (${percent(f.extracted, f.results)}%), inconsistencies caught ${f.inconsistenciesCaught}/${f.inconsistencies} (${percent(f.inconsistenciesCaught, f.inconsistencies)}%), decision errors caught ${f.decisionErrorsCaught}/${f.decisionErrors} (${percent(f.decisionErrorsCaught, f.decisionErrors)}%), false alarms ${f.falseAlarms}/${f.consistent}`;
}
