import type { PassageInfo } from '../pair/index.js';
import type { Claim } from '../types.js';
import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';
import { passageIndex } from './passage-index.js';

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
/** Between a count and its share: `3 (10.0%)`, `3例（10.0%）`, `3例,10.0%`. */
const SHARE_GAP = /^\s*(?:[(（,，]\s*)?$/;
/** How far after a count the words that name its group are looked for. */
const NOUN_REACH = 48;

export function isCount(c: Claim): boolean {
  return c.kind === 'number' && c.decimals === 0 && Number.isInteger(c.value) && !c.comparator && !c.approx && c.value > 0;
}

export function isPatientCount(c: Claim): boolean {
  return isCount(c) && c.unit === 'patient';
}

/** `one third`, `三分之一`: a share written in words, not a count out of a group of 3. */
export function isProportionWord(c: Claim): boolean {
  return c.kind === 'fraction' && (c.lang === 'en' ? EN.PROPORTION_WORD : ZH.PROPORTION_WORD).test(c.text);
}

/** `about 1/3`, `约1/3`: an approximate share, given the text just before the fraction. */
export function isApproximateShare(c: Claim, before: string): boolean {
  return c.kind === 'fraction' && (c.approx === true || (c.lang === 'en' ? EN.APPROXIMATE_BEFORE : ZH.APPROXIMATE_BEFORE).test(before));
}

/** `每七位长者即有一位`, `每10人中有1人`: one in every N, a share of everyone, not a count out of a group of N. */
export function isOneInEvery(c: Claim, before: string): boolean {
  return c.kind === 'fraction' && c.lang === 'zh' && ZH.RATE_BASE_BEFORE.test(before);
}

/** `4 adults and 2 children` / `4例成人和2例儿童` / `成人4例和儿童2例`: where the two-part group is written, relative to the sentence. */
function conjoined(lang: 'en' | 'zh', sentence: string, rel: (c: Claim) => number, c: Claim, next: Claim): [number, number] | undefined {
  const gap = sentence.slice(rel(c) + c.length, rel(next));
  const tail = sentence.slice(rel(next) + next.length, rel(next) + next.length + NOUN_REACH);
  const end = rel(next) + next.length;
  if (lang === 'en') {
    const m = EN.CONJOINED_GAP.test(gap) ? EN.CONJOINED_TAIL.exec(tail) : null;
    return m ? [rel(c), end + m[0].length] : undefined;
  }
  const after = ZH.CONJOINED_GAP_AFTER.test(gap) ? ZH.CONJOINED_TAIL.exec(tail) : null;
  if (after) return [rel(c), end + after[0].length];
  const head = ZH.CONJOINED_GAP_BEFORE.test(gap) ? ZH.CONJOINED_HEAD.exec(sentence.slice(Math.max(0, rel(c) - 8), rel(c))) : null;
  return head ? [rel(c) - head[0].length, end] : undefined;
}

/**
 * `16名音乐学院学生（女9名，年龄21.3±1.8岁）与17名非音乐专业大学生`: the next count of people outside brackets, when
 * the sentence compares the two groups (ZH.GROUPS_COMPARED_GAP); what the brackets between hold describes the first.
 */
function comparedWith(sentence: string, rel: (c: Claim) => number, c: Claim, after: Claim[]): Claim | undefined {
  for (const next of after) {
    if (!isPatientCount(next)) continue;
    const gap = sentence.slice(rel(c) + c.length, rel(next)).replace(ZH.BRACKETED, '');
    if (NO_BRACKETS.test(gap)) continue;
    return ZH.GROUPS_COMPARED_GAP.test(gap) ? next : undefined;
  }
  return undefined;
}
const NO_BRACKETS = /[（）()]/;

/** What ends a count's label on the left. */
const LABEL_END = /[，、；;,。：:（）()\s\d]/;

/**
 * `Ⅱ期12例，Ⅲ期20例`, `男性患者12例，女性患者20例`: two counts of a list after labels alike (as long,
 * ending alike, different), so the first is one part of a group and not the whole the others split.
 * A larger count alone says nothing: `共纳入10例患者，12例有效` is the error the check is for.
 */
function breaksDown(sentence: string, rel: (c: Claim) => number, c: Claim, next: Claim): boolean {
  const gap = ZH.LIST_OF_COUNTS_GAP.exec(sentence.slice(rel(c) + c.length, rel(next)).trim());
  if (!gap) return false;
  const label = gap[1]!;
  // The first count's label: back to a separator, a digit or the enrolling verb (`纳入患者12例` has the label 患者).
  const own = sentence.slice(Math.max(0, rel(c) - 8), rel(c)).trimEnd().split(LABEL_END).at(-1)!.split(ZH.ENROLL).at(-1)!;
  return own !== label && own.length === label.length && own.at(-1) === label.at(-1);
}

/**
 * The cohort: the first count of patients in a sentence that says they were
 * enrolled, included, treated or studied (not screened), before any other count;
 * two conjoined counts of people (`4 adults and 2 children`) are one cohort.
 */
export function cohortOf(info: PassageInfo): Cohort | undefined {
  // Read once for each passage: several checks weigh their claims against it.
  return passageIndex(info).remember(readCohort, () => readCohort(info));
}

function readCohort(info: PassageInfo): Cohort | undefined {
  const index = passageIndex(info);
  const lang = info.passage.lang;
  // Every cohort starts at a count: a passage with none has no cohort, and its sentences are not searched for the verbs.
  if (!info.claims.some(isCount)) return undefined;
  for (const s of info.passage.sentences) {
    const here = index.claimsIn(s.index);
    // A sentence without a count first, then the enrolling verb: most sentences fail one, and then the other tests are not needed.
    if (!here.some(isCount)) continue;
    if (!(lang === 'en' ? ENROLL_EN : ENROLL_ZH).test(s.text) || NOT_COHORT.test(s.text)) continue;
    const rel = (c: Claim) => c.offset - s.offset;
    for (const [i, c] of here.entries()) {
      if (!isCount(c)) continue;
      const next = here[i + 1];
      const both = next && isCount(next) ? conjoined(lang, s.text, rel, c, next) : undefined;
      if (next && both) return { size: c.value + next.value, claims: [c, next], text: s.text.slice(...both) };
      const other = lang === 'zh' && isPatientCount(c) ? comparedWith(s.text, rel, c, here.slice(i + 1)) : undefined;
      if (other) return { size: c.value + other.value, claims: [c, other], text: s.text.slice(rel(c), rel(other) + other.length) };
      if (!isPatientCount(c)) continue;
      // A count after `其中`, `including` is a part of a group stated without a number, and the first count
      // of a list that breaks the enrolled down (`纳入Ⅱ期12例，Ⅲ期20例`) is one part: the sentence states no cohort.
      if ((lang === 'en' ? EN.PART_BEFORE : ZH.PART_BEFORE).test(s.text.slice(0, rel(c)))) break;
      const nextCount = lang === 'zh' ? here.slice(i + 1).find(isPatientCount) : undefined;
      if (nextCount && breaksDown(s.text, rel, c, nextCount)) break;
      // `每发现1例…有39例`, `for every 39 infants`: a rate of cases per so many, whose counts are no group the sentence reports on.
      if ((lang === 'en' ? EN.PER_CASE_BEFORE : ZH.PER_CASE_BEFORE).test(s.text.slice(Math.max(0, rel(c) - 8), rel(c)))) break;
      // A count inside parentheses is a subgroup of the one before it.
      const bracket = index.lastOf('()（）', c.offset - info.passage.offset);
      if (bracket >= s.offset - info.passage.offset && '(（'.includes(info.passage.text[bracket]!)) continue;
      // A count with its share of a group beside it (`共3例（10.0%）`) is a part of that group, unless the share is all of it.
      if (next?.kind === 'percent' && next.value < 100 && SHARE_GAP.test(s.text.slice(rel(c) + c.length, rel(next)))) continue;
      const noun = lang === 'en' ? /^(?:\s+[A-Za-z-]+){0,3}?\s+(?:patients|participants|subjects|children|adults|cases)\b/.exec(s.text.slice(rel(c) + c.length, rel(c) + c.length + NOUN_REACH)) : null;
      return { size: c.value, claims: [c], text: c.text + (noun?.[0] ?? '') };
    }
  }
  return undefined;
}

/**
 * Things an abstract counts as a whole and then takes shares of: `86 patients received 412 cycles`,
 * `neutropenia in 10.9% (45/412) of the cycles`.
 */
const COUNTED_WHOLES = new Set(['cycle', 'dose', 'session']);

/** Every group size the passage states: counts of patients, fraction parts, and the cohort. */
export function statedGroups(info: PassageInfo, cohort: Cohort): Set<number> {
  const out = new Set<number>([cohort.size]);
  for (const c of info.claims) {
    if (isCount(c) && (c.unit === undefined || c.unit === 'patient' || c.unit === 'death' || (COUNTED_WHOLES.has(c.unit) && c.value > cohort.size))) out.add(c.value);
    if (c.kind === 'fraction' && !isProportionWord(c)) out.add(c.num!);
  }
  for (const s of info.stats ?? []) for (const p of s.parts ?? []) out.add(p.value);
  return out;
}
