import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { abstractProblems, abstractsUnit, findAbstracts } from './docx/abstracts.js';
import { furniture } from './pdf/furniture.js';
import { appendLine, pageLines, paragraphsOf, type Line, type TextRun } from './pdf/layout.js';
import type { Extraction } from './types.js';

/** Abstracts stand on a proof's first pages; a book-length file is read this far. */
export const MAX_PAGES = 50;
/** And no further than this much text (UTF-16 units), whatever the page count. */
export const MAX_TEXT = 2_000_000;

const HEADER = '%PDF-';
/** The header may follow some junk, as readers allow (the specification's implementation notes say within 1024 bytes). */
const HEADER_WITHIN = 1024;

/** Whether the bytes are a PDF file: `%PDF-` near the start. */
export function sniffPdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, HEADER_WITHIN + HEADER.length));
  return head.includes(HEADER);
}

/** A PDF's text, as a reader of its pages sees it: the page each source character is on is its line, and `runs[i]` the text run (of that page) it was drawn by. */
export interface PdfExtraction extends Extraction {
  format: 'pdf';
  /** For each character of `source`: the index of the page's text run it comes from, -1 for a space the reader put between runs or lines. */
  runs: Int32Array;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<{ lib: Pdfjs; root: string }> | undefined;

/** pdf.js, loaded at the first PDF only (it takes a few hundred milliseconds), with the folder its CMaps and fonts are in. */
function loadPdfjs(): Promise<{ lib: Pdfjs; root: string }> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((lib) => ({
    lib,
    root: dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  }));
  return pdfjs;
}

/** Why pdf.js could not open a file, in one line. */
function openProblem(err: unknown): string {
  const name = (err as { name?: unknown })?.name;
  const message = err instanceof Error ? err.message.replace(/\s+/g, ' ').trim() : String(err);
  if (name === 'PasswordException') return 'the PDF is encrypted with a password';
  if (name === 'InvalidPDFException') return `not a readable PDF file (${message.replace(/\.$/, '')})`;
  return `the PDF cannot be read: ${message}`;
}

const skipped = (problem: string): PdfExtraction => ({ format: 'pdf', source: '', units: [], problems: [problem], runs: new Int32Array() });

type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

/** The text runs of one page, straight text only: rotated text (a margin's watermark, a sideways table) is not the abstract. */
async function pageRuns(document: PdfDocument, n: number): Promise<TextRun[]> {
  const page = await document.getPage(n);
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0 || d! <= 0) continue;
    runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: d!, endsLine: item.hasEOL });
  }
  page.cleanup();
  return runs;
}

/** The lines of the first pages, as many as the limits allow; `cut` says what was left, `problem` why reading stopped early. */
async function readPages(document: PdfDocument, maxPages: number, maxText: number): Promise<{ pages: Line[][]; cut?: string; problem?: string }> {
  const pages: Line[][] = [];
  let size = 0;
  try {
    for (let n = 1; n <= document.numPages; n++) {
      if (n > maxPages) return { pages, cut: `read the first ${maxPages} of ${document.numPages} pages` };
      if (size > maxText) return { pages, cut: `read the first ${n - 1} of ${document.numPages} pages: their text is over ${maxText} characters` };
      const lines = pageLines(await pageRuns(document, n));
      for (const line of lines) size += line.text.length + 1;
      pages.push(lines);
    }
  } catch (err) {
    return { pages, problem: `page ${pages.length + 1}: ${openProblem(err)}` };
  }
  return { pages };
}

/** A sentence's end: a paragraph that ends a page on one does not run on to the next. */
const SENTENCE_END = /[。！？.!?:：;；]$/;

/** Whether the text of one page runs on to the next: the last line ends no sentence and the next page's first line is in the same type. */
function runsOn(last: Line | undefined, first: Line | undefined): boolean {
  if (!last || !first || SENTENCE_END.test(last.text)) return false;
  return Math.abs(last.size - first.size) <= 0.1 * Math.max(last.size, first.size);
}

interface SourceParagraph {
  text: string;
  /** Where each character is in the source. */
  at: number[];
  page: number;
}

/**
 * The source, one page a line (each page's paragraphs joined by a space, its running
 * heads and page numbers left out), its paragraphs (one that runs over a page is read
 * whole, joined as lines are) with the place of each character, and the run of each
 * source character.
 */
function pagesSource(pages: readonly (readonly Line[])[]): { source: string; paragraphs: SourceParagraph[]; runs: Int32Array } {
  const furnished = furniture(pages);
  const paragraphs: SourceParagraph[] = [];
  const texts: string[] = [];
  const runs: number[] = [];
  let at = 0;
  let last: Line | undefined;
  pages.forEach((all, i) => {
    const lines = all.filter((line) => !furnished.has(line));
    let text = '';
    paragraphsOf(lines).forEach((p, k) => {
      if (text !== '') {
        text += ' ';
        runs.push(-1);
      }
      const start = at + text.length;
      const places = Array.from({ length: p.text.length }, (_, j) => start + j);
      const before = paragraphs[paragraphs.length - 1];
      if (k === 0 && before && runsOn(last, lines[0])) {
        // A space put between the pages points at the line break that ends the page before.
        before.text = appendLine(before.text, before.at, p.text, places, at - 1);
      } else {
        paragraphs.push({ text: p.text, at: places, page: i + 1 });
      }
      text += p.text;
      for (const r of p.runs) runs.push(r);
    });
    texts.push(text);
    at += text.length + 1;
    runs.push(-1);
    last = lines[lines.length - 1] ?? last;
  });
  const source = texts.join('\n');
  return { source, paragraphs, runs: Int32Array.from(runs.slice(0, source.length)) };
}

/**
 * A PDF's English and Chinese abstract as one unit, found as in a Word document (from
 * a `摘要` / `Abstract` heading to the key words, the introduction or the other
 * abstract) among the paragraphs of its pages. `source` is the pages one a line, so
 * that a diagnostic's line is its page number and its excerpt the page's text. Only
 * the first MAX_PAGES pages and MAX_TEXT characters are read; `cut` says so.
 */
export async function extractPdf(bytes: Uint8Array, limits: { pages?: number; text?: number } = {}): Promise<PdfExtraction> {
  if (!sniffPdf(bytes)) return skipped('not a PDF file: no %PDF- header');
  let loaded: Awaited<ReturnType<typeof loadPdfjs>>;
  try {
    loaded = await loadPdfjs();
  } catch (err) {
    // pdf.js needs its optional @napi-rs/canvas (a prebuilt binary) in Node; without it, PDFs cannot be read here at all.
    return skipped(`PDF files cannot be read on this installation: ${err instanceof Error ? err.message : String(err)}`);
  }
  const { lib, root } = loaded;
  const task = lib.getDocument({
    // pdf.js may take the buffer over: give it a copy.
    data: new Uint8Array(bytes),
    // The bundled CMaps read CID-keyed Chinese fonts; the standard fonts stand in for unembedded ones.
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    isEvalSupported: false,
    useSystemFonts: false,
    // Errors only: a damaged but readable file is read without a word on the console.
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  let read: Awaited<ReturnType<typeof readPages>>;
  try {
    read = await readPages(await task.promise, limits.pages ?? MAX_PAGES, limits.text ?? MAX_TEXT);
  } catch (err) {
    return skipped(openProblem(err));
  } finally {
    await task.destroy();
  }
  const { source, paragraphs, runs } = pagesSource(read.pages);
  const texts = paragraphs.map((p) => p.text);
  const spans = findAbstracts(texts);
  const unit = abstractsUnit(spans, texts, (p, i) => paragraphs[p]!.at[i]!);
  const problems = [...(read.problem ? [read.problem] : []), ...abstractProblems(spans, texts, (p) => `page ${paragraphs[p]!.page}`)];
  return { format: 'pdf', source, units: unit ? [unit] : [], problems, runs, ...(read.cut ? { cut: read.cut } : {}) };
}
