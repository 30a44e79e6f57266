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

/**
 * Work a rule left undone on purpose, where a search had to be bounded: said in an
 * `info` notice of the file (code `rule-budget`), so that silence always means
 * "checked and found consistent".
 */
export interface Skip {
  rule: string;
  message: string;
}

/** What an evaluator receives besides the passage: a way to say what it skipped and why. */
export interface EvaluationContext {
  skip(message: string): void;
}

export type BudgetedEvaluator = (info: PassageInfo, all: PassageInfo[], ctx: EvaluationContext) => Evaluation[];

export interface ConstraintRule extends Rule {
  evaluate: Evaluator;
  /** What the rule skipped on a passage (empty when it checked everything). */
  skipped(info: PassageInfo, all: PassageInfo[]): Skip[];
}

interface Outcome {
  evaluations: Evaluation[];
  skips: Skip[];
}

/**
 * A passage rule that reports every evaluated constraint that does not hold.
 *
 * Evaluators are linear (or n log n) in the claims of a passage, so every passage is
 * checked whatever its size. `evaluate` remembers its result per passage object (evaluators
 * read only their own passage): the cross-language triangulation asks again for every
 * conflicting pair of numbers, and must not evaluate the passage again each time.
 */
export function constraintRule(meta: Omit<RuleMeta, 'scope'>, evaluate: BudgetedEvaluator): ConstraintRule {
  const compute = (info: PassageInfo, all: PassageInfo[]): Outcome => {
    const skips: Skip[] = [];
    return { evaluations: evaluate(info, all, { skip: (message) => skips.push({ rule: meta.id, message }) }), skips };
  };
  const done = new WeakMap<PassageInfo, Outcome>();
  const run = (info: PassageInfo, all: PassageInfo[]): Outcome => {
    let outcome = done.get(info);
    if (!outcome) done.set(info, (outcome = compute(info, all)));
    return outcome;
  };
  const rule = defineRule({
    meta: { ...meta, scope: 'passage' },
    check(ctx) {
      // Checked once per passage: remembering the result would cost more than it saves on a file of many small passages.
      const { evaluations, skips } = compute(ctx.passage!, ctx.passages);
      for (const e of evaluations) if (!e.holds && e.problem) ctx.report(e.problem);
      for (const s of skips) ctx.notice?.(s.message);
    },
  });
  return { ...rule, evaluate: (info, all) => run(info, all).evaluations, skipped: (info, all) => run(info, all).skips };
}
