import type { PassageInfo } from '../pair/index.js';
import type { Claim } from '../types.js';
import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';

/** The group a passage reports on: its size and the claims that state it. */
export interface Cohort {
  size: number;
  claims: Claim[];
  /** How the size was read, for messages: `Ten patients`, `Four adult and two pediatric patients`. */
  text: string;
}

const ENROLL_EN = EN.ENROLL;
const ENROLL_ZH = ZH.ENROLL;
/** Words that say a count is not the analysed group: screened, assessed, registry, population. */
const NOT_COHORT = new RegExp(String.raw`\b(?:${EN.NOT_COHORT_WORDS})\b|${ZH.NOT_COHORT_WORDS}`, 'i');

export function isCount(c: Claim): boolean {
  return c.kind === 'number' && c.decimals === 0 && Number.isInteger(c.value) && !c.comparator && !c.approx && c.value > 0;
}

export function isPatientCount(c: Claim): boolean {
  return isCount(c) && c.unit === 'patient';
}

/** `Four adult and two pediatric patients`: one group stated as the sum of two. */
const SUM_EN = /^\s+[A-Za-z-]+\s+and\s*$/;
const SUM_EN_TAIL = /^\s+[A-Za-z-]+\s+(?:patients|participants|subjects|children|adults|cases)\b/;

/**
 * The cohort: the first count of patients in a sentence that says they were
 * enrolled, included, treated or studied (not screened), before any other count.
 */
export function cohortOf(info: PassageInfo): Cohort | undefined {
  const { claims } = info;
  for (const s of info.passage.sentences) {
    if (NOT_COHORT.test(s.text)) continue;
    const here = claims.filter((c) => c.sentence === s.index);
    const rel = (c: Claim) => c.offset - s.offset;
    for (const [i, c] of here.entries()) {
      if (!isCount(c)) continue;
      const next = here[i + 1];
      if (next && isCount(next) && info.passage.lang === 'en') {
        const gap = s.text.slice(rel(c) + c.length, rel(next));
        const tail = s.text.slice(rel(next) + next.length);
        if (SUM_EN.test(gap) && SUM_EN_TAIL.test(tail)) {
          const end = rel(next) + next.length + SUM_EN_TAIL.exec(tail)![0].length;
          return { size: c.value + next.value, claims: [c, next], text: s.text.slice(rel(c), end) };
        }
      }
      if (!isPatientCount(c)) continue;
      if (!(info.passage.lang === 'en' ? ENROLL_EN : ENROLL_ZH).test(s.text)) continue;
      // A count inside parentheses is a subgroup of the one before it.
      const head = s.text.slice(0, rel(c));
      const open = Math.max(head.lastIndexOf('('), head.lastIndexOf('（'));
      if (open >= 0 && !/[)）]/.test(head.slice(open))) continue;
      const noun = info.passage.lang === 'en' ? /^(?:\s+[A-Za-z-]+){0,3}?\s+(?:patients|participants|subjects|children|adults|cases)\b/.exec(s.text.slice(rel(c) + c.length)) : null;
      return { size: c.value, claims: [c], text: c.text + (noun?.[0] ?? '') };
    }
  }
  return undefined;
}

/** Every group size the passage states: counts of patients, fraction parts, and the cohort. */
export function statedGroups(info: PassageInfo, cohort: Cohort): Set<number> {
  const out = new Set<number>([cohort.size]);
  for (const c of info.claims) {
    if (isCount(c) && (c.unit === undefined || c.unit === 'patient' || c.unit === 'death')) out.add(c.value);
    if (c.kind === 'fraction') out.add(c.num!);
  }
  for (const s of info.stats ?? []) for (const p of s.parts ?? []) out.add(p.value);
  return out;
}
