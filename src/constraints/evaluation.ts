import type { PassageInfo } from '../pair/index.js';
import { defineRule, type PassageRule, type Problem, type RuleMeta } from '../rule.js';
import type { Claim } from '../types.js';
import { passageIndex } from './passage-index.js';

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

export interface ConstraintRule extends PassageRule {
  evaluate: Evaluator;
  /** What the rule skipped on a passage (empty when it checked everything). */
  skipped(info: PassageInfo, all: PassageInfo[]): Skip[];
}

/** What one check found on one passage: its evaluations, and what it left unchecked and why. */
interface Outcome {
  evaluations: Evaluation[];
  skipped: string[];
}

/**
 * Every check's outcome on every passage, computed once: the passage rule that reports a
 * check and the cross-language triangulation that reads it share one result. Kept by the
 * passage's index (passageIndex), so a result lives only as long as the analysis that holds
 * the passage; checks read only their own passage, so the other passages given do not change it.
 */
const OUTCOMES = {};
const newOutcomes = () => new Map<BudgetedEvaluator, Outcome>();

/** What the check running has skipped, made at its first skip: most skip nothing. */
let skipping: string[] | undefined;
const SKIP_CONTEXT: EvaluationContext = { skip: (message) => void (skipping ??= []).push(message) };
const NOTHING_SKIPPED = Object.freeze([]) as unknown as string[];

/**
 * The passage asked for last and its outcomes: the checks of a passage run one after the
 * other, and a weak map's lookup for each cost more than most of them. Only the last
 * passage is held, until another is asked for.
 */
let lastInfo: PassageInfo | undefined;
let lastByCheck: Map<BudgetedEvaluator, Outcome> | undefined;

export function checkPassage(evaluate: BudgetedEvaluator, info: PassageInfo, all: PassageInfo[]): Outcome {
  const byCheck = info === lastInfo ? lastByCheck! : passageIndex(info).remember(OUTCOMES, newOutcomes);
  lastInfo = info;
  lastByCheck = byCheck;
  let outcome = byCheck.get(evaluate);
  if (!outcome) {
    // One context for every check: what a check skips goes to the list of the check running
    // (a check may ask for another's outcome, so the list of the one that asked is put back).
    const asking = skipping;
    skipping = undefined;
    try {
      const evaluations = evaluate(info, all, SKIP_CONTEXT);
      outcome = { evaluations, skipped: skipping ?? NOTHING_SKIPPED };
    } finally {
      skipping = asking;
    }
    byCheck.set(evaluate, outcome);
  }
  return outcome;
}

/**
 * A passage rule that reports every evaluated constraint that does not hold.
 *
 * Evaluators are linear (or n log n) in the claims of a passage, so every passage is
 * checked whatever its size.
 */
export function constraintRule(meta: Omit<RuleMeta<'passage'>, 'scope'>, evaluate: BudgetedEvaluator): ConstraintRule {
  const rule = defineRule({
    meta: { ...meta, scope: 'passage' as const },
    check(ctx) {
      const { evaluations, skipped } = checkPassage(evaluate, ctx.passage, [ctx.passage]);
      for (const e of evaluations) if (!e.holds && e.problem) ctx.report(e.problem);
      for (const message of skipped) ctx.notice?.(message);
    },
  });
  return {
    ...rule,
    evaluate: (info, all) => checkPassage(evaluate, info, all).evaluations,
    skipped: (info, all) => checkPassage(evaluate, info, all).skipped.map((message) => ({ rule: meta.id, message })),
  };
}
