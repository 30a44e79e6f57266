import { toSuperscript } from '../../extract/numerals.js';

/** One run of text as a PDF page draws it: its baseline's left end, its advance and its font size, in points. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The producer's or the reader's mark that a line ends after this run. */
  endsLine?: boolean;
}

/** Text as written out of a page: each character with the index of the run it comes from (-1: written by the reader, a space). */
export interface PlacedText {
  text: string;
  runs: number[];
}

/** One line of a page: its text, baseline, main font size and left end. */
export interface Line extends PlacedText {
  y: number;
  size: number;
  left: number;
}

/** Characters of Chinese text and its punctuation, beside which a line break is no space. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\n' || c === '\r';
const WORD = /[\p{L}\p{N}]/u;

/**
 * Runs grouped into lines: a run starts a new line when the one before ended one, or when
 * its baseline is more than half a font size away from the line's (a superscript, raised
 * by about a third, stays on its line). Lines keep the order the page draws them in, which
 * is reading order for the producers of proofs (a two-column page drawn column by column
 * reads column by column); the runs of a line are read left to right.
 */
function groupLines(runs: readonly TextRun[]): { y: number; size: number; members: number[] }[] {
  const lines: { y: number; size: number; members: number[] }[] = [];
  let current: (typeof lines)[number] | undefined;
  let ended = false;
  runs.forEach((run, i) => {
    if (run.text === '') {
      ended ||= run.endsLine === true;
      return;
    }
    const near = current && Math.abs(run.y - current.y) <= 0.5 * Math.max(current.size, run.size);
    if (!current || ended || !near) {
      current = { y: run.y, size: run.size, members: [] };
      lines.push(current);
    } else if (run.size > current.size) {
      // The line's baseline and size are its main text's, not a superscript's that came first.
      current.y = run.y;
      current.size = run.size;
    }
    current.members.push(i);
    ended = run.endsLine === true;
  });
  return lines;
}

/** A line's text: runs left to right, a space where they stand apart, raised small text as superscript characters. */
function lineText(runs: readonly TextRun[], line: { y: number; size: number; members: number[] }): Line {
  const members = [...line.members].sort((a, b) => runs[a]!.x - runs[b]!.x);
  const chars: string[] = [];
  const from: number[] = [];
  const put = (c: string, run: number) => {
    if (isSpace(c)) {
      if (chars.length === 0 || chars[chars.length - 1] === ' ') return;
      c = ' ';
    }
    chars.push(c);
    from.push(run);
  };
  let end: number | undefined;
  for (const i of members) {
    const run = runs[i]!;
    if (end !== undefined && run.x - end > 0.2 * line.size) put(' ', -1);
    const raised = run.size < 0.85 * line.size && run.y > line.y + 0.15 * line.size;
    // By UTF-16 unit, as the text's offsets count: a character beyond the BMP keeps one run per unit.
    for (let k = 0; k < run.text.length; k++) put(raised ? toSuperscript(run.text[k]!) : run.text[k]!, i);
    end = run.x + run.width;
  }
  while (chars[chars.length - 1] === ' ') {
    chars.pop();
    from.pop();
  }
  const left = runs[members[0]!]!.x;
  return { text: chars.join(''), runs: from, y: line.y, size: line.size, left };
}

/**
 * A number the line break cut in two: `47.` + `1%`, `47.1` + `%`, `(8` + `/17)`, `(8/` + `17)`.
 * A line that ends a sentence on a number (`… in 2021.` + `36 patients`) reads as a
 * decimal: typesetters rarely start a sentence with digits, and Chinese text breaks anywhere.
 */
function cutNumber(before: string, after: string): boolean {
  const tail = before.slice(-12);
  if (/\d[.,]$/.test(tail) && /^\d/.test(after)) return true;
  if (/\d$/.test(tail) && /^(?:[%‰)\]]|[.,/:]\d)/.test(after)) return true;
  if (/[([/±×]$/.test(tail) && /^[\d.]/.test(after)) return true;
  // Inside a fraction or an open parenthesis: `(8/1` + `7)`.
  return /[(/]\d+$/.test(tail) && /^\d/.test(after);
}

/** What joins two lines of a paragraph: nothing (Chinese text, a cut number, a hyphen), a space, or nothing once a soft hyphen is dropped. */
export function lineJoin(before: string, after: string): { drop: number; join: '' | ' ' } {
  const last = before[before.length - 1] ?? '';
  const first = after[0] ?? '';
  if (last === '\u00ad') return { drop: 1, join: '' };
  if (CJK.test(last) || CJK.test(first)) return { drop: 0, join: '' };
  if (cutNumber(before, after)) return { drop: 0, join: '' };
  // A hyphen or dash at the end of a line stays, whatever it is: `follow-` + `up`, `1.2–` + `3.4`.
  if ((last === '-' || last === '–') && WORD.test(before[before.length - 2] ?? '') && WORD.test(first)) return { drop: 0, join: '' };
  return { drop: 0, join: ' ' };
}

/**
 * Whether a line starts a paragraph: the page moves up (a new column), the gap above is
 * wider than a line's (more than 1.75 font sizes between baselines), the font size changes
 * (a heading), or the line is indented past the one above (a first-line indent).
 */
function startsParagraph(above: Line, line: Line): boolean {
  const gap = above.y - line.y;
  const size = Math.max(above.size, line.size);
  if (gap <= 0 || gap > 1.75 * size) return true;
  if (size > 1.2 * Math.min(above.size, line.size)) return true;
  return line.left > above.left + line.size;
}

/** A page's lines, grouped by their baselines, in the order the page draws them. Every character keeps the run it comes from. */
export function pageLines(runs: readonly TextRun[]): Line[] {
  return groupLines(runs)
    .map((line) => lineText(runs, line))
    .filter((line) => line.text !== '');
}

/** A page's text as paragraphs, each on one line of its own (see paragraphsOf). */
export function pageParagraphs(runs: readonly TextRun[]): PlacedText[] {
  return paragraphsOf(pageLines(runs));
}

/**
 * `next` joined onto `text` as the lines of a paragraph join (see lineJoin), and `marks`, one
 * for each UTF-16 unit of the text, kept in step: `space` marks a space put between them.
 */
export function appendLine(text: string, marks: number[], next: string, nextMarks: Iterable<number>, space: number): string {
  const { drop, join } = lineJoin(text, next);
  marks.length -= drop;
  if (join) marks.push(space);
  for (const m of nextMarks) marks.push(m);
  return text.slice(0, text.length - drop) + join + next;
}

/**
 * Lines as paragraphs, each on one line of its own: paragraphs by the gaps between
 * lines, the lines of a paragraph joined as a reader joins them (see lineJoin).
 */
export function paragraphsOf(lines: readonly Line[]): PlacedText[] {
  const paragraphs: PlacedText[] = [];
  let current: PlacedText | undefined;
  let above: Line | undefined;
  for (const line of lines) {
    if (!current || !above || startsParagraph(above, line)) {
      current = { text: line.text, runs: [...line.runs] };
      paragraphs.push(current);
    } else {
      current.text = appendLine(current.text, current.runs, line.text, line.runs, -1);
    }
    above = line;
  }
  return paragraphs;
}
