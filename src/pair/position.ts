import type { AbstractSection } from '../lang/en.js';
import { hanCount } from '../segment/language.js';
import type { Passage } from '../types.js';
import { MIN_PAIR_SCORE, roundScore, type Evidence, type Pairing, type PairingPassage } from './evidence.js';

/**
 * English letters and digits that one Chinese character stands for. Calibrated on the
 * 139 pairs of the development corpora (NEJM, Medline, ChinaXiv): with it, the length of
 * the Chinese (Han characters × 3.4, plus its own letters and digits) over the letters
 * and digits of the English has a geometric mean of 1.00 and a log standard deviation of
 * 0.156 (range 0.66–1.8). Letters rather than words, because PDF-extracted English often
 * loses its spaces.
 */
const LETTERS_PER_HAN = 3.4;
const RATIO_LOG_SD = 0.156;
/** How far from the typical ratio a pair may be, in standard deviations, on position alone. */
const MAX_DEVIATION = 3;
/** Further when both passages are structured abstracts with mostly the same headings. */
const MAX_DEVIATION_WITH_HEADINGS = 4.5;
const SAME_HEADINGS = 0.5;
/**
 * Numbers that argue against a pair: more than this many stated in one passage and not
 * the other. A translation with one changed value leaves two (the value in each version).
 */
const MAX_UNSHARED_NUMBERS = 2;
/** Latin tokens of the Chinese (acronyms, names) that argue against a pair when the English has none of them. */
const FOREIGN_LATIN = 2;

const LATIN_OR_DIGIT = /[A-Za-z0-9]+/g;

/** ASCII letters and digits, counted a run at a time. */
function lettersAndDigits(text: string): number {
  LATIN_OR_DIGIT.lastIndex = 0;
  let n = 0;
  for (let m = LATIN_OR_DIGIT.exec(text); m; m = LATIN_OR_DIGIT.exec(text)) n += m[0].length;
  return n;
}

/** The Chinese's length over the English's, in English letters and digits; about 1 for a translation. */
export function lengthRatio(en: Pick<Passage, 'text'>, zh: Pick<Passage, 'text'>): number {
  const zhLength = hanCount(zh.text) * LETTERS_PER_HAN + lettersAndDigits(zh.text);
  return (zhLength + 1) / (lettersAndDigits(en.text) + 1);
}

/** How far a pair's length ratio is from the typical one, in standard deviations. */
export function lengthDeviation(en: Pick<Passage, 'text'>, zh: Pick<Passage, 'text'>): number {
  return Math.abs(Math.log(lengthRatio(en, zh))) / RATIO_LOG_SD;
}

/**
 * Whether two structured abstracts open the same sections (`目的/方法/结果/结论` ↔
 * `Objective/Methods/Results/Conclusions`): the Dice share of their sections, or
 * undefined when either passage has fewer than two headings.
 */
export function headingAgreement(en: ReadonlySet<AbstractSection>, zh: ReadonlySet<AbstractSection>): number | undefined {
  if (en.size < 2 || zh.size < 2) return undefined;
  let shared = 0;
  for (const s of en) if (zh.has(s)) shared++;
  return (2 * shared) / (en.size + zh.size);
}

/**
 * Whether the anchors argue against two passages translating each other: several
 * numbers in one and not in the other, or acronyms of the Chinese that the English
 * never writes.
 */
function anchorsDisagree(e: Evidence): boolean {
  return e.unsharedNumbers > MAX_UNSHARED_NUMBERS || (e.chineseLatin >= FOREIGN_LATIN && e.coveredLatin === 0);
}

/** The score of a pair by position, or undefined when the two passages cannot translate each other. */
function positionalScore(en: PairingPassage, zh: PairingPassage, anchors: Evidence): number | undefined {
  if (anchorsDisagree(anchors)) return undefined;
  // Headings only ever speak for a pair: a heading missed by the reader (`方法用…`, glued PDF text) must not speak against one.
  const agreement = headingAgreement(en.sections, zh.sections) ?? 0;
  const deviation = lengthDeviation(en.passage, zh.passage);
  if (deviation > (agreement >= SAME_HEADINGS ? MAX_DEVIATION_WITH_HEADINGS : MAX_DEVIATION)) return undefined;
  return MIN_PAIR_SCORE + 0.3 * Math.exp(-(deviation * deviation) / 2) + 0.2 * agreement;
}

/** The score of two neighbours as a candidate pair: the better of their anchors' and their position's. */
export function linkScore(en: PairingPassage, zh: PairingPassage, weigh: (en: PairingPassage, zh: PairingPassage) => Evidence): number | undefined {
  const anchors = weigh(en, zh);
  const position = positionalScore(en, zh, anchors);
  if (anchors.score < MIN_PAIR_SCORE) return position;
  return Math.max(anchors.score, position ?? 0);
}

/**
 * The pair of the one structured abstract left in each language (`摘要：目的…方法…` and
 * `Abstract: Objective… Methods…`), when they open mostly the same sections: a pair
 * wherever they sit, as when each version has its title, authors and affiliations
 * between them. With several structured abstracts in a language, the headings do not
 * tell them apart, and neighbours decide.
 */
export function pairStructured(e: PairingPassage, z: PairingPassage, weigh: (en: PairingPassage, zh: PairingPassage) => Evidence): Pairing | undefined {
  if ((headingAgreement(e.sections, z.sections) ?? 0) < SAME_HEADINGS) return undefined;
  const score = positionalScore(e, z, weigh(e, z));
  return score === undefined ? undefined : { en: e.passage.id, zh: z.passage.id, score: roundScore(score) };
}
