/**
 * What zhenlint knows about English. (This branch adds only the words the
 * reported-statistics checks need.)
 */

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
