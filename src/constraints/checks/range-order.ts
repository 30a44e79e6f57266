import type { Evaluation } from '../evaluation.js';
import { firstAtOrAfter, inTextOrder, passageIndex } from '../passage-index.js';
import { fmt } from '../../numbers/rounding.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';

export const ID = 'range-order';
/** `from 20 to 10`, `decreased to`, `由 20 降至 10`: a change, not a range; `from` glued to the word before it too (`droppedfrom 38% to 14%`, text from a PDF). */
const CHANGE_BEFORE = /(?:from|\bbetween|由|从)\s*$/i;
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
/** Calendar months (`11～3月`, `7—6月`: November to March, July to June), not months of time (`3～6个月`): a span across the new year falls. */
const CALENDAR_MONTHS = /^\s*(?:1[0-2]|0?[1-9])\s*[—–~～至到-]\s*(?:1[0-2]|0?[1-9])\s*月$/;

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
  for (const c of info.claims) {
    if (c.kind !== 'range' || c.approx) continue;
    // Folded on first use: a passage with no range is not folded for this check.
    const text = index.text;
    const before = text.slice(Math.max(0, rel(c.offset) - 12), rel(c.offset));
    const own = text.slice(rel(c.offset), rel(c.offset + c.length));
    // Signs are not read by the number extraction: `-5 to -2` stays silent.
    if (CHANGE_BEFORE.test(before.replace(/\s*(?:about|approximately)\s*$/i, '')) || CHANGE_GAP.test(own) || /[-−]\s*$/.test(before) || /\d\s*(?:to|~|-)\s*[-−]/.test(own)) continue;
    if (c.low! > c.high! && (BEFORE_PRESENT_UNITS.has(c.unit ?? '') || BEFORE_PRESENT_BEFORE.test(before) || BEFORE_PRESENT_AFTER.test(text.slice(rel(c.offset + c.length), rel(c.offset + c.length) + 24)))) continue;
    if (c.low! > c.high! && CALENDAR_MONTHS.test(own)) continue;
    if (RATIO_BEFORE.test(before) || RATIO_AFTER.test(text.slice(rel(c.offset + c.length), rel(c.offset + c.length) + 8))) continue;
    check(c, c.low!, c.high!, 'range', c.decimals);
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
