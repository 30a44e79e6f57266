/**
 * What zhenlint knows about English. Extraction, segmentation and rules read these
 * tables; the parsing logic itself stays language-neutral.
 */

/**
 * Words that may stand between a test statistic and its p-value without taking the
 * p away from it: the labels of values reported beside a test (`F(1, 28) = 5.2,
 * MSE = 3.1, p = .03`, `t(28) = 2.2, d = 0.8, 95% CI [0.1, 1.5], p = .03`) and the
 * test's tails or correction. Lower case; single letters (d, g, N) always pass. Not
 * OR, RR or HR: a p after a ratio is the ratio's.
 */
export const STAT_GAP_WORDS = new Set([
  'mse', 'se', 'sem', 'sd', 'ci', 'to', 'll', 'ul', 'cohen', 'cohens', 'hedges', 'glass', 'eta', 'partial', 'squared',
  'es', 'bf', 'df', 'dz', 'adj', 'adjusted', 'one', 'two', 'tailed', 'sided', 'directional',
  'gg', 'hf', 'greenhouse', 'geisser', 'huynh', 'feldt', 'corrected', 'exact',
]);

/**
 * Words that say a test was one-tailed (statcheck's list); anywhere in a passage they
 * cover its tests. `bidirectional` and `non-directional` say nothing of the kind.
 */
export const ONE_TAILED = /one.?(?:tailed|sided)|(?<![a-z-])directional/i;

/** A word between a count and its noun, unless it is a word of grammar: `1.2 in group A` counts no groups. */
const MODIFIER = String.raw`(?:(?!(?:in|of|the|a|an|and|or|for|to|at|by|with|per|from|between|among|each|all|these|those|vs|versus|than|were|was|are|is)\s)[a-z]+\s+)?`;
const counted = (nouns: string) => new RegExp(String.raw`^\s*${MODIFIER}(?:${nouns})\b`, 'i');

/**
 * Things counted by a number whose name both languages share, so that `two groups`
 * and `三组` compare as counts of one thing. One modifier may stand between the
 * number and the noun (`two clinical centers`, `four treatment arms`). Only the plural
 * counts: `the ECOG ≤ 2 group` names a group, it does not count groups.
 */
export const COUNTED: [RegExp, string][] = [
  [counted(String.raw`groups|arms|cohorts`), 'group'],
  [counted(String.raw`kinds|types|classes|categories|species`), 'kind'],
  [counted(String.raw`aspects`), 'aspect'],
  [counted(String.raw`factors`), 'factor'],
  [counted(String.raw`dimensions`), 'dimension'],
  [counted(String.raw`parameters`), 'parameter'],
  [counted(String.raw`centers|centres|hospitals`), 'center'],
  [counted(String.raw`countries`), 'country'],
  [counted(String.raw`studies|trials`), 'study'],
  [counted(String.raw`genes`), 'gene'],
  [counted(String.raw`doses`), 'dose'],
];

/** Words that state one value for several things at once (`90% in both groups`): a repeat need not be written out. */
export const DISTRIBUTIVE = /\b(?:both|all|each|every|either|respectively)\b/i;

/** Words that join the last item of a list: `A, B and C`. */
export const LIST_JOIN = /\s(?:and|or)\s/i;
