import type { Evaluation } from '../evaluation.js';
import { first } from '../../extract/chars.js';
import { passageIndex } from '../passage-index.js';
import { claimInterval } from '../../numbers/rounding.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';

export const ID = 'significance-wording';
const ALPHA = 0.05;

/** Wording that states a significance decision; the negative forms first, so `not significant` is not read as `significant`. */
const NEGATIVE = /\b(?:not|no|non|nor|without|did not|failed to)\b(?:(?!\b(?:but|whereas|while|although|and|however|yet)\b)[^.;,()]){0,40}?\b(?:statistically\s+)?significan(?:t|tly|ce)|\bnon-?significant(?:ly)?|\binsignificant|(?:无|没有|未见|未达到?|不具有?|不具备)(?:明显|显著)?(?:统计学?|统计学上的?)?(?:意义|差异|显著性)|差异不显著|无显著(?:性)?差异|(?:无|没有|未|不)(?:显著(?:性)?|明显(?=升高|降低|增加|减少|改善|提高|下降|变化))/gi;
const POSITIVE = /\b(?:statistically\s+)?significan(?:t|tly|ce)|(?:有|具有|具)(?:统计学?|统计学上的?)?(?:意义)|(?:有|具有|具|存在)(?:统计学?|统计学上的?)(?:显著(?:性)?)?差异|显著(?:性)?(?:差异|升高|降低|增加|减少|改善|提高|下降)|(?:明显|显著)(?:升高|降低|增加|减少|改善|提高|下降)|差异(?:均|也|亦)?(?:极)?显著/gi;
/** Words between a decision and a p-value that start another statement. */
const TURN = /[,，;；]\s*(?:with|whereas|while|but|although|and|yet)\b|\b(?:no|not|similar|comparable|neither)\b|[但而无未]|相似|相当/i;
/** Methods sentences that state the threshold, not a finding. */
export const THRESHOLD = /considered|defined|set at|was used|level of|为差异有统计学意义|认为|视为|检验水准/i;

export interface Wording {
  start: number;
  end: number;
  significant: boolean;
}

export function wordings(text: string): Wording[] {
  const out: Wording[] = [];
  const negative: Wording[] = [];
  for (let m = first(NEGATIVE, text); m; m = NEGATIVE.exec(text)) negative.push({ start: m.index, end: m.index + m[0].length, significant: false });
  out.push(...negative);
  // Both lists come in text order: one pointer finds the negative wording a positive one may sit in.
  let j = 0;
  for (let m = first(POSITIVE, text); m; m = POSITIVE.exec(text)) {
    const start = m.index;
    while (j < negative.length && negative[j]!.end <= start) j++;
    if (j < negative.length && negative[j]!.start <= start) continue;
    out.push({ start, end: start + m[0].length, significant: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The decision a reported p-value makes at α = 0.05, or undefined when it cannot tell (P = 0.05, P < 0.10). */
function decision(p: Claim): boolean | undefined {
  const cmp = p.comparator ?? '=';
  if (cmp === '<' || cmp === '<=') return p.value <= ALPHA ? true : undefined;
  if (cmp === '>' || cmp === '>=') return p.value >= ALPHA ? false : undefined;
  const iv = claimInterval(p);
  if (iv.hi < ALPHA) return true;
  if (iv.lo > ALPHA) return false;
  return undefined;
}

export function evaluate(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  const index = passageIndex(info);
  for (const s of info.passage.sentences) {
    const here = index.claimsIn(s.index).filter((c) => c.kind === 'pvalue');
    if (here.length === 0 || THRESHOLD.test(s.text)) continue;
    const words = wordings(s.text);
    let floor = 0;
    let last = -1;
    for (const p of here) {
      const at = p.offset - s.offset;
      // The wording that governs a p-value stands before it, after the previous p-value, within the clause.
      const clauseStart = Math.max(floor, index.lastOf(';；', p.offset - info.passage.offset) - (s.offset - info.passage.offset) + 1);
      floor = at + p.length;
      // The last wording that ends before the p-value (wordings do not overlap, so their ends are in order too).
      while (last + 1 < words.length && words[last + 1]!.end <= at) last++;
      const w = last >= 0 && words[last]!.start >= clauseStart ? words[last] : undefined;
      const d = decision(p);
      if (!w || d === undefined) continue;
      // `significantly reduced in both groups, with no difference between them (P = 0.45)`: the p belongs to another statement.
      if (TURN.test(s.text.slice(w.end, at))) continue;
      const holds = w.significant === d;
      const words_ = s.text.slice(w.start, w.end);
      out.push({
        rule: ID,
        constraint: `"${words_}" with ${p.text.trim()}`,
        holds,
        claims: [p],
        ...(holds ? {} : {
          problem: {
            claim: p,
            message: w.significant
              ? `The text calls the result significant ("${words_}"), but ${p.text.trim()} is not below 0.05.`
              : `The text calls the result not significant ("${words_}"), but ${p.text.trim()} is below 0.05.`,
            actual: p.text.trim(),
            expected: w.significant ? 'P < 0.05' : 'P ≥ 0.05',
          },
        }),
      });
    }
  }
  return out;
}
