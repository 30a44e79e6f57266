import type { PassageInfo } from '../pair/index.js';
import { defineRule, type Problem, type Rule, type RuleMeta } from '../rule.js';
import type { Claim } from '../types.js';

/**
 * One constraint a rule evaluated on the text, whether it held or not, so that
 * tests and the cross-language triangulation can see what was checked and not
 * only what was reported.
 */
export interface Evaluation {
  rule: string;
  /** The constraint with its computed values, e.g. `(3 + 5)/10 = 80.0%, consistent with 80%`. */
  constraint: string;
  holds: boolean;
  /** Claims the constraint reads; the first is the one a finding points at. */
  claims: Claim[];
  /** The finding, when the constraint does not hold. */
  problem?: Problem;
}

export type Evaluator = (info: PassageInfo, all: PassageInfo[]) => Evaluation[];

export interface ConstraintRule extends Rule {
  evaluate: Evaluator;
}

/**
 * A passage with more numbers than this is not an abstract but a table or a number
 * dump. Constraints weigh claims against each other, often pairwise, so there they
 * are not evaluated: silence, rather than a stall on hostile input.
 */
export const MAX_PASSAGE_CLAIMS = 500;

/** A passage rule that reports every evaluated constraint that does not hold. */
export function constraintRule(meta: Omit<RuleMeta, 'scope'>, evaluate: Evaluator): ConstraintRule {
  const bounded: Evaluator = (info, all) => (info.claims.length > MAX_PASSAGE_CLAIMS ? [] : evaluate(info, all));
  const rule = defineRule({
    meta: { ...meta, scope: 'passage' },
    check(ctx) {
      for (const e of bounded(ctx.passage!, ctx.passages)) if (!e.holds && e.problem) ctx.report(e.problem);
    },
  });
  return { ...rule, evaluate: bounded };
}
