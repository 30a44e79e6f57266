import { unzipSync } from 'fflate';
import type { Extraction, Unit } from './types.js';
import { findAbstracts, type AbstractSpan } from './docx/abstracts.js';
import { readParagraphs } from './docx/paragraphs.js';

const DOCUMENT = 'word/document.xml';
/** A zip bomb's bound: the body of a long manuscript is a few megabytes. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The names a zip's central directory lists, or undefined when the bytes are no zip. Nothing is inflated. */
function entryNames(bytes: Uint8Array): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return names;
}

/** Whether the bytes are a Word document: a zip holding `word/document.xml`. */
export function sniffDocx(bytes: Uint8Array): boolean {
  return startsWith(bytes, LOCAL_HEADER) && (entryNames(bytes)?.includes(DOCUMENT) ?? false);
}

const megabytes = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** `word/document.xml` decoded, or why it cannot be had. */
function readDocumentXml(bytes: Uint8Array): { xml: string } | { problem: string } {
  if (!startsWith(bytes, LOCAL_HEADER) && !startsWith(bytes, EMPTY_ARCHIVE)) return { problem: 'not a DOCX file: not a zip archive' };
  let listed = false;
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== DOCUMENT) return false;
        listed = true;
        declared = file.originalSize;
        return declared <= MAX_DOCUMENT_BYTES;
      },
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { problem: listed ? `${DOCUMENT} cannot be unpacked: ${why}` : `not a DOCX file: not a readable zip archive (${why})` };
  }
  if (!listed) return { problem: `not a DOCX file: the zip holds no ${DOCUMENT}` };
  if (declared > MAX_DOCUMENT_BYTES) {
    return { problem: `${DOCUMENT} declares ${megabytes(declared)} uncompressed, over the ${megabytes(MAX_DOCUMENT_BYTES)} limit` };
  }
  // The inflater writes into a buffer of the declared size, so an entry that lies about its size is cut there.
  return { xml: decodeXml(files[DOCUMENT]!) };
}

const HEADING: Record<AbstractSpan['lang'], string> = { en: 'Abstract', zh: '摘要' };

/**
 * The abstracts as one unit: each non-empty paragraph trimmed on a line of its own, a blank
 * line between the abstracts. A line break points where the paragraph it leads to starts.
 */
function unitOf(spans: AbstractSpan[], paragraphs: readonly string[], starts: readonly number[]): Unit | undefined {
  let text = '';
  const offsets: number[] = [];
  const langs: Unit['langs'] = [];
  let end = 0;
  for (const span of spans) {
    const begin = text.length;
    let first = true;
    for (let p = span.from; p < span.to; p++) {
      const from = p === span.from ? span.column : 0;
      const line = paragraphs[p]!.slice(from);
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (body === '') continue;
      const at = starts[p]! + from + lead;
      const breaks = text.length === 0 ? '' : first ? '\n\n' : '\n';
      for (const c of breaks) {
        text += c;
        offsets.push(at);
      }
      for (let i = 0; i < body.length; i++) offsets.push(at + i);
      text += body;
      end = at + body.length;
      first = false;
    }
    if (!first) langs.push({ lang: span.lang, offset: begin + (begin === 0 ? 0 : 2), length: text.length - begin - (begin === 0 ? 0 : 2) });
  }
  if (text === '') return undefined;
  offsets.push(end);
  return { text, offsets: Int32Array.from(offsets), langs };
}

/** Why the abstracts found are fewer or longer than they should be. */
function abstractProblems(spans: AbstractSpan[], paragraphs: readonly string[]): string[] {
  if (spans.length === 0) return ['no 摘要/Abstract heading found'];
  const problems: string[] = [];
  for (const span of spans) {
    const empty = paragraphs.slice(span.from, span.to).every((p, i) => p.slice(i === 0 ? span.column : 0).trim() === '');
    if (empty) problems.push(`paragraph ${span.heading + 1}: no text after the ${HEADING[span.lang]} heading`);
    else if (!span.closed) problems.push(`paragraph ${span.heading + 1}: the ${HEADING[span.lang]} runs to the end of the document (no Key words, Introduction or References heading after it)`);
  }
  for (const lang of ['en', 'zh'] as const) if (!spans.some((s) => s.lang === lang)) problems.push(`no ${HEADING[lang]} heading found`);
  return problems;
}

/**
 * A Word document's English and Chinese abstract as one unit. `source` is the body's
 * paragraphs one a line, so a diagnostic's line is the paragraph's number in the document.
 */
export function extractDocx(bytes: Uint8Array): Extraction {
  const document = readDocumentXml(bytes);
  if ('problem' in document) return { format: 'docx', source: '', units: [], problems: [document.problem] };
  const { paragraphs, problem } = readParagraphs(document.xml);
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  const spans = findAbstracts(paragraphs);
  const unit = unitOf(spans, paragraphs, starts);
  const problems = [...(problem === undefined ? [] : [problem]), ...abstractProblems(spans, paragraphs)];
  return { format: 'docx', source: paragraphs.join('\n'), units: unit ? [unit] : [], problems };
}
