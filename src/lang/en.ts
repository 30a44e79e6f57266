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
/** Number words of one word below a hundred: `seven`, `sixteen`, `forty`. */
export const NUMBER_WORDS: Record<string, number> = { ...NUMBER_UNITS, ...NUMBER_TENS };
export const NUMBER_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Denominators named by a word: `one-third`, `a quarter`. */
export const FRACTION_DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/**
 * Areas of land as English names them (`3.33 ha`, `hectares`, `hm²`), and the Chinese mu some translations keep,
 * also written as its area, 667 m² (`749 kg/667m2`, Chinese agronomy's yield per mu: ZH.MU_AS_AREA).
 */
export const AREA_WORDS = { ha: String.raw`hectares?|ha|hm\s?[2²]|hm(?=\s?(?:[-−]2|⁻²))`, mu: String.raw`mu|667\s?m\s?[2²](?![\d.])` };
/** Money a yield or income per area is counted in: `38 460 yuan/ha`. */
export const MONEY_WORDS = String.raw`yuan|RMB|CNY`;

/** Units and counted subjects after a number, normalized to the names both languages share. */
export const UNITS: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  // `on 3 consecutive days` is three days (连续3 d), as `for 3 days` is.
  // `11 weeksafter`: PDF extraction glues a word to the unit.
  [/^\s*(?:-\s*)?(?:(?:consecutive|successive)\s+)?(?:months?|mo)(?:\b|(?=(?:after|before|later|old|of|in|and)\b))/i, 'month'],
  [/^\s*(?:-\s*)?(?:(?:consecutive|successive)\s+)?(?:weeks?|wk)(?:\b|(?=(?:after|before|later|old|of|in|and)\b))/i, 'week'],
  [/^\s*(?:-\s*)?(?:(?:consecutive|successive)\s+)?days?(?:\b|(?=(?:after|before|later|old|of|in|and)\b))/i, 'day'],
  // `7 d`, `(12.4±5.1) d`: days as Chinese journals abbreviate them in English too (not `d =`, Cohen's d).
  [/^\s*d(?![A-Za-z\d'’=(-])/, 'day'],
  [/^\s*(?:-\s*)?(?:(?:consecutive|successive)\s+)?(?:years?|yrs?)(?:\b|(?=(?:after|before|later|old|of|in|and)\b))/i, 'year'],
  [/^\s*(?:-\s*)?(?:hours?|hrs?|h)\b/i, 'hour'],
  // A rate per minute (heart and breathing rates) is the bpm of the other version, as 次/分 is.
  [/^\s*(?:beats?|breaths?)\s?(?:\/\s?min(?:ute)?\b|per\s+min(?:ute)?\b|[·•⋅]\s?min\s?(?:-1|−1|⁻¹))/i, 'bpm'],
  [/^\s*(?:-\s*)?(?:minutes?|min)\b/i, 'minute'],
  // Seconds: `30 s`, `45 sec`, `10 seconds`; a bare `s` only after a space and alone (not `1990s`, `s.d.`, `s-1`),
  // nor the capital initial of a genus before its species (`137 S. aureus isolates`).
  [/^\s*(?:-\s*)?(?:seconds?|secs?)\b(?!-)/i, 'second'],
  [/^\s+(?:s(?![A-Za-z\d'’=(\/-]|\.[A-Za-z])|S(?![A-Za-z\d'’=(\/-]|\.[A-Za-z]|\.\s+[a-z]))/, 'second'],
  [/^\s*ms(?![A-Za-z\d'’=(\/-]|\.[A-Za-z])/, 'ms'],
  [/^\s*(?:°\s*C|℃)/, 'celsius'],
  // Per mille: `4‰` is the `0.4%` of the other version, and `12.3‰` a rate per 1,000.
  [/^\s*‰/, 'permille'],
  // Not a patient's specimen, named after the patient it came from: `8 patient isolates`, `40 patient samples`.
  // A word that says which persons may stand before them: `312 consecutive patients`, `86 nulliparous women` (86例初产妇).
  // In- and outpatients are patients (`486 inpatients with DFU` is the cohort of `486例`).
  [/^\s*(?:(?:consecutive|eligible|evaluable|pregnant|nulliparous|primiparous|multiparous|parturient|infertile|elderly|postmenopausal|premenopausal)\s+)?(?:(?:in|out)?patients?|cases?|participants?|subjects?|adults?|individuals?|persons?|people|children|volunteers?|women|men|males|females|infants?|respondents?|responders?)\b(?!-)(?!\s+(?:isolates?|strains?|samples?|specimens?|sera|serum\s+samples|swabs?|cultures?|biopsies)\b)/i, 'patient'],
  [/^\s*(?:-\s*)?(?:cycles?|courses?)\b/i, 'cycle'],
  // `2.1 times higher`, `1.5 times that of the controls` are multiples, as 2.1倍; `3 times a week` a count.
  // So is `N times its <noun>` (`models ten times its size`, 其10倍).
  // So is `N times the <noun>` (`2.5 times the summer values`, `3 times the upper limit of normal`), unless
  // a time follows `the`: `measured 3 times the first week`, `3 times the same day` count times. `as`
  // compares (`3 times as high`), but `as a` says what the times were for: `performed 4 times as a bridge`.
  // `that` and `those` keep their sense with the next word glued to them by a PDF (`2.3 times thatunder W3`).
  [/^\s*times\s+(?:higher|greater|larger|lower|smaller|more|less|as(?!\s+an?\b)|(?:that|those)(?:in|of|under|for|at|with|on|from|by)?|than|its|their|the\b(?!\s+(?:first|second|third|last|next|following|previous|preceding|same|day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night)\b))\b/i, 'fold'],
  // So is `N times` an acronym or `per capita` follows: `3 times ULN`, `1.5 times NPKM`, `three times per capita GDP`.
  [/^\s*times\s+(?:[A-Z][A-Z\d]+\b|[Pp]er\s+capita\b)/, 'fold'],
  // And before any comparative, after whatever verb: `runs 4.3 times faster`, `converges 2 times quicker` (速度快4.3倍).
  [/^\s*times\s+(?:faster|slower|quicker|stronger|weaker|longer|shorter|bigger|wider|narrower|deeper|heavier|lighter|thicker|thinner|cheaper|denser|richer|brighter|better|worse|fewer|easier|harder|safer|steeper|sharper|tougher|stiffer|hotter|colder|warmer|cooler)\b/i, 'fold'],
  [/^\s*times\b/i, 'time'],
  [/^\s*(?:-\s*)?fold\b/i, 'fold'],
  // A vaccine's valency (`13-valent`, 13价), which no count of doses or persons is.
  [/^\s*(?:-\s*)?valent\b/i, 'valent'],
  // `a 1-percentage-point cut` (下调1个百分点), as `6-month` is six months.
  [/^\s*(?:-\s*)?percentage[\s-]+points?\b/i, 'pp'],
  [/^\s*mm\s?hg\b/i, 'mmhg'],
  [/^\s*cm\s?h2o\b/i, 'cmh2o'],
  [/^\s*(?:deaths?|died)\b/i, 'death'],
  // Not the Sprague-Dawley of `Twelve SD rats`.
  [/^\s*(CR|PR|SD|PD|NE)\b(?!\s*rats?\b)/, (m) => m[1]!],
];

/** `day 56`, `days 1 and 8`: a point in time named by the number after it. */
export const UNIT_BEFORE = /\b(day|week|month|year|cycle)s?\s+$/i;

/** Words before a number that make it approximate; a tilde or ≈ too, but not a tilde that ends a range (`10~30`). */
export const APPROX_BEFORE = /(?:\b(?:about|approximately|approx\.|around|nearly|roughly|almost)|(?<![\w.%)\]])[~∼≈])\s*$/i;

/**
 * Words before a number that bound it; `loose` where translation leaves open whether the bound
 * is strict: "over 60" is written `≥60岁` as often as `>60岁`.
 */
export const COMPARATOR_WORDS: [RegExp, '<' | '<=' | '>' | '>=', loose?: 'loose'][] = [
  // Not the `over` of what is taken across the things counted: `the average accuracy over 10 trials` (10次试验的平均准确率).
  [/\b(?:more than|(?<!\b(?:averaged?|mean|median|accuracy|accuracies|performance|summed|pooled|aggregated|computed|calculated|repeated)\s)over|greater than|above|exceeding|(?:larger|bigger|higher|longer|older) than)\s*$/i, '>', 'loose'],
  [/\b(?:at least|no less than|≥)\s*$/i, '>='],
  [/\b(?:less than|under|below|fewer than|(?:smaller|lower|shorter|younger) than)\s*$/i, '<', 'loose'],
  [/\b(?:at most|up to|no more than|≤)\s*$/i, '<='],
  // Last, so that they win over the comparatives they end with: `no longer than 8 years` is at most 8,
  // `no less than 5` at least 5.
  [/\b(?:no|not)\s+(?:more|greater|larger|bigger|higher|longer|older)\s+than\s*$|\bnot\s+(?:exceeding|above|over)\s*$/i, '<='],
  [/\b(?:no|not)\s+(?:less|fewer|smaller|lower|shorter|younger)\s+than\s*$|\bnot\s+(?:under|below)\s*$/i, '>='],
];
/**
 * The last word (or sign, or the point of `approx.`) of every form of APPROX_BEFORE and
 * COMPARATOR_WORDS: a number after any other word is neither, and those patterns are not tried.
 */
export const QUALIFIER_ENDS = new Set(['than', 'over', 'above', 'exceeding', 'least', 'under', 'below', 'most', 'to', 'about', 'approximately', 'around', 'nearly', 'roughly', 'almost', '.', '~', '∼', '≈', '≥', '≤']);

/**
 * The article that says one of a duration: `a year after surgery`, `for a month`, `within a week`,
 * `a week later`, `a week shorter` (`术后1年`, `1个月`, `1周后`, `缩短了1周`). Not a rate's base (`twice a day`, `10 mg a day`), not `half a year`, nor
 * `a year and a half`, nor a compound (`a year-long`).
 */
export const ARTICLE_DURATION =
  /(?<=\b(?:for|after|within|in|over|than|about|nearly|almost|approximately|least|past|last|only|just)\s)an?\s(year|month|week|day|hour)\b(?!-)(?!\sand\sa\shalf)|\ban?\s(year|month|week|day|hour)(?=\s(?:after|later|before|earlier|ago|shorter|longer|less|more)\b)/gi;

/**
 * The first unit of a span, which is the span of one: `in the first week` = `1周内` = `第1周`,
 * `during the first year` = `第1年内`. After a preposition of time only (not `3 times the first week`),
 * not a compound (`the first-year students`), not a plural.
 */
export const FIRST_SPAN = /(?<=\b(?:in|during|within|over|for|throughout|of|by|after)\sthe\s)first\s(year|month|week|day|hour|night)\b(?!-)/gi;

/** An age band named by its bound: `under-5 mortality`, `the over-65s` (`5岁以下`, `65岁以上`). */
export const AGE_BAND = /\b(?:[Uu]nder|[Oo]ver)-(\d{1,2})(?:s\b)?(?![\w-])/g;

/** Words that say a `20/40` is a Snellen visual acuity, a ratio of distances, not a count out of 40. */
export const VISUAL_ACUITY = /\b(?:visual acuity|acuity|vision|BCVA|UCVA|BCDVA|UDVA|CDVA|Snellen)\b/i;

/** Words that name study arms or groups, as a regex source: a count may belong to one arm. */
export const ARM_WORDS = String.raw`(?<!single[- ])arms?|groups?|versus|vs\.?`;

/** Verbs that say a count is the group studied. */
export const ENROLL =
  /\b(?:enrolled|included|recruited|randomi[sz]ed|treated|received|participated|underwent|studied|analy[sz]ed|assigned|evaluated|were followed)\b/i;

/**
 * Things a fraction may count other than the people of the cohort: `1 102 of 1 180 tested samples`, `12 of 40 eyes`,
 * and the parts of one patient a case report examines: `4 of 8 motor nerves`, `8 of 12 cores`, `14 of 16 glomeruli`.
 */
export const NOT_PERSONS_AFTER =
  /^\s*(?:[a-z]+\s+)?(?:samples?|specimens?|isolates?|strains?|eyes|teeth|lesions?|nodules?|tumou?rs?|sites|cells|procedures|visits|tests|images|sequences|nerves|muscles|vessels|arteries|veins|segments|nodes|cores|glomeruli|fib(?:er|re)s|joints|limbs|leads)\b/i;

/**
 * The offspring of the women a study enrolls (`240 neonates` of 120 twin pregnancies, `Both infants` of one
 * mother): people other than the cohort, and as many as twice it.
 */
export const OFFSPRING = /\b(?:neonates?|newborns?|infants?|f(?:o)?etus(?:es)?|babies|twins|offspring|live births|singletons)\b/i;

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
 * A month named alone is a month, not the verb `May` nor a word, where it joins another month as a
 * span: `(March-April)`, `May–September`, `May to September`. What stands after a month name, and before one.
 */
export const MONTH_SPAN_AFTER = new RegExp(String.raw`^\.?\s*(?:[-–—~]|to|through)\s*${MONTH_NAME}\b`);
export const MONTH_SPAN_BEFORE = new RegExp(String.raw`\b${MONTH_NAME}\.?\s*(?:[-–—~]|to|through)\s*$`);
/**
 * A month named alone that opens a list of months, `July and August accounted for 71.9%`, `May, June or July`:
 * the month after it is one, so it is one too.
 */
export const MONTH_LIST_AFTER = new RegExp(String.raw`^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)${MONTH_NAME}\b`);
/** And the month after another in such a list: `May, June or July`. */
export const MONTH_LIST_BEFORE = new RegExp(String.raw`\b${MONTH_NAME},?\s+(?:and|or)\s+$|\b${MONTH_NAME},\s*$`);
/** Before the far side of a ratio to one written in words (`a ratio of 2.8 to 1`, `outnumbered women by 2.8 to 1`). */
export const RATIO_TO_ONE_BEFORE = /\b(?:ratios?(?:\s+(?:of|was|were|is|being))?|by)\s*$/i;

/**
 * Words before a month named alone that make it a date: `in May`, `mid-May`, `every March`, `end of
 * October`, and glued by PDF extraction, `inJanuary`. A capitalized `May` or `March` without
 * them may start a sentence as a verb.
 */
export const BARE_MONTH_BEFORE = /(?:\b(?:in|on|of|since|until|till|by|from|to|through|during|between|and|early|late|mid|before|after|every|each)[\s-]*|\bmid-)$/i;

/**
 * Units a number word is written joined to: `twofold`, `tenfold` in any English, `sixmonths`
 * in text extracted from a PDF.
 */
export const JOINED_UNITS = ['months', 'month', 'weeks', 'week', 'days', 'day', 'years', 'year', 'hours', 'hour', 'fold'];

/** Solvents of a mobile phase or an extraction (ZH.SOLVENTS): `acetonitrile-0.1% formic acid` joins two components by a hyphen. */
export const SOLVENTS = ['acetonitrile', 'methanol', 'ethanol', 'isopropanol', 'water', 'hexane', 'ethyl acetate', 'dichloromethane', 'chloroform', 'acetone', 'tetrahydrofuran'];

/** Words that text extracted from a PDF glues to the number after them (`and166articles`, `was-0.43`), as a regex source. */
export const GLUED_WORDS = '(?:and|of|to|in|with|from|was|were|than|for|at|by|or|reached|after|before|below|above|over|under|about|nearly|only|top|is|are|during|between|within|since|until|exceeded)';

/** Between the years and the months of one age: `1 year and 9 months`, and as an adjective, `a 2-year-and-5-month-old boy` (whose hyphen is no minus). */
export const AGE_YEARS_MONTHS = /^\s*(?:years?|yrs?)(?:\s+and|\s*,)?\s+$|^[-‐]year(?:[-‐]and)?[-‐]?$/i;

/** After the hour of a time of day: `8 am`, `4:30 p.m.`, `8 o'clock` (lower case: `PM2.5`, `AM` cells are no times). */
export const CLOCK_AFTER = /^ ?(?:a\.m\.|am\b|p\.m\.|pm\b|o'clock\b)/;

/** After the near end of a span of the day, its far end and what follows it: `8 to |10 a.m.`, `8-|10 am` (group 1). */
export const CLOCK_RANGE_END = /^\s?(?:-|–|to)\s?\d{1,2}(?::\d{2})?( ?(?:a\.m\.|am\b|p\.m\.|pm\b))/;

/**
 * After a measure, its unit and the years the measure is per: `0.12 mm/a`, `0.03 °C per year`,
 * `12 mm a-1` (one year); `1.2 mm/10 a` (group 1); `0.3 °C per decade`, `0.3 °C decade-1` (group 2).
 */
export const PER_YEARS_AFTER =
  /^\s?[^\s\d/·]{0,6}\s?(?:(?:\/|·|per\s)\s?\(?(\d{1,3})?\s?(?:a|yrs?|years?|annum)(?![A-Za-z])|(?:a|yr)(?:-1|−1|⁻¹)|(?:\/|per\s)\s?(decade)\b|(decade)(?:-1|−1|⁻¹))/i;

/** A sentence that speaks of ages, where `3;0-5;11` is years;months (AGE_YEARS_MONTHS_GLUED). */
export const AGE_WORDS = /\bage[ds]?\b|\byears?\s+old\b/i;

/** Before a count, that none of what it counts had the finding: `none of the 20 ducks` (`0 of 20`, 20只均未). */
export const NONE_OF_ALL_BEFORE = /\bnone\s+of\s+(?:the\s+|these\s+|those\s+|all\s+|its\s+|their\s+)?$/i;

/** `no deaths`, `no patients`: a count of zero. */
export const NONE = /\bno\s+(?=(deaths?|patients?|cases?|participants?|subjects?|events?)\b)/gi;

/** Words that carry a count and a unit or a thing counted: the word, as the word index knows it, and its pattern. */
export const MULTIPLES: [string, RegExp, number, string | undefined][] = [
  ['once', /\bonce\b/gi, 1, 'time'],
  // `twice the calories`, `twice as high` compare: 2倍. `twice daily` counts times.
  ['twice', /\btwice(?=\s+(?:the|as|that|those|this|these)\b)/gi, 2, 'fold'],
  ['twice', /\btwice\b(?!\s+(?:the|as|that|those|this|these)\b)/gi, 2, 'time'],
  ['thrice', /\bthrice\b/gi, 3, 'time'],
  // Experiments `in triplicate` are repeated 3 times (重复3次).
  ['duplicate', /(?<=\bin\s)duplicate\b/gi, 2, 'time'],
  ['triplicate', /(?<=\bin\s)triplicate\b/gi, 3, 'time'],
  ['quadruplicate', /(?<=\bin\s)quadruplicate\b/gi, 4, 'time'],
  // `triplicate tanks` are three (3个重复), each replicate a container of the trial: a count, no times.
  ['duplicate', /\bduplicate(?=\s+(?:(?:tanks|cages|pens|plots|pots|ponds|wells|plates|flasks|cultures)\b))/gi, 2, undefined],
  ['triplicate', /\btriplicate(?=\s+(?:(?:tanks|cages|pens|plots|pots|ponds|wells|plates|flasks|cultures)\b))/gi, 3, undefined],
  ['quadruplicate', /\bquadruplicate(?=\s+(?:(?:tanks|cages|pens|plots|pots|ponds|wells|plates|flasks|cultures)\b))/gi, 4, undefined],
  // `doubled` is 2倍 (增至2倍), or 1倍 where the Chinese says by how much it grew (增加了1倍).
  ['doubled', /\bdoubled\b/gi, 2, 'fold'],
  // `more than doubling`; not the `doubling time` of a growth.
  ['doubling', /\bdoubling\b(?!\s+times?\b)/gi, 2, 'fold'],
  ['tripled', /\btripled\b/gi, 3, 'fold'],
  ['tripling', /\btripling\b(?!\s+times?\b)/gi, 3, 'fold'],
  ['quadrupled', /\bquadrupled\b/gi, 4, 'fold'],
  // The present of the verb before what it multiplies (`triples the detection rate`: 为…的3倍); not the
  // noun, `knowledge triples`, `triples of`.
  ['doubles', /\bdoubles(?=\s+(?:the|its|their|this|that|these|those|his|her|our)\b)/gi, 2, 'fold'],
  ['triples', /\btriples(?=\s+(?:the|its|their|this|that|these|those|his|her|our)\b)/gi, 3, 'fold'],
  ['quadruples', /\bquadruples(?=\s+(?:the|its|their|this|that|these|those|his|her|our)\b)/gi, 4, 'fold'],
  ['both', /\bboth(?=\s+(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+)?[a-z]+s\b)/gi, 2, undefined],
  // None of two (`Neither variant was found`, 这2个变异均未检出); not `neither A nor B`, which names them, nor
  // `neither is endorsed`, of things named before.
  ['neither', /\bneither(?=\s+(?:of\s+(?:the|these|those|them)\b|(?!(?:is|was|are|were|has|have|had|can|could|will|would|may|might|should|did|does|do|one|he|she|it|they|we)\b)[a-z]+\b))(?![^.;]{0,80}\bnor\b)/gi, 2, undefined],
  ['single', /\b(?:single)(?=\s+[a-z])/gi, 1, undefined],
  // A vaccine's or an ion's valency in words: `quadrivalent` is 四价 or 4价, as `4-valent` is (UNITS).
  ['bivalent', /\bbivalent\b/gi, 2, 'valent'],
  ['trivalent', /\btrivalent\b/gi, 3, 'valent'],
  ['quadrivalent', /\bquadrivalent\b/gi, 4, 'valent'],
  ['tetravalent', /\btetravalent\b/gi, 4, 'valent'],
  ['pentavalent', /\bpentavalent\b/gi, 5, 'valent'],
  ['hexavalent', /\bhexavalent\b/gi, 6, 'valent'],
  ['heptavalent', /\bheptavalent\b/gi, 7, 'valent'],
  // `the past decade` = 过去十年; `decades` alone is no number (`three decades`: DECADES).
  ['decade', /\bdecade\b/gi, 10, 'year'],
];

/** `three decades`, `2 decades`: 30年, 20年 (group 1 the number). */
export const DECADES = /\b(\d+|(?:two|three|four|five|six|seven|eight|nine|ten))\s+decades\b/gi;

/**
 * Durations with a half: `half a year` (group 1 the unit), `one and a half years`, `2-and-a-half
 * months` (group 2 the whole number, group 3 the unit), `a year and a half` (group 4 the unit).
 */
export const HALF_DURATIONS = /\b(?:half\s+an?\s+(year|month|week|day|hour)|(\d+|[a-z]+)[\s-]+and[\s-]+a[\s-]+half[\s-]+(year|month|week|day|hour)s?|an?\s+(year|month|week|day|hour)\s+and\s+a\s+half)\b/gi;

/**
 * What the sizes of models and datasets count, after a number with a scale letter: `1.2M
 * parameters`, `7B-parameter model`, `126 k dialogues`; a model named by its size (`a 13B
 * baseline`, `the 70B variant`) counts its parameters.
 */
const SCALED_NOUNS = String.raw`(?:parameters?|params|steps?|iterations?|images?|samples?|tokens?|words?|sentences?|records?|pairs?|videos?|documents?|examples?|frames?|users?|posts?|nodes?|edges?|points?|reads?|instances?|queries|articles?|texts?|models?|downloads?|visits?|dialogues?|dialogs?|conversations?|utterances?|questions?|messages?|sequences?|baselines?|variants?|versions?|backbones?|checkpoints?|LLMs?|encoders?|decoders?|transformers?)\b`;

/**
 * Thousands written with `k` (`10k images`, `1.5k`, `$50k`, `100K`): 1万张, 1 500. Not a unit
 * that starts with k (`10kg`), nor a capital K after one digit, which names a resolution (`4K`).
 * Apart from its number, `k` or `K` is thousands only before what a dataset counts (`126 k
 * dialogues`): `5 K` is kelvin. So is a `k` after one digit (`5k images`): `compound 6k` is a label, as `6c` is.
 */
export const THOUSANDS_K = new RegExp(
  String.raw`(?<![\w.])(\d+(?:\.\d+)?)(?:(?<=\d\d|\.\d)[kK]|k(?=[\s-]+${SCALED_NOUNS})|\s[kK](?=[\s-]+${SCALED_NOUNS}))(?![A-Za-z\d])`,
  'g',
);

/** Words of the kind of a model between its size and the noun: `a 13B general model`, `the 7B chat variant`. */
const MODEL_KINDS = String.raw`(?:general|base|pretrained|pre-trained|open-source|dense|chat|instruct|instruction-tuned|fine-tuned|multilingual|student|teacher|language|foundation)`;

/**
 * Millions and billions written with `M` and `B` before what they count (`1.2M parameters`,
 * `7B tokens`, `the 7B-parameter model`, `0.18 M parameters`, `the 7B and 70B variants`, both ends of
 * `from 1.8B to 72B parameters`), a word of the model's kind between (MODEL_KINDS): 120万个参数, 70亿.
 * Only before such a noun, or a list of sizes before one: `2M NaCl`, `1 M` are molar. Trillions
 * with `T` only before tokens, words or parameters (`1.2T tokens`, 1.2万亿token): `3.0 T images` are tesla.
 */
export const MILLIONS_MB = new RegExp(
  String.raw`(?<![\w.-])(\d+(?:\.\d+)?)\s?([MB]|T(?=[\s-]+(?:tokens?|words?|parameters?|params)\b))(?=(?:(?:,?\s(?:and|or|to)\s|,\s?|\/|\s?[-–~]\s?)\d+(?:\.\d+)?\s?[MB]){0,3}(?:[\s-]+(?:${MODEL_KINDS}[\s-]+)?|(?<=[MB])(?=[a-z]))${SCALED_NOUNS})`,
  'g',
);

/**
 * A quarter of a year in business shorthand, beside its year: `Q1 2020`, `Q1-Q3 2019`, `Q4 of
 * 2021`, `2020 Q2`: the ordinal 第1季度. Alone, `Q1` is as often a quartile, and is not read.
 */
export const QUARTER = /(?<![A-Za-z\d])Q([1-4])(?=(?:[-–]Q[1-4])?,? (?:of )?(?:19|20)\d{2}\b)|(?<=\b(?:19|20)\d{2} )Q([1-4])(?![A-Za-z\d])/g;

/**
 * A Roman numeral from 1 to 12, in Latin capitals or as one of the Unicode numerals that
 * Chinese text and its English write (`Ⅲ`). Longest first, so `III` is not read as `I`.
 */
export const ROMAN = '(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I|[\u2160-\u216B])';
/** The same in lower case, as text lower-cased whole writes it (`class ii to iv`, `iii～iv级`). */
export const ROMAN_ANY_CASE = `(?:${ROMAN}|xii|xi|ix|x|viii|vii|vi|iv|v|iii|ii|i)`;
const ROMAN_VALUES: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };
/** The value of a ROMAN_ANY_CASE match: `III`, `iii` and `Ⅲ` are 3. */
export function romanValue(text: string): number | undefined {
  const code = text.codePointAt(0)!;
  return text.length === 1 && code >= 0x2160 && code <= 0x216b ? code - 0x2160 + 1 : ROMAN_VALUES[text.toUpperCase()];
}
/**
 * A grade, stage, class or level named by Roman numerals, one or two of them (`grade III`,
 * `stages III to IV`, `NYHA class II or III`, `stage Ⅲ`, `class ii to iv`, `grade was II-III`,
 * `grade ≥III`), or a list of them (`ISS stage I, II and III`: group 2 holds the middle ones): the numbers `grade 3-4` writes, which Chinese writes either way (`Ⅲ～Ⅳ级`,
 * `3～4级`). Not a type or a phase, which are names in both forms, nor `stage IIIA`, nor `III/IV`
 * (a slash between two integers reads as a fraction).
 */
export const ROMAN_GRADE = new RegExp(
  String.raw`\b(?:[Gg]rades?|[Ss]tages?|[Cc]lass(?:es)?|[Ll]evels?|GRADES?|STAGES?)(?:\s+(?:was|were|of)\b)?\s*(?:[≥≤><]=?\s?)?(?<=[\s≥≤><=])(${ROMAN_ANY_CASE}|0(?=\s*(?:-|–|~|to)\s*[IVXivx]))((?:,\s?${ROMAN_ANY_CASE}){0,4})(?:\s*(?:-|–|~|to|or|and|,)\s*(${ROMAN_ANY_CASE}))?(?![A-Za-z\d/])`,
  'dg',
);

/**
 * What names the number after it as a level on a scale rather than a count: a grade, stage,
 * score, class or level (`grade 3`, `stage 2`), or a threshold sign (`CPS≥10`, `score >5`).
 * `grade 3 in 12 patients` is the grade twelve patients had, no share of three in twelve.
 */
export const LEVEL_BEFORE = /(?:\b(?:grades?|stages?|scores?|class|levels?|types?)(?:\s(?:was|were|of))?|[≥≤<>])\s?$/i;
/**
 * Between one level the patients had and the next of its list: `the score was 10 in 21 patients, 11 in 14 and 12 in 3`
 * lists levels, each in so many patients, as its first does, with the word `score` written once.
 */
export const LEVEL_LIST_GAP = /^\s?(?:[a-z]+)?\s?(?:,\s?(?:and\s)?|and\s)$/i;

/**
 * `No.` before the number of a name: `Gause's No. 1 medium` (高氏一号培养基), `patient No. 3`, `the No. 2
 * hospital`, which counts nothing, as `1号` does not (a grant's `No. 81770123` is an identifier).
 */
/**
 * A word naming an estimate, then a space and its value: `coefficient -0.126***`, `elasticity -0.35`,
 * as economics writes a regression's result without `=` or `of`, and trials and method comparisons a difference
 * (`risk difference −1.18`, `limits of agreement -38.5 to 26.1`, `bias -1.4`), and a standardized score its value
 * (`the femoral neck T-score -2.6±0.6`, `height Z-score -1.8`, `SD score -2.3`), as Chinese writes `T值－2.6`.
 * The hyphen is a minus (a decimal follows).
 */
export const ESTIMATE_BEFORE_SIGN = /\b(?:coefficients?|elasticit(?:y|ies)|estimates?|slopes?|intercepts?|differences?|agreement|bias|(?:[TZ]|SD)[-‐\s]?scores?)\s+$/i;
export const NUMBER_SIGN_BEFORE = /\b[Nn]o\.\s?$/;

/**
 * A change before `N times`, which makes it a multiple: `increased by 2 times`, `rose about 3 times`,
 * `decreased to 0.41 times` (降至0.41倍, what it became), `diluted 50 times` (稀释50倍), `an increase of
 * 1.5 times` (增长了1.5倍); and a past verb glued by a PDF to the word before (`toastrocytesincreased 3.1 times`).
 * Not where a rate follows (FREQUENCY_AFTER_TIMES): `increased to 3 times a day` counts doses. `fell` and `fall`
 * only with `by` or `to`: a person who `fell twice` or `fell more than once` counted falls (跌倒2次), where a level
 * falls by a multiple.
 */
export const CHANGED_BY_BEFORE =
  /\b(?:increas|decreas|ris|rose|grew|grow|reduc|elevat|rais|enhanc|improv|expand|multipl|declin|drop|exceed|surpass|reach|dilut|concentrat|(?:up|down)-?regulat)[a-z]*\s+(?:(?:by|to)\s+)?(?:(?:about|approximately|nearly|almost|over|more\s+than|up\s+to)\s+)?$|\b(?:fell|fall)[a-z]*\s+(?:by|to)\s+(?:(?:about|approximately|nearly|almost|over|more\s+than|up\s+to)\s+)?$|\ban?\s+(?:increase|rise|growth|decrease|reduction|decline)\s+of\s+(?:(?:about|approximately|nearly|almost|over|more\s+than|up\s+to)\s+)?$|(?<=[a-z])(?:increased|decreased|reduced|enhanced|elevated|declined|dropped)\s+(?:(?:by|to)\s+)?$/i;
/**
 * A change before the share it changed by: `reduced VTE by roughly half (2.3% vs 4.7%)`, `cut the
 * rate by one-third`. The share is relative; the percentages beside it are the rates compared.
 */
export const CHANGED_BY_SHARE_BEFORE =
  /\b(?:increas|decreas|reduc|lower|cut|fell|fall|drop|declin|rose|ris|grew|improv|shorten|lengthen|prolong)[a-z]*\b[^.;,()]{0,40}?\bby\s+(?:(?:about|approximately|roughly|nearly|almost|around|over|more\s+than|up\s+to|some)\s+)?$/i;
/** `times` as the count of a rate: `3 times a day`, `twice per week`, `4 times daily`. */
export const FREQUENCY_AFTER_TIMES = /^\s*times\s+(?:an?|per|each|every|daily|weekly|monthly|yearly|annually)\b/i;
/** `exceeded the background value by 7.2 times`: `by N times` after a verb of change, its object between. */
export const CHANGED_OBJECT_BY_BEFORE =
  /\b(?:increas|decreas|reduc|elevat|rais|enhanc|improv|expand|exceed|surpass|(?:up|down)-?regulat)[a-z]*\s[^.;,]{0,40}?\bby\s+(?:(?:about|approximately|nearly|almost|over|more\s+than|up\s+to)\s+)?$/i;

/**
 * `by N times` where a verb of change stands anywhere before it in the sentence: the second object of one
 * verb (`increased the capacity by 31.5% and the tip resistance by 1.8-2.4 times`, 提高1.8～2.4倍).
 */
export const BY_BEFORE = /\bby\s+(?:(?:about|approximately|nearly|almost|over|more\s+than|up\s+to)\s+)?$/i;
export const CHANGE_VERB = /\b(?:increas|decreas|reduc|elevat|rais|enhanc|improv|expand|exceed|surpass|declin|drop|(?:up|down)-?regulat)[a-z]*|\b(?:rises?|rising|risen|rose|grew|grows?|growing|grown|fell|falls?|falling|fallen)\b/i;

/**
 * Adjectives of a period that state its length in years: `the decadal frequency` is 10年频次. Read only
 * against a Chinese period of that length, never as a claim: `decadal variability` is 年代际变化, no number.
 */
export const PERIOD_ADJECTIVES: [RegExp, number][] = [
  // `0.3 °C decade-1`, a unit's power that the name pattern keeps as a whole: ℃·(10 a)-1.
  [/\b(?:decadal|decennial)\b|\bdecade(?:-|−|⁻¹)/i, 10],
  [/\bbiennial\b/i, 2],
];

/**
 * How often something happens, as times in a period: `twice yearly`, `three times a week`,
 * `every 6 months`, `every other day`, `quarterly`, `q12h`. Groups: 1 the times (`once`, `twice`,
 * `3 times`), 2 the period's count and 3 its unit after `a`/`per`/`every`, 4 an adverb of period
 * after the times, 5 the count and 6 the unit after a bare `every`, 7 an adverb alone, 8 and 9
 * the hours, days or weeks of prescription shorthand, 10 and 11 the count and unit of `at 2-week intervals`,
 * 12 and 13 those of `at intervals of 2 weeks`. Read only to settle a frequency the other
 * version states in another period (FREQUENCY_PERIODS gives each period in hours); `biweekly` and
 * `bimonthly` say either twice a period or once in two, and are left out.
 */
const FREQUENCY_COUNT = String.raw`\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|other|half(?: an?)?`;
const FREQUENCY_UNIT = 'hour|day|night|week|fortnight|month|quarter|year';
const FREQUENCY_ADVERB = String.raw`hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|semi-?annually|biannually|half-yearly|biennially`;
export const FREQUENCY = new RegExp(
  String.raw`\b(?:(once|twice|thrice|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) times)[ -](?:(?:a|an|per|each|every) (?:(${FREQUENCY_COUNT})[ -])?(${FREQUENCY_UNIT})s?|(${FREQUENCY_ADVERB}))|every (?:(${FREQUENCY_COUNT})[ -])?(${FREQUENCY_UNIT})s?|(${FREQUENCY_ADVERB})|q(\d+) ?(h|d|w|wk)|at (${FREQUENCY_COUNT})[ -](${FREQUENCY_UNIT})s? intervals?|at intervals of (${FREQUENCY_COUNT}) (${FREQUENCY_UNIT})s?)\b`,
  'gi',
);
/** A word without which no FREQUENCY can stand in a text: a cheap test before the patterns. */
export const FREQUENCY_WORDS = new RegExp(String.raw`\b(?:once|twice|thrice|times|every|intervals?|${FREQUENCY_ADVERB}|q\d+\s?(?:h|d|w|wk))\b`, 'i');
/** Each period of FREQUENCY, and of the adverbs alone, in hours. */
export const FREQUENCY_PERIODS: Record<string, number> = {
  hour: 1, h: 1, day: 24, d: 24, night: 24, week: 168, w: 168, wk: 168, fortnight: 336, month: 730.5, quarter: 2191.5, year: 8766,
  hourly: 1, daily: 24, nightly: 24, weekly: 168, fortnightly: 336, monthly: 730.5, quarterly: 2191.5, yearly: 8766, annually: 8766,
  semiannually: 4383, 'semi-annually': 4383, biannually: 4383, 'half-yearly': 4383, biennially: 17532,
};

/**
 * The period after a count of times given: `twice a day`, `3 times per week`, `4 sessions a week`, `once daily`,
 * `three times weekly`, `2 sessions every week`. The period is the first or second group. Not `every two weeks`.
 */
export const TIMES_PER_AFTER = /^\s*(?:(?:times?|sessions?|doses?)\s+)?(?:(?:a|per|each|every)\s+(day|night|week|month)\b|(dai|night|week|month)ly\b)/i;
/**
 * A course given once each period, before its length in that period: `once a week for` (4 weeks), `weekly
 * for`, `once daily for`. The length counts the doses too: `每周1次，共4次`. The period is the first or second group.
 */
export const ONCE_EACH_BEFORE = /\b(?:once\s+(?:a|per|every|each)\s+(day|week|month)|(dai|week|month)ly)\s+for\s+$/i;

/**
 * Solutions whose name states their strength, with it: `normal saline` is 0.9% sodium chloride
 * (0.9%氯化钠注射液), which the other version may write as a percentage.
 */
export const STRENGTH_NAMES: [RegExp, number][] = [[/\b(?:normal|physiological|isotonic)\s+(?:saline|sodium\s+chloride)\b/i, 0.9]];

/** Before the base of a rate: `3.2 per 1,000`, `3.2/1000`, and a base in brackets, `DDDs/(100 patient-days)`. */
export const RATE_BASE_BEFORE = /(?:\bper|\/)\s*(?:[(（]\s*)?$/i;

/** How a message writes a unit whose normalized name is not how English writes it. */
export const UNIT_NAMES: Record<string, string> = {
  day: 'days', week: 'weeks', month: 'months', year: 'years', hour: 'h', minute: 'min', second: 's',
  mmhg: 'mmHg', cmh2o: 'cmH2O', kpa: 'kPa', ml: 'mL', dl: 'dL', l: 'L',
  gy: 'Gy', cgy: 'cGy', mgy: 'mGy', mpa: 'MPa', gpa: 'GPa', pa: 'Pa', celsius: '°C', kelvin: 'K',
  kv: 'kV', megavolt: 'MV', kev: 'keV', mev: 'MeV', sv: 'Sv', msv: 'mSv', μsv: 'μSv', hu: 'HU', mas: 'mAs',
  bq: 'Bq', kbq: 'kBq', mbq: 'MBq', gbq: 'GBq', tbq: 'TBq', ci: 'Ci', mci: 'mCi', μci: 'μCi',
};

/** A word after a bare number that makes it a count of a thing: `3 locations`, `four modules`; not `3 to 5`, `3 and 4`. */
export const COUNTED_AFTER = /^[\s-]+(?!(?:to|and|or|of|in|at|on|for|by|vs|versus|with|than|per|from)\b)[a-z]{2,}/;

/**
 * A step of one unit named without its one: `each additional hour`, `for every extra year`, `per further day`;
 * and an effect per unit of a measure (`OR=1.56 per ng/mL`, `per kg/m2`, `per mmHg`), which Chinese writes `每增加1 ng/mL`.
 * So is a change per unit of what is measured (`0.05 L per kg of weight`, `per kg increase`): `体重每增加1 kg`.
 */
export const EACH_STEP = /\b(?:each|every|per)\s+(?:additional|extra|further)\s+[a-z]|\bper\s+(?:[μµ]?[a-zA-Z]{1,5}\s?\/\s?[a-zA-Z]{1,5}[0-9²]?|mm\s?Hg)(?![\w/])|\bper\s+(?:[μµ]?[a-zA-Z]{1,5})\s+(?:(?:of|in)\s+(?:body\s+)?(?:weight|mass|height|length|age|BMI)|increase|increment|rise|gain)\b/i;
/** A rate or a cost per one thing, named without its one: `per QALY gained`, `per averted death`, `each serving`. */
export const PER_THING = /\b(?:per|each|every)\s+[a-z]/i;
/**
 * The article before a noun, which says one of a thing that Chinese counts with a measure word:
 * `a hospital` (1所医院), `a randomized trial` (1项随机试验), `a Chinese pedigree` (1个中国…家系). Lower
 * case inside a sentence, capitalised only where a sentence or a heading's text starts: the `A`
 * of `group A patients` names a group. Also before the size a device is named by (`a 3.5 mm cortical
 * screw`, `A Φ2.0 mm Kirschner wire`, `an 18 G cannula`, 1枚3.5 mm皮质骨螺钉).
 */
export const ARTICLE_BEFORE_NOUN = /(?:^|[\s(])an?\s+(?!(?:and|or|vs|versus)\b)[A-Za-z]|(?:^|[.:;]\s?)An?\s+[a-z]|(?:(?:^|[\s(])an?|(?:^|[.:;]\s?)An?)\s+(?:[Φφ]\s?)?\d+(?:\.\d+)?\s?-?(?:mm|cm|Fr|F|G)\b/;

/** Words read as a count that only a pair or a single thing implies: `both drugs` may be `上述药物` alone, `neither` `均未`. */
export const IMPLIED_COUNT = /^(?:both|either|neither|single)$/i;

/**
 * The last span before now, which Chinese writes with a 1 (`in the past week` = `过去1周`, `the previous year` =
 * `前1年`): read as no number (a `past year` read as one made edits no rule reports), but it states that 1.
 */
export const PAST_SPAN = /\bthe\s+(?:past|last|previous|preceding)\s+(day|week|month|year)\b(?!-)/gi;

/** Words that say "one" of a thing without a number: `a case`, `a single clone`, `each patient`, and `acase`, `Wereportacaseof` as PDF text glues it. */
export const ONE_WITHOUT_NUMBER = /\b(?:a|an|one|single|each)\b|\ban?(?:case|patient|child|infant|man|woman)\b|(?<=[a-z])acase(?=of\b|\b)/i;

/** Abbreviations whose full stop ends no sentence. */
export const ABBREVIATIONS = [
  'et al.', 'vs.', 'Fig.', 'Figs.', 'e.g.', 'i.e.', 'approx.', 'no.', 'No.', 'Dr.', 'Prof.', 'cf.', 'etc.', 'ca.',
  'Ref.', 'ref.', 'Refs.', 'refs.', 'Eq.', 'Tab.', 'Suppl.', 'Vol.', 'pp.', 'St.', 'Jr.', 'Inc.', 'Ltd.', 'Co.',
  // `at 60 U.S. sites`: a country's initials, which a lower-case word follows inside a sentence.
  'U.S.', 'U.K.',
  // Abbreviated months: `Apr. 2015` is one date.
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
];

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

/**
 * One group measured twice: a paired test (paired t, McNemar's χ²), not a two-group one; and a
 * mean ± SD that changed `from 28.7±6.4 to 21.3±5.9`, a group's own change between two times.
 */
export const PAIRED_DESIGN = /\bpaired\b|McNemar|before and after|pre-? and post|\bfrom\s*\(?-?\d[\d.]*\s*±\s*\d[\d.]*\)?[^.;±]{0,20}?\bto\s*\(?-?\d[\d.]*\s*±/i;
/** The two time points of a within-group comparison. */
export const TIME_BEFORE = /\b(?:before|baseline|pre-?(?:treatment|operative|intervention|test))\b/i;
export const TIME_AFTER = /\b(?:after|post-?(?:treatment|operative|intervention|test))\b/i;
/** `± SEM`: the spread beside a mean is a standard error, not an SD. */
export const STANDARD_ERROR = /\bSEM?\b|standard error/i;
/** Patients lost after allocation: the groups analysed are no longer the sizes stated. */
export const DROPOUT = /drop(?:ped)?[- ]?outs?|lost to follow-up|withdr[ae]w|discontinued/i;
/** After the size of each of several groups (`49 in each`, `40 cases each`, `30 per group`): no one part of a list. */
export const EACH_AFTER = /^\s+(?:[a-z]+\s+)?(?:each|per\s+(?:group|arm)|in\s+each)\b/i;
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
 * A plural count noun after a number like a year makes it a count (`2019 samples`, `2016
 * articles`, `1998 tissue specimens`), unless a word before it names a time (`in 2019 patients
 * were…`, `from 2019`); `a total of` and `the number of` count.
 */
export const COUNT_NOUN_NOT_YEAR_AFTER =
  /^\s+(?:[a-z]+\s+)?(?:samples|specimens|articles|papers|publications|records|documents|reports|citations|studies|trials|patients|participants|respondents|subjects|individuals|persons|people|cases|children|adults|women|men|students|households|families|hospitals|schools|questionnaires|isolates|strains|mice|rats|items|images|sequences)\b/;
/**
 * A name in title case after a number like a year makes it the year of an edition, whatever
 * unit its first word spells: `the 2018 Adult Smoking Behavior Survey`, `the 2015 Global Burden
 * of Disease Study` (2018年成人吸菸行為調查); a count's noun is lower case (`2018 adults`).
 */
export const TITLE_AFTER_YEAR = /^\s+[A-Z][a-z]+(?:\s+(?:of\s+|and\s+|the\s+)?[A-Z][A-Za-z]+)+\b/;
/** A time point's label before its number (`at age 3`, `at week 12`, `by day 90`): what follows `to` is another value, not the end of a range. */
export const POINT_BEFORE_VALUE = /\b(?:at|by|on)\s+(?:age|day|week|month|year|visit|cycle)\s+$/i;
/** A change opened by `from` and not yet taken `to` its end: `from 0.4 per 1,000 words at age 3 ` (to 2.9 at age 6). */
export const FROM_OPEN_BEFORE = /\bfrom\s(?:(?!\bto\b)[^;:()]){0,80}$/i;
/** An allocation after a number like a year makes it a count whatever stands before it: `and 1995 to the active-drug group`. */
export const ALLOCATED_AFTER = /^\s+(?:were\s+(?:assigned|randomi[sz]ed|allocated)\b|to\s+the\s+[\w-]+(?:\s[\w-]+)?\s+(?:group|arm)\b)/;
export const TIME_BEFORE_YEAR = /\b(?:in|since|by|during|until|till|before|after|from|between|and|to|through|of|around|early|late|mid)\s+$/i;
export const COUNT_OF_BEFORE = /\b(?:total|number|sample|series|cohort|set)\s+of\s+$/i;

/** Between the weeks and the days of a gestational age, and after the days: `34+2 weeks`, `34 weeks and 2 days`, `34 wk + 2 d`. */
export const WEEKS_PLUS_DAYS = {
  gap: /^\s?(?:\+|(?:weeks?|wks?)(?:\s*(?:and|\+|,))?)\s*$/i,
  weeksAfter: /^\s?(?:weeks?|wks?)\b/i,
  daysAfter: /^\s?(?:days?|d)\b/i,
  /** The further ages of a list that names the weeks once, after the last: the `, 40+1 and 41+5` of `39+2, 40+1 and 41+5 weeks`. */
  listTail: /^(?:\s?(?:,|,?\s?and|,?\s?or)\s?(?:[2-4]\d)\s?\+\s?[0-6](?!\d)){1,6}/i,
};

/**
 * How an English chemical name goes on after a locant and its hyphen: a substituent
 * (`5-fluorouracil`, `6-mercaptopurine`, `3-methyladenine`, `8-hydroxy-2'-deoxyguanosine`,
 * `5-hydroxytryptamine`, `2-phenylindole`), perhaps multiplied (`4',6-diamidino`, `2,5-diphenyl`);
 * a sugar's phosphate (`glucose-6-phosphate`, `mannose 6-phosphate`).
 */
export const CHEMICAL_AFTER_LOCANT = '(?:di|tri|tetra)?(?:fluoro|chloro|bromo|iodo|hydroxy|methyl|ethyl|propyl|butyl|amino|amidino|nitro|mercapto|phenyl|deoxy|oxo|carboxy|cyano|thio|acetyl|methoxy|ethoxy|aza|phosph)';

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
  // The frameworks and toolkits of machine learning preprints: `PyTorch 1.12`, `CUDA 11.3`.
  'PyTorch', 'TensorFlow', 'Keras', 'CUDA', 'cuDNN', 'scikit-learn', 'PaddlePaddle', 'MindSpore', 'OpenCV', 'Ubuntu',
];

/** Plural nouns of persons and things counted whole: a number before one has no decimals (`0.125 3 patients`). */
export const WHOLE_COUNT_NOUNS = ['patients', 'cases', 'participants', 'subjects', 'persons', 'people', 'children', 'adults', 'women', 'men', 'groups', 'samples'];

/**
 * What text from a PDF glues to the digits of a count on both sides (`these8patients`,
 * `angiographyat6months`), as a regex source: a time or a thing counted whole. Digits between
 * lower-case letters and one of these are a count, not a name (`trisomy18syndrome` stays one).
 */
export const GLUED_COUNT_AFTER = `(?:${[...JOINED_UNITS.filter((u) => u !== 'fold'), ...WHOLE_COUNT_NOUNS].join('|')})\\b`;

/** Persons named by the decade of their age: `octogenarians` are the `80岁以上` (≥80 years) of the other version. */
export const AGE_DECADE_WORDS: Record<string, number> = { sexagenarian: 60, septuagenarian: 70, octogenarian: 80, nonagenarian: 90, centenarian: 100 };
export const AGE_DECADE_WORD = /\b(sexagenarian|septuagenarian|octogenarian|nonagenarian|centenarian)s?\b/gi;

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

/**
 * A word between a count and its noun, unless it is a word of grammar or a verb whose subject the
 * count is: `1.2 in group A` counts no groups, `of whom 43,448 received injections` counts people.
 */
const MODIFIER = String.raw`(?:(?!(?:in|of|the|a|an|and|or|for|to|at|by|with|per|from|between|among|each|all|these|those|vs|versus|than|were|was|are|is|received|had|underwent|completed|needed|required|missed|took|got)\s)[a-z]+\s+)?`;
const counted = (nouns: string) => new RegExp(String.raw`^\s*${MODIFIER}(?:${nouns})\b`, 'i');

/**
 * Things counted by a number whose name both languages share, so that `two groups`
 * and `三组` compare as counts of one thing. One modifier may stand between the
 * number and the noun (`two clinical centers`, `four treatment arms`). Only the plural
 * counts: `the ECOG ≤ 2 group` names a group, it does not count groups.
 */
export const COUNTED: [RegExp, string][] = [
  [counted(String.raw`groups|arms|cohorts`), 'group'],
  [counted(String.raw`kinds|types|subtypes|genotypes|serotypes|phenotypes|classes|categories|species`), 'kind'],
  [counted(String.raw`aspects`), 'aspect'],
  [counted(String.raw`factors`), 'factor'],
  [counted(String.raw`dimensions`), 'dimension'],
  [counted(String.raw`parameters`), 'parameter'],
  // A model's size in a hyphen compound counts its parameters: `the 7B-parameter model` (70亿参数模型).
  [/^-parameter\b/i, 'parameter'],
  [counted(String.raw`centers|centres|hospitals`), 'center'],
  [counted(String.raw`countries`), 'country'],
  [counted(String.raw`parts|sections|components|modules`), 'part'],
  [counted(String.raw`rounds`), 'round'],
  [counted(String.raw`studies|trials`), 'study'],
  [counted(String.raw`genes`), 'gene'],
  [counted(String.raw`doses|shots|injections`), 'dose'],
  [counted(String.raw`batches|lots`), 'batch'],
  [counted(String.raw`strains|isolates`), 'strain'],
  [counted(String.raw`layers`), 'layer'],
  [counted(String.raw`tablets|pills`), 'tablet'],
  // Not `eight weekly sessions`, which a translation may write as 8周.
  [new RegExp(String.raw`^\s*(?!(?:weekly|daily|monthly)\s)${MODIFIER}(?:sessions|lessons)\b`, 'i'), 'session'],
];

/** The names of the things of COUNTED, anywhere in a sentence: a bare count beside one of them may count it. */
export const THING_NAMES: Record<string, RegExp> = {
  group: /\b(?:groups?|arms?|cohorts?)\b/i,
  kind: /\b(?:kinds?|(?:sub|geno|sero|pheno)?types?|class(?:es)?|categor(?:y|ies)|species)\b/i,
  aspect: /\baspects?\b/i,
  factor: /\bfactors?\b/i,
  dimension: /\bdimensions?\b/i,
  parameter: /\b(?:parameters?|indicators?|indices)\b/i,
  center: /\b(?:cent(?:er|re)s?|hospitals?)\b/i,
  country: /\bcountr(?:y|ies)\b/i,
  part: /\b(?:parts?|sections?|components?|modules?)\b/i,
  round: /\brounds?\b/i,
  study: /\b(?:stud(?:y|ies)|trials?)\b/i,
  gene: /\bgenes?\b/i,
  dose: /\b(?:doses?|shots?|injections?)\b/i,
  batch: /\b(?:batch(?:es)?|lots?)\b/i,
  strain: /\b(?:strains?|isolates?)\b/i,
  layer: /\blayers?\b/i,
  tablet: /\b(?:tablets?|pills?)\b/i,
  session: /\b(?:sessions?|lessons?)\b/i,
};

/**
 * Words that state one value for several things at once (`90% in both groups`): a repeat
 * need not be written out. `every 3 weeks` states a schedule, not one value for all.
 */
export const DISTRIBUTIVE = /\b(?:both|all|either|respectively)\b|\b(?:each|every)\b(?!\s+(?:\d|other\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b))/i;

/** Words that stand for a count of all the things counted (`all patients`, `both groups`), unlike `respectively`. */
export const ONCE_FOR_ALL = /\b(?:both|all|each|every|either)\b/i;

/** The `all` that makes a p-value one for all comparisons, right before it: `(all P < 0.05)`. */
export const P_FOR_ALL_BEFORE = /\ball\s*$/i;

/** Words that state the other side of a threshold without its number: `60 or older … younger`, `the rest`. */
export const COMPLEMENT_WORDS = /\b(?:younger|older|lower|higher|less|fewer|below|above|under|over|remaining|rest|others)\b/i;

/** Words that join the last item of a list: `A, B and C`. */
export const LIST_JOIN = /\s(?:and|or)\s/i;
/** A result stated as no difference without the word significant: `did not differ among groups`, `were similar`. */
export const NO_DIFFERENCE = /\b(?:did|do|does)\s+not\s+differ\b|\bno\s+(?:significant\s+)?differences?\b|\b(?:was|were)\s+(?:similar|comparable)\b/i;

/** Words between two values of one list, besides a comma: `35.4% and 39.3%`, `412±56 min vs 338±47 min`. */
export const LIST_GAP_WORDS = String.raw`and|or|vs\.?|versus`;

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
const SUBSET_NOUN = '(?:patients|participants|subjects|cases|children|adults|infants|neonates|newborns|women|men|samples|specimens|tumou?rs|lesions)';
/**
 * After `the N`: a group the text defines right there by a test or procedure or by what became
 * of it (`the 712 infants who survived to discharge`), so a subset of the cohort rather than a
 * reference to a group stated before.
 */
export const SUBSET_DEFINED = new RegExp(
  `^\\s+(?:${PROCEDURE}\\s+${SUBSET_NOUN}\\b|(?:[A-Za-z-]+\\s+)?${SUBSET_NOUN}\\s+(?:${PROCEDURE}\\b|(?:who|that)\\s+(?:were\\s+|had\\s+been\\s+)?(?:underwent|had|received|completed|survived|died|responded|remained|${PROCEDURE})\\b|undergoing\\b|with\\s+(?:available|complete|evaluable)\\b|(?:of|with|by|for|on|in)\\s+(?:[A-Za-z-]+\\s+){0,3}?${TEST_NOUN}\\b))`,
  'i',
);

/**
 * A subgroup analysis names its group by what its members had: `Among the 1151 patients with an
 * ejection fraction of 60% or more`, `In the 300 patients aged 75 years or older`. Before `the N`
 * (SUBGROUP_BEFORE) and after it (SUBGROUP_BY_TRAIT); `the three patients with normal levels` as a
 * sentence's subject still refers to a group stated before.
 */
export const SUBGROUP_BEFORE = /\b(?:among|in|of|for)\s+the\s+$/i;
export const SUBGROUP_BY_TRAIT = new RegExp(`^\\s+(?:[A-Za-z-]+\\s+)?${SUBSET_NOUN}\\s+(?:with|aged)\\b`, 'i');

/** A proportion in words (`one third`, `two-thirds`, `half`): a share, never a count out of a group of 3. */
export const PROPORTION_WORD = /\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i;
/** Words before a count that make it a part of a group stated without a number: `patients were included, including 38 with class III`. */
export const PART_BEFORE = /\b(?:including|of whom)\b/i;
/** After an ordinal that is an age: `first birthday`, `5th birthdays`. */
export const BIRTHDAY_AFTER = /^\s?birthdays?\b/i;
/** Before the base of a rate of cases (`for every 39 infants`, `per 100 patients`): one case per so many, never the cohort. */
export const PER_CASE_BEFORE = /\b(?:per|every)\s+$/i;
/**
 * Words that may carry a value's sign, so that the other version's minus sign is no lost sign:
 * `decreased by 14.8%` is `-14.8%`, `below zero`, `a loss of 3 kg`, `73.5° west`, a depth (`the
 * 1 050 m level` of a deep mine, `-1 050 m水平`); a change or a difference may be taken either way round.
 */
export const SIGN_IN_WORDS =
  /\b(?:decreas|reduc|fell|fall|drop|declin|lower|less|loss|lost|los[ei]|negative|minus|below|down|shorten|deficit|deficien|short(?:fall|er)|gain|rose|rise|rising|risen|increas|chang|difference|delta|shift|west|south|deep|depth|elevation|altitude|underground)/i;
/** A fraction that names the group it counts out of: `12 of the 35 patients with T3 tumours`, `41 out of 63`. */
export const NAMES_ITS_GROUP = /\bof\b/i;
/** Words before a number that make it approximate: `about 1/3 of the patients` is a share, not a count out of 3. */
export const APPROXIMATE_BEFORE = /\b(?:about|approximately|nearly|almost|roughly|around|some)\s+$/i;

/**
 * Words saying that the parts listed after a group are all of it: `divided into`,
 * `randomized to`, `respectively`, `in total`. Without one, `including 30 with
 * diabetes and 40 with hypertension` may name only some members.
 */
export const WHOLE_SPLIT = /\b(?:divided|randomi[sz]ed|allocated|assigned|split|stratified|categori[sz]ed|classified|grouped)\s+(?:in)?to\b|\brespectively\b|\bin total\b|\baltogether\b/i;
/** Right after a count of patients, the first of some of them (`in 14 patients, 12 of whom had …`, `14 patients, of whom 12 …`): a part, never more than its group. */
export const SOME_OF_THEM = /^(?:\s+[a-z-]+){0,2}\s*,\s*(?:of\s+(?:whom|them)\s+)?$/i;
export const SOME_OF_THEM_AFTER = /^\s+of\s+(?:whom|them)\b/i;
/** Parts that name the arms or groups of a study: arms together make the whole. */
export const ARM_PART = /\b(?:group|arm|cohort)\b/i;
/** A bracket after the name of a group, which may hold its size: `an intervention group (48)`. */
/** A label's noun right before its number, `tone 3`, `level 4`, `session 2`: the number names which one, as a rank does. */
export const LABEL_BEFORE = /\b(?:tone|level|session|lesson|step|stage|phase|round|wave|part|section|item|block|task|module|experiment|study|trial|visit|tier|generation|class|category|period|term|semester|chapter|unit|layer|zone|sector)\s$/i;

export const GROUP_BRACKET_BEFORE = /\b(?:group|arm|cohort)\s?[(（]\s?$/i;

/** Before the count of a group a share is then taken in: `Among the 420 examined subjects`, `of the 420`. */
export const GROUP_AMONG_BEFORE = /\b(?:among|of)\s+(?:the\s+|these\s+|those\s+|all\s+)?$/i;
/** Before a group that a count of it follows: `Of the 45 children, 38 …` (a sentence's or a clause's start). */
export const OF_GROUP_BEFORE = /(?:^|[,;:(]\s*|\band\s+)of\s+(?:the\s+|these\s+|those\s+|all\s+)?$/i;
/** Between such a group's size and the count of it: the group's name of one to four words, and a comma. */
export const GROUP_THEN_COUNT = /^\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s*,\s*$/i;

/**
 * A verb or noun of change right before the amount it names, by the way it goes: `increased by
 * 20%`, `rose to 35.2%`, `an increase of 12%` (up); `decreased by 20%`, `fell to 8.1%`, `a
 * reduction of 30%` (down). `improved` and `worsened` are left out: a pain score that improved
 * fell (疼痛评分降低). Read by the check that the versions state a change the same way round.
 */
const CHANGE_TAIL = String.raw`(?:\s+(?:by|to))?(?:\s+(?:about|approximately|nearly|almost|over|around|roughly|up\s+to|more\s+than|an\s+average\s+of|a\s+mean\s+of))?\s*$`;
export const CHANGE_UP_BEFORE = new RegExp(
  String.raw`(?:\b(?:increased|increases|rose|risen|rises|grew|grown|grows|elevated|raised|climbed|prolonged|lengthened)${CHANGE_TAIL})|(?:\ban?\s+(?:increase|rise|growth|gain)\s+of(?:\s+(?:about|approximately|nearly|almost|over|around))?\s*$)`,
  'i',
);
export const CHANGE_DOWN_BEFORE = new RegExp(
  String.raw`(?:\b(?:decreased|decreases|declined|declines|reduced|reduces|fell|fallen|falls|dropped|drops|lowered|lowers|shortened)${CHANGE_TAIL})|(?:\ban?\s+(?:decrease|reduction|decline|drop|fall|loss)\s+of(?:\s+(?:about|approximately|nearly|almost|over|around))?\s*$)`,
  'i',
);
/**
 * A noun or comparative of change right after the amount it names, by the way it goes: `a 78% reduction`,
 * `76.8% lower than`, `1.5 points higher` (English puts the amount first where Chinese writes `降低78%`).
 * `or` before it (`50% or more`) makes a bound, not a change, and stops the match.
 */
const AFTER_HEAD = String.raw`^\s*(?:(?:percentage\s+)?points?\s+)?`;
export const CHANGE_UP_AFTER = new RegExp(String.raw`${AFTER_HEAD}(?:increase|rise|gain|growth|higher|greater|larger|more)\b`, 'i');
export const CHANGE_DOWN_AFTER = new RegExp(String.raw`${AFTER_HEAD}(?:reduction|decrease|decline|drop|fall|loss|lower|less|fewer|smaller)\b`, 'i');
/**
 * A verb of change right before `from` and the first end of the change (`decreased from 7.1 to 1.4`, `rose
 * significantly from (62.4±8.7)%`): its ends must go the way the verb says (read by range-order).
 */
export const CHANGE_FROM_UP = /\b(?:increased|rose|risen|grew|climbed|elevated|lengthened|prolonged)\s+(?:(?:significantly|markedly|slightly)\s+)?from\s*(?:\(\s*)?$/i;
export const CHANGE_FROM_DOWN = /\b(?:decreased|declined|fell|fallen|dropped|reduced|lowered|shortened)\s+(?:(?:significantly|markedly|slightly)\s+)?from\s*(?:\(\s*)?$/i;
/** Between the first end of such a change and its second: words but no clause of their own, then `to`. */
export const CHANGE_FROM_TO = /^[^,;.\d]{0,40}?\bto\s*(?:\(\s*)?$/i;
/** The year or span of years an end of a change is stated for (`from 612 in 2017 to 785 in 2021`). */
export const CHANGE_END_PERIOD = /(?<!\s)\s+in\s+\d{4}(?:\s*[–—-]\s*\d{4})?\b/i;
/**
 * After a change's second end, its size as a share of the first: `…, a reduction of 43.4%`, `… (a 50% increase)`,
 * `…, a 28.3% decrease`; the noun before the amount (group 1) or after it (CHANGE_UP_AFTER, CHANGE_DOWN_AFTER) says which way.
 */
export const CHANGE_SHARE_AFTER = /^[^,;.()\d]{0,15}?(?:,\s*|\s*\(\s*)(?:an?\s+)?(?:(reduction|decrease|decline|drop|fall|loss|increase|rise|gain|growth)\s+of\s+)?$/i;

/**
 * A scale's grades and the excellent-and-good rate they give (`41 cases were excellent, 22 good and 5 fair, with an
 * excellent and good rate of 92.6%`): groups are excellent, good, fair, poor, then the rate; read by rate-from-counts.
 */
const GRADE_COUNT = String.raw`(?<![\d.])(\d+)\s+(?:(?:cases?|patients?)\s+)?(?:(?:were|was)\s+)?`;
export const GRADES_AND_RATE = new RegExp(
  String.raw`${GRADE_COUNT}excellent,\s*${GRADE_COUNT}good(?:,?\s+(?:and\s+)?${GRADE_COUNT}fair)?(?:,?\s+(?:and\s+)?${GRADE_COUNT}poor)?[^.;\d]{0,40}?\bexcellent(?:\s+(?:and|or)\s+|-|\s*\/\s*)good\s+rate\s+(?:of|was)\s+(\d+(?:\.\d+)?)%`,
  'gi',
);

/**
 * A year of school counted within its stage, as Chinese authors write grades in English: `first-year senior
 * high school`, `second-year junior middle school` (after an ordinal), `senior one`, `Senior 2`, `junior 3`
 * (after the stage). The stage and the grades before it, so that each is the grade 高一 or 初二 names (10, 8).
 */
export const SCHOOL_STAGE_OFFSETS: Record<string, number> = { junior: 6, senior: 9 };
export const SCHOOL_YEAR_STAGE_AFTER = /^[-\s]year\s+(junior|senior)\s+(?:high|middle|secondary)\b/i;
export const SCHOOL_STAGE_BEFORE = /\b(junior|senior)\s$/i;
/** What may follow `senior 2` for it to be a school year: students and the like, or a list or range going on. */
export const SCHOOL_STAGE_YEAR_AFTER = /^(?:\s+(?:students?|pupils?|class(?:es)?|graders?|year)\b|\s?(?:[,;)–-]|to\b|and\b|or\b))/i;

/**
 * What a value is of, which a translation keeps beside it: a measure of accuracy (`a sensitivity of 85.2%`) or a group
 * (`76.7% in the control group`). Ids are shared with ZH.VALUE_LABELS; a label with a letter (`group B`) adds it to its id.
 */
export const VALUE_LABELS: readonly [id: string, re: RegExp][] = [
  ['sensitivity', /\bsensitivity\b/gi],
  ['specificity', /\bspecificity\b/gi],
  ['positive predictive value', /\bpositive predictive value\b|\bPPV\b/g],
  ['negative predictive value', /\bnegative predictive value\b|\bNPV\b/g],
  ['observation group', /\bobservation(?:al)? group\b/gi],
  ['control group', /\bcontrol(?:s\b| group\b| arm\b)/gi],
  ['intervention group', /\bintervention group\b/gi],
  ['experimental group', /\bexperimental group\b/gi],
  ['placebo group', /\bplacebo group\b/gi],
  ['men', /\b(?:men|males?|boys)\b/gi],
  ['women', /\b(?:women|females?|girls)\b/gi],
  ['group', /\bgroup ([A-D])\b|\b([A-D]) group\b/g],
];
/** What ends the clause a label and its value share: a comma, and a conjunction or comparison between two values. */
export const VALUE_LABEL_CLAUSE_END = /[,;:]|\b(?:and|while|whereas|but|versus|vs|than|compared\s+(?:with|to))\b/gi;
/** A sentence that lists labels and then their values in order (`…, respectively`): no clause holds one label and its value. */
export const VALUE_LABELS_LISTED = /\brespectively\b/i;
