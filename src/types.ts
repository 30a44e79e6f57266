/** The plain data that flows between the pipeline stages. */
import type { SourceDocument } from './document.js';

export type Lang = 'en' | 'zh';
export type BlockLang = Lang | 'und' | 'other';
export type Severity = 'error' | 'warning' | 'info';

export interface Span {
  offset: number;
  length: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

export interface Passage extends Span {
  id: string;
  lang: Lang;
  text: string;
  sentences: Sentence[];
}

export type ClaimKind =
  | 'number' | 'percent' | 'fraction' | 'range' | 'pvalue' | 'ratio'
  // A rank, not an amount: `4th`, `fourth`, `第四届`; compared with ranks only (unit `ordinal`).
  | 'ordinal'
  // A calendar date: its year, month and day are one claim (`2015年4月`, `April 2015`).
  | 'date'
  // Statistics read by src/extract/statistics.ts; kept apart from the claims that are aligned across languages.
  | 'interval' | 'estimate' | 'mean' | 'median' | 'statistic' | 'breakdown';
export type Comparator = '<' | '<=' | '=' | '>' | '>=';
/**
 * The parts of a calendar date that the text states: `April 2015` has a year and a month,
 * `mid-May` a month only, `1980s` a decade. `01/07/2019` may be read day first or month
 * first: `swappable` says its month and day may change places.
 */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  decade?: boolean;
  swappable?: boolean;
}

/** How the number was written: digits, English words or Chinese numerals. */
export type NumberForm = 'digits' | 'words' | 'hanzi';

export interface Claim extends Span {
  id: string;
  kind: ClaimKind;
  lang: Lang;
  text: string;
  /** The main value: the amount, the percentage, the fraction's quotient, the p-value, a range's low end. */
  value: number;
  /** Decimals written in the source (trailing zeros count): `47.10%` has 2. */
  decimals: number;
  form: NumberForm;
  num?: number;
  den?: number;
  low?: number;
  high?: number;
  comparator?: Comparator;
  /** The words leave open whether the bound is strict: `60岁以上` is ≥60 by the standard, and "over 60" as often in translation. */
  looseBound?: boolean;
  /** A number after 第 (`第2剂`, `第3天`): the second dose, the third day, as an ordinal in words says it. */
  rank?: boolean;
  /** A multiple that says by how much a value grew (`增加了1倍`, ZH.INCREASE_BY_BEFORE): it stands for itself or one more. */
  increaseBy?: boolean;
  /** The length of a course given once each period, in that period (`once a week for 4 weeks`, `每周1次，连续4周`): it counts the doses too. */
  onceEach?: boolean;
  /** The period a count of times is given in (`每日2次`, `twice a day`, `3次/周`, `3 sessions per week`): `day`, `week` or `month`. */
  per?: string;
  /** A count given once at each of the times listed before 各 (`第1、2天各行血液透析1次`): their number, so it totals that many times more. */
  eachOf?: number;
  /** A range's high end was stated in whole years and is read in months (`6月龄~5岁`): it stands for that year's 12 months. */
  highYears?: boolean;
  /** Normalized unit or counted subject shared by both languages: `month`, `patient`, `celsius`, `CR`. */
  unit?: string;
  approx?: boolean;
  /** Id of a claim written right beside this one, such as the percentage in `47.1% (8/17)`. */
  beside?: string;
  passage: string;
  sentence: number;
  /** What a statistic measures: `HR`, `OR`, `RR`, `t`, `F`, `chi2`, `r`, `z`; a breakdown part's category (`CR`, `death`). */
  measure?: string;
  /** Confidence level of an interval, in percent. */
  level?: number;
  /** Degrees of freedom of a test statistic. */
  df?: number[];
  /** Sample size written with a statistic (`χ2(1, N = 90)`) or a mean (`n = 28`). */
  n?: number;
  /** A count that is the sample size in a test's notation (`χ2(1, N = 90)`): the cohort counted again, which a translation may leave to the sentence that counts it. */
  testSize?: boolean;
  /** Standard deviation of a mean ± SD, and its decimals. */
  sd?: number;
  sdDecimals?: number;
  /** One-tailed test stated in the text. */
  tails?: 1 | 2;
  /** Id of the p-value written with an estimate's interval or a test statistic. */
  pvalue?: string;
  /** The parts of a date; its value is year·10000 + month·100 + day, 0 for a part not stated. */
  date?: DateParts;
  /** The parts of a breakdown such as `(no death, 2SD, 3PR, 5CR)`. */
  parts?: Claim[];
}

/** Identifiers both versions of an abstract must state identically. */
export type AnchorKind = 'registration' | 'doi' | 'grant' | 'software' | 'standard' | 'ratio' | 'snp' | 'ihc' | 'code';

/** A token that names something (IL-17, NCT03765957, phase 1/2a): never an amount, but a good anchor. */
export interface Anchor extends Span {
  text: string;
  key: string;
  sentence: number;
  /** For identifiers that must agree across versions: what they are. */
  kind?: AnchorKind;
  /**
   * What the identifier identifies within its kind: the registry (`NCT`), the tool (`stata`), the standard (`GB5009.3`),
   * the coding system of a clinical code (`gleason`, `tnm`, `acupoint:ST`).
   */
  scope?: string;
}

export interface Fix {
  offset: number;
  length: number;
  replacement: string;
}

export interface RelatedInfo extends Span {
  lang: Lang;
  text: string;
  message: string;
}

export interface Diagnostic extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  lang: Lang;
  text: string;
  actual?: string;
  expected?: string;
  related: RelatedInfo[];
  fix?: Fix;
}

/** What extraction read from one passage. */
export interface PassageInfo {
  passage: Passage;
  claims: Claim[];
  anchors: Anchor[];
  /** Intervals, estimates, test statistics and category breakdowns (src/extract/statistics.ts). */
  stats?: Claim[];
}

/** Sentences of the two versions that say the same thing, by index. */
export interface Bead {
  en: number[];
  zh: number[];
}

export interface ClaimLink {
  en: Claim;
  zh: Claim;
}

export interface DroppedClaim {
  claim: Claim;
  /** The value stands in another sentence of the other version. */
  elsewhere: boolean;
}

export interface PairAlignment {
  en: PassageInfo;
  zh: PassageInfo;
  score: number;
  beads: Bead[];
  /** Claims that state the same value in both versions. */
  links: ClaimLink[];
  /** Claims that take the same place in both versions but state different values. */
  conflicts: ClaimLink[];
  /** Claims with no counterpart at all. */
  unmatched: Claim[];
  /**
   * Claims stated more often in their sentence than in the aligned sentence of the other
   * version, which states the same value fewer times: `P<0.05` four times against three.
   */
  surplus: Claim[];
  /**
   * Claims whose confidently aligned sentence in the other version states no counterpart,
   * although the value may stand elsewhere there (`elsewhere`): a number dropped from one
   * sentence whose value another sentence repeats, or a count in words (`两组`, `two groups`).
   */
  dropped: DroppedClaim[];
  /**
   * Beads too long to compare pairwise (more than MAX_BEAD_CLAIMS numbers a side: a table, a
   * number dump), whose values were matched by exact value only; absent where there is none.
   */
  exactOnly?: Bead[];
}

/** Everything the pipeline read from one text, before rules run. */
export interface Analysis {
  document: SourceDocument;
  passages: PassageInfo[];
  pairs: PairAlignment[];
}
