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

/** The sections of a structured abstract, named the same way in both languages' tables. */
export type AbstractSection = 'abstract' | 'background' | 'objective' | 'methods' | 'results' | 'conclusion';

/** Headings of a structured abstract, as journals print them (matched in title case and in capitals). */
export const ABSTRACT_HEADINGS: Record<AbstractSection, readonly string[]> = {
  abstract: ['Abstract', 'Summary'],
  background: ['Background', 'Backgrounds', 'Introduction', 'Context'],
  objective: ['Objective', 'Objectives', 'Aim', 'Aims', 'Purpose', 'Purposes', 'Goal'],
  methods: ['Methods', 'Method', 'Methodology', 'Materials and methods', 'Patients and methods', 'Design', 'Study design'],
  results: ['Results', 'Result', 'Findings'],
  conclusion: ['Conclusion', 'Conclusions', 'Interpretation', 'Conclusions and relevance'],
};

// ---- Reported statistics: study design words (rules/statistic-recompute.ts, src/constraints/groups.ts)

/** One group measured twice: a paired test (paired t, McNemar's χ²), not a two-group one. */
export const PAIRED_DESIGN = /\bpaired\b|McNemar|before and after|pre-? and post/i;
/** The two time points of a within-group comparison. */
export const TIME_BEFORE = /\b(?:before|baseline|pre-?(?:treatment|operative|intervention|test))\b/i;
export const TIME_AFTER = /\b(?:after|post-?(?:treatment|operative|intervention|test))\b/i;
/** `± SEM`: the spread beside a mean is a standard error, not an SD. */
export const STANDARD_ERROR = /\bSEM?\b|standard error/i;
/** Patients lost after allocation: the groups analysed are no longer the sizes stated. */
export const DROPOUT = /drop(?:ped)?[- ]?outs?|lost to follow-up|withdr[ae]w|discontinued/i;
/** `40 patients per group`, `40 in each arm`: two groups of one size. */
export const EACH_GROUP_SIZE = /\b(\d+)\s+(?:(?:patients|participants|subjects|cases|children|women|men|rats|mice)\s+)?(?:per|in each)\s+(?:group|arm)\b/gi;

/**
 * Labels that open a line of page chrome around an abstract: the journal's dates,
 * funding, affiliations, correspondence, classification codes and keywords.
 */
export const EN_CHROME_LABELS = [
  'received', 'revised', 'accepted', 'published online', 'date of (?:receipt|acceptance)',
  'fund(?:ing|ed by)?(?: programs?| projects?| sources?| items?)?', 'foundation (?:items?|programs?|projects?)', 'supported by', 'grants? support',
  'author affiliations?', 'affiliations?', 'corresponding authors?', 'correspondence(?: to)?',
  'CLC numbers?', 'Chinese library classification', 'document (?:code|identifier|ID)', 'article ID',
  'key ?words?', 'citation', 'cite this article',
];

/**
 * Statistics and analysis software named with its version: `Stata 14.0`, `SPSS 22.0`.
 * Two versions naming one tool must name the same release.
 */
export const SOFTWARE_NAMES = [
  'IBM SPSS Statistics', 'IBM SPSS', 'SPSS Statistics', 'SPSS', 'SPSSAU', 'Stata(?:/(?:SE|MP|IC|BE))?', 'SAS',
  'GraphPad Prism', 'GraphPad', 'Prism', 'Microsoft Excel', 'Excel', 'ArcGIS', 'ArcMap', 'MATLAB', 'Python',
  'RevMan', 'Review Manager', 'EpiData', 'Epi Info', 'Mplus', 'AMOS', 'Meta-DiSc', 'NVivo', 'MedCalc', 'CiteSpace',
  'ImageJ', 'Image-Pro Plus', 'OriginPro', 'Origin', 'FlowJo', 'SigmaPlot', 'JMP', 'Minitab', 'WinBUGS', 'OpenBUGS',
  'G\\*Power', 'PASS', 'Joinpoint', 'LISREL', 'ENVI', 'Canoco', 'MEGA', 'Primer Premier', 'ModFit', 'CellQuest',
  'SoftMax Pro', 'Photoshop', 'SPSS Modeler', 'Comprehensive Meta-Analysis', 'EndNote', 'RStudio',
];

/** One person, counted by the article before it: `a patient`, `a 45-year-old man` (= 1例). */
export const EN_PERSON_NOUNS_SINGULAR = ['patient', 'case', 'man', 'woman', 'boy', 'girl', 'child', 'infant', 'neonate', 'newborn'];
/** Words after such a noun that make it describe a kind of study or measure, not one person: `a case series`. */
export const EN_NOT_ONE_PERSON_AFTER = ['series', 'control', 'definition', 'mix', 'fatality', 'load', 'study', 'studies', 'management', 'volume', 'level'];

/** Ordinal words and the numbers they stand for: `fourth` = 4th = 第四. */
export const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};

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
