/** Characters of source shown on each side of a claim in an excerpt. */
export const EXCERPT_RADIUS = 24;

/** What an excerpt is cut from: a file's text, or the parts of it kept around each finding (SparseSource). */
export interface SourceText {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** The part of the source an excerpt of a span shows: `EXCERPT_RADIUS` characters on each side, within the text. */
export function excerptRange(span: { offset: number; length: number }, textLength: number): [number, number] {
  return [Math.max(0, span.offset - EXCERPT_RADIUS), Math.min(textLength, span.offset + span.length + EXCERPT_RADIUS)];
}

/**
 * The source around each finding of a file that was not kept whole (a file streamed article
 * by article): enough for the excerpts, cut while each article's source was at hand.
 */
export class SparseSource implements SourceText {
  private starts: number[] = [];
  private texts: string[] = [];
  private sorted = true;
  /** The length of the whole text, once it has all been read. */
  length = Number.MAX_SAFE_INTEGER;

  /** Keep what an excerpt of `span` shows, from `slice` of the source. */
  keep(span: { offset: number; length: number }, slice: (start: number, end: number) => string): void {
    const [start, end] = excerptRange(span, Number.MAX_SAFE_INTEGER);
    const last = this.starts.length - 1;
    if (last >= 0 && start < this.starts[last]!) this.sorted = false;
    this.starts.push(start);
    // Copied, so that the kept text holds no reference to the chunk it was cut from.
    this.texts.push(Buffer.from(slice(start, end), 'utf16le').toString('utf16le'));
  }

  slice(start: number, end: number): string {
    if (!this.sorted) this.sort();
    // The last piece that starts at or before `start`, or an earlier one that reaches `end`.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    for (let k = lo; k >= 0 && k > lo - 64; k--) {
      const from = this.starts[k]!;
      const text = this.texts[k]!;
      if (from <= start && from + text.length >= Math.min(end, this.length)) return text.slice(start - from, end - from);
    }
    return '';
  }

  /** The kept pieces, start and text, in order: what a cache stores of a file not kept whole. */
  pieces(): [number, string][] {
    if (!this.sorted) this.sort();
    return this.starts.map((start, k) => [start, this.texts[k]!]);
  }

  static fromPieces(pieces: readonly (readonly [number, string])[], length: number): SparseSource {
    const out = new SparseSource();
    for (const [start, text] of pieces) {
      out.starts.push(start);
      out.texts.push(text);
    }
    out.length = length;
    return out;
  }

  private sort(): void {
    const order = this.starts.map((_, k) => k).sort((a, b) => this.starts[a]! - this.starts[b]!);
    this.starts = order.map((k) => this.starts[k]!);
    this.texts = order.map((k) => this.texts[k]!);
    this.sorted = true;
  }
}
