import { LineStarts, type Position } from './line-breaks.js';

export type { Position };

/** The linted text and the mapping from UTF-16 offsets to 1-based lines and columns. */
export class SourceDocument {
  private readonly lines = new LineStarts();

  constructor(
    readonly text: string,
    readonly path: string = '<text>',
  ) {
    // CR, LF and CRLF end a line as editors count them, and so do the Unicode line ends (see line-breaks.ts), as in ESLint.
    this.lines.add(text);
  }

  /** The offset at which each line starts. */
  get lineStarts(): number[] {
    return this.lines.all();
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }
}
