import { formatPercent, percentMatchesFraction, reported } from '../numbers/rounding.js';
import { decidingEvaluations } from '../constraints/checks/index.js';
import type { Evaluation } from '../constraints/evaluation.js';
import type { Claim, Lang } from '../types.js';
import type { ClaimLink, PairAlignment } from './claims.js';

export interface Verdict {
  /** The version whose number breaks a constraint that both versions state. */
  wrong: Lang;
  /** One sentence that says why, with the computed values. */
  reason: string;
}

const LANG_NAME: Record<Lang, string> = { en: 'English', zh: 'Chinese' };
export function langName(lang: Lang): string {
  return LANG_NAME[lang];
}

function besideOf(pair: PairAlignment, c: Claim): Claim | undefined {
  if (!c.beside) return undefined;
  const claims = c.lang === 'en' ? pair.en.claims : pair.zh.claims;
  return claims.find((x) => x.id === c.beside);
}

function linkedTo(pair: PairAlignment, c: Claim): Claim | undefined {
  const l = pair.links.find((x) => x[c.lang].id === c.id);
  return l ? l[c.lang === 'en' ? 'zh' : 'en'] : undefined;
}

/** Does this fraction agree with the percentage written beside it? */
export function fractionAgreesWithPercent(fraction: Claim, percent: Claim): boolean {
  return percentMatchesFraction(reported(percent.value, percent.decimals), fraction.num!, fraction.den!);
}

function describeFraction(f: Claim, p: Claim): string {
  return `${f.num}/${f.den} = ${formatPercent(f.num!, f.den!, Math.max(2, p.decimals + 1))}%`;
}

/** A fraction and a percentage that both versions write beside the conflicting claims decide between them. */
function byBesidePercent(pair: PairAlignment, conflict: ClaimLink): Verdict | undefined {
  const { en, zh } = conflict;
  if (en.kind !== 'fraction' && en.kind !== 'percent') return undefined;
  const enB = besideOf(pair, en);
  const zhB = besideOf(pair, zh);
  if (!enB || !zhB || linkedTo(pair, enB)?.id !== zhB.id) return undefined;
  const [enF, enP] = en.kind === 'fraction' ? [en, enB] : [enB, en];
  const [zhF, zhP] = zh.kind === 'fraction' ? [zh, zhB] : [zhB, zh];
  if (enF.kind !== 'fraction' || zhF.kind !== 'fraction' || enP.kind !== 'percent' || zhP.kind !== 'percent') return undefined;
  const enOk = fractionAgreesWithPercent(enF, enP);
  const zhOk = fractionAgreesWithPercent(zhF, zhP);
  if (enOk === zhOk) return undefined;
  const [good, bad, wrong] = enOk ? [en, zh, 'zh' as const] : [zh, en, 'en' as const];
  const shared = en.kind === 'fraction' ? enP : enF;
  if (en.kind === 'fraction') {
    const goodF = good;
    const badF = bad;
    return {
      wrong,
      reason: `${describeFraction(goodF, shared)} agrees with the ${shared.text.trim()} that both versions state; ${describeFraction(badF, shared)} does not`,
    };
  }
  return {
    wrong,
    reason: `${describeFraction(shared, good)} agrees with ${good.text.trim()}, not with ${bad.text.trim()}`,
  };
}

/** A denominator that is the cohort both versions state (Seventeen = 17 名) is the right one. */
function byCohort(pair: PairAlignment, conflict: ClaimLink): Verdict | undefined {
  const { en, zh } = conflict;
  if (en.kind !== 'fraction' || en.den === zh.den) return undefined;
  const cohorts = new Set(
    pair.links.filter((l) => l.en.kind === 'number' && l.en.unit === 'patient' && l.zh.unit === 'patient').map((l) => l.en.value),
  );
  const enOk = cohorts.has(en.den!);
  const zhOk = cohorts.has(zh.den!);
  if (enOk === zhOk) return undefined;
  const wrong = enOk ? 'zh' : 'en';
  const good = enOk ? en : zh;
  return { wrong, reason: `the denominator ${good.den} is the group of ${good.den} that both versions state` };
}

function involves(e: Evaluation, c: Claim): boolean {
  return e.claims.some((x) => x.id === c.id || (x.offset <= c.offset && c.offset + c.length <= x.offset + x.length));
}

/**
 * A constraint that both versions state (a rate and its counts, subgroups and
 * their total) and that holds in one version but breaks in the other, through
 * the conflicting number, says which version is wrong.
 */
function byConstraints(pair: PairAlignment, conflict: ClaimLink): Verdict | undefined {
  const all = [pair.en, pair.zh];
  const read = (lang: Lang) => decidingEvaluations(lang === 'en' ? pair.en : pair.zh, all).filter((e) => involves(e, conflict[lang]));
  const en = read('en');
  const zh = read('zh');
  for (const [wrong, bad, good] of [['zh', zh, en], ['en', en, zh]] as const) {
    const broken = bad.find((e) => !e.holds && good.some((g) => g.rule === e.rule && g.holds));
    if (!broken) continue;
    if (good.some((g) => g.rule === broken.rule && !g.holds)) continue;
    const held = good.find((g) => g.rule === broken.rule && g.holds)!;
    return {
      wrong,
      reason: `both versions state the ${broken.rule} constraint; the ${langName(wrong === 'zh' ? 'en' : 'zh')} holds (${held.constraint}) and the ${langName(wrong)} does not (${broken.constraint})`,
    };
  }
  return undefined;
}

export function triangulate(pair: PairAlignment, conflict: ClaimLink): Verdict | undefined {
  return byBesidePercent(pair, conflict) ?? byCohort(pair, conflict) ?? byConstraints(pair, conflict);
}
