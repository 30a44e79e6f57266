/**
 * Whether `text` holds any of `chars`. A search for each character costs a fraction of a
 * character-class pattern over the same text, and the readers ask this of every sentence
 * with a digit and of the words before every number.
 */
export function holdsAnyOf(text: string, chars: string): boolean {
  for (let k = 0; k < chars.length; k++) if (text.includes(chars[k]!)) return true;
  return false;
}
