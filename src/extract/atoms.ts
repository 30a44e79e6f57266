import { EN_NOT_ONE_PERSON_AFTER, EN_ORDINALS, EN_PERSON_NOUNS_SINGULAR, SOFTWARE_NAMES } from '../lang/en.js';
import { ZH_NAME_ENDINGS, ZH_ORDINAL_COUNTERS } from '../lang/zh.js';
import type { Anchor, AnchorKind, DateParts, Lang, NumberForm } from '../types.js';
import { dateValue, findDates, findDayPoints } from './dates.js';
import { wordKinds, WORD } from './word-kinds.js';
import { matchUnit } from './units.js';
import { charsOf, holdsAnyOf, lastWordOf } from './chars.js';
import {
  chineseDecimals,
  EN_FRACTION_WORDS,
  EN_NUMBER_WORDS,
  FRACTION_DIGITS,
  GROUP_SPACE,
  parseChineseNumeral,
  parseEnglishFraction,
  parseDecimal,
  parseEnglishNumberWords,
  readEnglishNumberRun,
  parseSuperscript,
  powerOfTen,
  ZH_NUMERAL_CHARS,
} from './numerals.js';
import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';

/** One written number before it is read in context: `47.1`, `1 x 10(6)`, `Seventeen`, `十七`, `13 万`. */
export interface Atom {
  start: number;
  end: number;
  value: number;
  /** Decimals of the reported precision; negative for `1 x 10(6)` or `13 万` (precision 10^-decimals). */
  decimals: number;
  integer: boolean;
  form: NumberForm;
  /** A fraction written as one token: `one-third`, `三分之一`, `half of`. */
  parts?: { num: number; den: number };
  /** The token itself says percent: `百分之八十`. */
  percent?: boolean;
  /** The token itself names its unit: `twice` (times), `半年` (year), `no deaths` (death). */
  unit?: string;
  /** The power of ten of a scale word written after the number: 4 for `13 万`, 6 for `5 million`. */
  scale?: number;
  /** `2300多万`, `20余例`: more than the number written. */
  more?: boolean;
  /** A calendar date: `April 2015`, `2015年4月`. */
  date?: DateParts;
  /** A rank: `fourth`, `第四届`. */
  ordinal?: boolean;
  /** A level named by a Roman numeral: `grade III`, `Ⅲ级`. It counts nothing. */
  label?: boolean;
  /** The far end of two neighbouring numerals: `三四天` is 3 to 4 days. */
  high?: number;
  /** An age in years and months as child language writes it (`5;11`), read in months: a year unit after it is its own. */
  yearsMonths?: boolean;
}

/**
 * Thousands are grouped by `,`, by ` , ` (tokenized text), or by a space or thin
 * space before exactly three digits: `1,234`, `6 , 528`, `12 345.6`; the decimals by a
 * space or thin space after three (FRACTION_DIGITS): `0.000 1`, `12 345.678 9`. Three single digits or more
 * a space apart are one number a PDF spaced out letter by letter (`1 0 5 banks`, `2 0 1 1`): no list is written so.
 * Read from the start of such a run only, and eight digits at most: read from inside a long run, each start
 * rescanned the run (quadratic).
 */
const DIGITS = String.raw`(?:(?<!\d )\d(?: \d){2,7}(?![\d.]| \d)|\d{1,3}(?:(?:,| , |${GROUP_SPACE})\d{3}(?!\d))+(?:${FRACTION_DIGITS})?|\d+(?:${FRACTION_DIGITS})?|\.\d+)`;

/**
 * The exponent of a power of ten whose superscript a PDF or web page flattened: the `9` of
 * `×109/L`, the `12` of `×1012/L`, the `33` of `2.3×1033 erg·s-1` (astronomy's luminosities). Never 0 (`×100` magnifies,
 * `×1000` multiplies), at most 49.
 */
const FLAT_EXPONENT = String.raw`(?:[1-4]\d|[1-9])(?!\d|\.\d)`;
/** What a count per volume writes after its power of ten: `/L`, `/μL`, `/well`, `CFU`, `copies`, `拷贝`, `个`. */
const COUNTED_PER_VOLUME = /^\s*(?:\/\s*(?:[mdnμµu]?[Ll]|k?g|mm[3³]|wells?|孔)(?![A-Za-z])|(?:CFU|cfu|copies|cells|IU)(?![A-Za-z])|拷贝|个)/;

/**
 * An area or volume after the power, its square or cube flattened too (`158×108 m3`, `2×104 km2`, which
 * Chinese writes 158亿m3, 2万km2): a product of two lengths is never a volume, so a whole mantissa is a power too.
 */
const AREA_OR_VOLUME_AFTER = /^\s*(?:[kch]?m)[23²³](?![\dA-Za-z])/;
/** A length or size after a product: `2.5×105 mm` measures a mass, it is no power of ten. */
// A length with a negative power is a density, per area or volume (`7.4×1015 cm-3`): no size; nor
// an area or a volume, whose flattened square or cube a product of two lengths never has (`532.8×108 m3`, 532.8亿m3).
const SIZE_AFTER = /^\s*(?:[mcμµn]?m|px|pixels?)(?![A-Za-z\/]|\s?\^?\s?[-−⁻]\s?[1-3]|[23²³](?!\d))/;

/**
 * A flattened power of ten (`1.2×105`) is one where a plain product is unlikely: its
 * mantissa has decimals (`4.0×109`) and no size follows (`2.5×105 mm`), or a count per
 * volume follows it (`45×109/L`, `2×106 cells`); `8×107` alone may be the product 856 and
 * is left as two numbers.
 */
function flatPower(mantissa: string, after: string): boolean {
  return (mantissa.includes('.') && !SIZE_AFTER.test(after)) || COUNTED_PER_VOLUME.test(after) || AREA_OR_VOLUME_AFTER.test(after);
}

/**
 * An earthquake's magnitude glued to its scale, as Chinese writes it (`Ms6.8`, `Mw6.6`, `ML4.0`; English `Ms 6.8`):
 * the value, not a name. One digit and a decimal: no gene or model is named so.
 */
const EARTHQUAKE_MAGNITUDE_SCALE = String.raw`(?<![A-Za-z])M[sSwWLb]`;
const EARTHQUAKE_MAGNITUDE = String.raw`${EARTHQUAKE_MAGNITUDE_SCALE}\d\.\d(?!\d)`;
/** Tokens that name things. Their digits are never amounts. */
const URL = /\b(?:https?:\/\/|www\.)[^\s，。；）)]+/gi;
// From the start of a run only: `\b` alone let every dot of `1.1.1.…` start a rescan of the run.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;
// Bounded runs: `ChiCTR-ChiCTR-…` must not rescan the rest of the text from every occurrence.
// A number with a digit too many or too few is still read, so it can be reported as malformed.
const REGISTRATION = /\b(?:NCT\d{6,10}|ChiCTR[-A-Za-z0-9]{0,40}\d|ISRCTN\d+|ACTRN\d+|JPRN-[A-Za-z0-9-]{1,40}|EudraCT[\s:]{0,4}[\d-]{1,40})\b/gi;
const DOI = /\b10\.\d{4,9}\/[^\s,;，；)）。]*[^\s,;，；)）。.]/g;
const ISSN = /\bISSN[\s:|]*\d{4}-\d{3}[\dXx]\b/gi;
const ANIMAL_LICENCE = /\bS[CY]XK\s?(?:[(（]\s?[^\s()（）\d]{1,12}\s?[)）]\s?)?\d{4}\s?[-–—]\s?\d{3,5}(?!\d)/g;
const ACCESSION = /(?<![A-Za-z\d_-])(?:[A-Z]{2}_\d{6,9}|[A-Z]{1,2}\d{5,8})(?:\.\d{1,2})?(?![A-Za-z\d]|\.\d)/g;
const ACCESSION_CONTEXT = /GenBank|accession|RefSeq|NCBI|EMBL|DDBJ|登录号|序列号/i;

/** What an identifier is and what it identifies, for identifiers both versions must state alike. */
interface Identity {
  scope: string;
  key: string;
}

/** A cheap test that a sentence may hold a match: a pattern, or code that looks where a pattern would scan. */
type Guard = Pick<RegExp, 'test'>;

interface IdentifierPattern {
  re: RegExp;
  kind?: AnchorKind;
  /** Cheap tests that tell when the costly pattern cannot match a sentence: each must match. */
  guard?: Guard | Guard[];
  /** The pattern matches only where the sentence holds a digit, which is tested once for all of them. */
  digit?: true;
  /** Characters of which every match holds at least one: a search for each is cheaper than a guard pattern. */
  needs?: string;
  /** The pattern starts at a word of this kind (WORD), which one pass finds for all of them. */
  word?: number;
  /** The identifier is the last capture group; the words before it only say what it is (`grant No.`). */
  tail?: boolean;
  /**
   * Normalizes a match, or rejects it (a number of a grant with too few digits, a name before a unit).
   * `before` is the match's own words before a tail identifier, `preceding` the text before the match.
   */
  identity?: (text: string, after: string, before: string, preceding: string) => Identity | false | undefined;
}

/**
 * Latin and Greek letters as code-point ranges (without × and ÷): a Unicode script
 * class costs several times as much in the pattern that runs on every sentence.
 */
const LETTERS = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF`;
const LATIN_WORD = `[${LETTERS}]`;
const NAME_CHARS = String.raw`[${LETTERS}\d]`;

function digitCount(text: string): number {
  let n = 0;
  for (const c of text) if (c >= '0' && c <= '9') n++;
  return n;
}

const alnumKey = (text: string) => text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');

function registrationIdentity(text: string): Identity {
  const key = alnumKey(text);
  return { scope: /^(?:NCT|CHICTR|ISRCTN|ACTRN|JPRN|EUDRACT)/.exec(key)?.[0] ?? 'registration', key };
}

/**
 * Grant numbers carry at least five digits: `81770123`, `2018YFC1311900`, `BK20191234`;
 * one of digits only is a grant number only where a label or a bracket introduces it.
 */
function grantIdentity(text: string, _after = '', before = ''): Identity | false {
  if (digitCount(text) < 5) return false;
  if (/^\d+$/.test(text) && before && !/(?:nos?\.|numbers?|#|编号|批准号|[(（:：])$/i.test(before.trimEnd())) return false;
  return { scope: 'grant', key: alnumKey(text) };
}

/** `GB/T 5009.3-2016`: the standard is `GBT5009.3`, the year its edition. */
function standardIdentity(text: string): Identity {
  const year = /(?:19|20)\d{2}$/.exec(text);
  const head = year ? text.slice(0, year.index).trimEnd() : '';
  const dated = year !== null && /[-:]$/.test(head);
  const scope = (dated ? head.slice(0, -1) : text).toUpperCase().replace(/[^A-Z\d.]/g, '');
  return { scope, key: `${scope}-${dated ? year[0] : ''}` };
}

/** `1 : 1 : 1`, `1∶1∶1` (folded) and `1:2:1至1:4:1` against `1:2:1 to 1:4:1`: the parts, and `~` between two ratios. */
function ratioIdentity(text: string): Identity {
  return { scope: 'ratio', key: text.replace(/\s+/g, '').replace(/(?:to|-|~|至|到)(?=\d)/g, '~') };
}

/**
 * A score of immunohistochemistry: `3+`, `2+`, and `0` beside one or after `HER2` (not `CD4+`, `1+1`, `65+`, nor `grade 3+`, which is grade 3 or higher),
 * or pluses or a minus alone in brackets: `（+++）`, `(-)` (not `(+)-catechin`).
 */
const IHC_SCORE = /(?<![\w.+])(?<!\b(?:grades?|stages?|class(?:es)?|levels?|phases?|types?|ECOG|NYHA|aged?)\s?)(?<![≥>]\s?)[0-3]\+(?![\d+\w级])|(?<![\w.])0(?=\s?(?:or|and|,|\/|to|-)\s?[1-3]\+(?![\d+\w]))|(?<=\b(?:HER2|HER-2|IHC)\s?(?:(?:was|score|of)\s)?)0(?![\w.])|[(（]\s?(?:[+＋]{1,3}|[-－−])\s?[)）](?![-A-Za-z])/gi;

/** What every score holds, tested before IHC_SCORE's lookbehinds are tried at every position: a digit and a plus, a sign in a bracket, or HER2 or IHC. */
const IHC_GUARD = /[0-3]\+|[(（]\s?[-－−+＋]|HER-?2|IHC/i;

function ihcIdentity(text: string): Identity {
  const digit = /\d/.exec(text);
  return { scope: 'ihc', key: `IHC${digit ? digit[0] : (text.match(/[+＋]/g) ?? []).length}` };
}

/** The release at the end of a tool's name: `22.0`, `4.0.2`, `R2018a`. */
export const RELEASE_AT_END = /(?<![\d.])(?:R20\d{2}[ab]|\d+(?:\.\d+)*)$/;

const SOFTWARE_ALIASES: Record<string, string> = { graphpad: 'prism', graphpadprism: 'prism', originpro: 'origin', reviewmanager: 'revman', epiinfo: 'epiinfo' };

/** `IBM SPSS Statistics 22.0` and `SPSS 22` name one release of one tool: `spss` version `22`. */
function softwareIdentity(text: string): Identity | false {
  const v = RELEASE_AT_END.exec(text.trimEnd());
  if (!v) return false;
  const name = text
    .slice(0, v.index)
    .toLowerCase()
    .replace(/\/(?:se|mp|ic|be)\b/g, '')
    .replace(/\b(?:ibm|microsoft|for\s+(?:windows|mac)|statistics|statistical|software|version|ver|v)\b/g, '')
    .replace(/[^a-z*-]/g, '');
  const scope = SOFTWARE_ALIASES[name] ?? name;
  if (!scope) return false;
  let version = v[0];
  while (version.endsWith('.0')) version = version.slice(0, -2);
  return { scope, key: `${scope}@${version}`.toUpperCase() };
}

// A PDF may glue the name to the word before it (`usingPython 3.8`, `andPyTorch 1.12`): a capital after a small letter starts it too.
const SOFTWARE = new RegExp(
  String.raw`(?:\b|(?<=[a-z])(?=[A-Z]))(?:${SOFTWARE_NAMES.join('|')})(?:\s+(?:for\s+(?:Windows|Mac)|Statistics|statistical\s+software|software)){0,2}\s*(?:\(\s*)?(?:(?:version|Version|ver\.|[vV]\.?)\s*)?(?:R20\d{2}[ab]\b|\d+(?:\.\d+){0,3}(?![\d.]?\d))`,
  'g',
);
/** R is a letter too: only `R 4.0.2`, `R version 3.6.1`, `R software (version 4.1.0)`. */
const R_SOFTWARE = /\bR\s*(?:software\s*)?(?:\(\s*)?(?:version|v\.?)\s*\d+\.\d+(?:\.\d+)?\b|\bR\s+\d+\.\d+\.\d+\b/g;
/**
 * Chinese and international standards with their edition year: `GB 5009.3-2016`, `GB/T 19001-2016`, `ISO 15189:2012`.
 * Not an acronym that opens with a standard's letters before a count (`HGD 17例`, high-grade dysplasia in 17), of
 * persons or of things (`GBD 21个地区`, the 21 regions of the Global Burden of Disease study).
 */
const STANDARD =
  /\b(?:GBZ|GB|GJB|WS|YY|HJ|NY|SN|QB|HG|JB|JGJ|CJJ|DB\d{0,2}|ISO|IEC|ASTM|CLSI|NCCLS|DIN|JIS|ANSI|AOAC)(?:\s*\/\s*(?:T|Z|IEC|TS|TR))?\s*[A-Z]{0,2}\s?\d+(?:\.\d+)*(?:-[A-Z]\d{0,2}(?![\d-]))?(?:\s*[-:]\s*(?:19|20)\d{2}(?!\d))?(?!\d|\.\d|\s?(?:例|名|人|位|只|株|份|个|种|项|家|所|篇|组|国|省|(?:cases?|patients?|subjects?)\b))/g;
/**
 * ASTM's two-digit editions (`ASTM F2924-14`, `ASTM E8/E8M-16a`); and the codes of Chinese industries that engineering
 * abstracts cite (`TB 10093—2017` railways, `JTG D60-2015` highways, `SL 274-2001` water, `DL/T 596-1996` power),
 * only with their year, as their letters name other things alone (`TB` is tuberculosis), and never a number like a
 * year (`TB 2019-2020`). Tried before STANDARD, which would take `ASTM F2924` and leave the 14.
 */
const STANDARD_DATED =
  /\bASTM\s?[A-Z]\d+(?:\/[A-Z]\d+M?)?\s?-\s?\d{2}[a-z]?(?![\d\-]|\.\d)|\b(?:TB|JTG|JTS|SL|DL|NB|JC|YB|YS|SH|SY|JT|MH|YD|TSG|CECS)(?:\s?\/\s?T)?\s?[A-Z]?\s?(?!(?:19|20)\d{2}\s?[-:])\d{2,}(?:\.\d+)*\s?[-:]\s?(?:19|20)\d{2}(?!\d)/g;
const GRANT_EN =
  /\b(?:grants?|projects?|contracts?|awards?|funds?|funding|foundation|programm?e?|supported\s+by)\b[^.;。；\n\v\f\r\u0085\u2028\u2029]{0,80}?[(（\s,，:：]\s*(?:(?:grant\s+)?(?:numbers?|nos?\.|#)\s*[:：]?\s*)?([A-Z\d][A-Za-z\d-]{3,30}[A-Za-z\d])(?=\s*(?:[)）,，;；、。.]|$|and\b))/gi;
// The gap holds no keyword's first character, so the starts of `基金…项目…` never rescan each other.
const GRANT_ZH =
  /(?:基金|项目|课题|计划|专项|资助)[^。；;\n\v\f\r\u0085\u2028\u2029基项课计专资]{0,40}?[(（:：\s,，、]\s{0,2}(?:(?:项目)?(?:编号|批准号|No\.?)\s{0,2}[:：]?\s{0,2})?([A-Z\d][A-Za-z\d-]{3,30}[A-Za-z\d])(?=\s{0,2}(?:[)）,，;；、。.]|$|和|及))/g;
/** A grant number has a run of five digits, or four before a letter or a dash (`2019-I2M-1-001`). */
const GRANT_DIGITS = /\d{5}|\d{4}[A-Z-]|[A-Z]\d{4}/;
/** National Key R&D Program numbers stand alone: `2018YFC1311900`. */
const GRANT_CODE = /\b(?:19|20)\d{2}YF[A-Z]\d{7}\b/g;
/** Dental formulae: `I 3/3, C 1/1, P 4/4, M 3/3`, `3.1.4.3/3.1.4.3`. */
const DENTAL =
  /\b[Ii]\s?\d\s?\/\s?\d[\s,，;；、]{0,3}[Cc]\s?\d\s?\/\s?\d[\s,，;；、]{0,3}[Pp]\s?\d\s?\/\s?\d[\s,，;；、]{0,3}[Mm]\s?\d\s?\/\s?\d|(?<![\d.])\d[.·]\d[.·]\d[.·]\d\s?\/\s?\d[.·]\d[.·]\d[.·]\d(?![\d.])/g;
const KARYOTYPE_BEFORE_BRACKET = 'tlvpsr';
const KARYOTYPE_IN_BRACKET = /[\dXY]/;
const ONE_SPACE = /\s/;
const BAND = /\d[pq]\d/;

/**
 * What every karyotype holds (KARYOTYPE): a band (`17p13`), or a bracket with `t`, `del`, `inv`,
 * `dup`, `ins` or `der` before it (by their last letters) and a chromosome in it, each maybe
 * one space apart. Looked for at the brackets, of which a sentence has few: the pattern
 * `[tlvpsr]\s?\(` is tried at every letter.
 */
const KARYOTYPE_GUARD: Guard = {
  test(text: string): boolean {
    for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
      const before = ONE_SPACE.test(text[i - 1] ?? '') ? text[i - 2] : text[i - 1];
      const inside = ONE_SPACE.test(text[i + 1] ?? '') ? text[i + 2] : text[i + 1];
      if (before !== undefined && KARYOTYPE_BEFORE_BRACKET.includes(before) && inside !== undefined && KARYOTYPE_IN_BRACKET.test(inside)) return true;
    }
    return BAND.test(text);
  },
};
/**
 * A karyotype by its count and sex chromosomes (`47,XX,+8`, `45,X,-Y`, `46,XY,t(8;21)(q22;q22)`), and a
 * chromosome lost or gained before the structural change written with it (`−7/del(7q)`, `-5/del(5q)`):
 * names. The sign is the loss or gain: `−7` was a negative seven where the other version's `with −7` was 7.
 */
const KARYOTYPE_NUMERICAL =
  /(?<![\w.]|\d,)4[4-9],\s?X{1,3}Y{0,2}(?:,\s?(?:[+\-−](?:[1-9]|1\d|2[0-2]|X|Y)(?!\d)|[a-z]{1,3}\([\dXY;]{1,6}\)(?:\([\dpq.;]{1,20}\))?))*|(?<![\w.])[+\-−](?:[1-9]|1\d|2[0-2])(?=\s?\/\s?(?:del|add|der|dup|i)\s?\()/g;
/** Karyotypes: t(14;16), del(17p), inv(16), bands 17p13, 11q23.1. */
const KARYOTYPE =
  /\bt\s?\(\s?[\dXY]{1,2}\s?;\s?[\dXY]{1,2}\s?\)|\b(?:del|inv|dup|ins|der)\s?\(\s?[\dXY]{1,2}(?:\s?;\s?[\dXY]{1,2})?[pq]?\s?\)|(?<![\w.])\d{1,2}[pq]\d{1,2}(?:\.\d{1,2})?(?![\w.])/g;

/**
 * Names that open with digits: `5-HT2A`, `5-FU`, `4-1BB`, `8-OHdG`, `17-AAG`, and the codes of a
 * fracture classification (AO/OTA `43-A1`, `31-B2.1`); not units (`5-MHz`). The drugs and transmitters among
 * them also in lower case, as lower-cased editions print them (`5-fu`, `6-mp`, `5-asa`, `5-ht3`).
 */
const DIGIT_NAME =
  /(?<![\w.-])(?<!\d,)\d{1,2}(?:,\d{1,2})?-(?:\d{0,2}[A-Z][a-z]?[A-Z][A-Za-z\d]*|[A-C][1-3](?:\.[1-3])?(?!\w|\.\d))|(?<![\w.-])[4-8]-(?:fu|fc|mp|tg|asa|aza|hiaa|ohdg|ht(?:\d[a-z]?)?|1bb)(?![\w-])/g;
/**
 * An item labelled by a number and a letter (`compounds 6c, 6f and 6k`, `化合物6k`, `8q`, `2n vertices`): a
 * name, never an amount. Not the letters that are units or numbers (`3d`, `5h`, `2a`, `12w`, `10x`, `2e-4`,
 * `10k`), nor `o`, which a PDF makes of a zero.
 */
const ITEM_LABEL = /(?<![\w.\-‐])(?:\d{1,3}[bcfijnpqrz]|\dk)(?![A-Za-z\d'’]|[-+]\d|\.\d)/g;
const UNIT_LETTERS = /^(?:HZ|KHZ|MHZ|GHZ|MPA|GPA|KPA|IU|MB|GB|KB|TB|MMHG)$/i;
/**
 * `protein 6`, `Toll-like receptor 4`, `methyltransferase 3b`, `glucagon-like peptide 1`, `dipeptidyl
 * peptidase 4`, `sodium-glucose cotransporter 2`: a molecule numbered within its family; not the
 * thousands of a value after the name of what it measures (`creatine kinase 12,560 U/L`).
 */
const EN_NUMBERED_NAME =
  /(?:protein|receptor|factor|kinase|peroxidase|dehydrogenase|transferase|synthase|reductase|oxidase|caspase|interleukin|ligand|antigen|cyclin|subunit|isoform|chemokine|integrin|claudin|galectin|sirtuin|annexin|collagen|glypican|peptide|peptidase|proteinase|phosphatase|polymerase|ligase|deacetylase|transporter|exchanger)\s+\d{1,3}[a-z]?(?![\d.]|,\d{3}(?!\d))/gi;
/**
 * A virus, serotype or genotype named by its number after a space (`enterovirus 71`, `human
 * papillomavirus 16 or 18`, `serotype 3`), which Chinese names as a type (`肠道病毒71型`, `血清3型`).
 * A last type after `and` ends the phrase (`16 and 18.`, `16 and 18 infection`): in `enterovirus 71
 * and 12 by coxsackievirus` the 12 counts cases. Any other virus names its type by one number before a bracket or
 * a stop (`rabbit haemorrhagic disease virus 2 (RHDV2)`, 兔出血症病毒2型); not `the virus 2 days later`.
 */
const EN_NUMBERED_TYPE =
  /\b[a-z]*virus\s\d{1,2}(?=\s?[(（]|[),.;:）]|$)|\b(?:(?:entero|coxsackie|echo|parecho|papilloma|adeno|rhino|polio|herpes|parainfluenza|noro|astro|rota)virus(?:es)?(?:\s+types?)?|(?:sero|geno|sub)types?)\s+\d{1,3}(?![\d.])(?:(?:,\s?|\/|\sor\s)\d{1,3}(?![\d.]))*(?:,?\sand\s\d{1,3}(?![\d.])(?=[),.;:）]|$|\s(?:infections?|types?|strains?|genotypes?|serotypes?|positive|negative|DNA|RNA|vaccines?|were|are)\b))?/gi;
/** One type is compared as `71型` is; a list of them (`16 or 18`) stands for several types and is only read as names. */
function numberedType(text: string): Identity | undefined {
  const numbers = text.match(/\d+/g)!;
  return numbers.length === 1 ? (typeIdentity(numbers[0]!) || undefined) : undefined;
}
/**
 * `白细胞介素-6`, `蛋白6`, `蛋白 6`, `受体4`: the Chinese name of a molecule with its number. Not a value
 * glued to the name of what it measures: a thousands group after a space (`乳酸脱氢酶1 286 U/L`,
 * `肌酸激酶12 560 U/L`) or the low end of a range (`乳酸脱氢酶865～3 420 U/L`), nor a dose in ten thousands
 * (`尿激酶2万～5万U`, `尿激酶10万U`): no molecule's number takes a scale word.
 */
const ZH_NUMBERED_NAME = new RegExp(
  String.raw`(?:${ZH_NAME_ENDINGS.join('|')})(?:[-‐]| )?\d{1,3}[a-zA-Zα-ω]?(?![\d.]| \d{3}(?![\d.]\d)|\s?[～~]\s?\d|\s?[万亿])`,
  'g',
);
const LOCANTS = String.raw`\d{1,2}['′]?(?:,\d{1,2}['′]?)*`;
/** The same in English: 5-fluorouracil, 4',6-diamidino-2-phenylindole, 3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyl… (not 5-fold). */
const EN_CHEMICAL_LOCANTS = new RegExp(
  String.raw`(?<![\d.'′])(?<!\d,)${LOCANTS}(?=-(?:${EN.CHEMICAL_AFTER_LOCANT}|[(]${LOCANTS}-${EN.CHEMICAL_AFTER_LOCANT}))|(?<=[a-z]-)\d{1,2}(?=-yl\b)`,
  'gi',
);
/**
 * A locant list glued by a hyphen to a chemical word (ZH.CHEMICAL_AFTER_LOCANT), or after a ring's name and a hyphen;
 * or glued with no hyphen to 羟 (hydroxy), as journals write `25羟维生素D`, `1,25二羟维生素D3`, `5羟色胺`.
 * A list with a primed locant (`3,3′,4,4′-联苯四甲酸二酐`) numbers a second ring, and a list of locants numbers atoms
 * (`1,2,3,4-四氢喹啉`, `1,4-加成`), whatever name follows: no list of amounts is glued by a hyphen to a word. A comma
 * after a character, a bracket or a unit is a clause's (`，5-氟尿嘧啶`, `mmol/L，17-羟孕酮` fold to `,5-`, `,17-`);
 * after a digit it is in the list (`1,25-`) or ends a name (`D3，4′-`).
 */
const ZH_LOCANTS_START = String.raw`(?:(?<![\dA-Za-z.,'′])|(?<=[^\d.,'′],))`;
const ZH_CHEMICAL_LOCANTS = new RegExp(
  String.raw`${ZH_LOCANTS_START}(?=(?:\d{1,2},){0,4}\d{1,2}['′]|\d{1,2},\d)${LOCANTS}(?=-[\u4e00-\u9fff])|${ZH_LOCANTS_START}${LOCANTS}(?=-(?:${ZH.CHEMICAL_AFTER_LOCANT}|[(（]${LOCANTS}-${ZH.CHEMICAL_AFTER_LOCANT})|[二三]?羟)|(?<=${ZH.CHEMICAL_BEFORE_LOCANT}-)\d{1,2}(?=[)）-])`,
  'g',
);
/** The symbols of the elements, which a formula is made of (`CD4`, `IL6`, `HbA1c` are not formulas). */
const ELEMENTS = new Set(
  ('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd ' +
    'Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac ' +
    'Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr').split(' '),
);
/**
 * A compound by its elements and their counts (`Fe3O4`, `Li1.2Mn0.54Ni0.13Co0.13O2`), or an alloy by
 * its mass percentages (`Ti-6Al-4V`); not a name joined to another by a slash (`NS3/4A`) or a charge (`CD4+`).
 */
const FORMULA =
  /(?<![A-Za-z\d.\-/])(?:(?:[A-Z][a-z]?(?:\d+(?:\.\d+)?)?){2,8}|[A-Z][a-z]?(?:-\d+(?:\.\d+)?[A-Z][a-z]?){1,6})(?![A-Za-z\d/+]|\.\d|-\d)/g;
const FORMULA_GUARD = /[A-Z][a-z]?-?\d/;
const ELEMENT_SYMBOL = /[A-Z][a-z]?/g;

/**
 * Compared within the compounds of one set of elements in one order (`Fe3O4` with `Fe2O3`, not
 * with `CO2`): a digit changed is a disagreement, another compound is another name.
 */
function formulaIdentity(text: string): Identity | false {
  const symbols: string[] = [];
  for (const m of text.matchAll(ELEMENT_SYMBOL)) {
    if (!ELEMENTS.has(m[0])) return false;
    symbols.push(m[0]);
  }
  return symbols.length >= 2 && DIGIT.test(text) ? { scope: `formula:${symbols.join('')}`, key: text.replace(/-/g, '') } : false;
}

/** HGVS names of sequence variants at the DNA (`c.`, `g.`, `m.`, `n.`, `r.`) and protein (`p.`) level. */
const PROTEIN_CHANGE = String.raw`(?:[A-Z][a-z]{2}|[A-Z])\d{1,5}(?:[A-Z][a-z]{2}|[A-Z*]|fs\*?\d*|del|dup)?`;
const HGVS_VARIANT = new RegExp(
  String.raw`\b[cgmnr]\.[-*]?\d{1,6}(?:[+-]\d{1,4})?(?:_[-*]?\d{1,6}(?:[+-]\d{1,4})?)?(?:[ACGTU]>[ACGTU]|delins[ACGTU]+|del[ACGTU]*|dup[ACGTU]*|ins[ACGTU]+)(?![A-Za-z\d])|\bp\.(?:\(${PROTEIN_CHANGE}\)|${PROTEIN_CHANGE}(?![A-Za-z\d]))`,
  'g',
);
const HGVS_GUARD = /\b[cgmnrp]\.\(?[-*\dA-Z]/;
/**
 * The names of globin mutations older than HGVS, which abstracts on thalassaemia write beside the
 * HGVS name or alone, each version in its own way: a pair of codons (`CD41-42`, `CD41/42`,
 * `codons 41/42`, `第12/13密码子`), an intron position (`IVS-II-654`, `IVS-Ⅱ-654`, `IVS2-654`) and a
 * promoter position (`-28 (A>G)`, the `(-28)` after `c.-78A>G`). Read as amounts, `654` stood in
 * one version only where the other wrote its Roman numeral another way, and a `-28` after `、`
 * lost its sign.
 */
const ROMAN_INTRON: Record<string, string> = { I: '1', II: '2', Ⅰ: '1', Ⅱ: '2' };
function globinIdentity(text: string): Identity | false {
  const t = text.replace(/\s/g, '').replace(/[−‐–]/g, '-').replace(/（/g, '(').replace(/）/g, ')').replace(/→/g, '>');
  // Bounded: each number of these names has at most four digits, and an unbounded run would be rescanned from every digit.
  const pair = /(\d{1,4})[-/](\d{1,4})/.exec(t);
  // Two codons of one deletion or insertion are neighbours; `CD4/8` names two markers.
  if (pair && !/IVS/i.test(t) && Number(pair[2]) !== Number(pair[1]) + 1) return false;
  const intron = /^IVS-?(II|I|Ⅱ|Ⅰ|[12])-(\d+)/i.exec(t);
  if (intron) return { scope: 'globin', key: `IVS${ROMAN_INTRON[intron[1]!.toUpperCase()] ?? intron[1]}-${intron[2]}` };
  if (pair) return { scope: 'globin', key: `${/CD/i.test(t) ? 'CD' : 'codon'}${pair[1]}-${pair[2]}` };
  return { scope: 'globin', key: t.replace(/[()]/g, '') };
}
const GLOBIN_NAMES: IdentifierPattern[] = [
  {
    re: /(?<![\w.-])(?:CD\s?|[Cc]odons?\s?)\d{1,3}\s?[-/]\s?\d{1,3}(?![\w.+/])|(?<![\d.])(?:第\s?)?\d{1,3}\s?[-/]\s?\d{1,3}\s?号?\s?密码子/g,
    kind: 'code',
    digit: true,
    guard: /CD\s?\d|odon|密码子/,
    identity: globinIdentity,
  },
  { re: /(?<![\w.-])IVS\s?-?\s?(?:II|I|Ⅱ|Ⅰ|[12])\s?-\s?\d{1,4}(?![\w.])/g, kind: 'code', digit: true, guard: /IVS/, identity: globinIdentity },
  // The promoter position with its change, or in brackets beside the HGVS name it stands for.
  {
    re: /(?<![\w.\d-])[-−]\d{1,3}\s?[(（]\s?[ACGT]\s?(?:>|→)\s?[ACGT]\s?[)）]|(?<=(?:[ACGT]>[ACGT]|del[ACGT]*|ins[ACGT]+|dup[ACGT]*)\s?[(（]\s?)[-−]\d{1,3}(?=\s?[)）])|(?<![\w.\d-])[-−]\d{1,3}(?=\s?[(（]\s?c\.)/g,
    kind: 'code',
    digit: true,
    guard: /-\d{1,3}\s?[(（]|[(（]\s?-\d/,
    identity: globinIdentity,
  },
];

/** `version 3.0`, `v2.1`, `V3.0版`: a release, never an amount. */
const VERSION = /\b(?:version|ver\.)\s*\d+(?:\.\d+)*|\b[vV]\d+(?:\.\d+)+\b|(?<![\d.])[vV]?\d+(?:\.\d+)+\s*版/g;

const noUnitAfter = (lang: Lang) => (_: string, after: string) => (matchUnit(after, lang) || /^\s*[%‰种个项组只株]/.test(after) ? false : undefined);

const CONVERTED_UNIT = String.raw`(?:mm\s?Hg|cm\s?H2O|[kM]?Pa|k?cal|kJ|J|(?:m?g|[μµ]?mol|mmol)\s?\/\s?d?[lL]|I?U|nkat|copies|个?拷贝|[kMGT]?Bq|[mμµ]?Ci)`;
// The same written as a rate of one unit per the other (`5.82 copies per IU`, `0.133 kPa per mmHg`), as English puts
// what Chinese writes `1 IU＝5.82拷贝`: never a measure, which is per a volume, a mass or a time (`50 copies per mL`).
const CONVERSION_NOTE = new RegExp(
  String.raw`(?<![\d.])1\s?${CONVERTED_UNIT}\s?[=≈]\s?\d+(?:\.\d+)?\s?${CONVERTED_UNIT}(?![A-Za-z])|(?<![\d.])\d+(?:\.\d+)?\s?${CONVERTED_UNIT}\s?(?:\bper\b|\/)\s?(?:1\s?)?${CONVERTED_UNIT}(?![A-Za-z\/])`,
  'g',
);

const TWO_NUMBERS = /^\[\s?(\d+)\s?[-–~]\s?(\d+)\s?\]$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
const isDigitOrPoint = (c: string) => (c >= '0' && c <= '9') || c === '.';

/** The number that ends `text`, before a unit of up to six characters: `7日`, `7 days`. */
function numberAtEnd(text: string): number | undefined {
  let end = text.length;
  for (let unit = 0; end > 0 && unit < 6 && !isDigitOrPoint(text[end - 1]!) && text[end - 1] !== ' ' && text[end - 1] !== '['; unit++) end--;
  if (text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && isDigitOrPoint(text[start - 1]!)) start--;
  const number = text.slice(start, end);
  return NUMBER.test(number) ? Number(number) : undefined;
}

/** Two numbers in brackets around the median before them (its unit between): quartiles, `7日[5～10]`, `7 days [5-10]`. */
function notQuartiles(text: string, _after: string, _before: string, preceding: string): false | undefined {
  const quartiles = TWO_NUMBERS.exec(text);
  const median = quartiles ? numberAtEnd(preceding) : undefined;
  if (!quartiles || median === undefined) return undefined;
  const [low, high] = [Number(quartiles[1]), Number(quartiles[2])];
  return low < high && low <= median && median <= high ? false : undefined;
}

/** `3+4=7`, `4+3`, `7 (3+4)`: the primary and secondary pattern, and their sum (stated or not). */
function gleasonIdentity(text: string): Identity | false {
  const [a, b, c] = (text.match(/\d+/g) ?? []).map(Number);
  if (a === undefined || b === undefined) return false;
  // `7 (3+4)` states the sum first.
  const [first, second, sum] = /^\s*\d+\s*\+/.test(text) ? [a, b, c ?? a + b] : [b, c ?? 0, a];
  return { scope: 'gleason', key: `${first}+${second}=${sum}` };
}

/** `ypT0N0`, `T2 N1 M0`: the stage without its prefix (pathological, after therapy), which one version may leave out. */
function tnmIdentity(text: string): Identity {
  const compact = text.replace(/^(?:y?[pc]|r)(?=[Tt])/, '').toUpperCase().replace(/[\s,]/g, '').replace(/~/g, '-');
  // `T1-T4` and `T1-4` are one range.
  return { scope: 'tnm', key: compact.replace(/([TNM])([^-TNM]+)-\1/g, '$1$2-') };
}

/** The channels of acupoints by their standard abbreviations, and the older ones (LV, SJ, DU, RN) by the standard's. */
const ACUPOINT_CHANNEL: Record<string, string> = { LV: 'LR', SJ: 'TE', DU: 'GV', RN: 'CV' };

function acupointIdentity(text: string): Identity | false {
  const m = /^([A-Z]{2})[-‐]?(\d+)$/.exec(text);
  if (!m) return false;
  const channel = ACUPOINT_CHANNEL[m[1]!] ?? m[1]!;
  return { scope: `acupoint:${channel}`, key: `${channel}${m[2]}` };
}

/**
 * A trial phase is a small number (`phase 3`, `phase 1b/2`, `phase III`); a decimal, a value with a unit
 * or a deviation after `phase` measures the phase: `the anhepatic phase 52.7±13.8 min`.
 */
const MEASURE_AFTER_PHASE = /^(?:[.,]\d|\s?(?:±|%|(?:[mμµn]?s|sec|seconds?|min|minutes?|h|hours?|d|days?|weeks?|months?|mm\s?Hg|[mμµk]?g|[mμµ]?[lL]|[mcμµn]?m)(?![A-Za-z])))/;

function trialPhase(text: string, after: string): Identity | false {
  return /\d{2}/.test(text) || MEASURE_AFTER_PHASE.test(after) ? false : phaseIdentity(text);
}

/** `type 2`, `2型`, `type II`, `Ⅱ型`: a type by number, Roman or Arabic alike (a phase written `phase III` is one of those). */
function typeIdentity(text: string): Identity | false {
  if (/^phase/i.test(text)) return phaseIdentity(text);
  const types = stageIdentity(text.replace(/^type/i, '').replace('型', '').toUpperCase());
  return types && { scope: 'type', key: types.key };
}

/** `phase 2-3`, `2～3期试验`, `phase II/III`, `2/3期`: a trial's phases by number and letter, Roman or Arabic alike. */
function phaseIdentity(text: string): Identity | false {
  const stages = stageIdentity(text.replace(/^phases?/i, '').toUpperCase());
  return stages && { scope: 'phase', key: stages.key };
}

/**
 * The isotopes that papers name by their mass number glued to the element (`14C`, `230Th`, `δ18O`,
 * `87Sr/86Sr`, `99mTc`): a known mass number only, so `37C` (37 °C), `10N` (newtons) and `100U` (units) stay amounts.
 */
const ISOTOPE_MASSES: Record<string, readonly number[]> = {
  H: [2, 3], Be: [7, 10], B: [10, 11], C: [11, 12, 13, 14], N: [13, 14, 15], O: [15, 16, 17, 18], F: [18], Na: [22, 24], Mg: [24, 25, 26],
  Al: [26], Si: [28, 29, 30, 32], P: [32, 33], S: [32, 33, 34, 35, 36], Cl: [35, 36, 37], Ar: [36, 38, 39, 40], K: [39, 40, 41], Ca: [40, 41, 42, 43, 44, 45, 48],
  Cr: [50, 51, 52, 53, 54], Fe: [54, 55, 56, 57, 58, 59], Co: [57, 58, 60], Ni: [58, 60, 62, 63], Cu: [63, 64, 65, 67], Zn: [64, 65, 66, 67, 68], Ga: [67, 68],
  Ge: [68], Se: [75, 82], Br: [76, 79, 81, 82], Kr: [81, 85], Rb: [82, 85, 87], Sr: [84, 86, 87, 88, 89, 90], Y: [86, 90], Zr: [89], Mo: [92, 95, 98, 99, 100],
  Tc: [99], In: [111], I: [123, 124, 125, 127, 129, 131], Xe: [127, 129, 133], Cs: [133, 134, 137], Ba: [133, 137, 138], Nd: [142, 143, 144, 145, 146], Sm: [147, 149, 153],
  Lu: [175, 176, 177], Hf: [176, 177, 178, 179, 180], Re: [186, 187, 188], Os: [186, 187, 188], Ir: [192], Au: [198], Hg: [199, 200, 201, 202], Tl: [201, 203, 205],
  Pb: [203, 204, 206, 207, 208, 210, 212], Bi: [209, 213], Po: [210], Rn: [220, 222], Ra: [223, 224, 226, 228], Ac: [225, 227], Th: [227, 228, 229, 230, 232, 234],
  Pa: [231], U: [233, 234, 235, 236, 238], Pu: [238, 239, 240, 241, 242], Am: [241],
};
const ISOTOPE = new RegExp(String.raw`(?<![\w.])\d{1,3}m?(?:${Object.keys(ISOTOPE_MASSES).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z\d])`, 'g');

function isotopeIdentity(text: string): Identity | false | undefined {
  const m = /^(\d+)m?([A-Z][a-z]?)$/.exec(text);
  return m && ISOTOPE_MASSES[m[2]!]?.includes(Number(m[1])) ? undefined : false;
}

function toothNumbers(): RegExp {
  const word = String.raw`(?:\b(?:teeth|tooth|molars?|premolars?|incisors?|canines?)|牙|牙位)\s?`;
  const more = String.raw`\s?(?:[\/、,，]|\bor\b|\band\b|或|和|及)\s?[1-8][1-8]`;
  const end = String.raw`(?![\d.%]|\s?(?:颗|枚|个|例|teeth|patients|cases|sites))`;
  // Or a list of them before the tooth: `11、21牙根尖吸收`, `36/46牙位`.
  const listBeforeTooth = String.raw`(?<![\d.])[1-8][1-8](?:${more}){1,7}(?=\s?牙)`;
  return new RegExp(String.raw`(?<=${word}[(（]\s?)[1-8][1-8](?:${more}){0,7}${end}|(?<=${word})[1-8][1-8](?:${more}){1,7}${end}|${listBeforeTooth}`, 'g');
}

/** Vertebrae a spine numbers (7 cervical, 12 thoracic, 5 lumbar, a sixth in some people): a segment joins a vertebra to the next. */
const VERTEBRAE: Record<string, number> = { C: 7, T: 12, L: 6 };
const SEGMENT_PARTS = /^([CTL])(\d{1,2})\D+(\d{1,2})$/;
function spinalSegment(text: string): undefined | false {
  const m = SEGMENT_PARTS.exec(text);
  if (!m) return false;
  const upper = Number(m[2]);
  return upper >= 1 && upper < VERTEBRAE[m[1]!]! && Number(m[3]) === upper + 1 ? undefined : false;
}

/** `3a`, `IIIA`, `ⅢA`, `3a～4`: each stage as its number and letter (`3A`), so Roman and Arabic numerals compare. */
function stageIdentity(text: string): Identity | false {
  const parts = text.match(/(?:\d+|[IVⅠⅡⅢⅣ]+)[a-cA-C]?/g);
  if (!parts) return false;
  const keys = parts.map((p) => {
    const m = /^(\d+|[IVⅠⅡⅢⅣ]+)([a-cA-C]?)$/.exec(p)!;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : EN.romanValue(m[1]!);
    return n === undefined ? p.toUpperCase() : `${n}${m[2]!.toUpperCase()}`;
  });
  return { scope: 'stage', key: keys.join('-') };
}

/**
 * A stage with a sub-stage letter, maybe a range to another stage: `3a`, `IIIA`, `3b-4`; the word for a stage may be
 * written again at each (`ⅢB期或Ⅳ期`, `stage IIIB or stage IV`), which `stage IIIB or IV` writes once.
 */
const LETTERED_STAGE = String.raw`(?:\d[a-cA-C]|[IV]{1,4}[A-C]|[ⅠⅡⅢⅣ][A-C])(?:(?:\s?期)?\s?(?:-|–|~|～|至|to|or|或)\s?(?:stage\s)?(?:\d[a-cA-C]?|[IV]{1,4}[A-C]?|[ⅠⅡⅢⅣ][A-C]?))?`;
/** The near end of a lettered stage and its joiner, right before a Roman numeral: the numeral is the span's far end. */
const LETTERED_STAGE_BEFORE = new RegExp(String.raw`(?:\d[a-cA-C]|[IV]{1,4}[A-C]|[ⅠⅡⅢⅣ][A-C])(?:\s?期)?\s?(?:-|–|~|～|至|to|or|或)\s?(?:stage\s)?$`);
/** `stage 3a`, `stages IIIA-IIIB`: a stage by its letter is no amount, but the same in both versions (`3a期`). */
const EN_LETTERED_STAGE: IdentifierPattern = {
  re: new RegExp(String.raw`\b[Ss]tages?\s+(${LETTERED_STAGE})(?!\w|\.\d)`, 'g'),
  kind: 'code',
  tail: true,
  word: WORD.stage,
  identity: stageIdentity,
};
/**
 * A grade of reperfusion on the TICI scale and its variants (`mTICI 2b-3`, `mTICI 2b～3级`, `eTICI 2b50`, `TICI 2b/3`):
 * a grade, not the amounts 2 and 3, and the same in both versions.
 */
const TICI_GRADE = String.raw`[0-3](?:[a-cA-C](?:50|67)?)?`;
const TICI: IdentifierPattern = {
  re: new RegExp(String.raw`\b[a-z]?TICI\s?(?:grades?\s?)?(${TICI_GRADE}(?:\s?(?:-|–|~|～|至|to|or|或|\/)\s?${TICI_GRADE})?)(?![\dA-Za-z]|\.\d)`, 'g'),
  kind: 'code',
  tail: true,
  digit: true,
  needs: 'T',
  identity: stageIdentity,
};
/** `3a期`, `IIIA期`, `ⅢB期`, `3b～4期`: before trial phases, which a lettered stage is not (`1b/2期`). */
const ZH_LETTERED_STAGE: IdentifierPattern = {
  re: new RegExp(String.raw`(?<![\d.A-Za-zⅠⅡⅢⅣ])${LETTERED_STAGE}(?=\s?期(?![间刊内])(?![\u4e00-\u9fff、]{0,10}?(?:试验|研究)))`, 'g'),
  kind: 'code',
  needs: '期',
  identity: stageIdentity,
};

/** `1-day precipitation (RX1day)`, `5-day maximum (RX5day)`: the span is part of the index its acronym names. */
const SPAN_IN_ACRONYM = /(?<![\w.-])\d{1,2}-day\s(?:[A-Za-z]+\s){0,3}[(（]\s?[A-Za-z]{1,6}\d{1,2}day[)）]/g;

function spanInAcronym(text: string): false | undefined {
  const [span, named] = text.match(/\d+/g) ?? [];
  return span === named ? undefined : false;
}

const passageIdentity = (t: string): Identity => ({ scope: 'passage', key: `P${/\d+/.exec(t)![0]}` });

/** Cell passages in words: `passage 3`, `Passage-3`, `第3代细胞`, `第3代（P3）细胞`: the passage `P3` names, compared with it. */
const PASSAGE_NAMES: IdentifierPattern[] = [
  {
    re: /\b[Pp]assages?[-\s]\d{1,2}(?![\d.])/g,
    kind: 'code',
    digit: true,
    guard: /assag/,
    identity: passageIdentity,
  },
  {
    re: /第\s?\d{1,2}\s?代(?=(?:[(（]P\d{1,2}[)）])?[\u4e00-\u9fffA-Za-z]{0,12}?细胞)/g,
    kind: 'code',
    digit: true,
    needs: '代',
    identity: passageIdentity,
  },
];

/**
 * Codes of clinical classifications: the same patient or lesion has the same code in both
 * versions, so each is compared as an identifier within its system, never read as an amount.
 */
const CLINICAL_CODES: IdentifierPattern[] = [
  // Gleason patterns and their sum: `Gleason score 3+4=7`, `Gleason评分4+3=7分`, `Gleason 7 (3+4)`, `7分（3+4）`.
  {
    // A closing bracket ends the code: a count may follow it (`7分（3+4）24例`).
    re: /\bGleason\b[^\d。.;；\n]{0,24}?((?:[1-5]\s?\+\s?[1-5](?:\s?=\s?(?:10|[2-9]))?(?![\d.+])|(?:10|[2-9])(?:分|\s)?[(（]\s?[1-5]\s?\+\s?[1-5]\s?[)）]))/g,
    kind: 'code',
    tail: true,
    digit: true,
    needs: 'G',
    guard: /Gleason/,
    identity: gleasonIdentity,
  },
  // TNM stages: T1-T4, N0-N1, M0; t1~4n0~1m0; `ypT0N0`, `pT2N1` (M may be left out where T and N are stated).
  {
    re: /(?<![A-Za-z\d])(?:y?[pc]|r)?[Tt][0-4xX][a-d]?(?:\s*[-~]\s*[Tt]?[0-4][a-d]?)?\s*(?:,\s*)?[Nn][0-3xX][a-c]?(?:\s*[-~]\s*[Nn]?[0-3])?(?:\s*(?:,\s*)?[Mm][01xX](?:\s*[-~]\s*[Mm]?1)?)?(?![A-Za-z\d])/g,
    kind: 'code',
    identity: tnmIdentity,
    // Every stage names its nodes by N and a digit or x (`TxNxMx` has no digit).
    guard: /[Nn][0-3xX]/,
  },
  // Categories of the reporting systems of imaging: `BI-RADS 4a`, `BI-RADS 4b类`, `BI-RADS分类4～5类`, `PI-RADS 5`
  // (`PI-RADS 5分`, `PI-RADS评分5分`), `LI-RADS 4`, `TI-RADS 4a`, `O-RADS 3`, each compared within its system. A list
  // (`C-TIRADS 3、4a、4b`, `3, 4a, 4b`) names its first in both versions alike, no range of them.
  {
    re: /\b(BI|PI|LI|TI|C-?TI|O|Lung|NI|VI)-?RADS\b[\s:：]{0,2}(?:(?:categor(?:y|ies)|class(?:es)?|scores?|分类|类别|类|评分|分级)\s?)?([0-6][a-cA-C]?(?:\s?[-–~～至\/]\s?[0-6][a-cA-C]?)?)(?![\d%]|\.\d)/gi,
    kind: 'code',
    tail: true,
    digit: true,
    guard: /RADS/i,
    identity: (t, _after, head) => ({ scope: `${/^\s*([A-Za-z-]+?)-?RADS/i.exec(head)?.[1]?.toLowerCase().replace('-', '') ?? ''}rads`, key: alnumKey(t) }),
  },
  // The grade groups of prostate cancer (ISUP): `grade group 4`, `ISUP GG 2-3`, `ISUP分级分组4组`, `分级分组2～3组`.
  // A name, not a count of groups: the 组 after it is left unread.
  {
    re: /(?:\b(?:ISUP\s?)?grade\s?groups?|\bISUP\s?GG|(?:ISUP\s?)?(?:分级分组|分级组))\s?(?:为\s?)?([1-5](?:\s?(?:-|–|~|～|至|to|or|或|和|and|\/)\s?[1-5])?)(?![\d.%])/gi,
    kind: 'code',
    tail: true,
    digit: true,
    guard: /grade\s?group|ISUP|分级分?组/i,
    identity: (t) => ({ scope: 'gradegroup', key: t.replace(/\D+/g, '-').replace(/-$/, '') }),
  },
  // Child-Pugh classes: `Child-Pugh A`, `Child-Pugh class B`, `Child-Pugh B级`, `Child-Pugh A or B`, and all three
  // (`Child-Pugh A, B and C`, `Child-Pugh A、B、C级`), whose list the English writes with commas.
  {
    re: /\bChild[-‐\s]?Pugh\b[\s:：]{0,2}(?:(?:[Cc]lass|[Gg]rade|[Cc]ategory|分级|分类|分)\s?)?([ABC](?:\s?(?:[-–~～\/、,，]|,?\s?(?:or|and)|或|和|至)\s?[ABC]){0,2})(?![A-Za-z])/g,
    kind: 'code',
    tail: true,
    guard: /Pugh/,
    identity: (t) => ({ scope: 'childpugh', key: t.replace(/[^ABC]/g, '') }),
  },
  // ICD codes where the sentence names the classification: `I21.0`, `C34`, `I20–I25`.
  {
    re: /(?<![\w.-])[A-TV-Z]\d{2}(?:\.[\dX]{1,2})?(?:\s?[-–~～至]\s?[A-TV-Z]?\d{2}(?:\.[\dX]{1,2})?)?(?![\w]|\.\d)/g,
    kind: 'code',
    digit: true,
    guard: /ICD|国际疾病分类/,
    identity: (t) => ({ scope: 'icd', key: alnumKey(t) }),
  },
  // Acupoints by channel and number where the sentence speaks of acupuncture: `ST36`, `SP6`, `足三里（ST36）`.
  {
    re: /(?<![A-Za-z\d-])(?:LU|LI|ST|SP|HT|SI|BL|KI|PC|TE|SJ|GB|LR|LV|GV|CV|DU|RN)[-‐]?\d{1,2}(?![\d.%A-Za-z])/g,
    kind: 'code',
    digit: true,
    guard: /acupunct|acupoint|acupress|moxibust|needl|穴|针|灸/i,
    identity: acupointIdentity,
  },
  // Members of a pedigree by generation and place (`Ⅱ-3`, `Ⅲ:5`, `Ⅳ-1`), as case reports of families list them:
  // names, not counts (`7例…分别为Ⅰ-2、Ⅱ-4` split no group). Not a type, grade or stage (`Ⅱ-3型`), nor a
  // part of a longer name (`IVS-Ⅱ-654`, `CINⅡ-3`).
  {
    re: /(?<![A-Za-z\u2160-\u217F\d.\-‐])[\u2160-\u216B]\s?[-‐:]\s?\d{1,2}(?!\d|\.\d|\s?(?:型|级|期|度|类|%|例|名))/g,
    digit: true,
    guard: /[\u2160-\u216B]\s?[-‐:]\s?\d/,
  },
  // Cell passages where the sentence speaks of them: `P3`, `P3代`, `P3–P5`.
  {
    re: /(?<![A-Za-z\d])P\d{1,2}(?:\s?[-–~～至]\s?P?\d{1,2})?(?![\d.A-Za-z])/g,
    kind: 'code',
    digit: true,
    needs: 'P',
    guard: /passag|传代|代细胞|P\d{1,2}\s?代/i,
    identity: (t) => ({ scope: 'passage', key: alnumKey(t) }),
  },
];

/** Cooperative groups of oncology trials, whose protocols are named by number. */
const COOPERATIVE_GROUPS = /RTOG|EORTC|JCOG|CALGB|SWOG|NSABP|GOG|ACOSOG|NCCTG|TROG|KROG|CCTG|NCIC|ANZGOG|GORTEC|HKNPCSG|WJOG|JGOG|KGOG|ARO|AIO|NRG-/;
const COOPERATIVE_TRIAL = new RegExp(
  String.raw`\b(?:(?:${COOPERATIVE_GROUPS.source.replace('|NRG-', '')})[-‐\s]?(?:[A-Z]{1,3}[-‐\s]?)?\d{2,5}(?:[-‐.]\d{2,4})?|NRG-[A-Z]{2,3}\d{3})(?![\d%]|\.\d)`,
  'g',
);

const IDENTIFIERS: IdentifierPattern[] = [
  // Isotopes before the names and counts that would read `230Th` as an ordinal or `8 230` as one grouped number.
  { re: ISOTOPE, digit: true, guard: /\dm?[A-Z]/, identity: isotopeIdentity },
  // A note of how two units convert, which Chinese journals add after a measure in their own unit
  // (`（1 mmHg=0.133 kPa）`, `1 cmH2O=0.098 kPa`): a definition, stated or not in the other version.
  // Before the names, which would take `cmH2O`.
  { re: CONVERSION_NOTE, digit: true, needs: '=≈/p' },
  // The body surface area a filtration rate is per, part of its unit: `mL/min/1.73 m²`, `mL·min⁻¹·(1.73 m²)⁻¹`,
  // `ml/min per 1.73 m2`. A version that writes the unit once after a list of values, where the other
  // repeats it after each, states the 1.73 no fewer times.
  { re: /(?<=(?:\/|\bper|[·•⋅(（])\s?[(（]?\s?)1\.73\s?m(?:2|²|\s?[-−]2|⁻²)(?![\dA-Za-z])/gi, digit: true, guard: /1\.73/ },
  // A DOI before a URL: `https://doi.org/10.1038/…` names the article by its DOI.
  { re: DOI, kind: 'doi', digit: true, guard: /10\.\d/, identity: (t) => ({ scope: 'doi', key: t.toUpperCase() }), needs: '/' },
  // A preprint's number in the page chrome a PDF's text keeps (`chinaXiv:202207.00123v1`, `arXiv:2301.01234`).
  { re: /\b(?:chinaXiv|arXiv)\s?:\s?\d{4,6}\.\d{4,5}(?:v\d{1,2})?\b/gi, digit: true, needs: 'Xx' },
  { re: URL, word: WORD.web },
  { re: EMAIL, needs: '@' },
  // Vitamin D and its metabolites by their hydroxyl locants: `25(OH)D`, `1,25(OH)2D3`, `24,25(OH)2D`, also after a
  // prefix and its hyphen (`3-epi-25(OH)D3`, `3-差向-25(OH)D3`, where `-25` was read as a minus 25).
  { re: /(?<![\d.])(?<!\d,)\d{1,2}(?:,\d{1,2})?\s?[(（]OH[)）]\s?[23]?\s?D[23]?(?![A-Za-z\d])/g, digit: true, needs: 'O' },
  // Trials of the cooperative groups by their protocol number (`RTOG 90-05`, `RTOG 0617`, `EORTC 22922`, `JCOG0502`,
  // `NSABP B-39`, `NRG-GY006`, `TROG 02.02`): names, not a range from 90 to 5 nor a count. Not ECOG, whose `ECOG 0-1`
  // is a performance status.
  { re: COOPERATIVE_TRIAL, digit: true, guard: COOPERATIVE_GROUPS },
  { re: REGISTRATION, kind: 'registration', word: WORD.registration, guard: /NCT|ChiCTR|ISRCTN|ACTRN|JPRN|EudraCT/i, identity: registrationIdentity },
  { re: ISSN, digit: true, word: WORD.issn },
  // A licence for laboratory animals, as Chinese journals ask the methods to state: `SCXK（湘）2019-0004`,
  // `SCXK (Xiang) 2019-0004`, `SYXK(京)2020-0033`; the province in either script, so compared by its digits.
  // A half-life by its symbol (`t1/2`, `T1/2`, `t1/2β`, `t1/2z`): a pharmacokinetic parameter's name, no half.
  { re: /(?<![A-Za-z\d])[tT]\s?1\/2(?:[αβγzZ]|el|abs)?(?![\d/.])/g, digit: true, needs: '/' },
  // A motion segment of the spine by its upper vertebra and the lower one's number (`L4/5`, `C5-6`, `L4～5`,
  // `T11/12`): one name, as `L5/S1` is; its second number is no amount (`L3/4 in 9 cases` was `4 in 9`).
  { re: /(?<![A-Za-z\d.\/-])[CTL](\d{1,2})\s?[\/\-–~]\s?(\d{1,2})(?![\d.%\/])/g, digit: true, guard: /[CTL]\d{1,2}\s?[\/\-–~]\s?\d/, identity: spinalSegment },
  // A muscle's strength graded out of five (MRC): `grade 4/5`, `power of 3/5`, `肌力恢复至4/5级` state grade 4 (肌力4级), no
  // four fifths; the scale's `/5` is no amount.
  { re: /(?<=\b(?:grades?|strength|power|MRC)\s(?:of\s)?[0-5][+-]?)\s?\/\s?5(?![\d.])|(?<=(?<![\d.])[0-5][+-]?)\s?\/\s?5(?=\s?级)/gi, digit: true, needs: '/', guard: /grade|strength|power|MRC|\/\s?5\s?级/i },
  // Teeth by their FDI numbers, listed after the name of the tooth (`first molars (36/46)`, `第一磨牙（36、46）`,
  // `teeth 11 and 21`): positions, no amounts (`36/46` was a fraction, `36、46` parts of the patients before them),
  // or a list of them before the tooth (`11、21牙`, `36/46牙位`).
  // A counter after the number makes it a count (`患牙12颗`, `molars 12 teeth`).
  // One number alone names a tooth only in a bracket: `tooth 36` is as often `36牙`, a number there.
  { re: toothNumbers(), digit: true, guard: /teeth|tooth|molar|incisor|canine|牙/ },
  // An orthogonal array by its runs and its levels to the power of the factors (`L9(3⁴)`, `L9(3^4)`, `L18(2×3⁷)`),
  // or the same with the powers flattened (`L9(34)`): a design's name, not a count of 34.
  { re: /(?<![A-Za-z\d])L\d{1,2}\s?\(\d{1,2}(?:\^?\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})?(?:\s?[×x*]\s?\d{1,2}(?:\^?\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})?){0,3}\)/g, digit: true, needs: 'L' },
  { re: ANIMAL_LICENCE, kind: 'code', digit: true, needs: 'SX', guard: /S[CY]XK/, identity: (t) => ({ scope: 'licence', key: t.slice(0, 4).toUpperCase() + t.slice(4).replace(/\D/g, '') }) },
  // A sequence's accession number where the sentence names a sequence database: `GenBank MN908947`,
  // `登录号OQ123456`, `NM_000546.6` (a version left out names the same sequence).
  { re: ACCESSION, kind: 'code', digit: true, guard: ACCESSION_CONTEXT, identity: (t) => ({ scope: 'accession', key: t.toUpperCase().replace(/\.\d+$/, '') }) },
  { re: GRANT_CODE, kind: 'grant', digit: true, guard: /YF/, identity: grantIdentity, needs: 'Y' },
  { re: GRANT_EN, kind: 'grant', tail: true, digit: true, word: WORD.grant, guard: GRANT_DIGITS, identity: grantIdentity },
  { re: STANDARD_DATED, kind: 'standard', digit: true, guard: /ASTM|TB|JT|SL|DL|NB|JC|YB|YS|SH|SY|MH|YD|TSG|CECS/, identity: standardIdentity },
  { re: STANDARD, kind: 'standard', digit: true, guard: /GB|GJB|WS|YY|HJ|NY|SN|QB|HG|JB|CJJ|DB|ISO|IEC|ASTM|CLSI|DIN|JIS|ANSI|AOAC/, identity: standardIdentity },
  { re: SOFTWARE, kind: 'software', digit: true, identity: softwareIdentity },
  { re: R_SOFTWARE, kind: 'software', digit: true, guard: /\bR\b/, identity: softwareIdentity, needs: 'R' },
  { re: VERSION, digit: true, guard: /ver(?:sion|\.)|[vV]\d|版/, needs: 'vV版' },
  { re: DENTAL, digit: true, guard: /\d\s?\/\s?\d/, needs: '/' },
  { re: /\bphases?\s+(?:\d+|[IV]+)[a-c]?(?:\s*(?:\/|-|and|or)\s*(?:\d+|[IV]+)[a-c]?)?\b/gi, kind: 'code', word: WORD.phase, identity: trialPhase },
  ...CLINICAL_CODES,
  EN_LETTERED_STAGE,
  TICI,
  { re: EN_CHEMICAL_LOCANTS, digit: true, needs: '-' },
  // Chemical locants: 2,4-D, 2,3,7,8-TCDD, 1,25-dihydroxy, 4,4′-oxydianiline (primes for a second ring); a list of
  // numbers is never glued to a name.
  { re: /(?<![\d.,'′])\d{1,2}['′]?(?:,\d{1,2}['′]?)+-[A-Za-z]+/g, digit: true, needs: ',' },
  // Ratios of three or more parts, and ranges of them: 1:2:1 to 1:4:1 (a composition, not a fraction), compared as written.
  { re: /(?<![\d.:])\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?){2,}(?:\s*(?:to|-|~|至|到)\s*\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?){2,})?/g, kind: 'ratio', digit: true, needs: ':', identity: ratioIdentity },
  // Immunohistochemistry scores, 0 to 3+ in digits or in pluses: HER2 3+ is HER2（+++）, 2+ is （++）, （-） is 0.
  { re: IHC_SCORE, kind: 'ihc', needs: '+-＋－−0', guard: IHC_GUARD, identity: ihcIdentity },
  // SNPs by their reference number: rs128476.
  { re: /\brs\d{2,12}\b/g, kind: 'snp', digit: true, needs: 'r', identity: (t) => ({ scope: 'snp', key: t.toLowerCase() }) },
  // Roman numerals that name a type: type VII (a grade or stage by them is read as its number).
  // Two of them joined, `type I-II`, `type I or II`, `types I and II`, are one code of both (`Ⅰ型或Ⅱ型`).
  { re: /\b(?:type|phase)\s+[IVX]+[a-c]?(?:\s?(?:-|–|\/|~|to|or|and)\s?(?:type\s+)?[IVX]+[a-c]?)?\b|\btypes\s+[IVX]+[a-c]?\s?(?:-|–|\/|~|to|or|and)\s?[IVX]+[a-c]?\b/gi, kind: 'code', word: WORD.stage, identity: typeIdentity },
  // Sequence variants by HGVS name, the same in both versions: c.1234G>A, c.235delC, c.76_78delACT, p.Arg412Trp, p.(V600E).
  { re: HGVS_VARIANT, kind: 'code', digit: true, guard: HGVS_GUARD, identity: (t) => ({ scope: 'variant', key: t.replace(/\s/g, '') }) },
  // Promoter alleles: -174G/C, 677C>T.
  { re: /(?<![\w.])-?\d{1,5}[ACGT]\s?[/>]\s?[ACGT]\b/g, digit: true, guard: /\d[ACGTU]\s?[/>]/, needs: '/>' },
  ...GLOBIN_NAMES,
  // Karyotypes. A translocation names two chromosomes: `t(88)` alone is a t statistic's df.
  { re: KARYOTYPE_NUMERICAL, digit: true, guard: /\d,\s?X|\d\s?\/\s?[a-z]{1,3}\s?\(/ },
  { re: KARYOTYPE, guard: KARYOTYPE_GUARD },
  // Forms that name, not count: a fracture's bone and type (AO `43-C`, `43-C型`), a phase of drug
  // metabolism (`第2相`, `Ⅱ相代谢`), a span an index spells in its acronym (`1-day precipitation (RX1day)`).
  { re: /(?<![\w.-])[1-9]\d-[A-C](?![\w-]|\.\d)/g, digit: true, needs: '-' },
  { re: /第\s?[1-3]\s?相|(?<![A-Za-zⅠⅡⅢ])(?:Ⅰ|Ⅱ|Ⅲ|I{1,3})\s?相(?=代谢|反应|结合|酶)/g, needs: '相' },
  { re: SPAN_IN_ACRONYM, digit: true, guard: /\ddays?[)）]/, identity: spanInAcronym },
  ...PASSAGE_NAMES,
  { re: DIGIT_NAME, digit: true, identity: (t) => (UNIT_LETTERS.test(t.replace(/^[\d,]+-\d*/, '')) ? false : undefined), needs: '-' },
  // Chemical formulas and alloys, the same in both versions: Fe3O4, Li1.2Mn0.54Ni0.13Co0.13O2, Ti-6Al-4V.
  { re: FORMULA, kind: 'code', digit: true, guard: FORMULA_GUARD, identity: formulaIdentity },
  // Gene, protein, cell and score names: IL-17, IL-1β, CD4+, Th17, PASI75, EASI-50, COL7A1, B7-H3, miR-155-5p, SF-36, χ2,
  // and names joined by a slash: NS3/4A, CD4+/CD8+ (but IL-6/10 names IL-10 by a bare number, read as one).
  // Not a word glued to a number or a minus sign (`and166`, `was-0.43` in text from a PDF), nor a
  // count a PDF glued on both sides (`these8patients`), nor
  // the times sign of a power of ten (`5.2 x10^9/L`, flattened `2 x106 cells`), nor a part of a century (`mid-19th`),
  // nor a word before a hyphen and a percentage with decimals (`acetonitrile-0.1% formic acid`, a mixture).
  // Nor a small word glued to a number grouped in thousands (`collected48,760research`, `averaged2 856 kg`): names are not grouped.
  {
    re: new RegExp(
      String.raw`(?<![${LETTERS}\d/])(?!(?:CI|CrI)[-‐]\d+\.\d)(?!(?:${EN.GLUED_WORDS}|be|been|months?|weeks?|days?|years?|hours?|minutes?)-?\d+(?![A-Za-z]))(?![a-z]+\d+${EN.GLUED_COUNT_AFTER})(?![a-z]{2,}\d{1,3}(?:(?:,|${GROUP_SPACE})\d{3})+(?![\d,]|\.\d))(?![Mm]id-\d|[Ee]arly-\d|[Ll]ate-\d)(?!${EARTHQUAKE_MAGNITUDE})(?!${LATIN_WORD}+[-‐]\d+\.\d+\s?%)(?![A-Za-z]?[a-z]+\d{1,3}(?:\.\d+)?\s?%)(?![xX]10(?:\s*[\^(]|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]))(?!(?<=\d\s)[xX]10${FLAT_EXPONENT})${LATIN_WORD}+[-‐]?\d+${NAME_CHARS}*(?:[-‐](?:\d+${LATIN_WORD}|${LATIN_WORD}+\d)${NAME_CHARS}*)*\+?(?:\/(?:\d+${LATIN_WORD}${NAME_CHARS}*|${LATIN_WORD}+\d+${NAME_CHARS}*)\+?)*`,
      'g',
    ),
    digit: true,
    // Every name holds a letter right before its digits, or before a dash before them; the digit
    // first, which a search finds faster than a letter.
    guard: new RegExp(`\\d(?<=${LATIN_WORD}[-‐]?\\d)`),
  },
  { re: EN_NUMBERED_NAME, digit: true, identity: noUnitAfter('en') },
  { re: EN_NUMBERED_TYPE, kind: 'code', digit: true, guard: /virus|type/i, identity: numberedType },
  { re: ITEM_LABEL, digit: true, guard: /\d[bcfijknpqrz]/ },
  // Disease types named by a number: type 1 diabetes, type 2; and a range of them, `BARC type 3-5 bleeding` (3～5型出血),
  // or two of them, `BARC type 3 or 5` (3或5型), not a count after the second (`type 2 and 3 patients`).
  { re: /\b(?:type|types(?=\s+\d+[a-c]?\s?(?:-|–|~|to|\sor\s|\sand\s)\s?\d))\s+\d+[a-c]?(?:\s?(?:-|–|~|to)\s?\d+[a-c]?|\s(?:or|and)\s\d{1,2}[a-c]?\b(?![.,]\d|\s?%|\s+(?:[a-z]+\s+)?(?:patients?|cases?|subjects?|participants?|days?|weeks?|months?|years?)\b))?\b(?!-[A-Z]\d)/gi, kind: 'code', digit: true, word: WORD.stage, identity: typeIdentity },
  // Dimensions, generations and resolutions named by a digit and a capital: 3D (三维), 5G, 4K, also
  // glued to words by a PDF (`highlight3D`, `3Dmodel`). Not `3d` (three days), `5Gy`, `5GHz`, `4KB`, `T2DM`.
  // `3-D`, `2-D` too, as older and PDF text hyphenates them.
  { re: /(?<![\d.])[1-9](?:[-‐]?D|K|G(?!y))(?![A-Z\d])/g, digit: true, guard: /\d[-‐]?[DGK]/ },
  // Quantile groups by rank (`4th quartile`, `quartile 4`, `Q4`), and one SD, unit, point or year a change is counted in (`per 1-SD increase`, `per 1-year increase`).
  {
    re: /\b[1-9](?:st|nd|rd|th)?\s+(?:quartile|tertile|quintile|decile)s?\b|\b(?:quartile|tertile|quintile|decile)\s+[1-9]\b|(?<![\d.])1[-\s]?(?:SD|standard[-\s]deviation|(?:unit|point|year)(?=\s+(?:increase|decrease|rise|higher|lower|change)))\b/gi,
    digit: true,
    guard: /tile|SD|standard|unit|point|year/i,
  },
  // China's five-year plans by number: the 13th Five-Year Plan (十三五) is a name, not five years.
  { re: /\b(?:\d{1,2}(?:st|nd|rd|th)\s+)?Five-Year\s+Plans?\b/gi, word: WORD.plan },
  // The same in words, and the sides of a test: 3-dimensional (三维), 2-sided (双侧), 1-tailed (单尾);
  // and designs that Chinese names with 单 and 双, not a number: 2-arm (双臂), 1-center (单中心), 2-way (双向).
  // Coronary disease by the number of vessels it narrows, as Chinese names it too (`three-vessel disease`, 三支病变).
  {
    re: /(?<![\d.])(?:[1-9][-‐](?:dimensional|sided|tailed)|[12][-‐](?:arms?|cent(?:er|re)s?|ways?|factors?|blind(?:ed)?)|[1-3][-‐]vessel)\b/gi,
    digit: true,
    word: WORD.design,
  },
  // Spelled out as most journals write it: two-dimensional (二维), two-sided (双侧), one-tailed (单尾).
  { re: /\b(?:one|two|three|four)[-‐](?:dimensional|sided|tailed)\b|\b(?:one|two|three|single|double|triple)[-‐]vessel\b/gi, word: WORD.design },
  // The trimesters of a pregnancy, which Chinese names without a number (孕早期, 孕中期, 孕晚期).
  { re: /(?<![\d.])[123](?:st|nd|rd)\s+trimesters?\b/gi, digit: true, word: WORD.trimester },
  // Asymmetric uncertainties a PDF flattened from a superscript and a subscript (`2.1^{+0.6}_{-0.4}` as
  // `2.1+0.6-0.4`, or the subscript first, `2.1-0.4+0.6`): the errors of the value before them, no range
  // from 0.6 down to 0.4. The subscript first only with decimals, as `10-20+5` may be sums.
  // Bounded digit runs keep the search linear on a long run of digits.
  { re: /(?<=\d)\s?\+\s?\d{1,6}(?:\.\d{1,6})?\s?[-−–]\s?\d{1,6}(?:\.\d{1,6})?(?![\d.%])|(?<=\d\.\d{1,6})[-−–]\d{1,6}\.\d{1,6}\+\d{1,6}\.\d{1,6}(?![\d.%])/g, digit: true, needs: '+' },
  // The power of a unit or a symbol written with a caret: ph cm^-2 s^-1, mmol g^-1 h^-1, n^{1/3}, λ^n (the
  // base is a letter, so no power of ten): an exponent, never an amount.
  // The mu written as its area in a yield per mu (`749 kg/667m2`, ZH.MU_AS_AREA): part of the unit.
  { re: new RegExp(String.raw`(?<=(?:kg|t|g|${EN.MONEY_WORDS}|元)\s?\/\s?)${ZH.MU_AS_AREA}`, 'g'), digit: true, needs: '/' },
  { re: /(?<=[A-Za-zμΩÅ][)}]?\s?)\^\s?(?:\{\s?[-−]?\d+(?:\s?\/\s?\d+)?\s?\}|\(\s?[-−]?\d+(?:\s?\/\s?\d+)?\s?\)|[-−]?\d+(?:\/\d+)?)(?!\d|\.\d)/g, digit: true, needs: '^' },
  // The power of a unit in brackets: mL·min-1·(1.73 m2)-1, mg·(kg·d)-1.
  { re: /(?<=[A-Za-zμ][A-Za-z\d²³]?\s?[)）])[-−]\s?[1-3](?![\dA-Za-z]|\.\d)/g, digit: true, needs: ')）' },
  // Citation markers glued to the text they cite: `31.4%[4-6]`, `报道[12-13]`, `in 2022[4-6]` (not a
  // bracket after a space or another number, `2 [1, 3]`, which may hold quartiles).
  // Not the quartiles of a median, which lies between them: `7日[5～10]` (NEJM's Chinese edition).
  // Nor values in brackets after a copula or a colon, alone or listed (`调值分别为[31]、[53]和[13]`, Chao's tone
  // letters): no citation follows 为. The list looked back over is bounded, so a long run of brackets costs linear time.
  { re: /(?:(?<=[^\s\d[])|(?<=(?<!\d)(?:19|20)\d\d))(?<!(?:为|是|[:：])\s?(?:\[\d{1,3}\]\s?(?:[、,，]|和|及|或)\s?){0,8})\[\s?\d{1,3}(?:\s?[-–~,，、]\s?\d{1,3})*\s?\]/g, digit: true, needs: '[', identity: notQuartiles },
  // A reference cited by its number in brackets: `(ref. 3)`, `(refs. 3, 4)`, `[reference 12]`, the `[3]` of the other version.
  { re: /(?<=[(\[]\s?)(?:refs?\.?|references?)\s?\d{1,3}(?:\s?[-–,]\s?\d{1,3})*(?=\s?[)\]])/gi, digit: true, guard: /ref/i },
  // Citation volumes and pages: volume 48(8), pages 263-270, pp. 12-19.
  { re: /\b(?:vol\.?|volume)\s*\d+(?:\s*\(\s*\d+\s*\))?|\b(?:pp?\.|pages?)\s*\d+(?:\s*-\s*\d+)?/gi, digit: true, guard: /vol|p\.|page/i },
  // Volume(issue) and page ranges of a citation: 48(8), 7(1):263.
  { re: /\b\d+\s?\(\d+\)\s*:\s*\d+(?:\s*-\s*\d+)?|\b\d{1,3}\(\d{1,2}\)(?!\s*(?:to|-|~)\s*\d)(?=\s*(?:[|,;.]\s*)?(?:$|\|))/g, digit: true, guard: /\(\d/, needs: '(' },
];
const ZH_IDENTIFIERS: IdentifierPattern[] = [
  ZH_LETTERED_STAGE,
  TICI,
  { re: GRANT_ZH, kind: 'grant', tail: true, digit: true, guard: [/基金|项目|课题|计划|专项|资助/, GRANT_DIGITS], identity: grantIdentity },
  // Types named by a number: 1型糖尿病; a range of them, 3～5型出血 (`type 3-5`).
  // Two of them too: 3或5型 (`type 3 or 5`), 1、2型, 1型和2型 (`types 1 and 2`). Not after a verb of dividing,
  // which counts types: `分为3型` (three types).
  { re: new RegExp(String.raw`(?<![\d.A-Za-z～~-])(?<!${ZH.DIVIDED_INTO}\s?)(?:\d+\s?[～~\-—至]\s?|\d{1,2}\s?(?:型\s?)?[或和及、]\s?)?\d+\s*型`, 'g'), kind: 'code', digit: true, needs: '型', identity: typeIdentity },
  // Roman numerals that name a type: VII型 (a grade by them, III级, is read as its number).
  // A classification's name may stand glued before a full-width numeral, which no Latin word holds (`CroweⅠ型`,
  // `GardenⅢ型`); and two of them make a range, `Ⅰ～Ⅱ型` (`type I-II`).
  { re: /(?:(?<![A-Za-zⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[IVX]+|(?<![ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][a-c]?\s?[～~\-—–至到\/]\s?)?[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[a-c]?\s*型/g, kind: 'code', needs: '型', identity: typeIdentity },
  // A trial's phases, compared with the English `phase`: 3期试验, 2～3期临床试验, Ⅲ期非劣效性研究.
  {
    re: /(?<![\d.IVⅠⅡⅢⅣ])(?:\d+|[IVⅠⅡⅢⅣ]+)[a-c]?(?:\s*[\/～~\-—–至到]\s*(?:\d+|[IVⅠⅡⅢⅣ]+)[a-c]?)?\s*期(?=[\u4e00-\u9fff、]{0,10}?(?:试验|研究))/g,
    kind: 'code',
    needs: '期',
    identity: phaseIdentity,
  },
  // Trial phases: 1/2a 期, 1b/2期, I/IIa期, 3期试验, 3期项目, 3期部分 (but not 期间, 期刊).
  // An Arabic number before 期 names a phase only before a trial (`3期非劣效性研究`), a programme or part of one, or with a sub-phase:
  // `2期影像` and `分3期` count periods.
  { re: /(?<![\d.IVⅠⅡⅢⅣ])[IVⅠⅡⅢⅣ]+[a-c]?(?:\s*\/\s*(?:\d+|[IVⅠⅡⅢⅣ]+)[a-c]?)?\s*期(?![间刊内])|(?<![\d.IVⅠⅡⅢⅣ])\d+(?:[a-c](?:\s*\/\s*(?:\d+|[IVⅠⅡⅢⅣ]+)[a-c]?)?|\s*\/\s*(?:\d+|[IVⅠⅡⅢⅣ]+)[a-c]?)\s*期(?![间刊内])|(?<![\d.IVⅠⅡⅢⅣ])\d+\s*期(?=[\u4e00-\u9fff、]{0,10}?(?:试验|研究)|(?:临床)?(?:项目|部分)(?![患病缓]))/g, needs: '期' },
  // Locants of a chemical name: 5-羟色胺, 1,25-二羟维生素D3, 4',6-二脒基-2-苯基吲哚, 3-(4,5-二甲基噻唑-2)-2,5-二苯基… (not 3-5例).
  { re: ZH_CHEMICAL_LOCANTS, digit: true, needs: '-羟' },
  { re: ZH_NUMBERED_NAME, digit: true, identity: noUnitAfter('zh') },
  // Quantile groups by rank (第1四分位数组, "the lowest quartile"), and the one standard deviation a
  // change is counted in (每增加1个标准差, "per SD increase"): names of a group and of a unit.
  { re: /第\s*[1-9]\d?\s*(?:个\s*)?(?:四分位|三分位|五分位|十分位)|(?<![\d.])1(?:\s*个)?\s*(?:标准差|SD\b|单位(?=\s*[，,]|\s*(?:时|后)))/g, digit: true, needs: '位差SD' },
  // Coronary disease by the number of vessels it narrows: 单支病变, 双支病变, 三支血管病变 (`three-vessel disease`).
  { re: /(?<![\d.])(?:[1-3]|[一二三两单双])\s?支(?:冠状动脉|冠脉|血管)?病变/g, needs: '支' },
  // The one point of a score a change is counted in (每增加1分, "per point", "per 1-point increase"), and the one
  // year of age (每增加1岁, "per year", "per 1-year increase").
  { re: /(?<=每\s?(?:增加|升高|提高|增长|上升|减少|降低|下降)了?\s?)1\s?(?:分(?![钟\d])|岁)/g, digit: true, needs: '每' },
];

/**
 * Virus genotypes and a list of them after their name: `HPV 52, 16 and 58`, `HPV52、16、58型`,
 * `HPV16/18`. First, so that no gene name or type takes a part of the list.
 */
const GENOTYPES: IdentifierPattern = { re: /\bHPV[-\s]?\d{1,3}(?:\s?(?:[,，、/]|and|or|和|及|或)\s?\d{1,3}(?![\d.%]))*(?:\s?型)?/g, digit: true, needs: 'H' };

/**
 * Alleles of pharmacogenes and HLA by their star name, after the gene (`CYP2C19*2`, `CYP3A5*1/*3`, `HLA-B*58:01`,
 * `UGT1A1*28`, `TPMT*3C`) or as a genotype of two (`*1/*3`, `*2/*2`) in a list after it: names, not amounts (the
 * `1` of `*1/*1型24例` was a count the English lacked). First, so that no ratio takes `58:01`. Not a product of
 * numbers (`1.5*10^6`), whose star follows a digit with no capital before it.
 */
const STAR_ALLELES: IdentifierPattern = {
  re: /(?:(?<=[A-Z][A-Z\d]{1,7}(?:-[A-Z\d]{1,3})?)|(?<![\w.*])(?=\*\d{1,3}[A-Z]?\s?\/\s?\*\d))\*\d{1,3}[A-Z]?(?::\d{2,3}){0,3}(?:\s?\/\s?\*\d{1,3}[A-Z]?(?::\d{2,3}){0,3})?/g,
  digit: true,
  needs: '*',
};

/**
 * Citation numbers a PDF flattened from superscripts onto the text they cite: after a percent
 * sign (`by 20%-40%3.`), or a list of them after a word (`reported1,2 that`; not `and1,818`, a
 * number grouped by its comma), or after the full stop of a word before the next sentence (`in recent
 * years.1-3 Here`; not `vol.42`); no amount stands glued there. First, so that no name takes the word and its first number.
 */
const GLUED_CITATIONS: IdentifierPattern = {
  re: /(?:(?<=%)\d{1,3}|(?<=[a-z]{3})\d{1,3}(?:[,–-]\d{1,2})+)(?=[\s.,;:)]|$)|(?<=[a-z]{3}\.)(?<!(?:vol|fig|ref|sec|eqn)\.)\d{1,3}(?:[,–-]\d{1,3})*(?=\s[A-Z])/g,
  digit: true,
  guard: /%\d|[a-z]\.?\d/,
};

const IDENTIFIERS_OF: Record<Lang, IdentifierPattern[]> = { en: [GENOTYPES, STAR_ALLELES, GLUED_CITATIONS, ...IDENTIFIERS], zh: [GENOTYPES, STAR_ALLELES, ...ZH_IDENTIFIERS, ...IDENTIFIERS] };

export interface Mask {
  anchors: Anchor[];
}

/**
 * An identifier pattern with every field present, so the loop that tries each on every
 * sentence reads one shape of object, not as many shapes as the list has field sets.
 */
interface PreparedPattern {
  re: RegExp;
  kind: AnchorKind | undefined;
  guards: Guard[];
  needs: readonly string[];
  /** The bits of `needs` (NEED_BIT). */
  need: number;
  digit: boolean;
  word: number;
  tail: boolean;
  identity: IdentifierPattern['identity'];
}

/**
 * A bit for each character some pattern needs, by its code (bits shared past 30, which only
 * lets a pattern be tried): a sentence with a digit, where most patterns are tried, is read
 * once for all of them instead of searched for each pattern's characters.
 */
const NEED_BIT = new Int32Array(0x10000);
let needBits = 0;
const needOf = (chars: readonly string[]) => chars.reduce((mask, c) => mask | (NEED_BIT[c.charCodeAt(0)] ||= 1 << (needBits++ % 30)), 0);

function needsHeld(text: string): number {
  let held = 0;
  for (let i = 0; i < text.length; i++) held |= NEED_BIT[text.charCodeAt(i)]!;
  return held;
}

function prepared(p: IdentifierPattern): PreparedPattern {
  const guards = p.guard === undefined ? [] : Array.isArray(p.guard) ? p.guard : [p.guard];
  const needs = charsOf(p.needs ?? '');
  return { re: p.re, kind: p.kind, guards, needs, need: needOf(needs), digit: p.digit === true, word: p.word ?? 0, tail: p.tail === true, identity: p.identity };
}

const PREPARED_OF: Record<Lang, PreparedPattern[]> = { en: IDENTIFIERS_OF.en.map(prepared), zh: IDENTIFIERS_OF.zh.map(prepared) };

function passesGuards(guards: Guard[], folded: string): boolean {
  for (let g = 0; g < guards.length; g++) if (!guards[g]!.test(folded)) return false;
  return true;
}

function markIdentifiers(folded: string, lang: Lang, base: number, sentence: number, taken: Uint8Array, hasDigit: boolean, words: number): Mask {
  const anchors: Anchor[] = [];
  const patterns = PREPARED_OF[lang];
  const held = hasDigit ? needsHeld(folded) : 0;
  for (let p = 0; p < patterns.length; p++) {
    const { re, kind, guards, needs, need, digit, word, tail, identity } = patterns[p]!;
    if ((digit && !hasDigit) || (word !== 0 && !(words & word))) continue;
    if ((needs.length !== 0 && !(hasDigit ? held & need : holdsAnyOf(folded, needs))) || !passesGuards(guards, folded)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded))) {
      // A tail identifier ends its match: only a lookahead follows it.
      const text = tail ? m[m.length - 1]! : m[0];
      const end = m.index + m[0].length;
      const start = end - text.length;
      if (overlaps(taken, start, end)) continue;
      const id = identity?.(text, folded.slice(end, end + 24), m[0].slice(0, m[0].length - text.length), folded.slice(Math.max(0, m.index - 16), m.index));
      if (id === false) continue;
      taken.fill(1, start, end);
      anchors.push({
        offset: base + start,
        length: end - start,
        text,
        key: id ? id.key : alnumKey(text),
        sentence,
        ...(kind && id ? { kind, scope: id.scope } : {}),
      });
    }
  }
  return { anchors };
}

const SCI = new RegExp(
  // Only from the start of a digit run, and not at a thousands group (`111 111 …`): starting
  // inside a run rescans it, quadratic on a long run of digits or of groups.
  // `1.2×10-3` is a negative power whose superscript was lost in copying, never a range from 10 to 3.
  // After `±` the power scales the mean and its deviation both (`3.2±0.5 ×10^9/L`), as `(3.2±0.5)×10^9` writes it.
  // A superscript flattened by extraction (`45×109/L`, group 6) is a power only where flatPower says so.
  String.raw`(?<![\d.±]|\d,|±\s)(?!(?<=\d(?:[ \u00A0\u2009\u202F]| , ))\d{3}(?!\d))(${DIGITS})\s*[x×*·⋅]\s*10(?:\s*\(\s*(-?\d+)\s*\)|\s*\^\s*(-?\d+)|\s*([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)|(-\d{1,3})(?!\d|\.\d)|(${FLAT_EXPONENT}))`,
  'g',
);
/** E notation: `2.5E-5`, `1.2e-3`, `3E+04`; one number, as `2.5×10⁻⁵`. */
// The full stop of a sentence may follow (`set to 1e-4.`), a decimal point may not.
const E_NOTATION = /(?<![\w.])(\d+(?:\.\d+)?)[eE]([-+]?\d{1,3})(?!\w|\.\d)/g;
/** A bare power of ten: `10⁶`, `10^6`; `10(6)` only before what it counts, as `10(6) cells`. */
const POWER = new RegExp(
  // After a bracketed range times ten, a flattened superscript (`(4.0～10.0)×109/L`, group 4; see flatPower).
  // After the sign of a p-value or any bound, a lost superscript minus (`P<10-4`, `偏差小于10-4`, group 5): 10⁻⁴, never
  // a range from 10 to 4; so after a bracketed mantissa (`(3.4±0.5)×10-9`), where a range cannot start.
  String.raw`(?<![\d.])10\s*(?:\^\s*(-?\d+)|([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\((-?\d{1,2})\)(?=\s*(?:cells|copies|CFU|个|细胞|\/))|(?<=[)）]\s*[x×*·⋅]\s*10)(${FLAT_EXPONENT})|(?<=(?:(?<![A-Za-z])[Pp]\s*[<>=≤≥＜＞＝]|[<>≤≥＜＞]|小于|低于|\b(?:below|under|less than|lower than)|[)）]\s*[x×*·⋅])\s*10)(-(?:1\d|[1-9]))(?!\d|\.\d))`,
  'g',
);
/**
 * A power of a one-digit base: a titre or a count of states written as one, `2^12`, `2¹²` (4,096). Not inside a
 * number (`10^6` is POWER's), nor before a letter (`2^3S_1`, `2³S₁`, a term of spectroscopy).
 */
const SMALL_POWER = /(?<![\d.,^])([2-9])(?:\s?\^\s?(\d{1,2})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹A-Za-z_₀₁₂₃₄₅₆₇₈₉]|\.\d)/g;
/** What SMALL_POWER needs: most sentences have none. */
const SMALL_POWER_SIGN = /[\^⁰¹²³⁴⁵⁶⁷⁸⁹]/;
/** Chinese percentages and fractions in words: 百分之四十七点一, 三分之一. */
const ZH_NUM = '[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?';
const ZH_PERCENT_WORDS = new RegExp(`百分之(${ZH_NUM})`, 'g');
/** 千分之三: three per mille, as `3‰` is (not a fraction of a group of 1,000). */
const ZH_PERMILLE_WORDS = new RegExp(`千分之(${ZH_NUM})`, 'g');
const ZH_FRACTION_WORDS = new RegExp(`([零〇一二两三四五六七八九十百千]{1,6})分之([零〇一二两三四五六七八九十百千]{1,6})`, 'g');
const ZH_HALF = ZH.HALF;
const ZH_HALF_UNIT = ZH.HALF_UNITS;
const EN_NONE = EN.NONE;
const ZH_NONE = ZH.NONE;
const EN_MULTIPLES = EN.MULTIPLES;
const GLUED_WORDS = EN.GLUED_WORDS;
/** `twofold`, `sixmonths`: a number word joined to its unit (EN.JOINED_UNITS). */
const EN_GLUED_WORD = new RegExp(
  String.raw`\b(${[...Object.keys(EN.NUMBER_UNITS), ...Object.keys(EN.NUMBER_TENS)].join('|')})(?=(?:${EN.JOINED_UNITS.join('|')})\b)`,
  'gi',
);
/**
 * A number in digits, with its sign, scale word (`13 万`, `2300多万`, `5 million`) or `多`/`余`
 * ("more than": `20余例`). After `1,` it starts unless three digits follow, which continue a
 * thousands group, unless the digits before the comma end a name (`ACD7,121`) or a decimal (`31.7,112.4`, a
 * list whose spaces a PDF lost: no decimal is grouped in thousands): `1,3,5年` and `(2/41，4.9%)` are lists.
 * A minus or plus glued to a word (`was-0.43`, `from+6.8 to+12.4` in text from a PDF) is read like a spaced one, by the words before it, but not the hyphen of a compound
 * range (`6-to-12-month`); so is a number glued to the full stop of the
 * sentence before (`basilar type.18 cases`, `Garden IV.3 cases`), and a count glued on both
 * sides to the words around it (EN.GLUED_COUNT_AFTER: `these8patients`), and a number grouped in
 * thousands glued to a word (`collected48,760research`, `of2,600 pages`, `averaged2 856 kg`): no name is grouped so;
 * and a magnitude glued to its scale (`Ms6.8`, EARTHQUAKE_MAGNITUDE).
 */
const PLAIN = new RegExp(
  String.raw`(?:(?<=[A-Za-z])(?<!\d-(?:to|through|and|or))([-+])(?=\d)|(?<![A-Za-z])([-+]\s?)?|(?<=(?:^|[^A-Za-z])${GLUED_WORDS})|(?<=[a-z]{2})(?=\d+(?:\.\d+)?${EN.GLUED_COUNT_AFTER})|(?<=[a-z])(?=\d{1,3}(?:\.\d+)?\s?%)|(?<=[a-z]{2})(?=\d{1,3}(?:(?:,|${GROUP_SPACE})\d{3})+(?![\d,]|\.\d))|(?<=${EARTHQUAKE_MAGNITUDE_SCALE})(?=\d\.\d(?!\d)))(?<!\d|(?<![A-Za-z][a-z]{2}|\b(?:approx|etc|Suppl|Figs|Sept)|\s[IVX]{1,4})\.)(?<!(?<![A-Za-z.]\d{0,3})\d,(?=\d{3}(?!\d)))(${DIGITS})(?:\s*(?:([多余])\s*)?(万亿|[万亿]|千(?![克米卡瓦帕焦伏赫兆]))(?:([多余])(?![元年月日天周]))?|(?:\s+|-|(?<=\d))((?:ten|hundred)\s(?:thousand|million)|thousand|million|billion|trillion)\b|([多余]))?(?![\d])`,
  'y',
);
/**
 * Where a PLAIN match can start: a digit, or a point or a sign (and a space) before one. A
 * hyphen in a word or a full stop starts none, and PLAIN's lookbehinds are not tried there.
 */
const PLAIN_START = /\d|\.\d|[-+]\s?\.?\d/g;

/**
 * The first match of a sticky pattern at or after `from`, tried only where `start` finds a
 * character a match can start with: PLAIN's lookbehinds, tried at every position of a
 * sentence, cost several times the matches themselves.
 */
function matchAtStarts(re: RegExp, start: RegExp, text: string, from: number): RegExpExecArray | null {
  start.lastIndex = from;
  for (let s = start.exec(text); s; s = start.exec(text)) {
    re.lastIndex = s.index;
    const m = re.exec(text);
    if (m) return m;
    start.lastIndex = s.index + 1;
  }
  return null;
}
/** A full-width comma between a digit and three digits: `（n＝6，100 mg）`, `pH 6.8，900 mL`, `P＜0.05，120例`. */
const FULL_COMMA_GROUP = /\d，\d{3}(?!\d)/;
/**
 * The folded text with each full-width comma of the original made a `;`, for PLAIN: Chinese groups
 * thousands with `,` or a space, never with `，`, a list or clause comma, so `6，100` is 6 and 100.
 * Other readers see the `,` the comma folds to, as a list comma (`80（50，120）`).
 */
function withListCommas(folded: string, original: string): string {
  let out = '';
  let last = 0;
  for (let i = original.indexOf('，'); i >= 0; i = original.indexOf('，', i + 1)) {
    out += folded.slice(last, i) + ';';
    last = i + 1;
  }
  return out + folded.slice(last);
}
/** The cheap test before QUARTILE_PAIR: three digits after a comma close a bracket. */
const GROUP_BEFORE_BRACKET = /,\d{3}\s?[)\]]/;
/**
 * The quartiles after a median, `150（100，200）`, `150 mL(100,200)`: two numbers, never one
 * grouped by its comma (100,200), where the second is the larger.
 */
const QUARTILE_PAIR = /(?<=\d\s?(?:[A-Za-zμ%·/]{1,8}\s?)?[(\[]\s?)(\d{1,3}),(\d{3})(?=\s?[)\]])/g;
/**
 * The median before such quartiles (`150 mL(`), which lies between them; a count restated in brackets,
 * `more than 10,000 doses (10,386)`, is one number grouped by its comma. Tried on the few characters before.
 */
const MEDIAN_BEFORE_QUARTILES = /(?<![\d,.])(\d+(?:,\d{3})*(?:\.\d+)?)\s?(?:[A-Za-zμ%·/]{1,8}\s?)?[(\[]\s?$/;
/** An optical density at a wavelength: `OD450`, `OD 600`, `OD₄₅₀` excepted. */
const OD_WAVELENGTH = /(?<![A-Za-z])OD\s?([2-9]\d{2})(?!\d|\.\d)/g;
/** Each Roman numeral of a list of grades before its last ones (`, II` of `stage I, II and III`, `Ⅰ、` of `Ⅰ、Ⅱ、Ⅲ期`). */
const ROMAN_IN_LIST = new RegExp(EN.ROMAN_ANY_CASE, 'g');
/** How far before the last grades of a Chinese list its first numerals are looked for: four of `XII、`. */
const ROMAN_LIST_REACH = 16;

/** Each numeral of `text`, a piece of a list of Roman grades at `at`, a grade of its own. */
function romanList(text: string, at: number, add: AddAtom): void {
  ROMAN_IN_LIST.lastIndex = 0;
  for (let n: RegExpExecArray | null; (n = ROMAN_IN_LIST.exec(text)); ) {
    add(at + n.index, at + n.index + n[0].length, { value: EN.romanValue(n[0])!, decimals: 0, integer: true, form: 'words', label: true });
  }
}
/** A Roman numeral before a grade's counter, the cheap test before ZH.ROMAN_GRADE. */
const ROMAN_BEFORE_GRADE = /[IVXivx\u2160-\u216B]\s*[级度期]/;
/** Ordinal words: `the fourth national survey` (第四次). */
// Not the unit of time of `58 frames per second`.
const EN_ORDINAL_WORDS = new RegExp(String.raw`(?<!\bper\s)\b(?:${Object.keys(EN_ORDINALS).join('|')})\b`, 'gi');
/**
 * The article before one person counted: `a patient`, `a rare case`, `a 45-year-old man`
 * is the 1 of `1例患者`. Singular nouns only, and not a compound (`a case-control study`).
 */
const EN_ARTICLE_ONE = new RegExp(
  String.raw`\ban?(?=\s+(?:[\w-]+\s+){0,2}(?:${EN_PERSON_NOUNS_SINGULAR.join('|')})\b(?![-\w])(?!\s+(?:${EN_NOT_ONE_PERSON_AFTER.join('|')})\b))`,
  'gi',
);
/** Degrees, minutes and perhaps seconds of an angle: `36°15′`, `117°30'`, `36°15′30″`. */
const DEGREES_MINUTES = /(?<![\d.])(\d{1,3})\s?°\s?([0-5]?\d(?:\.\d+)?)\s?[′'](?:\s?([0-5]?\d(?:\.\d+)?)\s?[″"])?/g;
/** The cheap test before EN.ARTICLE_DURATION: an article before a unit of time. */
const ARTICLE_DURATION_SPOKEN = /\ban?\s+(?:year|month|week|day|hour)\b/i;
/** After 第 and a numeral, a counter that makes a rank: 第四届, 第4次, 第2代 (not 第3个月, a time). */
export const ZH_ORDINAL_COUNTER = new RegExp(`^\\s*(?:${ZH_ORDINAL_COUNTERS.join('|')})(?!月|小时|周期|疗程)`);
/** A solvent before a hyphen (`乙腈-0.1%甲酸`, `water-0.1%`): the hyphen joins two components of a mixture, it is no minus. */
const SOLVENT_BEFORE = new RegExp(`(?:${[...EN.SOLVENTS, ...ZH.SOLVENTS].join('|')})\\s?$`, 'i');
/**
 * A sign is a sign after an opening bracket, punctuation, `=`, a range's `~` (`-4.1%～-2.3%`), a Chinese
 * conjunction or list comma after a number (`-0.05±0.06和-0.03±0.07`, `-0.2、-0.4`, `比`),
 * an interval's label (`95% CI -4.1 to -2.3`), a comparison's sign or word (`T-score ≤ -2.5`, `versus -1.56`, `lower than -2.5`,
 * `between -1.0 and -2.5`: a dash never follows them), a Chinese character or a verb; after a number (`8 - 24`), a number's Chinese unit (`5月—9月`, `3个月-6个月`) or a
 * name (`IL-17`) it is a dash; `of` and `from` glued to the word before them by a PDF are those words (GLUED_OF_FROM). The words in any case: `Was -0.4 …?`, an edition's lower-case `ci`.
 */
const SIGN_CONTEXT = /(?:(?:^|[(\[（,，:：;；=~～至、和与及或比<>≤≥]|\b(?:of|was|were|is|are|by|at|from|to|and|or|vs\s?\.?|versus|than|below|above|between|CI|CrI))\s*|(?<=[a-z]{2})(?:of|from)\s+|(?<!\d\s?\p{Script=Han}?)\p{Script=Han})$/iu;
/** What SIGN_CONTEXT can end with, its last word or character (lastWordOf), told before it is tried: any unit from U+2E80 on may be Han. */
const SIGN_CONTEXT_ENDS = new Set(['', 'of', 'was', 'were', 'is', 'are', 'by', 'at', 'from', 'to', 'and', 'or', 'vs', 'versus', 'than', 'below', 'above', 'between', 'ci', 'cri', '.', '(', '[', '（', ',', '，', ':', '：', ';', '；', '=', '~', '～', '至', '、', '<', '>', '≤', '≥']);
/** `of` or `from` glued to the word before it by a PDF (`potentialof −68.4 mV`, `fellfrom -2.1`): no word ends in them but their compounds (`thereof`). */
const GLUED_OF_FROM = /^[a-z]{2,}(?:of|from)$/;
/**
 * An estimate's label in capitals with a space and no `=` before its value: `APC −2.6`, `MD −1.2`,
 * `WMD -0.45` (Chinese editions drop the comma of `APC, −2.6`). A decimal follows, which a name
 * split by a PDF (`COVID -19`) has not.
 */
const LABEL_BEFORE_SIGN = /(?<![A-Za-z])[A-Z]{2,6}\s+$/;
const DECIMAL_AFTER_SIGN = /^[-+]\s?\d+\.\d/;
function maySignContext(before: string): boolean {
  const last = lastWordOf(before);
  return SIGN_CONTEXT_ENDS.has(last) || last.charCodeAt(0) >= 0x2e80 || GLUED_OF_FROM.test(last);
}
/**
 * A run of Chinese numerals, read as an amount only before a counter or unit
 * (十七名, 三个周期). The run is matched whole and the counter checked after it,
 * so a long run costs linear time.
 */
const ZH_NUMERAL = new RegExp(`[${ZH_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?`, 'g');
const ZH_COUNTER = ZH.COUNTER;
/** `分为三型`: the numeral counts the types divided into (ZH.DIVIDED_INTO). */
const TYPES_DIVIDED = new RegExp(String.raw`${ZH.DIVIDED_INTO}\s?$`);
/** Numerals of a list after one 第, before the one in hand: `第五、六、` before 七次. */
const RANK_LIST_BEFORE = new RegExp(`第[${ZH_NUMERAL_CHARS}]+(?:[、,，和及与][${ZH_NUMERAL_CHARS}]+)*[、,，和及与]$`);
/** The rest of such a list after a numeral, up to the counter that ranks them all: `、六、七` before 次. */
const RANK_LIST_AFTER = new RegExp(`^(?:[、,，和及与][${ZH_NUMERAL_CHARS}]+)+`);
/**
 * The powers of ten of the scale words after a number; `ten thousand` and `hundred million` are
 * 万 and 亿 word for word, as Chinese authors' English writes them (`2.3 ten thousand yuan`).
 */
const ZH_SCALE: Record<string, number> = {
  千: 3, 万: 4, 亿: 8, 万亿: 12, thousand: 3, million: 6, billion: 9, trillion: 12,
  'ten thousand': 4, 'hundred thousand': 5, 'ten million': 7, 'hundred million': 8,
};

/**
 * The marks of one sentence's characters (0 free, 1 identifier, 2 number), in one buffer
 * reused from sentence to sentence: a fresh typed array per sentence cost more than its use.
 */
let takenBuffer = new Uint8Array(1024);

function clearedTaken(length: number): Uint8Array {
  if (takenBuffer.length < length) takenBuffer = new Uint8Array(Math.max(length, 2 * takenBuffer.length));
  else takenBuffer.fill(0, 0, length);
  return takenBuffer;
}

const DIGIT = /\d/;

/** The end of the first group of a number grouped by a space whose later groups a name has taken (`8 230Th`). */
function groupBeforeName(taken: Uint8Array, folded: string, start: number, end: number): number | undefined {
  if (taken[start] || !overlaps(taken, start, end)) return undefined;
  let i = start;
  while (i < end && folded[i]! >= '0' && folded[i]! <= '9') i++;
  return i - start <= 3 && i < end && /\s/.test(folded[i]!) && taken[i + 1] ? i : undefined;
}

/**
 * Where a count after a name's number starts, when a space seemed to group the two as thousands
 * (`blaKPC-2 104株`, `IL-6 120 patients`): the name has the first group, and the count is read
 * on its own from there.
 */
function groupAfterName(taken: Uint8Array, folded: string, start: number, end: number): number | undefined {
  if (!taken[start]) return undefined;
  let i = start;
  while (i < end && folded[i]! >= '0' && folded[i]! <= '9') i++;
  return i < end - 1 && /\s/.test(folded[i]!) && !taken[i + 1] && DIGIT.test(folded[i + 1]!) ? i + 1 : undefined;
}

function overlaps(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/** `1.2 × 10⁻³` and `1.2e-3`: a mantissa in group 1, the exponent where each form writes it. */
const EXPONENTS: [RegExp, (m: RegExpExecArray) => number][] = [
  [SCI, (m) => (m[4] ? parseSuperscript(m[4]) : Number(m[2] ?? m[3] ?? m[5] ?? m[6]))],
  [E_NOTATION, (m) => Number(m[2])],
];

/** A dosing interval in prescription shorthand: `q12h` is every 12 hours, `q3w` every 3 weeks, `q2d` every 2 days. */
const DOSING_INTERVAL = /(?<![A-Za-z\d])q(\d{1,2})(h|d|wk?)(?![A-Za-z\d])/g;
const INTERVAL_UNITS: Record<string, string> = { h: 'hour', d: 'day', w: 'week', wk: 'week' };
/**
 * Doses a day in prescription shorthand, after a dose: `100 mg qd` once (每日1次), `bid` twice,
 * `tid`, `qid`; not `in a bid to`, `the bid-ask spread`, `bid-winning` (a word it opens with a
 * hyphen), nor after a word that only begins like a unit (`use`, `gave`: `the use of bid`).
 * The shorthand is found first and what stands before it tested only there: as lookbehinds
 * ahead of it, the test of what stands before cost a scan back at every place of every sentence.
 */
const DOSES_A_DAY = /(?<![A-Za-z\d.])(qd|bid|tid|qid|q\.d\.|b\.i\.d\.|t\.i\.d\.|q\.i\.d\.)(?![A-Za-z\d]|-[A-Za-z])/gi;
const AFTER_A_DOSE = /(?<!\ba\s)(?<=(?:\d|\b(?:mg|g|kg|[μµ]g|mcg|ml|iu|u|units?|tablets?|capsules?|drops?|puffs?)\b|[片粒支袋])[^。.;；!?]{0,16})/iy;
const TIMES_A_DAY: Record<string, number> = { qd: 1, bid: 2, tid: 3, qid: 4 };

/** Durations with a half (`one and a half years`, `half a day`, `1年半`, `2个半月`): one number each, the half included. */
function halfDurations(folded: string, lang: Lang, words: number): Atom[] {
  const out: Atom[] = [];
  if (lang === 'en') {
    // Each form writes `half` as a word of its own.
    if (!(words & WORD.half)) return out;
    EN.HALF_DURATIONS.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = EN.HALF_DURATIONS.exec(folded)); ) {
      const whole = m[2] === undefined ? (m[4] ? 1 : 0) : /^\d+$/.test(m[2]) ? Number(m[2]) : parseEnglishNumberWords(m[2]);
      if (whole === undefined) continue;
      const unit = (m[1] ?? m[3] ?? m[4])!.toLowerCase();
      out.push({ start: m.index, end: m.index + m[0].length, value: whole + 0.5, decimals: 1, integer: false, form: /\d/.test(m[0]) ? 'digits' : 'words', unit });
    }
    return out;
  }
  if (!folded.includes('半')) return out;
  ZH.AND_HALF.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ZH.AND_HALF.exec(folded)); ) {
    const whole = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (whole === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: whole + 0.5, decimals: 1, integer: false, form: /\d/.test(m[1]!) ? 'digits' : 'hanzi', unit: ZH.HALF_UNITS[(m[2] ?? m[3])!]! });
  }
  return out;
}

/** Every written number of a sentence, in text order, outside identifier spans; `dayPoints`: read `D14` as day 14. */
export function findAtoms(
  folded: string,
  lang: Lang,
  base: number,
  sentence: number,
  dayPoints = false,
  hasDigit = DIGIT.test(folded),
  words = wordKinds(folded),
  original = folded,
): { atoms: Atom[]; mask: Mask } {
  const atoms: Atom[] = [];
  // Dates and day points come first: their digits are neither identifiers nor amounts of their own.
  const taken = clearedTaken(folded.length);
  // Most sentences hold no digit (`hasDigit`): then no number in digits, and no identifier made with one, is looked for.
  for (const d of findDates(folded, lang, hasDigit, words)) {
    taken.fill(2, d.start, d.end);
    const form = /\d/.test(folded.slice(d.start, d.end)) ? 'digits' : 'words';
    atoms.push({ start: d.start, end: d.end, value: dateValue(d.date), decimals: 0, integer: true, form, date: d.date });
  }
  // Every atom after the dates is taken where no earlier one stands.
  const add = (start: number, end: number, atom: Omit<Atom, 'start' | 'end'>) => {
    if (overlaps(taken, start, end)) return;
    taken.fill(2, start, end);
    atoms.push({ start, end, ...atom });
  };
  for (const d of dayPoints ? findDayPoints(folded) : []) add(d.start, d.end, { value: d.day, decimals: 0, integer: true, form: 'digits', unit: 'day' });
  shorthandAtoms(folded, lang, hasDigit, words, add);
  const mask = markIdentifiers(folded, lang, base, sentence, taken, hasDigit, words);
  if (hasDigit) digitAtoms(folded, lang, original, taken, add);
  if (lang === 'en') englishWordAtoms(folded, words, add);
  else chineseWordAtoms(folded, add);
  sortByStart(atoms);
  shareScale(folded, atoms);
  bracketedPower(folded, atoms);
  if (lang === 'zh' && (folded.includes('以上') || folded.includes('以下'))) boundRestated(folded, atoms);
  // `哨兵2号`, `2号染色体`: the number of a name (Sentinel-2, chromosome 2), which counts nothing.
  if (lang === 'zh' && folded.includes('号')) for (const a of atoms) if (!a.date && folded[a.end] === '号') Object.assign(a, { label: true, form: 'words' });
  if (lang === 'en' && /\b[Nn]o\./.test(folded)) for (const a of atoms) if (!a.date && a.integer && EN.NUMBER_SIGN_BEFORE.test(folded.slice(Math.max(0, a.start - 4), a.start))) Object.assign(a, { label: true, form: 'words' });
  return { atoms, mask };
}

/** Where findAtoms takes an atom: only where no earlier one stands. */
type AddAtom = (start: number, end: number, atom: Omit<Atom, 'start' | 'end'>) => void;

/**
 * Forms that are one number with their unit, read before any of their digits is: a dosing
 * interval or frequency in shorthand, a duration with a half, an angle, a scale letter, a Roman grade.
 */
function shorthandAtoms(folded: string, lang: Lang, hasDigit: boolean, words: number, add: AddAtom): void {
  if (hasDigit && folded.includes('q')) {
    DOSING_INTERVAL.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = DOSING_INTERVAL.exec(folded)); ) {
      add(m.index, m.index + m[0].length, { value: Number(m[1]), decimals: 0, integer: true, form: 'digits', unit: INTERVAL_UNITS[m[2]!]! });
    }
  }
  // `早晚分服`, `早晚各服1次`: two times a day, one claim (its `1次` restates no period).
  if (lang === 'zh' && folded.includes('早晚')) {
    ZH.MORNING_AND_EVENING.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = ZH.MORNING_AND_EVENING.exec(folded)); ) {
      add(m.index, m.index + m[0].length, { value: 2, decimals: 0, integer: true, form: 'hanzi', unit: 'time' });
    }
  }
  // An angle in degrees and minutes (a latitude `36°15′`): one number of degrees, 36.25, as
  // `36.25°N` writes it; minutes make two decimals, seconds four.
  if (hasDigit && folded.includes('°') && (folded.includes('′') || folded.includes("'"))) {
    DEGREES_MINUTES.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = DEGREES_MINUTES.exec(folded)); ) {
      const value = Number(m[1]) + Number(m[2]) / 60 + (m[3] === undefined ? 0 : Number(m[3]) / 3600);
      add(m.index, m.index + m[0].length, { value, decimals: m[3] === undefined ? 2 : 4, integer: false, form: 'digits' });
    }
  }
  if (lang === 'en' && hasDigit && folded.includes('-')) {
    // `under-5 mortality`, `over-65s`: the age the Chinese writes `5岁以下`, `65岁以上`; not a name (`Under-5`).
    EN.AGE_BAND.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = EN.AGE_BAND.exec(folded)); ) add(m.index, m.index + m[0].length, { value: Number(m[1]), decimals: 0, integer: true, form: 'digits', unit: 'year' });
  }
  if (hasDigit && /\d\s?[kK]/.test(folded)) {
    const thousands = lang === 'en' ? EN.THOUSANDS_K : ZH.THOUSANDS_K;
    thousands.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = thousands.exec(folded)); ) {
      const d = parseDecimal(m[1]!);
      add(m.index, m.index + m[0].length, { value: d.value * 1000, decimals: d.decimals - 3, integer: d.decimals <= 3, form: 'digits', scale: 3 });
    }
  }
  if (lang === 'en' && hasDigit && /\d\s?(?:[MBT][\s-]|[MB][a-z])/.test(folded)) {
    EN.MILLIONS_MB.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = EN.MILLIONS_MB.exec(folded)); ) {
      const d = parseDecimal(m[1]!);
      const scale = m[2] === 'M' ? 6 : m[2] === 'B' ? 9 : 12;
      add(m.index, m.index + m[0].length, { value: d.value * 10 ** scale, decimals: d.decimals - scale, integer: true, form: 'digits', scale });
    }
  }
  if (lang === 'zh' && hasDigit && /\d\s?[KMB]/.test(folded)) {
    ZH.SCALED_SIZE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = ZH.SCALED_SIZE.exec(folded)); ) {
      const d = parseDecimal((m[1] ?? m[3])!);
      const scale = ZH.SCALE_LETTERS[(m[2] ?? m[4])!]!;
      add(m.index, m.index + m[0].length, { value: powerOfTen(d.value, scale), decimals: d.decimals - scale, integer: d.decimals <= scale, form: 'digits', scale });
    }
  }
  if (lang === 'en' && hasDigit && folded.includes('Q')) {
    EN.QUARTER.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = EN.QUARTER.exec(folded)); ) {
      add(m.index, m.index + m[0].length, { value: Number(m[1] ?? m[2]), decimals: 0, integer: true, form: 'digits', ordinal: true });
    }
  }
  // Each shorthand is a word of its own, or starts with one (`b.i.d.`); the trie of words does not
  // see one beside an underscore, which the pattern allows.
  if (words & WORD.dose || folded.includes('_')) {
    DOSES_A_DAY.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = DOSES_A_DAY.exec(folded)); ) {
      AFTER_A_DOSE.lastIndex = m.index;
      if (!AFTER_A_DOSE.test(folded)) continue;
      add(m.index, m.index + m[0].length, { value: TIMES_A_DAY[m[1]!.replace(/\./g, '').toLowerCase()]!, decimals: 0, integer: true, form: 'words', unit: 'time' });
    }
  }
  for (const h of halfDurations(folded, lang, words)) add(h.start, h.end, h);
  if (lang === 'en' && words & WORD.decades) {
    // `three decades` = 30年: the years, as `1 year and 9 months` is its months.
    EN.DECADES.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = EN.DECADES.exec(folded)); ) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseEnglishNumberWords(m[1]!);
      if (n !== undefined) add(m.index, m.index + m[0].length, { value: n * 10, decimals: 0, integer: true, form: /\d/.test(m[1]!) ? 'digits' : 'words', unit: 'year' });
    }
  }
  // An optical density names its wavelength: OD450 is read at 450 nm.
  if (hasDigit && folded.includes('OD')) {
    OD_WAVELENGTH.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = OD_WAVELENGTH.exec(folded)); ) {
      const start = m.index + m[0].length - m[1]!.length;
      add(start, m.index + m[0].length, { value: Number(m[1]), decimals: 0, integer: true, form: 'digits' });
    }
  }
  // Roman grades and stages are the numbers `grade 3-4` writes (`grade III-IV`, `Ⅲ～Ⅳ级`).
  const romans = lang === 'en' ? (words & WORD.stage ? EN.ROMAN_GRADE : undefined) : ROMAN_BEFORE_GRADE.test(folded) ? ZH.ROMAN_GRADE : undefined;
  if (romans) {
    romans.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = romans.exec(folded)); ) {
      // The far end of a lettered stage's span (`ⅢB期或Ⅳ期`, `stage IIIA or stage IV`) is the stage's, which the identifier reads.
      const first = m.indices![1]![0];
      if (LETTERED_STAGE_BEFORE.test(folded.slice(Math.max(0, first - 16), first))) continue;
      // The first numerals of a Chinese list that writes its counter once (`Ⅰ、Ⅱ、Ⅲ期`), each a grade as the last ones are.
      if (lang === 'zh') {
        const head = folded.slice(Math.max(0, m.index - ROMAN_LIST_REACH), m.index);
        const list = ZH.ROMAN_LIST_BEFORE.exec(head);
        if (list) romanList(list[0], m.index - head.length + list.index, add);
      }
      for (const g of [1, 2, 3]) {
        const span = m.indices![g];
        if (!span || span[0] === span[1]) continue;
        // The middle of a list of them (`stage I, II and III`), each a grade of its own.
        if (g === 2 && lang === 'en') {
          romanList(m[2]!, span[0], add);
          continue;
        }
        // `stage 0 to I` (第0至I期): a stage 0 before a Roman one is the range's first stage.
        add(span[0], span[1], { value: m[g] === '0' ? 0 : EN.romanValue(m[g]!)!, decimals: 0, integer: true, form: m[g] === '0' ? 'digits' : 'words', label: true });
      }
    }
  }
}

/** Numbers in digits: powers of ten, quartile pairs, 万 and 亿 with a rest, and every plain number. */
function digitAtoms(folded: string, lang: Lang, original: string, taken: Uint8Array, add: AddAtom): void {
  let m: RegExpExecArray | null;
  // `× 10` and a bare power of ten are written with `10`: most sentences have none.
  const ten = folded.includes('10');
  for (const [re, exponent] of EXPONENTS) {
    if (re === SCI && !ten) continue;
    re.lastIndex = 0;
    while ((m = re.exec(folded))) {
      if (re === SCI && m[6] !== undefined && !flatPower(m[1]!, folded.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      const mant = parseDecimal(m[1]!);
      const exp = exponent(m);
      add(m.index, m.index + m[0].length, {
        value: powerOfTen(mant.value, exp),
        decimals: mant.decimals - exp,
        integer: mant.decimals - exp <= 0,
        form: 'digits',
        // The far end of a range shares its power with the near one: `2.5-5.0 × 10^9` (shareScale).
        // So does a list's last item (shareScale keeps it to items written alike).
        ...(exp !== 0 && RANGE_FAR_END.test(folded.slice(Math.max(0, m.index - 7), m.index)) ? { scale: exp } : {}),
      });
    }
  }
  if (GROUP_BEFORE_BRACKET.test(folded)) {
    QUARTILE_PAIR.lastIndex = 0;
    while ((m = QUARTILE_PAIR.exec(folded))) {
      if (Number(m[2]) <= Number(m[1])) continue;
      const before = MEDIAN_BEFORE_QUARTILES.exec(folded.slice(Math.max(0, m.index - 24), m.index));
      const median = before ? Number(before[1]!.replaceAll(',', '')) : undefined;
      if (median !== undefined && (median < Number(m[1]) || median > Number(m[2]))) continue;
      const second = m.index + m[1]!.length + 1;
      add(m.index, m.index + m[1]!.length, { value: Number(m[1]), decimals: 0, integer: true, form: 'digits' });
      add(second, second + 3, { value: Number(m[2]), decimals: 0, integer: true, form: 'digits' });
    }
  }
  POWER.lastIndex = 0;
  while (ten && (m = POWER.exec(folded))) {
    // The range in the bracket is the mantissa: `(4.0～10.0)`.
    if (m[4] !== undefined && !flatPower(folded.slice(Math.max(0, m.index - 16), m.index).replace(/^.*[(（]/, ''), folded.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const exp = m[1] ?? m[3] ?? m[4] ?? m[5] ? Number(m[1] ?? m[3] ?? m[4] ?? m[5]) : parseSuperscript(m[2]!);
    add(m.index, m.index + m[0].length, { value: 10 ** exp, decimals: -exp, integer: exp >= 0, form: 'digits' });
  }
  if (SMALL_POWER_SIGN.test(folded)) {
    SMALL_POWER.lastIndex = 0;
    while ((m = SMALL_POWER.exec(folded))) {
      const exp = m[2] !== undefined ? Number(m[2]) : parseSuperscript(m[3]!);
      add(m.index, m.index + m[0].length, { value: Number(m[1]) ** exp, decimals: 0, integer: true, form: 'digits' });
    }
  }
  if (lang === 'zh' && (folded.includes('万') || folded.includes('亿'))) {
    ZH.MIXED_SCALE.lastIndex = 0;
    while ((m = ZH.MIXED_SCALE.exec(folded))) {
      // `13万` and `3亿` alone are PLAIN's, read at the precision of their scale word; a rest in
      // digits (`541万7,699`) or a 万 after 亿 states every digit.
      const [yi, wanAfterYi, wan, rest] = [m[1], m[2], m[3], m[4]].map((g) => (g === undefined ? undefined : Number(g.replace(',', ''))));
      if (rest === undefined && wanAfterYi === undefined) continue;
      const value = (yi ?? 0) * 1e8 + (wanAfterYi ?? wan ?? 0) * 1e4 + (rest ?? 0);
      add(m.index, m.index + m[0].length, { value, decimals: rest === undefined ? -4 : 0, integer: true, form: 'digits' });
    }
  }
  const plainText = FULL_COMMA_GROUP.test(original) ? withListCommas(folded, original) : folded;
  let resume: number | undefined;
  for (let from = 0; (m = matchAtStarts(PLAIN, PLAIN_START, plainText, from)); from = resume ?? m.index + m[0].length) {
    resume = undefined;
    const signText = m[1] ?? m[2];
    const signBefore = signText === undefined ? '' : folded.slice(Math.max(0, m.index - 16), m.index);
    const context = signBefore.slice(-12);
    const signed = signText !== undefined && !SOLVENT_BEFORE.test(signBefore) && (
      (maySignContext(context) && (SIGN_CONTEXT.test(context) || ZH.COPULA_BEFORE_SIGN.test(context)))
      || ((LABEL_BEFORE_SIGN.test(context) || EN.ESTIMATE_BEFORE_SIGN.test(signBefore)) && DECIMAL_AFTER_SIGN.test(plainText.slice(m.index, m.index + 12)))
    );
    const start = signed ? m.index : m.index + (signText?.length ?? 0);
    const d = parseDecimal(m[3]!);
    const word = m[5] ?? m[7]?.toLowerCase().replace(/\s+/, ' ');
    const scale = word ? ZH_SCALE[word]! : 0;
    const sign = signed && signText!.startsWith('-') ? -1 : 1;
    const tail = groupAfterName(taken, folded, start, m.index + m[0].length);
    if (tail !== undefined) {
      resume = tail;
      continue;
    }
    const headEnd = groupBeforeName(taken, folded, start, m.index + m[0].length);
    if (headEnd !== undefined) {
      // `8 230Th`: the count before a name is its own number, never a group of the name's digits.
      add(start, headEnd, { value: sign * Number(folded.slice(start, headEnd)), decimals: 0, integer: true, form: 'digits' });
      continue;
    }
    add(start, m.index + m[0].length, {
      value: sign * d.value * 10 ** scale,
      decimals: d.decimals - scale,
      integer: d.decimals === 0 || d.decimals - scale <= 0,
      form: 'digits',
      ...(m[4] ?? m[6] ?? m[8] ? { more: true } : {}),
      ...(scale ? { scale } : {}),
    });
  }
}

/** English numbers in words: fractions, `no deaths`, multiples, ordinals, the article one, number words. */
function englishWordAtoms(folded: string, words: number, add: AddAtom): void {
  let m: RegExpExecArray | null;
  EN_FRACTION_WORDS.lastIndex = 0;
  while (words & WORD.fraction && (m = EN_FRACTION_WORDS.exec(folded))) {
    const parts = parseEnglishFraction(m);
    if (parts) add(m.index, m.index + m[0].length, { value: parts.num / parts.den, decimals: 0, integer: false, form: 'words', parts });
  }
  EN_NONE.lastIndex = 0;
  while (words & WORD.no && (m = EN_NONE.exec(folded))) {
    const unit = /^deaths?$/i.test(m[1]!) ? 'death' : /^events?$/i.test(m[1]!) ? undefined : 'patient';
    add(m.index, m.index + 2, { value: 0, decimals: 0, integer: true, form: 'words', ...(unit ? { unit } : {}) });
  }
  for (const [, re, value, unit] of words & WORD.multiple ? EN_MULTIPLES : []) {
    re.lastIndex = 0;
    while ((m = re.exec(folded))) add(m.index, m.index + m[0].length, { value, decimals: 0, integer: true, form: 'words', ...(unit ? { unit } : {}) });
  }
  if (words & WORD.ordinal) {
    EN.FIRST_SPAN.lastIndex = 0;
    while ((m = EN.FIRST_SPAN.exec(folded))) add(m.index, m.index + m[0].length, { value: 1, decimals: 0, integer: true, form: 'words', unit: m[1]!.toLowerCase().replace('night', 'day') });
  }
  EN_ORDINAL_WORDS.lastIndex = 0;
  while (words & WORD.ordinal && (m = EN_ORDINAL_WORDS.exec(folded))) {
    add(m.index, m.index + m[0].length, { value: EN_ORDINALS[m[0].toLowerCase()]!, decimals: 0, integer: true, form: 'words', ordinal: true });
  }
  EN_ARTICLE_ONE.lastIndex = 0;
  while ((words & (WORD.article | WORD.person)) === (WORD.article | WORD.person) && (m = EN_ARTICLE_ONE.exec(folded))) add(m.index, m.index + m[0].length, { value: 1, decimals: 0, integer: true, form: 'words', unit: 'patient' });
  if (words & WORD.article && ARTICLE_DURATION_SPOKEN.test(folded)) {
    EN.ARTICLE_DURATION.lastIndex = 0;
    while ((m = EN.ARTICLE_DURATION.exec(folded))) add(m.index, m.index + m[0].length, { value: 1, decimals: 0, integer: true, form: 'words', unit: (m[1] ?? m[2])!.toLowerCase() });
  }
  EN_GLUED_WORD.lastIndex = 0;
  while (words & WORD.glued && (m = EN_GLUED_WORD.exec(folded))) {
    const value = parseEnglishNumberWords(m[1]!);
    if (value !== undefined) add(m.index, m.index + m[1]!.length, { value, decimals: 0, integer: true, form: 'words' });
  }
  EN_NUMBER_WORDS.lastIndex = 0;
  while (words & WORD.number && (m = EN_NUMBER_WORDS.exec(folded))) {
    for (const n of readEnglishNumberRun(m[0])) {
      // `five million`: the scale word, which the near end of `three to five million` shares.
      const scale = EN_SCALE_LAST.exec(m[0].slice(n.start, n.end))?.[1];
      add(m.index + n.start, m.index + n.end, { value: n.value, decimals: 0, integer: true, form: 'words', ...(scale ? { scale: Math.log10(EN.NUMBER_SCALES[scale.toLowerCase()]!) } : {}) });
    }
  }
}

/** Chinese numerals: percentages and fractions in words, tenths, halves, `无死亡`, counts before a measure word. */
function chineseWordAtoms(folded: string, add: AddAtom): void {
  let m: RegExpExecArray | null;
  // The fractions, halves and deaths below are each read only where their characters stand (分之, 半, 死亡).
  ZH_PERCENT_WORDS.lastIndex = 0;
  while (folded.includes('百分之') && (m = ZH_PERCENT_WORDS.exec(folded))) {
    const value = parseChineseNumeral(m[1]!);
    if (value === undefined) continue;
    const decimals = chineseDecimals(m[1]!);
    add(m.index, m.index + m[0].length, { value, decimals, integer: decimals === 0, form: 'hanzi', percent: true });
  }
  ZH_PERMILLE_WORDS.lastIndex = 0;
  while (folded.includes('千分之') && (m = ZH_PERMILLE_WORDS.exec(folded))) {
    const value = parseChineseNumeral(m[1]!);
    if (value === undefined) continue;
    const decimals = chineseDecimals(m[1]!);
    add(m.index, m.index + m[0].length, { value, decimals, integer: decimals === 0, form: 'hanzi', unit: 'permille' });
  }
  if (folded.includes('成')) {
    ZH.TENTHS.lastIndex = 0;
    while ((m = ZH.TENTHS.exec(folded))) add(m.index, m.index + m[0].length, { value: parseChineseNumeral(m[1]!)! * 10, decimals: 0, integer: true, form: 'hanzi', percent: true });
  }
  ZH_FRACTION_WORDS.lastIndex = 0;
  while (folded.includes('分之') && (m = ZH_FRACTION_WORDS.exec(folded))) {
    const den = parseChineseNumeral(m[1]!);
    const num = parseChineseNumeral(m[2]!);
    if (den === undefined || num === undefined || den === 0) continue;
    add(m.index, m.index + m[0].length, { value: num / den, decimals: 0, integer: false, form: 'hanzi', parts: { num, den } });
  }
  ZH_HALF.lastIndex = 0;
  while (folded.includes('半') && (m = ZH_HALF.exec(folded))) {
    if (m[1]) add(m.index, m.index + m[0].length, { value: 0.5, decimals: 1, integer: false, form: 'hanzi', unit: ZH_HALF_UNIT[m[1]]! });
    else add(m.index, m.index + m[0].length, { value: 0.5, decimals: 0, integer: false, form: 'hanzi', parts: { num: 1, den: 2 } });
  }
  ZH_NONE.lastIndex = 0;
  while (folded.includes('死亡') && (m = ZH_NONE.exec(folded))) add(m.index, m.index + m[0].length, { value: 0, decimals: 0, integer: true, form: 'hanzi', unit: 'death' });
  ZH_NUMERAL.lastIndex = 0;
  while ((m = ZH_NUMERAL.exec(folded))) {
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const prev = folded[m.index - 1];
    // 第四届 is a rank; 第一 without a counter of ranks after it is not read. 一季度 is 第一季度.
    // One 第 and one counter rank each numeral of a list between them: 第五、六、七次 (fifth, sixth and seventh).
    // 初二, 高三年级: a grade by its stage, grade 8 and grade 12 (not the 三年级 of 高三年级).
    const stage = m[0].length === 1 ? ZH.SCHOOL_STAGE_BEFORE.exec(folded.slice(Math.max(0, m.index - 3), m.index)) : null;
    const year = stage ? parseChineseNumeral(m[0]) : undefined;
    if (stage && year !== undefined && year >= 1 && year <= 3 && (stage[1]!.length === 1 ? ZH.SCHOOL_GRADE_AFTER : ZH.ORDINAL_AFTER).test(after)) {
      add(m.index - stage[1]!.length, m.index + 1, { value: year + ZH.SCHOOL_STAGES[stage[1]!]!, decimals: 0, integer: true, form: 'hanzi', ordinal: true });
      continue;
    }
    const listed = prev === '第' || RANK_LIST_BEFORE.test(folded.slice(Math.max(0, m.index - 24), m.index));
    // 四至九年级: each grade of a range or list that names 年级 once is a grade.
    if (!listed && ZH.GRADES_SHARED_AFTER.test(after)) {
      const rank = parseChineseNumeral(m[0]);
      if (rank !== undefined) add(m.index, m.index + m[0].length, { value: rank, decimals: 0, integer: true, form: 'hanzi', ordinal: true });
      continue;
    }
    if (listed || ZH.ORDINAL_AFTER.test(after)) {
      const counterAt = listed ? after.replace(RANK_LIST_AFTER, '') : after;
      const rank = ZH_ORDINAL_COUNTER.test(counterAt) ? parseChineseNumeral(m[0]) : undefined;
      if (rank !== undefined) add(m.index, m.index + m[0].length, { value: rank, decimals: 0, integer: true, form: 'hanzi', ordinal: true });
      // 第二百六十六条: an article of a statute is numbered, as `Article 266` and `第266条` write it.
      else if (prev === '第' && ZH.ARTICLE_AFTER.test(after)) {
        const value = parseChineseNumeral(m[0]);
        if (value !== undefined) add(m.index, m.index + m[0].length, { value, decimals: 0, integer: true, form: 'hanzi' });
      }
      continue;
    }
    if (ZH.STUDY_PART_BEFORE.test(folded.slice(Math.max(0, m.index - 3), m.index)) && ZH.STUDY_PART_AFTER.test(after)) {
      const part = parseChineseNumeral(m[0]);
      if (part !== undefined) add(m.index, m.index + m[0].length, { value: part, decimals: 0, integer: true, form: 'hanzi' });
      continue;
    }
    // 十余例, 百余例, 两百多例: more than the number, before its counter.
    const more = /^[余多]/.test(after) && ZH_COUNTER.test(after.slice(1));
    if (!more && !ZH_COUNTER.test(after) && !(after.startsWith('型') && TYPES_DIVIDED.test(folded.slice(Math.max(0, m.index - 6), m.index)))) continue;
    // 之一 is "one of"; 一项, 一种, 一个, 一批, 一株 are the article "a", 一部分 "some". After 分 a count is a count:
    // `1分二例` (score 1 in two patients), `分三组`; 百分之二十 and 五分之一 were read whole before. A multiple
    // after 之 is one (`約為女性之兩倍`, twice that of women).
    if (prev === '之' && !/^\s*倍/.test(after)) continue;
    if (m[0] === '一' && /^(?:[项种个批株层片针节头尾处条枚块张台支瓶袋套座栋根颗]|部分)/.test(folded.slice(m.index + 1))) continue;
    // 四处 is everywhere.
    if (m[0] === '四' && after.startsWith('处')) continue;
    // 二次 is "re-", "second" or "quadratic" (二次手术, 二次开胸, 二次回路); two times is 两次.
    if (m[0] === '二' && after.startsWith('次')) continue;
    // 百年尺度, 千年尺度, 十年际: a scale of time (centennial, millennial, decadal), no number of years.
    if (ZH.TIME_SCALE_WORD.test(m[0] + after)) continue;
    const near = ZH.NEIGHBOURS.exec(m[0]);
    if (near) {
      const [low, high] = [parseChineseNumeral(near[1]!)!, parseChineseNumeral(near[2]!)!];
      const power = near[3] ? parseChineseNumeral(`一${near[3]}`)! : 1;
      if (high === low + 1) add(m.index, m.index + m[0].length, { value: low * power, high: high * power, decimals: 0, integer: true, form: 'hanzi' });
      continue;
    }
    const value = parseChineseNumeral(m[0]);
    if (value === undefined) continue;
    const decimals = chineseDecimals(m[0]);
    add(m.index, m.index + m[0].length + (more ? 1 : 0), { value, decimals, integer: decimals === 0, form: 'hanzi', ...(more ? { more: true } : {}) });
  }
}

/**
 * What stands before the far end of a range, `2.5-`, `2.5～`, `2.5 to `, or the last item of a list, `7.5 and `, `7.5, and `,
 * `7.5和`: a row of a PDF's table of emissions or yields writes a power of ten once for every item.
 */
const RANGE_FAR_END = /\d\s*(?:-|–|~|to|至|到|(?:,\s*)?(?:and|or)|和|及|或)\s*$/;
/** Between a bracketed range and the power of ten after it: `(2.5～5.0)×10⁹`. */
const BRACKET_TIMES = /^\s*[)）]\s*[x×*·⋅]\s*$/;
/** A bare power of ten as POWER writes it; `10-8` is a minus superscript a PDF flattened (`(12～86)×10-8`). */
const BARE_POWER = /^10(?:\s*\^|\s*[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]|\(|-?[1-9])/;

/**
 * A power of ten after a bracketed range scales both its ends: `(2.5～5.0)×10⁹/L` is 2.5×10⁹
 * to 5.0×10⁹, as `2.5-5.0 × 10^9/L` is. The range is read from its opening bracket to the power.
 */
function bracketedPower(folded: string, atoms: Atom[]): void {
  for (let i = 0; i + 2 < atoms.length; i++) {
    const [a, b, p] = [atoms[i]!, atoms[i + 1]!, atoms[i + 2]!];
    if (a.date || b.date || a.scale || b.scale || !BRACKET_TIMES.test(folded.slice(b.end, p.start))) continue;
    const open = /[(（]\s*$/.exec(folded.slice(Math.max(0, a.start - 3), a.start));
    if (!open || !SCALE_JOIN.test(folded.slice(a.end, b.start))) continue;
    const exp = -p.decimals;
    // `109` read as a number (`(2～3)×109`, no power) is not the power 10⁹ POWER reads.
    if (!BARE_POWER.test(folded.slice(p.start, p.end)) || p.value !== 10 ** exp) continue;
    for (const end of [a, b]) {
      end.value = powerOfTen(end.value, exp);
      end.decimals -= exp;
      end.integer = end.integer || end.decimals <= 0;
    }
    // The claim is the whole of `(2.5～5.0)×10⁹`, its brackets included.
    a.start -= open[0].length;
    b.end = p.end;
    atoms.splice(i + 2, 1);
  }
}

/** Between a number and itself restated as a bound: `3级或` (3级或3级以上), `60岁及` (60岁及60岁以上). */
const OR_ITSELF = /^\s*(?:([^\s\d，,。；;或及和]{1,3})\s*)?(?:或者?|及|和)\s*$/;

/**
 * `3级或3级以上`, `60岁及60岁以上`: "3 or higher", one number whose bound Chinese writes with
 * the number again. The second is dropped; the first takes the bound from the `以上` after it.
 */
function boundRestated(folded: string, atoms: Atom[]): void {
  for (let i = 0; i + 1 < atoms.length; i++) {
    const [a, b] = [atoms[i]!, atoms[i + 1]!];
    if (a.value !== b.value || a.date || b.date) continue;
    const gap = OR_ITSELF.exec(folded.slice(a.end, b.start));
    const unit = gap?.[1] ?? '';
    if (!gap || !folded.startsWith(unit, b.end) || !/^\s*以[上下]/.test(folded.slice(b.end + unit.length))) continue;
    atoms.splice(i + 1, 1);
  }
}

/**
 * Atoms in text order, equal starts as they came (as the stable Array.prototype.sort leaves
 * them). A sentence has a few atoms, and sort copied the array on every call: an insertion
 * sort moves them in place; a long run of them is sorted by sort.
 */
function sortByStart(atoms: Atom[]): void {
  if (atoms.length > 16) {
    atoms.sort((a, b) => a.start - b.start);
    return;
  }
  for (let i = 1; i < atoms.length; i++) {
    const atom = atoms[i]!;
    let j = i - 1;
    for (; j >= 0 && atoms[j]!.start > atom.start; j--) atoms[j + 1] = atoms[j]!;
    atoms[j + 1] = atom;
  }
}

/** The scale word that ends a run of number words: `five million`, not `one hundred and five`. */
const EN_SCALE_LAST = /\b(thousand|million|billion|trillion)$/i;

/** What joins the two ends of a range or a change: `3 to 5 million`, `99.4 to 88.5 billion`, `3~5万`, `从994下降至885亿`. */
const SCALE_JOIN = new RegExp(String.raw`^\s*(?:to|-|~|(?:(?:${ZH.CHANGE_VERBS})\s*)?(?:至|到)|and|or|和|及|或)\s*$`, 'i');
/** What joins the last two items of a list, not the ends of a range. */
const LIST_AND = /^\s*(?:,\s*)?(?:and|or|和|及|或)\s*$/i;

/** A comma between the items of a list, which a scale word at its end may reach across: `0.55, 0.65 and 0.73 billion`. */
const LIST_COMMA = /^\s?[,，、]\s?$/;

/** The times sign of a power of ten inside a number: `1.0×10⁹`, `5.2 x 10^9`. */
const TIMES_TEN = /[x×*]\s*10/;
/** A verb of change before or between the ends, which makes them a change rather than a range: `fell from`, `由…降至`. */
const CHANGE_NEAR = new RegExp(`${EN.CHANGE_VERB.source}|${ZH.CHANGE_VERBS}`, 'i');

/**
 * A scale word written once at the far end applies to both: `3 to 5 million` is 3–5 million,
 * `from 99.4 to 88.5 billion` is 99.4 → 88.5 billion. Not when the near end is of another
 * magnitude altogether (`from 500 to 2 million`). A near end far below the other is still of its
 * magnitude: reference ranges span more than tenfold (`5-86 × 10^6/L`, as `(5～86)×10^6/L` writes it).
 * Read from the end, so that it reaches back through a list whose last two items it joins (`0.55, 0.65
 * and 0.73 billion`), over commas only there.
 */
function shareScale(folded: string, atoms: Atom[]): void {
  const shared = new Set<Atom>();
  // Those that share a power of ten (`× 10⁴`), not a scale word.
  const powered = new Set<Atom>();
  for (let i = atoms.length - 2; i >= 0; i--) {
    const [a, b] = [atoms[i]!, atoms[i + 1]!];
    // Not onto a number with its own unit: `in the first year to 0.55 billion` is a year and an amount.
    if (!b.scale || a.scale || a.date || a.unit !== undefined || b.start - a.end > 12) continue;
    const join = folded.slice(a.end, b.start);
    // The last two items of a list of three or more (`21.6,86.3,112.4 and 74.5×104 t`, `21.6、86.3、112.4和74.5×104 t`)
    // are of one magnitude, in any order.
    const listed = LIST_AND.test(join) && i > 0 && LIST_COMMA.test(folded.slice(atoms[i - 1]!.end, a.start));
    if (!SCALE_JOIN.test(join) && !listed && !(shared.has(b) && LIST_COMMA.test(join))) continue;
    // A near end with a power of its own keeps it: `from 2.1×10-4 to 8.7×10-4`.
    if (TIMES_TEN.test(folded.slice(a.start, a.end))) continue;
    const scaled = a.value * 10 ** b.scale;
    const ratio = Math.abs(scaled / b.value);
    const timesTen = TIMES_TEN.test(folded.slice(b.start, b.end));
    const power = timesTen || powered.has(b);
    // The items of a list share a power of ten written once after the last (`6.0, 7.5 and 9.0×10⁴`, `6.0、7.5和9.0×10⁴`)
    // only when written alike, to the mantissa's decimals: `0.05 and 1.2×10⁻³` are two numbers.
    if (power && (LIST_AND.test(join) || LIST_COMMA.test(join)) && a.decimals !== b.decimals + b.scale) continue;
    if (timesTen) {
      // A power of ten scales a mantissa: a near end at most the far one's mantissa shares it however wide the
      // range (`0.05-400.00×10^9/L`, an analyser's linear range, as `(0.05～400.00)×10⁹/L` writes it); one above it
      // shares it only in a change (`fell from 5.2 to 1.3×10^9/L`), else it is a range from a plain number
      // (`10～1.0×10⁹ IU/mL`, from 10 to 10⁹: scaled, it ran backwards).
      const mantissa = b.value / 10 ** b.scale;
      if (a.value > mantissa && !listed && !(CHANGE_NEAR.test(join) || CHANGE_NEAR.test(folded.slice(Math.max(0, a.start - 40), a.start)))) continue;
      if (a.value > mantissa && !(ratio >= 0.01 && ratio <= 10)) continue;
    } else if (!(ratio >= 0.01 && ratio <= 10)) continue;
    a.value = scaled;
    a.decimals -= b.scale;
    a.integer = a.integer || a.decimals <= 0;
    a.scale = b.scale;
    shared.add(a);
    if (power) powered.add(a);
  }
}
