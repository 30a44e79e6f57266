import { createRequire } from 'node:module';

/**
 * p-values of test statistics, from @stdlib's distribution functions. They are
 * loaded on first use, so a run that meets no test statistic never pays for them.
 */
type Cdf1 = (x: number, a: number) => number;
type Cdf2 = (x: number, a: number, b: number) => number;
type Normal = (x: number, mu: number, sigma: number) => number;

// The command's bundle (scripts/bundle.mjs) points these names at its own build of each package,
// one file apiece: a package is some 150-350 small CommonJS modules, each found and read on its own otherwise.
const require = createRequire(import.meta.url);

/** A distribution function, loaded when first called: the normal one, which an interval's p needs, is a third of the code of the others. */
function loaded<F>(name: string): () => F {
  let f: F | undefined;
  return () => (f ??= require(name) as F);
}

const dists = {
  t: loaded<Cdf1>('@stdlib/stats-base-dists-t-cdf'),
  f: loaded<Cdf2>('@stdlib/stats-base-dists-f-cdf'),
  chi2: loaded<Cdf1>('@stdlib/stats-base-dists-chisquare-cdf'),
  normal: loaded<Normal>('@stdlib/stats-base-dists-normal-cdf'),
};

/** Two-sided p of a standard normal deviate. */
export function pFromZ(z: number): number {
  return 2 * (1 - dists.normal()(Math.abs(z), 0, 1));
}

/** Measures read from their own distribution under another name: Cochran's Q and the likelihood-ratio G² are χ². */
const DISTRIBUTION_OF: Record<string, string> = { Q: 'chi2', G2: 'chi2' };

/** Measures whose p is one tail of their distribution whatever the test: F and the χ² family. */
export function upperTailed(measure: string): boolean {
  const m = DISTRIBUTION_OF[measure] ?? measure;
  return m === 'F' || m === 'chi2';
}

/**
 * The p-value a statistic gives: t, r and z two-tailed unless `tails` is 1;
 * F and χ² upper-tailed, as they are reported.
 */
export function pFromStatistic(measure: string, x: number, df: number[], tails: 1 | 2 = 2): number | undefined {
  const two = (p: number) => (tails === 1 ? p : Math.min(1, 2 * p));
  switch (DISTRIBUTION_OF[measure] ?? measure) {
    case 't':
      return df[0]! > 0 ? two(dists.t()(-Math.abs(x), df[0]!)) : undefined;
    case 'r': {
      const r = Math.min(Math.abs(x), 1);
      if (df[0]! <= 0) return undefined;
      if (r >= 1) return 0;
      return two(dists.t()(-r * Math.sqrt(df[0]! / (1 - r * r)), df[0]!));
    }
    case 'z':
      return two(dists.normal()(-Math.abs(x), 0, 1));
    case 'F':
      return df[0]! > 0 && df[1]! > 0 && x >= 0 ? 1 - dists.f()(x, df[0]!, df[1]!) : undefined;
    case 'chi2':
      return df[0]! > 0 && x >= 0 ? 1 - dists.chi2()(x, df[0]!) : undefined;
    default:
      return undefined;
  }
}

/** The standard normal quantile of common two-sided confidence levels. */
export const Z_OF_LEVEL: Record<number, number> = { 90: 1.6448536269514722, 95: 1.959963984540054, 99: 2.5758293035489004 };
