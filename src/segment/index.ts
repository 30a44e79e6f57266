import type { BlockLang, Lang, Passage } from '../types.js';
import { hasReportedResult } from '../extract/test-statistics.js';
import { boilerplateReason, METADATA_ROW, metadataCell } from './boilerplate.js';
import { linesOf } from '../line-breaks.js';
import { detectLanguage } from './language.js';
import { PAGE_NUMBER_LINE, sentencesOfLines } from './sentences.js';
import * as EN from '../lang/en.js';

/** A line of the source with its language and, for chrome and metadata, why it is dropped. */
export interface Block {
  offset: number;
  length: number;
  text: string;
  lang: BlockLang;
  dropped?: string;
}

const MIN_PROSE_WORDS = 12;

/**
 * `Background`, `METHODS`, `Results:`: the heading of a section inside a structured
 * abstract, on a line of its own. Too short for the detector to call English, it would end
 * the English passage at every section, where `目的` leaves a Chinese one whole. An
 * `Abstract` heading opens an abstract rather than dividing one, so it is not among them.
 */
const SECTION_HEADINGS = new Set(
  Object.entries(EN.ABSTRACT_HEADINGS)
    .filter(([section]) => section !== 'abstract')
    .flatMap(([, words]) => words.flatMap((w) => [w, w.toUpperCase()])),
);

/** The prose cell of a `Popis: | Background: … |` metadata row, or undefined for other rows. */
function metadataValue(line: string): { start: number; text: string } | undefined {
  const m = METADATA_ROW.exec(line);
  if (!m) return undefined;
  const value = metadataCell(m[2] ?? '');
  if (value.split(/\s+/).length < MIN_PROSE_WORDS) return { start: 0, text: '' };
  return { start: line.indexOf(value, m[1]!.length), text: value };
}

export function splitBlocks(text: string): Block[] {
  return [...blocksOf(text)];
}

/** The blocks of `splitBlocks` one at a time. */
export function* blocksOf(text: string): Generator<Block> {
  for (const line of linesOf(text)) {
    const raw = line.text;
    let offset = line.offset;
    let body = raw;
    const row = metadataValue(raw);
    if (row) {
      if (!row.text) {
        yield { offset, length: raw.length, text: raw, lang: 'und', dropped: 'metadata' };
        continue;
      }
      offset += row.start;
      body = row.text;
    }
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (!trimmed) continue;
    const detected = detectLanguage(trimmed);
    // `t(28) = 2.20, p = .03` on a line of its own has too few words for any language: APA style is English.
    const lang = (detected === 'und' || detected === 'other') && hasReportedResult(trimmed) ? 'en' : detected;
    const dropped = lang === 'en' || lang === 'zh' ? boilerplateReason(trimmed, lang) : 'not English or Chinese';
    yield { offset: offset + lead, length: trimmed.length, text: trimmed, lang, ...(dropped ? { dropped } : {}) };
  }
}

/**
 * Passages are runs of adjacent prose lines in one language. Chrome, metadata and
 * the other language end a run; blank lines do not, so a hard-wrapped or
 * paragraph-split abstract stays one passage.
 */
export function segment(text: string): { blocks: Block[]; passages: Passage[] } {
  const blocks = splitBlocks(text);
  return { blocks, passages: [...passagesOf(text, blocks)] };
}

/**
 * The passages of `segment` one at a time, each as soon as the block after it is read
 * (a heading is told by the block that follows it), so that a long text is analysed
 * passage by passage without holding the sentences of all of them.
 */
export function* passagesOf(text: string, blocks: Iterable<Block> = blocksOf(text)): Generator<Passage> {
  let run: Block[] = [];
  let count = 0;
  function* flush(): Generator<Passage> {
    if (run.length === 0) return;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const lang = first.lang as Lang;
    const offset = first.offset;
    const passageText = text.slice(offset, last.offset + last.length);
    const id = `p${++count}`;
    const sentences = sentencesOfLines(run, text, lang);
    sentences.forEach((s, i) => (s.index = i));
    run = [];
    yield { id, lang, offset, length: passageText.length, text: passageText, sentences };
  }
  let block: Block | undefined;
  for (const next of blocks) {
    if (block) yield* step(block, next);
    block = next;
  }
  if (block) yield* step(block, undefined);
  yield* flush();
  function* step(b: Block, next: Block | undefined): Generator<Passage> {
    if (isHeadingWithin(run, b, next)) return;
    // A page number inside a passage (text from a PDF) neither ends it nor belongs to it.
    if (run.length > 0 && next !== undefined && next.lang === run[0]!.lang && !next.dropped && PAGE_NUMBER_LINE.test(b.text)) return;
    if (b.dropped || (run.length > 0 && run[0]!.lang !== b.lang)) yield* flush();
    if (!b.dropped) run.push(b);
  }
}

/** A section heading between two English lines of prose: it is not prose, and does not end the passage either. */
function isHeadingWithin(run: readonly Block[], block: Block, next: Block | undefined): boolean {
  return (
    run.length > 0 &&
    run[0]!.lang === 'en' &&
    (block.lang === 'und' || block.lang === 'other') &&
    next !== undefined &&
    next.lang === 'en' &&
    !next.dropped &&
    SECTION_HEADINGS.has(block.text.replace(/[:：.]$/, ''))
  );
}
