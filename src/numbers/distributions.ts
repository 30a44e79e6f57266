import { createRequire } from 'node:module';

/**
 * p-values of test statistics, from @stdlib's distribution functions. They are
 * loaded on first use, so a run that meets no test statistic never pays for them.
 */
type Cdf1 = (x: number, a: number) => number;
type Cdf2 = (x: number, a: number, b: number) => number;
type Normal = (x: number, mu: number, sigma: number) => number;

interface Dists {
  t: Cdf1;
  f: Cdf2;
  chi2: Cdf1;
  normal: Normal;
}

let dists: Dists | undefined;
function load(): Dists {
  if (!dists) {
    // The command's bundle (scripts/bundle.mjs) drops this line, so that these requires load the
    // packages from the bundle: they are some 350 small CommonJS modules, each found and read on its own otherwise.
    const require = createRequire(import.meta.url);
    dists = {
      t: require('@stdlib/stats-base-dists-t-cdf') as Cdf1,
      f: require('@stdlib/stats-base-dists-f-cdf') as Cdf2,
      chi2: require('@stdlib/stats-base-dists-chisquare-cdf') as Cdf1,
      normal: require('@stdlib/stats-base-dists-normal-cdf') as Normal,
    };
  }
  return dists;
}

/** Two-sided p of a standard normal deviate. */
export function pFromZ(z: number): number {
  return 2 * (1 - load().normal(Math.abs(z), 0, 1));
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
  const d = load();
  const two = (p: number) => (tails === 1 ? p : Math.min(1, 2 * p));
  switch (DISTRIBUTION_OF[measure] ?? measure) {
    case 't':
      return df[0]! > 0 ? two(d.t(-Math.abs(x), df[0]!)) : undefined;
    case 'r': {
      const r = Math.min(Math.abs(x), 1);
      if (df[0]! <= 0) return undefined;
      if (r >= 1) return 0;
      return two(d.t(-r * Math.sqrt(df[0]! / (1 - r * r)), df[0]!));
    }
    case 'z':
      return two(d.normal(-Math.abs(x), 0, 1));
    case 'F':
      return df[0]! > 0 && df[1]! > 0 && x >= 0 ? 1 - d.f(x, df[0]!, df[1]!) : undefined;
    case 'chi2':
      return df[0]! > 0 && x >= 0 ? 1 - d.chi2(x, df[0]!) : undefined;
    default:
      return undefined;
  }
}

/** The standard normal quantile of common two-sided confidence levels. */
export const Z_OF_LEVEL: Record<number, number> = { 90: 1.6448536269514722, 95: 1.959963984540054, 99: 2.5758293035489004 };
