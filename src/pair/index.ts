import { anchorKeys, claimKeys, countShared, latinTokens, latinTokenSet, latinTokensIn, type Shared } from '../anchors.js';
import type { AbstractSection } from '../lang/en.js';
import type { Passage, PassageInfo } from '../types.js';
import { MIN_PAIR_SCORE, type Evidence, type Pairing, type PairingPassage, type PassageKeys } from './evidence.js';
import { abstractSections } from './headings.js';
import { pairByPosition } from './position.js';

export type { PassageInfo } from '../types.js';
export { MIN_PAIR_SCORE, type Evidence, type Pairing, type PairingPassage };


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

function weigh(en: Weighed, zh: Weighed): Evidence {
  const [ek, zk] = [en.keys, zh.keys];
  const shared: Shared = { all: 0, marked: 0 };
  const sharedNumbers = countShared(ek.numbers, zk.numbers, shared).all;
  const numbers = sharedNumbers ? (2 * sharedNumbers) / (ek.numbers.length + zk.numbers.length) : 0;
  const covered = countShared(ek.latin, zk.latin, shared).all;
  const latin = zk.latin.length ? covered / zk.latin.length : 0;
  const evidence = numbers > 0 && latin > 0 ? 0.6 * numbers + 0.4 * latin : numbers > 0 ? 0.8 * numbers : 0.6 * latin;
  return {
    score: evidence * lengthFactor(en.passage, zh.passage),
    shared: sharedNumbers + covered,
    unsharedNumbers: ek.numbers.length + zk.numbers.length - 2 * sharedNumbers,
    chineseLatin: zk.latin.length,
    coveredLatin: covered,
  };
}

/**
 * How likely two passages translate each other: shared numbers and identifiers,
 * the share of the Chinese acronyms found in the English, and the length ratio.
 */
export function pairScore(en: PassageInfo, zh: PassageInfo): number {
  const numbers = new KeyNumbers();
  const zhLatin = latinTokenSet(zh.passage.text);
  // Weighing reads the English words only through those the Chinese shares, so the others
  // (most of an abstract) are not numbered.
  const enKeys = { numbers: numberKeys(en, numbers), latin: numbers.of(zhLatin.size > 0 ? latinTokensIn(en.passage.text, zhLatin) : []) };
  const zhKeys = { numbers: numberKeys(zh, numbers), latin: numbers.of([...zhLatin]) };
  return weigh({ passage: en.passage, keys: enKeys }, { passage: zh.passage, keys: zhKeys }).score;
}

/**
 * Anchors two passages must share to pair by them alone in a file holding several
 * passages in each language. Fewer, such as the list markers `(1)`, `(2)` or the small
 * counts that many abstracts of a journal page have, do not tell one abstract from the
 * next: such passages pair only with a neighbour, where the layout has one reading
 * (`pairByPosition`).
 */
const MIN_SHARED_APART = 3;

/**
 * A file with more passages than this on each side is not a few abstracts but a
 * long document: each English passage is then compared only with the Chinese
 * passages nearest to it, which keeps pairing linear instead of quadratic.
 */
export const PAIR_WINDOW = 32;

/** The Chinese passages to weigh against one English passage, all of them for an ordinary file. */
function nearby(e: PairingPassage, zh: PairingPassage[]): PairingPassage[] {
  if (zh.length <= 2 * PAIR_WINDOW) return zh;
  let lo = 0;
  let hi = zh.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (zh[mid]!.passage.offset < e.passage.offset) lo = mid + 1;
    else hi = mid;
  }
  return zh.slice(Math.max(0, lo - PAIR_WINDOW), lo + PAIR_WINDOW);
}

/**
 * Passage ids in their order (`p2` before `p10`). One collator: `localeCompare` with a
 * locale builds one at every call, outside the JavaScript heap, which in a long document
 * cost a second of CPU and tens of MB of memory the process kept. Made when first
 * needed: it loads collation data (about 3 MB) that explicit pairs never use.
 */
let byId: Intl.Collator | undefined;

/**
 * One-to-one pairs: first by shared anchors, best first, wherever the passages sit in
 * the file; then the passages left over by where they sit (`pairByPosition`), so that
 * an abstract with no shared number, or whose one shared number was changed, still
 * has its translation, and a few shared small numbers do not pair an abstract with
 * the wrong one of several.
 */
export function pairPassages(infos: readonly PassageInfo[]): Pairing[] {
  const numbers = new KeyNumbers();
  const summaries = infos.map((i) => pairingPassage(i, numbers));
  const ordered = [...summaries].sort((a, b) => a.passage.offset - b.passage.offset);
  const en = ordered.filter((i) => i.passage.lang === 'en');
  const zh = ordered.filter((i) => i.passage.lang === 'zh');
  const several = en.length > 1 && zh.length > 1;
  const candidates: Pairing[] = [];
  for (const e of en) {
    for (const z of nearby(e, zh)) {
      const { score, shared } = weigh(e, z);
      if (score < MIN_PAIR_SCORE) continue;
      if (several && shared < MIN_SHARED_APART) continue;
      candidates.push({ en: e.passage.id, zh: z.passage.id, score: Math.round(score * 1000) / 1000 });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const used = new Set<string>();
  const pairs: Pairing[] = [];
  for (const c of candidates) {
    if (used.has(c.en) || used.has(c.zh)) continue;
    used.add(c.en);
    used.add(c.zh);
    pairs.push(c);
  }
  pairs.push(...pairByPosition(ordered, used, weigh));
  byId ??= new Intl.Collator('en', { numeric: true });
  return pairs.sort((a, b) => byId!.compare(a.en, b.en));
}
