import type { Lang } from '../types.js';

/** The formats a file can be read as; `text` covers plain text and Markdown. */
export const INPUT_FORMATS = ['text', 'jats', 'pubmed', 'html', 'docx', 'pdf'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * One article's English and Chinese abstract, taken out of a file of another format,
 * with a map from every character of `text` back to its place in the file.
 */
export interface Unit {
  /** The article's id when the file gives one: PMID, DOI or article-id (`pmid:12345`, `doi:10.1/x`). */
  id?: string;
  /**
   * What zhenlint lints: the abstracts' text as a reader sees it (entities decoded, markup
   * gone), each abstract, section heading and paragraph on its own line, a blank line
   * between the two abstracts.
   */
  text: string;
  /**
   * `offsets[i]` is where `text[i]` comes from in `Extraction.source` (a UTF-16 index);
   * `offsets[text.length]` is where the unit's last character ends there. A character the
   * extractor wrote itself (a line break between paragraphs) points where that break falls.
   */
  offsets: Int32Array;
  /** What the markup says of each part's language (`xml:lang`, `lang=`, `Language="chi"`), as spans of `text`. */
  langs: { lang: Lang; offset: number; length: number }[];
}

export interface Extraction {
  format: InputFormat;
  /**
   * What unit offsets point into, lines and columns counted there: the decoded file
   * text for XML and HTML; for DOCX, the document's paragraphs one a line, so that a
   * line number is a paragraph number; for PDF, the pages one a line, so that a line
   * number is a page number.
   */
  source: string;
  units: Unit[];
  /** Why nothing, or less than the whole file, could be read, for a notice. */
  problems: string[];
  /** What was left unread on purpose (a bound on pages or text), for an `info` notice. */
  cut?: string;
}
