import { constraintRule, type Evaluation } from '../src/constraints/evaluation.js';
import { passageIndex } from '../src/constraints/passage-index.js';
import { pFromStatistic } from '../src/numbers/distributions.js';
import { claimInterval, compose, fmt, interval, meets } from '../src/numbers/rounding.js';
import type { PassageInfo } from '../src/pair/index.js';

const ID = 'statistic-pvalue';
const ALPHA = 0.05;
const NAME: Record<string, string> = { t: 't', F: 'F', chi2: 'χ²', r: 'r', z: 'z' };

function evaluate(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  const stats = info.stats ?? [];
  for (const s of stats) {
    if (s.kind !== 'statistic' || !s.pvalue) continue;
    const p = passageIndex(info).byId.get(s.pvalue)!;
    const measure = s.measure!;
    const df = s.df ?? [];
    // Widen the statistic by its precision; p falls as |statistic| grows.
    const X = compose([interval(Math.abs(s.value), s.decimals)], (x) => Math.max(0, x));
    const pAt = (x: number) => pFromStatistic(measure, x, df, s.tails) ?? NaN;
    const computed = compose([X], pAt);
    if (!Number.isFinite(computed.lo)) continue;
    const reportedP = claimInterval(p);
    const holds = meets(computed, reportedP);
    const pd = Math.max(4, p.decimals + 1);
    const computedSig = computed.hi < ALPHA ? true : computed.lo >= ALPHA ? false : undefined;
    const cmp = p.comparator ?? '=';
    const reportedSig = cmp === '<' || cmp === '<=' ? (p.value <= ALPHA ? true : undefined) : reportedP.hi < ALPHA ? true : reportedP.lo >= ALPHA ? false : undefined;
    const flips = computedSig !== undefined && reportedSig !== undefined && computedSig !== reportedSig;
    const tails = measure === 'F' || measure === 'chi2' ? '' : s.tails === 1 ? ', one-tailed' : ', two-tailed';
    out.push({
      rule: ID,
      constraint: `${s.text} gives P in [${fmt(computed.lo, pd)}, ${fmt(computed.hi, pd)}]${tails}; reported ${p.text}`,
      holds,
      claims: [p, s],
      ...(holds ? {} : {
        problem: {
          claim: p,
          message:
            `${NAME[measure]} = ${s.text.replace(/^.*=\s*/, '')}${df.length ? ` with ${df.join(', ')} df` : ''} gives P between ${fmt(computed.lo, pd)} and ${fmt(computed.hi, pd)}${tails}, which ${p.text} cannot be` +
            (flips ? `; the reported p also flips the decision at 0.05 (the statistic is ${computedSig ? '' : 'not '}significant).` : '.'),
          related: [{ claim: s, message: 'The test statistic.' }],
          actual: p.text,
          expected: `P ≈ ${fmt((computed.lo + computed.hi) / 2, pd)}`,
        },
      }),
    });
  }
  return out;
}

export default constraintRule(
  {
    id: ID,
    description: 'A p-value reported with a test statistic and its degrees of freedom must be the one the statistic gives (t, F, χ², r, z).',
    severity: 'error',
    examples: {
      valid: ['Scores differed between the two groups, t(28) = 2.20, p = .036.', '两组差异有统计学意义（χ2(1, N = 90) = 4.2，P = 0.04）。'],
      invalid: ['Scores differed between the two groups, t(28) = 2.20, p = .01.', '两组差异有统计学意义（χ2(1, N = 90) = 4.2，P = 0.01）。'],
    },
  },
  evaluate,
);
