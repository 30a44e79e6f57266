import type { PassageInfo } from '../pair/index.js';
import { componentValues, halfUnit, sameClaim, sameMeasure, sameNumber, unitsConflict } from '../numbers/equality.js';
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

const DURATIONS = new Set(['day', 'week', 'month', 'year']);

/** The unit each number of a claim counts: in `37 6/7 weeks` the 6 and the 7 are not weeks (`37周 + 6天`). */
function partUnit(c: Claim): string | undefined {
  return c.kind === 'fraction' && c.unit !== undefined && DURATIONS.has(c.unit) ? undefined : c.unit;
}

/** Both name a unit and the units differ: 12 weeks and 12 months are different amounts. */
function unitsDiffer(a: Claim, b: Claim): boolean {
  const [ua, ub] = [partUnit(a), partUnit(b)];
  return ua !== undefined && ub !== undefined && !sameMeasure(ua, ub);
}

/** The same claim written with the same precision, or the same value exactly. */
function sameAsWritten(a: Claim, b: Claim): boolean {
  return sameClaim(a, b) && (a.decimals === b.decimals || a.value === b.value);
}

/** Far more numbers than one sentence of an abstract holds. */
export const MAX_BEAD_CLAIMS = 200;

/** Claims that state exactly the same thing share this key. */
function exactKey(c: Claim): string {
  return `${c.kind}|${componentValues(c).join(',')}|${c.unit ?? ''}|${c.comparator ?? ''}`;
}

interface Stated {
  v: number;
  c: Claim;
}

/**
 * Every number a version states (its magnitude), grouped by the base of its unit and
 * by precision and sorted, so "is this value anywhere over there, in a unit that does
 * not contradict it?" is a binary search in each group: one coarse number such as
 * `1 x 10(6)` must not widen the search window for all the others, and a long list of
 * the same value in another unit is never walked.
 */
class ValueIndex {
  private readonly groups = new Map<string, Map<number, Stated[]>>();

  private readonly dates: Claim[] = [];

  constructor(claims: Claim[]) {
    for (const c of claims) {
      if (c.kind === 'date') {
        this.dates.push(c);
        continue;
      }
      const unit = partUnit(c)?.split('/')[0] ?? '';
      const byPrecision = this.groups.get(unit) ?? this.groups.set(unit, new Map()).get(unit)!;
      const list = byPrecision.get(c.decimals) ?? byPrecision.set(c.decimals, []).get(c.decimals)!;
      for (const v of componentValues(c)) list.push({ v: Math.abs(v), c });
    }
    for (const byPrecision of this.groups.values()) for (const list of byPrecision.values()) list.sort((a, b) => a.v - b.v);
  }

  /** Whether `v` (written with `decimals` decimals in `claim`) stands here, in a unit that does not differ. */
  has(v: number, decimals: number, claim: Claim): boolean {
    // A date stands there only as a date, and a date's encoded value is no amount. A version
    // that states no date at all leaves dates out (a citation line, a study period), it does not miss one.
    if (claim.kind === 'date') return this.dates.length === 0 || this.dates.some((d) => sameClaim(claim, d));
    const a = Math.abs(v);
    const unit = partUnit(claim)?.split('/')[0];
    for (const [u, byPrecision] of this.groups) {
      // Units of another base always differ; no unit on either side never does.
      if (unit !== undefined && u !== '' && u !== unit) continue;
      for (const [d, values] of byPrecision) {
        const reach = Math.max(halfUnit(d), halfUnit(decimals)) + 1e-9 * Math.max(1, a);
        let lo = 0;
        let hi = values.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (values[mid]!.v < a - reach) lo = mid + 1;
          else hi = mid;
        }
        for (let i = lo; i < values.length && values[i]!.v <= a + reach; i++) {
          const o = values[i]!;
          if (sameNumber(a, decimals, o.v, d) && !unitsDiffer(claim, o.c)) return true;
        }
      }
    }
    return false;
  }
}

/** Conflicts are only read between claims written in digits and of one kind: words drift freely in translation. */
function comparable(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind) return false;
  // A fraction keeps its shape in any form: `Seventeen of the 36` and `36例中16例` disagree;
  // so does a count of a named thing: `three cycles` and `4个周期`.
  // `No patients` is too loose a count to hold against a number.
  const counted = a.kind === 'number' && a.unit !== undefined && a.unit === b.unit && a.value !== 0 && b.value !== 0;
  if (a.kind !== 'fraction' && !counted && (a.form !== 'digits' || b.form !== 'digits')) return false;
  if (unitsConflict(a, b)) return false;
  if (a.kind === 'number') {
    if (a.unit === undefined || b.unit === undefined) return false;
    return sameMeasure(a.unit, b.unit) || (DURATIONS.has(a.unit) && DURATIONS.has(b.unit));
  }
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
  const inBead = (bead: Bead, side: 'en' | 'zh') => bead[side].flatMap((i) => (side === 'en' ? enBySentence : zhBySentence).get(i) ?? []);
  const free = (c: Claim) => !linked.has(c.id);

  // A bead with more claims than an abstract sentence ever holds (a table, a number
  // dump) is matched by exact value only: pairwise comparison there is quadratic.
  const hugeBeads = new Set(beads.filter((b) => inBead(b, 'en').length > MAX_BEAD_CLAIMS || inBead(b, 'zh').length > MAX_BEAD_CLAIMS));
  const hugeZh = new Set<number>();
  const exact = new Map<string, { items: Claim[]; next: number }>();
  for (const bead of hugeBeads) {
    for (const i of bead.zh) hugeZh.add(i);
    for (const z of inBead(bead, 'zh')) {
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

  // 1. Same value inside aligned sentences, in order: as written first, then allowing
  //    for rounding, so that 94.6% is not taken for the 95% of a confidence level beside it.
  for (const bead of beads) {
    const zs = inBead(bead, 'zh');
    const es = inBead(bead, 'en');
    if (hugeBeads.has(bead)) {
      for (const e of es) {
        const z = takeExact(e);
        if (z) link(e, z, links);
      }
      continue;
    }
    for (const same of [sameAsWritten, sameClaim]) {
      for (const e of es.filter(free)) {
        const z = zs.find((c) => free(c) && same(e, c));
        if (z) link(e, z, links);
      }
    }
  }
  // 2. Same value anywhere in the pair: a sentence the aligner placed differently
  //    (in a file too long for one abstract, anywhere within the alignment band).
  const zhCount = zh.passage.sentences.length;
  const near = zhCount <= 2 * ALIGN_BAND ? undefined : alignedZhSentence(beads);
  const nearbyOf = new Map<number, Claim[]>();
  const candidatesFor = (e: Claim): Claim[] => {
    if (!near && hugeZh.size === 0) return zh.claims;
    let candidates = nearbyOf.get(e.sentence);
    if (!candidates) {
      const centre = near?.get(e.sentence) ?? 0;
      const [lo, hi] = near ? [Math.max(0, centre - ALIGN_BAND), Math.min(zhCount - 1, centre + ALIGN_BAND)] : [0, zhCount - 1];
      candidates = [];
      for (let i = lo; i <= hi; i++) if (!hugeZh.has(i)) for (const c of zhBySentence.get(i) ?? []) candidates.push(c);
      nearbyOf.set(e.sentence, candidates);
    }
    return candidates;
  };
  for (const same of [sameAsWritten, sameClaim]) {
    for (const e of en.claims.filter(free)) {
      const z = candidatesFor(e).find((c) => free(c) && same(e, c)) ?? takeExact(e);
      if (z) link(e, z, links);
    }
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
    if (hugeBeads.has(bead)) continue;
    const es = inBead(bead, 'en').filter(free);
    const zs = inBead(bead, 'zh').filter(free);
    for (const e of es) {
      const sameKindE = es.filter((c) => free(c) && c.kind === e.kind && c.unit === e.unit);
      const sameKindZ = zs.filter((c) => free(c) && comparable(e, c));
      if (sameKindE.length === 1 && sameKindZ.length === 1) link(e, sameKindZ[0]!, conflicts);
    }
  }
  // 4. What is left, unless its value stands anywhere in the other version in another form.
  //    A value written with another unit (12 weeks, 12个月) is another amount.
  const enValues = new ValueIndex(en.claims);
  const zhValues = new ValueIndex(zh.claims);
  const unmatched = [...en.claims, ...zh.claims].filter((c) => {
    if (!free(c)) return false;
    // `12 weeks (3 months)` against `3个月`: the duration is stated, in the other unit.
    if (c.beside !== undefined && c.kind === 'number' && c.unit !== undefined && DURATIONS.has(c.unit) && !free(byId.get(c.beside)!)) return false;
    const other = c.lang === 'en' ? zhValues : enValues;
    // Every number of a fraction or range must stand there, not just one: 204/553 is not covered by 553 alone.
    const parts = c.kind === 'fraction' || c.kind === 'ratio' ? [c.num!, c.den!] : componentValues(c);
    return !parts.every((v) => other.has(v, c.decimals, c));
  });
  return { links, conflicts, unmatched };
}
