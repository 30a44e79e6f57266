/**
 * What ends a line: LF, CR and CRLF, and the other mandatory breaks of Unicode (UAX #14
 * class BK and NL): vertical tab, form feed, NEL (U+0085), LINE SEPARATOR (U+2028) and
 * PARAGRAPH SEPARATOR (U+2029). Word processors, PDF extraction and old mainframe exports
 * write these; a text that uses them must segment, and count lines, as one using LF.
 */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

export interface Line {
  /** UTF-16 offset of the line's first character. */
  offset: number;
  /** The line without its end. */
  text: string;
}

/** The lines of a text, each without its end; a text ending in a line end has a last, empty line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLineBreak(c)) continue;
    lines.push({ offset: start, text: text.slice(start, i) });
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  lines.push({ offset: start, text: text.slice(start) });
  return lines;
}
