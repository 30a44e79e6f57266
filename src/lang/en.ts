/**
 * English language knowledge read by extraction and rules. One module per language:
 * add what a rule or extractor needs here, not in the rule.
 */

/** People a cohort is made of; a count followed by one of these is a group of people. */
const PERSON_NOUN = '(?:patients|participants|subjects|cases|children|adults|men|women|males|females|boys|girls|infants|adolescents)';

/**
 * `4 adults and 2 children`, `Four adult and two pediatric patients`: one group stated
 * as the sum of two. The gap between the two counts, and what follows the second.
 */
export const CONJOINED_GAP = /^\s+[A-Za-z-]+\s+and\s+$/i;
/** Healthy or control subjects beside the patients are a comparison group, not part of the cohort. */
export const CONJOINED_TAIL = new RegExp(`^\\s+(?!(?:healthy|control|normal)\\b)(?:[A-Za-z-]+\\s+)?${PERSON_NOUN}\\b`, 'i');

/** A test or procedure that picks a subset of the cohort: `the 20 cases tested`, `the 20 patients who underwent biopsy`. */
const PROCEDURE = '(?:tested|examined|assessed|screened|sequenced|genotyped|biopsied|sampled|measured|imaged|scanned|operated|available|evaluable|assessable)';
const TEST_NOUN =
  '(?:banding|karyotyping|testing|tests?|analysis|analyses|sequencing|examinations?|biops(?:y|ies)|samples?|specimens?|assays?|imaging|scans?|staining|FISH|PCR|follow-up|data)';
const SUBSET_NOUN = '(?:patients|participants|subjects|cases|children|adults|samples|specimens|tumou?rs|lesions)';
/**
 * After `the N`: a group the text defines right there by a test or procedure, so a
 * subset of the cohort rather than a reference to a group stated before.
 */
export const SUBSET_DEFINED = new RegExp(
  `^\\s+(?:${PROCEDURE}\\s+${SUBSET_NOUN}\\b|(?:[A-Za-z-]+\\s+)?${SUBSET_NOUN}\\s+(?:${PROCEDURE}\\b|(?:who|that)\\s+(?:were\\s+|had\\s+been\\s+)?(?:underwent|had|received|completed|${PROCEDURE})\\b|undergoing\\b|with\\s+(?:available|complete|evaluable)\\b|(?:of|with|by|for|on|in)\\s+(?:[A-Za-z-]+\\s+){0,3}?${TEST_NOUN}\\b))`,
  'i',
);

/** A proportion in words (`one third`, `two-thirds`, `half`): a share, never a count out of a group of 3. */
export const PROPORTION_WORD = /\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i;
/** Words before a number that make it approximate: `about 1/3 of the patients` is a share, not a count out of 3. */
export const APPROXIMATE_BEFORE = /\b(?:about|approximately|nearly|almost|roughly|around|some)\s+$/i;

/**
 * Words saying that the parts listed after a group are all of it: `divided into`,
 * `randomized to`, `respectively`, `in total`. Without one, `including 30 with
 * diabetes and 40 with hypertension` may name only some members.
 */
export const WHOLE_SPLIT = /\b(?:divided|randomi[sz]ed|allocated|assigned|split|stratified|categori[sz]ed|classified|grouped)\s+(?:in)?to\b|\brespectively\b|\bin total\b|\baltogether\b/i;
/** Parts that name the arms or groups of a study: arms together make the whole. */
export const ARM_PART = /\b(?:group|arm|cohort)\b/i;
