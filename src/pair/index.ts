import { anchorKeys, claimKeys, latinTokens } from '../anchors.js';
import type { Anchor, Claim, Passage } from '../types.js';
import { pairByPosition } from './position.js';

export interface PassageInfo {
  passage: Passage;
  claims: Claim[];
  anchors: Anchor[];
  /** Intervals, estimates, test statistics and category breakdowns (src/extract/statistics.ts). */
  stats?: Claim[];
}

export interface Pairing {
  en: string;
  zh: string;
  score: number;
}

/**
 * Characters of the Chinese per character of the English in published abstract pairs:
 * geometric mean 0.32 over the 139 pairs of the development corpora (NEJM, Medline,
 * ChinaXiv; 5th–95th percentile 0.24–0.45). The spread is wide on purpose: here the
 * length only weighs passages that already share anchors.
 */
const EXPECTED_RATIO = 0.32;
const RATIO_SPREAD = 0.8;
export const MIN_PAIR_SCORE = 0.2;

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function lengthFactor(en: Passage, zh: Passage): number {
  const ratio = zh.length / Math.max(1, en.length);
  const d = Math.log(ratio / EXPECTED_RATIO) / RATIO_SPREAD;
  return Math.exp(-(d * d) / 2);
}

function numericKeys(info: PassageInfo): Set<string> {
  return new Set([...info.claims.flatMap(claimKeys), ...anchorKeys(info.anchors)]);
}

interface PassageKeys {
  numbers: Set<string>;
  latin: Set<string>;
}

function passageKeys(info: PassageInfo): PassageKeys {
  return { numbers: numericKeys(info), latin: new Set(latinTokens(info.passage.text)) };
}

function score(en: PassageInfo, zh: PassageInfo, ek: PassageKeys, zk: PassageKeys): number {
  const numbers = dice(ek.numbers, zk.numbers);
  let covered = 0;
  for (const t of zk.latin) if (ek.latin.has(t)) covered++;
  const latin = zk.latin.size ? covered / zk.latin.size : 0;
  const evidence = numbers > 0 && latin > 0 ? 0.6 * numbers + 0.4 * latin : numbers > 0 ? 0.8 * numbers : 0.6 * latin;
  return evidence * lengthFactor(en.passage, zh.passage);
}

/**
 * How likely two passages translate each other: shared numbers and identifiers,
 * the share of the Chinese acronyms found in the English, and the length ratio.
 */
export function pairScore(en: PassageInfo, zh: PassageInfo): number {
  return score(en, zh, passageKeys(en), passageKeys(zh));
}

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
 * has its translation.
 */
export function pairPassages(infos: PassageInfo[]): Pairing[] {
  const en = infos.filter((i) => i.passage.lang === 'en');
  const zh = infos.filter((i) => i.passage.lang === 'zh').sort((a, b) => a.passage.offset - b.passage.offset);
  const keys = new Map(infos.map((i) => [i.passage.id, passageKeys(i)]));
  const candidates: Pairing[] = [];
  for (const e of en) {
    for (const z of nearby(e, zh)) {
      const s = score(e, z, keys.get(e.passage.id)!, keys.get(z.passage.id)!);
      if (s >= MIN_PAIR_SCORE) candidates.push({ en: e.passage.id, zh: z.passage.id, score: Math.round(s * 1000) / 1000 });
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
  const ordered = [...infos].sort((a, b) => a.passage.offset - b.passage.offset);
  pairs.push(...pairByPosition(ordered, used, (i) => keys.get(i.passage.id)!.numbers));
  return pairs.sort((a, b) => a.en.localeCompare(b.en, 'en', { numeric: true }));
}
