import type { Evaluation } from '../evaluation.js';
import { passageIndex, type PassageIndex } from '../passage-index.js';
import { twoGroupsOf, type TwoGroups } from '../groups.js';
import { STATISTIC_UNIT } from '../../extract/statistics-zh.js';
import { pFromStatistic } from '../../numbers/distributions.js';
import { halfUnit } from '../../numbers/equality.js';
import { claimInterval, compose, contains, fmt, interval, meets, percentMatchesFraction, reported, type Interval } from '../../numbers/rounding.js';
import { chiSquare2x2, pooledT, welchT, type GroupSummary } from '../../numbers/two-group.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';
import * as en from '../../lang/en.js';
import * as zh from '../../lang/zh.js';

export const ID = 'statistic-recompute';
const DURATIONS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute']);
/** Words of either language: Chinese abstracts borrow English terms (`SEM`, `McNemar`). */
const mentions = (words: (l: typeof en | typeof zh) => RegExp, text: string) => words(en).test(text) || words(zh).test(text);

/** A sentence that compares one group before and after, in so many words or with both time points. */
function paired(text: string): boolean {
  return (
    mentions((l) => l.PAIRED_DESIGN, text) ||
    (mentions((l) => l.TIME_BEFORE, text) && mentions((l) => l.TIME_AFTER, text))
  );
}

/** Between a count and its percentage: `38例（`, `38 (`, `38 patients (`. */
const COUNT_PERCENT_GAP = /^\s*(?:\p{Script=Latin}+\s*)?[(（]\s*$/u;

function isProportion(c: Claim): boolean {
  return (
    c.kind === 'fraction' && c.form === 'digits' && Number.isInteger(c.num) && Number.isInteger(c.den) &&
    c.num! >= 0 && c.num! <= c.den! && c.den! > 0 && !(c.unit !== undefined && DURATIONS.has(c.unit))
  );
}


/**
 * A passage's claims and statistics grouped by sentence once, with each sentence's
 * answers kept, so that a statistic costs only its own sentence: a pasted results
 * section of thousands of tests is checked in linear time.
 */
class Sentences {
  /** The passage's own index, which claim linking and the other checks read too. */
  private readonly index: PassageIndex;
  private readonly memo = new Map<string, boolean>();
  private readonly tests = new Map<string, number>();

  constructor(info: PassageInfo) {
    this.index = passageIndex(info);
    for (const t of info.stats ?? []) {
      if (t.kind !== 'statistic') continue;
      const key = `${t.sentence}|${t.measure}`;
      this.tests.set(key, (this.tests.get(key) ?? 0) + 1);
    }
  }

  private remember(key: string, answer: () => boolean): boolean {
    let known = this.memo.get(key);
    if (known === undefined) this.memo.set(key, (known = answer()));
    return known;
  }

  text(index: number): string {
    return this.index.sentence(index)?.text ?? '';
  }

  proportions(index: number): Claim[] {
    return this.index.claimsIn(index).filter(isProportion);
  }

  means(index: number): Claim[] {
    return this.index.statsIn(index).filter((c) => c.kind === 'mean' && c.sd !== undefined && c.sd > 0);
  }

  /** Counts written with their percentage, `38例（25.0%）`, and the percentage of each. */
  readonly percentOf = new Map<Claim, Claim>();

  countsWithPercent(index: number): Claim[] {
    const here = this.index.claimsIn(index);
    const out: Claim[] = [];
    for (const [i, c] of here.entries()) {
      const next = here[i + 1];
      // `38例（25.0%）`, `38 (25.0%)`: a count of patients, or a bare count that its percentage ties to a group.
      const counts = c.unit === 'patient' || c.unit === undefined;
      if (c.kind !== 'number' || !counts || c.form !== 'digits' || !Number.isInteger(c.value) || c.approx || c.comparator || next?.kind !== 'percent') continue;
      const gap = this.between(index, c, next);
      if (gap !== undefined && COUNT_PERCENT_GAP.test(gap)) {
        this.percentOf.set(c, next);
        out.push(c);
      }
    }
    return out;
  }

  /** The sentence text between two of its claims. */
  private between(index: number, a: Claim, b: Claim): string | undefined {
    const at = this.index.sentence(index)?.offset;
    if (at === undefined) return undefined;
    return this.text(index).slice(a.offset + a.length - at, b.offset - at);
  }

  /** Statistics of one measure in a sentence. */
  testsOf(index: number, measure: string): number {
    return this.tests.get(`${index}|${measure}`) ?? 0;
  }

  hasTests(index: number): boolean {
    return this.index.statsIn(index).some((c) => c.kind === 'statistic');
  }

  paired(index: number): boolean {
    return this.remember(`${index}|paired`, () => paired(this.text(index)));
  }

  /** Numbers of a sentence other than the statistics and p-values: if there are none, it reports a test on the sentence before. */
  onlyReportsTests(index: number): boolean {
    return this.remember(`${index}|tests`, () =>
      this.index.claimsIn(index).every((c) => c.kind === 'pvalue' || c.form !== 'digits' || c.unit === STATISTIC_UNIT),
    );
  }

  /**
   * Whether the two arms are all the sentence counts: a sentence that also counts
   * categories (`显效25例，有效17例`) may test the whole table, not the 2×2 one.
   */
  onlyCounts(index: number, arms: Claim[]): boolean {
    return this.remember(`${index}|counts|${arms.map((a) => a.id).join()}`, () =>
      this.index.claimsIn(index).every(
        (c) =>
          arms.includes(c) || c.kind === 'percent' || c.kind === 'pvalue' || c.form !== 'digits' || c.unit === STATISTIC_UNIT ||
          (c.unit !== undefined && DURATIONS.has(c.unit)),
      ),
    );
  }
}

/**
 * The two things a statistic compares, found in its own sentence, or in the sentence
 * before when its own sentence holds nothing but the test: exactly two, or none.
 */
function twoOf(view: Sentences, s: Claim, pick: (sentence: number) => Claim[]): Claim[] | undefined {
  if (view.testsOf(s.sentence, s.measure!) !== 1) return undefined;
  const here = pick(s.sentence);
  if (here.length === 2) return here;
  if (here.length > 0 || !view.onlyReportsTests(s.sentence)) return undefined;
  const before = pick(s.sentence - 1);
  return before.length === 2 && !view.hasTests(s.sentence - 1) ? before : undefined;
}

/** `3.912` of `χ2(1) = 3.912`; the df-less reader's claims are the value alone. */
const valueText = (s: Claim) => s.text.replace(/^.*[=＝]\s*/, '');

/**
 * The values a reported statistic stands for. Statistics are copied from software
 * output and often rounded twice (5.4545 → 5.455 → 5.46), so one more digit's
 * rounding is accepted on each side.
 */
function statisticInterval(value: number, decimals: number): Interval {
  const h = halfUnit(decimals) * 1.1;
  return { lo: value - h, hi: value + h };
}
const NAME: Record<string, string> = { t: 't', chi2: 'χ²' };

/** The absolute values an interval of signed values takes. */
function magnitude(a: Interval): Interval {
  if (a.lo <= 0 && a.hi >= 0) return { lo: 0, hi: Math.max(-a.lo, a.hi) };
  return { lo: Math.min(Math.abs(a.lo), Math.abs(a.hi)), hi: Math.max(Math.abs(a.lo), Math.abs(a.hi)) };
}

/** One group of a 2×2 table: `38/152`, or `38例（25.0%）` in a group stated as 152. */
interface Arm {
  events: number;
  size: number;
  claim: Claim;
}

const armText = (a: Arm) => `${a.events}/${a.size}`;

function chiFromCounts(s: Claim, arms: [Arm, Arm], sizesFrom: string): Evaluation | undefined {
  const [a1, a2] = arms;
  const chi = chiSquare2x2(a1.events, a1.size, a2.events, a2.size);
  // No events or no non-events at all: χ² is undefined, whatever the text says.
  if (!chi) return undefined;
  const reportedX = statisticInterval(s.value, s.decimals);
  const holds = contains(reportedX, chi.pearson) || contains(reportedX, chi.yates);
  const d = Math.max(2, s.decimals);
  const what = `χ² for ${armText(a1)} vs ${armText(a2)}${sizesFrom} is ${fmt(chi.pearson, d)} (${fmt(chi.yates, d)} with continuity correction)`;
  return {
    rule: ID,
    constraint: `${what}; reported ${s.text}`,
    holds,
    claims: [s, a1.claim, a2.claim],
    ...(holds ? {} : {
      problem: {
        claim: s,
        message: `${what}; the text says ${valueText(s)}.`,
        related: [
          { claim: a1.claim, message: 'The first group of the 2×2 table.' },
          { claim: a2.claim, message: 'The second group of the 2×2 table.' },
        ],
        actual: valueText(s),
        expected: `${fmt(chi.pearson, d)} or ${fmt(chi.yates, d)}`,
      },
    }),
  };
}

/**
 * `观察组38例（25.0%），对照组48例（35.8%）` in a passage that states the two groups:
 * the counts are the 2×2 table's events when each percentage is its count of one
 * group and the other way round does not also fit.
 */
function armsFromPercentages(counts: Claim[], percentOf: Map<Claim, Claim>, groups: TwoGroups): [Arm, Arm] | undefined {
  const [c1, c2] = counts as [Claim, Claim];
  const [n1, n2] = groups.sizes;
  const fits = (c: Claim, n: number) => c.value <= n && percentMatchesFraction(reported(percentOf.get(c)!.value, percentOf.get(c)!.decimals), c.value, n);
  const straight = fits(c1, n1) && fits(c2, n2);
  const crossed = n1 !== n2 && fits(c1, n2) && fits(c2, n1);
  if (straight === crossed) return undefined;
  const [m1, m2] = straight ? [n1, n2] : [n2, n1];
  return [{ events: c1.value, size: m1, claim: c1 }, { events: c2.value, size: m2, claim: c2 }];
}

function tFromMeans(s: Claim, means: Claim[], groups: TwoGroups): Evaluation {
  const [m1, m2] = means as [Claim, Claim];
  const [n1, n2] = groups.sizes;
  const box = [interval(m1.value, m1.decimals), interval(m2.value, m2.decimals), interval(m1.sd!, m1.sdDecimals ?? 0), interval(m2.sd!, m2.sdDecimals ?? 0)];
  // Which size belongs to which mean is not written beside them: both orders are standard readings.
  const orders: [number, number][] = n1 === n2 ? [[n1, n2]] : [[n1, n2], [n2, n1]];
  const variants = orders.flatMap(([a, b]) =>
    [pooledT, welchT].map((f) => magnitude(compose(box, (x1, x2, sd1, sd2) => f({ mean: x1!, sd: sd1!, n: a }, { mean: x2!, sd: sd2!, n: b })))),
  );
  const reportedT = statisticInterval(Math.abs(s.value), s.decimals);
  const holds = variants.some((v) => meets(v, reportedT));
  const at = (f: (a: GroupSummary, b: GroupSummary) => number) => Math.abs(f({ mean: m1.value, sd: m1.sd!, n: n1 }, { mean: m2.value, sd: m2.sd!, n: n2 }));
  const d = Math.max(2, s.decimals);
  const what = `t for ${m1.text} (n = ${n1}) vs ${m2.text} (n = ${n2}) is ${fmt(at(pooledT), d)} pooled (${fmt(at(welchT), d)} Welch)`;
  return {
    rule: ID,
    constraint: `${what}; reported ${s.text}`,
    holds,
    claims: [s, m1, m2],
    ...(holds ? {} : {
      problem: {
        claim: s,
        message: `${what}; the text says ${valueText(s)}${n1 === n2 ? '' : ' (either group order)'}.`,
        related: [
          { claim: m1, message: 'The first group’s mean ± SD.' },
          { claim: m2, message: 'The second group’s mean ± SD.' },
        ],
        actual: valueText(s),
        expected: `${fmt(at(pooledT), d)} or ${fmt(at(welchT), d)}`,
      },
    }),
  };
}

/** A df past any sample's: where a t's p is the normal's. */
const ANY_DF = 1e7;

/** p of a statistic whose df the abstract determines: an interval of df for t (pooled to Welch), df = 1 for a 2×2 χ². */
function pWithInferredDf(s: Claim, p: Claim, df: Interval, how: string): Evaluation | undefined {
  const X = interval(Math.abs(s.value), s.decimals);
  const computed = compose([X, df], (x, k) => pFromStatistic(s.measure!, Math.max(0, x!), [k!], s.tails) ?? NaN);
  if (!Number.isFinite(computed.lo)) return undefined;
  const holds = meets(computed, claimInterval(p));
  const pd = Math.max(4, p.decimals + 1);
  const tails = s.measure === 't' ? (s.tails === 1 ? ', one-tailed' : ', two-tailed') : '';
  const what = `${NAME[s.measure!]} = ${valueText(s)} with ${how} gives P between ${fmt(computed.lo, pd)} and ${fmt(computed.hi, pd)}${tails}`;
  return {
    rule: ID,
    constraint: `${what}; reported ${p.text}`,
    holds,
    claims: [p, s],
    ...(holds ? {} : {
      problem: {
        claim: p,
        message: `${what}, which ${p.text} cannot be.`,
        related: [{ claim: s, message: 'The test statistic, written without its df.' }],
        actual: p.text,
        expected: `P ≈ ${fmt((computed.lo + computed.hi) / 2, pd)}`,
      },
    }),
  };
}

/** The two arms of a χ²'s 2×2 table: two fractions, or two counts with percentages in two stated groups. */
function armsOf(view: Sentences, s: Claim, groupsOf: () => TwoGroups | undefined): [[Arm, Arm], string] | undefined {
  const fractions = twoOf(view, s, (i) => view.proportions(i));
  if (fractions) {
    const [f1, f2] = fractions as [Claim, Claim];
    return [[{ events: f1.num!, size: f1.den!, claim: f1 }, { events: f2.num!, size: f2.den!, claim: f2 }], ''];
  }
  const counts = twoOf(view, s, (i) => view.countsWithPercent(i));
  const g = counts ? groupsOf() : undefined;
  const arms = counts && g ? armsFromPercentages(counts, view.percentOf, g) : undefined;
  const of = (a: Arm) => `${a.claim.text.trim()} of the group of ${a.size}`;
  return arms ? [arms, ` (${of(arms[0])}, ${of(arms[1])})`] : undefined;
}

/**
 * The two arms of a t whose df the text states, from the group sizes it states: the sizes when they give
 * that df (n1 + n2 − 2, or a Welch df between the smaller n − 1 and it); when one size is the df + 2, it is
 * the total of both arms, never an arm (`4 classes (n=186)`, `the experimental classes (n=94)`, `t(184)`:
 * 94 and 92). Otherwise the sizes are not the arms this t compares. Without a df, the sizes as stated.
 */
function armsWithDf(groups: TwoGroups | undefined, df: number[] | undefined): TwoGroups | undefined {
  if (!groups || !df || df.length !== 1) return groups;
  const [n1, n2] = groups.sizes;
  const k = df[0]!;
  if (Number.isInteger(k) ? n1 + n2 - 2 === k : Math.min(n1, n2) - 1 <= k && k <= n1 + n2 - 2) return groups;
  const total = k + 2;
  for (const [whole, arm] of [[n1, n2], [n2, n1]] as const) if (Number.isInteger(k) && whole === total && total - arm >= 2) return { sizes: [arm, total - arm] };
  return undefined;
}

/** The rule's constraints on one passage, without the passage-size bound of constraint rules. */
export function evaluate(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  const stats = info.stats ?? [];
  const tests = stats.filter((s) => s.kind === 'statistic');
  if (tests.length === 0) return out;
  const byId = new Map(stats.map((s) => [s.id, s]));
  const view = new Sentences(info);
  let groups: TwoGroups | undefined | null = null;
  const groupsOf = () => (groups === null ? (groups = twoGroupsOf(info)) : groups);
  let standardError: boolean | undefined;
  // ± may be a standard error: then the means do not give t as written.
  const meansAreSd = () => !(standardError ??= mentions((l) => l.STANDARD_ERROR, info.passage.text));
  // Statistics whose p was weighed against a df their numbers give.
  const inferred = new Set<Claim>();
  for (const s of tests) {
    const p = s.pvalue ? byId.get(s.pvalue) : undefined;
    const noDf = (s.df ?? []).length === 0;
    if (s.measure === 'chi2' && s.value >= 0 && (noDf || (s.df!.length === 1 && s.df![0] === 1))) {
      const arms = armsOf(view, s, groupsOf);
      if (!arms) continue;
      const [claims, sizesFrom] = arms;
      const sentence = claims[0].claim.sentence;
      if (!view.onlyCounts(sentence, claims.map((a) => a.claim)) || view.paired(s.sentence) || view.paired(sentence)) continue;
      const counted = chiFromCounts(s, claims, sizesFrom);
      if (!counted) continue;
      out.push(counted);
      if (!counted.holds || !noDf || !p) continue;
      const e = pWithInferredDf(s, p, { lo: 1, hi: 1 }, `df = 1 (inferred: two proportions compared, ${armText(claims[0])} vs ${armText(claims[1])})`);
      if (e) {
        out.push(e);
        inferred.add(s);
      }
    } else if (s.measure === 't') {
      if (view.paired(s.sentence)) continue;
      const g = armsWithDf(groupsOf(), s.df);
      if (!g) continue;
      const found = meansAreSd() ? twoOf(view, s, (i) => view.means(i)) : undefined;
      const pair = found && !view.paired(found[0]!.sentence) ? found : undefined;
      if (pair) {
        const recomputed = tFromMeans(s, pair, g);
        out.push(recomputed);
        if (!recomputed.holds) continue;
      }
      // With its df written, the p of a t is statistic-pvalue's to check.
      if (!p || !noDf) continue;
      const [n1, n2] = g.sizes;
      const pooled = n1 + n2 - 2;
      const welchLow = Math.min(n1, n2) - 1;
      if (welchLow < 1) continue;
      const how = `df = ${n1} + ${n2} − 2 = ${pooled} (inferred from the two groups of ${n1} and ${n2}; Welch's df would lie between ${welchLow} and ${pooled})`;
      const e = pWithInferredDf(s, p, { lo: welchLow, hi: pooled }, how);
      if (e) {
        out.push(e);
        inferred.add(s);
      }
    }
  }
  // A χ² or t whose df neither the text nor its numbers give still bounds its p: a χ²'s p grows with the df,
  // so it is least at df = 1 (χ² = 0.359 gives P above 0.549 at any df); a t's p shrinks as the df grows,
  // from its value at df = 1 down to the normal's.
  for (const s of tests) {
    const p = s.pvalue ? byId.get(s.pvalue) : undefined;
    if (!p || inferred.has(s) || (s.df ?? []).length > 0 || (s.measure !== 'chi2' && s.measure !== 't') || s.comparator) continue;
    if (s.measure === 'chi2' && s.value < 0) continue;
    const e = pWithInferredDf(s, p, { lo: 1, hi: ANY_DF }, 'any df (the df is not stated)');
    if (e && !e.holds) out.push(e);
  }
  return out;
}
