import { countSharedRuns, eachClaimKey, keyValue, latinTokensIn, latinTokenSet, sentencesHoldEveryToken, type ClaimKeyVisitor, type Shared } from '../anchors.js';
import { passageIndex } from '../constraints/passage-index.js';
import type { KeyCounts } from '../pair/evidence.js';
import type { Anchor, Bead, PassageInfo } from '../types.js';

export type { Bead };

/** The arrays of KeySets: its codes, and for each set where its codes start and end and what it counts. */
type SetArrays = Pick<KeySets, 'codes' | 'from' | 'to' | 'amounts' | 'numeric' | 'length'>;

/**
 * The arrays of a pair already aligned, which the next pair's sets take: typed arrays cost
 * more to make than a pair's keys cost to number. Arrays of abstract size only are kept.
 */
let spare: SetArrays | undefined;
const SPARE_LONGEST = 1 << 12;

function takeSpare(): SetArrays {
  const arrays = spare ?? { codes: new Int32Array(256), ...setsOf(64) };
  spare = undefined;
  return arrays;
}

/** Room for `size` sets. */
function setsOf(size: number): Omit<SetArrays, 'codes'> {
  return { from: new Int32Array(size), to: new Int32Array(size), amounts: new Int32Array(size), numeric: new Int32Array(size), length: new Int32Array(size) };
}

/**
 * Sets of key codes, each an ascending run of one array: the sentences of both versions of
 * a pair, then the merges the grid weighs (two neighbours, a run of clauses). Set `k` holds
 * `codes[from[k]..to[k])`. A pair's keys are a few arrays, not a few for every sentence.
 */
class KeySets {
  codes: Int32Array;
  from: Int32Array;
  to: Int32Array;
  /** How many of a set's codes are amounts (a code's low bit). */
  amounts: Int32Array;
  /** How many codes its sentences' claims gave. */
  numeric: Int32Array;
  /** The length of its sentences' text. */
  length: Int32Array;
  /** How many sets there are. */
  count = 0;
  private end = 0;
  private start = 0;

  constructor() {
    ({ codes: this.codes, from: this.from, to: this.to, amounts: this.amounts, numeric: this.numeric, length: this.length } = takeSpare());
  }

  /** Codes pushed from now on make the next set, which `close` ends. */
  open(): void {
    this.start = this.end;
  }

  push(code: number): void {
    if (this.end === this.codes.length) this.grow(this.end + 1);
    this.codes[this.end++] = code;
  }

  /** How many codes were pushed since `open`. */
  get pushed(): number {
    return this.end - this.start;
  }

  /** End the set `open` began, its codes sorted; gives the set's number. */
  close(numeric: number, length: number): number {
    const { codes, start, end } = this;
    // A sentence's few codes by insertion, in place; a long run by the engine, through a view of the run.
    if (end - start > 32) codes.subarray(start, end).sort();
    else {
      for (let i = start + 1; i < end; i++) {
        const code = codes[i]!;
        let j = i;
        for (; j > start && codes[j - 1]! > code; j--) codes[j] = codes[j - 1]!;
        codes[j] = code;
      }
    }
    return this.add(start, end, numeric, length);
  }

  /** Give the arrays to the next pair's sets: these are not read again. */
  release(): void {
    if (this.codes.length <= SPARE_LONGEST && this.from.length <= SPARE_LONGEST) spare = this;
  }

  /** A new set, the union of sets `a` and `b`: two neighbouring sentences read as one. */
  merge(a: number, b: number): number {
    const need = this.to[a]! - this.from[a]! + (this.to[b]! - this.from[b]!);
    if (this.end + need > this.codes.length) this.grow(this.end + need);
    const codes = this.codes;
    let i = this.from[a]!;
    let j = this.from[b]!;
    const iEnd = this.to[a]!;
    const jEnd = this.to[b]!;
    const start = this.end;
    let n = start;
    while (i < iEnd || j < jEnd) {
      if (j >= jEnd || (i < iEnd && codes[i]! < codes[j]!)) codes[n++] = codes[i++]!;
      else if (i >= iEnd || codes[j]! < codes[i]!) codes[n++] = codes[j++]!;
      else {
        codes[n++] = codes[i++]!;
        j++;
      }
    }
    this.end = n;
    return this.add(start, n, this.numeric[a]! + this.numeric[b]!, this.length[a]! + this.length[b]!);
  }

  /** A new set, the codes sets `a` and `b` both hold. */
  intersect(a: number, b: number): number {
    const need = Math.min(this.to[a]! - this.from[a]!, this.to[b]! - this.from[b]!);
    if (this.end + need > this.codes.length) this.grow(this.end + need);
    const codes = this.codes;
    const start = this.end;
    let n = start;
    for (let i = this.from[a]!, j = this.from[b]!, iEnd = this.to[a]!, jEnd = this.to[b]!; i < iEnd && j < jEnd; ) {
      if (codes[i]! < codes[j]!) i++;
      else if (codes[i]! > codes[j]!) j++;
      else {
        codes[n++] = codes[i]!;
        i++;
        j++;
      }
    }
    this.end = n;
    return this.add(start, n, 0, 0);
  }

  /** What sets `a` and `b` share. */
  shared(a: number, b: number, out: Shared): Shared {
    return countSharedRuns(this.codes, this.from[a]!, this.to[a]!, this.codes, this.from[b]!, this.to[b]!, out);
  }

  private add(from: number, to: number, numeric: number, length: number): number {
    let amounts = 0;
    for (let k = from; k < to; k++) amounts += this.codes[k]! & 1;
    if (this.count === this.from.length) this.growSets();
    const k = this.count++;
    this.from[k] = from;
    this.to[k] = to;
    this.amounts[k] = amounts;
    this.numeric[k] = numeric;
    this.length[k] = length;
    return k;
  }

  private growSets(): void {
    const grown = setsOf(2 * this.from.length);
    grown.from.set(this.from);
    grown.to.set(this.to);
    grown.amounts.set(this.amounts);
    grown.numeric.set(this.numeric);
    grown.length.set(this.length);
    ({ from: this.from, to: this.to, amounts: this.amounts, numeric: this.numeric, length: this.length } = grown);
  }

  private grow(least: number): void {
    const grown = new Int32Array(Math.max(least, 2 * this.codes.length));
    grown.set(this.codes.subarray(0, this.end));
    this.codes = grown;
  }
}

/**
 * One number for each distinct key of a pair, with the amount flag in the low bit, pushed
 * into the set of the sentence being read (each key once a sentence). A claim's keys come
 * as values (`eachClaimKey`), numbered by value without writing `n:12` for each.
 */
class KeyNumbers implements ClaimKeyVisitor {
  private readonly numbers = new Map<number, number>();
  private readonly percents = new Map<number, number>();
  private readonly keys = new Map<string, number>();
  private readonly words = new Map<string, number>();
  private readonly anchors = new Map<string, number>();
  private next = 0;
  /** For each key number, whether it numbers a word. */
  private readonly wordNumbers: boolean[] = [];
  /** For each key, the last sentence it was added to, so a sentence lists each key once. */
  private readonly lastSentence: number[] = [];
  private sentence = 0;

  constructor(readonly sets: KeySets) {}

  /** A new sentence, whose keys `add` pushes into the next set of `sets`. */
  startSentence(): void {
    this.sentence++;
    this.sets.open();
  }

  /** Add `code` to the sentence, unless it is there already. */
  add(code: number): void {
    const id = code >> 1;
    if (this.lastSentence[id] === this.sentence) return;
    this.lastSentence[id] = this.sentence;
    this.sets.push(code);
  }

  /** A claim's key (`n:12`, `%:4.5`, `fraction:1/2`): always an amount. */
  amount(kind: 'n' | '%', value: number): void {
    this.add(this.numbered(kind === 'n' ? this.numbers : this.percents, keyValue(value), true));
  }

  written(key: string): void {
    this.add(this.numbered(this.keys, key, true));
  }

  /** The key `w:<token>`. */
  word(token: string): number {
    const code = this.numbered(this.words, token, false);
    this.wordNumbers[code >> 1] = true;
    return code;
  }

  /** Whether `code` is a word's (not an amount's or an identifier's). */
  isWord(code: number): boolean {
    return this.wordNumbers[code >> 1] === true;
  }

  /** The words numbered so far. */
  wordsNumbered(): Set<string> {
    return new Set(this.words.keys());
  }

  /** How many keys are numbered. */
  get size(): number {
    return this.next;
  }

  /** The key `id:<anchor key>`. */
  anchor(key: string): number {
    return this.numbered(this.anchors, key, false);
  }

  private numbered<K>(map: Map<K, number>, k: K, amount: boolean): number {
    let code = map.get(k);
    if (code === undefined) map.set(k, (code = (this.next++ << 1) | (amount ? 1 : 0)));
    return code;
  }
}

/** The sentence keys of a pair of passages, numbered together: sets 0…m−1 are the English sentences', m…m+n−1 the Chinese. */
interface PairKeys {
  en: PassageInfo;
  zh: PassageInfo;
  numbers: KeyNumbers;
  sets: KeySets;
  m: number;
  n: number;
  /** The Latin tokens of the Chinese passage, which the English sentences' words were filtered by. */
  zhLatin: ReadonlySet<string>;
}

/** The keys `pairKeyCounts` worked out, until alignSentences asks for that pair (right after, for an explicit pair). */
let kept: PairKeys | undefined;

function keysOfPair(en: PassageInfo, zh: PassageInfo): PairKeys {
  if (kept && kept.en === en && kept.zh === zh) {
    const keys = kept;
    kept = undefined;
    return keys;
  }
  const sets = new KeySets();
  const numbers = new KeyNumbers(sets);
  const zhLatin = latinTokenSet(zh.passage.text);
  sentenceKeys(en, numbers, zhLatin);
  // A Chinese word counts only where an English sentence has it too: words of the Chinese
  // that no English sentence has would share nothing, so they are not numbered.
  sentenceKeys(zh, numbers, numbers.wordsNumbered());
  return { en, zh, numbers, sets, m: en.passage.sentences.length, n: zh.passage.sentences.length, zhLatin };
}

/** Whether every claim and anchor of a passage is in one of its sentences, where sentenceKeys finds it. */
function allInSentences(info: PassageInfo): boolean {
  const { sentences } = info.passage;
  for (const c of info.claims) if (sentences[c.sentence]?.index !== c.sentence) return false;
  for (const a of info.anchors) if (sentences[a.sentence]?.index !== a.sentence) return false;
  return true;
}

/**
 * What pairing counts of two passages' keys, counted from the keys of their sentences,
 * which alignSentences then reads rather than working them out again; undefined when the
 * sentences do not hold every claim, anchor and English word of the passages, and the
 * passages' own keys must be counted.
 */
export function pairKeyCounts(en: PassageInfo, zh: PassageInfo): KeyCounts | undefined {
  if (!allInSentences(en) || !allInSentences(zh) || !sentencesHoldEveryToken(en.passage)) return undefined;
  const keys = (kept = keysOfPair(en, zh));
  const { numbers, sets, m, n } = keys;
  const { codes, from, to } = sets;
  const inEnglish = new Uint8Array(numbers.size);
  let enNumbers = 0;
  let coveredLatin = 0;
  for (let s = 0; s < m; s++) {
    for (let k = from[s]!; k < to[s]!; k++) {
      const code = codes[k]!;
      if (inEnglish[code >> 1]) continue;
      inEnglish[code >> 1] = 1;
      // The English words are those the Chinese has (sentenceKeys' filter).
      if (numbers.isWord(code)) coveredLatin++;
      else enNumbers++;
    }
  }
  const inChinese = new Uint8Array(numbers.size);
  let zhNumbers = 0;
  let sharedNumbers = 0;
  for (let s = m; s < m + n; s++) {
    for (let k = from[s]!; k < to[s]!; k++) {
      const code = codes[k]!;
      if (inChinese[code >> 1] || numbers.isWord(code)) continue;
      inChinese[code >> 1] = 1;
      zhNumbers++;
      sharedNumbers += inEnglish[code >> 1]!;
    }
  }
  return { enNumbers, zhNumbers, sharedNumbers, chineseLatin: keys.zhLatin.size, coveredLatin };
}

const PRIOR = { oneOne: 0, merge: 1.5, skip: 3, mergeClauses: 3 };
const SHARED_WEIGHT = 1;
const UNSHARED_NUMBER_WEIGHT = 0.5;
const LENGTH_WEIGHT = 2;
/** A sentence merged into a bead although none of its numbers is on the other side: likely moved, not merged. */
const DEAD_WEIGHT = 2;

/** Scratch for countShared: the grid asks for every cell, so nothing is allocated per call. */
const shared: Shared = { all: 0, marked: 0 };

/** The cost of one sentence of a merged bead that has numbers, none of them stated on the other side. */
function deadWeight(numeric: number, sharedAmounts: number): number {
  if (numeric === 0) return 0;
  return sharedAmounts > 0 ? 0 : DEAD_WEIGHT;
}

/** Each sentence's keys, a set each in `numbers.sets`: its claims', its anchors', and its words that `words` holds. */
function sentenceKeys(info: PassageInfo, numbers: KeyNumbers, words: ReadonlySet<string>): void {
  const { passage, anchors } = info;
  // The passage's own claims by sentence, which claim linking and the rules read too; anchors grouped once, not filtered again for every sentence.
  const index = passageIndex(info);
  const anchorsOf = new Map<number, Anchor[]>();
  for (const a of anchors) (anchorsOf.get(a.sentence) ?? anchorsOf.set(a.sentence, []).get(a.sentence)!).push(a);
  const { sets } = numbers;
  for (const s of passage.sentences) {
    numbers.startSentence();
    for (const c of index.claimsIn(s.index)) eachClaimKey(c, numbers);
    const numeric = sets.pushed;
    const anchored = anchorsOf.get(s.index);
    if (anchored) for (const a of anchored) numbers.add(numbers.anchor(a.key));
    // A filter that admits no word spares splitting the sentence into words.
    if (words.size > 0) for (const t of latinTokensIn(s.text, words)) numbers.add(numbers.word(t));
    sets.close(numeric, s.length);
  }
}

/**
 * The length ratio of the pair being aligned, and the cost `beadCost` worked out last. A
 * float that a call takes or returns is boxed, one allocation for each move of each cell,
 * unless the engine inlines the call, which it does for a few calls of the grid's only;
 * in a typed array it stays a float.
 */
const costs = new Float64Array(2);
const RATIO = 0;
const BEAD = 1;

/**
 * The cost of a bead whose sides, sets `en` and `zh`, share what `both` counts, left in
 * `costs[BEAD]`; without `lengthToo`, its cost as if both sides were of the expected
 * lengths, which its cost is never below (the length cost is at least 0, and rounding keeps
 * the order of sums): a bead that cannot beat a cell's cost so is not worth a logarithm.
 */
function beadCost(sets: KeySets, en: number, zh: number, both: Shared, lengthToo: boolean): void {
  const sharedAmounts = both.marked;
  // The amounts of each side that the other lacks.
  const unshared = sets.amounts[en]! - sharedAmounts + (sets.amounts[zh]! - sharedAmounts);
  const lengthCost = lengthToo ? Math.abs(Math.log((sets.length[zh]! + 1) / ((sets.length[en]! + 1) * costs[RATIO]!))) : 0;
  costs[BEAD] = LENGTH_WEIGHT * lengthCost - SHARED_WEIGHT * both.all + UNSHARED_NUMBER_WEIGHT * unshared;
}

/**
 * Sentences this far off the diagonal are not considered. Abstracts have far fewer
 * sentences, so for them the search is complete; for a huge file it keeps the
 * alignment linear in the number of sentences instead of quadratic.
 */
export const ALIGN_BAND = 32;

/** The most clauses cut at semicolons that one bead joins. */
const MAX_CLAUSES = 6;

/**
 * The most English sentences one Chinese sentence joins: a Chinese results sentence often
 * chains with `，` and `；` what English writes as three or four (`NGAL was higher (P<0.05).
 * KIM-1 was higher (P<0.05). IL-18 was higher (P<0.05).` against `…均较高（均P＜0.05）`).
 */
const MAX_JOINED = 4;

/** The beads as steps in sentences [English, Chinese]; a move indexes into it. */
const MOVES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 0],
  [0, 1],
  // One English sentence that the Chinese cut into clauses at semicolons (see CLAUSE_CUT).
  ...Array.from({ length: MAX_CLAUSES - 2 }, (_, k) => [1, k + 3] as const),
  // Three or more English sentences that the Chinese joins into one (see MAX_JOINED).
  ...Array.from({ length: MAX_JOINED - 2 }, (_, k) => [k + 3, 1] as const),
];

/**
 * A Chinese sentence cut at a semicolon (`；`): a clause that English keeps within one
 * sentence, so a run of such pieces and the piece that ends it may be one English
 * sentence (a 1-3 bead or longer, up to MAX_CLAUSES pieces).
 */
const CLAUSE_CUT = /[；;]\s*$/;

/**
 * The band of the grid: for each row (English sentence boundary) its first column and where
 * its cells start in the buffers, and for each cell its cost, its move and what its two
 * sentences share (counted once: the one-to-one bead and the dead weight of merged beads all
 * ask for it). One grid serves every pair of a run (`gridFor`): filling a few hundred cells
 * costs less than allocating them.
 */
class Grid {
  lo: Int32Array;
  from: Int32Array;
  width: Int32Array;
  cost: Float64Array;
  move: Uint8Array;
  sharedAll: Int32Array;
  sharedMarked: Int32Array;

  constructor(rows: number, cells: number) {
    this.lo = new Int32Array(rows);
    this.from = new Int32Array(rows);
    this.width = new Int32Array(rows);
    this.cost = new Float64Array(cells);
    this.move = new Uint8Array(cells);
    this.sharedAll = new Int32Array(cells);
    this.sharedMarked = new Int32Array(cells);
  }

  /** Every cell of the first `cells` unreached, its sharing not yet counted. */
  clear(cells: number): void {
    this.cost.fill(Infinity, 0, cells);
    this.move.fill(0, 0, cells);
    this.sharedAll.fill(-1, 0, cells);
    this.cost[0] = 0;
  }

  /** Where column `j` of row `i` is kept, or −1 when it lies outside the band. */
  slot(i: number, j: number): number {
    const k = j - this.lo[i]!;
    return k >= 0 && k < this.width[i]! ? this.from[i]! + k : -1;
  }
}

/** The grid kept for the next pair; a grid larger than abstracts need is made for its pair alone, so a long document's does not stay. */
let keptGrid = new Grid(64, 1024);
const KEPT_CELLS = 1 << 16;

function gridFor(rows: number, cells: number): Grid {
  if (rows <= keptGrid.lo.length && cells <= keptGrid.cost.length) return keptGrid;
  const grid = new Grid(rows, cells);
  if (cells <= KEPT_CELLS) keptGrid = grid;
  return grid;
}

/** What `fill` reads of one alignment. */
interface Alignment {
  sets: KeySets;
  grid: Grid;
  m: number;
  n: number;
  pairsE: number;
  pairsZ: number;
  bothE: number;
  bothZ: number;
  clauseFrom: number[];
  clauseCount: number[];
  /** English sentences i, i + 1 and i + 2 are set joinedFrom[i], those and i + 3 set joinedFrom[i] + 1 (joinedCount[i] of them). */
  joinedFrom: number[];
  joinedCount: number[];
}

/**
 * Every cell of the band, row after row, offering each move from it. A function of its own,
 * so that the engine inlines the cost and the counting into it: a call that returns a
 * cost, or takes one, boxes it, which was one allocation for each move of each cell.
 */
function fill({ sets, grid, m, n, pairsE, pairsZ, bothE, bothZ, clauseFrom, clauseCount, joinedFrom, joinedCount }: Alignment): void {
  const { cost, move, sharedAll, sharedMarked } = grid;
  const { numeric } = sets;
  const between = (i: number, j: number): Shared => {
    const k = grid.slot(i, j);
    if (k < 0) return sets.shared(i, m + j, shared);
    if (sharedAll[k]! < 0) {
      sets.shared(i, m + j, shared);
      sharedAll[k] = shared.all;
      sharedMarked[k] = shared.marked;
    } else {
      shared.all = sharedAll[k]!;
      shared.marked = sharedMarked[k]!;
    }
    return shared;
  };
  // What a merged pair of sentences shares with a sentence of the other side: what each of
  // the two shares with it (which the grid counts anyway), less what all three share, which
  // is read from what the two share with each other (sets bothE + i, bothZ + j), most often nothing.
  const less = (all: number, marked: number, both: number, other: number): Shared => {
    sets.shared(both, other, shared);
    shared.all = all - shared.all;
    shared.marked = marked - shared.marked;
    return shared;
  };
  /** English sentence i with Chinese sentences j and j + 1. */
  const withZPair = (i: number, j: number): Shared => {
    const { all, marked } = between(i, j);
    const next = between(i, j + 1);
    return less(all + next.all, marked + next.marked, bothZ + j, i);
  };
  /** English sentences i and i + 1 with Chinese sentence j. */
  const withEPair = (i: number, j: number): Shared => {
    const { all, marked } = between(i, j);
    const next = between(i + 1, j);
    return less(all + next.all, marked + next.marked, bothE + i, m + j);
  };
  for (let i = 0; i <= m; i++) {
    const lo = grid.lo[i]!;
    const from = grid.from[i]!;
    const rowWidth = grid.width[i]!;
    const next = i < m;
    const afterNext = i + 1 < m;
    for (let j = lo; j < lo + rowWidth; j++) {
      const here = cost[from + j - lo]!;
      if (here === Infinity) continue;
      // The moves are offered in the order of MOVES, so that of equal costs the first wins.
      // A move is costed only where it lands inside the band.
      let k: number;
      // Each bead is costed first without its length (see beadCost), then in full where that may win.
      if (next && j < n && (k = grid.slot(i + 1, j + 1)) >= 0) {
        const both = between(i, j);
        beadCost(sets, i, m + j, both, false);
        if (here + (PRIOR.oneOne + costs[BEAD]!) < cost[k]!) {
          beadCost(sets, i, m + j, both, true);
          const c = here + (PRIOR.oneOne + costs[BEAD]!);
          if (c < cost[k]!) (cost[k] = c), (move[k] = 0);
        }
      }
      if (next && j + 1 < n && (k = grid.slot(i + 1, j + 2)) >= 0) {
        const dead = deadWeight(numeric[m + j]!, between(i, j).marked) + deadWeight(numeric[m + j + 1]!, between(i, j + 1).marked);
        const both = withZPair(i, j);
        beadCost(sets, i, pairsZ + j, both, false);
        if (here + (PRIOR.merge + costs[BEAD]! + dead) < cost[k]!) {
          beadCost(sets, i, pairsZ + j, both, true);
          const c = here + (PRIOR.merge + costs[BEAD]! + dead);
          if (c < cost[k]!) (cost[k] = c), (move[k] = 1);
        }
      }
      if (afterNext && j < n && (k = grid.slot(i + 2, j + 1)) >= 0) {
        const dead = deadWeight(numeric[i]!, between(i, j).marked) + deadWeight(numeric[i + 1]!, between(i + 1, j).marked);
        const both = withEPair(i, j);
        beadCost(sets, pairsE + i, m + j, both, false);
        if (here + (PRIOR.merge + costs[BEAD]! + dead) < cost[k]!) {
          beadCost(sets, pairsE + i, m + j, both, true);
          const c = here + (PRIOR.merge + costs[BEAD]! + dead);
          if (c < cost[k]!) (cost[k] = c), (move[k] = 2);
        }
      }
      if (next && (k = grid.slot(i + 1, j)) >= 0) {
        const c = here + (PRIOR.skip + UNSHARED_NUMBER_WEIGHT * numeric[i]!);
        if (c < cost[k]!) (cost[k] = c), (move[k] = 3);
      }
      if (j < n && (k = grid.slot(i, j + 1)) >= 0) {
        const c = here + (PRIOR.skip + UNSHARED_NUMBER_WEIGHT * numeric[m + j]!);
        if (c < cost[k]!) (cost[k] = c), (move[k] = 4);
      }
      if (next && j < n && clauseCount[j]! > 0) {
        let dead = deadWeight(numeric[m + j]!, between(i, j).marked) + deadWeight(numeric[m + j + 1]!, between(i, j + 1).marked);
        for (let r = 0; r < clauseCount[j]!; r++) {
          dead += deadWeight(numeric[m + j + r + 2]!, between(i, j + r + 2).marked);
          if ((k = grid.slot(i + 1, j + r + 3)) < 0) continue;
          const both = sets.shared(i, clauseFrom[j]! + r, shared);
          beadCost(sets, i, clauseFrom[j]! + r, both, false);
          if (!(here + (PRIOR.mergeClauses + costs[BEAD]! + dead) < cost[k]!)) continue;
          beadCost(sets, i, clauseFrom[j]! + r, both, true);
          const c = here + (PRIOR.mergeClauses + costs[BEAD]! + dead);
          if (c < cost[k]!) (cost[k] = c), (move[k] = 5 + r);
        }
      }
      // Only sentences that each share a key with the Chinese one join it: a sentence that shares
      // none is more likely one the Chinese leaves out (a 1-0 bead) than a part of it.
      if (j < n && joinedCount[i]! > 0 && between(i, j).all > 0 && between(i + 1, j).all > 0) {
        let dead = deadWeight(numeric[i]!, between(i, j).marked) + deadWeight(numeric[i + 1]!, between(i + 1, j).marked);
        for (let r = 0; r < joinedCount[i]!; r++) {
          if (between(i + r + 2, j).all === 0) break;
          dead += deadWeight(numeric[i + r + 2]!, between(i + r + 2, j).marked);
          if ((k = grid.slot(i + r + 3, j + 1)) < 0) continue;
          const both = sets.shared(joinedFrom[i]! + r, m + j, shared);
          beadCost(sets, joinedFrom[i]! + r, m + j, both, false);
          if (!(here + (PRIOR.mergeClauses + costs[BEAD]! + dead) < cost[k]!)) continue;
          beadCost(sets, joinedFrom[i]! + r, m + j, both, true);
          const c = here + (PRIOR.mergeClauses + costs[BEAD]! + dead);
          if (c < cost[k]!) (cost[k] = c), (move[k] = 5 + (MAX_CLAUSES - 2) + r);
        }
      }
    }
  }
}

/**
 * Monotone sentence alignment by dynamic programming over 1-1, 1-2, 2-1, 1-0 and 0-1
 * beads (Gale–Church), 1-3 or more where the Chinese cut the English sentence at semicolons,
 * and 3-1 or 4-1 where one Chinese sentence joins several English ones that each share a key
 * with it, scored by shared anchors with the length ratio as tie-breaker.
 */
export function alignSentences(en: PassageInfo, zh: PassageInfo): Bead[] {
  const { sets, m, n } = keysOfPair(en, zh);
  // English sentence i is set i, Chinese sentence j is set m + j.
  const ratio = Math.max(0.05, zh.passage.length / Math.max(1, en.passage.length));
  // Wide enough that consecutive rows overlap whatever the ratio of sentence counts.
  const width = Math.max(ALIGN_BAND, Math.ceil((2 * n) / Math.max(1, m)) + 2, Math.ceil((2 * m) / Math.max(1, n)) + 2);
  let cells = 0;
  for (let i = 0; i <= m; i++) {
    const centre = m === 0 ? 0 : Math.round((i * n) / m);
    cells += Math.min(n, centre + width) - Math.max(0, centre - width) + 1;
  }
  const grid = gridFor(m + 1, cells);
  cells = 0;
  for (let i = 0; i <= m; i++) {
    const centre = m === 0 ? 0 : Math.round((i * n) / m);
    const lo = Math.max(0, centre - width);
    const hi = Math.min(n, centre + width);
    grid.lo[i] = lo;
    grid.from[i] = cells;
    grid.width[i] = hi - lo + 1;
    cells += hi - lo + 1;
  }
  grid.clear(cells);
  // Each two-sentence group is merged once, not once per DP cell that uses it: English
  // sentences i and i + 1 are set pairsE + i, Chinese j and j + 1 set pairsZ + j.
  const pairsE = sets.count;
  for (let i = 0; i + 1 < m; i++) sets.merge(i, i + 1);
  const pairsZ = sets.count;
  for (let j = 0; j + 1 < n; j++) sets.merge(m + j, m + j + 1);
  // And what the two sentences of each group share, which the grid subtracts (see fill).
  const bothE = sets.count;
  for (let i = 0; i + 1 < m; i++) sets.intersect(i, i + 1);
  const bothZ = sets.count;
  for (let j = 0; j + 1 < n; j++) sets.intersect(m + j, m + j + 1);
  // For each sentence, its run of clauses cut at semicolons joined three, four… at a time:
  // sets clauseFrom[j], clauseFrom[j] + 1, … (clauseCount[j] of them).
  const cut = zh.passage.sentences.map((s) => CLAUSE_CUT.test(s.text));
  const clauseFrom: number[] = [];
  const clauseCount: number[] = [];
  for (let j = 0; j < n; j++) {
    clauseFrom.push(sets.count);
    let joined = cut[j] && j + 1 < n ? pairsZ + j : -1;
    let count = 0;
    for (let k = 3; k <= MAX_CLAUSES && joined >= 0 && j + k <= n && cut[j + k - 2]; k++, count++) joined = sets.merge(joined, m + j + k - 1);
    clauseCount.push(count);
  }
  // For each English sentence, it and the next joined three, four… at a time.
  const joinedFrom: number[] = [];
  const joinedCount: number[] = [];
  for (let i = 0; i < m; i++) {
    joinedFrom.push(sets.count);
    let joined = i + 1 < m ? pairsE + i : -1;
    let count = 0;
    for (let k = 3; k <= MAX_JOINED && joined >= 0 && i + k <= m; k++, count++) joined = sets.merge(joined, i + k - 1);
    joinedCount.push(count);
  }
  costs[RATIO] = ratio;
  fill({ sets, grid, m, n, pairsE, pairsZ, bothE, bothZ, clauseFrom, clauseCount, joinedFrom, joinedCount });
  sets.release();
  const beads: Bead[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const [di, dj] = MOVES[grid.move[grid.slot(i, j)]!]!;
    const bead: Bead = { en: [], zh: [] };
    for (let k = i - di; k < i; k++) bead.en.push(k);
    for (let k = j - dj; k < j; k++) bead.zh.push(k);
    beads.push(bead);
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
