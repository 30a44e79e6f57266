import { MIN_PAIR_SCORE, roundScore, type Evidence, type Pairing, type PairingPassage } from './evidence.js';
import { linkScore, pairStructured } from './position.js';

/**
 * A file with more Chinese passages than this is not a few abstracts but a long
 * document: each English passage is then compared only with the PAIR_WINDOW Chinese
 * passages before it and after it, which keeps pairing linear instead of quadratic.
 */
export const PAIR_WINDOW = 32;
const LONG_DOCUMENT = 2 * PAIR_WINDOW;

/**
 * Anchors two passages must share to pair by them alone in a file holding several
 * passages in each language. Fewer, such as the list markers `(1)`, `(2)` or the small
 * counts that many abstracts of a journal page have, do not tell one abstract from the
 * next: such passages pair only with a neighbour, where the layout has one reading.
 */
const MIN_SHARED_APART = 3;

/** What weighing two passages says of them. */
export type Weigh = (en: PairingPassage, zh: PairingPassage) => Evidence;

/** A passage given to pairing and not yet settled. */
interface Held {
  /** Its place among all passages, in the order of the file. */
  k: number;
  p: PairingPassage;
  en: boolean;
  /** Its place among the passages of its language. */
  rank: number;
  /** An English passage's window: the Chinese passages before it. */
  lo: number;
  structured: boolean;
  /** Paired by shared anchors (the other passage and the score), alone (null), or not yet known (undefined). */
  anchored?: { partner: Held; score: number } | null;
  /** Paired as the one structured abstract left in each language. */
  structuredPair: boolean;
  /** A candidate pair of higher rank that is not settled yet reads this passage. */
  tainted: boolean;
  done: boolean;
}

interface Candidate {
  e: Held;
  z: Held;
  score: number;
}

/** Candidates best first; of equal scores, the English passage first in the file, then the Chinese. */
const byRank = (a: Candidate, b: Candidate) => b.score - a.score || a.e.rank - b.e.rank || a.z.rank - b.z.rank;

/** A pairing settled: two passages paired, or a passage left alone. Passages are numbered by their place in the file. */
export type Settled = { pair: Pairing; en: number; zh: number } | { alone: number };

/**
 * One-to-one pairs: first by shared anchors, best first, wherever the passages sit in
 * the file; then the passages left over by where they sit, so that an abstract with no
 * shared number, or whose one shared number was changed, still has its translation, and
 * a few shared small numbers do not pair an abstract with the wrong one of several.
 * By where they sit: first the one structured abstract left in each language
 * (`pairStructured`); then two passages are a candidate when they are neighbours in the
 * file (page chrome between them does not count), are in different languages, and
 * either share some anchors or have a plausible length ratio, agree in their headings
 * if both are structured, and have no anchors that argue against them (`linkScore`). A
 * chain of candidates is paired only when it has one reading: an even chain (`EN ZH EN
 * ZH`) pairs neighbour by neighbour; an odd one (`ZH EN ZH`) leaves all its passages
 * unpaired, since either Chinese passage could be the translation. Linear in the number
 * of passages.
 *
 * Passages are given in the order of the file, and each pair is given back as soon as
 * nothing later in the file can change it: a candidate is settled once every candidate
 * of higher rank touching its passages is, and no passage still to come can be weighed
 * against them (in a long document, passages more than PAIR_WINDOW Chinese passages
 * apart are never weighed). So a long document is analysed pair by pair in bounded
 * memory, and its pairs are those of reading it whole: `finish` settles the rest.
 */
export class PairStream {
  /** Passages not settled, in the order of the file. */
  private held: Held[] = [];
  /** Every passage by its place; settled ones are dropped. */
  private readonly nodes: (Held | undefined)[] = [];
  private readonly zhByRank: (Held | undefined)[] = [];
  /** The link between neighbours k and k + 1: its score, none (null), or not yet known. */
  private readonly links: (number | null | undefined)[] = [];
  private candidates: Candidate[] = [];
  private enSeen = 0;
  private zhSeen = 0;
  /** Enough passages are read that which are weighed against which, and how many anchors they must share, is known. */
  private ready = false;
  private ended = false;
  /** The structured abstracts that anchors left alone, in each language. */
  private readonly structuredAlone: [Held[], Held[]] = [[], []];
  /** Whether the one structured abstract left in each language may still pair: no longer once a language has two. */
  private structuredOpen = true;
  private out: Settled[] = [];

  constructor(private readonly weigh: Weigh) {}

  /** Passages given and not yet settled. */
  get holding(): number {
    return this.held.length;
  }

  /** The next passage of the file. */
  add(p: PairingPassage): void {
    const en = p.passage.lang === 'en';
    const node: Held = {
      k: this.nodes.length,
      p,
      en,
      rank: en ? this.enSeen++ : this.zhSeen++,
      lo: this.zhSeen,
      structured: p.sections.size >= 2,
      structuredPair: false,
      tainted: false,
      done: false,
    };
    this.nodes.push(node);
    this.held.push(node);
    if (!en) this.zhByRank[node.rank] = node;
    if (this.ready) {
      if (en) this.window(node, node.lo);
      else for (const e of this.held) if (e.en && e.lo + PAIR_WINDOW > node.rank) this.consider(e, node, true);
    } else if (this.zhSeen > LONG_DOCUMENT && this.enSeen > 1) {
      this.ready = true;
      for (const e of this.held) if (e.en) this.window(e, this.zhSeen);
    }
  }

  /** The pairings settled since the last call. */
  settled(): Settled[] {
    if (this.ready) this.settle();
    return this.take();
  }

  /** The end of the file: every pairing not yet given back. */
  finish(): Settled[] {
    this.ended = true;
    if (!this.ready) for (const e of this.held) if (e.en) this.window(e, this.zhSeen);
    this.settle();
    return this.take();
  }

  private take(): Settled[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  /** Weigh an English passage against the Chinese passages of its window read so far (below `upTo`). */
  private window(e: Held, upTo: number): void {
    const long = this.zhSeen > LONG_DOCUMENT;
    const several = this.enSeen > 1 && this.zhSeen > 1;
    const [from, to] = long ? [Math.max(0, e.lo - PAIR_WINDOW), Math.min(upTo, e.lo + PAIR_WINDOW)] : [0, upTo];
    for (let q = from; q < to; q++) this.consider(e, this.zhByRank[q]!, several);
  }

  private consider(e: Held, z: Held, several: boolean): void {
    const { score, shared } = this.weigh(e.p, z.p);
    if (score < MIN_PAIR_SCORE) return;
    if (several && shared < MIN_SHARED_APART) return;
    this.candidates.push({ e, z, score: roundScore(score) });
  }

  /** Whether a passage still to come may be weighed against this one. */
  private open(n: Held): boolean {
    if (this.ended) return false;
    if (!this.ready) return true;
    return n.en ? n.lo + PAIR_WINDOW > this.zhSeen : n.rank + PAIR_WINDOW >= this.zhSeen;
  }

  private settle(): void {
    this.settleAnchored();
    if (this.ended && this.structuredOpen) this.settleStructured();
    this.settleNeighbours();
    this.held = this.held.filter((n) => !n.done);
  }

  /** Candidates best first, each taken when neither passage is taken and no candidate above it touching them is unsettled. */
  private settleAnchored(): void {
    this.candidates.sort(byRank);
    const unsettled: Candidate[] = [];
    for (const c of this.candidates) {
      const { e, z } = c;
      if (e.anchored || z.anchored) continue;
      if (e.tainted || z.tainted || this.open(e) || this.open(z)) {
        e.tainted = z.tainted = true;
        unsettled.push(c);
        continue;
      }
      e.anchored = { partner: z, score: c.score };
      z.anchored = { partner: e, score: c.score };
      this.pair(e, z, c.score);
    }
    this.candidates = unsettled;
    for (const n of this.held) {
      if (n.anchored === undefined && !n.tainted && !this.open(n)) {
        n.anchored = null;
        if (n.structured) this.aloneStructured(n);
      }
      n.tainted = false;
    }
  }

  private aloneStructured(n: Held): void {
    const list = this.structuredAlone[n.en ? 0 : 1];
    list.push(n);
    if (list.length > 1) this.structuredOpen = false;
  }

  /** At the end: the one structured abstract left in each language, if there is one in each (`pairStructured`). */
  private settleStructured(): void {
    this.structuredOpen = false;
    const [en, zh] = this.structuredAlone;
    if (en.length !== 1 || zh.length !== 1) return;
    const [e, z] = [en[0]!, zh[0]!];
    const pair = pairStructured(e.p, z.p, this.weigh);
    if (!pair) return;
    e.structuredPair = z.structuredPair = true;
    this.pair(e, z, pair.score);
  }

  /** Two passages paired apart from their neighbours (by anchors, or as the structured abstracts): no link reaches them now. */
  private pair(e: Held, z: Held, score: number): void {
    for (const n of [e, z]) {
      this.links[n.k] = null;
      if (n.k > 0) this.links[n.k - 1] = null;
    }
    this.give(e, z, score);
  }

  /** A pair settled: both passages released and the pair given back. */
  private give(e: Held, z: Held, score: number): void {
    this.release(e);
    this.release(z);
    this.out.push({ pair: { en: e.p.passage.id, zh: z.p.passage.id, score }, en: e.k, zh: z.k });
  }

  private release(n: Held): void {
    n.done = true;
    this.nodes[n.k] = undefined;
    if (!n.en) this.zhByRank[n.rank] = undefined;
  }

  /** Whether a passage is taken by a pair of anchors or of structured abstracts, free for its neighbours, or not yet known. */
  private taken(n: Held): boolean | undefined {
    if (n.anchored === undefined) return undefined;
    if (n.anchored) return true;
    if (!n.structured) return false;
    return this.structuredOpen ? undefined : n.structuredPair;
  }

  /** The link between neighbours (`linkScore`): null when there is none, undefined while it is not known. */
  private link(a: Held, b: Held): number | null | undefined {
    const [ta, tb] = [this.taken(a), this.taken(b)];
    if (ta || tb || a.en === b.en) return null;
    if (ta === undefined || tb === undefined) return undefined;
    const [en, zh] = a.en ? [a, b] : [b, a];
    return linkScore(en.p, zh.p, this.weigh) ?? null;
  }

  /**
   * The passages left over, paired with a neighbour where a chain of links has one
   * reading: a chain is settled once the links that end it are known.
   */
  private settleNeighbours(): void {
    const { held, links, nodes } = this;
    for (const n of held) {
      if (n.done || links[n.k] !== undefined) continue;
      const next = nodes[n.k + 1];
      if (next) links[n.k] = this.link(n, next);
      else if (this.ended && n.k + 1 === nodes.length) links[n.k] = null;
    }
    for (let i = 0; i < held.length; ) {
      const first = held[i]!;
      if (first.done || (first.k > 0 && links[first.k - 1] !== null)) {
        i++;
        continue;
      }
      // A chain starts here: follow its links to the first that is none, or not known.
      let j = i;
      while (typeof links[held[j]!.k] === 'number') j++;
      if (links[held[j]!.k] === null) this.settleChain(held.slice(i, j + 1));
      i = j + 1;
    }
  }

  private settleChain(chain: Held[]): void {
    if (chain.length === 1) {
      const [n] = chain as [Held];
      const taken = this.taken(n);
      if (taken === false) {
        this.release(n);
        this.out.push({ alone: n.k });
      }
      return;
    }
    if (chain.length % 2 === 0) {
      for (let i = 0; i < chain.length; i += 2) {
        const [a, b] = [chain[i]!, chain[i + 1]!];
        const [e, z] = a.en ? [a, b] : [b, a];
        this.give(e, z, roundScore(this.links[a.k]!));
      }
      return;
    }
    for (const n of chain) {
      this.release(n);
      this.out.push({ alone: n.k });
    }
  }
}
