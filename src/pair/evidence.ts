import type { AbstractSection } from '../lang/en.js';
import type { Passage } from '../types.js';

/** Two passages paired as the English and Chinese versions of one text, by id, with how sure the pairing is. */
export interface Pairing {
  en: string;
  zh: string;
  score: number;
}

/** The lowest score that pairs two passages. */
export const MIN_PAIR_SCORE = 0.2;

/** What the anchors of two passages say of them as a pair. */
export interface Evidence {
  score: number;
  /** Anchors found in both: shared numbers and identifiers, and Chinese acronyms found in the English. */
  shared: number;
  /** Numbers and identifiers stated in one passage and not in the other. */
  unsharedNumbers: number;
  /** Latin tokens of the Chinese (acronyms, gene and drug names), and how many of them the English has. */
  chineseLatin: number;
  coveredLatin: number;
}

/**
 * The numbers and identifiers a passage states, and the Latin tokens (acronyms, names) of
 * its text: each distinct key once, by its number (`KeyNumbers`, src/pair/index.ts), ascending.
 */
export interface PassageKeys {
  numbers: Int32Array;
  latin: Int32Array;
}

/** What weighing two passages counts of their keys (see `PassageKeys`). */
export interface KeyCounts {
  /** Distinct numbers and identifiers of each passage, and how many of them both state. */
  enNumbers: number;
  zhNumbers: number;
  sharedNumbers: number;
  /** Distinct Latin tokens of the Chinese, and how many of them the English has. */
  chineseLatin: number;
  coveredLatin: number;
}

/** What pairing reads of a passage (`pairingPassage`, src/pair/index.ts): never its claims or sentences. */
export interface PairingPassage {
  passage: Pick<Passage, 'id' | 'lang' | 'offset' | 'length' | 'text'>;
  keys: PassageKeys;
  /** The sections its headings open, when it is a structured abstract (src/pair/headings.ts). */
  sections: ReadonlySet<AbstractSection>;
}

/** A pairing's score as the report gives it: three decimals. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
