import { langName, triangulate } from '../src/align/triangulate.js';
import { CHANGE_DOWN_AFTER as DOWN_AFTER_EN, CHANGE_DOWN_BEFORE as DOWN_EN, CHANGE_UP_AFTER as UP_AFTER_EN, CHANGE_UP_BEFORE as UP_EN, LIST_GAP_WORDS as LIST_GAP_EN, NO_DIFFERENCE as NO_DIFFERENCE_EN, UNIT_NAMES } from '../src/lang/en.js';
import { CHANGE_DOWN_BEFORE as DOWN_ZH, CHANGE_UP_BEFORE as UP_ZH, LIST_GAP_WORDS as LIST_GAP_ZH } from '../src/lang/zh.js';
import { valueInUnit } from '../src/numbers/equality.js';
import { fmt } from '../src/numbers/rounding.js';
import { defineRule } from '../src/rule.js';
import { MAX_BEAD_CLAIMS } from '../src/align/claims.js';
import { swappedLabels } from '../src/align/value-labels.js';
import { PLUS_MINUS } from '../src/extract/chars.js';
import { THRESHOLD, wordings } from '../src/constraints/checks/significance-wording.js';
import type { Claim, ClaimLink, Fix, PairAlignment } from '../src/types.js';

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

/** ` (a day against a week)`: counts of times given that differ only in the period each is given in (`twice a day`, `每周2次`). */
function inOtherPeriod(right: Claim, wrong: Claim): string {
  if (right.per === undefined || wrong.per === undefined || right.per === wrong.per) return '';
  return ` (${right.value === wrong.value ? 'the same count, ' : ''}a ${right.per} against a ${wrong.per})`;
}

/** The text between a mean and its SD: `58.6±9.4`, `58.6 ± 9.4`, `8.4%±1.2%`. */
const MEAN_THEN_SPREAD = new RegExp(String.raw`^\s*%?${PLUS_MINUS}\s*$`);

/** The text of a passage from `from` to `to`, in the claims' offsets. */
function between(info: PairAlignment['en'], from: number, to: number): string {
  return info.passage.text.slice(from - info.passage.offset, to - info.passage.offset);
}

/** A label as a message names it: `the sensitivity`, `the control group`, `group B`. */
const labelName = (id: string) => (/^group [A-Z]$/.test(id) ? id : `the ${id}`);

/** Each claim of a side with the SD written right after it with a ± between them: the mean ± SD pairs, by mean. */
function spreadsOf(info: PairAlignment['en']): Map<Claim, Claim> {
  const out = new Map<Claim, Claim>();
  const claims = [...info.claims].sort((a, b) => a.offset - b.offset);
  for (let i = 0; i + 1 < claims.length; i++) {
    const [mean, sd] = [claims[i]!, claims[i + 1]!];
    const end = mean.offset + mean.length;
    if (sd.offset > end && sd.offset - end <= 6 && MEAN_THEN_SPREAD.test(between(info, end, sd.offset))) out.set(mean, sd);
  }
  return out;
}

/**
 * Mean ± SD pairs whose two values trade places between the versions (`58.6±9.4` against
 * `9.4±58.6`): every value is stated on both sides, so linking by value sees nothing amiss.
 * Each is returned once, as [English mean ± SD, Chinese mean ± SD], means first.
 */
function swappedSpreads(pair: PairAlignment): [[Claim, Claim], [Claim, Claim]][] {
  const out: [[Claim, Claim], [Claim, Claim]][] = [];
  // Most abstracts state no mean ± SD.
  if (!pair.en.passage.text.includes('±') && !pair.en.passage.text.includes('+/-')) return out;
  const enSpreads = spreadsOf(pair.en);
  const meanOf = new Map([...spreadsOf(pair.zh)].map(([mean, sd]) => [sd, mean]));
  for (const { en, zh } of pair.links) {
    // The English mean linked to a Chinese SD, and the English SD stating the Chinese mean.
    const zhMean = meanOf.get(zh);
    const enSd = zhMean && enSpreads.get(en);
    if (!zhMean || !enSd || en.kind !== enSd.kind || en.value === enSd.value) continue;
    if (enSd.value !== zhMean.value) continue;
    out.push([[en, enSd], [zhMean, zh]]);
  }
  return out;
}

/** Between two values of one list: a unit or SD after the first (`12.5±3.8 d`, `(35.4%)`) and a conjunction, nothing else. */
const listGap = (words: string) => new RegExp(`^[a-zA-Zμ°℃/]{0,4}(?:${words}|,|，)$`, 'i');
const LIST_GAP = { en: listGap(LIST_GAP_EN), zh: listGap(LIST_GAP_ZH) };
/** An SD with its sign, brackets and `%`, in a gap whose white space is gone. */
const SPREAD_PART = new RegExp(String.raw`[(（]?${PLUS_MINUS}\d+(?:\.\d+)?%?[)）]?`, 'g');
/** The sign of a spread right before a claim: the claim is an SD. */
const SPREAD_BEFORE = new RegExp(String.raw`${PLUS_MINUS}\s*$`);

/** Two values of one side written as a list (`35.4%和39.3%`, `35.4% and 39.3%`, `412±56 min vs 338±47 min`). */
function listed(info: PairAlignment['en'], lang: 'en' | 'zh', a: Claim, b: Claim): boolean {
  const [first, second] = a.offset < b.offset ? [a, b] : [b, a];
  const gap = between(info, first.offset + first.length, second.offset).replace(/\s/g, '').replace(SPREAD_PART, '').replace(/[()（）[\]%]/g, '');
  return LIST_GAP[lang].test(gap);
}

/** A claim written after a ±: an SD, whose place is its mean's. */
function isSpread(info: PairAlignment['en'], c: Claim): boolean {
  return SPREAD_BEFORE.test(between(info, Math.max(info.passage.offset, c.offset - 4), c.offset));
}

/**
 * Whether no value of the same kind and unit, other than an SD, stands between two of one sentence. Two values of a list are next to each
 * other in both versions, whatever their order; with another between them on one side, they hold different places
 * (`26 Gy/5次和40 Gy/15次分别相当于2 Gy分次的42.6 Gy和45.3 Gy` against `26 Gy/5 f is equivalent to 42.6 Gy and 40
 * Gy/15 f to 45.3 Gy`: one lists the schedules and then their doses, the other gives each schedule its dose).
 */
function adjacent(info: PairAlignment['en'], a: Claim, b: Claim): boolean {
  const [lo, hi] = a.offset < b.offset ? [a.offset, b.offset] : [b.offset, a.offset];
  return !info.claims.some((c) => c.sentence === a.sentence && c.offset > lo && c.offset < hi && c.kind === a.kind && c.unit === a.unit && !isSpread(info, c));
}

/**
 * Two values of one measure that one version lists and the other states in the opposite
 * order (`分别为76.5%和85.3%` against `85.3% in the induction group and 76.5% in the standard
 * group`): each is stated in both versions, so linking by value sees nothing amiss, but one
 * version gives each value to the other group. Percentages and measured values with a unit
 * only: counts are reordered freely (`3 classes of 16` against `16类中3类`). Real abstracts keep
 * such lists in order: none of the corpora's pairs reverses one.
 */
function reversedLists(pair: PairAlignment): [ClaimLink, ClaimLink][] {
  const parallel = pair.links.filter(
    ({ en, zh }) =>
      en.form === 'digits' && zh.form === 'digits' && !isSpread(pair.en, en) && !isSpread(pair.zh, zh) &&
      (en.kind === 'percent' ? zh.kind === 'percent' : en.kind === 'number' && en.unit !== undefined && zh.kind === 'number' && (zh.unit === undefined || zh.unit === en.unit)),
  );
  const out: [ClaimLink, ClaimLink][] = [];
  const taken = new Set<Claim>();
  // Values of one English sentence and one Chinese sentence, of one kind and unit: the pairs that may be one list.
  const lists = new Map<string, ClaimLink[]>();
  for (const link of parallel) {
    const key = `${link.en.sentence}|${link.zh.sentence}|${link.en.kind}|${link.en.unit ?? ''}`;
    const list = lists.get(key);
    if (list) list.push(link);
    else lists.set(key, [link]);
  }
  for (const list of lists.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const [x, y] = [list[i]!, list[j]!];
      if (x.en.value === y.en.value || taken.has(x.zh) || taken.has(y.zh)) continue;
      if (x.en.offset < y.en.offset === x.zh.offset < y.zh.offset) continue;
      if (!listed(pair.en, 'en', x.en, y.en) && !listed(pair.zh, 'zh', x.zh, y.zh)) continue;
      if (!adjacent(pair.en, x.en, y.en) || !adjacent(pair.zh, x.zh, y.zh)) continue;
      out.push(x.en.offset < y.en.offset ? [x, y] : [y, x]);
      taken.add(x.zh).add(y.zh);
    }
  }
  return out.sort(([a], [b]) => a.zh.offset - b.zh.offset);
}

/** Which way the words right before a claim say its amount changed: `increased by 20%` up, `降低20%` down. */
function changeBefore(info: PairAlignment['en'], c: Claim): Change | undefined {
  const [up, down, reach] = info.passage.lang === 'en' ? [UP_EN, DOWN_EN, 48] : [UP_ZH, DOWN_ZH, 12];
  const from = Math.max(info.passage.offset, c.offset - reach);
  const before = between(info, from, c.offset);
  const u = up.exec(before);
  const d = down.exec(before);
  // Both may match only where one ends inside the other (`decreased to` has no `increased`); the longer, nearer reading wins.
  const m = u && (!d || u[0].length <= d[0].length) ? u : d;
  if (m) return { way: m === u ? 'up' : 'down', phrase: `${m[0].trim()}${info.passage.lang === 'en' ? ' ' : ''}${c.text.trim()}`, offset: from + m.index, end: c.offset + c.length };
  if (info.passage.lang !== 'en') return undefined;
  // English may put the noun or comparative after the amount instead: `a 78% reduction`, `76.8% lower than`.
  const end = c.offset + c.length;
  const after = between(info, end, Math.min(info.passage.offset + info.passage.text.length, end + 32));
  const a = UP_AFTER_EN.exec(after) ?? DOWN_AFTER_EN.exec(after);
  return a ? { way: UP_AFTER_EN.test(a[0]) ? 'up' : 'down', phrase: `${c.text.trim()}${a[0].trimEnd()}`, offset: c.offset, end: end + a[0].length } : undefined;
}

interface Change { way: 'up' | 'down'; phrase: string; offset: number; end: number }

/**
 * A change that one version states one way and the other the other way (`increased by 20%`
 * against `降低20%`, `a 78% reduction` against `升高78%`): the number is the same, so linking by value
 * sees nothing amiss. Only where both versions put a word of change right beside the very value they link.
 */
function reversedChanges(pair: PairAlignment): [ClaimLink, Change, Change][] {
  const out: [ClaimLink, Change, Change][] = [];
  for (const link of pair.links) {
    if (link.en.form !== 'digits' || link.zh.form !== 'digits' || link.en.value < 0 || link.zh.value < 0) continue;
    const en = changeBefore(pair.en, link.en);
    if (!en) continue;
    const zh = changeBefore(pair.zh, link.zh);
    if (zh && zh.way !== en.way) out.push([link, en, zh]);
  }
  return out;
}

/** Whether a sentence states its result significant or not, when all its wordings agree; with the first of them. */
function significanceOf(info: PairAlignment['en'], i: number): { significant: boolean; offset: number; length: number; words: string } | undefined {
  const s = info.passage.sentences[i];
  if (!s || THRESHOLD.test(s.text)) return undefined;
  const found = wordings(s.text);
  // In Chinese `差异不显著` and its kin are read by significance-wording's patterns.
  const none = info.passage.lang === 'en' ? NO_DIFFERENCE_EN.exec(s.text) : null;
  if (none) found.push({ start: none.index, end: none.index + none[0].length, significant: false });
  if (found.length === 0 || found.some((w) => w.significant !== found[0]!.significant)) return undefined;
  const w = found.sort((a, b) => a.start - b.start)[0]!;
  return { significant: w.significant, offset: s.offset + w.start, length: w.end - w.start, words: s.text.slice(w.start, w.end) };
}

/**
 * Aligned sentences that state the same values, one calling the result significant and the other
 * not (`did not differ significantly` against `差异显著`): where no p-value is written, nothing else
 * shows which one is right. Once for each pair of sentences.
 */
function opposedSignificance(pair: PairAlignment): [NonNullable<ReturnType<typeof significanceOf>>, NonNullable<ReturnType<typeof significanceOf>>, Claim][] {
  const out: [NonNullable<ReturnType<typeof significanceOf>>, NonNullable<ReturnType<typeof significanceOf>>, Claim][] = [];
  const seen = new Set<string>();
  for (const { en, zh } of pair.links) {
    const key = `${en.sentence}|${zh.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const a = significanceOf(pair.en, en.sentence);
    const b = a && significanceOf(pair.zh, zh.sentence);
    if (a && b && a.significant !== b.significant) out.push([a, b, zh]);
  }
  return out;
}

/** `58.6±9.4` as its side writes it. */
function meanSdText(info: PairAlignment['en'], [mean, sd]: [Claim, Claim]): string {
  return between(info, mean.offset, sd.offset + sd.length).trim();
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
        {
          text: 'Seventeen patients were enrolled, aged 58.6±9.4 years.\n共招募了 17 名患者，年龄（9.4±58.6）岁。',
          errors: [
            { line: 2, column: 16, text: '9.4±58.6', severity: 'error', message: 'Chinese 9.4±58.6 swaps the mean and the SD of English 58.6±9.4: Chinese gives 58.6 as the SD, English as the mean.' },
          ],
        },
        {
          text: 'Of 120 patients, CT had a sensitivity of 85.2% and a specificity of 76.4%.\n在120例患者中，CT诊断的灵敏度为76.4%，特异度为85.2%。',
          errors: [
            {
              line: 2, column: 29, text: '85.2%', severity: 'warning',
              message: 'Chinese gives 85.2% to the specificity and 76.4% to the sensitivity; English gives 85.2% to the sensitivity and 76.4% to the specificity: one version swaps the two values; nothing else in the abstract says which one is right.',
            },
          ],
        },
        {
          text: 'Survival was 85.3% in the induction group and 76.5% in the standard group.\n诱导组和标准组的生存率分别为76.5%和85.3%。',
          errors: [
            {
              line: 2, column: 15, text: '76.5%', severity: 'warning',
              message: 'Chinese states 76.5% … 85.3% in the reverse order of English 85.3% … 76.5%: one version may give each value to the other group or item; nothing else in the abstract says which one is right.',
            },
          ],
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
      const head = `${langName(wrong.lang)} ${asCompared(wrong, right)} disagrees with ${langName(right.lang)} ${asCompared(right, wrong)}${inOtherUnit(right, wrong)}${inOtherPeriod(right, wrong)}`;
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
    for (const [en, zh] of swappedSpreads(pair)) {
      // The side whose SD exceeds its mean is the less likely reading; where neither or both do, the Chinese is named.
      const enOdd = en[1].value > en[0].value;
      const zhOdd = zh[1].value > zh[0].value;
      const [wrong, right, wrongInfo, rightInfo] = enOdd && !zhOdd ? [en, zh, pair.en, pair.zh] : [zh, en, pair.zh, pair.en];
      const wrongLang = langName(wrong[0].lang);
      const rightLang = langName(right[0].lang);
      const span = { offset: wrong[0].offset, length: wrong[1].offset + wrong[1].length - wrong[0].offset };
      ctx.report({
        claim: { ...wrong[0], ...span, text: meanSdText(wrongInfo, wrong) },
        message:
          `${wrongLang} ${meanSdText(wrongInfo, wrong)} swaps the mean and the SD of ${rightLang} ${meanSdText(rightInfo, right)}: ` +
          `${wrongLang} gives ${right[0].text.trim()} as the SD, ${rightLang} as the mean.`,
        related: [{ claim: right[0], message: `${rightLang} states ${meanSdText(rightInfo, right)} here.` }],
        actual: meanSdText(wrongInfo, wrong),
        expected: meanSdText(rightInfo, right),
      });
    }
    for (const [{ en, zh }, enChange, zhChange] of reversedChanges(pair)) {
      const way = (c: Change) => (c.way === 'up' ? 'a rise' : 'a fall');
      const text = zhChange.phrase;
      ctx.report({
        // The words of change and the amount: the words may be the wrong part.
        claim: { ...zh, offset: zhChange.offset, length: zhChange.end - zhChange.offset, text },
        message:
          `Chinese "${text}" states ${way(zhChange)}, English "${enChange.phrase}" ${way(enChange)}: ` +
          'one version states the change the wrong way round; nothing else in the abstract says which one is right.',
        related: [{ claim: { ...en, offset: enChange.offset, length: enChange.end - enChange.offset }, message: `English states ${way(enChange)} of ${en.text.trim()} here.` }],
        severity: 'error',
      });
    }
    for (const [en, zh, claim] of opposedSignificance(pair)) {
      const says = (w: { significant: boolean }) => (w.significant ? 'significant' : 'not significant');
      ctx.report({
        claim: { ...claim, offset: zh.offset, length: zh.length, text: zh.words },
        message:
          `Chinese "${zh.words}" calls the result ${says(zh)}, English "${en.words}" ${says(en)}, in sentences that state the same values: ` +
          'one version inverts the finding; nothing else in the abstract says which one is right.',
        related: [{ claim: { lang: 'en', offset: en.offset, length: en.length }, message: `English calls it ${says(en)} here.` }],
        severity: 'error',
      });
    }
    for (const [first, second, firstId, secondId] of swappedLabels(pair)) {
      // English: first's value is firstLabel's; the Chinese gives that value to secondLabel, and second's to firstLabel.
      const [firstLabel, secondLabel] = [labelName(firstId), labelName(secondId)];
      ctx.report({
        claim: first.zh,
        message:
          `Chinese gives ${first.zh.text.trim()} to ${secondLabel} and ${second.zh.text.trim()} to ${firstLabel}; English gives ` +
          `${first.en.text.trim()} to ${firstLabel} and ${second.en.text.trim()} to ${secondLabel}: one version swaps the two values; ` +
          'nothing else in the abstract says which one is right.',
        related: [
          { claim: second.zh, message: `Chinese gives ${second.zh.text.trim()} to ${firstLabel}.` },
          { claim: first.en, message: `English gives ${first.en.text.trim()} to ${firstLabel}.` },
        ],
        severity: 'warning',
      });
    }
    for (const [first, second] of reversedLists(pair)) {
      // English order: first, second; the Chinese states second's value before first's.
      const [zhFirst, zhSecond] = [second.zh, first.zh];
      const values = (a: Claim, b: Claim) => `${a.text.trim()} … ${b.text.trim()}`;
      ctx.report({
        claim: zhFirst,
        message:
          `Chinese states ${values(zhFirst, zhSecond)} in the reverse order of English ${values(first.en, second.en)}: ` +
          'one version may give each value to the other group or item; nothing else in the abstract says which one is right.',
        related: [
          { claim: zhSecond, message: `Chinese states ${zhSecond.text.trim()} second.` },
          { claim: first.en, message: `English states ${first.en.text.trim()} first.` },
        ],
        severity: 'warning',
      });
    }
  },
});
