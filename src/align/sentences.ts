import { claimKeys, countShared, latinTokensIn, latinTokenSet, sentencesHoldEveryToken, type Shared } from '../anchors.js';
import { passageIndex } from '../constraints/passage-index.js';
import type { KeyCounts } from '../pair/evidence.js';
import type { Bead, PassageInfo } from '../types.js';

export type { Bead };

/**
 * A sentence's keys, each numbered once for the pair (see KeyNumbers), so that the grid
 * compares two ascending integer arrays instead of looking text keys up in sets.
 */
interface SentenceKeys {
  /** Ascending key codes; a code's low bit says the key is an amount (not a word `w:` or an identifier `id:`). */
  codes: Int32Array;
  /** How many of the codes are amounts. */
  amounts: number;
  numeric: number;
  length: number;
}

const isAmount = (k: string) => !k.startsWith('w:') && !k.startsWith('id:');

/** One number for each distinct key of a pair, with the amount flag in the low bit. */
class KeyNumbers {
  private readonly keys = new Map<string, number>();
  private readonly words = new Map<string, number>();
  private readonly anchors = new Map<string, number>();
  private next = 0;
  /** For each key number, whether it numbers a word. */
  private readonly wordNumbers: boolean[] = [];
  /** For each key, the last sentence it was added to, so a sentence lists each key once. */
  private readonly lastSentence: number[] = [];
  private sentences = 0;

  /** A new sentence for addTo. */
  startSentence(): number {
    return ++this.sentences;
  }

  /** Add `code` to the codes of `sentence`, unless it is there already. */
  addTo(codes: number[], sentence: number, code: number): void {
    const id = code >> 1;
    if (this.lastSentence[id] === sentence) return;
    this.lastSentence[id] = sentence;
    codes.push(code);
  }

  /** A claim key (`n:12`, `%:4.5`): always an amount, as claimKeys writes no `w:` or `id:` key. */
  key(k: string): number {
    return this.numbered(this.keys, k, isAmount(k));
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

  private numbered(map: Map<string, number>, k: string, amount: boolean): number {
    let code = map.get(k);
    if (code === undefined) map.set(k, (code = (this.next++ << 1) | (amount ? 1 : 0)));
    return code;
  }
}

/** The sentence keys of a pair of passages, numbered together. */
interface PairKeys {
  en: PassageInfo;
  zh: PassageInfo;
  numbers: KeyNumbers;
  E: SentenceKeys[];
  Z: SentenceKeys[];
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
  const numbers = new KeyNumbers();
  const zhLatin = latinTokenSet(zh.passage.text);
  const E = sentenceKeys(en, numbers, zhLatin);
  // A Chinese word counts only where an English sentence has it too: words of the Chinese
  // that no English sentence has would share nothing, so they are not numbered.
  const Z = sentenceKeys(zh, numbers, numbers.wordsNumbered());
  return { en, zh, numbers, E, Z, zhLatin };
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
  const { numbers } = keys;
  const inEnglish = new Uint8Array(numbers.size);
  let enNumbers = 0;
  let coveredLatin = 0;
  for (const s of keys.E) {
    for (const code of s.codes) {
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
  for (const s of keys.Z) {
    for (const code of s.codes) {
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
function deadWeight(part: SentenceKeys, sharedAmounts: number): number {
  if (part.numeric === 0) return 0;
  return sharedAmounts > 0 ? 0 : DEAD_WEIGHT;
}

/** Each sentence's keys: its claims', its anchors', and its words that `words` holds. */
function sentenceKeys(info: PassageInfo, numbers: KeyNumbers, words: ReadonlySet<string>): SentenceKeys[] {
  const { passage, anchors } = info;
  // The passage's own claims by sentence, which claim linking and the rules read too; anchors grouped once, not filtered again for every sentence.
  const index = passageIndex(info);
  const anchorsOf = new Map<number, typeof anchors>();
  for (const a of anchors) (anchorsOf.get(a.sentence) ?? anchorsOf.set(a.sentence, []).get(a.sentence)!).push(a);
  return passage.sentences.map((s) => {
    const codes: number[] = [];
    const sentence = numbers.startSentence();
    for (const c of index.claimsIn(s.index)) for (const k of claimKeys(c)) numbers.addTo(codes, sentence, numbers.key(k));
    const numeric = codes.length;
    for (const a of anchorsOf.get(s.index) ?? []) numbers.addTo(codes, sentence, numbers.anchor(a.key));
    // A filter that admits no word spares splitting the sentence into words.
    if (words.size > 0) for (const t of latinTokensIn(s.text, words)) numbers.addTo(codes, sentence, numbers.word(t));
    return keysOf(Int32Array.from(codes).sort(), numeric, s.length);
  });
}

function keysOf(codes: Int32Array, numeric: number, length: number): SentenceKeys {
  let amounts = 0;
  for (let i = 0; i < codes.length; i++) amounts += codes[i]! & 1;
  return { codes, amounts, numeric, length };
}

/** Two neighbouring sentences read as one: the union of their keys. */
function merge(a: SentenceKeys, b: SentenceKeys): SentenceKeys {
  const x = a.codes;
  const y = b.codes;
  const out = new Int32Array(x.length + y.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && x[i]! < y[j]!)) out[n++] = x[i++]!;
    else if (i >= x.length || y[j]! < x[i]!) out[n++] = y[j++]!;
    else {
      out[n++] = x[i++]!;
      j++;
    }
  }
  return keysOf(out.slice(0, n), a.numeric + b.numeric, a.length + b.length);
}

function beadCost(en: SentenceKeys, zh: SentenceKeys, ratio: number): number {
  return beadCostOf(en, zh, countShared(en.codes, zh.codes, shared), ratio);
}

/** The cost of a bead whose sides share what `both` counts. */
function beadCostOf(en: SentenceKeys, zh: SentenceKeys, both: Shared, ratio: number): number {
  const sharedAmounts = both.marked;
  // The amounts of each side that the other lacks.
  const unshared = en.amounts - sharedAmounts + (zh.amounts - sharedAmounts);
  const lengthCost = Math.abs(Math.log((zh.length + 1) / ((en.length + 1) * ratio)));
  return LENGTH_WEIGHT * lengthCost - SHARED_WEIGHT * both.all + UNSHARED_NUMBER_WEIGHT * unshared;
}

/**
 * Sentences this far off the diagonal are not considered. Abstracts have far fewer
 * sentences, so for them the search is complete; for a huge file it keeps the
 * alignment linear in the number of sentences instead of quadratic.
 */
export const ALIGN_BAND = 32;

/** One row of the band: its first column and where its cells start in the grid's buffers. */
interface Row {
  lo: number;
  from: number;
  width: number;
}

/** The most clauses cut at semicolons that one bead joins. */
const MAX_CLAUSES = 6;

/** The beads as steps in sentences [English, Chinese]; a move indexes into it. */
const MOVES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 0],
  [0, 1],
  // One English sentence that the Chinese cut into clauses at semicolons (see CLAUSE_CUT).
  ...Array.from({ length: MAX_CLAUSES - 2 }, (_, k) => [1, k + 3] as const),
];

/**
 * A Chinese sentence cut at a semicolon (`；`): a clause that English keeps within one
 * sentence, so a run of such pieces and the piece that ends it may be one English
 * sentence (a 1-3 bead or longer, up to MAX_CLAUSES pieces).
 */
const CLAUSE_CUT = /[；;]\s*$/;

/** The costs and moves of every cell, row after row: two allocations for the grid, not two a row. */
interface Grid {
  cost: Float64Array;
  move: Uint8Array;
}

/** Where column `j` of `row` is kept in the grid, or −1 when it lies outside the band. */
function slot(row: Row, j: number): number {
  const k = j - row.lo;
  return k >= 0 && k < row.width ? row.from + k : -1;
}

/** Offer `cost` for the cell at `j` of `row`, reached by move `move`. */
function relax(grid: Grid, row: Row, j: number, cost: number, move: number): void {
  const k = slot(row, j);
  if (k >= 0 && cost < grid.cost[k]!) {
    grid.cost[k] = cost;
    grid.move[k] = move;
  }
}

/**
 * Monotone sentence alignment by dynamic programming over 1-1, 1-2, 2-1, 1-0 and 0-1
 * beads (Gale–Church), and 1-3 or more where the Chinese cut the English sentence at semicolons,
 * scored by shared anchors with the length ratio as tie-breaker.
 */
export function alignSentences(en: PassageInfo, zh: PassageInfo): Bead[] {
  const { E, Z } = keysOfPair(en, zh);
  const m = E.length;
  const n = Z.length;
  const ratio = Math.max(0.05, zh.passage.length / Math.max(1, en.passage.length));
  // Wide enough that consecutive rows overlap whatever the ratio of sentence counts.
  const width = Math.max(ALIGN_BAND, Math.ceil((2 * n) / Math.max(1, m)) + 2, Math.ceil((2 * m) / Math.max(1, n)) + 2);
  const rows: Row[] = [];
  let cells = 0;
  for (let i = 0; i <= m; i++) {
    const centre = m === 0 ? 0 : Math.round((i * n) / m);
    const lo = Math.max(0, centre - width);
    const hi = Math.min(n, centre + width);
    rows.push({ lo, from: cells, width: hi - lo + 1 });
    cells += hi - lo + 1;
  }
  const grid: Grid = { cost: new Float64Array(cells).fill(Infinity), move: new Uint8Array(cells) };
  grid.cost[0] = 0;
  // Each two-sentence group is merged once, not once per DP cell that uses it.
  const pairsE = E.map((_, i) => (i + 1 < m ? merge(E[i]!, E[i + 1]!) : undefined));
  const pairsZ = Z.map((_, j) => (j + 1 < n ? merge(Z[j]!, Z[j + 1]!) : undefined));
  // For each sentence, its run of clauses cut at semicolons joined three, four… at a time.
  const cut = zh.passage.sentences.map((s) => CLAUSE_CUT.test(s.text));
  const clausesZ = Z.map((_, j) => {
    const runs: SentenceKeys[] = [];
    let joined = cut[j] ? pairsZ[j] : undefined;
    for (let k = 3; k <= MAX_CLAUSES && joined && j + k <= n && cut[j + k - 2]; k++) runs.push((joined = merge(joined, Z[j + k - 1]!)));
    return runs;
  });
  // What English sentence i and Chinese sentence j share, counted once for the cells of
  // the band: the one-to-one bead and the dead weight of merged beads all ask for it.
  const sharedAll = new Int32Array(cells).fill(-1);
  const sharedMarked = new Int32Array(cells);
  const between = (i: number, j: number): Shared => {
    const k = slot(rows[i]!, j);
    if (k < 0) return countShared(E[i]!.codes, Z[j]!.codes, shared);
    if (sharedAll[k]! < 0) {
      countShared(E[i]!.codes, Z[j]!.codes, shared);
      sharedAll[k] = shared.all;
      sharedMarked[k] = shared.marked;
    } else {
      shared.all = sharedAll[k]!;
      shared.marked = sharedMarked[k]!;
    }
    return shared;
  };
  for (let i = 0; i <= m; i++) {
    const row = rows[i]!;
    const next = i < m ? rows[i + 1]! : undefined;
    const afterNext = i + 1 < m ? rows[i + 2]! : undefined;
    for (let j = row.lo; j < row.lo + row.width; j++) {
      const here = grid.cost[row.from + j - row.lo]!;
      if (here === Infinity) continue;
      // The moves are offered in the order of MOVES, so that of equal costs the first wins.
      if (next && j < n) relax(grid, next, j + 1, here + (PRIOR.oneOne + beadCostOf(E[i]!, Z[j]!, between(i, j), ratio)), 0);
      if (next && j + 1 < n) {
        const zm = pairsZ[j]!;
        const cost = beadCost(E[i]!, zm, ratio);
        relax(grid, next, j + 2, here + (PRIOR.merge + cost + (deadWeight(Z[j]!, between(i, j).marked) + deadWeight(Z[j + 1]!, between(i, j + 1).marked))), 1);
      }
      if (afterNext && j < n) {
        const em = pairsE[i]!;
        const cost = beadCost(em, Z[j]!, ratio);
        relax(grid, afterNext, j + 1, here + (PRIOR.merge + cost + (deadWeight(E[i]!, between(i, j).marked) + deadWeight(E[i + 1]!, between(i + 1, j).marked))), 2);
      }
      if (next) relax(grid, next, j, here + (PRIOR.skip + UNSHARED_NUMBER_WEIGHT * E[i]!.numeric), 3);
      if (j < n) relax(grid, row, j + 1, here + (PRIOR.skip + UNSHARED_NUMBER_WEIGHT * Z[j]!.numeric), 4);
      if (next && j < n && clausesZ[j]!.length > 0) {
        let dead = deadWeight(Z[j]!, between(i, j).marked) + deadWeight(Z[j + 1]!, between(i, j + 1).marked);
        clausesZ[j]!.forEach((clauses, k) => {
          dead += deadWeight(Z[j + k + 2]!, between(i, j + k + 2).marked);
          relax(grid, next, j + k + 3, here + (PRIOR.mergeClauses + beadCost(E[i]!, clauses, ratio) + dead), 5 + k);
        });
      }
    }
  }
  const beads: Bead[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const [di, dj] = MOVES[grid.move[slot(rows[i]!, j)]!]!;
    beads.push({
      en: Array.from({ length: di }, (_, k) => i - di + k),
      zh: Array.from({ length: dj }, (_, k) => j - dj + k),
    });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
