/**
 * Whether `text` holds any of `chars` (single characters, charsOf). A search for each character
 * costs a fraction of a character-class pattern over the same text, and the readers ask this
 * of every sentence with a digit and of the words before every number.
 */
export function holdsAnyOf(text: string, chars: readonly string[]): boolean {
  for (let k = 0; k < chars.length; k++) if (text.includes(chars[k]!)) return true;
  return false;
}

/** The characters of a string, each a string of its own once: taking one out of a string makes a new string for each character beyond Latin-1. */
export const charsOf = (text: string): readonly string[] => [...text];

/**
 * The first match of a global pattern in `text`, from its start; `re.exec(text)` then gives
 * the next ones, as `text.matchAll(re)` would. matchAll copies the pattern at every call, which
 * cost more than the search on most sentences. For patterns that never match the empty
 * string, and loops that use no other search with the same pattern.
 */
export function first(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}
