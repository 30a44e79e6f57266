import type { PassageInfo } from '../../pair/index.js';
import { checkPassage, type BudgetedEvaluator, type Evaluation } from '../evaluation.js';
import { evaluate as breakdownSum } from './breakdown-sum.js';
import { evaluate as cohortCount } from './cohort-count.js';
import { evaluate as intervalEstimate } from './interval-estimate.js';
import { evaluate as rateFromCounts } from './rate-from-counts.js';
import { evaluateStatistics as statisticPvalue } from './statistic-pvalue.js';
import { evaluate as statisticRecompute } from './statistic-recompute.js';
import { evaluate as subgroupSum } from './subgroup-sum.js';

/** The arithmetic constraints that can tell which version of a conflicting number is wrong, in the order they are read. */
const DECIDING: BudgetedEvaluator[] = [rateFromCounts, subgroupSum, breakdownSum, cohortCount, intervalEstimate, statisticPvalue, statisticRecompute];

/** Every deciding constraint evaluated on a passage, from the results the passage rules share. */
export function decidingEvaluations(info: PassageInfo, all: PassageInfo[]): Evaluation[] {
  return DECIDING.flatMap((evaluate) => checkPassage(evaluate, info, all).evaluations);
}
