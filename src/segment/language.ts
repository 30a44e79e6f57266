import { createRequire } from 'node:module';
import type { BlockLang } from '../types.js';

const HAN = /\p{Script=Han}+/gu;
const LATIN = /\p{Script=Latin}+/gu;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;
/** franc reads trigrams; a bounded sample keeps its cost flat on very long blocks. */
const FRANC_SAMPLE = 1000;
const MIN_LATIN_LETTERS = 20;
/** Han characters that make a block Chinese prose whatever Latin it holds, unless that Latin is plainly English. */
const MIN_HAN_PROSE = 20;
const ENGLISH_RUNNER_UP = 0.9;

const SHORT_TEXT = 300;
function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const hits = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return hits >= 2 && hits >= words.length * 0.2;
}

/**
 * Function words that make up a fifth or more of any English prose and far less of
 * any other language's. Text dense in them, with one found in no other language's
 * prose (ENGLISH_ONLY), is English
 * without asking franc, which compares every block against a hundred trigram models
 * and was two thirds of the time of a batch run.
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'with', 'were', 'was', 'for', 'that', 'from', 'this', 'these', 'which', 'than', 'between',
  'have', 'has', 'had', 'are', 'been', 'their', 'in', 'to', 'is', 'by', 'we', 'after', 'but', 'not', 'over',
  'without', 'during', 'into', 'also', 'more', 'or', 'as', 'at', 'on', 'an', 'a', 'be', 'its', 'it', 'can', 'may',
  'who', 'when', 'while', 'there', 'our', 'both', 'each', 'all', 'new',
]);
const ENGLISH_ONLY = new Set([
  'the', 'and', 'were', 'with', 'which', 'that', 'these', 'been', 'their', 'but', 'from', 'has', 'have', 'had',
  'this', 'than', 'between', 'who', 'without', 'during', 'into', 'also', 'while',
]);
const WORD = /[A-Za-z]+/g;
const MIN_WORDS = 8;
const FUNCTION_WORD_SHARE = 0.2;

/** Characters (code points) of a script, matched a run at a time: half the cost of one at a time. */
function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // A character outside the BMP (CJK Extension B and on) is two code units.
    n += m[0].length - (m[0].match(HIGH_SURROGATE)?.length ?? 0);
  }
  return n;
}

/** Han characters (code points) in a text. */
export function hanCount(text: string): number {
  return count(text, HAN);
}

function plainlyEnglish(text: string): boolean {
  let words = 0;
  let functionWords = 0;
  let marked = false;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    words++;
    const w = m[0].toLowerCase();
    if (ENGLISH_FUNCTION_WORDS.has(w)) {
      functionWords++;
      if (!marked && ENGLISH_ONLY.has(w)) marked = true;
    }
  }
  return words >= MIN_WORDS && marked && functionWords >= words * FUNCTION_WORD_SHARE;
}

/** Page chrome repeats from page to page (a publisher's copyright line): franc's answer is kept for it. */
const FRANC_CACHE_SIZE = 512;
const francCache = new Map<string, { code: string; english: number }>();

type FrancAll = (text: string, options: { minLength: number }) => [string, number][];
let francAll: FrancAll | undefined;
/** franc's trigram data takes a while to load; most runs never need it. */
function loadFrancAll(): FrancAll {
  francAll ??= (createRequire(import.meta.url)('franc') as { francAll: FrancAll }).francAll;
  return francAll;
}

/**
 * The language of a block: the Han-character ratio decides Chinese (Chinese prose
 * keeps Latin acronyms such as PASI), franc decides English among Latin-script text.
 */
export function detectLanguage(text: string): BlockLang {
  const han = count(text, HAN);
  const latin = count(text, LATIN);
  if (han >= 2 && han >= (han + latin) * 0.3) return 'zh';
  if (latin < MIN_LATIN_LETTERS) return 'und';
  if (plainlyEnglish(text)) return 'en';
  // Chinese prose that lists Latin names (`直隶犬(Canis chihliensis)，泥河湾披毛犀(…)`) has
  // more Latin letters than Han, but none of English's function words.
  if (han >= MIN_HAN_PROSE) return 'zh';
  const sample = text.slice(0, FRANC_SAMPLE);
  let verdict = francCache.get(sample);
  if (verdict === undefined) {
    const scores = loadFrancAll()(sample, { minLength: MIN_LATIN_LETTERS });
    verdict = { code: scores[0]![0], english: scores.find(([c]) => c === 'eng')?.[1] ?? 0 };
    if (francCache.size >= FRANC_CACHE_SIZE) francCache.clear();
    francCache.set(sample, verdict);
  }
  const { code, english } = verdict;
  // franc tells Scots from English by a few trigrams; for this purpose they are one.
  if (code === 'eng' || code === 'sco') return 'en';
  // On a short passage English can lose to French by a hair ("Treatment lasted 2 weeks.
  // Patients were followed up for 3 to 6 months." scores fra 1, eng 0.995); real French,
  // German or Spanish leaves English far behind (below 0.8).
  if (english >= ENGLISH_RUNNER_UP) return 'en';
  // On one short sentence trigrams are noisy; English function words are not.
  if (sample.length < SHORT_TEXT && looksEnglish(sample)) return 'en';
  return code === 'und' ? 'und' : 'other';
}
