import type { Evaluation } from '../evaluation.js';
import { firstAtOrAfter, inTextOrder, passageIndex } from '../passage-index.js';
import { halfUnit } from '../../numbers/equality.js';
import { fmt } from '../../numbers/rounding.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';
import * as EN from '../../lang/en.js';
import * as ZH from '../../lang/zh.js';
import { CHANGE_FROM_DOWN, CHANGE_FROM_TO, CHANGE_FROM_UP } from '../../lang/en.js';
import { CHANGE_FROM, CHANGE_TO_DOWN, CHANGE_TO_UP } from '../../lang/zh.js';

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
/**
 * The mean a range's own clause gives right after it (`aged 38 to 67 years (mean, 52.6±5.2 years)`,
 * `年龄38～67岁，平均52.6岁`, `5～17岁（平均（11.8±2.7）岁）`): a mean of the values the range spans lies
 * inside it, where the mean is in the range's unit.
 */
const MEAN_AFTER = /^\s*(?:[(（,，;；]\s*)?(?:(?:with\s+)?(?:an?\s+)?(?:mean|average)(?:\s+age)?(?:\s+(?:of|was))?|(?:平均|均)(?:年龄)?(?:为)?)\s*(?:[,:=：]\s*)?(?:[(（]\s*)?(?=\d)/i;
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
    if (c.low! > c.high! && CALENDAR_MONTHS.test(own)) continue;
    if (RATIO_BEFORE.test(before) || RATIO_AFTER.test(text.slice(rel(c.offset + c.length), rel(c.offset + c.length) + 8))) continue;
    check(c, c.low!, c.high!, 'range', c.decimals);
    if (c.unit !== undefined && c.low! <= c.high!) meanInside(c);
  }
  changesAgainstTheirWord(info, out);
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

/** An SD right after its mean (`7.1±1.2`, `（62.4±8.7）%`): the gap between them, skipped on the way to a change's second end. */
const SD_GAP = /^\s*(?:[%）)]\s*)?±\s*$/;
/** An SD after a change's first end (`1.4±0.6`), left out of the text between the ends. */
const SD_AFTER_END = /^\s*(?:[%）)]\s*)?±\s*[\d.]+\s*[%）)]?/;
/** The power of a unit written as a plain digit after its letters (`m3`, `km2`, `t/(km2·a)`): no number between a change's ends. */
const UNIT_POWER = /(?<=[A-Za-z])[23](?![\d.])/g;
/**
 * Visual acuity in logMAR, where better sight is the smaller number: `视力(logMAR)由0.82提高至0.35`,
 * `BCVA rose from 1.02 logMAR to 0.48 logMAR` say the acuity rose while its value fell.
 */
const LOGMAR = /log\s?MAR/i;
/**
 * A change whose verb its two ends contradict: `由11.7%降至18.3%`, `fell from 1.8 to 12.4` (the values rise).
 * Only failures are pushed, so the constraints counted on clean text stay those of the order of ends.
 * Both ends of one kind and unit, neither below zero (a sign may be lost or carried by a word).
 */
function changesAgainstTheirWord(info: PassageInfo, out: Evaluation[]): void {
  const text = info.passage.text;
  const en = info.passage.lang === 'en';
  if (en ? !/\bfrom\b/i.test(text) : !/[由从]/.test(text)) return;
  const rel = (o: number) => o - info.passage.offset;
  const ordered = inTextOrder(info.claims);
  const report = (a: Claim, b: Claim, lo: number, hi: number, way: 'up' | 'down', decimals: [number, number]) => {
    if (lo < 0 || hi < 0 || lo === hi || (hi > lo) === (way === 'up')) return;
    const [from, to] = [fmt(lo, decimals[0]), fmt(hi, decimals[1])];
    out.push({
      rule: ID,
      constraint: `change ${from} → ${to} goes ${way}`,
      holds: false,
      claims: a === b ? [a] : [a, b],
      problem: {
        claim: { ...a, length: b.offset + b.length - a.offset, text: text.slice(rel(a.offset), rel(b.offset + b.length)) },
        message: `The change from ${from} to ${to} ${hi > lo ? 'rises' : 'falls'}, but its words say it ${way === 'up' ? 'rose' : 'fell'}.`,
        actual: text.slice(rel(a.offset), rel(b.offset + b.length)),
      },
    });
  };
  // `fell from 12.4 to 1.8 per 1 000 patient-days`: English ends joined by `to` with nothing between are read as one range.
  if (en) for (const r of ordered) {
    if (r.kind !== 'range' || r.approx || !/\sto\s/.test(r.text)) continue;
    const before = text.slice(Math.max(0, rel(r.offset) - 60), rel(r.offset));
    const way = CHANGE_FROM_UP.test(before) ? 'up' : CHANGE_FROM_DOWN.test(before) ? 'down' : undefined;
    if (way) report(r, r, r.low!, r.high!, way, [r.decimals, r.decimals]);
    if (way) shareOfChange(info, ordered, r, r, r.low!, r.high!, way, [r.decimals, r.decimals], r.text.includes('%'), out);
  }
  const claims = ordered.filter((c) => c.kind === 'number' || c.kind === 'percent');
  for (let i = 0; i + 1 < claims.length; i++) {
    const a = claims[i]!;
    // `由2012年的52.3%`: the year an end is stated for stands between `由` and the value.
    const before = text.slice(Math.max(0, rel(a.offset) - 60), rel(a.offset)).replace(en ? /$^/ : ZH.CHANGE_END_PERIOD, '');
    let way: 'up' | 'down' | undefined;
    if (en) {
      way = CHANGE_FROM_UP.test(before) ? 'up' : CHANGE_FROM_DOWN.test(before) ? 'down' : undefined;
      if (!way) continue;
    } else if (!CHANGE_FROM.test(before)) continue;
    let j = i + 1;
    // Ends far apart are no change's two ends; the gap is bounded before any pattern reads it.
    if (claims[j]!.offset - (a.offset + a.length) > 60) continue;
    if (SD_GAP.test(text.slice(rel(a.offset + a.length), rel(claims[j]!.offset)))) j++;
    const b = claims[j];
    if (!b || b.offset - (a.offset + a.length) > 60) continue;
    const gap = text
      .slice(rel(a.offset + a.length), rel(b.offset))
      .replace(SD_AFTER_END, '')
      .replace(en ? EN.CHANGE_END_PERIOD : ZH.CHANGE_END_PERIOD, '')
      .replace(UNIT_POWER, '');
    if (en) {
      if (!CHANGE_FROM_TO.test(gap)) continue;
    } else way = CHANGE_TO_UP.test(gap) ? 'up' : CHANGE_TO_DOWN.test(gap) ? 'down' : undefined;
    if (!way || a.kind !== b.kind || a.unit !== b.unit) continue;
    if (way === 'up' && b.value < a.value && LOGMAR.test(text.slice(Math.max(0, rel(a.offset) - 40), rel(b.offset + b.length) + 8))) continue;
    report(a, b, a.value, b.value, way, [a.decimals, b.decimals]);
    if ((b.value > a.value) === (way === 'up')) shareOfChange(info, ordered, a, b, a.value, b.value, way, [a.decimals, b.decimals], a.kind === 'percent', out);
  }
}

/** No text: a Chinese change has no period after its end to leave out. */
const MATCHES_NOTHING = /$^/;
/** The English nouns of a rise after a share (`a 50% increase`); the others say a fall. */
const RISE_NOUN = /^(?:increase|rise|gain|growth)$/i;
/** The `由…` that opens a change, at the end of the text between a share and the change's first end. */
const FROM_OPENING_ZH = /[由从][^，,；;。\d由从]{0,8}$/;
/** `降至`, `升到` before a share: the share is the change's end, not its size. */
const TO_BEFORE_ZH = /(?:至|到)\s*$/;
/** A change in points (`降低了3.8个百分点`), which the percentage ends' difference is checked as. */
const POINTS_AFTER = /^\s*(?:个百分点|percentage\s+points?|pp\b|points?\b)/i;

/**
 * The size of a change stated with its two ends as a share of the first (`由476.1亿m3降至269.4亿m3，减少了43.4%`,
 * `fell from 612 in 2017 to 431 in 2021, a reduction of 29.6%`, `提高26.4%（由14.4 g/kg提高至18.2 g/kg）`) must be
 * |to − from| / from at its precision, the ends' rounding allowed; ends that are percentages may change by points
 * instead. The share's own word must go the ends' way. Only failures are pushed.
 */
function shareOfChange(
  info: PassageInfo,
  ordered: Claim[],
  first: Claim,
  last: Claim,
  from: number,
  to: number,
  way: 'up' | 'down',
  decimals: [number, number],
  percentEnds: boolean,
  out: Evaluation[],
): void {
  if (from <= 0 || to < 0 || from === to) return;
  const text = info.passage.text;
  const en = info.passage.lang === 'en';
  const rel = (o: number) => o - info.passage.offset;
  const i = ordered.indexOf(first);
  const j = ordered.indexOf(last);
  let share: Claim | undefined;
  let said: 'up' | 'down' | undefined;
  const next = ordered[j + 1];
  if (next && next.kind === 'percent' && next.offset - (last.offset + last.length) <= 40) {
    const gap = text.slice(rel(last.offset + last.length), rel(next.offset)).replace(en ? EN.CHANGE_END_PERIOD : MATCHES_NOTHING, '').replace(UNIT_POWER, '');
    const after = text.slice(rel(next.offset + next.length), rel(next.offset + next.length) + 30);
    if (en) {
      const m = EN.CHANGE_SHARE_AFTER.exec(gap);
      if (m) said = m[1] ? (RISE_NOUN.test(m[1]) ? 'up' : 'down') : EN.CHANGE_UP_AFTER.test(after) ? 'up' : EN.CHANGE_DOWN_AFTER.test(after) ? 'down' : undefined;
    } else if (ZH.CHANGE_SHARE_AFTER.test(gap)) said = ZH.CHANGE_UP_BEFORE.test(gap) ? 'up' : ZH.CHANGE_DOWN_BEFORE.test(gap) ? 'down' : undefined;
    if (said) share = next;
  }
  const prev = ordered[i - 1];
  if (!share && !en && prev && prev.kind === 'percent' && ZH.CHANGE_SHARE_THEN_ENDS.test(text.slice(rel(prev.offset + prev.length), rel(first.offset)).replace(FROM_OPENING_ZH, ''))) {
    const lead = text.slice(Math.max(0, rel(prev.offset) - 12), rel(prev.offset));
    if (!TO_BEFORE_ZH.test(lead)) said = ZH.CHANGE_UP_BEFORE.test(lead) ? 'up' : ZH.CHANGE_DOWN_BEFORE.test(lead) ? 'down' : undefined;
    if (said) share = prev;
  }
  if (!share || !said || share.comparator || share.approx) return;
  // Not a change in points (`降低了3.8个百分点`), which the percentage ends' difference is checked as below.
  if (POINTS_AFTER.test(text.slice(rel(share.offset + share.length), rel(share.offset + share.length) + 20))) return;
  // The ends as written (`476.1亿`), or as a range's ends.
  const [from_, to_] = first === last ? [fmt(from, decimals[0]), fmt(to, decimals[1])] : [first.text.trim(), last.text.trim()];
  const rises = to > from;
  const where = { ...first, length: last.offset + last.length - first.offset, text: text.slice(rel(first.offset), rel(last.offset + last.length)) };
  if ((said === 'up') !== rises) {
    out.push({
      rule: ID,
      constraint: `change ${from_} → ${to_} stated as a ${said === 'up' ? 'rise' : 'fall'} of ${share.text.trim()}`,
      holds: false,
      claims: first === last ? [first, share] : [first, last, share],
      problem: {
        claim: share,
        message: `The change from ${from_} to ${to_} ${rises ? 'rises' : 'falls'}, but the ${share.text.trim()} stated with it is called a ${said === 'up' ? 'rise' : 'fall'}.`,
        related: [{ claim: where, message: 'The two ends of the change.' }],
        actual: share.text.trim(),
      },
    });
    return;
  }
  // The share the ends give, their rounding allowed, against the share stated, its rounding allowed.
  const [hf, ht, hs] = [halfUnit(decimals[0]), halfUnit(decimals[1]), halfUnit(share.decimals)];
  const corners: number[] = [];
  for (const f of [from - hf, from + hf]) for (const t of [to - ht, to + ht]) if (f > 0) corners.push((100 * Math.abs(t - f)) / f);
  if (!corners.length) return;
  const meets = (lo: number, hi: number) => share.value + hs >= lo - 1e-9 && share.value - hs <= hi + 1e-9;
  if (meets(Math.min(...corners), Math.max(...corners))) return;
  const points = Math.abs(to - from);
  if (percentEnds && meets(points - hf - ht, points + hf + ht)) return;
  const exact = fmt((100 * Math.abs(to - from)) / from, Math.max(1, share.decimals + 1));
  out.push({
    rule: ID,
    constraint: `change ${from_} → ${to_} is ${exact}%`,
    holds: false,
    claims: first === last ? [first, share] : [first, last, share],
    problem: {
      claim: share,
      message: `The change from ${from_} to ${to_} is a ${rises ? 'rise' : 'fall'} of ${exact}%${percentEnds ? ` (${fmt(points, Math.max(decimals[0], decimals[1]))} points)` : ''}, not the ${share.text.trim()} stated with it.`,
      related: [{ claim: where, message: 'The two ends of the change.' }],
      actual: share.text.trim(),
      expected: `${exact}%`,
    },
  });
}
