/** What zhenlint knows about English that extraction and alignment read. */

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
