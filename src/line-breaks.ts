/**
 * What ends a line: LF, CR and CRLF, and the other mandatory breaks of Unicode (UAX #14
 * class BK and NL): vertical tab, form feed, NEL (U+0085), LINE SEPARATOR (U+2028) and
 * PARAGRAPH SEPARATOR (U+2029). Word processors, PDF extraction and old mainframe exports
 * write these; a text that uses them must segment, and count lines, as one using LF.
 */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** The characters isLineBreak says end a line. */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/g;

/** Whether a text has any line end. */
export function hasLineBreak(text: string): boolean {
  LINE_BREAK.lastIndex = 0;
  return LINE_BREAK.test(text);
}

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export interface Line {
  /** UTF-16 offset of the line's first character. */
  offset: number;
  /** The line without its end. */
  text: string;
}

/** The lines of a text, each without its end; a text ending in a line end has a last, empty line. */
export function splitLines(text: string): Line[] {
  return [...linesOf(text)];
}

/** The lines of `splitLines` one at a time, so that a long text need not hold them all. */
export function* linesOf(text: string): Generator<Line> {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLineBreak(c)) continue;
    yield { offset: start, text: text.slice(start, i) };
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  yield { offset: start, text: text.slice(start) };
}

/**
 * Where each line starts, for a text read in chunks (a file streamed article by article):
 * the same lines as `splitLines`, a CRLF split between two chunks included, kept as one
 * integer per line rather than the text.
 */
export class LineStarts {
  // Small at first: every document of a batch of short records makes one, and a large
  // first buffer was most of what each of them allocated. Growth doubles it.
  private starts = new Int32Array(16);
  private count = 1;
  private read = 0;
  /** Lines forgotten (`forgetBefore`): `starts[0]` is the start of line `forgotten + 1`. */
  private forgotten = 0;
  /** The last chunk ended with CR: an LF opening the next one is the same line end. */
  private pendingCR = false;

  add(chunk: string): void {
    let from = 0;
    if (this.pendingCR && chunk.length > 0) {
      this.pendingCR = false;
      if (chunk.charCodeAt(0) === 0x0a) {
        this.starts[this.count - 1] = this.read + 1;
        from = 1;
      }
    }
    // From one line end to the next by the engine's search: most of a text is no line end.
    // `test` leaves lastIndex just past the one character it found, and makes no match array.
    LINE_BREAK.lastIndex = from;
    while (LINE_BREAK.test(chunk)) {
      let i = LINE_BREAK.lastIndex - 1;
      const c = chunk.charCodeAt(i);
      if (c === 0x0d && i + 1 < chunk.length && chunk.charCodeAt(i + 1) === 0x0a) i++;
      else if (c === 0x0d && i + 1 === chunk.length) this.pendingCR = true;
      this.push(this.read + i + 1);
      LINE_BREAK.lastIndex = i + 1;
    }
    this.read += chunk.length;
  }

  private push(start: number): void {
    if (this.count === this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = start;
  }

  /** The offset at which each line starts, in order (from the first line not forgotten). */
  all(): number[] {
    return Array.from(this.starts.subarray(0, this.count));
  }

  /** The index in `starts` of the line holding `offset`. */
  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The 1-based line and column of a UTF-16 offset (not before the one given to `forgetBefore`). */
  positionAt(offset: number): Position {
    const k = this.indexAt(offset);
    return { line: this.forgotten + k + 1, column: offset - this.starts[k]! + 1 };
  }

  /**
   * Forget the lines before the one holding `offset`, whose positions will not be asked
   * for again (a stream past an article): the index keeps only the lines still to come.
   */
  forgetBefore(offset: number): void {
    const k = this.indexAt(offset);
    if (k === 0) return;
    this.starts.copyWithin(0, k, this.count);
    this.count -= k;
    this.forgotten += k;
  }
}
