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
