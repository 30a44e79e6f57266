import { langName } from '../src/align/triangulate.js';
import { foldWidth } from '../src/extract/numerals.js';
import { defineRule } from '../src/rule.js';
import type { Lang, PassageInfo } from '../src/types.js';

/** A year as a bare year or a span of years holds it: `2015`, each end of `2015—2022`, and 2100, a projection's end (`2081—2100`). */
const YEAR = /(?<!\d)(?:(?:1[5-9]|20)\d\d|2100)(?!\d)/g;

/**
 * Whether a text may hold a year once folded: four characters in a row that fold to digits
 * (ASCII or full-width ones, or the `O`, `o` and `l` a PDF slip puts for one). Most anchors are
 * names (`IL-6`, `CD4+`), which are then neither folded nor searched.
 */
function mayHoldYear(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 79 || c === 111 || c === 108) {
      if (++run === 4) return true;
    } else run = 0;
  }
  return false;
}

/** The years an anchor's text holds, each with its index there (full-width digits fold one for one, so it is the source's too). */
function* yearsIn(text: string): Generator<{ year: number; index: number }> {
  if (!mayHoldYear(text)) return;
  const folded = foldWidth(text);
  YEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR.exec(folded)); ) yield { year: Number(m[0]), index: m.index };
}

interface YearAt {
  year: number;
  /** As the source writes it (`2015`, `２０１５`). */
  written: string;
  offset: number;
  sentence: number;
  /** The span of years it ends, when that runs backwards (`2015 to 2012`): the side that is likely wrong. */
  backwards?: string;
  /** The other end of its span of years, and which end it is: `2015—2022` holds 2015 (end 0, partner 2022). */
  span?: { partner: number; end: 0 | 1 };
}

/** What joins the two ends of a span of years written as two anchors: `from 2015 to 2012`. */
const SPAN_JOIN = /^\s*(?:to|through|and|-|–|—|~|～|至|到)\s*$/i;

/** The bare years of a version (anchors of no identifier kind: `in 2015`, `2015—2022年`), each at its place. */
function bareYears(info: PassageInfo): YearAt[] {
  const out: YearAt[] = [];
  const text = (from: number, to: number) => info.passage.text.slice(from - info.passage.offset, to - info.passage.offset);
  for (const a of info.anchors) {
    if (a.kind !== undefined) continue;
    const here: YearAt[] = [];
    for (const { year, index } of yearsIn(a.text)) here.push({ year, written: a.text.slice(index, index + 4), offset: a.offset + index, sentence: a.sentence });
    if (here.length === 2) {
      if (here[1]!.year < here[0]!.year) for (const y of here) y.backwards = a.text;
      here[0]!.span = { partner: here[1]!.year, end: 0 };
      here[1]!.span = { partner: here[0]!.year, end: 1 };
    }
    // A span whose ends are two anchors (running backwards, the likely wrong one).
    const before = out[out.length - 1];
    if (here.length === 1 && before && before.sentence === a.sentence && SPAN_JOIN.test(text(before.offset + 4, a.offset))) {
      before.span = { partner: here[0]!.year, end: 0 };
      here[0]!.span = { partner: before.year, end: 1 };
      if (before.year > here[0]!.year) before.backwards = here[0]!.backwards = text(before.offset, a.offset + a.length);
    }
    out.push(...here);
  }
  return out;
}

/** Every year a version states in any form: bare, in a span, in a date (`2015年4月`, `April 2015`), in an identifier. */
function statedYears(info: PassageInfo): Set<number> {
  const out = new Set<number>();
  for (const a of info.anchors) for (const { year } of yearsIn(a.text)) out.add(year);
  for (const c of info.claims) {
    if (c.date?.year !== undefined) out.add(c.date.year);
    if (c.kind === 'number' && Number.isInteger(c.value)) out.add(c.value);
  }
  return out;
}

/** The end of the other version's span that stands where `y` stands in its own, with the same other end; none or one. */
function sameEndOfSpan(y: YearAt, others: YearAt[]): YearAt[] {
  if (!y.span) return [];
  const found = others.filter((o) => o.span?.end === y.span!.end && o.span.partner === y.span!.partner && o.year !== y.year);
  return found.length === 1 ? found : [];
}

export default defineRule({
  meta: {
    id: 'pair-year-mismatch',
    description:
      'A bare year (or an end of a span of years) that the aligned sentences of the two versions state differently: the only year of each side that the other version states nowhere.',
    severity: 'error',
    scope: 'pair',
    examples: {
      valid: [
        'From 2015 to 2022, 120 patients were enrolled.\n2015—2022年共纳入120例患者。',
        'In 2019, 120 patients were enrolled.\n共纳入120例患者。',
        'The guideline was issued in 2018. In 2020, 120 patients were enrolled.\n该指南于2018年发布。共纳入120例患者。',
      ],
      invalid: [
        {
          text: 'From 2015 to 2022, 120 patients were enrolled.\n2013—2022年共纳入120例患者。',
          errors: [
            { line: 2, column: 1, text: '2013', severity: 'error', message: 'Chinese year 2013 differs from English 2015 in the aligned sentence; both versions must name the same year.' },
          ],
          output: 'From 2015 to 2022, 120 patients were enrolled.\n2015—2022年共纳入120例患者。',
        },
      ],
    },
  },
  check(ctx) {
    const { en, zh, beads } = ctx.pair;
    const years = { en: bareYears(en), zh: bareYears(zh) };
    // Most abstracts state no bare year, or the same ones in both versions.
    if (years.en.length === 0 || years.zh.length === 0) return;
    const stated = { en: statedYears(en), zh: statedYears(zh) };
    const onlyHere = (side: Lang) => years[side].filter((y) => !stated[side === 'en' ? 'zh' : 'en'].has(y.year));
    const only = { en: onlyHere('en'), zh: onlyHere('zh') };
    if (only.en.length === 0 && only.zh.length === 0) return;
    for (const bead of beads) {
      let e = only.en.filter((y) => bead.en.includes(y.sentence));
      let z = only.zh.filter((y) => bead.zh.includes(y.sentence));
      // An end of a span that the other version states nowhere, against the same end of the aligned span, whose
      // other end agrees: `from 2015 to 2020` and `2015—2021年`, though 2021 recurs elsewhere (`2021年仅占3.2%`).
      // There the year the other version states nowhere is the likely wrong one.
      let wrongSide: Lang | undefined;
      if (e.length === 1 && z.length === 0) [z, wrongSide] = [sameEndOfSpan(e[0]!, years.zh.filter((y) => bead.zh.includes(y.sentence))), 'en'];
      else if (z.length === 1 && e.length === 0) [e, wrongSide] = [sameEndOfSpan(z[0]!, years.en.filter((y) => bead.en.includes(y.sentence))), 'zh'];
      // One year changed in one place; a year one version adds or leaves out is no disagreement.
      if (e.length !== 1 || z.length !== 1) continue;
      // A span of years that runs backwards is the wrong one; otherwise nothing decides, and the Chinese is reported.
      const enWrong = wrongSide ? wrongSide === 'en' : e[0]!.backwards !== undefined && z[0]!.backwards === undefined;
      const [wrong, right, wrongLang, rightLang]: [YearAt, YearAt, Lang, Lang] = enWrong ? [e[0]!, z[0]!, 'en', 'zh'] : [z[0]!, e[0]!, 'zh', 'en'];
      const text = wrong.written;
      const head = `${langName(wrongLang)} year ${text} differs from ${langName(rightLang)} ${right.year} in the aligned sentence`;
      ctx.report({
        span: { offset: wrong.offset, length: text.length, lang: wrongLang, text },
        message: wrongSide
          ? `${head}; the ${langName(wrongLang)} states ${right.year} elsewhere and the ${langName(rightLang)} states ${text} nowhere, so the ${langName(wrongLang)} is likely wrong.`
          : enWrong
            ? `${head}: ${wrong.backwards} runs backwards, so the ${langName(wrongLang)} is likely wrong.`
            : `${head}; both versions must name the same year.`,
        related: [{ claim: { offset: right.offset, length: 4, lang: rightLang }, message: `${langName(rightLang)} states ${right.year} here.` }],
        actual: text,
        expected: String(right.year),
        fix: { offset: wrong.offset, length: text.length, replacement: String(right.year) },
      });
    }
  },
});
