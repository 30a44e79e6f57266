/**
 * A reported number is an interval: `47.1%` stands for every value that rounds to
 * 47.1, [47.05, 47.15], either rounding rule accepted at the ties.
 */
export interface Reported {
  /** The written digits without the decimal point: 47.1 → 471. */
  digits: number;
  decimals: number;
}

export function reported(value: number, decimals: number): Reported {
  return { digits: Math.round(value * 10 ** decimals), decimals };
}

/**
 * Whether k/n, as a percentage, rounds to P·10^-D, in integer arithmetic:
 * |200·10^D·k − 2·P·n| ≤ n, ties accepted (round half up or half even).
 */
export function percentMatchesFraction(percent: Reported, k: number, n: number): boolean {
  if (n <= 0) return false;
  const scale = 10n ** BigInt(Math.max(0, percent.decimals));
  const lhs = 200n * scale * BigInt(k) - 2n * BigInt(percent.digits) * BigInt(n);
  const diff = lhs < 0n ? -lhs : lhs;
  return diff <= BigInt(n);
}

/** `k/n` as a percentage rounded to `decimals` places, for messages. */
export function formatPercent(k: number, n: number, decimals: number): string {
  return ((100 * k) / n).toFixed(decimals);
}
