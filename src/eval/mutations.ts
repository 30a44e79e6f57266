import { analyzePair } from '../pair/explicit.js';
import { matchUnit } from '../extract/units.js';
import type { JsonDiagnostic } from '../report/schema.js';
import { componentValues } from '../numbers/equality.js';
import type { Claim, Lang } from '../types.js';

/**
 * Single edits made to a published pair to see whether the linter notices them.
 * They are generated from what the extractor read (each claim's kind, form and unit)
 * and from scans for identifiers, never from one sentence's wording.
 */
export const CATEGORIES = [
  'digit',
  'zh-numeral',
  'en-word',
  'count',
  'percent-fraction',
  'pvalue-ci',
  'unit-value',
  'dropped',
  'identifier',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  digit: 'digit changed',
  'zh-numeral': 'Chinese numeral + measure word',
  'en-word': 'English number word',
  count: 'count (patients, cases)',
  'percent-fraction': 'percent / fraction',
  'pvalue-ci': 'p-value / CI bound',
  'unit-value': 'value with unit',
  dropped: 'dropped number',
  identifier: 'identifier',
};

export interface Place {
  start: number;
  end: number;
}

export interface Mutation {
  pair: string;
  side: Lang;
  categories: Category[];
  /** The edited text, in the side's own text before the edit. */
  start: number;
  end: number;
  before: string;
  /** The replacement; empty when the number is dropped. */
  after: string;
  /** Where the other version states the same thing, in its own text. */
  counterpart?: Place;
}

/** Subjects counted one by one: a count of them is a `count`. */
const COUNTED = new Set(['patient', 'death', 'CR', 'PR', 'SD', 'PD', 'NE']);
/** Units that say how often or how much relative, rather than measure something. */
const NOT_MEASURES = new Set(['time', 'fold', 'pp', 'percent', 'cycle', 'ordinal']);

/** What a claim is, apart from how its digits are written. */
function semanticCategories(c: Claim, intervals: Claim[]): Category[] {
  const out: Category[] = [];
  if (c.unit !== undefined && COUNTED.has(c.unit) && (c.kind === 'number' || c.kind === 'range' || c.kind === 'fraction')) out.push('count');
  if (c.kind === 'percent' || c.kind === 'fraction') out.push('percent-fraction');
  const inInterval = intervals.some((i) => i.offset <= c.offset && c.offset + c.length <= i.offset + i.length);
  if (c.kind === 'pvalue' || inInterval) out.push('pvalue-ci');
  if (c.unit !== undefined && !COUNTED.has(c.unit) && !NOT_MEASURES.has(c.unit) && (c.kind === 'number' || c.kind === 'range')) out.push('unit-value');
  return out;
}

/** The form a claim is written in, as a category: the other version's counterpart counts too. */
function formCategory(c: Claim): Category | undefined {
  if (c.form === 'hanzi') return 'zh-numeral';
  if (c.form === 'words') return 'en-word';
  return undefined;
}

/** The last digit changed as a typo would: 9 becomes 8, any other digit grows by one. */
function changeLastDigit(text: string): string | undefined {
  const last = /\d(?=\D*$)/.exec(text);
  if (!last) return undefined;
  const digit = text[last.index]!;
  return `${text.slice(0, last.index)}${digit === '9' ? '8' : String(Number(digit) + 1)}${text.slice(last.index + 1)}`;
}

const ZH_DIGIT_CHARS = '零一二三四五六七八九';
/** The last Chinese numeral changed the same way: 两→三, 九→八, 十二→十三; 十 or 二十 gains 一. */
function changeChineseNumeral(text: string): string | undefined {
  const last = /[零〇一二两三四五六七八九十百千](?=[^零〇一二两三四五六七八九十百千]*$)/.exec(text);
  if (!last) return undefined;
  const c = text[last.index]!;
  let next: string;
  if (c === '十' || c === '百' || c === '千') next = `${c}一`;
  else {
    const value = c === '两' ? 2 : c === '〇' ? 0 : ZH_DIGIT_CHARS.indexOf(c);
    next = value === 9 ? '八' : ZH_DIGIT_CHARS[value + 1]!;
  }
  return text.slice(0, last.index) + next + text.slice(last.index + 1);
}

// Only what a one-word edit needs: the word for a value and the word after it.
const EN_ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function nextWord(word: string): string | undefined {
  const w = word.toLowerCase();
  const one = EN_ONES.indexOf(w);
  const ten = EN_TENS.indexOf(w);
  let next: string | undefined;
  if (one >= 0) next = one === 9 ? 'eight' : one === 19 ? 'eighteen' : EN_ONES[one + 1];
  else if (ten >= 0) next = ten === EN_TENS.length - 1 ? 'eighty' : EN_TENS[ten + 1];
  if (!next) return undefined;
  if (word === word.toUpperCase()) return next.toUpperCase();
  if (word[0] === word[0]!.toUpperCase()) return next[0]!.toUpperCase() + next.slice(1);
  return next;
}

/** The last number word changed: three→four, Thirteen→Fourteen, twenty-nine→twenty-eight. */
function changeEnglishWord(text: string): string | undefined {
  const words = [...text.matchAll(/[A-Za-z]+/g)];
  for (let i = words.length - 1; i >= 0; i--) {
    const m = words[i]!;
    const next = nextWord(m[0]);
    if (next) return text.slice(0, m.index) + next + text.slice(m.index + m[0].length);
  }
  return undefined;
}

function changeClaim(c: Claim): string | undefined {
  if (c.form === 'digits') return changeLastDigit(c.text);
  // 一半 and 半年 say half: their 一 is not a count to change.
  if (c.form === 'hanzi') return c.text.includes('半') ? undefined : changeChineseNumeral(c.text);
  return c.kind === 'number' || c.kind === 'range' ? changeEnglishWord(c.text) : undefined;
}

const DROPPABLE = new Set(['number', 'percent', 'fraction', 'range', 'pvalue', 'ratio']);

/**
 * What to cut so that a number is gone and the sentence still reads: an English
 * measure after it goes too (`6 months` → ``), a counted noun stays (`17 patients` →
 * `patients`); brackets left empty and a doubled space go.
 */
function dropSpan(text: string, c: Claim, start: number, lang: Lang): Place {
  let end = start + c.length;
  if (lang === 'en' && c.kind !== 'percent' && c.kind !== 'pvalue') {
    const unit = matchUnit(text.slice(end, end + 30), 'en');
    if (unit && !COUNTED.has(unit.unit) && unit.unit !== 'time') end += unit.length;
  }
  let s = start;
  const open = /[(（[]\s*$/.exec(text.slice(Math.max(0, s - 3), s));
  const close = /^\s*[)）\]]/.exec(text.slice(end, end + 3));
  if (open && close) {
    s -= open[0].length;
    end += close[0].length;
  }
  if (/\s/.test(text[s - 1] ?? '') && /\s/.test(text[end] ?? '')) end++;
  return { start: s, end };
}

/** Grant numbers: 81570123, 2016YFC1302400, BK20161234; only where the text speaks of funding, as `SB203580` names a compound. */
const GRANT = /(?<![A-Za-z\d.])(?:[A-Z]{1,6}\d{5,12}|\d{4}[A-Z]{2,6}\d{4,10}|\d{8})(?![A-Za-z\d.])/g;
const GRANT_CONTEXT = /grant|fund|support|project|No\.|基金|项目|资助|编号/i;

/**
 * Identifiers a reader copies, never rounds: trial registrations, DOIs, grant numbers,
 * software versions. Each digit run is bounded on the left, so a long run is read once.
 */
const IDENTIFIER_FORMS: RegExp[] = [
  /\b(?:NCT\d{8}|ChiCTR-?[A-Za-z]{0,8}-?\d{6,12}|ISRCTN\d{6,10}|ACTRN\d{14})/gi,
  /\b10\.\d{4,9}\/[-._;:()/A-Za-z0-9]{1,200}/g,
  GRANT,
  /\b(?:SPSS|Stata|SAS|Prism|MATLAB|RevMan|Python|R|version|Version)\s{1,3}v?\d{1,3}(?:\.\d{1,3}){0,3}/g,
];

function identifierMutations(pair: { id: string; en: string; zh: string }): Mutation[] {
  const out: Mutation[] = [];
  for (const side of ['en', 'zh'] as const) {
    const text = pair[side];
    const other = pair[side === 'en' ? 'zh' : 'en'];
    const seen = new Set<number>();
    for (const re of IDENTIFIER_FORMS) {
      for (const m of text.matchAll(re)) {
        let id = m[0];
        // A DOI at the end of a sentence or in brackets: the closing punctuation is not part of it.
        while (id.length > 0 && '.;:)'.includes(id[id.length - 1]!)) id = id.slice(0, -1);
        const start = m.index;
        if (!/\d/.test(id) || seen.has(start)) continue;
        if (re === GRANT && !GRANT_CONTEXT.test(text.slice(Math.max(0, start - 60), start))) continue;
        const at = other.indexOf(id);
        const after = changeLastDigit(id);
        if (at < 0 || !after) continue;
        seen.add(start);
        out.push({
          pair: pair.id, side, categories: ['identifier'], start, end: start + id.length, before: id, after,
          counterpart: { start: at, end: at + id.length },
        });
      }
    }
  }
  return out;
}

/** Every edit tried on one pair, in a fixed order: claims of the English, of the Chinese, then identifiers. */
export function mutationsOf(pair: { id: string; en: string; zh: string }): Mutation[] {
  const analysis = analyzePair(pair.en, pair.zh);
  const aligned = analysis.pairs[0];
  if (!aligned) return identifierMutations(pair);
  const base = { en: 0, zh: analysis.zhOffset };
  const counterpartOf = new Map<Claim, Claim>();
  for (const l of aligned.links) {
    if (!counterpartOf.has(l.en)) counterpartOf.set(l.en, l.zh);
    if (!counterpartOf.has(l.zh)) counterpartOf.set(l.zh, l.en);
  }
  const out: Mutation[] = [];
  for (const side of ['en', 'zh'] as const) {
    const info = aligned[side];
    const intervals = (info.stats ?? []).filter((s) => s.kind === 'interval');
    const otherIntervals = (aligned[side === 'en' ? 'zh' : 'en'].stats ?? []).filter((s) => s.kind === 'interval');
    const otherBase = base[side === 'en' ? 'zh' : 'en'];
    for (const c of info.claims) {
      const start = c.offset - base[side];
      const twin = counterpartOf.get(c);
      const counterpart = twin ? { start: twin.offset - otherBase, end: twin.offset - otherBase + twin.length } : undefined;
      // A last digit finer than the other version's precision changes nothing it states: 650 000 → 650 001 is still 65万.
      const belowPrecision = twin !== undefined && twin.decimals < c.decimals;
      const changed = belowPrecision ? undefined : changeClaim(c);
      if (changed !== undefined && changed !== c.text) {
        const categories = new Set<Category>();
        if (c.form === 'digits') categories.add('digit');
        for (const f of [formCategory(c), twin && formCategory(twin)]) if (f) categories.add(f);
        for (const s of semanticCategories(c, intervals)) categories.add(s);
        if (twin) for (const s of semanticCategories(twin, otherIntervals)) categories.add(s);
        out.push({
          pair: pair.id, side, categories: CATEGORIES.filter((k) => categories.has(k)), start, end: start + c.length,
          before: c.text, after: changed, ...(counterpart ? { counterpart } : {}),
        });
      }
      // A number the other version also states: dropping it must be noticed.
      if (counterpart && DROPPABLE.has(c.kind)) {
        const cut = dropSpan(pair[side], c, start, side);
        out.push({
          pair: pair.id, side, categories: ['dropped'], start: cut.start, end: cut.end,
          before: pair[side].slice(cut.start, cut.end), after: '', counterpart,
        });
      }
    }
  }
  return [...out, ...identifierMutations(pair)];
}

export function applyMutation(pair: { en: string; zh: string }, m: Mutation): { en: string; zh: string } {
  const text = pair[m.side];
  const edited = text.slice(0, m.start) + m.after + text.slice(m.end);
  return m.side === 'en' ? { en: edited, zh: pair.zh } : { en: pair.en, zh: edited };
}

/** A span covers a place it overlaps; an empty place (a dropped number) where the span touches it. */
function covers(s: { offset: number; length: number }, p: Place): boolean {
  if (p.start === p.end) return s.offset <= p.start && p.start <= s.offset + s.length;
  return s.offset < p.end && s.offset + s.length > p.start;
}

/** Where the edit and its counterpart stand in `en + "\n\n" + zh`, before (`edited` false) or after the edit. */
function places(pair: { en: string; zh: string }, m: Mutation, edited: boolean): Place[] {
  const length = edited ? m.after.length : m.end - m.start;
  const enLength = m.side === 'en' ? pair.en.length - (m.end - m.start) + (edited ? m.after.length : m.end - m.start) : pair.en.length;
  // The two versions are read as one text with a blank line between them (`analyzePair`).
  const base = { en: 0, zh: enLength + 2 };
  const out: Place[] = [{ start: base[m.side] + m.start, end: base[m.side] + m.start + length }];
  const other = m.side === 'en' ? 'zh' : 'en';
  if (m.counterpart) out.push({ start: base[other] + m.counterpart.start, end: base[other] + m.counterpart.end });
  return out;
}

/**
 * A finding flags a place with its own span or a related one, except the related span of
 * a missing number: that is the aligned sentence of the other version, context that covers
 * every number in it.
 */
function flags(d: JsonDiagnostic, at: Place[]): boolean {
  const related = d.ruleId === 'pair-number-missing' ? [] : d.related;
  return d.severity !== 'info' && at.some((p) => covers(d, p) || related.some((r) => covers(r, p)));
}

/** Some of `diagnostics` (of the unedited pair) flag the place of the edit or its counterpart. */
export function flagsBeforeEdit(pair: { en: string; zh: string }, m: Mutation, diagnostics: JsonDiagnostic[]): boolean {
  const at = places(pair, m, false);
  return diagnostics.some((d) => flags(d, at));
}

/**
 * Caught: an error or warning covers the edited place or the other version's
 * counterpart, with its span or a related span, and its rule did not already flag
 * that place before the edit (a false alarm that was there anyway catches nothing).
 */
export function isCaught(pair: { en: string; zh: string }, m: Mutation, baseline: JsonDiagnostic[], report: JsonDiagnostic[]): boolean {
  const before = places(pair, m, false);
  const already = new Set(baseline.filter((d) => flags(d, before)).map((d) => d.ruleId));
  const after = places(pair, m, true);
  return report.some((d) => flags(d, after) && !already.has(d.ruleId));
}

/** Why an edit went unreported, in general terms, so that work can aim at the largest group. */
export const MISS_CAUSES = {
  'already-flagged': 'the place was already flagged before the edit (a false alarm or an unread form there)',
  'word-form': 'a number word or Chinese numeral on one side: compared only with a shared counted unit, reported missing only as a count with its unit (three weeks, 三组; never one, two of)',
  'value-elsewhere': 'the value stands elsewhere: the edited value in the other version, or the dropped one again in its own',
  approximate: 'the counterpart is approximate',
  'not-read': 'the edited text is not read as a number',
  other: 'other',
} as const;
export type MissCause = keyof typeof MISS_CAUSES;

function claimAt(claims: Claim[], start: number, end: number): Claim | undefined {
  return claims.find((c) => c.offset < end && c.offset + c.length > start);
}

/** The first cause of `MISS_CAUSES` that applies to a missed edit (checked in this order). */
export function missCause(pair: { en: string; zh: string }, m: Mutation, baseline: JsonDiagnostic[]): MissCause {
  if (flagsBeforeEdit(pair, m, baseline)) return 'already-flagged';
  const before = analyzePair(pair.en, pair.zh).pairs[0];
  const edited = applyMutation(pair, m);
  const after = analyzePair(edited.en, edited.zh).pairs[0];
  if (!before || !after) return 'other';
  const other = m.side === 'en' ? 'zh' : 'en';
  const [was, twinPlace] = places(pair, m, false);
  const [now, twinNow] = places(pair, m, true);
  const original = claimAt(before[m.side].claims, was!.start, was!.end);
  const twin = twinNow && claimAt(after[other].claims, twinNow.start, twinNow.end);
  const twinBefore = twinPlace && claimAt(before[other].claims, twinPlace.start, twinPlace.end);
  if (m.categories.includes('identifier')) return 'other';
  if ((original && original.form !== 'digits') || (twinBefore && twinBefore.form !== 'digits')) return 'word-form';
  if (twinBefore?.approx) return 'approximate';
  const values = (claims: Claim[]) => new Set(claims.flatMap(componentValues));
  if (m.after === '') {
    const left = values(after[m.side].claims);
    return original && componentValues(original).every((v) => left.has(v)) ? 'value-elsewhere' : twin ? 'other' : 'not-read';
  }
  const changed = claimAt(after[m.side].claims, now!.start, Math.max(now!.end, now!.start + 1));
  if (!changed) return 'not-read';
  const there = values(after[other].claims);
  return componentValues(changed).every((v) => there.has(v)) ? 'value-elsewhere' : 'other';
}
