/**
 * Test statistics recomputed from what an abstract states about two groups: the
 * counts of a 2×2 table (`38/152` vs `48/134`), or each group's mean, SD and size.
 */

/** Pearson's χ² of the 2×2 table a/n1 vs b/n2, and with Yates' continuity correction. */
export function chiSquare2x2(a: number, n1: number, b: number, n2: number): { pearson: number; yates: number } | undefined {
  const [c, d] = [n1 - a, n2 - b];
  const n = n1 + n2;
  const rows = n1 * n2;
  const cols = (a + b) * (c + d);
  // An empty row or column: the statistic is undefined.
  if (a < 0 || b < 0 || c < 0 || d < 0 || rows === 0 || cols === 0) return undefined;
  const diff = Math.abs(a * d - b * c);
  const yatesDiff = Math.max(0, diff - n / 2);
  return { pearson: (n * diff * diff) / (rows * cols), yates: (n * yatesDiff * yatesDiff) / (rows * cols) };
}

export interface GroupSummary {
  mean: number;
  sd: number;
  n: number;
}

/** Student's t with the pooled variance. */
export function pooledT(g1: GroupSummary, g2: GroupSummary): number {
  const df = g1.n + g2.n - 2;
  const pooled = ((g1.n - 1) * g1.sd ** 2 + (g2.n - 1) * g2.sd ** 2) / df;
  return (g1.mean - g2.mean) / Math.sqrt(pooled * (1 / g1.n + 1 / g2.n));
}

/** Welch's t, each group with its own variance. */
export function welchT(g1: GroupSummary, g2: GroupSummary): number {
  return (g1.mean - g2.mean) / Math.sqrt(g1.sd ** 2 / g1.n + g2.sd ** 2 / g2.n);
}
