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
/** Passages up to this many characters are scanned for clause marks before any table is built. */
const SHORT_PASSAGE = 2048;

/** Claims by the index of their sentence, each list in text order. */
export function bySentence(claims: Claim[]): Map<number, Claim[]> {
  const out = new Map<number, Claim[]>();
  for (const c of claims) {
    const list = out.get(c.sentence);
    if (list) list.push(c);
    else out.set(c.sentence, [c]);
  }
  for (const [k, list] of out) out.set(k, inTextOrder(list));
  return out;
}

/** Claims in text order: the list itself when it already is (extraction writes them so), else a sorted copy. */
export function inTextOrder(list: Claim[]): Claim[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.offset > list[i]!.offset) return [...list].sort((a, b) => a.offset - b.offset);
  return list;
}

/** Each lookup is built on first use: a rule that needs one pays for that one only. */
class LazyIndex implements PassageIndex {
  private ids?: Map<string, Claim>;
  private sentences?: Map<number, Sentence>;
  private claims?: Map<number, Claim[]>;
  private stats?: Map<number, Claim[]>;
  private tables?: Map<string, Int32Array>;

  constructor(private readonly info: PassageInfo) {}

  get byId(): Map<string, Claim> {
    if (!this.ids) {
      this.ids = new Map<string, Claim>();
      for (const c of this.info.claims) this.ids.set(c.id, c);
      for (const s of this.info.stats ?? []) this.ids.set(s.id, s);
    }
    return this.ids;
  }

  sentence(i: number): Sentence | undefined {
    return (this.sentences ??= new Map(this.info.passage.sentences.map((s) => [s.index, s]))).get(i);
  }

  claimsIn(i: number): Claim[] {
    return (this.claims ??= bySentence(this.info.claims)).get(i) ?? [];
  }

  statsIn(i: number): Claim[] {
    return (this.stats ??= bySentence(this.info.stats ?? [])).get(i) ?? [];
  }

  lastOf(chars: string, at: number): number {
    const text = this.info.passage.text;
    const from = Math.max(0, Math.min(text.length, at));
    if (!this.scans(text)) return this.table(chars, false)[from]!;
    let i = from - 1;
    while (i >= 0 && !oneOf(chars, text.charCodeAt(i))) i--;
    this.scanned += from - i;
    return i;
  }

  nextOf(chars: string, at: number): number {
    const text = this.info.passage.text;
    const from = Math.max(0, Math.min(text.length, at));
    if (!this.scans(text)) return this.table(chars, true)[from]!;
    let i = from;
    while (i < text.length && !oneOf(chars, text.charCodeAt(i))) i++;
    this.scanned += i - from + 1;
    return i;
  }

  /**
   * A short passage is scanned, where a table would cost more than it saves; once the scans
   * have walked twice its length, lookups go to tables, so the total stays linear.
   */
  private scanned = 0;
  private scans(text: string): boolean {
    return text.length <= SHORT_PASSAGE && this.scanned <= 2 * text.length;
  }

  /** For every position, where the last (or next) of `chars` stands: one pass over the text per set of characters. */
  private table(chars: string, forward: boolean): Int32Array {
    const text = this.info.passage.text;
    const key = `${forward ? '>' : '<'}${chars}`;
    let t = (this.tables ??= new Map()).get(key);
    if (t) return t;
    t = new Int32Array(text.length + 1);
    if (forward) {
      let at = text.length;
      t[text.length] = at;
      for (let i = text.length - 1; i >= 0; i--) {
        if (oneOf(chars, text.charCodeAt(i))) at = i;
        t[i] = at;
      }
    } else {
      let at = -1;
      for (let i = 0; i <= text.length; i++) {
        t[i] = at;
        if (i < text.length && oneOf(chars, text.charCodeAt(i))) at = i;
      }
    }
    this.tables.set(key, t);
    return t;
  }
}

/**
 * Whether a UTF-16 unit is one of `chars`, compared by code: reading `text[i]` of
 * Chinese text makes a new string for every character walked.
 */
function oneOf(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

export function passageIndex(info: PassageInfo): PassageIndex {
  let index = cache.get(info);
  if (!index) cache.set(info, (index = new LazyIndex(info)));
  return index;
}

/** The first index in `sorted` (ascending by `key`) whose key is at least `value`: a binary search. */
export function lowerBound<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in `sorted` (ascending by offset) whose offset is at least `offset`. */
export function firstAtOrAfter(sorted: Claim[], offset: number): number {
  return lowerBound(sorted, offset, (c) => c.offset);
}
