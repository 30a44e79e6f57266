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
    const starts = [0];
    // CR, LF and CRLF all end a line, as editors count them.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
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
