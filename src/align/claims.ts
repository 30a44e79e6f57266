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

/** Every number a version states, sorted, so "is this value anywhere over there?" is a binary search. */
class ValueIndex {
  private readonly values: { v: number; d: number }[];
  private readonly maxHalfUnit: number;

  constructor(claims: Claim[]) {
    this.values = claims.flatMap((c) => componentValues(c).map((v) => ({ v, d: c.decimals }))).sort((a, b) => a.v - b.v);
    this.maxHalfUnit = this.values.reduce((m, x) => Math.max(m, halfUnit(x.d)), 0);
  }

  has(v: number, decimals: number): boolean {
    const reach = Math.max(this.maxHalfUnit, halfUnit(decimals)) + 1e-9 * Math.max(1, Math.abs(v));
    const { values } = this;
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid]!.v < v - reach) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < values.length && values[i]!.v <= v + reach; i++) {
      if (sameNumber(v, decimals, values[i]!.v, values[i]!.d)) return true;
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

  // 1. Same value inside aligned sentences, in order.
  for (const bead of beads) {
    const zs = inBead(bead, zh.claims, 'zh');
    for (const e of inBead(bead, en.claims, 'en')) {
      const z = zs.find((c) => free(c) && sameClaim(e, c));
      if (z) link(e, z, links);
    }
  }
  // 2. Same value anywhere in the pair: a sentence the aligner placed differently
  // (in a file too long for one abstract, anywhere within the alignment band).
  const zhCount = zh.passage.sentences.length;
  const near = zhCount <= 2 * ALIGN_BAND ? undefined : alignedZhSentence(beads);
  for (const e of en.claims.filter(free)) {
    let candidates = zh.claims;
    if (near) {
      const centre = near.get(e.sentence) ?? 0;
      candidates = [];
      for (let i = Math.max(0, centre - ALIGN_BAND); i <= Math.min(zhCount - 1, centre + ALIGN_BAND); i++) candidates.push(...(zhBySentence.get(i) ?? []));
    }
    const z = candidates.find((c) => free(c) && sameClaim(e, c));
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
