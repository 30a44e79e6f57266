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

/** Every character of `\s` (and U+180E, once one). */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * The last word of `text` in ASCII lower case, or its last character if that is no letter,
 * trailing white space left out: what a pattern ending in `word\s*$` needs there, told
 * without trying the pattern at every position of the text.
 */
export function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end).toLowerCase() : text.slice(Math.max(0, end - 1), end);
}

/** The sign between a mean and its spread, as a regex source: `58.6±9.4`, `58.6 +/- 9.4`, `58.6+-9.4`. */
export const PLUS_MINUS = String.raw`(?:±|\+\/-|\+-)`;
