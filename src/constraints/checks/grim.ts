import type { Evaluation } from '../evaluation.js';
import { first, PLUS_MINUS } from '../../extract/chars.js';
import { lowerBound, passageIndex } from '../passage-index.js';
import { meanReachable, nearestReachableMeans, reported } from '../../numbers/rounding.js';
import type { PassageInfo } from '../../pair/index.js';

/** The spread after a mean and all that follows: `12.4 ± 3.1` is the mean `12.4`. */
const SPREAD_AND_AFTER = new RegExp(String.raw`\s*${PLUS_MINUS}.*$`);

export const ID = 'grim';
/** Data that take whole-number values: counts, episodes, single-item integer scales. */
const INTEGER_DATA = /number of|\bcounts?\b|episodes|attacks|visits|lesions|admissions|cigarettes|drinks|children per|Likert|single[- ]item|次数|个数|发作|例数|病灶数/i;
const N_EQ = /(?<![\p{L}])[nN]\s*=\s*(\d+)/gu;

export function evaluate(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  const index = passageIndex(info);
  // Every `n = …` of a sentence, read once, in text order.
  const sizes = new Map<number, { n: number; at: number }[]>();
  const sizesIn = (s: { index: number; text: string }) => {
    let list = sizes.get(s.index);
    if (!list) {
      sizes.set(s.index, (list = []));
      for (let x = first(N_EQ, s.text); x; x = N_EQ.exec(s.text)) list.push({ n: Number(x[1]), at: x.index });
    }
    return list;
  };
  for (const m of info.stats ?? []) {
    if (m.kind !== 'mean' || m.decimals === 0 || m.value < 0) continue;
    const s = index.sentence(m.sentence)!;
    const at = m.offset - s.offset;
    const lead = s.text.slice(Math.max(0, at - 60), at);
    if (!INTEGER_DATA.test(lead.split(/[;；。]/).pop() ?? '')) continue;
    // The n of the mean: the nearest `n = …` in the sentence (the earlier of two as near).
    const ns = sizesIn(s);
    if (ns.length === 0) continue;
    const lo = lowerBound(ns, at, (x) => x.at);
    const [left, right] = [ns[lo - 1], ns[lo]];
    const n = (left && (!right || at - left.at <= right.at - at) ? left : right)!.n;
    // With n ≥ 10^decimals every mean is reachable: the test says nothing.
    if (n <= 0 || n >= 10 ** m.decimals) continue;
    const mean = reported(m.value, m.decimals);
    const holds = meanReachable(mean, n);
    const text = m.text.replace(SPREAD_AND_AFTER, '');
    const [below, above] = nearestReachableMeans(mean, n);
    out.push({
      rule: ID,
      constraint: `mean ${text} of ${n} integers: ${holds ? 'reachable' : 'unreachable'} as an integer sum / ${n}`,
      holds,
      claims: [m],
      ...(holds ? {} : {
        problem: {
          claim: m,
          message: `A mean of ${n} whole numbers is a multiple of 1/${n}: no integer sum divided by ${n} rounds to ${text} (the nearest are ${below} and ${above}).`,
          actual: text,
          expected: `${below} or ${above}`,
        },
      }),
    });
  }
  return out;
}
