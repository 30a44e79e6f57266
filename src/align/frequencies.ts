import { FREQUENCY as FREQUENCY_EN, FREQUENCY_PERIODS as PERIODS_EN, NUMBER_WORDS } from '../lang/en.js';
import { FREQUENCY as FREQUENCY_ZH, FREQUENCY_PERIODS as PERIODS_ZH } from '../lang/zh.js';
import { foldWidth, parseChineseNumeral } from '../extract/numerals.js';
import type { Lang, Sentence } from '../types.js';

/** A statement of how often, where it stands, and its rate in times an hour. */
export interface Frequency {
  start: number;
  end: number;
  perHour: number;
}

/** A count of times or of periods, in digits or words; `other` (every other day) is two, `half` a half. */
function countOf(text: string | undefined, lang: Lang): number | undefined {
  if (text === undefined) return 1;
  const word = text.toLowerCase();
  if (/^\d/.test(word)) return Number(word);
  if (word === 'other') return 2;
  // `half`, `half a` (every half a year), 半.
  if (word.startsWith('half') || word === '半') return 0.5;
  return lang === 'en' ? NUMBER_WORDS[word] : parseChineseNumeral(word);
}

function timesOf(text: string | undefined): number | undefined {
  if (text === undefined) return 1;
  const word = text.toLowerCase();
  if (word === 'once') return 1;
  if (word === 'twice') return 2;
  if (word === 'thrice') return 3;
  return countOf(word.slice(0, word.indexOf(' ')), 'en');
}

function rate(times: number | undefined, count: number | undefined, hours: number | undefined): number | undefined {
  return times !== undefined && count !== undefined && hours !== undefined && count > 0 ? times / (count * hours) : undefined;
}

/** The rate of one match of FREQUENCY in English: see its groups there. */
function englishRate(m: RegExpExecArray): number | undefined {
  const unit = (u: string | undefined) => (u === undefined ? undefined : PERIODS_EN[u.toLowerCase()]);
  if (m[1] !== undefined) return m[4] !== undefined ? rate(timesOf(m[1]), 1, unit(m[4])) : rate(timesOf(m[1]), countOf(m[2], 'en'), unit(m[3]));
  if (m[6] !== undefined) return rate(1, countOf(m[5], 'en'), unit(m[6]));
  if (m[7] !== undefined) return rate(1, 1, unit(m[7]));
  if (m[11] !== undefined) return rate(1, countOf(m[10], 'en'), unit(m[11]));
  if (m[13] !== undefined) return rate(1, countOf(m[12], 'en'), unit(m[13]));
  return rate(1, Number(m[8]), unit(m[9]));
}

/** The rate of one match of FREQUENCY in Chinese: see its groups there. */
function chineseRate(m: RegExpExecArray): number | undefined {
  const unit = (u: string | undefined) => (u === undefined ? undefined : PERIODS_ZH[u]);
  if (m[2] !== undefined) return rate(countOf(m[3], 'zh'), countOf(m[1], 'zh'), unit(m[2]));
  if (m[4] !== undefined) return rate(countOf(m[5], 'zh'), 2, unit(m[4]));
  if (m[8] !== undefined) return rate(Number(m[6]), countOf(m[7], 'zh'), unit(m[8]));
  return rate(countOf(m[10], 'zh'), 1, unit(m[9]));
}

/** Every statement of how often in a sentence, with offsets in the sentence's own coordinates. */
export function frequenciesIn(sentence: Sentence, lang: Lang): Frequency[] {
  const out: Frequency[] = [];
  // Folded, so that traditional characters and full-width slashes read as the patterns expect; offsets stay.
  const text = lang === 'zh' ? foldWidth(sentence.text) : sentence.text;
  const re = lang === 'en' ? FREQUENCY_EN : FREQUENCY_ZH;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const perHour = lang === 'en' ? englishRate(m) : chineseRate(m);
    if (perHour !== undefined) out.push({ start: sentence.offset + m.index, end: sentence.offset + m.index + m[0].length, perHour });
  }
  return out;
}

/** Two rates that are one: `twice yearly` and `每半年1次` differ only by rounding of the periods' hours. */
export function sameRate(a: Frequency, b: Frequency): boolean {
  return Math.abs(a.perHour - b.perHour) <= 1e-9 * Math.max(a.perHour, b.perHour);
}
