import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { reportSchema, type Report } from '../src/report/schema.js';
import { applyFixes } from './helpers/fixes.js';

/**
 * Generated documents: English and Chinese versions of an abstract built from
 * sentence templates with random numbers, optionally broken, written in varied
 * forms, surrounded by noise. Seeded, so a failure names a case that replays.
 */

// ---------------------------------------------------------------- sentences

/** A number in the Chinese text, kept apart so it can be rewritten or changed. */
interface Slot {
  value: number;
  /** How it is written in digits. */
  digits: string;
  /** Followed by a counter word (例, 岁, 周), where Chinese numerals read as a number. */
  counter?: boolean;
}
type Sep = { sep: 'range' | 'lt' | 'slash' | 'open' | 'close' | 'percent' };
type Part = string | Slot | Sep;

interface Sentence {
  en: string;
  zh: Part[];
  /** Which template made it. */
  template?: number;
}

const fixed1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
const slot = (value: number, digits = String(value), counter = false): Slot => ({ value, digits, ...(counter ? { counter } : {}) });

type Template = (v: number[]) => Sentence;

const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * Each template takes random integers in [1, 99] (the last picks a way of writing)
 * and states the same facts in both languages.
 */
const TEMPLATES: Template[] = [
  ([n, , form]) => {
    const en =
      form! % 3 === 0 && n! <= 20
        ? `${capital(EN_WORDS[n!]!)} patients were enrolled.`
        : form! % 3 === 1
          ? `A total of ${n} patients were enrolled.`
          : `We enrolled ${n} patients.`;
    return { en, zh: [form! % 2 ? '共纳入 ' : '共招募了 ', slot(n!, undefined, true), form! % 2 ? ' 例患者。' : ' 名患者。'] };
  },
  ([a, b, form]) => {
    const n = Math.max(a!, b!) + 1;
    const k = Math.min(a!, b!);
    const p = fixed1((100 * k) / n);
    if (form! % 3 === 2) {
      return {
        en: `Of ${n} patients, ${k} (${p}%) improved.`,
        zh: [slot(n, undefined, true), '例中', slot(k, undefined, true), '例(', slot(Number(p), p), { sep: 'percent' }, ')改善。'],
      };
    }
    return {
      en: form! % 3 ? `Of these, ${p}% (${k}/${n}) improved.` : `A total of ${p}% (${k}/${n}) of patients improved.`,
      zh: ['其中 ', slot(Number(p), p), { sep: 'percent' }, { sep: 'open' }, slot(k), { sep: 'slash' }, slot(n), { sep: 'close' }, '的患者改善。'],
    };
  },
  ([a, b, form]) => {
    const lo = (Math.min(a!, b!) % 12) + 1;
    const hi = lo + (Math.max(a!, b!) % 24) + 1;
    const range = [`${lo} to ${hi} months`, `${lo}-${hi} months`, `${lo} ~ ${hi} months`, `between ${lo} and ${hi} months`][form! % 4];
    return { en: `Patients were followed up for ${range}.`, zh: ['患者随访 ', slot(lo), { sep: 'range' }, slot(hi), ' 个月。'] };
  },
  ([i, , form]) => {
    const p = ['0.05', '0.01', '0.001'][i! % 3]!;
    return { en: `The difference was significant (${form! % 2 ? 'P < ' : 'p<'}${p}).`, zh: ['差异有统计学意义(P', { sep: 'lt' }, slot(Number(p), p), ')。'] };
  },
  ([age]) => ({ en: `The median age was ${age! + 17} years.`, zh: ['中位年龄为 ', slot(age! + 17, undefined, true), ' 岁。'] }),
  ([w, , form]) => ({ en: `Treatment lasted ${w} weeks.`, zh: [form! % 2 ? '治疗持续 ' : '疗程为 ', slot(w!, undefined, true), ' 周。'] }),
];

const sentenceArb: fc.Arbitrary<Sentence> = fc
  .tuple(fc.integer({ min: 0, max: TEMPLATES.length - 1 }), fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 3, maxLength: 3 }))
  .map(([t, v]) => ({ ...TEMPLATES[t]!(v), template: t }));

const ENROLMENT = 0;
const OUTCOME_FRACTION = 1;

/**
 * Three to seven sentences whose numbers are all different, so every number has one
 * place, and that an abstract could state: one enrolment at most, and, beside one,
 * no fractions of random other groups (the arithmetic rules rightly question a
 * `k/n` whose n is neither the cohort nor a group the abstract states).
 */
const abstractArb = fc.array(sentenceArb, { minLength: 3, maxLength: 7 }).filter((ss) => {
  const values = ss.flatMap((s) => s.zh.filter((p): p is Slot => typeof p === 'object' && 'value' in p).map((p) => p.value));
  const enrolments = ss.filter((s) => s.template === ENROLMENT).length;
  const fractions = ss.filter((s) => s.template === OUTCOME_FRACTION).length;
  return new Set(values).size === values.length && enrolments <= 1 && !(enrolments === 1 && fractions > 0);
});

// ---------------------------------------------------------------- writing forms

interface Style {
  /** Chinese numerals for counted amounts: 十七 例. */
  hanzi: boolean;
  /** Full-width digits and signs: １７、％、（）、／、＜、～. */
  fullWidth: boolean;
  range: '~' | '～' | '至' | '-';
  lt: '<' | '＜';
}

const HANZI_DIGITS = '零一二三四五六七八九';
function toHanzi(n: number): string {
  if (n < 10) return HANZI_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : HANZI_DIGITS[tens]}十${ones ? HANZI_DIGITS[ones] : ''}`;
}

const toFullWidth = (s: string) => s.replace(/[0-9.%()/<~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

interface Rendered {
  text: string;
  /** Where each slot landed, in order. */
  slots: { offset: number; length: number; slot: Slot }[];
}

function renderZh(sentences: Sentence[], style: Style, change?: { index: number; value: number }): Rendered {
  let text = '';
  const slots: Rendered['slots'] = [];
  for (const s of sentences) {
    for (const part of s.zh) {
      let piece: string;
      if (typeof part === 'string') piece = part;
      else if ('sep' in part) {
        piece = { range: style.range, lt: style.lt, slash: '/', open: '(', close: ')', percent: '%' }[part.sep];
        if (style.fullWidth && part.sep !== 'range') piece = toFullWidth(piece);
      } else {
        const index = slots.length;
        const value = change && change.index === index ? change.value : part.value;
        const digits = change && change.index === index ? value.toFixed(part.digits.split('.')[1]?.length ?? 0) : part.digits;
        piece = style.hanzi && part.counter && Number.isInteger(value) && value < 100 ? toHanzi(value) : style.fullWidth ? toFullWidth(digits) : digits;
        slots.push({ offset: text.length, length: piece.length, slot: part });
      }
      text += piece;
    }
  }
  return { text, slots };
}

const PLAIN: Style = { hanzi: false, fullWidth: false, range: '～', lt: '＜' };
const styleArb: fc.Arbitrary<Style> = fc.record({
  hanzi: fc.boolean(),
  fullWidth: fc.boolean(),
  range: fc.constantFrom('~' as const, '～' as const, '至' as const),
  lt: fc.constantFrom('<' as const, '＜' as const),
});

function document(sentences: Sentence[], zh: string): string {
  return `${sentences.map((s) => s.en).join(' ')}\n${zh}\n`;
}

// ---------------------------------------------------------------- noise

const NOISE_LINES = [
  'Full text links',
  'Copyright © 2021 Elsevier Inc. All rights reserved.',
  '关键词',
  '期刊 | 卷 12, 期 3',
  'IL-17, CD4+ T cells, PASI75, NCT01234567',
  'doi: 10.1016/j.jaad.2020.01.002',
  '1/1/1/1/1 ((((( 1.1.1.1 %%%%',
  '10%-20% of 1 x 10(6) cells/kg, P<0.05, 3～36 个月',
  'Smith J, Wang L, Chen Y',
  '',
  '   ',
];
const SPACES = [' ', '\t', '\u00a0', '\u3000', '\u200b', '\u2009'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n'];

const TOKENS = [
  '7', '17', '47.1', '8', '0.05', '.036', '1,234', '%', '％', '/', '／', '(', ')', '（', '）', '~', '～', '-', '至', '到', '<', '＜', '≤', '=',
  '例', '名', '个月', '周', '岁', '例中', 'months', 'patients', 'of', ' to ', 'between', ' and ', 'P', 'p', 'CI', 'HR', 'Seventeen', '十七', '两',
  '三分之一', '百分之四十七点一', 'IL-17', '(Th) 17', 'NCT01234567', '1 x 10(6)', '1×10⁶', '1.2万', '第56天', 'day 56', 'phase 1/2a', 'I/IIa期',
  '2020', '。', '.', ',', '，', '；', ' ', ' ', ' ', '\n', '\r\n', '\r', '\t', '\u200b', '\u00a0', '\ufeff', 'The', 'improved', '患者', '改善',
  '\ud83d\ude00', '\ud800',
];
/** Number-dense text of both scripts, the kind of soup that finds off-by-one spans. */
const soupArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join(''));

/** A document: a broken or intact pair, with noise lines and odd spacing and line ends. */
const noisyArb = fc
  .record({
    sentences: abstractArb,
    style: styleArb,
    break: fc.option(fc.record({ index: fc.nat(), delta: fc.integer({ min: 1, max: 40 }) }), { nil: undefined }),
    before: fc.array(fc.oneof(fc.constantFrom(...NOISE_LINES), fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 3 }),
    after: fc.array(fc.oneof(fc.constantFrom(...NOISE_LINES), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 3 }),
    lineBreak: fc.constantFrom(...BREAKS),
    space: fc.constantFrom(...SPACES),
    order: fc.boolean(),
  })
  .map((d) => {
    const base = renderZh(d.sentences, d.style);
    const index = d.break ? d.break.index % base.slots.length : 0;
    const zh = d.break ? renderZh(d.sentences, d.style, { index, value: base.slots[index]!.slot.value + d.break.delta }).text : base.text;
    const en = d.sentences.map((s) => s.en).join(' ').replace(/ /g, () => d.space);
    const body = d.order ? [en, zh] : [zh, en];
    return [...d.before, ...body, ...d.after].join(d.lineBreak);
  });

// ---------------------------------------------------------------- checks

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // LF, CR, CRLF and the Unicode line ends: vertical tab, form feed, NEL, LINE and PARAGRAPH SEPARATOR.
    if ('\n\v\f\u0085\u2028\u2029'.includes(c)) starts.push(i + 1);
    else if (c === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function position(starts: number[], offset: number): [number, number] {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return [line + 1, offset - starts[line]! + 1];
}

/** Every span of the report lies in the text, slices to its own `text`, and has the right line and column. */
function checkSpans(text: string, report: Report): void {
  const starts = lineStarts(text);
  for (const d of report.files[0]!.diagnostics) {
    for (const r of [d, ...d.related]) {
      expect(r.offset).toBeGreaterThanOrEqual(0);
      expect(r.offset + r.length).toBeLessThanOrEqual(text.length);
      expect(text.slice(r.offset, r.offset + r.length)).toBe(r.text);
      expect([r.line, r.column]).toEqual(position(starts, r.offset));
      expect([r.endLine, r.endColumn]).toEqual(position(starts, r.offset + r.length));
    }
    if (d.fix) expect(d.fix.offset + d.fix.length).toBeLessThanOrEqual(text.length);
  }
}

const overlaps = (a: { offset: number; length: number }, b: { offset: number; length: number }) =>
  a.offset < b.offset + Math.max(1, b.length) && b.offset < a.offset + Math.max(1, a.length);

const RUNS = { seed: 20240611, numRuns: 1000 };

describe('properties over generated documents', () => {
  it('lint never throws; every span is inside the text and slices to its text; the report validates', () => {
    fc.assert(
      fc.property(fc.oneof(noisyArb, soupArb, fc.string({ unit: 'grapheme', maxLength: 400 })), (text) => {
        const report = lint(text);
        expect(reportSchema.safeParse(report).success).toBe(true);
        checkSpans(text, report);
      }),
      { ...RUNS, numRuns: 1500 },
    );
  });

  it('applying every fix and linting again gives no error at the fixed places', () => {
    let fixed = 0;
    fc.assert(
      fc.property(fc.oneof(noisyArb, noisyArb, soupArb), (text) => {
        const report = lint(text);
        const { text: after, applied } = applyFixes(text, report);
        if (applied.length === 0) return;
        fixed++;
        const again = lint(after);
        checkSpans(after, again);
        const errorsThere = again.files[0]!.diagnostics.filter((d) => d.severity === 'error' && applied.some((a) => overlaps(d, a)));
        expect(errorsThere.map((d) => `${d.ruleId} ${d.text}`)).toEqual([]);
      }),
      RUNS,
    );
    // The generator breaks numbers often enough that fixes are really exercised.
    expect(fixed).toBeGreaterThan(10);
  });

  it('a clean pair stays silent whatever forms the Chinese writes its numbers in', () => {
    fc.assert(
      fc.property(abstractArb, styleArb, (sentences, style) => {
        const plain = lint(document(sentences, renderZh(sentences, PLAIN).text)).files[0]!;
        expect(plain.pairs).toHaveLength(1);
        expect(plain.diagnostics).toEqual([]);
        const rewritten = lint(document(sentences, renderZh(sentences, style).text)).files[0]!;
        expect(rewritten.pairs).toHaveLength(1);
        expect(rewritten.diagnostics.map((d) => `${d.ruleId} ${d.text}`)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('changing one number that both versions state is reported at that number', () => {
    fc.assert(
      fc.property(abstractArb, fc.nat(), fc.integer({ min: 1, max: 40 }), (sentences, pick, delta) => {
        const base = renderZh(sentences, PLAIN);
        const index = pick % base.slots.length;
        const target = base.slots[index]!;
        const decimals = target.slot.digits.split('.')[1]?.length ?? 0;
        const digits = (target.slot.value + delta * 10 ** -Math.min(decimals, 1)).toFixed(decimals);
        const changed = Number(digits);
        // Both versions state it in digits (words drift in translation and are not compared, by design),
        // and the new value is not any other number of the abstract at a coarser precision.
        const written = (d: string) => new RegExp(`(?<![\\d.])${d.replace('.', '\\.')}(?![\\d]|\\.\\d)`);
        fc.pre(sentences.some((s) => written(target.slot.digits).test(s.en)));
        fc.pre(base.slots.every((s) => Math.abs(s.slot.value - changed) >= 1) && !sentences.some((s) => written(digits).test(s.en)));
        const zh = renderZh(sentences, PLAIN, { index, value: changed });
        const text = document(sentences, zh.text);
        const file = lint(text).files[0]!;
        const at = zh.slots[index]!;
        const zhStart = text.indexOf('\n') + 1;
        const place = { offset: zhStart + at.offset, length: at.length };
        expect(file.diagnostics.filter((d) => overlaps(d, place)).length, `${text}\n${JSON.stringify(file.diagnostics.map((d) => [d.ruleId, d.text]))}`).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
