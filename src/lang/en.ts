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
