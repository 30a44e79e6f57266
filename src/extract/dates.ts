/**
 * Calendar dates in both languages. A date's year, month and day are one claim,
 * compared as a date: `2015年4月` is `April 2015`, `2019年7月1日` is `01/07/2019`.
 * The month or day of a date is never read as an amount of its own.
 */
import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';
import type { DateParts, Lang } from '../types.js';
import { parseChineseNumeral } from './numerals.js';
import { WORD, wordKinds } from './word-kinds.js';

export interface DateMatch {
  start: number;
  end: number;
  date: DateParts;
}

const YEAR = String.raw`(?:1[5-9]|20)\d{2}`;
const M = EN.MONTH_NAME;
const MA = EN.MONTH_NAME_ANY;

/** Jun 23, 2018; 2018 Jun 23; March 3; as a PDF glues them, `onFebruary 2`, `February 29，2020`. */
const EN_MONTH_DAY = new RegExp(String.raw`(?:\b|(?<=[a-z])(?=[A-Z]))(?:(${YEAR})\s+)?(${MA})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|\.\d|,(?!(?:19|20)\d\d(?!\d))\d))(?:(?:,?\s+|\s?[,，]\s?)(${YEAR})(?!\d))?`, 'g');
/** 23 June 2018, 15 February. */
const EN_DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MA})\b\.?(?:,?\s+(${YEAR})(?!\d))?`, 'g');
/** April 2015, Apr. 2015, June, 2019; in text glued by PDF conversion, `fromDecember2014toFebruary2016`. */
const EN_MONTH_YEAR = new RegExp(String.raw`(?:\b(${MA})|(?<=[a-z])(${M}))\.?,?\s*(${YEAR})(?!\d)`, 'g');
/** A month named alone: mid-May, in January, Jan. */
const EN_MONTH = new RegExp(String.raw`(?:\b|(?<=[a-z]))(${M})\b(\.)?`, 'g');
/** A month named alone in lower case, its name spelt out and no other word (EN_MONTH_LOWER's cheap test first). */
const EN_MONTH_LOWER = /\b(january|february|april|june|july|august|september|october|november|december)\b/g;
const LOWER_MONTH = /uary|april|june|july|august|ember|october/;
/** The 1980s. */
const EN_DECADE = new RegExp(String.raw`\b(${YEAR})'?s\b`, 'g');

/** 2019-07-01, 2019/7/1, 2019.07.01. */
const YMD = new RegExp(String.raw`(?<![\d.\/-])(${YEAR})([-\/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d]|[-\/.]\d)`, 'g');
/** 01/07/2019, 1.7.2019: day first in most journals, month first in American ones. */
const DMY = new RegExp(String.raw`(?<![\d.\/-])(\d{1,2})([-\/.])(\d{1,2})\2(${YEAR})(?![\d]|[-\/.]\d)`, 'g');
/** 2018-03: a year and a month. */
const YM = new RegExp(String.raw`(?<![\d.\/-])(${YEAR})-(0[1-9]|1[0-2])(?![\d]|[-\/.]\d)`, 'g');

/**
 * 2015.04—2017.02, 2015/1~2016/1: a span of months written as year.month (or year/month) at both ends; and
 * year-month, as Chinese journals write a study's period (`2015-01—2021-12`), whose dash YM alone takes for the
 * start of a day.
 */
const YM_SPAN = new RegExp(String.raw`(?<![\d.\/-])(${YEAR})([.\/-])(0?[1-9]|1[0-2])(\s*(?:-|~|—|–|至|到|to)\s*)(${YEAR})\2(0?[1-9]|1[0-2])(?![\d]|[-.\/]\d)`, 'g');

/** 2015年4月, 2015 年 4 月, 2019年7月1日. */
const ZH_YMD = new RegExp(String.raw`(?<!\d)(${YEAR})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?`, 'g');
/** 7~12月: a span of months with no year of its own. */
const ZH_MONTHS = /(?<![\d.年])(\d{1,2})(\s*(?:至|到|-|~)\s*)(\d{1,2})\s*月(?!\s*龄)/g;
/** Two Han characters: the words after a span of months, which say what happened in it. */
const ZH_WORD = /^[\u4e00-\u9fff]{2}$/;
/** 2015年1~12月: one year for both ends of a span of months. */
const ZH_YEAR_MONTHS = new RegExp(String.raw`(?<!\d)(${YEAR})\s*年\s*(\d{1,2})(\s*(?:至|到|-|~)\s*)(\d{1,2})\s*月(?!\s*龄)`, 'g');
/**
 * 民國104年1月至108年12月: dates in the Republic of China's calendar (year + 1911), as Taiwanese
 * journals write them; the far end of a span names no era again.
 */
const ROC_DATE = String.raw`(\d{2,3})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?`;
const ZH_ROC_DATES = new RegExp(String.raw`民国\s*${ROC_DATE}(?:(\s*(?:至|到|-|~|—|–)\s*)${ROC_DATE})?`, 'dg');
const ROC_YEAR_OFFSET = 1911;
/** 6月23日. */
const ZH_MD = /(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
/** `2019年5月12日至14日`, `5月15日和16日`: a second day of the same month. */
const ZH_DAY_SPAN = new RegExp(String.raw`(?<!\d)(?:(${YEAR})\s*年\s*)?(\d{1,2})\s*月\s*((\d{1,2})(?:\s*[日号])?)\s*(?:至|到|和|及|、|-|~|—)\s*((\d{1,2})\s*[日号])`, 'dg');
/**
 * Two days written with their month once, each read as a date: `12 to 14 May 2019`, `15 and 16 May`
 * (this pattern) and `May 12 to 14, 2019` (the next). `head` is the first date as written, `tail`
 * the second; the month name and the year stand in whichever they are written beside.
 */
const EN_DAY_SPAN = new RegExp(String.raw`\b(?<head>(?<first>\d{1,2})(?:st|nd|rd|th)?)\s*(?:to|and|-|–|—|through)\s*(?<tail>(?<second>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>${MA})\b\.?(?:,?\s+(?<year>${YEAR})(?!\d))?)`, 'dg');
const EN_MONTH_DAY_SPAN = new RegExp(String.raw`(?:\b|(?<=[a-z])(?=[A-Z]))(?<head>(?<month>${MA})\.?\s+(?<first>\d{1,2})(?:st|nd|rd|th)?)\s*(?:to|and|-|–|—|through)\s*(?<tail>(?<second>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|\.\d|,(?!(?:19|20)\d\d(?!\d))\d))(?:(?:,?\s+|\s?[,，]\s?)(?<year>${YEAR})(?!\d))?)`, 'dg');
/** A month named alone: 10月底, or the far end of a span such as 2018年3月至5月. */
// 月龄 is an age in months, also where a hard-wrapped line parts it (`6月\n龄`).
const ZH_MONTH = /(?<![\d.])(\d{1,2})\s*月(?!\s*龄)/g;
/** A month before others in a list that writes 月 once, after its last (`7、8月份`), and the rest of the list up to that last month. */
const ZH_MONTH_LIST = /(?<![\d.年])(\d{1,2})\s*[、和及]\s*(?=\d{1,2}\s*(?:[、和及]|月))/g;
const ZH_MONTH_LIST_TAIL = /^(?:\d{1,2}\s*[、和及]\s*)*/;
/** 20世纪80年代, 二十世纪八十年代, 1980年代, 80年代. */
const ZH_DECADE = /(?<!\d)(?:(\d{2}|[一二两十]{1,3})\s*世纪\s*)?((?:1[5-9]|20)?\d0|[二三四五六七八九]十)\s*年代/g;
/** 20世纪80—90年代, 60～70年代: two decades of one century, which writes 世纪 and 年代 once (the 1980s–1990s). */
const ZH_DECADE_SPAN = /(?<!\d)(?:(\d{2}|[一二两十]{1,3})\s*世纪\s*)?(\d0|[二三四五六七八九]十)(\s*[—–~～至到-]\s*)(\d0|[二三四五六七八九]十)\s*年代/dg;
/**
 * An event named by its month and day in quotation marks (`“7·20”特大暴雨`, `“5·12”汶川地震`): the date, as
 * English writes it (`the 'July 20' rainstorm`). Only in quotes before the event's name: `7.20` alone, or a quoted
 * value (`pH为“7.5”。`), is a decimal.
 */
const ZH_EVENT_DATE_GUARD = /[“"「『‘']\d{1,2}\s?[·•・.]\s?\d{1,2}[”"」』’']/;
const ZH_EVENT_DATE = /(?<=[“"「『‘'])(1[0-2]|0?[1-9])\s?[·•・.]\s?(3[01]|[12]\d|0?[1-9])(?=[”"」』’']\p{Script=Han})/gu;
/** The decade a Chinese decade names: its tens, and the century they stand in (the 20th when none is written). */
function zhDecade(centuryText: string | undefined, tensText: string): DateParts | undefined {
  const tens = /\d/.test(tensText) ? Number(tensText) : parseChineseNumeral(tensText)!;
  if (tens >= 100) return { year: tens, decade: true };
  const century = centuryText === undefined ? 20 : /\d/.test(centuryText) ? Number(centuryText) : parseChineseNumeral(centuryText);
  return century === undefined || century < 16 || century > 21 ? undefined : { year: (century - 1) * 100 + tens, decade: true };
}

function date(year?: number, month?: number, day?: number): DateParts | undefined {
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return { ...(year !== undefined ? { year } : {}), ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const monthOf = (name: string) => EN.MONTH_NUMBERS[name.slice(0, 3).toLowerCase()]!;

const DIGIT = /\d/;
/** What every month named alone (EN_MONTH) holds. */
const CAPITAL_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
/** What every form with a year holds. */
const YEAR_ANYWHERE = new RegExp(YEAR);
/** What YMD, DMY, YM_SPAN and YM hold: a year after or before a `-`, `/` or `.`. */
const YEAR_BESIDE_MARK = new RegExp(String.raw`${YEAR}[-\/.]|[-\/.]${YEAR}`);
/** What every month written with its year (EN_MONTH_YEAR) holds. */
const ANY_MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** Every date of a sentence (already folded to half-width), without overlaps, in text order. */
export function findDates(folded: string, lang: Lang, hasDigit = DIGIT.test(folded), words = wordKinds(folded)): DateMatch[] {
  // Cheap tests first: most sentences hold no year, no 月 and no month name.
  const year = hasDigit && YEAR_ANYWHERE.test(folded);
  // A month named alone is capitalised, a word of its own (WORD.month) or glued after a lower-case
  // letter; a day beside a month name has a digit and names the month as a word of its own; a month
  // and a year have a year. Without a digit only the first is a date.
  const capital = (words & (WORD.month | WORD.gluedMonthCapital)) !== 0 && CAPITAL_MONTH.test(folded);
  const monthWord = hasDigit && (words & (WORD.month | WORD.gluedMonthCapital)) !== 0;
  const lowerMonth = (words & WORD.month) !== 0 && LOWER_MONTH.test(folded);
  const chinese = lang === 'zh' && (folded.includes('月') || folded.includes('年代'));
  const out: DateMatch[] = [];
  // Nothing to read: the readers below are not even made.
  const event = lang === 'zh' && hasDigit && ZH_EVENT_DATE_GUARD.test(folded);
  if (!year && !chinese && !capital && !monthWord && !lowerMonth && !event) return out;
  const add = (start: number, end: number, parts: DateParts | undefined) => {
    if (!parts || out.some((d) => d.start < end && start < d.end)) return;
    out.push({ start, end, date: parts });
  };
  const scan = (re: RegExp, read: (m: RegExpExecArray) => DateParts | undefined) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded))) {
      // `read` may shorten the match to what belongs to the date.
      const parts = read(m);
      add(m.index, m.index + m[0].length, parts);
    }
  };
  // A match that holds two dates, each read with the place it stands in: `2015.04—2017.02`, `12 to 14 May 2019`.
  const scanTwo = (re: RegExp, read: (m: RegExpExecArray) => [start: number, end: number, parts: DateParts | undefined][] | undefined) => {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(folded)); ) for (const [start, end, parts] of read(m) ?? []) add(start, end, parts);
  };
  // Each of these writes its year beside a `-`, `/` or `.`: most years stand alone (`in 2015`).
  if (year && YEAR_BESIDE_MARK.test(folded)) {
    scan(YMD, (m) => date(num(m[1]), num(m[3]), num(m[4])));
    scan(DMY, (m) => {
      const [a, b] = [Number(m[1]), Number(m[3])];
      const swappable = a <= 12 && b <= 12 && a !== b;
      const parts = b > 12 ? date(Number(m[4]), a, b) : date(Number(m[4]), b, a);
      return parts && swappable ? { ...parts, swappable } : parts;
    });
    scanTwo(YM_SPAN, (m) => {
      const firstEnd = m.index + m[1]!.length + 1 + m[3]!.length;
      const second = firstEnd + m[4]!.length;
      return [
        [m.index, firstEnd, date(num(m[1]), num(m[3]))],
        [second, m.index + m[0].length, date(num(m[5]), num(m[6]))],
      ];
    });
    // `2010-12` may be the years 2010 to 2012; `2018-03` and `2018-12` cannot be.
    scan(YM, (m) => (m[2]!.startsWith('0') || Number(m[2]) <= Number(m[1]) % 100 ? date(num(m[1]), num(m[2])) : undefined));
  }
  // The middle dot is folded to a point between digits (foldSentence): the quotation marks tell the date.
  if (event) scan(ZH_EVENT_DATE, (m) => date(undefined, num(m[1]), num(m[2])));
  if (chinese) {
    // Each form below holds its characters: most sentences with 月 name no year (年) and no day (日, 号) with it.
    const zhYear = folded.includes('年');
    const zhDay = folded.includes('日') || folded.includes('号');
    // Every form but the decade writes its month in digits before 月: a sentence may have come here by 年代 alone.
    const zhMonth = hasDigit && folded.includes('月');
    if (zhYear && zhMonth && folded.includes('民国')) scanTwo(ZH_ROC_DATES, (m) => {
      const roc = (y: string | undefined) => ROC_YEAR_OFFSET + Number(y);
      const join = m.indices![4];
      const first: [number, number, DateParts | undefined] = [m.index, join?.[0] ?? m.index + m[0].length, date(roc(m[1]), num(m[2]), num(m[3]))];
      return join ? [first, [join[1], m.index + m[0].length, date(roc(m[5]), num(m[6]), num(m[7]))]] : [first];
    });
    const yearSpans: { end: number; year: number; month: number; after: string }[] = [];
    if (zhYear && zhMonth) scanTwo(ZH_YEAR_MONTHS, (m) => {
      // `2019—2021年6～71月龄`: the years of a study, then an age in months, never a span of months.
      if (Number(m[2]) > 12 || Number(m[4]) > 12) return undefined;
      const year = Number(m[1]);
      const second = m.index + m[0].length - m[0].slice(m[0].lastIndexOf(m[4]!)).length;
      const firstEnd = second - m[3]!.length;
      yearSpans.push({ end: m.index + m[0].length, year, month: Number(m[4]), after: folded.slice(m.index + m[0].length, m.index + m[0].length + 2) });
      return [
        [m.index, firstEnd, date(year, num(m[2]))],
        [second, m.index + m[0].length, date(year, num(m[4]))],
      ];
    });
    // `2022年1—6月出院的…，7—12月出院的`: a later span of months of that year, told by the same words after both.
    if (yearSpans.length > 0) scanTwo(ZH_MONTHS, (m) => {
      const [low, high] = [Number(m[1]), Number(m[3])];
      const end = m.index + m[0].length;
      const span = yearSpans.findLast((y) => y.end <= m.index);
      if (!span || low <= span.month || high <= low || high > 12 || !ZH_WORD.test(span.after) || folded.slice(end, end + 2) !== span.after) return undefined;
      const second = end - m[0].slice(m[0].lastIndexOf(m[3]!)).length;
      return [
        [m.index, m.index + m[1]!.length, date(span.year, low)],
        [second, end, date(span.year, high)],
      ];
    });
    if (zhDay && zhMonth) scanTwo(ZH_DAY_SPAN, (m) => {
      const [year, month] = [num(m[1]), num(m[2])];
      return [
        [m.index, m.indices![3]![1], date(year, month, num(m[4]))],
        [m.indices![5]![0], m.index + m[0].length, date(year, month, num(m[6]))],
      ];
    });
    if (zhYear && zhMonth) scan(ZH_YMD, (m) => date(num(m[1]), num(m[2]), num(m[3])));
    if (zhDay && zhMonth) scan(ZH_MD, (m) => date(undefined, num(m[1]), num(m[2])));
    if (zhYear && folded.includes('年代')) scanTwo(ZH_DECADE_SPAN, (m) => {
      const join = m.indices![3]!;
      return [
        [m.index, join[0], zhDecade(m[1], m[2]!)],
        [join[1], m.index + m[0].length, zhDecade(m[1], m[4]!)],
      ];
    });
    if (zhYear) scan(ZH_DECADE, (m) => zhDecade(m[1], m[2]!));
    // A month alone is a date only where the text says so: 10月底, 于3月, or after the first end of a span.
    if (zhMonth) scan(ZH_MONTH, (m) => {
      const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 4);
      const afterSpan = out.some((d) => d.end < m.index && d.end > m.index - 8 && ZH.DATE_SPAN_JOIN.test(folded.slice(d.end, m.index)));
      const named = ZH.MONTH_BEFORE.test(folded.slice(Math.max(0, m.index - 3), m.index)) && !ZH.DURATION_AFTER.test(after);
      const toNextYear = ZH.SPAN_TO_NEXT_YEAR_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 12));
      return ZH.MONTH_PART_AFTER.test(after) || afterSpan || named || toNextYear ? date(undefined, num(m[1])) : undefined;
    });
    // `7、8月份`, `5、6和7月`: a list of months writes 月 once, after the last; the months before it are months too,
    // where the last was read as one (a list of durations or ages, `3、6个月`, `6、12月龄`, is not).
    if (zhMonth && out.length > 0) scan(ZH_MONTH_LIST, (m) => {
      const end = m.index + m[0].length;
      const last = end + ZH_MONTH_LIST_TAIL.exec(folded.slice(end, end + 24))![0].length;
      const d = out.find((x) => x.start === last && x.date.month !== undefined && x.date.day === undefined);
      if (!d) return undefined;
      m[0] = m[1]!;
      return date(d.date.year, num(m[1]));
    });
  }
  // English dates also stand in Chinese text: a citation line, a date copied from the English.
  if (capital || monthWord || year) {
    // Lower case `may 3` is the verb before a count.
    if (monthWord) {
      for (const re of [EN_DAY_SPAN, EN_MONTH_DAY_SPAN]) {
        scanTwo(re, (m) => {
          const g = m.groups!;
          const at = m.indices!.groups!;
          if (g.month === 'may') return undefined;
          const [month, year] = [monthOf(g.month!), num(g.year)];
          return [
            [m.index, at.head![1], date(year, month, num(g.first))],
            [at.tail![0], m.index + m[0].length, date(year, month, num(g.second))],
          ];
        });
      }
      scan(EN_MONTH_DAY, (m) => (m[2] === 'may' ? undefined : date(num(m[1] ?? m[4]), monthOf(m[2]!), num(m[3]))));
      scan(EN_DAY_MONTH, (m) => (m[2] === 'may' ? undefined : date(num(m[3]), monthOf(m[2]!), num(m[1]))));
    }
    // The verb `may` is never followed by a year: `from may 2015`, as editions that lower-case the English print it, is a month.
    if (year && (capital || ANY_MONTH.test(folded))) scan(EN_MONTH_YEAR, (m) => date(num(m[3]), monthOf((m[1] ?? m[2])!)));
    if (capital) scan(EN_MONTH, (m) => {
      const name = m[1]!;
      const abbreviated = name.length <= 4 && name !== 'May' && name !== 'June' && name !== 'July';
      // `Jan.` says it is a month; `May` and `March` say so only after `in`, `mid-`, `from`.
      const said =
        (abbreviated ? m[2] !== undefined : EN.BARE_MONTH_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index))) ||
        // Two months joined as a span say so of each other: `(May-September)`.
        EN.MONTH_SPAN_AFTER.test(folded.slice(m.index + name.length, m.index + name.length + 16)) ||
        EN.MONTH_LIST_AFTER.test(folded.slice(m.index + name.length, m.index + name.length + 16)) ||
        EN.MONTH_SPAN_BEFORE.test(folded.slice(Math.max(0, m.index - 16), m.index)) ||
        EN.MONTH_LIST_BEFORE.test(folded.slice(Math.max(0, m.index - 16), m.index));
      if (!said) return undefined;
      // The dot of `Jan.` belongs to the month; the dot after `in March.` ends the sentence.
      if (!abbreviated && m[2]) m[0] = name;
      return date(undefined, monthOf(name));
    });
  }
  // A month named alone in lower case, as editions that lower-case the English print it (`in january`, `mid-june`):
  // only the names no other word is spelt as (not `march`, `may`), where the word before says a month follows.
  if (lowerMonth) scan(EN_MONTH_LOWER, (m) =>
    EN.BARE_MONTH_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index)) ? date(undefined, monthOf(m[1]!)) : undefined,
  );
  if (year) scan(EN_DECADE, (m) => ({ year: Number(m[1]), decade: true }));
  if (out.length < 2) return out;
  out.sort((a, b) => a.start - b.start);
  if (year) shareSpanYear(out, folded, lang);
  return out;
}

/** Between the two ends of a span of dates: `March 1 to April 30, 2022`, `2022年3月1日至4月30日`. */
const EN_SPAN_JOIN = /^\s*(?:,\s*)?(?:-|–|—|~|to|through|until|till|and)\s*$/i;
/** The joins of a span, not of a list: only a span runs on into the next year (`December 5 to January 10, 2023`). */
const SPAN_ONLY_JOIN = /[-–—~至到]|\b(?:to|through|until|till)\b/i;

/**
 * A span of dates writes its year once: English after the far end (`between March 1 and April 30, 2022`), Chinese
 * before the near one (`2022年3月1日至4月30日`). The end without it takes the other's year, the year before or
 * after where the span crosses a new year; so a changed year is weighed at both ends, whichever the other
 * version writes it at.
 */
function shareSpanYear(out: DateMatch[], folded: string, lang: Lang): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!.date, out[i + 1]!.date];
    if (a.decade || b.decade || a.month === undefined || b.month === undefined || (a.year === undefined) === (b.year === undefined)) continue;
    const join = folded.slice(out[i]!.end, out[i + 1]!.start);
    if (!(lang === 'en' ? EN_SPAN_JOIN : ZH.DATE_SPAN_JOIN).test(join)) continue;
    const backwards = b.month < a.month || (b.month === a.month && (b.day ?? 0) < (a.day ?? 0));
    if (backwards && !SPAN_ONLY_JOIN.test(join)) continue;
    if (a.year === undefined) out[i] = { ...out[i]!, date: { ...a, year: b.year! - (backwards ? 1 : 0) } };
    else out[i + 1] = { ...out[i + 1]!, date: { ...b, year: a.year + (backwards ? 1 : 0) } };
  }
}

/** Days named by `D` and a number, as in `on D0, D14 and D28`, and a regimen's `d1-14`, `d1、d8`. */
const DAY_POINT = /(?<![A-Za-z\d])[Dd](\d{1,3})(?![A-Za-z\d]|\.\d)/g;

/**
 * A day named by its number: `第0天`, `day 14`, `D0`, or a regimen's days from its first
 * (`d1-14`, `d1,8`, `D1、D8`), or a regimen's day set after a dose (`200 mg, d1`,
 * `135 mg/m2 d1`), as Chinese journals print each drug of a regimen: the dose's unit must
 * come first, so a `d1` after a word (a residue, a lead) does not make the passage name days.
 */
const DAY_NAMED = /第\s*\d+\s*[天日]|\bday\s+\d|(?<![A-Za-z\d])D0(?![A-Za-z\d])|(?<![A-Za-z\d])d1\s?(?:[-–~,、]|to|and)\s?d?\d{1,2}(?![A-Za-z\d]|\.\d)|\d\s?(?:[mμn]?g|IU|U|m[lL])(?:\/(?:m2|m²|kg))?\s?[,，]?\s?(?:(?:iv|ivgtt|po|ih)\s)?d1(?![A-Za-z\d]|\.\d)/i;

/**
 * Whether `D14` in a passage names a day: only when the passage also names a day by
 * its number (`第0天`, `day 0`, `D0`). Decided for the whole passage, so that both
 * versions read their lists of D-numbers alike; `D166` among residues is a name.
 */
export function namesDays(text: string): boolean {
  return DAY_NAMED.test(text);
}

export function findDayPoints(folded: string): { start: number; end: number; day: number }[] {
  if (!folded.includes('D') && !folded.includes('d')) return [];
  const found: { start: number; end: number; day: number }[] = [];
  DAY_POINT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DAY_POINT.exec(folded))) found.push({ start: m.index, end: m.index + m[0].length, day: Number(m[1]) });
  return found;
}

/** year·10000 + month·100 + day: one number that orders dates and keys them. */
export function dateValue(d: DateParts): number {
  return (d.year ?? 0) * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
}

/**
 * Two dates are the same when every part both state agrees and they share one:
 * `April 2015` and `2015年4月`; `10月底` and `the end of October`. A decade is only another decade.
 */
export function sameDate(a: DateParts, b: DateParts): boolean {
  if (!!a.decade !== !!b.decade) return false;
  const readings = (d: DateParts) => (d.swappable ? [d, { ...d, month: d.day, day: d.month }] : [d]);
  for (const x of readings(a)) {
    for (const y of readings(b)) {
      let shared = 0;
      let agree = true;
      for (const k of ['year', 'month', 'day'] as const) {
        if (x[k] === undefined || y[k] === undefined) continue;
        shared++;
        if (x[k] !== y[k]) agree = false;
      }
      if (agree && shared > 0) return true;
    }
  }
  return false;
}
