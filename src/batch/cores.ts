import { availableParallelism } from 'node:os';

/** The number of cores: the default thread count of a batch run. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}
