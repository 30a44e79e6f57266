import type { ChalkInstance } from 'chalk';
import type { Format } from './args.js';
import type { Formatter } from '../report/format.js';
import type { Report } from '../report/schema.js';
import type { ReviewUnit } from '../review/model.js';

/** Each format's formatter, loaded only when asked for. */
const FORMATTERS: Record<Exclude<Format, 'jsonl'>, () => Promise<Formatter>> = {
  stylish: async () => (await import('../report/stylish.js')).formatStylish,
  json: async () => (await import('../report/json.js')).formatJson,
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

/** Render the report in the chosen format (JSON Lines is written record by record, src/cli/jsonl.ts). */
export async function renderReport(
  format: Exclude<Format, 'jsonl'>,
  report: Report,
  sources: Map<string, string>,
  chalk: () => Promise<ChalkInstance>,
  reviews?: ReadonlyMap<string, readonly ReviewUnit[]>,
): Promise<string> {
  const [formatter, { rules }] = await Promise.all([FORMATTERS[format](), import('../../rules/index.js')]);
  // chalk loads only for the format a person reads.
  return formatter(report, { sources, rules: rules.map((r) => r.meta), ...(format === 'stylish' ? { chalk: await chalk() } : {}), ...(reviews ? { reviews } : {}) });
}
