import type { PassageInfo } from '../pair/index.js';
import { componentValues, sameClaim, sameMeasure, sameNumber, unitsConflict } from '../numbers/equality.js';
import type { Claim } from '../types.js';
import type { Bead } from './sentences.js';

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
  const inBead = (bead: Bead, claims: Claim[], side: 'en' | 'zh') => claims.filter((c) => bead[side].includes(c.sentence));
  const free = (c: Claim) => !linked.has(c.id);

  // 1. Same value inside aligned sentences, in order: as written first, then allowing
  //    for rounding, so that 94.6% is not taken for the 95% of a confidence level beside it.
  for (const bead of beads) {
    const zs = inBead(bead, zh.claims, 'zh');
    const es = inBead(bead, en.claims, 'en');
    for (const same of [sameAsWritten, sameClaim]) {
      for (const e of es.filter(free)) {
        const z = zs.find((c) => free(c) && same(e, c));
        if (z) link(e, z, links);
      }
    }
  }
  // 2. Same value anywhere in the pair: a sentence the aligner placed differently.
  for (const same of [sameAsWritten, sameClaim]) {
    for (const e of en.claims.filter(free)) {
      const z = zh.claims.find((c) => free(c) && same(e, c));
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
    const es = inBead(bead, en.claims, 'en').filter(free);
    const zs = inBead(bead, zh.claims, 'zh').filter(free);
    for (const e of es) {
      const sameKindE = es.filter((c) => free(c) && c.kind === e.kind && c.unit === e.unit);
      const sameKindZ = zs.filter((c) => free(c) && comparable(e, c));
      if (sameKindE.length === 1 && sameKindZ.length === 1) link(e, sameKindZ[0]!, conflicts);
    }
  }
  // 4. What is left, unless its value stands anywhere in the other version in another form.
  //    A value written with another unit (12 weeks, 12个月) is another amount.
  const valuesOf = (claims: Claim[]) => claims.flatMap((c) => componentValues(c).map((v) => ({ v, d: c.decimals, c })));
  const enValues = valuesOf(en.claims);
  const zhValues = valuesOf(zh.claims);
  const unmatched = [...en.claims, ...zh.claims].filter((c) => {
    if (!free(c)) return false;
    const other = c.lang === 'en' ? zhValues : enValues;
    // Every number of a fraction or range must stand there, not just one: 204/553 is not covered by 553 alone.
    const parts = c.kind === 'fraction' || c.kind === 'ratio' ? [c.num!, c.den!] : componentValues(c);
    return !parts.every((v) =>
      other.some((o) => (sameNumber(v, c.decimals, o.v, o.d) || sameNumber(Math.abs(v), c.decimals, Math.abs(o.v), o.d)) && !unitsDiffer(c, o.c)),
    );
  });
  return { links, conflicts, unmatched };
}
