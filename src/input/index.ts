import { extname } from 'node:path';
import type { Extraction, InputFormat } from './types.js';

export { INPUT_FORMATS, type Extraction, type InputFormat, type Unit } from './types.js';

/** What a directory search lints, by extension: text and Markdown, and the structured formats. */
export const LINTED_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'xml', 'nxml', 'html', 'htm', 'xhtml', 'docx', 'pdf'] as const;

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** A text or Markdown file by its name: read as text whatever it holds, and linted on worker threads. */
export function isTextFile(path: string): boolean {
  return TEXT_EXTENSIONS.has(extname(path).toLowerCase());
}

/** The first few kilobytes as text, for sniffing a root element or a doctype. */
function head(bytes: Uint8Array): string {
  // A UTF-16 file says so by its byte order mark (an XML file in UTF-16 must have one).
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding, { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
}

/**
 * The format to read a file as: the one forced (`--input-format`), else its extension
 * (`.xml` is JATS or PubMed by its root element; `.nxml` is JATS), else, for a name that
 * says nothing (standard input, an unknown extension), its first bytes (`%PDF-` is a
 * PDF). A text or Markdown file is text whatever it holds.
 */
export async function formatOf(path: string, bytes: Uint8Array, forced: InputFormat | 'auto' = 'auto'): Promise<InputFormat> {
  if (forced !== 'auto') return forced;
  const ext = extname(path).toLowerCase();
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  if (ext === '.nxml') return 'jats';
  if (ext === '.pdf' || PDF.every((b, i) => bytes[i] === b)) return 'pdf';
  if (ext === '.docx' || ZIP.every((b, i) => bytes[i] === b)) {
    const { sniffDocx } = await import('./docx.js');
    return ext === '.docx' || sniffDocx(bytes) ? 'docx' : 'text';
  }
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  const start = head(bytes);
  if (ext === '.xml' || /^\s*<[?!a-zA-Z]/.test(start)) {
    const { sniffXml } = await import('./xml.js');
    const xml = sniffXml(start);
    if (xml) return xml;
    const { sniffHtml } = await import('./html.js');
    if (sniffHtml(start)) return 'html';
  }
  return 'text';
}

/** Read a structured file's units; its module loads only when a file of its format comes. */
export async function extract(format: Exclude<InputFormat, 'text'>, input: { text: string; bytes: Uint8Array }): Promise<Extraction> {
  switch (format) {
    case 'jats':
    case 'pubmed':
      return (await import('./xml.js')).extractXml(input.text, format);
    case 'html':
      return (await import('./html.js')).extractHtml(input.text);
    case 'docx':
      return (await import('./docx.js')).extractDocx(input.bytes);
    case 'pdf':
      return (await import('./pdf.js')).extractPdf(input.bytes);
  }
}
