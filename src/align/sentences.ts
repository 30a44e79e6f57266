import { anchorKeys, claimKeys, latinTokens } from '../anchors.js';
import type { PassageInfo } from '../pair/index.js';

/** A group of English sentences aligned with a group of Chinese sentences (either may be empty). */
export interface Bead {
  en: number[];
  zh: number[];
}

interface SentenceKeys {
  keys: Set<string>;
  numeric: number;
  length: number;
}

const PRIOR = { oneOne: 0, merge: 1.5, skip: 3 };
const SHARED_WEIGHT = 1;
const UNSHARED_NUMBER_WEIGHT = 0.5;
const LENGTH_WEIGHT = 2;

function bySentence<T extends { sentence: number }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of items) {
    const list = out.get(x.sentence);
    if (list) list.push(x);
    else out.set(x.sentence, [x]);
  }
  return out;
}

function sentenceKeys(info: PassageInfo, latinFilter?: Set<string>): SentenceKeys[] {
  const { passage } = info;
  const claims = bySentence(info.claims);
  const anchors = bySentence(info.anchors);
  return passage.sentences.map((s) => {
    const keys = new Set<string>();
    let numeric = 0;
    for (const c of claims.get(s.index) ?? []) for (const k of claimKeys(c)) if (!keys.has(k)) { keys.add(k); numeric++; }
    for (const k of anchorKeys(anchors.get(s.index) ?? [])) keys.add(k);
    for (const t of latinTokens(s.text)) if (!latinFilter || latinFilter.has(t)) keys.add(`w:${t}`);
    return { keys, numeric, length: s.length };
  });
}

function merge(parts: SentenceKeys[]): SentenceKeys {
  const keys = new Set<string>();
  let numeric = 0;
  let length = 0;
  for (const p of parts) {
    for (const k of p.keys) keys.add(k);
    numeric += p.numeric;
    length += p.length;
  }
  return { keys, numeric, length };
}

function beadCost(en: SentenceKeys, zh: SentenceKeys, ratio: number): number {
  let shared = 0;
  let unshared = 0;
  for (const k of en.keys) {
    if (zh.keys.has(k)) shared++;
    else if (!k.startsWith('w:') && !k.startsWith('id:')) unshared++;
  }
  for (const k of zh.keys) if (!en.keys.has(k) && !k.startsWith('w:') && !k.startsWith('id:')) unshared++;
  const lengthCost = Math.abs(Math.log((zh.length + 1) / ((en.length + 1) * ratio)));
  return LENGTH_WEIGHT * lengthCost - SHARED_WEIGHT * shared + UNSHARED_NUMBER_WEIGHT * unshared;
}

/**
 * Sentences this far off the diagonal are not considered. Abstracts have far fewer
 * sentences, so for them the search is complete; for a huge file it keeps the
 * alignment linear in the number of sentences instead of quadratic.
 */
export const ALIGN_BAND = 32;

interface Row {
  lo: number;
  cost: Float64Array;
  back: Uint8Array;
}

/**
 * Monotone sentence alignment by dynamic programming over 1-1, 1-2, 2-1, 1-0 and 0-1
 * beads (Gale–Church), scored by shared anchors with the length ratio as tie-breaker.
 */
export function alignSentences(en: PassageInfo, zh: PassageInfo): Bead[] {
  const zhLatin = new Set(latinTokens(zh.passage.text));
  const E = sentenceKeys(en, zhLatin);
  const Z = sentenceKeys(zh);
  const m = E.length;
  const n = Z.length;
  const ratio = Math.max(0.05, zh.passage.length / Math.max(1, en.passage.length));
  // Wide enough that consecutive rows overlap whatever the ratio of sentence counts.
  const width = Math.max(ALIGN_BAND, Math.ceil((2 * n) / Math.max(1, m)) + 2, Math.ceil((2 * m) / Math.max(1, n)) + 2);
  const rows: Row[] = [];
  for (let i = 0; i <= m; i++) {
    const centre = m === 0 ? 0 : Math.round((i * n) / m);
    const lo = Math.max(0, centre - width);
    const hi = Math.min(n, centre + width);
    rows.push({ lo, cost: new Float64Array(hi - lo + 1).fill(Infinity), back: new Uint8Array(hi - lo + 1) });
  }
  const at = (i: number, j: number): number => {
    const r = rows[i]!;
    const k = j - r.lo;
    return k >= 0 && k < r.cost.length ? k : -1;
  };
  rows[0]!.cost[0] = 0;
  // Two-sentence merges, made once rather than once per cell.
  const E2 = E.map((_, i) => (i + 1 < m ? merge(E.slice(i, i + 2)) : undefined));
  const Z2 = Z.map((_, j) => (j + 1 < n ? merge(Z.slice(j, j + 2)) : undefined));
  const moves: [number, number, number][] = [
    [1, 1, PRIOR.oneOne],
    [1, 2, PRIOR.merge],
    [2, 1, PRIOR.merge],
    [1, 0, PRIOR.skip],
    [0, 1, PRIOR.skip],
  ];
  for (let i = 0; i <= m; i++) {
    const row = rows[i]!;
    for (let j = row.lo; j < row.lo + row.cost.length; j++) {
      const here = row.cost[j - row.lo]!;
      if (here === Infinity) continue;
      moves.forEach(([di, dj, prior], k) => {
        const ni = i + di;
        const nj = j + dj;
        if (ni > m || nj > n) return;
        const target = at(ni, nj);
        if (target < 0) return;
        let c: number;
        if (di === 0) c = prior + UNSHARED_NUMBER_WEIGHT * Z[j]!.numeric;
        else if (dj === 0) c = prior + UNSHARED_NUMBER_WEIGHT * E[i]!.numeric;
        else if (di === 1 && dj === 1) c = prior + beadCost(E[i]!, Z[j]!, ratio);
        else if (di === 2) c = prior + beadCost(E2[i]!, Z[j]!, ratio);
        else c = prior + beadCost(E[i]!, Z2[j]!, ratio);
        const next = rows[ni]!;
        if (here + c < next.cost[target]!) {
          next.cost[target] = here + c;
          next.back[target] = k;
        }
      });
    }
  }
  const beads: Bead[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const [di, dj] = moves[rows[i]!.back[at(i, j)]!]!;
    beads.push({
      en: Array.from({ length: di }, (_, k) => i - di + k),
      zh: Array.from({ length: dj }, (_, k) => j - dj + k),
    });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
