/** A per-file time budget, checked between pipeline stages: a file over it is skipped, never half-reported. */
export class TimeBudgetError extends Error {
  override name = 'TimeBudgetError';
  constructor(readonly budgetMs: number) {
    super(`took longer than the ${budgetMs / 1000} s budget for one file`);
  }
}

export type BudgetCheck = () => void;

/** Milliseconds on a monotonic clock: `process.hrtime` rather than `performance.now()`, whose first use loads node's perf_hooks (half a millisecond of every start). */
const now = () => Number(process.hrtime.bigint()) / 1e6;

export function budget(ms: number | undefined): BudgetCheck {
  if (ms === undefined || !Number.isFinite(ms)) return () => {};
  const deadline = now() + ms;
  return () => {
    if (now() > deadline) throw new TimeBudgetError(ms);
  };
}
