/**
 * How work grows with the input, measured so that a busy machine does not fail a test:
 * CPU time of this process (other processes sharing the cores do not add to it, as they
 * add to wall-clock time), the median of several runs, and a generous allowance.
 * Absolute times belong in the benchmark (bench/), not in a test.
 */

/** Milliseconds of CPU time (user and system) this process spends running `work`. */
export function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Growth {
  /** Median CPU ms at the smaller size. */
  small: number;
  /** Median CPU ms at the larger size. */
  large: number;
  /** Whether `large` is within `ratio × small + slackMs`. */
  within: boolean;
  /** For a failing test's message. */
  describe: string;
}

export interface GrowthOptions {
  /** How many times larger the larger input is. */
  factor: number;
  /** The allowed ratio of times: linear work gives `factor`, quadratic `factor²`. */
  ratio: number;
  /** Allowed on top, for inputs so quick that warm-up and collection are most of their time. */
  slackMs?: number;
  /** Runs at each size (the median is kept); runs at the larger size beyond the first are made only when it is over the allowance. */
  runs?: number;
  /** Run once before measuring, so that compiled code and loaded tables are measured, not their first use. */
  warmUp?: () => void;
}

/**
 * Compare the median CPU times of `small` and `large`. A large input is costly, so it is run again only when
 * its first time is over the allowance: a collection or a descheduled moment then does
 * not decide the verdict, the median of the runs does.
 */
export function growth(small: () => void, large: () => void, options: GrowthOptions): Growth {
  const { factor, ratio, slackMs = 0, runs = 3, warmUp } = options;
  warmUp?.();
  const smallTimes = Array.from({ length: runs }, () => cpuMs(small));
  const s = median(smallTimes);
  const limit = ratio * s + slackMs;
  const largeTimes = [cpuMs(large)];
  while (largeTimes.length < runs && median(largeTimes) >= limit) largeTimes.push(cpuMs(large));
  const l = median(largeTimes);
  return {
    small: s,
    large: l,
    within: l < limit,
    describe: `${factor}× the input: CPU ms ${smallTimes.map((t) => t.toFixed(0)).join(', ')} → ${largeTimes.map((t) => t.toFixed(0)).join(', ')}; median ${s.toFixed(0)} → ${l.toFixed(0)}, allowed ${limit.toFixed(0)}`,
  };
}
