import { anchorKeys, claimKeys, countShared, latinTokens, latinTokenSet, latinTokensIn, type Shared } from '../anchors.js';
import type { AbstractSection } from '../lang/en.js';
import type { Passage, PassageInfo } from '../types.js';
import { MIN_PAIR_SCORE, type Evidence, type KeyCounts, type Pairing, type PairingPassage, type PassageKeys } from './evidence.js';
import { abstractSections } from './headings.js';
import { PairStream } from './stream.js';

export type { PassageInfo } from '../types.js';
export { MIN_PAIR_SCORE, type Evidence, type KeyCounts, type Pairing, type PairingPassage };
export { PAIR_WINDOW, PairStream, type Settled } from './stream.js';


/**
 * Characters of the Chinese per character of the English in published abstract pairs:
 * geometric mean 0.32 over the 139 pairs of the development corpora (NEJM, Medline,
 * ChinaXiv; 5th–95th percentile 0.24–0.45). The spread is wide on purpose: here the
 * length only weighs passages that already share anchors. Whole characters rather than
 * the letters and Han characters of `lengthRatio` (src/pair/position.ts), which decides
 * pairs on length alone: a run of numbers with hardly a word around them still pairs
 * by its anchors.
 */
const EXPECTED_RATIO = 0.32;
const RATIO_SPREAD = 0.8;

function lengthFactor(en: Pick<Passage, 'length'>, zh: Pick<Passage, 'length'>): number {
  const ratio = zh.length / Math.max(1, en.length);
  const d = Math.log(ratio / EXPECTED_RATIO) / RATIO_SPREAD;
  return Math.exp(-(d * d) / 2);
}

/**
 * A number for every key string of one run of pairing: a passage's keys are kept as its
 * distinct numbers in ascending order, a few bytes each where a set of strings took
 * about a hundred, and two passages' shared keys are counted by one merge.
 */
export class KeyNumbers {
  private readonly ids = new Map<string, number>();

  of(keys: readonly string[]): Int32Array {
    const numbers = new Int32Array(keys.length);
    keys.forEach((k, i) => {
      let id = this.ids.get(k);
      if (id === undefined) this.ids.set(k, (id = this.ids.size));
      numbers[i] = id;
    });
    numbers.sort();
    let n = 0;
    for (let i = 0; i < numbers.length; i++) if (i === 0 || numbers[i] !== numbers[i - 1]) numbers[n++] = numbers[i]!;
    return numbers.slice(0, n);
  }
}

function numberKeys(info: PassageInfo, numbers: KeyNumbers): Int32Array {
  return numbers.of([...info.claims.flatMap(claimKeys), ...anchorKeys(info.anchors)]);
}

function passageKeys(info: PassageInfo, numbers: KeyNumbers): PassageKeys {
  return { numbers: numberKeys(info, numbers), latin: numbers.of(latinTokens(info.passage.text)) };
}

const NO_SECTIONS: ReadonlySet<AbstractSection> = new Set();

/**
 * What pairing reads of a passage: its place, language, length, sections and keys, never
 * its claims or sentences. Pairs are decided on these alone.
 */
export function pairingPassage(info: PassageInfo, numbers: KeyNumbers): PairingPassage {
  const { id, lang, offset, length, text } = info.passage;
  const sections = abstractSections(info.passage);
  return { passage: { id, lang, offset, length, text }, keys: passageKeys(info, numbers), sections: sections.size > 0 ? sections : NO_SECTIONS };
}

/** What weighing two passages reads of each: their keys and length. */
type Weighed = Pick<PairingPassage, 'passage' | 'keys'>;

export function weigh(en: Weighed, zh: Weighed): Evidence {
  const [ek, zk] = [en.keys, zh.keys];
  const shared: Shared = { all: 0, marked: 0 };
  const sharedNumbers = countShared(ek.numbers, zk.numbers, shared).all;
  const coveredLatin = countShared(ek.latin, zk.latin, shared).all;
  const counts = { enNumbers: ek.numbers.length, zhNumbers: zk.numbers.length, sharedNumbers, chineseLatin: zk.latin.length, coveredLatin };
  return evidenceOf(counts, en.passage, zh.passage);
}

/** What two passages' counted keys and lengths say of them as a pair. */
function evidenceOf(counts: KeyCounts, en: Pick<Passage, 'length'>, zh: Pick<Passage, 'length'>): Evidence {
  const { sharedNumbers, chineseLatin, coveredLatin: covered } = counts;
  const numbers = sharedNumbers ? (2 * sharedNumbers) / (counts.enNumbers + counts.zhNumbers) : 0;
  const latin = chineseLatin ? covered / chineseLatin : 0;
  const evidence = numbers > 0 && latin > 0 ? 0.6 * numbers + 0.4 * latin : numbers > 0 ? 0.8 * numbers : 0.6 * latin;
  return {
    score: evidence * lengthFactor(en, zh),
    shared: sharedNumbers + covered,
    unsharedNumbers: counts.enNumbers + counts.zhNumbers - 2 * sharedNumbers,
    chineseLatin,
    coveredLatin: covered,
  };
}

/**
 * How likely two passages translate each other: shared numbers and identifiers,
 * the share of the Chinese acronyms found in the English, and the length ratio.
 * `counts` when the caller has them already (`pairKeyCounts`, src/align/sentences.ts).
 */
export function pairScore(en: PassageInfo, zh: PassageInfo, counts: KeyCounts = keyCounts(en, zh)): number {
  return evidenceOf(counts, en.passage, zh.passage).score;
}

function keyCounts(en: PassageInfo, zh: PassageInfo): KeyCounts {
  const numbers = new KeyNumbers();
  const zhLatin = latinTokenSet(zh.passage.text);
  // Weighing reads the English words only through those the Chinese shares, so the others
  // (most of an abstract) are not numbered.
  const enKeys = { numbers: numberKeys(en, numbers), latin: numbers.of(zhLatin.size > 0 ? latinTokensIn(en.passage.text, zhLatin) : []) };
  const zhKeys = { numbers: numberKeys(zh, numbers), latin: numbers.of([...zhLatin]) };
  const shared: Shared = { all: 0, marked: 0 };
  return {
    enNumbers: enKeys.numbers.length,
    zhNumbers: zhKeys.numbers.length,
    sharedNumbers: countShared(enKeys.numbers, zhKeys.numbers, shared).all,
    chineseLatin: zhKeys.latin.length,
    coveredLatin: countShared(enKeys.latin, zhKeys.latin, shared).all,
  };
}

/**
 * Passage ids in their order (`p2` before `p10`): segmentation numbers them `p1`, `p2`, …
 * Compared by that number, not by a numeric `Intl.Collator`: making one loads collation
 * data (about 3 MB), 10–20 ms of every run's start-up.
 */
export function comparePassageIds(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

/** The pairs of a file's passages (`PairStream`), in the order of their English passages. */
export function pairPassages(infos: readonly PassageInfo[]): Pairing[] {
  const numbers = new KeyNumbers();
  const stream = new PairStream(weigh);
  for (const info of [...infos].sort((a, b) => a.passage.offset - b.passage.offset)) stream.add(pairingPassage(info, numbers));
  const pairs = stream.finish().flatMap((s) => ('pair' in s ? [s.pair] : []));
  return pairs.sort((a, b) => comparePassageIds(a.en, b.en));
}
