import { isCount } from '../src/constraints/cohort.js';
import { constraintRule, type Evaluation } from '../src/constraints/evaluation.js';
import { formatPercent } from '../src/numbers/rounding.js';
import type { PassageInfo } from '../src/pair/index.js';
import type { Claim } from '../src/types.js';

const ID = 'subgroup-sum';
/** `480 patients (242 … and 238 …)`, `17 例，其中男 8 例、女 9 例`: a group followed by the parts it splits into. */
const SPLIT_OPEN = /^\s*(?:[(（]|(?:,\s*)?(?:including|of whom|comprising)\s+|(?:[,，]\s*)?(?:其中|包括)\s*|[,，]\s*(?=男))/i;
const PART_GAP = /^[^\d()（）;；。]{0,40}?(?:\band\b|和|与|及|、|,|，)[^\d()（）;；。]{0,12}$/i;

function evaluate(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  const { claims } = info;
  const text = info.passage.text;
  const rel = (o: number) => o - info.passage.offset;
  const fractions = claims.filter((c) => c.kind === 'fraction' && c.den! > 0);

  // Subgroup fractions in one sentence whose denominators add up to an earlier fraction's.
  const bySentence = new Map<number, Claim[]>();
  for (const f of fractions) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  for (const all of bySentence.values()) {
    // The parts are the last fractions of the sentence; an earlier one may be the total they split.
    let parts: Claim[] = [];
    let totals: Claim[] = [];
    let den = 0;
    let num = 0;
    for (let k = 0; k + 2 <= all.length; k++) {
      const tail = all.slice(k);
      const d = tail.reduce((s, f) => s + f.den!, 0);
      const rates = tail.map((f) => f.num! / f.den!);
      // The pooled rate lies between the subgroup rates: a total outside them is another outcome.
      const found = fractions.filter(
        (t) => t.offset < tail[0]!.offset && t.den === d && t.value >= Math.min(...rates) - 1e-9 && t.value <= Math.max(...rates) + 1e-9,
      );
      if (found.length > 0) {
        [parts, totals, den, num] = [tail, found, d, tail.reduce((s, f) => s + f.num!, 0)];
        break;
      }
    }
    if (totals.length === 0) continue;
    const match = totals.find((t) => t.num === num);
    const total = match ?? totals[totals.length - 1]!;
    const sums = `${parts.map((f) => f.num).join(' + ')} = ${num} of ${parts.map((f) => f.den).join(' + ')} = ${den}`;
    const holds = !!match;
    out.push({
      rule: ID,
      constraint: `${parts.map((f) => f.text).join(', ')} split ${total.text}: ${sums}`,
      holds,
      claims: [parts[0]!, ...parts.slice(1), total],
      ...(holds ? {} : {
        problem: {
          claim: parts[0]!,
          message: `The subgroups ${parts.map((f) => f.text).join(' and ')} add up to ${num}/${den} (${formatPercent(num, den, 1)}%), but the total they split is ${total.text}.`,
          related: [{ claim: total, message: 'The total the subgroups split.' }, ...parts.slice(1).map((f) => ({ claim: f, message: 'Another subgroup.' }))],
          actual: `${num}/${den}`,
          expected: total.text,
        },
      }),
    });
  }

  // A count of patients followed by the parts it splits into; in `553例患者中，203例（其中…）` the group is the fraction's numerator.
  for (const c of claims) {
    const group = isCount(c) ? c.value : c.kind === 'fraction' && !c.approx && !c.comparator ? c.num : undefined;
    if (group === undefined || c.unit !== 'patient') continue;
    const open = SPLIT_OPEN.exec(text.slice(rel(c.offset + c.length)).replace(/^\s*(?:[\p{L}\s-]{0,30}?)(?=[(（,，])/u, ''));
    if (!open) continue;
    const after = claims.filter((x) => x.offset > c.offset && x.sentence === c.sentence);
    const parts: Claim[] = [];
    for (const x of after) {
      if (!isCount(x) || (x.unit !== undefined && x.unit !== 'patient')) break;
      const prev = parts[parts.length - 1];
      if (prev && !PART_GAP.test(text.slice(rel(prev.offset + prev.length), rel(x.offset)))) break;
      if (!prev && rel(x.offset) - rel(c.offset + c.length) > 60) break;
      parts.push(x);
    }
    if (parts.length < 2) continue;
    const end = parts[parts.length - 1]!;
    const rest = text.slice(rel(end.offset + end.length), rel(end.offset + end.length) + 40);
    // Only a closed list: the parenthesis or clause ends after the last part, with no further number.
    const span = text.slice(rel(c.offset + c.length), rel(end.offset + end.length));
    // Men and women split a group whatever follows; other lists must close after the last part.
    const bySex = parts.length === 2 && /男[^女]*女|\bmen\b.*\bwomen\b|\bmales?\b.*\bfemales?\b/i.test(span);
    if (!bySex && !/^[^\d]*?(?:[)）;；。]|$)/.test(rest)) continue;
    if (/%/.test(text.slice(rel(parts[0]!.offset), rel(end.offset + end.length) + 3))) continue;
    const sum = parts.reduce((s, x) => s + x.value, 0);
    const holds = sum === group;
    out.push({
      rule: ID,
      constraint: `${parts.map((x) => x.value).join(' + ')} = ${sum}, the ${c.text.trim()}`,
      holds,
      claims: [c, ...parts],
      ...(holds ? {} : {
        problem: {
          claim: c,
          message: `The parts ${parts.map((x) => x.value).join(' + ')} add up to ${sum}, not to the ${group} they split.`,
          related: parts.map((x) => ({ claim: x, message: 'A part of the group.' })),
          actual: String(group),
          expected: String(sum),
        },
      }),
    });
  }
  return out;
}

export default constraintRule(
  {
    id: ID,
    description: 'Subgroups must add up to the total they split: 2/8 males and 6/9 females make 8/17; 242 and 238 patients make 480.',
    severity: 'error',
    examples: {
      valid: [
        'A total of 47.1% (8/17) improved: 25% (2/8) of males and 66.7% (6/9) of females.',
        'A total of 480 patients were included (242 in the induction group and 238 in the standard group).',
        '共有 47.1%(8/17)的患者改善，男性 25%(2/8)，女性 66.7%(6/9)。',
      ],
      invalid: [
        'A total of 47.1% (8/17) improved: 25% (2/8) of males and 55.6% (5/9) of females.',
        'A total of 480 patients were included (242 in the induction group and 228 in the standard group).',
        '共有 47.1%(8/17)的患者改善，男性 25%(2/8)，女性 55.6%(5/9)。',
      ],
    },
  },
  evaluate,
);
