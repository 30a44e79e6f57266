import { splitLines } from './line-breaks.js';

/** The linted text and the mapping from UTF-16 offsets to 1-based lines and columns. */
export interface Position {
  line: number;
  column: number;
}

export class SourceDocument {
  readonly lineStarts: number[];

  constructor(
    readonly text: string,
    readonly path: string = '<text>',
  ) {
    // CR, LF and CRLF end a line as editors count them, and so do the Unicode line ends (see line-breaks.ts), as in ESLint.
    this.lineStarts = splitLines(text).map((l) => l.offset);
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}
