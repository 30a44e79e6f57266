import { fractionAgreesWithPercent } from '../src/align/triangulate.js';
import { passageIndex } from '../src/constraints/passage-index.js';
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
    description: 'A percentage written beside a fraction must equal it at the reported precision.',
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
