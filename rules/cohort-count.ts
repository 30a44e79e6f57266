import { cohortOf, isCount, isPatientCount, statedGroups } from '../src/constraints/cohort.js';
import { constraintRule, type Evaluation } from '../src/constraints/evaluation.js';
import type { PassageInfo } from '../src/pair/index.js';
import type { Claim } from '../src/types.js';
import * as EN from '../src/lang/en.js';
import * as ZH from '../src/lang/zh.js';

const ID = 'cohort-count';
const OF_THEM = /^\s+(?:of\s+(?:them|these|those|whom)|(?:of|among)\s+(?:these|those|them)\b)/i;
const ALL_BEFORE_EN = /\b(?:all(?:\s+of)?(?:\s+the)?|each of the|every one of the|both of the)\s+$/i;
const ALL_BEFORE_ZH = /(?:所有|全部|全体|全组)\s*$/;
const THE_BEFORE = /\b(?:the|these|those)\s+$/i;
/** Several groups or arms: a count above the cohort may belong to another one. */
const ARMS = new RegExp(String.raw`\b(?:${EN.ARM_WORDS}|cohorts|screened|eligible)\b|${ZH.ARM_WORDS}|筛选`, 'i');

function evaluate(info: PassageInfo): Evaluation[] {
  const cohort = cohortOf(info);
  if (!cohort) return [];
  const out: Evaluation[] = [];
  const N = cohort.size;
  const start = cohort.claims[0]!;
  const after = info.claims.filter((c) => c.offset > start.offset && !cohort.claims.includes(c));
  const stated = statedGroups(info, cohort);
  const text = info.passage.text;
  const rel = (c: Claim) => c.offset - info.passage.offset;
  const before = (c: Claim) => text.slice(Math.max(0, rel(c) - 24), rel(c));
  const tail = (c: Claim) => text.slice(rel(c) + c.length, rel(c) + c.length + 24);
  const earlier = (c: Claim) =>
    new Set(info.claims.filter((x) => x.offset < c.offset && (isCount(x) || x.kind === 'fraction')).map((x) => (x.kind === 'fraction' ? x.num! : x.value)));
  const arms = ARMS.test(text);

  for (const c of after) {
    if (c.kind === 'fraction') {
      if (c.den === 0 || (c.unit && c.unit !== 'patient')) continue;
      // With several arms, a denominator may be an arm or analysis set the abstract does not name.
      if (arms) continue;
      const den = c.den!;
      const others = info.claims.filter((x) => x.kind === 'fraction' && x.id !== c.id);
      const sameSentence = others.filter((x) => x.sentence === c.sentence);
      const partition = sameSentence.length > 0 && [...stated].some((t) => sameSentence.some((x) => x.den! + den === t));
      const explained =
        den === N ? `${den} is the cohort` :
        stated.has(den) && den !== c.num ? `${den} is a group the abstract states` :
        others.some((x) => x.den === den) ? `${den} is the denominator of another fraction` :
        partition ? `${den} and the denominator beside it split a stated group` :
        [...stated].some((k) => k < N && N - k === den) ? `${den} = ${N} − ${N - den}, the rest of the cohort` :
        undefined;
      out.push({
        rule: ID,
        constraint: explained ? `${c.text}: ${explained}` : `${c.text}: ${den} is neither the cohort of ${N} nor a stated group`,
        holds: !!explained,
        claims: [c, ...cohort.claims],
        ...(explained
          ? {}
          : {
              problem: {
                claim: c,
                severity: 'warning' as const,
                message: `${c.text} counts out of ${den}, but the abstract enrolled ${N} (${cohort.text.trim()}) and states no group of ${den}.`,
                related: [{ claim: start, message: `The cohort of ${N}.` }],
                actual: c.text,
                expected: `a denominator of ${N} or of a stated subgroup`,
              },
            }),
      });
      continue;
    }
    if (!isCount(c)) continue;
    const b = before(c);
    if (OF_THEM.test(tail(c))) {
      const holds = c.value <= N;
      out.push({
        rule: ID,
        constraint: `${c.text} of them ≤ ${N}`,
        holds,
        claims: [c, start],
        ...(holds ? {} : {
          problem: {
            claim: c, message: `${c.text.trim()} of them is more than the ${N} patients it is a part of (${cohort.text.trim()}).`,
            related: [{ claim: start, message: `The cohort of ${N}.` }], actual: c.text, expected: `at most ${N}`,
          },
        }),
      });
      continue;
    }
    if (!isPatientCount(c) && !(info.passage.lang === 'zh' && c.unit === 'patient')) continue;
    const prior = earlier(c);
    if ((info.passage.lang === 'en' ? ALL_BEFORE_EN : ALL_BEFORE_ZH).test(b)) {
      const holds = c.value === N || (prior.has(c.value) && c.value < N);
      out.push({
        rule: ID,
        constraint: `all ${c.value} = ${N}`,
        holds,
        claims: [c, start],
        ...(holds ? {} : {
          problem: {
            claim: c, message: `"all ${c.value}" does not match the ${N} patients enrolled (${cohort.text.trim()}).`,
            related: [{ claim: start, message: `The cohort of ${N}.` }], actual: c.text.trim(), expected: String(N),
          },
        }),
      });
      continue;
    }
    if (info.passage.lang === 'en' && THE_BEFORE.test(b)) {
      const complement = [...prior].find((k) => k < N && N - k === c.value);
      const holds = c.value === N || prior.has(c.value) || complement !== undefined;
      out.push({
        rule: ID,
        constraint: complement !== undefined ? `the ${c.value}: ${N} − ${complement} = ${c.value}` : `the ${c.value}: a group stated before`,
        holds,
        claims: [c, start],
        ...(holds ? {} : {
          problem: {
            claim: c, severity: 'warning' as const,
            message: `"the ${c.text.trim()}" names a group of ${c.value} that is neither the cohort of ${N} (${cohort.text.trim()}), a group stated before, nor the rest of one.`,
            related: [{ claim: start, message: `The cohort of ${N}.` }], actual: c.text.trim(),
          },
        }),
      });
      continue;
    }
    if (arms) continue;
    const holds = c.value <= N;
    out.push({
      rule: ID,
      constraint: `${c.text.trim()} ≤ ${N}`,
      holds,
      claims: [c, start],
      ...(holds ? {} : {
        problem: {
          claim: c, severity: 'warning' as const,
          message: `${c.text.trim()} is more than the ${N} patients enrolled (${cohort.text.trim()}).`,
          related: [{ claim: start, message: `The cohort of ${N}.` }], actual: c.text.trim(), expected: `at most ${N}`,
        },
      }),
    });
  }
  return out;
}

export default constraintRule(
  {
    id: ID,
    description: 'Numbers that state the size of the same group must agree: subgroups within the cohort, fractions out of the cohort or a stated subgroup.',
    severity: 'error',
    examples: {
      valid: [
        'Six patients were enrolled, and four of them responded. The two patients with normal levels did not improve.',
        'Four adult and two pediatric patients were treated. Expression increased in 1 of 6 patients.',
        '共纳入 17 例患者，47.1%(8/17)的患者改善。',
      ],
      invalid: [
        'Six patients were enrolled, and seven of them responded.',
        'Seventeen patients were enrolled. A total of 47.1% (17/36) improved.',
        '共纳入 10 例患者，所有 12 例患者均耐受良好。',
      ],
    },
  },
  evaluate,
);
