/**
 * statcheck's own test cases as a table: every input text of its testthat suite
 * (tests/testthat/, statcheck 1.6.0, https://github.com/MicheleNuijten/statcheck)
 * that runs with statcheck's default options, with statcheck's extraction and
 * verdict for each result it reads. Cases that need a non-default option
 * (OneTailedTests, OneTailedTxt, pEqualAlphaSig = FALSE, other alpha levels,
 * pZeroError = FALSE, AllPValues) are left out.
 *
 * statcheck is by Michèle B. Nuijten and Sacha Epskamp and licensed GPL-3.0
 * (zhenlint is MIT). Only the short test inputs are reproduced here, as data,
 * with their source file and test name. The verdicts are statcheck's at its
 * defaults (alpha = .05, p = .05 counted as significant, p = .000 an error,
 * every test two-tailed): where its tests assert a verdict, that one; elsewhere
 * the one its algorithm (R/error_test.R, R/decision_error_test.R) gives, which
 * agrees with every assertion of its suite.
 */

export type Verdict = 'consistent' | 'inconsistent' | 'decision error';

/** One result as statcheck reads it: test, df, the statistic and p with their comparators. */
export interface StatcheckResult {
  /** zhenlint's measure for statcheck's test type (Z → z, Chi2 → chi2, Qw/Qb → Q). */
  type: 't' | 'F' | 'r' | 'z' | 'chi2' | 'Q';
  df: number[];
  test: '=' | '<' | '>';
  value: number;
  /** `ns` is read as p > .05. */
  p: '=' | '<' | '>' | 'ns';
  pValue?: number;
  verdict: Verdict;
}

export interface StatcheckCase {
  /** statcheck's test file and test name. */
  source: string;
  text: string;
  /** What statcheck reads; empty when it reads no result. */
  results: StatcheckResult[];
}

export const STATCHECK_CASES: StatcheckCase[] = [
  { source: 'test-extract-t-tests.R: t-tests are correctly parsed', text: 't(28) = 2.20, p = .03', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: t-tests are retrieved from sentences', text: 'The effect was very significant, t(28) = 2.20, p = .03.', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: t-tests are retrieved from sentences', text: 'Both effects were very significant, t(28) = 2.20, p = .03, t(28) = 1.23, p = .04.', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
      { type: 't', df: [28], test: '=', value: 1.23, p: '=', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-extract-t-tests.R: t-tests with different spacing are retrieved from text', text: ' t ( 28 ) = 2.20 , p = .03', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: t-tests with different spacing are retrieved from text', text: 't(28)=2.20,p=.03', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: variations in the t-statistic are retrieved from text', text: 't(28) = -2.20, p = .03', results: [
      { type: 't', df: [28], test: '=', value: -2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: variations in the t-statistic are retrieved from text', text: 't(28) = 2,000.20, p = .03', results: [
      { type: 't', df: [28], test: '=', value: 2000.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: variations in the t-statistic are retrieved from text', text: 't(28) < 2.20, p = .03', results: [
      { type: 't', df: [28], test: '<', value: 2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: variations in the t-statistic are retrieved from text', text: 't(28) > 2.20, p = .03', results: [
      { type: 't', df: [28], test: '>', value: 2.2, p: '=', pValue: 0.03, verdict: 'consistent' },
    ] },
  { source: 'test-extract-t-tests.R: variations in the t-statistic are retrieved from text', text: 't(28) = %^&2.20, p = .03', results: [
      { type: 't', df: [28], test: '=', value: -2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: variations in the p-value are retrieved from text', text: 't(28) = 2.20, p = 0.03', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: variations in the p-value are retrieved from text', text: 't(28) = 2.20, p < .03', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '<', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: variations in the p-value are retrieved from text', text: 't(28) = 2.20, p > .03', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '>', pValue: 0.03, verdict: 'consistent' },
    ] },
  { source: 'test-extract-t-tests.R: variations in the p-value are retrieved from text', text: 't(28) = 2.20, ns', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: 'ns', verdict: 'decision error' },
    ] },
  { source: 'test-extract-t-tests.R: variations in the p-value are retrieved from text', text: 't(28) = 2.20, p = .5e-3', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.0005, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: corrected degrees of freedom in t-tests are retrieved from text', text: 't(28.1) = 2.20, p = .03', results: [
      { type: 't', df: [28.1], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-extract-t-tests.R: incorrect punctuation in t-tests are not retrieved from text', text: 't(28) = 2.20; p = .03', results: [] },
  { source: 'test-extract-t-tests.R: incorrect punctuation in t-tests are not retrieved from text', text: 't[28] = 2.20, p = .03', results: [] },
  { source: 'test-extract-t-tests.R: capital t\'s are not retrieved from text', text: 'T(28) = 2.20, p = .03', results: [] },
  { source: 'test-extract-t-tests.R: tests with \'p-values\' larger than 1 are not retrieved from text', text: 't(28) = 2.20, p = 1.03', results: [] },
  { source: 'test-extract-t-tests.R: t-tests with 2 dfs are not retrieved from text', text: 't(2,28) = 2.20, p = .03', results: [] },
  { source: 'test-extract-t-tests.R: t-values with a weird minus sign and a space do not result in errors', text: ' t(553) = − 4.46, p < .0001', results: [] },
  { source: 'test-extract-t-tests.R: t-values with multiple comparison signs are not retrieved', text: 't(38) >= 2.25, p = .03', results: [] },
  { source: 'test-extract-t-tests.R: t-values with multiple comparison signs are not retrieved', text: 't(38) = 2.25, p >= .03', results: [] },
  { source: 'test-extract-F-tests.R: F-tests are correctly parsed', text: 'F(2, 28) = 2.20, p = .03', results: [
      { type: 'F', df: [2, 28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-F-tests.R: F-tests are retrieved from sentences', text: 'The effect was very significant, F(2, 28) = 2.20, p = .03.', results: [
      { type: 'F', df: [2, 28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-F-tests.R: F-tests are retrieved from sentences', text: 'Both effects were very significant, F(2, 28) = 2.20, p = .03, F(2, 28) = 1.23, p = .04.', results: [
      { type: 'F', df: [2, 28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
      { type: 'F', df: [2, 28], test: '=', value: 1.23, p: '=', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-extract-F-tests.R: F-tests with different spacing are retrieved from text', text: ' F ( 2 , 28 ) = 2.20 , p = .03', results: [
      { type: 'F', df: [2, 28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-F-tests.R: F-tests with different spacing are retrieved from text', text: 'F(2,28)=2.20,p=.03', results: [
      { type: 'F', df: [2, 28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-F-tests.R: corrected degrees of freedom in F-tests are retrieved from text', text: 'F(2.1, 28.1) = 2.20, p = .03', results: [
      { type: 'F', df: [2.1, 28.1], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-F-tests.R: corrected degrees of freedom in F-tests are retrieved from text', text: 'F(l, 76) = 23.95, p <.001', results: [
      { type: 'F', df: [1, 76], test: '=', value: 23.95, p: '<', pValue: 0.001, verdict: 'consistent' },
    ] },
  { source: 'test-extract-Q-tests.R: Q-tests are correctly parsed', text: 'Q(2) = 2.20, p = .03', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: Q-tests are retrieved from sentences', text: 'The effect was very significant, Q(2) = 2.20, p = .03.', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: Q-tests are retrieved from sentences', text: 'Both effects were very significant, Q(2) = 2.20, p = .03, Q(2) = 1.23, p = .04.', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
      { type: 'Q', df: [2], test: '=', value: 1.23, p: '=', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: Q-tests with different spacing are retrieved from text', text: ' Q ( 2 ) = 2.20 , p = .03', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: Q-tests with different spacing are retrieved from text', text: 'Q(2)=2.20,p=.03', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: different types of Q-tests are correctly parsed', text: 'Qw(2) = 2.20, p = .03', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: different types of Q-tests are correctly parsed', text: 'Qwithin(2) = 2.20, p = .03', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: different types of Q-tests are correctly parsed', text: 'Q-within(2) = 2.20, p = .03', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: different types of Q-tests are correctly parsed', text: 'Qb(2) = 2.20, p = .03', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: different types of Q-tests are correctly parsed', text: 'Qbetween(2) = 2.20, p = .03', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: different types of Q-tests are correctly parsed', text: 'Q-between(2) = 2.20, p = .03', results: [
      { type: 'Q', df: [2], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-Q-tests.R: stats that only look like Q-tests are not retrieved', text: 'Qs(2) = 2.2, p = .03', results: [] },
  { source: 'test-extract-Q-tests.R: stats that only look like Q-tests are not retrieved', text: 'Qb(2, N = 187) = 2.20, p = .03', results: [] },
  { source: 'test-extract-chi2-tests.R: chi2-tests are correctly parsed', text: 'chi2(28) = 2.20, p = .03', results: [
      { type: 'chi2', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-chi2-tests.R: chi2-tests are retrieved from sentences', text: 'The effect was very significant, chi2(28) = 2.20, p = .03.', results: [
      { type: 'chi2', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-chi2-tests.R: chi2-tests are retrieved from sentences', text: 'Both effects were very significant, chi2(28) = 2.20, p = .03, chi2(28) = 1.23, p = .04.', results: [
      { type: 'chi2', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
      { type: 'chi2', df: [28], test: '=', value: 1.23, p: '=', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-extract-chi2-tests.R: variations in spelling the Greek letter chi are picked up', text: 'X2(28) = 2.20, p = .03', results: [
      { type: 'chi2', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-chi2-tests.R: variations in spelling the Greek letter chi are picked up', text: 'x2(28) = 2.20, p = .03', results: [
      { type: 'chi2', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-chi2-tests.R: variations in spelling the Greek letter chi are picked up', text: 'chi_2(28) = 2.20, p = .03', results: [
      { type: 'chi2', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-chi2-tests.R: different variations in df of chi2 are parsed correctly', text: 'chi2(28, N = 129) = 2.2, p = .03', results: [
      { type: 'chi2', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-chi2-tests.R: different variations in df of chi2 are parsed correctly', text: 'chi2(1, N = 11,455) = 16.78, p <.001', results: [
      { type: 'chi2', df: [1], test: '=', value: 16.78, p: '<', pValue: 0.001, verdict: 'consistent' },
    ] },
  { source: 'test-extract-chi2-tests.R: different variations in df of chi2 are parsed correctly', text: 'chi2(1, n = 81) = 3.25, p = 0.07', results: [
      { type: 'chi2', df: [1], test: '=', value: 3.25, p: '=', pValue: 0.07, verdict: 'consistent' },
    ] },
  { source: 'test-extract-chi2-tests.R: chi2-tests with different spacing are retrieved from text', text: ' chi2 ( 28 ) = 2.20 , p = .03', results: [
      { type: 'chi2', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-chi2-tests.R: chi2-tests with different spacing are retrieved from text', text: 'chi2(28)=2.20,p=.03', results: [
      { type: 'chi2', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-correlations.R: correlations are correctly parsed', text: 'r(28) = .20, p = .03', results: [
      { type: 'r', df: [28], test: '=', value: 0.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-correlations.R: correlations are retrieved from sentences', text: 'The effect was very significant, r(28) = .20, p = .03.', results: [
      { type: 'r', df: [28], test: '=', value: 0.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-correlations.R: correlations are retrieved from sentences', text: 'Both effects were very significant, r(28) = .20, p = .03, r(28) = .23, p = .04.', results: [
      { type: 'r', df: [28], test: '=', value: 0.2, p: '=', pValue: 0.03, verdict: 'decision error' },
      { type: 'r', df: [28], test: '=', value: 0.23, p: '=', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-extract-correlations.R: correlations with different spacing are retrieved from text', text: ' r ( 28 ) = .20 , p = .03', results: [
      { type: 'r', df: [28], test: '=', value: 0.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-correlations.R: correlations with different spacing are retrieved from text', text: 'r(28)=.20,p=.03', results: [
      { type: 'r', df: [28], test: '=', value: 0.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-extract-correlations.R: correlations with impossible values are ignored', text: 'r(16) = 26.05, p = .10', results: [] },
  { source: 'test-extract-correlations.R: correlations with impossible values are ignored', text: 'r(28) = −59, p = .0008', results: [] },
  { source: 'test-extract-z-tests.R: z-tests are correctly parsed', text: ' z = 2.20, p = .03', results: [
      { type: 'z', df: [], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'consistent' },
    ] },
  { source: 'test-extract-z-tests.R: z-tests are retrieved from sentences', text: 'The effect was very significant, z = 2.20, p = .03.', results: [
      { type: 'z', df: [], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'consistent' },
    ] },
  { source: 'test-extract-z-tests.R: z-tests are retrieved from sentences', text: 'Both effects were very significant, z = 2.20, p = .03, z = 1.23, p = .04.', results: [
      { type: 'z', df: [], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'consistent' },
      { type: 'z', df: [], test: '=', value: 1.23, p: '=', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-extract-z-tests.R: z-tests with different spacing are retrieved from text', text: ' z = 2.20 , p = .03', results: [
      { type: 'z', df: [], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'consistent' },
    ] },
  { source: 'test-extract-z-tests.R: z-tests with different spacing are retrieved from text', text: ' z=2.20,p=.03', results: [
      { type: 'z', df: [], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'consistent' },
    ] },
  { source: 'test-extract-z-tests.R: upper case z-tests are retrieved from text', text: ' Z = 2.20 , p = .03', results: [
      { type: 'z', df: [], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'consistent' },
    ] },
  { source: 'test-extract-z-tests.R: a z followed by degrees of freedom is not matched', text: ' z(28) = 2.20, p = .03', results: [] },
  { source: 'test-extract-z-tests.R: a z followed by degrees of freedom is not matched', text: ' Z(28) = 2.20, p = .03', results: [] },
  { source: 'test-error.R: simple errors are classified as such', text: 't(28) = 2.20, p = .03', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: simple errors are classified as such', text: 'F(2, 28) = 2.20, p = .15', results: [
      { type: 'F', df: [2, 28], test: '=', value: 2.2, p: '=', pValue: 0.15, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: simple errors are classified as such', text: 'r(28) = .22, p = .26', results: [
      { type: 'r', df: [28], test: '=', value: 0.22, p: '=', pValue: 0.26, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: simple errors are classified as such', text: 'chi2(28) = 22.20, p = .79', results: [
      { type: 'chi2', df: [28], test: '=', value: 22.2, p: '=', pValue: 0.79, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: simple errors are classified as such', text: ' z = 2.20, p = .04', results: [
      { type: 'z', df: [], test: '=', value: 2.2, p: '=', pValue: 0.04, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: simple errors are classified as such', text: 'Q(28) = 22.20, p = .79', results: [
      { type: 'Q', df: [28], test: '=', value: 22.2, p: '=', pValue: 0.79, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: p-values of negative tests are correctly classified', text: ' Z = -2.42, p = 0.016', results: [
      { type: 'z', df: [], test: '=', value: -2.42, p: '=', pValue: 0.016, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: p-values of negative tests are correctly classified', text: 't(28) = -2.20, p = .03', results: [
      { type: 't', df: [28], test: '=', value: -2.2, p: '=', pValue: 0.03, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: inexactly reported p-values are correctly classified', text: 't(28) = 2.20, ns', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: 'ns', verdict: 'decision error' },
    ] },
  { source: 'test-error.R: inexactly reported p-values are correctly classified', text: 't(28) = 2.20, p > .05', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '>', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-error.R: inexactly reported p-values are correctly classified', text: 't(28) = 2.0, p < .05', results: [
      { type: 't', df: [28], test: '=', value: 2, p: '<', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: decision errors are also classified as errors', text: 't(28) = 1.20, p = .03', results: [
      { type: 't', df: [28], test: '=', value: 1.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-error.R: decision errors are also classified as errors', text: 't(28) = 2.20, p = .30', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.3, verdict: 'decision error' },
    ] },
  { source: 'test-error.R: correctly rounded p-values are not considered errors', text: 't(28) = 2, p = .02', results: [
      { type: 't', df: [28], test: '=', value: 2, p: '=', pValue: 0.02, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: correctly rounded p-values are not considered errors', text: 't(28) = 2, p = .14', results: [
      { type: 't', df: [28], test: '=', value: 2, p: '=', pValue: 0.14, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: correctly rounded p-values are not considered errors', text: 't(28) = 2.2, p = .03', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: correctly rounded p-values are not considered errors', text: 't(28) = 2.2, p = .04', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: correctly rounded p-values are not considered errors', text: 't(28) = 2.20, p = .036', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.036, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: correctly rounded p-values are not considered errors', text: 't(28) = 2.20, p = .037', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.037, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: automated one-tailed test detection works', text: 't(28) = 2.20, p = .018', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.018, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: automated one-tailed test detection works', text: 't(28) = 2.20, p = .018, one-tailed', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.018, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: you can adapt whether p = .000 is counted as inconsistent or not', text: 't(28) = 22.20, p = .000', results: [
      { type: 't', df: [28], test: '=', value: 22.2, p: '=', pValue: 0, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: you can adapt whether p = .000 is counted as inconsistent or not', text: 't(28) = 22.20, p < .000', results: [
      { type: 't', df: [28], test: '=', value: 22.2, p: '<', pValue: 0, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t = ... are correctly classified', text: 't(28) = 2.2, p = .036', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.036, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t = ... are correctly classified', text: 't(28) = 2.2, p < .08', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '<', pValue: 0.08, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t = ... are correctly classified', text: 't(28) = 2.2, p > .02', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '>', pValue: 0.02, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t = ... are correctly classified', text: 't(28) = 2.2, p > 0.0403381832647297', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '>', pValue: 0.0403381832647297, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t = ... are correctly classified', text: 't(28) = 2.2, p < 0.0324934361512091', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '<', pValue: 0.0324934361512091, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t = ... are correctly classified', text: 't(28) = 2.2, p = .08', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.08, verdict: 'decision error' },
    ] },
  { source: 'test-error.R: cases where t = ... are correctly classified', text: 't(28) = 2.2, p = .02', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.02, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t = ... are correctly classified', text: 't(28) = 2.2, p > .08', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '>', pValue: 0.08, verdict: 'decision error' },
    ] },
  { source: 'test-error.R: cases where t = ... are correctly classified', text: 't(28) = 2.2, p < .02', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '<', pValue: 0.02, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t < ... are correctly classified', text: 't(28) < 2.20, p > 0.0403381832647297', results: [
      { type: 't', df: [28], test: '<', value: 2.2, p: '>', pValue: 0.0403381832647297, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t < ... are correctly classified', text: 't(28) < 2.2, p = .08', results: [
      { type: 't', df: [28], test: '<', value: 2.2, p: '=', pValue: 0.08, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t < ... are correctly classified', text: 't(28) < 2.2, p > .08', results: [
      { type: 't', df: [28], test: '<', value: 2.2, p: '>', pValue: 0.08, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t < ... are correctly classified', text: 't(28) < 2.2, p < .08', results: [
      { type: 't', df: [28], test: '<', value: 2.2, p: '<', pValue: 0.08, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t < ... are correctly classified', text: 't(28) < 2.2, p > .02', results: [
      { type: 't', df: [28], test: '<', value: 2.2, p: '>', pValue: 0.02, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t < ... are correctly classified', text: 't(28) < 2.2, p = 0.0324934361512091', results: [
      { type: 't', df: [28], test: '<', value: 2.2, p: '=', pValue: 0.0324934361512091, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t < ... are correctly classified', text: 't(28) < 2.2, p < 0.0324934361512091', results: [
      { type: 't', df: [28], test: '<', value: 2.2, p: '<', pValue: 0.0324934361512091, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t < ... are correctly classified', text: 't(28) < 2.2, p < .02', results: [
      { type: 't', df: [28], test: '<', value: 2.2, p: '<', pValue: 0.02, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t < ... are correctly classified', text: 't(28) < 2.2, p = .02', results: [
      { type: 't', df: [28], test: '<', value: 2.2, p: '=', pValue: 0.02, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t > ... are correctly classified', text: 't(28) > 2.20, p < 0.0403381832647297', results: [
      { type: 't', df: [28], test: '>', value: 2.2, p: '<', pValue: 0.0403381832647297, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t > ... are correctly classified', text: 't(28) > 2.2, p = .02', results: [
      { type: 't', df: [28], test: '>', value: 2.2, p: '=', pValue: 0.02, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t > ... are correctly classified', text: 't(28) > 2.2, p > .02', results: [
      { type: 't', df: [28], test: '>', value: 2.2, p: '>', pValue: 0.02, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t > ... are correctly classified', text: 't(28) > 2.2, p < .02', results: [
      { type: 't', df: [28], test: '>', value: 2.2, p: '<', pValue: 0.02, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t > ... are correctly classified', text: 't(28) > 2.2, p < .08', results: [
      { type: 't', df: [28], test: '>', value: 2.2, p: '<', pValue: 0.08, verdict: 'consistent' },
    ] },
  { source: 'test-error.R: cases where t > ... are correctly classified', text: 't(28) > 2.2, p = 0.0403381832647297', results: [
      { type: 't', df: [28], test: '>', value: 2.2, p: '=', pValue: 0.0403381832647297, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t > ... are correctly classified', text: 't(28) > 2.2, p > 0.0403381832647297', results: [
      { type: 't', df: [28], test: '>', value: 2.2, p: '>', pValue: 0.0403381832647297, verdict: 'inconsistent' },
    ] },
  { source: 'test-error.R: cases where t > ... are correctly classified', text: 't(28) > 2.2, p > .08', results: [
      { type: 't', df: [28], test: '>', value: 2.2, p: '>', pValue: 0.08, verdict: 'decision error' },
    ] },
  { source: 'test-error.R: cases where t > ... are correctly classified', text: 't(28) > 2.2, p = .08', results: [
      { type: 't', df: [28], test: '>', value: 2.2, p: '=', pValue: 0.08, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: 't(28) = 2.20, p = .06', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: 't(28) = 1.20, p = .03', results: [
      { type: 't', df: [28], test: '=', value: 1.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: 'F(2, 28) = 22.20, p = .06', results: [
      { type: 'F', df: [2, 28], test: '=', value: 22.2, p: '=', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: 'F(2, 28) = 2.20, p = .03', results: [
      { type: 'F', df: [2, 28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: 'r(28) = .22, p = .03', results: [
      { type: 'r', df: [28], test: '=', value: 0.22, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: 'r(28) = .52, p = .06', results: [
      { type: 'r', df: [28], test: '=', value: 0.52, p: '=', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: 'chi2(28) = 2.20, p = .03', results: [
      { type: 'chi2', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: 'chi2(28) = 52.20, p = .06', results: [
      { type: 'chi2', df: [28], test: '=', value: 52.2, p: '=', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: ' z = 1.20, p = .03', results: [
      { type: 'z', df: [], test: '=', value: 1.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: ' z = 2.20, p = .06', results: [
      { type: 'z', df: [], test: '=', value: 2.2, p: '=', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: 'Q(28) = 2.20, p = .03', results: [
      { type: 'Q', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.03, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: simple decision errors are classified as such', text: 'Q(28) = 52.20, p = .06', results: [
      { type: 'Q', df: [28], test: '=', value: 52.2, p: '=', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: decision errors are correctly classified when argument p = alpha is changed', text: 't(28) = 2.20, p = .05', results: [
      { type: 't', df: [28], test: '=', value: 2.2, p: '=', pValue: 0.05, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p = ... are correctly classified', text: 't(28) = 2.15393486769497, p = .04', results: [
      { type: 't', df: [28], test: '=', value: 2.15393486769497, p: '=', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p = ... are correctly classified', text: 't(28) = 2.04850714179525, p = .04', results: [
      { type: 't', df: [28], test: '=', value: 2.04850714179525, p: '=', pValue: 0.04, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p = ... are correctly classified', text: 't(28) = 1.9601364678398, p = .04', results: [
      { type: 't', df: [28], test: '=', value: 1.9601364678398, p: '=', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p = ... are correctly classified', text: 't(28) = 2.15393486769497, p = .05', results: [
      { type: 't', df: [28], test: '=', value: 2.15393486769497, p: '=', pValue: 0.05, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p = ... are correctly classified', text: 't(28) = 2.04840714179525, p = .05', results: [
      { type: 't', df: [28], test: '=', value: 2.04840714179525, p: '=', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p = ... are correctly classified', text: 't(28) = 1.9601364678398, p = .05', results: [
      { type: 't', df: [28], test: '=', value: 1.9601364678398, p: '=', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p = ... are correctly classified', text: 't(28) = 2.15393486769497, p = .06', results: [
      { type: 't', df: [28], test: '=', value: 2.15393486769497, p: '=', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p = ... are correctly classified', text: 't(28) = 2.04850714179525, p = .06', results: [
      { type: 't', df: [28], test: '=', value: 2.04850714179525, p: '=', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p = ... are correctly classified', text: 't(28) = 1.9601364678398, p = .06', results: [
      { type: 't', df: [28], test: '=', value: 1.9601364678398, p: '=', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p < ... are correctly classified', text: 't(28) = 2.15293486769497, p < .04', results: [
      { type: 't', df: [28], test: '=', value: 2.15293486769497, p: '<', pValue: 0.04, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p < ... are correctly classified', text: 't(28) = 2.04850714179525, p < .04', results: [
      { type: 't', df: [28], test: '=', value: 2.04850714179525, p: '<', pValue: 0.04, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p < ... are correctly classified', text: 't(28) = 1.9601364678398, p < .04', results: [
      { type: 't', df: [28], test: '=', value: 1.9601364678398, p: '<', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p < ... are correctly classified', text: 't(28) = 2.15393486769497, p < .05', results: [
      { type: 't', df: [28], test: '=', value: 2.15393486769497, p: '<', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p < ... are correctly classified', text: 't(28) = 2.04850714179525, p < .0500', results: [
      { type: 't', df: [28], test: '=', value: 2.04850714179525, p: '<', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p < ... are correctly classified', text: 't(28) = 1.9601364678398, p < .05', results: [
      { type: 't', df: [28], test: '=', value: 1.9601364678398, p: '<', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p < ... are correctly classified', text: 't(28) = 2.15393486769497, p < .06', results: [
      { type: 't', df: [28], test: '=', value: 2.15393486769497, p: '<', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p < ... are correctly classified', text: 't(28) = 2.04850714179525, p < .06', results: [
      { type: 't', df: [28], test: '=', value: 2.04850714179525, p: '<', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p < ... are correctly classified', text: 't(28) = 1.9601364678398, p < .06', results: [
      { type: 't', df: [28], test: '=', value: 1.9601364678398, p: '<', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p > ... are correctly classified', text: 't(28) = 2.15493486769497, p > .04', results: [
      { type: 't', df: [28], test: '=', value: 2.15493486769497, p: '>', pValue: 0.04, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p > ... are correctly classified', text: 't(28) = 2.04850714179525, p > .04', results: [
      { type: 't', df: [28], test: '=', value: 2.04850714179525, p: '>', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p > ... are correctly classified', text: 't(28) = 1.9601364678398, p > .04', results: [
      { type: 't', df: [28], test: '=', value: 1.9601364678398, p: '>', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p > ... are correctly classified', text: 't(28) = 2.15393486769497, p > .05', results: [
      { type: 't', df: [28], test: '=', value: 2.15393486769497, p: '>', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p > ... are correctly classified', text: 't(28) = 2.04850714179525, p > .05', results: [
      { type: 't', df: [28], test: '=', value: 2.04850714179525, p: '>', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p > ... are correctly classified', text: 't(28) = 1.9601364678398, p > .05', results: [
      { type: 't', df: [28], test: '=', value: 1.9601364678398, p: '>', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p > ... are correctly classified', text: 't(28) = 2.15393486769497, p > .06', results: [
      { type: 't', df: [28], test: '=', value: 2.15393486769497, p: '>', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p > ... are correctly classified', text: 't(28) = 2.04850714179525, p > .06', results: [
      { type: 't', df: [28], test: '=', value: 2.04850714179525, p: '>', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t = ..., p > ... are correctly classified', text: 't(28) = 1.9601364678398, p > .06', results: [
      { type: 't', df: [28], test: '=', value: 1.9601364678398, p: '>', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p = ... are correctly classified', text: 't(28) < 2.15293486769497, p = .0400', results: [
      { type: 't', df: [28], test: '<', value: 2.15293486769497, p: '=', pValue: 0.04, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p = ... are correctly classified', text: 't(28) < 2.04830714179525, p = .04', results: [
      { type: 't', df: [28], test: '<', value: 2.04830714179525, p: '=', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p = ... are correctly classified', text: 't(28) < 1.9601364678398, p = .04', results: [
      { type: 't', df: [28], test: '<', value: 1.9601364678398, p: '=', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p = ... are correctly classified', text: 't(28) < 2.15393486769497, p = .05', results: [
      { type: 't', df: [28], test: '<', value: 2.15393486769497, p: '=', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p = ... are correctly classified', text: 't(28) < 2.04740714179525, p = .0500', results: [
      { type: 't', df: [28], test: '<', value: 2.04740714179525, p: '=', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p = ... are correctly classified', text: 't(28) < 1.9601364678398, p = .05', results: [
      { type: 't', df: [28], test: '<', value: 1.9601364678398, p: '=', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p = ... are correctly classified', text: 't(28) < 2.15393486769497, p = .06', results: [
      { type: 't', df: [28], test: '<', value: 2.15393486769497, p: '=', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p = ... are correctly classified', text: 't(28) < 2.04830714179525, p = .0600', results: [
      { type: 't', df: [28], test: '<', value: 2.04830714179525, p: '=', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p = ... are correctly classified', text: 't(28) < 1.9591364678398, p = .0600', results: [
      { type: 't', df: [28], test: '<', value: 1.9591364678398, p: '=', pValue: 0.06, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p < ... are correctly classified', text: 't(28) < 2.15393486769497, p < .04', results: [
      { type: 't', df: [28], test: '<', value: 2.15393486769497, p: '<', pValue: 0.04, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p < ... are correctly classified', text: 't(28) < 2.04830714179525, p < .04', results: [
      { type: 't', df: [28], test: '<', value: 2.04830714179525, p: '<', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p < ... are correctly classified', text: 't(28) < 1.9601364678398, p < .04', results: [
      { type: 't', df: [28], test: '<', value: 1.9601364678398, p: '<', pValue: 0.04, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p < ... are correctly classified', text: 't(28) < 2.15393486769497, p < .05', results: [
      { type: 't', df: [28], test: '<', value: 2.15393486769497, p: '<', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p < ... are correctly classified', text: 't(28) < 2.04830714179525, p < .05', results: [
      { type: 't', df: [28], test: '<', value: 2.04830714179525, p: '<', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p < ... are correctly classified', text: 't(28) < 1.9601364678398, p < .05', results: [
      { type: 't', df: [28], test: '<', value: 1.9601364678398, p: '<', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p < ... are correctly classified', text: 't(28) < 2.15393486769497, p < .06', results: [
      { type: 't', df: [28], test: '<', value: 2.15393486769497, p: '<', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p < ... are correctly classified', text: 't(28) < 2.04830714179525, p < .06', results: [
      { type: 't', df: [28], test: '<', value: 2.04830714179525, p: '<', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p < ... are correctly classified', text: 't(28) < 1.9601364678398, p < .06', results: [
      { type: 't', df: [28], test: '<', value: 1.9601364678398, p: '<', pValue: 0.06, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p > ... are correctly classified', text: 't(28) < 2.15393486769497, p > .04', results: [
      { type: 't', df: [28], test: '<', value: 2.15393486769497, p: '>', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p > ... are correctly classified', text: 't(28) < 2.04830714179525, p > .04', results: [
      { type: 't', df: [28], test: '<', value: 2.04830714179525, p: '>', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p > ... are correctly classified', text: 't(28) < 1.9601364678398, p > .04', results: [
      { type: 't', df: [28], test: '<', value: 1.9601364678398, p: '>', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p > ... are correctly classified', text: 't(28) < 2.15393486769497, p > .05', results: [
      { type: 't', df: [28], test: '<', value: 2.15393486769497, p: '>', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p > ... are correctly classified', text: 't(28) < 2.04830714179525, p > .05', results: [
      { type: 't', df: [28], test: '<', value: 2.04830714179525, p: '>', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p > ... are correctly classified', text: 't(28) < 1.9601364678398, p > .05', results: [
      { type: 't', df: [28], test: '<', value: 1.9601364678398, p: '>', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p > ... are correctly classified', text: 't(28) < 2.15393486769497, p > .06', results: [
      { type: 't', df: [28], test: '<', value: 2.15393486769497, p: '>', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p > ... are correctly classified', text: 't(28) < 2.04830714179525, p > .06', results: [
      { type: 't', df: [28], test: '<', value: 2.04830714179525, p: '>', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t < ..., p > ... are correctly classified', text: 't(28) < 1.9601364678398, p > .06', results: [
      { type: 't', df: [28], test: '<', value: 1.9601364678398, p: '>', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p = ... are correctly classified', text: 't(28) > 2.15493486769497, p = .0400', results: [
      { type: 't', df: [28], test: '>', value: 2.15493486769497, p: '=', pValue: 0.04, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p = ... are correctly classified', text: 't(28) > 2.04850714179525, p = .04', results: [
      { type: 't', df: [28], test: '>', value: 2.04850714179525, p: '=', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p = ... are correctly classified', text: 't(28) > 1.9601364678398, p = .04', results: [
      { type: 't', df: [28], test: '>', value: 1.9601364678398, p: '=', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p = ... are correctly classified', text: 't(28) > 2.15393486769497, p = .05', results: [
      { type: 't', df: [28], test: '>', value: 2.15393486769497, p: '=', pValue: 0.05, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p = ... are correctly classified', text: 't(28) > 2.04940714179525, p = .0500', results: [
      { type: 't', df: [28], test: '>', value: 2.04940714179525, p: '=', pValue: 0.05, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p = ... are correctly classified', text: 't(28) > 1.9601364678398, p = .05', results: [
      { type: 't', df: [28], test: '>', value: 1.9601364678398, p: '=', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p = ... are correctly classified', text: 't(28) > 2.15393486769497, p = .06', results: [
      { type: 't', df: [28], test: '>', value: 2.15393486769497, p: '=', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p = ... are correctly classified', text: 't(28) > 2.04940714179525, p = .0600', results: [
      { type: 't', df: [28], test: '>', value: 2.04940714179525, p: '=', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p = ... are correctly classified', text: 't(28) > 1.9611364678398, p = .0600', results: [
      { type: 't', df: [28], test: '>', value: 1.9611364678398, p: '=', pValue: 0.06, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p < ... are correctly classified', text: 't(28) > 2.15493486769497, p < .0400', results: [
      { type: 't', df: [28], test: '>', value: 2.15493486769497, p: '<', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p < ... are correctly classified', text: 't(28) > 2.04850714179525, p < .04', results: [
      { type: 't', df: [28], test: '>', value: 2.04850714179525, p: '<', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p < ... are correctly classified', text: 't(28) > 1.9601364678398, p < .04', results: [
      { type: 't', df: [28], test: '>', value: 1.9601364678398, p: '<', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p < ... are correctly classified', text: 't(28) > 2.15393486769497, p < .05', results: [
      { type: 't', df: [28], test: '>', value: 2.15393486769497, p: '<', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p < ... are correctly classified', text: 't(28) > 2.04940714179525, p < .0500', results: [
      { type: 't', df: [28], test: '>', value: 2.04940714179525, p: '<', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p < ... are correctly classified', text: 't(28) > 1.9601364678398, p < .05', results: [
      { type: 't', df: [28], test: '>', value: 1.9601364678398, p: '<', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p < ... are correctly classified', text: 't(28) > 2.15393486769497, p < .06', results: [
      { type: 't', df: [28], test: '>', value: 2.15393486769497, p: '<', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p < ... are correctly classified', text: 't(28) > 2.04940714179525, p < .0600', results: [
      { type: 't', df: [28], test: '>', value: 2.04940714179525, p: '<', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p < ... are correctly classified', text: 't(28) > 1.9611364678398, p < .0600', results: [
      { type: 't', df: [28], test: '>', value: 1.9611364678398, p: '<', pValue: 0.06, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p > ... are correctly classified', text: 't(28) > 2.15493486769497, p > .0400', results: [
      { type: 't', df: [28], test: '>', value: 2.15493486769497, p: '>', pValue: 0.04, verdict: 'inconsistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p > ... are correctly classified', text: 't(28) > 2.04850714179525, p > .04', results: [
      { type: 't', df: [28], test: '>', value: 2.04850714179525, p: '>', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p > ... are correctly classified', text: 't(28) > 1.9601364678398, p > .04', results: [
      { type: 't', df: [28], test: '>', value: 1.9601364678398, p: '>', pValue: 0.04, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p > ... are correctly classified', text: 't(28) > 2.15393486769497, p > .05', results: [
      { type: 't', df: [28], test: '>', value: 2.15393486769497, p: '>', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p > ... are correctly classified', text: 't(28) > 2.04940714179525, p > .0500', results: [
      { type: 't', df: [28], test: '>', value: 2.04940714179525, p: '>', pValue: 0.05, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p > ... are correctly classified', text: 't(28) > 1.9601364678398, p > .05', results: [
      { type: 't', df: [28], test: '>', value: 1.9601364678398, p: '>', pValue: 0.05, verdict: 'consistent' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p > ... are correctly classified', text: 't(28) > 2.15393486769497, p > .06', results: [
      { type: 't', df: [28], test: '>', value: 2.15393486769497, p: '>', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p > ... are correctly classified', text: 't(28) > 2.04940714179525, p > .0600', results: [
      { type: 't', df: [28], test: '>', value: 2.04940714179525, p: '>', pValue: 0.06, verdict: 'decision error' },
    ] },
  { source: 'test-decisionerror.R: cases where t > ..., p > ... are correctly classified', text: 't(28) > 1.9611364678398, p > .0600', results: [
      { type: 't', df: [28], test: '>', value: 1.9611364678398, p: '>', pValue: 0.06, verdict: 'inconsistent' },
    ] },
];
