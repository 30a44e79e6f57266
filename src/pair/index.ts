import { anchorKeys, claimKeys, latinTokens } from '../anchors.js';
import type { Anchor, Claim, Passage, PassageInfo } from '../types.js';
import { MIN_PAIR_SCORE, type Evidence, type Pairing } from './evidence.js';
import { pairByPosition } from './position.js';

export type { PassageInfo } from '../types.js';
export { MIN_PAIR_SCORE, type Evidence, type Pairing };


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

function lengthFactor(en: Passage, zh: Passage): number {
  const ratio = zh.length / Math.max(1, en.length);
  const d = Math.log(ratio / EXPECTED_RATIO) / RATIO_SPREAD;
  return Math.exp(-(d * d) / 2);
}

function numericKeys(info: PassageInfo): Set<string> {
  return new Set([...info.claims.flatMap(claimKeys), ...anchorKeys(info.anchors)]);
}

class PassageKeys {
  readonly numbers: Set<string>;
  private words?: Set<string>;

  constructor(private readonly info: PassageInfo) {
    this.numbers = numericKeys(info);
  }

  /**
   * The Latin words, split out when first asked for: an English passage's words are
   * read only for the Latin words of a Chinese one, and many a Chinese passage has none.
   */
  get latin(): Set<string> {
    return (this.words ??= new Set(latinTokens(this.info.passage.text)));
  }
}

function passageKeys(info: PassageInfo): PassageKeys {
  return new PassageKeys(info);
}


function weigh(en: PassageInfo, zh: PassageInfo, ek: PassageKeys, zk: PassageKeys): Evidence {
  let sharedNumbers = 0;
  for (const k of ek.numbers) if (zk.numbers.has(k)) sharedNumbers++;
  const numbers = sharedNumbers ? (2 * sharedNumbers) / (ek.numbers.size + zk.numbers.size) : 0;
  let covered = 0;
  if (zk.latin.size > 0) {
    const english = ek.latin;
    for (const t of zk.latin) if (english.has(t)) covered++;
  }
  const latin = zk.latin.size ? covered / zk.latin.size : 0;
  const evidence = numbers > 0 && latin > 0 ? 0.6 * numbers + 0.4 * latin : numbers > 0 ? 0.8 * numbers : 0.6 * latin;
  return {
    score: evidence * lengthFactor(en.passage, zh.passage),
    shared: sharedNumbers + covered,
    unsharedNumbers: ek.numbers.size + zk.numbers.size - 2 * sharedNumbers,
    chineseLatin: zk.latin.size,
    coveredLatin: covered,
  };
}

/**
 * How likely two passages translate each other: shared numbers and identifiers,
 * the share of the Chinese acronyms found in the English, and the length ratio.
 */
export function pairScore(en: PassageInfo, zh: PassageInfo): number {
  return weigh(en, zh, passageKeys(en), passageKeys(zh)).score;
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
function nearby(e: PassageInfo, zh: PassageInfo[]): PassageInfo[] {
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
 * One-to-one pairs: first by shared anchors, best first, wherever the passages sit in
 * the file; then the passages left over by where they sit (`pairByPosition`), so that
 * an abstract with no shared number, or whose one shared number was changed, still
 * has its translation, and a few shared small numbers do not pair an abstract with
 * the wrong one of several.
 */
export function pairPassages(infos: PassageInfo[]): Pairing[] {
  const ordered = [...infos].sort((a, b) => a.passage.offset - b.passage.offset);
  const en = ordered.filter((i) => i.passage.lang === 'en');
  const zh = ordered.filter((i) => i.passage.lang === 'zh');
  const several = en.length > 1 && zh.length > 1;
  const keys = new Map(infos.map((i) => [i.passage.id, passageKeys(i)]));
  const candidates: Pairing[] = [];
  for (const e of en) {
    for (const z of nearby(e, zh)) {
      const { score, shared } = weigh(e, z, keys.get(e.passage.id)!, keys.get(z.passage.id)!);
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
  const keysOf = (i: PassageInfo) => keys.get(i.passage.id)!;
  pairs.push(...pairByPosition(ordered, used, (e, z) => weigh(e, z, keysOf(e), keysOf(z))));
  return pairs.sort((a, b) => a.en.localeCompare(b.en, 'en', { numeric: true }));
}
