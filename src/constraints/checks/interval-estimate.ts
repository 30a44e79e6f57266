import type { Evaluation } from '../evaluation.js';
import { pFromZ, Z_OF_LEVEL } from '../../numbers/distributions.js';
import { claimInterval, compose, fmt, interval, meets, type Interval } from '../../numbers/rounding.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';

export const ID = 'interval-estimate';
const RATIO = new Set(['HR', 'OR', 'RR', 'IRR']);
/** How far (in half-widths of the log interval) a ratio may sit from the geometric mean of its bounds. */
const MAX_ASYMMETRY = 0.5;
/** The p implied by a CI is an approximation (Altman & Bland 2011): only a gap of more than this factor is reported. */
const P_FACTOR = 2;

function gap(a: Interval, b: Interval): number {
  return Math.max(0, a.lo - b.hi, b.lo - a.hi);
}

/**
 * Whether an estimate's rounding interval and its CI's share more than an end: `0.87` (0.865 to 0.875) is never
 * within `0.88-0.90` (from 0.875), whose lower bound it would have to round to; an estimate equal to a bound
 * (`0.87 (0.87-0.90)`) shares the whole rounding interval with it.
 */
function overlaps(a: Interval, b: Interval): boolean {
  if (a.hi <= a.lo || b.hi <= b.lo) return meets(a, b);
  const tol = 1e-9 * Math.max(1, ...[a.lo, a.hi, b.lo, b.hi].filter(Number.isFinite).map(Math.abs));
  return a.lo < b.hi - tol && b.lo < a.hi - tol;
}

export function evaluate(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  const stats = info.stats ?? [];
  const byId = new Map(stats.map((s) => [s.id, s]));
  for (const e of stats) {
    if (e.kind !== 'estimate' || !e.beside) continue;
    const ci = byId.get(e.beside)!;
    if (ci.low! > ci.high!) continue; // range-order reports it
    const d = Math.max(e.decimals, ci.decimals);
    const E = claimInterval(e);
    const lo = interval(ci.low!, ci.decimals);
    const hi = interval(ci.high!, ci.decimals);
    const within = overlaps(E, { lo: lo.lo, hi: hi.hi });
    out.push({
      rule: ID,
      constraint: `${e.measure} ${e.text} within ${ci.level}% CI ${ci.text}`,
      holds: within,
      claims: [e, ci],
      ...(within ? {} : {
        problem: {
          claim: e,
          message: `The estimate ${e.text} lies outside its own ${ci.level}% confidence interval ${fmt(ci.low!, ci.decimals)} to ${fmt(ci.high!, ci.decimals)}.`,
          related: [{ claim: ci, message: 'The confidence interval of the estimate.' }],
          actual: e.text,
          expected: `between ${fmt(ci.low!, ci.decimals)} and ${fmt(ci.high!, ci.decimals)}`,
        },
      }),
    });
    if (!within || !RATIO.has(e.measure!) || lo.lo <= 0 || E.lo <= 0) continue;

    // A ratio's CI is symmetric on the log scale: the estimate sits near the geometric mean of the bounds.
    const lnE = compose([E], Math.log);
    const centre = compose([lo, hi], (a, b) => (Math.log(a) + Math.log(b)) / 2);
    const half = compose([lo, hi], (a, b) => (Math.log(b) - Math.log(a)) / 2);
    const asym = half.hi > 0 ? gap(lnE, centre) / half.hi : 0;
    const gm = Math.sqrt(ci.low! * ci.high!);
    const symmetric = asym <= MAX_ASYMMETRY;
    out.push({
      rule: ID,
      constraint: `${e.measure} ${e.text} near √(${ci.low}·${ci.high}) = ${fmt(gm, d + 1)}`,
      holds: symmetric,
      claims: [e, ci],
      ...(symmetric ? {} : {
        problem: {
          claim: e,
          severity: 'warning' as const,
          message: `A ${e.measure} sits at the geometric mean of its confidence bounds, √(${ci.low} × ${ci.high}) = ${fmt(gm, d + 1)}, but ${e.text} is written: the estimate or a bound may be mistyped.`,
          related: [{ claim: ci, message: 'The confidence interval of the estimate.' }],
          actual: e.text,
          expected: fmt(gm, e.decimals),
        },
      }),
    });

    // The p-value the CI implies: z = |ln est| / SE, SE = ln(hi/lo) / (2 z_level).
    const p = e.pvalue ? byId.get(e.pvalue) : undefined;
    const zl = Z_OF_LEVEL[ci.level ?? 95];
    if (!p || zl === undefined) continue;
    const implied = compose([E, lo, hi], (x, a, b) => pFromZ(Math.log(x) / ((Math.log(b) - Math.log(a)) / (2 * zl))));
    const reportedP = claimInterval(p);
    const wide = { lo: implied.lo / P_FACTOR, hi: Math.min(1, implied.hi * P_FACTOR) };
    const excludesNull = lo.lo > 1 || hi.hi < 1;
    const includesNull = lo.hi < 1 && hi.lo > 1;
    const flips = ci.level === 95 && ((excludesNull && reportedP.lo >= 0.05) || (includesNull && reportedP.hi < 0.05));
    const holds = !flips && meets(wide, reportedP);
    const pd = Math.max(3, p.decimals + 1);
    out.push({
      rule: ID,
      constraint: `${p.text} from ${ci.level}% CI ${ci.text}: implied P in [${fmt(implied.lo, pd)}, ${fmt(implied.hi, pd)}]`,
      holds,
      claims: [p, e, ci],
      ...(holds ? {} : {
        problem: {
          claim: p,
          ...(flips ? {} : { severity: 'warning' as const }),
          message:
            `The ${ci.level}% CI ${ci.text} of ${e.measure} ${e.text} implies P between ${fmt(implied.lo, pd)} and ${fmt(implied.hi, pd)} (z from the log-CI width, Altman & Bland), not ${p.text}` +
            (flips ? `; the interval ${excludesNull ? 'excludes' : 'includes'} 1, so the result is ${excludesNull ? '' : 'not '}significant at 0.05.` : '.'),
          related: [{ claim: ci, message: 'The confidence interval.' }, { claim: e, message: 'The estimate.' }],
          actual: p.text,
          expected: `P ≈ ${fmt((implied.lo + implied.hi) / 2, pd)}`,
        },
      }),
    });
  }
  return out;
}
