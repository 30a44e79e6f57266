import { halfUnit } from './equality.js';
/**
 * A reported number is an interval: `47.1%` stands for every value that rounds to
 * 47.1, [47.05, 47.15], either rounding rule accepted at the ties.
 */
export interface Reported {
  /** The written digits without the decimal point: 47.1 → 471. */
  digits: number;
  decimals: number;
}

export function reported(value: number, decimals: number): Reported {
  return { digits: Math.round(value * 10 ** decimals), decimals };
}

/**
 * Whether k/n, as a percentage, rounds to P·10^-D, in integer arithmetic:
 * |200·10^D·k − 2·P·n| ≤ n, ties accepted (round half up or half even).
 */
export function percentMatchesFraction(percent: Reported, k: number, n: number): boolean {
  if (n <= 0) return false;
  const scale = 10n ** BigInt(Math.max(0, percent.decimals));
  const lhs = 200n * scale * BigInt(k) - 2n * BigInt(percent.digits) * BigInt(n);
  const diff = lhs < 0n ? -lhs : lhs;
  return diff <= BigInt(n);
}

/** `k/n` as a percentage rounded to `decimals` places, for messages. */
export function formatPercent(k: number, n: number, decimals: number): string {
  return ((100 * k) / n).toFixed(decimals);
}

/** A closed interval of values a reported number may stand for; infinite ends for one-sided bounds. */
export interface Interval {
  lo: number;
  hi: number;
  /** Approximate wording (`about`, `约`): a rule that finds a conflict stays silent or reports at info level. */
  approx?: boolean;
}

export type Bound = '<' | '<=' | '=' | '>' | '>=';

/**
 * The interval a written number stands for: decimals counted from the source text,
 * ties accepted both ways (so the ends are closed), comparators as one-sided bounds.
 */
export function interval(value: number, decimals: number, comparator: Bound = '=', approx = false): Interval {
  const h = halfUnit(decimals);
  const out: Interval =
    comparator === '<' || comparator === '<='
      ? { lo: -Infinity, hi: value }
      : comparator === '>' || comparator === '>='
        ? { lo: value, hi: Infinity }
        : { lo: value - h, hi: value + h };
  return approx ? { ...out, approx: true } : out;
}

export function claimInterval(c: { value: number; decimals: number; comparator?: Bound; approx?: boolean }): Interval {
  return interval(c.value, c.decimals, c.comparator ?? '=', c.approx ?? false);
}

/** Floating slack for interval ends computed from decimal text. */
const EPS = 1e-9;

/** Whether two intervals share a value. */
export function meets(a: Interval, b: Interval): boolean {
  const tol = EPS * Math.max(1, ...[a.lo, a.hi, b.lo, b.hi].filter(Number.isFinite).map(Math.abs));
  return a.lo <= b.hi + tol && b.lo <= a.hi + tol;
}

/** Whether a value lies in an interval. */
export function contains(a: Interval, x: number): boolean {
  return meets(a, { lo: x, hi: x });
}

/**
 * A formula over reported numbers, evaluated at every corner of their intervals:
 * exact for formulas monotone in each argument (sums, ratios, logs, p from a statistic).
 */
export function compose(args: Interval[], f: (...xs: number[]) => number): Interval {
  let lo = Infinity;
  let hi = -Infinity;
  const corners = 1 << args.length;
  for (let mask = 0; mask < corners; mask++) {
    const xs = args.map((a, i) => ((mask >> i) & 1 ? a.hi : a.lo));
    const y = f(...xs);
    if (Number.isNaN(y)) continue;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  return { lo, hi, ...(args.some((a) => a.approx) ? { approx: true } : {}) };
}

/** `x` written at `decimals` places, for messages. */
export function fmt(x: number, decimals: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  return x.toFixed(Math.max(0, decimals));
}

/** `[lo, hi]` for messages. */
export function fmtInterval(a: Interval, decimals: number): string {
  return `[${fmt(a.lo, decimals)}, ${fmt(a.hi, decimals)}]`;
}

/**
 * Whether some integer sum S makes S/n round to the reported mean (the GRIM test),
 * in integer arithmetic: |2·10^D·S − 2·M·n| ≤ n for the written digits M.
 */
export function meanReachable(mean: Reported, n: number): boolean {
  if (n <= 0) return false;
  const scale = 10n ** BigInt(Math.max(0, mean.decimals));
  const N = BigInt(n);
  const M = BigInt(mean.digits);
  // S ranges over ceil((2MN − N) / 2·scale) … floor((2MN + N) / 2·scale).
  const lo = 2n * M * N - N;
  const hi = 2n * M * N + N;
  const den = 2n * scale;
  const ceil = (a: bigint) => (a >= 0n ? (a + den - 1n) / den : -((-a) / den));
  const floor = (a: bigint) => (a >= 0n ? a / den : -((-a + den - 1n) / den));
  return ceil(lo) <= floor(hi);
}

/** The nearest mean the n integers can give, rounded to the reported decimals, for messages. */
export function nearestReachableMeans(mean: Reported, n: number): [string, string] {
  const target = (mean.digits / 10 ** mean.decimals) * n;
  const below = Math.floor(target);
  const above = Math.ceil(target) === below ? below + 1 : Math.ceil(target);
  return [(below / n).toFixed(mean.decimals), (above / n).toFixed(mean.decimals)];
}
