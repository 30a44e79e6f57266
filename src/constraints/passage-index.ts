import { foldWidth } from '../extract/numerals.js';
import type { PassageInfo } from '../pair/index.js';
import type { Claim, Sentence } from '../types.js';

/**
 * Lookups the constraint rules share, built once per passage, so that a rule asks
 * "which claims are in this sentence", "which claim has this id", "where did the
 * clause start" in constant or logarithmic time instead of scanning the passage for
 * every claim it weighs. This is what keeps every rule linear in the claims.
 */
export interface PassageIndex {
  /**
   * The passage's text with full-width forms and traditional characters folded (foldWidth),
   * of the same length, for the words rules look for around a claim (`組`, `分別`). Messages
   * quote the claims and sentences themselves, as written.
   */
  readonly text: string;
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
  /**
   * What `compute` gives for this passage, worked out once for `key` and kept as long as
   * the index: the cohort, the checks' outcomes. Adding a passage to a weak map of one's
   * own costs more than most checks.
   */
  remember<T>(key: object, compute: () => T): T;
}

/**
 * A passage's index and lookups are kept on the passage itself, under a key of their own that
 * no copy, spread or JSON of it carries. A weak map keyed by passages held them no longer,
 * but its entries, a value pointing back at its key, outlived every young-generation
 * collection: each pair's claims and sentences were promoted to the old generation, to be
 * copied twice and then swept.
 */
const INDEX = Symbol('passage index');
const LOOKUPS = Symbol('passage lookups');

/** What is kept on an object under `key`, or undefined. */
function keptOn<T>(owner: object, key: symbol): T | undefined {
  return (owner as Record<symbol, T | undefined>)[key];
}

/** Keep `value` on an object under `key`, not enumerable: a spread of the object (a rule's view of a passage) does not share it. */
function keepOn<T>(owner: object, key: symbol, value: T): T {
  Object.defineProperty(owner, key, { value, writable: true, configurable: true, enumerable: false });
  return value;
}

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

/**
 * What an index works out from a passage's text and sentences and from its claims and
 * statistics, which any copy of the passage that holds the same ones shares: rules are
 * given a view of each passage (src/lint.ts), whose index would otherwise build them again.
 * What is remembered on an index (a check's outcomes) stays the index's own.
 */
interface Lookups {
  /** The lists these were built from. */
  readonly claimsList: Claim[];
  readonly statsList: Claim[] | undefined;
  ids?: Map<string, Claim>;
  sentences?: Map<number, Sentence>;
  claims?: Map<number, Claim[]>;
  stats?: Map<number, Claim[]>;
  marksOf?: Map<string, Int32Array>;
  folded?: string;
}

/** The lookups of a passage with these claims and statistics: those another index of the same ones built, or new ones. */
function lookupsOf(info: PassageInfo): Lookups {
  const found = keptOn<Lookups>(info.passage, LOOKUPS);
  if (found && found.claimsList === info.claims && found.statsList === info.stats) return found;
  return keepOn<Lookups>(info.passage, LOOKUPS, { claimsList: info.claims, statsList: info.stats });
}

/** Each lookup is built on first use: a rule that needs one pays for that one only. */
class LazyIndex implements PassageIndex {
  private readonly lookups: Lookups;
  private remembered?: Map<object, unknown>;

  constructor(private readonly info: PassageInfo) {
    this.lookups = lookupsOf(info);
  }

  remember<T>(key: object, compute: () => T): T {
    const kept = (this.remembered ??= new Map());
    if (kept.has(key)) return kept.get(key) as T;
    const value = compute();
    kept.set(key, value);
    return value;
  }

  get text(): string {
    return (this.lookups.folded ??= foldWidth(this.info.passage.text));
  }

  get byId(): Map<string, Claim> {
    const { lookups } = this;
    if (!lookups.ids) {
      lookups.ids = new Map<string, Claim>();
      for (const c of this.info.claims) lookups.ids.set(c.id, c);
      for (const s of this.info.stats ?? []) lookups.ids.set(s.id, s);
    }
    return lookups.ids;
  }

  sentence(i: number): Sentence | undefined {
    return (this.lookups.sentences ??= new Map(this.info.passage.sentences.map((s) => [s.index, s]))).get(i);
  }

  claimsIn(i: number): Claim[] {
    return (this.lookups.claims ??= bySentence(this.info.claims)).get(i) ?? [];
  }

  statsIn(i: number): Claim[] {
    return (this.lookups.stats ??= bySentence(this.info.stats ?? [])).get(i) ?? [];
  }

  lastOf(chars: string, at: number): number {
    const from = Math.max(0, Math.min(this.info.passage.text.length, at));
    const marks = this.marks(chars);
    const k = firstFrom(marks, from);
    return k > 0 ? marks[k - 1]! : -1;
  }

  nextOf(chars: string, at: number): number {
    const text = this.info.passage.text;
    const from = Math.max(0, Math.min(text.length, at));
    const marks = this.marks(chars);
    const k = firstFrom(marks, from);
    return k < marks.length ? marks[k]! : text.length;
  }

  /**
   * Where each of `chars` stands in the text, ascending: found by the engine's own search
   * for each character, once a set of characters, so every lookup is a binary search.
   */
  private marks(chars: string): Int32Array {
    const marksOf = (this.lookups.marksOf ??= new Map());
    let found = marksOf.get(chars);
    if (found) return found;
    const text = this.info.passage.text;
    const at: number[] = [];
    for (let k = 0; k < chars.length; k++) for (let i = text.indexOf(chars[k]!); i >= 0; i = text.indexOf(chars[k]!, i + 1)) at.push(i);
    found = Int32Array.from(at).sort();
    marksOf.set(chars, found);
    return found;
  }
}

/** The first index of ascending `sorted` whose value is at least `value`. */
function firstFrom(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The two passages indexed last, asked for again by each check of one in turn (see
 * checkPassage), and in turns by the steps of a pair: held until others are asked for.
 */
let lastInfo: PassageInfo | undefined;
let lastIndex: PassageIndex | undefined;
let otherInfo: PassageInfo | undefined;
let otherIndex: PassageIndex | undefined;

export function passageIndex(info: PassageInfo): PassageIndex {
  if (info === lastInfo) return lastIndex!;
  let index = info === otherInfo ? otherIndex : keptOn<PassageIndex>(info, INDEX);
  if (!index) index = keepOn<PassageIndex>(info, INDEX, new LazyIndex(info));
  otherInfo = lastInfo;
  otherIndex = lastIndex;
  lastInfo = info;
  lastIndex = index;
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
