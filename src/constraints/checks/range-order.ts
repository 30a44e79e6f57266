import type { Evaluation } from '../evaluation.js';
import { firstAtOrAfter, inTextOrder, passageIndex } from '../passage-index.js';
import { fmt } from '../../numbers/rounding.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';

export const ID = 'range-order';
/** `from 20 to 10`, `decreased to`, `由 20 降至 10`: a change, not a range. */
const CHANGE_BEFORE = /(?:\bfrom|\bbetween|由|从)\s*$/i;
const CHANGE_GAP = /[降减升增]|decreas|increas|fell|rose|dropp|reduc/i;
/** `odds of 3 to 1`, `a 2 to 1 ratio`, `比值为3～1`: a ratio, whose first term may be the larger (a ratio's interval is still a range). */
const RATIO_BEFORE = /(?:\b(?:odds|ratio)(?:\s+(?:of|was|were|is|are))?|比[值例][为是]?)\s*$/i;
const RATIO_AFTER = /^\s*(?:ratio|odds)\b/i;
/**
 * Ages before present, which convention writes old to young (`9.8–0.2 ka BP`, `2.5～1.8 Ma`,
 * `3200-2800 cal BP`, `距今5000～3000年`): a falling range in them is in order.
 */
const BEFORE_PRESENT_UNITS = new Set(['ka', 'ma', 'ga']);
const BEFORE_PRESENT_AFTER = /^\s*(?:(?:cal(?:ibrated)?|k?a|k?yrs?|years?)\.?\s*){0,2}B\.?\s?P\b/i;
const BEFORE_PRESENT_BEFORE = /距今\s*$/;
/**
 * The mean a range's own clause gives right after it (`aged 38 to 67 years (mean, 52.6±5.2 years)`,
 * `年龄38～67岁，平均52.6岁`, `5～17岁（平均（11.8±2.7）岁）`): a mean of the values the range spans lies
 * inside it, where the mean is in the range's unit.
 */
const MEAN_AFTER = /^\s*(?:[(（,，;；]\s*)?(?:(?:with\s+)?(?:an?\s+)?(?:mean|average)(?:\s+age)?(?:\s+(?:of|was))?|(?:平均|均)(?:年龄)?(?:为)?)\s*(?:[,:=：]\s*)?(?:[(（]\s*)?(?=\d)/i;

export function evaluate(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  const index = passageIndex(info);
  const rel = (o: number) => o - info.passage.offset;
  const check = (c: Claim, lo: number, hi: number, what: string, d: number) => {
    const holds = lo <= hi;
    out.push({
      rule: ID,
      constraint: `${what} ${fmt(lo, d)} ≤ ${fmt(hi, d)}`,
      holds,
      claims: [c],
      ...(holds ? {} : {
        problem: {
          claim: c,
          message: `The ${what} ${c.text.trim()} runs from ${fmt(lo, d)} down to ${fmt(hi, d)}: its low end exceeds its high end.`,
          actual: c.text.trim(),
          expected: `${fmt(hi, d)}–${fmt(lo, d)}`,
        },
      }),
    });
  };
  // Only a mean outside is pushed: the constraints counted on clean text stay those of the order of ends.
  let byOffset: Claim[] | undefined;
  const meanInside = (r: Claim) => {
    const end = rel(r.offset + r.length);
    const m = MEAN_AFTER.exec(index.text.slice(end, end + 32));
    if (!m) return;
    const at = r.offset + r.length + m[0].length;
    const sorted = (byOffset ??= inTextOrder(info.claims));
    let mean: Claim | undefined;
    for (let i = firstAtOrAfter(sorted, at); i < sorted.length && sorted[i]!.offset === at && !mean; i++) if (sorted[i]!.kind === 'number') mean = sorted[i];
    if (!mean || mean.unit !== r.unit || mean.comparator || mean.approx || (r.low! <= mean.value && mean.value <= r.high!)) return;
    out.push({
      rule: ID,
      constraint: `mean ${fmt(mean.value, mean.decimals)} within ${fmt(r.low!, r.decimals)}–${fmt(r.high!, r.decimals)}`,
      holds: false,
      claims: [mean, r],
      problem: {
        claim: mean,
        message: `The mean ${fmt(mean.value, mean.decimals)} lies outside the range ${fmt(r.low!, r.decimals)}–${fmt(r.high!, r.decimals)} it is the mean of.`,
        actual: mean.text.trim(),
      },
    });
  };
  for (const c of info.claims) {
    if (c.kind !== 'range' || c.approx) continue;
    // Folded on first use: a passage with no range is not folded for this check.
    const text = index.text;
    const before = text.slice(Math.max(0, rel(c.offset) - 12), rel(c.offset));
    const own = text.slice(rel(c.offset), rel(c.offset + c.length));
    // Signs are not read by the number extraction: `-5 to -2` stays silent.
    if (CHANGE_BEFORE.test(before.replace(/\s*(?:about|approximately)\s*$/i, '')) || CHANGE_GAP.test(own) || /[-−]\s*$/.test(before) || /\d\s*(?:to|~|-)\s*[-−]/.test(own)) continue;
    if (c.low! > c.high! && (BEFORE_PRESENT_UNITS.has(c.unit ?? '') || BEFORE_PRESENT_BEFORE.test(before) || BEFORE_PRESENT_AFTER.test(text.slice(rel(c.offset + c.length), rel(c.offset + c.length) + 24)))) continue;
    if (RATIO_BEFORE.test(before) || RATIO_AFTER.test(text.slice(rel(c.offset + c.length), rel(c.offset + c.length) + 8))) continue;
    check(c, c.low!, c.high!, 'range', c.decimals);
    if (c.unit !== undefined && c.low! <= c.high!) meanInside(c);
  }
  // Ranges in text order, with the furthest end reached so far: whether a statistic overlaps one is a bisection.
  const ranges = inTextOrder(info.claims.filter((c) => c.kind === 'range'));
  const reach: number[] = [];
  for (const r of ranges) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, r.offset + r.length));
  const checked = (s: Claim) => {
    const before = firstAtOrAfter(ranges, s.offset + s.length) - 1;
    return before >= 0 && reach[before]! > s.offset;
  };
  for (const s of info.stats ?? []) {
    if (s.kind === 'interval' && !checked(s)) check(s, s.low!, s.high!, `${s.level}% confidence interval`, s.decimals);
    if (s.kind === 'median') {
      check(s, s.low!, s.high!, 'interquartile range', s.decimals);
      if (s.low! <= s.high!) {
        const holds = s.low! <= s.value && s.value <= s.high!;
        out.push({
          rule: ID,
          constraint: `median ${fmt(s.value, s.decimals)} within ${fmt(s.low!, s.decimals)}–${fmt(s.high!, s.decimals)}`,
          holds,
          claims: [s],
          ...(holds ? {} : {
            problem: {
              claim: s,
              message: `The median ${fmt(s.value, s.decimals)} lies outside its own range ${fmt(s.low!, s.decimals)}–${fmt(s.high!, s.decimals)}.`,
              actual: s.text.trim(),
            },
          }),
        });
      }
    }
  }
  return out;
}
