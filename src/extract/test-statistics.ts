import { STAT_GAP_WORDS } from '../lang/en.js';
import { first } from './chars.js';

/**
 * Test statistics reported in APA style, the forms statcheck reads and a few more:
 * `t(28) = 2.20`, `F(1.72, 49.8) = 5.1`, `χ2(1, N = 11,455) = 16.78`, `Qw(12) = 4.5`,
 * `G2(1) = 3.9`, `r(48) = .30`, `z = 1.96`, with `=`, `<` or `>`. Each spelling is a
 * row of SPELLINGS; each row is read by its own pattern, so adding a spelling never
 * disturbs the others.
 */

/** How a test writes its degrees of freedom. */
type DfShape = 'one' | 'two' | 'chi' | 'none';

interface Spelling {
  /** The measure a claim carries; χ²-distributed tests are told apart for messages only. */
  measure: string;
  /** The test's name as written, a regex source. */
  label: string;
  df: DfShape;
}

export const SPELLINGS: Spelling[] = [
  { measure: 't', label: 't', df: 'one' },
  { measure: 'F', label: 'F', df: 'two' },
  { measure: 'r', label: 'r', df: 'one' },
  { measure: 'z', label: '[zZ]', df: 'none' },
  // χ2, χ², chi2, chi_2, chi-square(d), X2, x2 (a Latin X needs its 2, or it is any x); Δχ2 compares two models.
  { measure: 'chi2', label: String.raw`(?:Δ\s?)?(?:χ|[Cc]hi)\s?(?:[-_]?\s?(?:2|²|\^2)|-?\s?[Ss]quared?)?|[Xx]\s?(?:_?2|²|\^2)`, df: 'chi' },
  // The likelihood-ratio G² has a χ² distribution.
  { measure: 'G2', label: String.raw`G\s?(?:_?2|²|\^2)`, df: 'chi' },
  // Cochran's Q and its within/between/total parts in meta-analysis, χ²-distributed.
  { measure: 'Q', label: String.raw`Q(?:\s?-?\s?(?:[wW](?:ithin)?|[bB](?:etween)?|[tT](?:otal)?))?`, df: 'one' },
];

/**
 * Degrees of freedom and values: thousands separators (`1,224`, and the space of Chinese
 * journals, `N = 1 024`, `4 512.36`), decimals (`49.8`, `.30`).
 */
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u2009\u202f]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
/** The first df of an F test, where a typeset 1 often comes out as `l` or `I`. */
const DF1 = String.raw`\d+(?:\.\d+)?|\.\d+|[lI]`;
const DF: Record<DfShape, string> = {
  one: String.raw`\s?\(\s*(${NUMBER})\s*\)`,
  two: String.raw`\s?\(\s*(${DF1})\s*,\s*(${NUMBER})\s*\)`,
  chi: String.raw`\s?\(\s*(${NUMBER})\s*(?:,\s*[Nn]\s*=\s*(${NUMBER})\s*)?\)`,
  none: '',
};
/**
 * A minus sign, or a few symbols where a PDF lost one (`t(28) = %^&2.20` in
 * statcheck's tests). Only a real `-` makes the value negative.
 */
const SIGN = String.raw`-|[^\p{L}\p{N}\s.,;:()\[\]<>=]{1,3}`;
const VALUE = String.raw`\s*([=<>])\s*(?:(${SIGN})\s?)?(${NUMBER})(?!\d|[.,]\d)`;

/** What a spelling's match holds, cheap to look for: the bracket closing its df, or its label, right before the sign. */
const CLOSE_THEN_SIGN = /\)\s*[=<>]/;

const PATTERNS = SPELLINGS.map((s) => ({
  ...s,
  // Chinese glues a test to the word before it (`结果t(45)=2.31`): only a Latin or Greek letter makes it part of a name.
  re: new RegExp(String.raw`(?<![\p{Script=Latin}\p{Script=Greek}\p{N}_])(?:${s.label})${DF[s.df]}${VALUE}`, 'gu'),
  guard: s.df === 'none' ? new RegExp(String.raw`(?:${s.label})\s*[=<>]`, 'u') : CLOSE_THEN_SIGN,
}));

export interface FoundStatistic {
  measure: string;
  start: number;
  end: number;
  df: number[];
  /** A sample size written with the df: `χ2(1, N = 90)`. */
  n?: number;
  comparator: '=' | '<' | '>';
  /** The value as written, without its sign. */
  valueText: string;
  negative: boolean;
}

const COMPARISON = /[=<>]/;
const number = (s: string) => Number(s.replace(/[,\s\u2009\u202f]/g, ''));
const readDf = (s: string) => (s === 'l' || s === 'I' ? 1 : number(s));

/** Every test statistic of a (width-folded) text, in text order. */
export function findTestStatistics(text: string): FoundStatistic[] {
  const out: FoundStatistic[] = [];
  // Every spelling states its value after `=`, `<` or `>`: most sentences have none.
  if (!COMPARISON.test(text)) return out;
  for (const { measure, df: shape, re, guard } of PATTERNS) {
    if (!guard.test(text)) continue;
    for (let m = first(re, text); m; m = re.exec(text)) {
      const groups = m.slice(1);
      const [valueText, sign, comparator] = [groups.pop()!, groups.pop(), groups.pop()!];
      const dfs = groups.filter((g): g is string => g !== undefined);
      const df = shape === 'none' ? [] : shape === 'two' ? dfs.map(readDf) : [readDf(dfs[0]!)];
      const n = shape === 'chi' && dfs[1] !== undefined ? number(dfs[1]) : undefined;
      out.push({
        measure, start: m.index, end: m.index + m[0].length, df, ...(n !== undefined ? { n } : {}),
        comparator: comparator as FoundStatistic['comparator'], valueText, negative: sign === '-',
      });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // Two spellings never read the same characters; if they ever did, the first reading stands.
  const kept: FoundStatistic[] = [];
  for (const f of out) if (!kept.length || f.start >= kept[kept.length - 1]!.end) kept.push(f);
  return kept;
}

const GAP_MAX = 80;
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Whether what stands between a statistic and a p-value lets the p belong to it:
 * punctuation, numbers and the labels of the values reported beside a test
 * (`, MSE = 3.1,`, ` (`, `, d = 0.45, 95% CI [0.1, 0.8],`), but no other words.
 */
export function gapAllowsP(gap: string): boolean {
  if (gap.length > GAP_MAX || HAN.test(gap)) return false;
  for (const [w] of gap.matchAll(LATIN_WORD)) if (!STAT_GAP_WORDS.has(w.toLowerCase())) return false;
  return true;
}

/** `ns`, `n.s.`: a result reported as not significant, read as p > .05. */
export const NOT_SIGNIFICANT = /(?<![\p{L}\p{N}])n\.?s\b\.?/gu;
const ANY_P = /(?<![\p{L}])[Pp]\s*[<>=≤≥]|(?<![\p{L}\p{N}])n\.?s\b/u;

/** A line that reports a test result (`t(28) = 2.20, p = .03`), however few words surround it. */
export function hasReportedResult(text: string): boolean {
  if (!ANY_P.test(text)) return false;
  return PATTERNS.some(({ re, guard }) => {
    if (!guard.test(text)) return false;
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = 0;
    return found;
  });
}
