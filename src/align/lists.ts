import { LIST_JOIN as JOIN_EN } from '../lang/en.js';
import { LIST_JOIN as JOIN_ZH, LIST_SEPARATOR } from '../lang/zh.js';
import type { Lang } from '../types.js';

/** Clauses end at these: a list never spans them (a point between digits is a decimal point). */
const CLAUSE_EN = /[;:()；：（）]|\.(?!\d)/;
/** A comma of English text, in either width: PDF text of Chinese authors keeps `，` in English (`1990，2000 and 2010`). */
const COMMA_EN = /[,，]/;
/** A word after a list that says its items go with those of another (`were 3.1, 5.6 and 4.2, respectively`). */
const RESPECTIVELY = /^\s*(?:respectively|in that order|in turn)\s*$/i;
const CLAUSE_ZH = /[，。；：,;:！？()（）]/;
/** An English list item is a few words: `B`, `the control group`. */
const MAX_ITEM_WORDS = 4;

/** The sizes a sentence's lists may have, and the size of each list read whole. */
export interface ListSizes {
  /** Every size a list may have: `three groups: A, B and C`, `A、B、C组`. */
  any: Set<number>;
  /** Each list's largest reading: where English lead-in words end is unclear, but not how far a list goes. */
  whole: Set<number>;
}

const DIGIT = /\d/;
/** A part that is a bare number, once trimmed: `1990`, `0.5`, `12 %`. */
const BARE_NUMBER = /^\d[\d.]*\s?%?$/;
const bareNumber = (part: string) => BARE_NUMBER.test(part.trim());
/** A bracketed aside without brackets inside it. */
const BRACKETED = /[(（][^()（）]*[)）]/g;
/**
 * English brackets that hold a value's spread after it (`18 (10, 28) μg`, `9 (12.0%)`) or a whole
 * mean ± SD (`(6.8±2.1), (5.2±1.7) and (4.5±1.4) min`) are no clause: a list of such values runs on through them.
 */
const SPREAD_AFTER_VALUE = /(\d\s*(?:%\s*)?)[(（]\s*[-−]?\d[\d.]*\s*(?:%\s*)?(?:[,，–~～-]\s*[-−]?\d[\d.]*\s*(?:%\s*)?)?[)）]/g;
const MEAN_SD = /[(（]\s*([-−]?\d[\d.]*\s*±\s*\d[\d.]*)\s*[)）]/g;

/** What a value of a list looks like: with a number, a percent sign or not, a decimal point or not. */
function valueShape(part: string): string | undefined {
  return DIGIT.test(part) ? `${part.includes('%') ? '%' : ''}${/\d\.\d/.test(part) ? '.' : ''}` : undefined;
}

/**
 * The values a list before `respectively` gives, one for each thing the other version names
 * (`the scores were 32.4, 38.1 and 44.2, respectively`: three): its parts with a number of the
 * last one's shape, from the last back (`at week 44, remission occurred in 50%, 45%, and 19%`: three).
 */
function valueItems(parts: string[]): number {
  const last = ` ${parts[parts.length - 1]!} `;
  const join = JOIN_EN.exec(last);
  const tail = join ? [last.slice(0, join.index), last.slice(join.index + join[0].length)].filter((p) => DIGIT.test(p)) : DIGIT.test(last) ? [last] : [];
  const shape = valueShape(tail[tail.length - 1] ?? '');
  if (shape === undefined) return 0;
  let items = tail.length;
  for (let i = parts.length - 2; i >= 0 && valueShape(parts[i]!) === shape; i--) items++;
  return items;
}

/**
 * How many items the lists of a sentence may have, so that a count only implied by a
 * list (`three groups: A, B and C`, `A、B、C组`) is not taken for a missing number.
 * Only lists with a separator count (`A, B and C`, `A、B`): `A and B` is any two things.
 * English gives every size its comma run allows, as where the list starts is unclear.
 */
export function listSizes(text: string, lang: Lang): ListSizes {
  const sizes: ListSizes = { any: new Set(), whole: new Set() };
  if (lang === 'zh') {
    // An item's aside in brackets (`顺铂组（3 mg/kg）`) is part of the item, not a clause of its own.
    // (English brackets hold whole clauses as often: `on days 1 and 8) and cisplatin (80 mg`.)
    text = text.replace(BRACKETED, '');
    for (const clause of text.split(CLAUSE_ZH)) {
      const parts = clause.split(LIST_SEPARATOR);
      if (parts.length < 2) continue;
      const items = parts.length + (JOIN_ZH.test(parts[parts.length - 1]!) ? 1 : 0);
      sizes.any.add(items);
      sizes.whole.add(items);
      // A join may close a list inside it, before a run that shares its noun: `正常组、模型组及低、中、高剂量组` is five.
      const joined = parts.length + parts.filter((p) => JOIN_ZH.test(p)).length;
      if (joined !== items) sizes.any.add(joined);
    }
    return sizes;
  }
  text = text.replace(SPREAD_AFTER_VALUE, '$1 ').replace(MEAN_SD, ' $1 ');
  for (const clause of text.split(CLAUSE_EN)) {
    const parts = clause.split(COMMA_EN);
    if (parts.length >= 2 && RESPECTIVELY.test(parts[parts.length - 1]!)) {
      parts.pop();
      const values = valueItems(parts);
      if (values >= 2) {
        sizes.any.add(values);
        sizes.whole.add(values);
      }
      continue;
    }
    // The item joined by `and`/`or` closes the list, in its part (`B and C`) or alone (`, and C`);
    // the clause may go on after it (`images of 1990, 2000, 2010 and 2020, we mapped`).
    for (let end = parts.length - 1; end >= 1; end--) {
      const last = parts[end]!;
      const join = JOIN_EN.exec(` ${last} `);
      if (!join) continue;
      const before = ` ${last} `.slice(0, join.index).trim();
      let items = before ? 2 : 1;
      let longest = 0;
      // A run of bare numbers (`0, 120, 180, 240 and 300 kg`, `1990, 2000 and 2010`) is one list, whole:
      // no lead-in words can hide its first items, so it has no shorter readings.
      let numbers = !before || bareNumber(before);
      const shorter: number[] = [];
      for (let i = end - 1; i >= 0; i--) {
        const words = parts[i]!.trim().split(/\s+/).filter(Boolean).length;
        if (words === 0) break;
        // A long part ends with the first item after its lead-in words (`divided into groups A`).
        items++;
        if (items >= 3) shorter.push((longest = items));
        if (words > MAX_ITEM_WORDS) break;
        if (i > 0 || words === 1) numbers &&= bareNumber(parts[i]!);
      }
      // A list that the clause goes on after, or one a full-width comma parts, is read only as a run of
      // numbers: words around such commas and joins are clauses as often as items.
      if (!numbers && (end < parts.length - 1 || clause.includes('，'))) continue;
      if (longest > 0) sizes.whole.add(longest);
      for (const n of numbers ? [longest] : shorter) if (n > 0) sizes.any.add(n);
    }
  }
  return sizes;
}
