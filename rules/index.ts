import type { Rule } from '../src/rule.js';
import breakdownSum from './breakdown-sum.js';
import grim from './grim.js';
import intervalEstimate from './interval-estimate.js';
import percentBounds from './percent-bounds.js';
import pvalueBounds from './pvalue-bounds.js';
import rangeOrder from './range-order.js';
import rateFromCounts from './rate-from-counts.js';
import significanceWording from './significance-wording.js';
import statisticPvalue from './statistic-pvalue.js';
import statisticRecompute from './statistic-recompute.js';
import subgroupSum from './subgroup-sum.js';
import cohortCount from './cohort-count.js';
import fractionBounds from './fraction-bounds.js';
import pairNumberMismatch from './pair-number-mismatch.js';
import pairIdentifierMismatch from './pair-identifier-mismatch.js';
import pairYearMismatch from './pair-year-mismatch.js';
import pairNumberMissing from './pair-number-missing.js';
import percentFraction from './percent-fraction.js';

/** Every rule, in the order their findings are listed for one place. */
export const rules: Rule[] = [
  pairNumberMismatch,
  pairNumberMissing,
  percentFraction,
  fractionBounds,
  // Arithmetic and statistics: constraints an abstract states about itself.
  cohortCount,
  subgroupSum,
  breakdownSum,
  rateFromCounts,
  percentBounds,
  rangeOrder,
  pvalueBounds,
  significanceWording,
  intervalEstimate,
  statisticPvalue,
  statisticRecompute,
  grim,
  // Identifiers both versions state: registration numbers, DOIs, grants, standards, software releases.
  pairIdentifierMismatch,
  // Bare years the aligned sentences state differently.
  pairYearMismatch,
];

export const rulesById = new Map(rules.map((r) => [r.meta.id, r]));
