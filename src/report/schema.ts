import { z } from 'zod';

/** The JSON report, schemaVersion 1: one definition, used for validation and for --print-schema. */
const langSchema = z.enum(['en', 'zh']);
const severitySchema = z.enum(['error', 'warning', 'info']);
const rangeFields = {
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
};

export const relatedSchema = z.object({ lang: langSchema, text: z.string(), ...rangeFields, message: z.string() });

export const fixSchema = z.object({
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  replacement: z.string(),
});

export const diagnosticSchema = z.object({
  ruleId: z.string(),
  severity: severitySchema,
  message: z.string(),
  /** `und` for findings about the document rather than one language, such as an unused directive. */
  lang: z.enum(['en', 'zh', 'und']),
  text: z.string(),
  ...rangeFields,
  actual: z.string().optional(),
  expected: z.string().optional(),
  related: z.array(relatedSchema),
  fix: fixSchema.optional(),
});

export const passageSchema = z.object({
  id: z.string(),
  lang: langSchema,
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
});

export const pairSchema = z.object({ en: z.string(), zh: z.string(), score: z.number().min(0).max(1) });

/**
 * Something about the file itself rather than its numbers: undecodable bytes, a file
 * skipped and why, English and Chinese passages that could not be paired, a check a
 * rule left undone on a passage and why (`rule-budget`, with the rule's id), a file read
 * only in part (`truncated`: a PDF's first pages).
 */
export const noticeSchema = z.object({
  code: z.enum(['invalid-bytes', 'binary', 'unknown-encoding', 'too-large', 'time-budget', 'unpaired-passages', 'rule-budget', 'unreadable-markup', 'truncated']),
  severity: severitySchema,
  message: z.string(),
  ruleId: z.string().optional(),
  byteOffset: z.number().int().nonnegative().optional(),
  /** The passages a notice is about (`unpaired-passages`: those left without a translation), by id. */
  passages: z.array(z.string()).optional(),
});

/** One article of a structured file (JATS, PubMed, HTML, DOCX, PDF): its id, where it stands, and the languages its markup declares. */
export const unitSchema = z.object({
  id: z.string().optional(),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
  langs: z.array(langSchema),
});

export const fileReportSchema = z.object({
  path: z.string(),
  /** How the file was read, when it is not plain text or Markdown: jats, pubmed, html, docx or pdf (for pdf, a line is a page). */
  format: z.enum(['jats', 'pubmed', 'html', 'docx', 'pdf']).optional(),
  /** The articles read from a structured file, in file order; locations point into the original file. */
  units: z.array(unitSchema).optional(),
  /** The encoding the bytes were read in: utf-8, utf-8-bom, utf-16le, utf-16be, utf-32le, utf-32be, gb18030 or big5. */
  encoding: z.string().optional(),
  /** Present when the file was not linted; the notice with the same code says why. */
  skipped: z.enum(['binary', 'unknown-encoding', 'too-large', 'time-budget', 'unreadable-markup']).optional(),
  notices: z.array(noticeSchema).optional(),
  passages: z.array(passageSchema),
  pairs: z.array(pairSchema),
  diagnostics: z.array(diagnosticSchema),
});

export const summarySchema = z.object({
  files: z.number().int().nonnegative(),
  pairs: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  infos: z.number().int().nonnegative(),
});

/** An input the run could not read at all (a missing path, a permission): it fails the run (exit 2). */
export const unreadableSchema = z.object({
  path: z.string(),
  message: z.string(),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('zhenlint'), version: z.string() }),
  files: z.array(fileReportSchema),
  /** Inputs that could not be read; absent when every input was read. */
  unreadable: z.array(unreadableSchema).optional(),
  summary: summarySchema,
});

export type JsonRelated = z.infer<typeof relatedSchema>;
export type JsonDiagnostic = z.infer<typeof diagnosticSchema>;
export type FileReport = z.infer<typeof fileReportSchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type Report = z.infer<typeof reportSchema>;
export type Unreadable = z.infer<typeof unreadableSchema>;
export type UnitReport = z.infer<typeof unitSchema>;

export function reportJsonSchema(): unknown {
  return z.toJSONSchema(reportSchema);
}
