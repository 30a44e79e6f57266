import { unzipSync } from 'fflate';
import type { Extraction } from './types.js';
import { abstractProblems, abstractsUnit, findAbstracts } from './docx/abstracts.js';
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
  const unit = abstractsUnit(spans, paragraphs, (p, i) => starts[p]! + i);
  const problems = [...(problem === undefined ? [] : [problem]), ...abstractProblems(spans, paragraphs)];
  return { format: 'docx', source: paragraphs.join('\n'), units: unit ? [unit] : [], problems };
}
