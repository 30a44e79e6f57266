import type { Anchor, Claim } from './types.js';

/**
 * Keys that both versions of an abstract write the same way: normalized numbers,
 * identifiers and Latin acronyms. Pairing and sentence alignment score by them.
 */
const valueKeys = new Map<number, string>();
const VALUE_KEY_CACHE_SIZE = 4096;

export function valueKey(value: number): string {
  // The same few values recur in every sentence of a pair; toPrecision is not cheap.
  let key = valueKeys.get(value);
  if (key === undefined) {
    key = String(Number(value.toPrecision(12)));
    if (valueKeys.size >= VALUE_KEY_CACHE_SIZE) valueKeys.clear();
    valueKeys.set(value, key);
  }
  return key;
}

export function claimKeys(claim: Claim): string[] {
  switch (claim.kind) {
    case 'fraction':
    case 'ratio':
      return [`n:${valueKey(claim.num!)}`, `n:${valueKey(claim.den!)}`, `${claim.kind}:${claim.num}/${claim.den}`];
    case 'range':
      return [`n:${valueKey(claim.low!)}`, `n:${valueKey(claim.high!)}`];
    case 'percent':
      return [`%:${valueKey(claim.value)}`];
    default:
      return [`n:${valueKey(claim.value)}`];
  }
}

const ACRONYM = /\b[A-Za-z][A-Za-z-]*[A-Za-z]\b/g;

/** Latin words of two or more letters; in Chinese prose these are acronyms and names. */
export function latinTokens(text: string): string[] {
  return (text.match(ACRONYM) ?? []).map((t) => t.toLowerCase());
}

/** The Latin tokens of `text` (as latinTokens) that `only` holds, each lower-cased once and no list of the others made. */
export function latinTokensIn(text: string, only: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const all = text.match(ACRONYM);
  if (all === null) return out;
  for (let k = 0; k < all.length; k++) {
    const t = all[k]!.toLowerCase();
    if (only.has(t)) out.push(t);
  }
  return out;
}

/**
 * The distinct Latin tokens of a text, as a set. The last text's set is kept: an explicit
 * pair asks for its Chinese passage's set twice in a row (alignment, then its score).
 */
let lastTokenText: string | undefined;
let lastTokenSet: ReadonlySet<string> = new Set();

export function latinTokenSet(text: string): ReadonlySet<string> {
  if (text !== lastTokenText) {
    lastTokenSet = new Set(latinTokens(text));
    lastTokenText = text;
  }
  return lastTokenSet;
}

export function anchorKeys(anchors: Anchor[]): string[] {
  return anchors.map((a) => `id:${a.key}`);
}

/** What two sets of keys share, counted by `countShared`. */
export interface Shared {
  /** Codes in both. */
  all: number;
  /** Codes in both with the low bit set (alignment marks an amount so). */
  marked: number;
}

/**
 * The codes two ascending arrays of distinct key codes share, counted in one merge:
 * pairing and sentence alignment keep keys as such arrays rather than sets of strings.
 * Written into `out`, as the alignment grid asks for every cell.
 */
export function countShared(a: Int32Array, b: Int32Array, out: Shared): Shared {
  let all = 0;
  let marked = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      all++;
      marked += x & 1;
      i++;
      j++;
    }
  }
  out.all = all;
  out.marked = marked;
  return out;
}
