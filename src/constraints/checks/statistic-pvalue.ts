import type { Evaluation } from '../evaluation.js';
import { pFromStatistic, upperTailed } from '../../numbers/distributions.js';
import { claimInterval, compose, fmt, interval, type Interval } from '../../numbers/rounding.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';

export const ID = 'statistic-pvalue';
/**
 * The decision is taken at α = .05, and a reported p = .05 counts as significant:
 * statcheck's defaults (alpha = .05, pEqualAlphaSig = TRUE).
 */
const ALPHA = 0.05;
const NAME: Record<string, string> = { t: 't', F: 'F', chi2: 'χ²', r: 'r', z: 'z', Q: 'Q', G2: 'G²' };

/** What makes a statistic impossible as written, if anything. */
function impossible(s: Claim): string | undefined {
  const name = NAME[s.measure!] ?? s.measure!;
  if ((s.df ?? []).some((d) => !(d > 0))) return 'degrees of freedom are positive';
  if (s.measure === 'r' && Math.abs(s.value) > 1) return 'r lies between −1 and 1';
  if (upperTailed(s.measure!) && s.value < 0) return `${name} is never negative`;
  return undefined;
}

/** Values the statistic may have: its rounding interval, or the side of the bound it is reported on. */
function statisticRange(s: Claim): Interval | undefined {
  const a = Math.abs(s.value);
  const top = s.measure === 'r' ? 1 : Infinity;
  const cmp = s.comparator ?? '=';
  // `t < -2.2` bounds the signed value, not its size.
  if (s.value < 0 && cmp !== '=') return undefined;
  if (cmp === '<' || cmp === '<=') return { lo: 0, hi: a };
  if (cmp === '>' || cmp === '>=') return { lo: a, hi: top };
  const r = interval(a, s.decimals);
  return { lo: Math.max(0, r.lo), hi: Math.min(top, r.hi) };
}

/** An interval whose ends may be open: a strict bound (`p < .05`, `t > 3.1`) excludes its own value. */
interface Range extends Interval {
  loOpen?: boolean;
  hiOpen?: boolean;
}

/** Floating slack, as in `meets`. */
const EPS = 1e-9;

/**
 * Whether two ranges share a value. Closed ends that touch meet, within floating
 * slack; an open end must be passed: `t(28) = 2.2, p > .040338` cannot hold when
 * 2.15 gives at most P = .040338.
 */
function overlaps(a: Range, b: Range): boolean {
  const tol = EPS * Math.max(1, ...[a.lo, a.hi, b.lo, b.hi].filter(Number.isFinite).map(Math.abs));
  const below = (x: number, y: number, open: boolean) => (open ? x < y : x <= y + tol);
  return below(a.lo, b.hi, !!(a.loOpen || b.hiOpen)) && below(b.lo, a.hi, !!(b.loOpen || a.hiOpen));
}

/** The p-values a reported p stands for. */
function reportedRange(p: Claim): Range {
  const r = claimInterval(p);
  const cmp = p.comparator ?? '=';
  return { ...r, loOpen: cmp === '>', hiOpen: cmp === '<' };
}

interface Check {
  computed: Interval;
  holds: boolean;
  tails: 1 | 2;
  /** p at the statistic as written: what statcheck decides significance on. */
  point: number;
}

function check(s: Claim, p: Claim, range: Interval, tails: 1 | 2): Check | undefined {
  const pAt = (x: number) => pFromStatistic(s.measure!, x, s.df ?? [], tails) ?? NaN;
  const computed = compose([range], pAt);
  const point = pAt(Math.abs(s.value));
  if (!Number.isFinite(computed.lo) || !Number.isFinite(point)) return undefined;
  // p falls as the statistic grows: a strict bound on the statistic is a strict bound on p at the other end.
  const cmp = s.comparator ?? '=';
  const open: Range = { ...computed, loOpen: cmp === '<', hiOpen: cmp === '>' };
  return { computed, holds: overlaps(open, reportedRange(p)), tails, point };
}

/** Whether the computed p is significant at α, as statcheck decides it; undefined when the bound leaves it open. */
function computedSignificant(s: Claim, point: number): boolean | undefined {
  const cmp = s.comparator ?? '=';
  if (cmp === '<' || cmp === '<=') return point >= ALPHA ? false : undefined;
  if (cmp === '>' || cmp === '>=') return point <= ALPHA ? true : undefined;
  return point <= ALPHA;
}

function reportedSignificant(p: Claim): boolean | undefined {
  const cmp = p.comparator ?? '=';
  if (cmp === '<' || cmp === '<=') return p.value <= ALPHA ? true : undefined;
  if (cmp === '>' || cmp === '>=') return p.value >= ALPHA ? false : undefined;
  return p.value <= ALPHA;
}

/** Each statistic against its own p: linear in the passage's statistics. */
export function evaluateStatistics(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  const stats = info.stats ?? [];
  const byId = new Map(stats.map((s) => [s.id, s]));
  for (const s of stats) {
    if (s.kind !== 'statistic') continue;
    const name = NAME[s.measure!] ?? s.measure!;
    const wrong = impossible(s);
    if (wrong) {
      out.push({
        rule: ID,
        constraint: `${s.text}: ${wrong}`,
        holds: false,
        claims: [s],
        problem: { claim: s, message: `${s.text.trim()} cannot be right: ${wrong}.`, actual: s.text.trim() },
      });
      continue;
    }
    const p = s.pvalue ? byId.get(s.pvalue) : undefined;
    const range = statisticRange(s);
    if (!p || !range || p.value > 1) continue;
    const two = check(s, p, range, 2);
    if (!two) continue;
    // A one-tailed test named in the passage: accepted when either p fits, as statcheck's OneTailedTxt.
    const one = !two.holds && s.tails === 1 && !upperTailed(s.measure!) ? check(s, p, range, 1) : undefined;
    const c = one?.holds ? one : two;
    const cmp = s.comparator ?? '=';
    const pd = Math.max(4, p.decimals + 1);
    const tails = upperTailed(s.measure!) ? '' : c.tails === 1 ? ', one-tailed' : ', two-tailed';
    const gives =
      cmp === '<' || cmp === '<=' ? `P above ${fmt(c.computed.lo, pd)}` : cmp === '>' || cmp === '>=' ? `P below ${fmt(c.computed.hi, pd)}` : `P between ${fmt(c.computed.lo, pd)} and ${fmt(c.computed.hi, pd)}`;
    const pText = /^n/i.test(p.text) ? `${p.text} (P > .05)` : p.text;
    const computedSig = computedSignificant(s, c.point);
    const reportedSig = reportedSignificant(p);
    const flips = computedSig !== undefined && reportedSig !== undefined && computedSig !== reportedSig;
    // The value follows the comparator after the name and its parenthesis, which may hold one of its own (`χ2(1, N = 90) = 4.2`).
    const value = s.text.replace(/^[^=<>(]*(?:\([^)]*\)[^=<>]*)?[=<>]\s*/, '');
    const df = s.df ?? [];
    out.push({
      rule: ID,
      constraint: `${s.text} gives P in [${fmt(c.computed.lo, pd)}, ${fmt(c.computed.hi, pd)}]${tails}; reported ${pText}`,
      holds: c.holds,
      claims: [p, s],
      ...(c.holds ? {} : {
        problem: {
          claim: p,
          message:
            `${name} ${cmp} ${value}${df.length ? ` with ${df.join(', ')} df` : ''} gives ${gives}${tails}` +
            (one ? ` (one-tailed, P between ${fmt(one.computed.lo, pd)} and ${fmt(one.computed.hi, pd)})` : '') +
            `, which ${pText} cannot be` +
            (flips ? `; the reported p also flips the decision at 0.05 (the statistic is ${computedSig ? '' : 'not '}significant).` : '.'),
          related: [{ claim: s, message: 'The test statistic.' }],
          actual: p.text,
          expected: `P ≈ ${fmt(c.point, pd)}`,
        },
      }),
    });
  }
  return out;
}
