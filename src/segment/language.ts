import { franc } from 'franc';
import type { BlockLang } from '../types.js';

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** franc reads trigrams; a bounded sample keeps its cost flat on very long blocks. */
const FRANC_SAMPLE = 1000;
const MIN_LATIN_LETTERS = 20;

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
  const code = franc(text.slice(0, FRANC_SAMPLE), { minLength: MIN_LATIN_LETTERS });
  // franc tells Scots from English by a few trigrams; for this purpose they are one.
  if (code === 'eng' || code === 'sco') return 'en';
  return code === 'und' ? 'und' : 'other';
}
