/**
 * What zhenlint knows about English: number words, months, units and counted
 * subjects, qualifier words, cohort words and page chrome. Extraction, segmentation
 * and rules read these tables; the parsing logic itself stays language-neutral.
 */

/** Number words below twenty. */
export const NUMBER_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
export const NUMBER_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const NUMBER_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** Denominators named by a word: `one-third`, `a quarter`. */
export const FRACTION_DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/** Units and counted subjects after a number, normalized to the names both languages share. */
export const UNITS: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  // `11 weeksafter`: PDF extraction glues a word to the unit.
  [/^\s*(?:-\s*)?(?:months?|mo)(?:\b|(?=(?:after|before|later|old|of|in|and)\b))/i, 'month'],
  [/^\s*(?:-\s*)?(?:weeks?|wk)(?:\b|(?=(?:after|before|later|old|of|in|and)\b))/i, 'week'],
  [/^\s*(?:-\s*)?days?(?:\b|(?=(?:after|before|later|old|of|in|and)\b))/i, 'day'],
  [/^\s*(?:-\s*)?(?:years?|yrs?)(?:\b|(?=(?:after|before|later|old|of|in|and)\b))/i, 'year'],
  [/^\s*(?:-\s*)?(?:hours?|hrs?|h)\b/i, 'hour'],
  [/^\s*(?:-\s*)?(?:minutes?|min)\b/i, 'minute'],
  [/^\s*(?:°\s*C|℃)/, 'celsius'],
  [/^\s*(?:patients?|cases?|participants?|subjects?|adults?|individuals?|persons?|people|children|volunteers?|women|men|infants?|respondents?|responders?)\b(?!-)/i, 'patient'],
  [/^\s*(?:-\s*)?(?:cycles?|courses?)\b/i, 'cycle'],
  // `2.1 times higher` is a multiple, as 2.1倍; `3 times a week` a count.
  [/^\s*times\s+(?:higher|greater|lower|more|less|as)\b/i, 'fold'],
  [/^\s*times\b/i, 'time'],
  [/^\s*(?:-\s*)?fold\b/i, 'fold'],
  [/^\s*percentage\s+points?\b/i, 'pp'],
  [/^\s*mm\s?hg\b/i, 'mmhg'],
  [/^\s*(?:deaths?|died)\b/i, 'death'],
  [/^\s*(CR|PR|SD|PD|NE)\b/, (m) => m[1]!],
];

/** `day 56`: a point in time named by the number after it. */
export const UNIT_BEFORE = /\b(day|week|month|year|cycle)\s+$/i;

/** Words before a number that make it approximate. */
export const APPROX_BEFORE = /\b(?:about|approximately|approx\.|around|nearly|roughly|almost|~)\s*$/i;

/** Words before a number that bound it. */
export const COMPARATOR_WORDS: [RegExp, '<' | '<=' | '>' | '>='][] = [
  [/\b(?:more than|over|greater than|above|exceeding)\s*$/i, '>'],
  [/\b(?:at least|no less than|≥)\s*$/i, '>='],
  [/\b(?:less than|under|below|fewer than)\s*$/i, '<'],
  [/\b(?:at most|up to|no more than|≤)\s*$/i, '<='],
];

/** Words that name study arms or groups, as a regex source: a count may belong to one arm. */
export const ARM_WORDS = String.raw`(?<!single[- ])arms?|groups?|versus|vs\.?`;

/** Verbs that say a count is the group studied. */
export const ENROLL =
  /\b(?:enrolled|included|recruited|randomi[sz]ed|treated|received|participated|underwent|studied|analy[sz]ed|assigned|evaluated|were followed)\b/i;

/** Words that say a count is not the analysed group, as a regex source. */
export const NOT_COHORT_WORDS = String.raw`screened|assessed for eligibility|eligible|registry|worldwide|annually|each year|population`;

/** Lines of page chrome around an abstract copied from a web page. */
export const CHROME: RegExp[] = [
  /^add (?:like|dislike|to saved papers)$/i,
  /^full text links$/i,
  /^related (?:resources|articles)\b/i,
  /^(?:references|metrics|abstract|asbtract|pdf\b.*)\s*\|?$/i,
  /\bmobile app\b/i,
  /\bcopyright\b|©|\ball rights reserved\b/i,
  /\bterms of use\b|\bprivacy\b|\bcookies?\b/i,
  /^can't access the paper\?$/i,
  /\b(?:log(?:ging)? in|sign in)\b.*\b(?:institution|subscription)\b/i,
  /\bfull text access\b|\btap access\b/i,
  /\bclaim (?:now|free cme)\b|\bcme credits\b/i,
  /\bcopyrighted by\b/i,
];

/** Month numbers by the first three letters of the name. */
export const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** A month name as written in dates, capitalized (`march` is a verb, `may` a modal), as a regex source. */
export const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

/** A month name in any case (`lancet 2018 jun 23`), for dates that also hold digits. */
export const MONTH_NAME_ANY = MONTH_NAME.replace(/\b([A-Z])/g, (c) => `[${c}${c.toLowerCase()}]`);

/**
 * Words before a month named alone that make it a date: `in May`, `mid-May`, `end of
 * October`, and glued by PDF extraction, `inJanuary`. A capitalized `May` or `March` without
 * them may start a sentence as a verb.
 */
export const BARE_MONTH_BEFORE = /(?:\b(?:in|on|of|since|until|till|by|from|to|through|during|between|and|early|late|mid|before|after)[\s-]*|\bmid-)$/i;

/** Words that text extracted from a PDF glues to the number after them (`and166articles`, `was-0.43`), as a regex source. */
export const GLUED_WORDS = '(?:and|of|to|in|with|from|was|were|than|for|at|by|or)';

/** Between the years and the months of one age: `1 year and 9 months`. */
export const AGE_YEARS_MONTHS = /^\s*(?:years?|yrs?)(?:\s+and|\s*,)?\s+$/i;

/** `no deaths`, `no patients`: a count of zero. */
export const NONE = /\bno\s+(?=(deaths?|patients?|cases?|participants?|subjects?|events?)\b)/gi;

/** Words that carry a count and a unit or a thing counted. */
export const MULTIPLES: [RegExp, number, string | undefined][] = [
  [/\bonce\b/gi, 1, 'time'],
  [/\btwice\b/gi, 2, 'time'],
  [/\bthrice\b/gi, 3, 'time'],
  [/\bboth(?=\s+(?:of\s+)?(?:the\s+)?[a-z]+s\b)/gi, 2, undefined],
  [/\b(?:single)(?=\s+[a-z])/gi, 1, undefined],
];

/** Abbreviations whose full stop ends no sentence. */
export const ABBREVIATIONS = [
  'et al.', 'vs.', 'Fig.', 'Figs.', 'e.g.', 'i.e.', 'approx.', 'no.', 'No.', 'Dr.', 'Prof.', 'cf.', 'etc.', 'ca.',
  'Ref.', 'Eq.', 'Tab.', 'Suppl.', 'Vol.', 'pp.', 'St.', 'Jr.', 'Inc.', 'Ltd.', 'Co.',
  // Abbreviated months: `Apr. 2015` is one date.
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
];
