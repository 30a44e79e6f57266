import type { Lang } from '../types.js';
import type { Unit } from './types.js';

/**
 * A unit's text as it is written out of a marked-up file: every character carries its
 * place in the source, white space runs read as one space, and line breaks are asked
 * for (`breakBefore`, `breakAfter`) but written only when more text follows, so that no
 * line is empty or ends in a space.
 */
export class MappedText {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];
  private readonly langs: Unit['langs'] = [];
  /** Where in the source the last character written (not a space) ends. */
  private end = 0;
  private pending: { blank: boolean; at: number; before: boolean } | undefined;
  private spanStart: number | undefined;

  get length(): number {
    return this.chars.length;
  }

  /** One character of text; `at` is where it comes from, `end` where its source ends. */
  add(ch: string, at: number, end: number): void {
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') {
      const last = this.chars[this.chars.length - 1];
      if (last === undefined || last === ' ' || this.pending) return;
      this.push(' ', at);
    } else {
      this.flush();
      this.spanStart ??= this.chars.length;
      this.push(ch, at);
      this.end = end;
    }
  }

  /**
   * An element that is a line (or, `blank`, an abstract) of its own starts at `at`. Of
   * the elements that start before the next text, the outermost, the first, is where
   * the break points.
   */
  breakBefore(at: number, blank = false): void {
    if (this.chars.length === 0) return;
    const first = this.pending?.before ? this.pending.at : at;
    this.pending = { blank: blank || (this.pending?.blank ?? false), at: first, before: true };
  }

  /** Such an element ends at `at`: what follows starts a line, at the next element's start if one comes before the text. */
  breakAfter(at: number): void {
    if (this.chars.length === 0 || this.pending) return;
    this.pending = { blank: false, at, before: false };
  }

  /** From here the text is in `lang` (or undeclared), until `endPart`. */
  startPart(): void {
    this.trimEnd();
    this.spanStart = undefined;
  }

  /** Ends the part started last; a declared language is kept as a span of the text. */
  endPart(lang: Lang | undefined): void {
    this.trimEnd();
    if (lang !== undefined && this.spanStart !== undefined && this.spanStart < this.chars.length) {
      this.langs.push({ lang, offset: this.spanStart, length: this.chars.length - this.spanStart });
    }
    this.spanStart = undefined;
  }

  /** The unit, or undefined when no text was written. */
  finish(id: string | undefined): Unit | undefined {
    this.trimEnd();
    if (this.chars.length === 0) return undefined;
    const offsets = new Int32Array(this.chars.length + 1);
    offsets.set(this.offsets);
    offsets[this.chars.length] = this.end;
    const unit: Unit = { text: this.chars.join(''), offsets, langs: this.langs };
    if (id !== undefined) unit.id = id;
    return unit;
  }

  private flush(): void {
    if (!this.pending) return;
    const { blank, at } = this.pending;
    this.pending = undefined;
    this.trimEnd();
    this.push('\n', at);
    if (blank) this.push('\n', at);
  }

  private trimEnd(): void {
    if (this.chars[this.chars.length - 1] === ' ') {
      this.chars.pop();
      this.offsets.pop();
    }
  }

  private push(ch: string, at: number): void {
    this.chars.push(ch);
    this.offsets.push(at);
  }
}
