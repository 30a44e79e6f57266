import type { Anchor, Claim, Passage } from './types.js';

/**
 * Keys that both versions of an abstract write the same way: normalized numbers,
 * identifiers and Latin acronyms. Pairing and sentence alignment score by them.
 */
const valueKeys = new Map<number, string>();
const keyValues = new Map<number, number>();
const VALUE_KEY_CACHE_SIZE = 4096;

/**
 * A value as its key writes it, twelve significant digits: two values have one key exactly
 * when these are the same number (a map's keys compare as the strings do, 0 and −0 alike).
 */
export function keyValue(value: number): number {
  // An integer of twelve digits or fewer has all its digits already (and −0 is 0).
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value + 0;
  // The same few values recur in every sentence of a pair; toPrecision is not cheap.
  let key = keyValues.get(value);
  if (key === undefined) {
    key = Number(value.toPrecision(12));
    if (keyValues.size >= VALUE_KEY_CACHE_SIZE) keyValues.clear();
    keyValues.set(value, key);
  }
  return key;
}

export function valueKey(value: number): string {
  let key = valueKeys.get(value);
  if (key === undefined) {
    key = String(keyValue(value));
    if (valueKeys.size >= VALUE_KEY_CACHE_SIZE) valueKeys.clear();
    valueKeys.set(value, key);
  }
  return key;
}

/** Where `eachClaimKey` gives a claim's keys: an amount by its kind of key and value (`n:12` is `n` and 12), or a key written whole. */
export interface ClaimKeyVisitor {
  amount(kind: 'n' | '%', value: number): void;
  written(key: string): void;
}

/** The keys of a claim (`claimKeys`), each given to `to` rather than written as a string: the grid of a pair numbers them by value. */
export function eachClaimKey(claim: Claim, to: ClaimKeyVisitor): void {
  switch (claim.kind) {
    case 'fraction':
    case 'ratio':
      to.amount('n', claim.num!);
      to.amount('n', claim.den!);
      to.written(`${claim.kind}:${claim.num}/${claim.den}`);
      return;
    case 'range':
      to.amount('n', claim.low!);
      to.amount('n', claim.high!);
      return;
    case 'percent':
      to.amount('%', claim.value);
      return;
    default:
      to.amount('n', claim.value);
  }
}

/** The keys eachClaimKey gives, written out; one writer serves every call. */
const written = {
  keys: [] as string[],
  amount(kind: 'n' | '%', value: number) {
    this.keys.push(`${kind}:${valueKey(value)}`);
  },
  written(key: string) {
    this.keys.push(key);
  },
};

export function claimKeys(claim: Claim): string[] {
  const keys: string[] = (written.keys = []);
  eachClaimKey(claim, written);
  return keys;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `\w` without the u flag: ASCII letters, digits and `_`. */
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/**
 * Each Latin token of `text`, by where it starts and ends: a letter after a non-word
 * character, then the longest run of letters and hyphens that ends in a letter before a
 * non-word character, two letters at least (what `/\b[A-Za-z][A-Za-z-]*[A-Za-z]\b/g`
 * matches), found in one pass over the characters.
 */
function eachLatinToken(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    // The run of letters and hyphens from i, then the last end in it that closes a token.
    let j = i + 1;
    for (let d = text.charCodeAt(j); j < n && (isLetter(d) || d === 45); d = text.charCodeAt(++j));
    let e = j;
    while (e >= i + 2 && !(isLetter(text.charCodeAt(e - 1)) && (e === n || !isWordChar(text.charCodeAt(e))))) e--;
    if (e < i + 2) {
      i++;
      continue;
    }
    visit(i, e);
    i = e;
  }
}

/** A character a Latin token may hold or run on with: a word character or a hyphen. */
const isTokenChar = (c: number) => isWordChar(c) || c === 45;

/**
 * Whether the Latin tokens of a passage's text are those of its sentences together: the
 * sentences in order, and nothing outside them that a token could hold or run on with
 * (no word character or hyphen between them, before or after them, nor at the end of a
 * sentence that the next one touches).
 */
export function sentencesHoldEveryToken(passage: Pick<Passage, 'text' | 'offset' | 'sentences'>): boolean {
  const { text, offset, sentences } = passage;
  let at = 0;
  for (const s of sentences) {
    const start = s.offset - offset;
    if (start < at || s.length !== s.text.length || (start > 0 && isTokenChar(text.charCodeAt(start - 1)))) return false;
    for (let k = at; k < start; k++) if (isTokenChar(text.charCodeAt(k))) return false;
    at = start + s.length;
  }
  for (let k = at; k < text.length; k++) if (isTokenChar(text.charCodeAt(k))) return false;
  return true;
}

/** Latin words of two or more letters, lower-cased; in Chinese prose these are acronyms and names. */
export function latinTokens(text: string): string[] {
  const out: string[] = [];
  eachLatinToken(text, (start, end) => out.push(text.slice(start, end).toLowerCase()));
  return out;
}

/**
 * A set's tokens as latinTokensIn looks them up: their lengths and first letters as bit
 * masks, which most tokens of a text fit neither of, and the tokens by length and first
 * letter, which a token of the text is compared with letter by letter: a token is never
 * copied or lower-cased to be looked up.
 */
interface TokenIndex {
  lengths: number;
  firsts: number;
  byShape: Map<number, string[]>;
}

/** A token's length and first letter, lower-cased (the first code of one of the set's tokens as it stands), as one number. */
const shapeOf = (length: number, first: number) => length * 128 + first;

/**
 * The index of the set asked for last: a passage's sentences are read one after the other
 * with one set, and each pair has sets of its own, which a weak map would add and drop.
 */
let indexedSet: ReadonlySet<string> | undefined;
let lastIndex: TokenIndex = { lengths: 0, firsts: 0, byShape: new Map() };

function tokenIndex(only: ReadonlySet<string>): TokenIndex {
  if (only !== indexedSet) {
    const index: TokenIndex = { lengths: 0, firsts: 0, byShape: new Map() };
    for (const t of only) {
      index.lengths |= 1 << Math.min(t.length, 31);
      index.firsts |= 1 << ((t.charCodeAt(0) | 32) - 97);
      const shape = shapeOf(t.length, t.charCodeAt(0));
      const same = index.byShape.get(shape);
      if (same) same.push(t);
      else index.byShape.set(shape, [t]);
    }
    indexedSet = only;
    lastIndex = index;
  }
  return lastIndex;
}

/** Whether `text[start..start + t.length)` is `t` lower-cased: a token holds ASCII letters and hyphens only, whose lower case is `| 32`. */
function isLowered(text: string, start: number, t: string): boolean {
  for (let k = 0; k < t.length; k++) if ((text.charCodeAt(start + k) | 32) !== t.charCodeAt(k)) return false;
  return true;
}

/**
 * The Latin tokens of `text` that `only` holds, lower-cased. Only the tokens of a length
 * and first letter some token of `only` has are compared with those of that shape.
 */
export function latinTokensIn(text: string, only: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (only.size === 0) return out;
  const { lengths, firsts, byShape } = tokenIndex(only);
  eachLatinToken(text, (start, end) => {
    const first = text.charCodeAt(start) | 32;
    if (!(lengths & (1 << Math.min(end - start, 31)) && firsts & (1 << (first - 97)))) return;
    const same = byShape.get(shapeOf(end - start, first));
    if (same) for (const t of same) if (isLowered(text, start, t)) return void out.push(t);
  });
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
  return countSharedRuns(a, 0, a.length, b, 0, b.length, out);
}

/** countShared of two runs of arrays, `a[aFrom..aTo)` and `b[bFrom..bTo)`: a pair's sentences keep their keys in one array. */
export function countSharedRuns(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number, out: Shared): Shared {
  let all = 0;
  let marked = 0;
  for (let i = aFrom, j = bFrom; i < aTo && j < bTo; ) {
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
