import { anchorKeys, claimKeys, latinTokens } from '../anchors.js';
import type { Bead, PassageInfo } from '../types.js';

export type { Bead };

interface SentenceKeys {
  keys: Set<string>;
  /** The keys that are amounts (not words `w:` or identifiers `id:`), listed once for beadCost. */
  amounts: string[];
  numeric: number;
  length: number;
}

const isAmount = (k: string) => !k.startsWith('w:') && !k.startsWith('id:');

const PRIOR = { oneOne: 0, merge: 1.5, skip: 3 };
const SHARED_WEIGHT = 1;
const UNSHARED_NUMBER_WEIGHT = 0.5;
const LENGTH_WEIGHT = 2;
/** A sentence merged into a bead although none of its numbers is on the other side: likely moved, not merged. */
const DEAD_WEIGHT = 2;

function deadWeight(parts: SentenceKeys[], other: SentenceKeys): number {
  if (parts.length < 2) return 0;
  let cost = 0;
  for (const p of parts) {
    if (p.numeric === 0) continue;
    let shared = false;
    for (const k of p.keys) if (!k.startsWith('w:') && !k.startsWith('id:') && other.keys.has(k)) shared = true;
    if (!shared) cost += DEAD_WEIGHT;
  }
  return cost;
}

function sentenceKeys(info: PassageInfo, latinFilter?: Set<string>): SentenceKeys[] {
  const { passage, claims, anchors } = info;
  // Claims and anchors grouped by sentence once, not filtered again for every sentence.
  const claimsOf = new Map<number, typeof claims>();
  for (const c of claims) (claimsOf.get(c.sentence) ?? claimsOf.set(c.sentence, []).get(c.sentence)!).push(c);
  const anchorsOf = new Map<number, typeof anchors>();
  for (const a of anchors) (anchorsOf.get(a.sentence) ?? anchorsOf.set(a.sentence, []).get(a.sentence)!).push(a);
  return passage.sentences.map((s) => {
    const keys = new Set<string>();
    let numeric = 0;
    for (const c of claimsOf.get(s.index) ?? []) for (const k of claimKeys(c)) if (!keys.has(k)) { keys.add(k); numeric++; }
    for (const k of anchorKeys(anchorsOf.get(s.index) ?? [])) keys.add(k);
    for (const t of latinTokens(s.text)) if (!latinFilter || latinFilter.has(t)) keys.add(`w:${t}`);
    return { keys, amounts: [...keys].filter(isAmount), numeric, length: s.length };
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
  return { keys, amounts: [...keys].filter(isAmount), numeric, length };
}

function beadCost(en: SentenceKeys, zh: SentenceKeys, ratio: number): number {
  let shared = 0;
  let unshared = 0;
  for (const k of en.keys) if (zh.keys.has(k)) shared++;
  for (const k of en.amounts) if (!zh.keys.has(k)) unshared++;
  for (const k of zh.amounts) if (!en.keys.has(k)) unshared++;
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
  const moves: [number, number, number][] = [
    [1, 1, PRIOR.oneOne],
    [1, 2, PRIOR.merge],
    [2, 1, PRIOR.merge],
    [1, 0, PRIOR.skip],
    [0, 1, PRIOR.skip],
  ];
  // Each one- or two-sentence group is merged once, not once per DP cell that uses it.
  const groupsE = [E, E.map((_, i) => (i + 1 < m ? merge([E[i]!, E[i + 1]!]) : undefined))];
  const groupsZ = [Z, Z.map((_, j) => (j + 1 < n ? merge([Z[j]!, Z[j + 1]!]) : undefined))];
  for (let i = 0; i <= m; i++) {
    const row = rows[i]!;
    for (let j = row.lo; j < row.lo + row.cost.length; j++) {
      const here = row.cost[j - row.lo]!;
      if (here === Infinity) continue;
      for (let k = 0; k < moves.length; k++) {
        const [di, dj, prior] = moves[k]!;
        const ni = i + di;
        const nj = j + dj;
        if (ni > m || nj > n) continue;
        const target = at(ni, nj);
        if (target < 0) continue;
        let c: number;
        if (di === 0) c = prior + UNSHARED_NUMBER_WEIGHT * Z[j]!.numeric;
        else if (dj === 0) c = prior + UNSHARED_NUMBER_WEIGHT * E[i]!.numeric;
        else {
          const em = groupsE[di - 1]![i]!;
          const zm = groupsZ[dj - 1]![j]!;
          c = prior + beadCost(em, zm, ratio) + deadWeight(E.slice(i, ni), zm) + deadWeight(Z.slice(j, nj), em);
        }
        const next = rows[ni]!;
        if (here + c < next.cost[target]!) {
          next.cost[target] = here + c;
          next.back[target] = k;
        }
      }
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
