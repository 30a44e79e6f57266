import { anchorKeys, claimKeys, latinTokens } from '../anchors.js';
import type { Anchor, Claim, Passage } from '../types.js';

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

/** Chinese characters per English character in published abstract pairs: about 0.3 to 0.6. */
const EXPECTED_RATIO = 0.42;
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

/**
 * How likely two passages translate each other: shared numbers and identifiers,
 * the share of the Chinese acronyms found in the English, and the length ratio.
 */
export function pairScore(en: PassageInfo, zh: PassageInfo): number {
  const numbers = dice(numericKeys(en), numericKeys(zh));
  const zhLatin = new Set(latinTokens(zh.passage.text));
  const enLatin = new Set(latinTokens(en.passage.text));
  let covered = 0;
  for (const t of zhLatin) if (enLatin.has(t)) covered++;
  const latin = zhLatin.size ? covered / zhLatin.size : 0;
  const evidence = numbers > 0 && latin > 0 ? 0.6 * numbers + 0.4 * latin : numbers > 0 ? 0.8 * numbers : 0.6 * latin;
  return evidence * lengthFactor(en.passage, zh.passage);
}

/** One-to-one pairs, best first, wherever the passages sit in the file. */
export function pairPassages(infos: PassageInfo[]): Pairing[] {
  const en = infos.filter((i) => i.passage.lang === 'en');
  const zh = infos.filter((i) => i.passage.lang === 'zh');
  const candidates: Pairing[] = [];
  for (const e of en) {
    for (const z of zh) {
      const score = pairScore(e, z);
      if (score >= MIN_PAIR_SCORE) candidates.push({ en: e.passage.id, zh: z.passage.id, score: Math.round(score * 1000) / 1000 });
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
  return pairs.sort((a, b) => a.en.localeCompare(b.en, 'en', { numeric: true }));
}
