import { langName, triangulate } from '../src/align/triangulate.js';
import { UNIT_NAMES } from '../src/lang/en.js';
import { valueInUnit } from '../src/numbers/equality.js';
import { fmt } from '../src/numbers/rounding.js';
import { defineRule } from '../src/rule.js';
import { MAX_BEAD_CLAIMS } from '../src/align/claims.js';
import type { Claim, Fix, PairAlignment } from '../src/types.js';

/** Replace the wrong number with the right one, keeping the wrong side's own unit words; never across units (12 weeks, 4个月). */
function fixFor(wrong: Claim, right: Claim): Fix | undefined {
  if (wrong.form !== 'digits' || right.form !== 'digits' || (wrong.unit !== undefined && right.unit !== undefined && wrong.unit !== right.unit)) return undefined;
  if (wrong.kind === 'fraction') return { offset: wrong.offset, length: wrong.length, replacement: `${right.num}/${right.den}` };
  const digits = /^[\d.,]+/.exec(wrong.text);
  const rightDigits = /[\d.,]+/.exec(right.text);
  if (!digits || !rightDigits) return undefined;
  return { offset: wrong.offset, length: digits[0].length, replacement: rightDigits[0] };
}

const SIGN: Record<string, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/**
 * A claim as the message names it: its text, and its bound where the two claims differ in
 * bound and the text does not show it (`less than 2.0%` is `<2.0%` against `＞2.0%`).
 */
function asCompared(c: Claim, other: Claim): string {
  const text = c.text.trim();
  if (!c.comparator || c.comparator === '=' || c.comparator === other.comparator || /^[<>≤≥＜＞]/.test(text)) return text;
  return `${SIGN[c.comparator]}${text}`;
}

/** What a pair with sentences too long to compare pairwise left unchecked (src/align/claims.ts, MAX_BEAD_CLAIMS). */
function exactOnlyNotice(pair: PairAlignment): string {
  const beads = pair.exactOnly!;
  const bead = beads[0]!;
  const side = bead.en.length > 0 ? pair.en : pair.zh;
  const sentence = (bead.en.length > 0 ? bead.en : bead.zh)[0]!;
  const which = beads.length === 1 ? 'an aligned sentence' : `${beads.length} aligned sentences`;
  return (
    `${which} of passages ${pair.en.passage.id} and ${pair.zh.passage.id} (the first: sentence ${sentence + 1} of passage ${side.passage.id}) ${beads.length === 1 ? 'holds' : 'hold'} more than ${MAX_BEAD_CLAIMS} numbers; ` +
    'their values were matched by exact value only, so a value changed there is reported as missing, not as a mismatch.'
  );
}

/** `0.050` → `0.05`, `2.0` → `2`: the zeros after the point that say nothing. */
function withoutTrailingZeros(text: string): string {
  let end = text.length;
  while (text[end - 1] === '0') end--;
  if (text[end - 1] === '.') end--;
  return text.slice(0, end);
}

/** ` (150 mmHg is 20.0 kPa)`: the right value in the wrong one's unit, where the two are units a translation converts between. */
function inOtherUnit(right: Claim, wrong: Claim): string {
  if (right.kind !== 'number' || right.unit === undefined || wrong.unit === undefined) return '';
  const converted = valueInUnit(right.value, right.unit, wrong.unit);
  if (converted === undefined) return '';
  const name = (unit: string) => UNIT_NAMES[unit] ?? unit;
  // One decimal more than a whole number shows, so that 12 weeks reads 2.8 months, not 3; and two
  // significant digits at least, so that 50 nm reads 0.05 μm, not 0.1 μm (or 0 mm).
  const significant = converted === 0 ? 0 : 1 - Math.floor(Math.log10(Math.abs(converted)));
  const shown =
    significant > Math.max(wrong.decimals, 1)
      ? withoutTrailingZeros(fmt(converted, significant))
      : wrong.decimals > 0
        ? fmt(converted, wrong.decimals)
        : fmt(converted, 1).replace(/\.0$/, '');
  return ` (${fmt(right.value, right.decimals)} ${name(right.unit)} is ${shown} ${name(wrong.unit)})`;
}

export default defineRule({
  meta: {
    id: 'pair-number-mismatch',
    description: 'A number that the English and the Chinese state in the same place must have the same value.',
    severity: 'error',
    scope: 'pair',
    examples: {
      valid: [
        'Seventeen patients were enrolled. A total of 47.1% (8/17) improved.\n共招募了 17 名患者。共有 47.1%(8/17)的患者改善。',
        'Patients were followed up for 3 ~ 36 months, and 80% (4/5) responded.\n患者随访 3～36 个月，80%(4/5)有应答。',
      ],
      invalid: [
        {
          text: 'Seventeen patients were enrolled. A total of 47.1% (8/17) improved.\n共招募了 17 名患者。共有 47.1%(17/36)的患者改善。',
          errors: [
            { line: 2, column: 22, text: '17/36', severity: 'error', message: 'Chinese 17/36 disagrees with English 8/17: 8/17 = 47.06% agrees with the 47.1% that both versions state; 17/36 = 47.22% does not, so the Chinese is likely wrong.' },
          ],
          output: 'Seventeen patients were enrolled. A total of 47.1% (8/17) improved.\n共招募了 17 名患者。共有 47.1%(8/17)的患者改善。',
        },
      ],
    },
  },
  check(ctx) {
    const pair = ctx.pair;
    if (pair.exactOnly) ctx.notice?.(exactOnlyNotice(pair));
    for (const conflict of pair.conflicts) {
      const verdict = triangulate(pair, conflict);
      const wrong = verdict ? conflict[verdict.wrong] : conflict.zh;
      const right = wrong === conflict.en ? conflict.zh : conflict.en;
      const head = `${langName(wrong.lang)} ${asCompared(wrong, right)} disagrees with ${langName(right.lang)} ${asCompared(right, wrong)}${inOtherUnit(right, wrong)}`;
      const fix = verdict ? fixFor(wrong, right) : undefined;
      ctx.report({
        claim: wrong,
        message: verdict
          ? `${head}: ${verdict.reason}, so the ${langName(wrong.lang)} is likely wrong.`
          : `${head}; nothing else in the abstract says which one is right.`,
        related: [{ claim: right, message: `${langName(right.lang)} states ${right.text.trim()} here.` }],
        actual: wrong.text.trim(),
        expected: right.text.trim(),
        ...(fix ? { fix } : {}),
      });
    }
  },
});
