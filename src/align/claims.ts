import type { PassageInfo } from '../pair/index.js';
import { componentValues, halfUnit, sameClaim, sameNumber, unitsConflict } from '../numbers/equality.js';
import type { Claim } from '../types.js';
import { ALIGN_BAND, type Bead } from './sentences.js';

function groupBySentence(claims: Claim[]): Map<number, Claim[]> {
  const out = new Map<number, Claim[]>();
  for (const c of claims) {
    const list = out.get(c.sentence);
    if (list) list.push(c);
    else out.set(c.sentence, [c]);
  }
  return out;
}

/** The first Chinese sentence aligned with each English sentence, or the nearest before it. */
function alignedZhSentence(beads: Bead[]): Map<number, number> {
  const out = new Map<number, number>();
  let last = 0;
  for (const b of beads) {
    if (b.zh.length) last = b.zh[0]!;
    for (const e of b.en) out.set(e, last);
  }
  return out;
}

/**
 * Every number a version states, sorted and grouped by precision, so "is this value
 * anywhere over there?" is a binary search in each group: one coarse number such as
 * `1 x 10(6)` must not widen the search window for all the others.
 */
class ValueIndex {
  private readonly groups = new Map<number, number[]>();

  constructor(claims: Claim[]) {
    for (const c of claims) {
      const list = this.groups.get(c.decimals) ?? [];
      list.push(...componentValues(c));
      this.groups.set(c.decimals, list);
    }
    for (const list of this.groups.values()) list.sort((a, b) => a - b);
  }

  has(v: number, decimals: number): boolean {
    for (const [d, values] of this.groups) {
      const reach = Math.max(halfUnit(d), halfUnit(decimals)) + 1e-9 * Math.max(1, Math.abs(v));
      let lo = 0;
      let hi = values.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (values[mid]! < v - reach) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < values.length && values[i]! <= v + reach; i++) if (sameNumber(v, decimals, values[i]!, d)) return true;
    }
    return false;
  }
}

export interface ClaimLink {
  en: Claim;
  zh: Claim;
}

export interface PairAlignment {
  en: PassageInfo;
  zh: PassageInfo;
  score: number;
  beads: Bead[];
  /** Claims that state the same value in both versions. */
  links: ClaimLink[];
  /** Claims that take the same place in both versions but state different values. */
  conflicts: ClaimLink[];
  /** Claims with no counterpart at all. */
  unmatched: Claim[];
}

/** Far more numbers than one sentence of an abstract holds. */
export const MAX_BEAD_CLAIMS = 200;

/** Claims that state exactly the same thing share this key. */
function exactKey(c: Claim): string {
  return `${c.kind}|${componentValues(c).join(',')}|${c.unit ?? ''}|${c.comparator ?? ''}`;
}

/** Conflicts are only read between claims written in digits and of one kind: words drift freely in translation. */
function comparable(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind || a.form !== 'digits' || b.form !== 'digits') return false;
  if (unitsConflict(a, b)) return false;
  if (a.kind === 'number') return a.unit !== undefined && a.unit === b.unit;
  return true;
}

export function linkClaims(en: PassageInfo, zh: PassageInfo, beads: Bead[]): Pick<PairAlignment, 'links' | 'conflicts' | 'unmatched'> {
  const linked = new Map<string, Claim>();
  const links: ClaimLink[] = [];
  const link = (e: Claim, z: Claim, into: ClaimLink[]) => {
    linked.set(e.id, z);
    linked.set(z.id, e);
    into.push({ en: e, zh: z });
  };
  const enBySentence = groupBySentence(en.claims);
  const zhBySentence = groupBySentence(zh.claims);
  const inBead = (bead: Bead, _claims: Claim[], side: 'en' | 'zh') =>
    bead[side].flatMap((i) => (side === 'en' ? enBySentence : zhBySentence).get(i) ?? []);
  const free = (c: Claim) => !linked.has(c.id);

  // A bead with more claims than an abstract sentence ever holds (a table, a number
  // dump) is matched by exact value only: pairwise comparison there is quadratic.
  const huge = (bead: Bead) => bead.en.length + bead.zh.length > 0 && (inBead(bead, en.claims, 'en').length > MAX_BEAD_CLAIMS || inBead(bead, zh.claims, 'zh').length > MAX_BEAD_CLAIMS);
  const hugeZh = new Set<number>();
  const exact = new Map<string, { items: Claim[]; next: number }>();
  for (const bead of beads) {
    if (!huge(bead)) continue;
    for (const i of bead.zh) hugeZh.add(i);
    for (const z of inBead(bead, zh.claims, 'zh')) {
      const list = exact.get(exactKey(z));
      if (list) list.items.push(z);
      else exact.set(exactKey(z), { items: [z], next: 0 });
    }
  }
  const takeExact = (e: Claim) => {
    const list = exact.get(exactKey(e));
    if (!list) return undefined;
    while (list.next < list.items.length && !free(list.items[list.next]!)) list.next++;
    const z = list.items[list.next];
    return z && sameClaim(e, z) ? z : undefined;
  };

  // 1. Same value inside aligned sentences, in order.
  for (const bead of beads) {
    const zs = inBead(bead, zh.claims, 'zh');
    const big = huge(bead);
    for (const e of inBead(bead, en.claims, 'en')) {
      const z = big ? takeExact(e) : zs.find((c) => free(c) && sameClaim(e, c));
      if (z) link(e, z, links);
    }
  }
  // 2. Same value anywhere in the pair: a sentence the aligner placed differently
  // (in a file too long for one abstract, anywhere within the alignment band).
  const zhCount = zh.passage.sentences.length;
  const near = zhCount <= 2 * ALIGN_BAND ? undefined : alignedZhSentence(beads);
  for (const e of en.claims.filter(free)) {
    let candidates = zh.claims;
    if (near || hugeZh.size) {
      const centre = near?.get(e.sentence) ?? 0;
      const [lo, hi] = near ? [Math.max(0, centre - ALIGN_BAND), Math.min(zhCount - 1, centre + ALIGN_BAND)] : [0, zhCount - 1];
      candidates = [];
      for (let i = lo; i <= hi; i++) if (!hugeZh.has(i)) candidates.push(...(zhBySentence.get(i) ?? []));
    }
    const z = candidates.find((c) => free(c) && sameClaim(e, c)) ?? takeExact(e);
    if (z) link(e, z, links);
  }
  // 3. Different values in the same place: beside the same linked claim, or the only one of their kind in a bead.
  const conflicts: ClaimLink[] = [];
  const byId = new Map([...en.claims, ...zh.claims].map((c) => [c.id, c]));
  for (const z of zh.claims.filter(free)) {
    const zBeside = z.beside ? byId.get(z.beside) : undefined;
    const eBeside = zBeside ? linked.get(zBeside.id) : undefined;
    const e = eBeside?.beside ? byId.get(eBeside.beside) : undefined;
    if (e && free(e) && comparable(e, z)) link(e, z, conflicts);
  }
  for (const bead of beads) {
    if (huge(bead)) continue;
    const es = inBead(bead, en.claims, 'en').filter(free);
    const zs = inBead(bead, zh.claims, 'zh').filter(free);
    for (const e of es) {
      const sameKindE = es.filter((c) => free(c) && c.kind === e.kind && c.unit === e.unit);
      const sameKindZ = zs.filter((c) => free(c) && comparable(e, c));
      if (sameKindE.length === 1 && sameKindZ.length === 1) link(e, sameKindZ[0]!, conflicts);
    }
  }
  // 4. What is left, unless its value stands anywhere in the other version in another form.
  const enValues = new ValueIndex(en.claims);
  const zhValues = new ValueIndex(zh.claims);
  const unmatched = [...en.claims, ...zh.claims].filter((c) => {
    if (!free(c)) return false;
    const other = c.lang === 'en' ? zhValues : enValues;
    return !componentValues(c).some((v) => other.has(v, c.decimals));
  });
  return { links, conflicts, unmatched };
}
