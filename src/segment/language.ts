import { francAll } from 'franc';
import type { BlockLang } from '../types.js';

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** franc reads trigrams; a bounded sample keeps its cost flat on very long blocks. */
const FRANC_SAMPLE = 1000;
const MIN_LATIN_LETTERS = 20;
const ENGLISH_RUNNER_UP = 0.9;

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
  const scores = francAll(text.slice(0, FRANC_SAMPLE), { minLength: MIN_LATIN_LETTERS });
  const code = scores[0]![0];
  // franc tells Scots from English by a few trigrams; for this purpose they are one.
  if (code === 'eng' || code === 'sco') return 'en';
  // On a short passage English can lose to French by a hair ("Treatment lasted 2 weeks.
  // Patients were followed up for 3 to 6 months." scores fra 1, eng 0.995); real French,
  // German or Spanish leaves English far behind (below 0.8).
  const english = scores.find(([c]) => c === 'eng')?.[1] ?? 0;
  if (english >= ENGLISH_RUNNER_UP) return 'en';
  return code === 'und' ? 'und' : 'other';
}
