import type { ChalkInstance } from 'chalk';
import type { Format } from './args.js';
import type { Formatter } from '../report/format.js';
import type { SourceText } from '../report/excerpt.js';
import { materialize, type ListedFileReport } from '../report/listed.js';
import type { Report } from '../report/schema.js';
import type { ReviewUnit } from '../review/model.js';

/** The formats that take the whole report at once, each loaded only when asked for (JSON and stylish are written in pieces, below). */
const FORMATTERS: Record<Exclude<Format, 'jsonl' | 'json' | 'stylish'>, () => Promise<Formatter>> = {
  sarif: async () => (await import('../report/sarif.js')).formatSarif,
  github: async () => (await import('../report/github.js')).formatGithub,
  junit: async () => (await import('../report/junit.js')).formatJunit,
  compact: async () => (await import('../report/compact.js')).formatCompact,
  html: async () => (await import('../report/html.js')).formatHtml,
};

/** The formats that show each unit's text beside its findings: for them alone the Runner keeps a review of every unit. */
export function showsReview(format: Format): boolean {
  return format === 'html';
}

/** Render the report in one of the formats that take it whole. */
async function renderReport(
  format: keyof typeof FORMATTERS,
  report: Report,
  sources: ReadonlyMap<string, SourceText>,
  reviews?: ReadonlyMap<string, readonly ReviewUnit[]>,
): Promise<string> {
  const [formatter, { rules }] = await Promise.all([FORMATTERS[format](), import('../../rules/index.js')]);
  return formatter(report, { sources, rules: rules.map((r) => r.meta), ...(reviews ? { reviews } : {}) });
}

/**
 * The report in the chosen format, in pieces: JSON and stylish are written file by file and
 * item by item (a file streamed article by article keeps its lists packed until here); the
 * other formats take the whole report.
 */
export async function reportChunks(
  format: Exclude<Format, 'jsonl'>,
  report: Omit<Report, 'files'> & { files: ListedFileReport[] },
  sources: ReadonlyMap<string, SourceText>,
  chalk: () => Promise<ChalkInstance>,
  reviews?: ReadonlyMap<string, readonly ReviewUnit[]>,
): Promise<Iterable<string>> {
  if (format === 'json') return (await import('../report/json.js')).jsonReportChunks(report);
  if (format === 'stylish') return (await import('../report/stylish.js')).stylishChunks(report.files, report.summary, sources, await chalk());
  return [await renderReport(format, { ...report, files: report.files.map(materialize) }, sources, reviews)];
}
