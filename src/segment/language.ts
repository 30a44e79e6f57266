import { franc } from 'franc';
import type { BlockLang } from '../types.js';

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** franc reads trigrams; a bounded sample keeps its cost flat on very long blocks. */
const FRANC_SAMPLE = 1000;
const MIN_LATIN_LETTERS = 20;

const SHORT_TEXT = 300;
const FUNCTION_WORDS = new Set(
  'the of and in to a was were with for on at by from is are be been had has have that this than or as an not no all after before between among patients'.split(' '),
);

function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const hits = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  return hits >= 2 && hits >= words.length * 0.2;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
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
  const sample = text.slice(0, FRANC_SAMPLE);
  const code = franc(sample, { minLength: MIN_LATIN_LETTERS });
  // franc tells Scots from English by a few trigrams; for this purpose they are one.
  if (code === 'eng' || code === 'sco') return 'en';
  // On one short sentence trigrams are noisy; English function words are not.
  if (sample.length < SHORT_TEXT && looksEnglish(sample)) return 'en';
  return code === 'und' ? 'und' : 'other';
}
