/** A per-file time budget, checked between pipeline stages: a file over it is skipped, never half-reported. */
export class TimeBudgetError extends Error {
  override name = 'TimeBudgetError';
  constructor(readonly budgetMs: number) {
    super(`took longer than the ${budgetMs / 1000} s budget for one file`);
  }
}

export type BudgetCheck = () => void;

export function budget(ms: number | undefined): BudgetCheck {
  if (ms === undefined || !Number.isFinite(ms)) return () => {};
  const deadline = performance.now() + ms;
  return () => {
    if (performance.now() > deadline) throw new TimeBudgetError(ms);
  };
}
