import { fractionAgreesWithPercent } from '../src/align/triangulate.js';
import { passageIndex } from '../src/constraints/passage-index.js';
import { parseDecimal } from '../src/extract/numerals.js';
import { halfUnit } from '../src/numbers/equality.js';
import { claimInterval, formatPercent, interval, meets } from '../src/numbers/rounding.js';
import { defineRule } from '../src/rule.js';
import type { Claim, Comparator, PassageInfo } from '../src/types.js';
import { lazySchema } from '../src/zod-sync.js';
import * as EN from '../src/lang/en.js';
import * as ZH from '../src/lang/zh.js';

/** The options of the schema below, which describes each one. */
interface Options {
  tolerance: number;
}

const optionsSchema = lazySchema((z) =>
  z
    .strictObject({
      tolerance: z.number().min(0).max(5).default(0).describe('Percentage points a percentage may stray beyond its rounding, for journals that round loosely.'),
    })
    .default({ tolerance: 0 }),
);

export default defineRule({
  meta: {
    id: 'percent-fraction',
    description: 'A percentage written beside a fraction must equal it at the reported precision, and a ratio written before the two counts it is the ratio of must be their quotient.',
    severity: 'error',
    scope: 'passage',
    get options() {
      return optionsSchema();
    },
    examples: {
      valid: ['A total of 47.1% (8/17) of patients improved.', '共有 47.1%(8/17)的患者改善。', 'and 80% (4/5) of the patients achieved EASI-50.'],
      invalid: [
        {
          text: 'A total of 47.1% (17/36) of patients improved.',
          errors: [
            { line: 1, column: 19, text: '17/36', severity: 'error', message: '17/36 = 47.22%, which rounds to 47.2%, not the 47.1% written beside it.' },
          ],
        },
        {
          text: '共有 47.1%(17/36)的患者改善。',
          errors: [
            { line: 1, column: 10, text: '17/36', severity: 'error', message: '17/36 = 47.22%, which rounds to 47.2%, not the 47.1% written beside it.' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const tolerance = (ctx.options as Options | undefined)?.tolerance ?? 0;
    for (const { fraction, percent, holds, exact, rounded } of percentsBesideFractions(ctx.passage, tolerance)) {
      if (holds) continue;
      const bound = fraction.comparator === undefined ? undefined : BOUND_WORDS[fraction.comparator];
      ctx.report({
        claim: fraction,
        message: bound
          ? `${fraction.text}, with the bound before it, is ${bound} ${exact}%, not the ${percent.text.trim()} written beside it.`
          : `${fraction.text} = ${exact}%, which rounds to ${rounded}%, not the ${percent.text.trim()} written beside it.`,
        related: [{ claim: percent, message: `The percentage stated beside ${fraction.text}.` }],
        actual: `${percent.text.trim()} (${fraction.text})`,
        expected: `${rounded}%`,
      });
    }
    for (const { a, b, fraction, exact } of ratiosBesideFractions(ctx.passage)) {
      ctx.report({
        claim: fraction,
        message: `${fraction.text} = ${exact}, which the ratio ${a.text.trim()}∶${b.text.trim()} written beside it is not (at its precision).`,
        related: [{ claim: a, message: `The ratio stated beside ${fraction.text}.` }],
        actual: `${a.text.trim()}∶${b.text.trim()} (${fraction.text})`,
      });
    }
    for (const { tenths, percent } of tenthsBesidePercents(ctx.passage)) {
      ctx.report({
        claim: tenths,
        message: tenths.comparator && BOUND_WORDS[tenths.comparator]
          ? `${tenths.text.trim()}, with the bound before it, is ${BOUND_WORDS[tenths.comparator]} ${tenths.value}%, which the ${percent.text.trim()} written beside it is not.`
          : `${tenths.text.trim()} is ${tenths.value}%, more than ${ROUGH_PROPORTION_POINTS} points from the ${percent.text.trim()} written beside it.`,
        related: [{ claim: percent, message: `The percentage stated beside ${tenths.text.trim()}.` }],
        actual: `${tenths.text.trim()}（${percent.text.trim()}）`,
      });
    }
  },
});

/** Between tenths and the percentage that makes them exact: the people counted, then a bracket (`近六成死者（58.7%）`). */
const TENTHS_TO_PERCENT = /^\p{Script=Han}{0,6}\s*[（(]\s*$/u;

/**
 * Tenths (`约一成病人（10.1%）`, `逾七成（72.3%）`) that the exact percentage beside them does not round to:
 * a rough share, so it may stray as a proportion in words may; a bound before it must hold.
 */
function* tenthsBesidePercents(passage: PassageInfo): Generator<{ tenths: Claim; percent: Claim }> {
  if (passage.passage.lang !== 'zh') return;
  const claims = passage.claims;
  for (let i = 0; i + 1 < claims.length; i++) {
    const tenths = claims[i]!;
    const percent = claims[i + 1]!;
    if (tenths.kind !== 'percent' || !tenths.text.trim().endsWith('成') || percent.kind !== 'percent' || percent.form !== 'digits' || percent.comparator || percent.sentence !== tenths.sentence) continue;
    const from = tenths.offset + tenths.length - passage.passage.offset;
    const gap = passage.passage.text.slice(from, percent.offset - passage.passage.offset);
    if (!TENTHS_TO_PERCENT.test(gap)) continue;
    const holds = tenths.comparator === '>' || tenths.comparator === '>='
      ? percent.value >= tenths.value
      : tenths.comparator === '<' || tenths.comparator === '<='
        ? percent.value <= tenths.value
        : Math.abs(percent.value - tenths.value) <= ROUGH_PROPORTION_POINTS;
    if (!holds) yield { tenths, percent };
  }
}

/** A ratio's colon, and the bracket that opens the counts it is the ratio of right after it. */
const RATIO_COLON = /^\s*[:∶]\s*$/;
const RATIO_TO_COUNTS = /^\s*[（(]\s*$/;

/**
 * A ratio followed by the two counts it is the ratio of (`the male/female ratio was 2.4∶1 (285/118)`,
 * `男女比例为2.4∶1（285/118）`) that the counts' quotient, in the order the ratio names them, does not give at the ratio's precision:
 * a ratio the translator turned round, or one the author miscomputed. Only bare numbers on both sides of the
 * colon, with the fraction right after them: a time (`10:30`) has no fraction after it.
 */
function* ratiosBesideFractions(passage: PassageInfo): Generator<{ a: Claim; b: Claim; fraction: Claim; exact: string }> {
  const claims = passage.claims;
  const text = passage.passage.text;
  const rel = (o: number) => o - passage.passage.offset;
  for (let i = 0; i + 1 < claims.length; i++) {
    // A ratio with a decimal side is one claim (`2.4∶1`); its sides are read as the two numbers of a ratio written apart.
    const r = claims[i]!;
    if (r.kind === 'ratio' && r.num! > 0 && r.den! > 0) {
      const fraction = claims[i + 1]!;
      if (fraction.kind !== 'fraction' || fraction.form !== 'digits' || !fraction.den || !fraction.num || fraction.comparator || fraction.approx || r.sentence !== fraction.sentence) continue;
      if (!RATIO_TO_COUNTS.test(text.slice(rel(r.offset + r.length), rel(fraction.offset)))) continue;
      const [at, bt] = r.text.split(RATIO_SPLIT);
      if (at === undefined || bt === undefined) continue;
      const side = (t: string, v: number) => ({ ...r, text: t, value: v, decimals: parseDecimal(t.trim()).decimals });
      const found = checkRatio(side(at, r.num!), side(bt, r.den!), fraction);
      if (found) yield found;
      continue;
    }
    if (i + 2 >= claims.length) continue;
    const [a, b, fraction] = [claims[i]!, claims[i + 1]!, claims[i + 2]!];
    if (a.kind !== 'number' || b.kind !== 'number' || fraction.kind !== 'fraction' || a.unit || b.unit || a.comparator || b.comparator || a.approx || b.approx) continue;
    if (fraction.form !== 'digits' || !fraction.den || !fraction.num || fraction.comparator || fraction.approx || a.value <= 0 || b.value <= 0) continue;
    if (a.sentence !== fraction.sentence || !RATIO_COLON.test(text.slice(rel(a.offset + a.length), rel(b.offset)))) continue;
    if (!RATIO_TO_COUNTS.test(text.slice(rel(b.offset + b.length), rel(fraction.offset)))) continue;
    const found = checkRatio(a, b, fraction);
    if (found) yield found;
  }
}

const RATIO_SPLIT = /[:∶]/;

function checkRatio(a: Claim, b: Claim, fraction: Claim): { a: Claim; b: Claim; fraction: Claim; exact: string } | undefined {
  // The ratio as its rounding allows it, against the counts' quotient in the same order (`1∶2.4 (118/285)`); the 1 of `2.4∶1` is exact.
  const h = (c: Claim) => (c.value === 1 && c.decimals === 0 ? 0 : halfUnit(c.decimals));
  const lo = Math.max(0, a.value - h(a)) / (b.value + h(b));
  const hi = (a.value + h(a)) / Math.max(1e-9, b.value - h(b));
  const q = fraction.num! / fraction.den!;
  if (q >= lo - 1e-9 && q <= hi + 1e-9) return undefined;
  const d = Math.max(2, a.decimals + 1, b.decimals + 1);
  const exact = q < 1 ? `1∶${(1 / q).toFixed(d)}` : `${q.toFixed(d)}∶1`;
  return { a, b, fraction, exact };
}

/** One fraction and the exact percentage written beside it, compared: what this rule checks and the review page shows. */
export interface PercentBesideFraction {
  fraction: Claim;
  percent: Claim;
  /** The percentage equals the fraction at its precision, or strays no more than `tolerance` points. */
  holds: boolean;
  /** The fraction as a percentage, one decimal more than the percentage (at least 2). */
  exact: string;
  /** The fraction at the percentage's precision. */
  rounded: string;
}

/** A bound before a proportion (`逾半数`, `less than one-third`), as a message says it. */
const BOUND_WORDS: Record<Comparator, string | undefined> = { '<': 'less than', '<=': 'at most', '=': undefined, '>': 'more than', '>=': 'at least' };

/** How far, in percentage points, a proportion in words may lie from the exact percentage beside it. */
const ROUGH_PROPORTION_POINTS = 5;

export function* percentsBesideFractions(passage: PassageInfo, tolerance = 0): Generator<PercentBesideFraction> {
  const index = passageIndex(passage);
  for (const fraction of passage.claims) {
    if (fraction.kind !== 'fraction' || !fraction.beside || fraction.den === 0) continue;
    const percent = index.byId.get(fraction.beside);
    if (!percent || percent.kind !== 'percent' || percent.approx || percent.comparator) continue;
    // The share a rate changed by is relative; the percentages beside it may be either rate.
    const at = fraction.offset - passage.passage.offset;
    if ((passage.passage.lang === 'en' ? EN.CHANGED_BY_SHARE_BEFORE : ZH.CHANGED_BY_SHARE_BEFORE).test(passage.passage.text.slice(Math.max(0, at - 60), at))) continue;
    const off = Math.abs((100 * fraction.num!) / fraction.den! - percent.value);
    const bounded = fraction.comparator !== undefined && fraction.comparator !== '=';
    const holds = bounded
      ? // `逾半数（56.2%）`, `more than one-third (36.2%)`: a bound, which the percentage keeps.
        meets(interval((100 * fraction.num!) / fraction.den!, 0, fraction.comparator), claimInterval(percent))
      : fractionAgreesWithPercent(fraction, percent) ||
        (tolerance > 0 && off <= halfUnit(percent.decimals) + tolerance + 1e-9) ||
        // `Nearly half (46.3%)`, `约三分之一（31.0%）`, `近1/4（24.7%）`: a proportion in words or after a hedge is a
        // rough one, which the percentage makes exact.
        ((fraction.form !== 'digits' || fraction.approx === true) && off <= ROUGH_PROPORTION_POINTS);
    const exact = formatPercent(fraction.num!, fraction.den!, Math.max(2, percent.decimals + 1));
    const rounded = formatPercent(fraction.num!, fraction.den!, percent.decimals);
    yield { fraction, percent, holds, exact, rounded };
  }
}
