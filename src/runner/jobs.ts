import { defaultJobs } from '../batch/cores.js';

/**
 * Below this many records a worker costs more to start (it loads the whole
 * pipeline) than it saves, so a run without --jobs uses fewer threads.
 */
export const MIN_RECORDS_PER_WORKER = 200;

export { defaultJobs };

/** The threads for about `records` records: --jobs as given, else the cores the work can use. */
export function jobsFor(opt: { jobs?: number | undefined }, records: number): number {
  if (opt.jobs !== undefined) return opt.jobs;
  return Math.max(1, Math.min(defaultJobs(), Math.floor(records / MIN_RECORDS_PER_WORKER)));
}
