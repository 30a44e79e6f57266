/**
 * Chinese language knowledge read by extraction and rules. One module per language:
 * add what a rule or extractor needs here, not in the rule.
 */

/** People a cohort is made of. */
const PERSON = '(?:成人|成年人|儿童|患儿|小儿|男性|女性|男|女|老年人|老人|青少年|婴幼儿|婴儿|新生儿|患者|病人|病例)';

/**
 * `4例成人和2例儿童`, `成人4例和儿童2例`: one group stated as the sum of two. The gap
 * between the two counts names a kind of person on one side of the conjunction.
 */
export const CONJOINED_GAP_AFTER = new RegExp(`^\\s*${PERSON}\\s*(?:和|与|及|以及|、)\\s*$`);
export const CONJOINED_TAIL = new RegExp(`^\\s*${PERSON}`);
export const CONJOINED_GAP_BEFORE = new RegExp(`^\\s*(?:和|与|及|以及|、)\\s*${PERSON}\\s*$`);
export const CONJOINED_HEAD = new RegExp(`${PERSON}\\s*$`);

/** A proportion in words (`三分之一`): a share, never a count out of a group of 3. */
export const PROPORTION_WORD = /分之/;
/** Words before a number that make it approximate: `约1/3的患者` is a share, not a count out of 3. */
export const APPROXIMATE_BEFORE = /(?:约|大约|近|将近|接近|大概)\s*$/;

/**
 * Words saying that the parts listed after a group are all of it: `分别`, `分为`,
 * `随机分为`, `包括…共`. A `其中…` list without one may name only some members.
 */
export const WHOLE_SPLIT = /分别|分为|分成|分入|随机|合计|总计|共计/;
/** Parts that name the arms or groups of a study. */
export const ARM_PART = /组/;
