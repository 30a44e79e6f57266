import type { PassageInfo } from '../pair/index.js';
import type { Claim, Sentence } from '../types.js';

/**
 * Lookups the constraint rules share, built once per passage, so that a rule asks
 * "which claims are in this sentence", "which claim has this id", "where did the
 * clause start" in constant or logarithmic time instead of scanning the passage for
 * every claim it weighs. This is what keeps every rule linear in the claims.
 */
export interface PassageIndex {
  /** Claims and statistics by id. */
  readonly byId: Map<string, Claim>;
  sentence(index: number): Sentence | undefined;
  /** Claims of one sentence, in text order. */
  claimsIn(sentence: number): Claim[];
  /** Statistics (intervals, estimates, breakdowns…) of one sentence, in text order. */
  statsIn(sentence: number): Claim[];
  /**
   * Where the last of `chars` stands before passage-relative position `at` (−1 when none),
   * and where the next one stands at or after `at` (the text length when none).
   */
  lastOf(chars: string, at: number): number;
  nextOf(chars: string, at: number): number;
}

const cache = new WeakMap<PassageInfo, PassageIndex>();

function group(claims: Claim[]): Map<number, Claim[]> {
  const out = new Map<number, Claim[]>();
  for (const c of claims) {
    const list = out.get(c.sentence);
    if (list) list.push(c);
    else out.set(c.sentence, [c]);
  }
  for (const list of out.values()) list.sort((a, b) => a.offset - b.offset);
  return out;
}

export function passageIndex(info: PassageInfo): PassageIndex {
  const known = cache.get(info);
  if (known) return known;
  const text = info.passage.text;
  // Each lookup is built on first use: a rule that needs one pays for that one only.
  let byId: Map<string, Claim> | undefined;
  let sentences: Map<number, Sentence> | undefined;
  let claims: Map<number, Claim[]> | undefined;
  let stats: Map<number, Claim[]> | undefined;
  // One pass over the text per set of characters asked about, then every lookup is constant time.
  const last = new Map<string, Int32Array>();
  const next = new Map<string, Int32Array>();
  const table = (chars: string, forward: boolean): Int32Array => {
    const tables = forward ? next : last;
    let t = tables.get(chars);
    if (t) return t;
    t = new Int32Array(text.length + 1);
    if (forward) {
      let at = text.length;
      t[text.length] = at;
      for (let i = text.length - 1; i >= 0; i--) {
        if (chars.includes(text[i]!)) at = i;
        t[i] = at;
      }
    } else {
      let at = -1;
      for (let i = 0; i <= text.length; i++) {
        t[i] = at;
        if (i < text.length && chars.includes(text[i]!)) at = i;
      }
    }
    tables.set(chars, t);
    return t;
  };
  const clamp = (at: number) => Math.max(0, Math.min(text.length, at));
  const index: PassageIndex = {
    get byId() {
      if (!byId) {
        byId = new Map<string, Claim>();
        for (const c of info.claims) byId.set(c.id, c);
        for (const s of info.stats ?? []) byId.set(s.id, s);
      }
      return byId;
    },
    sentence: (i) => (sentences ??= new Map(info.passage.sentences.map((s) => [s.index, s]))).get(i),
    claimsIn: (i) => (claims ??= group(info.claims)).get(i) ?? [],
    statsIn: (i) => (stats ??= group(info.stats ?? [])).get(i) ?? [],
    lastOf: (chars, at) => table(chars, false)[clamp(at)]!,
    nextOf: (chars, at) => table(chars, true)[clamp(at)]!,
  };
  cache.set(info, index);
  return index;
}

/** The first index in `sorted` (ascending by offset) whose offset is at least `offset`. */
export function firstAtOrAfter(sorted: Claim[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
