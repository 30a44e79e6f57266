import type { LintOptions } from '../lint.js';
import { countSeverities } from '../report/summary.js';
import { filtersOf, type FilterSettings } from '../runner/filters.js';
import { lintPairUnit, lintUnit } from '../runner/unit.js';
import type { JsonDiagnostic, Notice } from '../report/schema.js';

/** One input record: a whole document to segment and pair, or an explicit English/Chinese pair. */
export type BatchRecord = { id: string; text: string } | { id: string; en: string; zh: string };

/** One output record, as `--format jsonl` writes it on one line. */
export interface RecordReport {
  id: string;
  /** What the record's report has to say about the text itself, as in a file's report: unpaired passages, checks a rule left undone (`rule-budget`). */
  notices?: Notice[];
  pairs: { en: string; zh: string; score: number }[];
  diagnostics: JsonDiagnostic[];
  summary: { pairs: number; errors: number; warnings: number; infos: number };
}

/** How records are linted: the lint options of the config that applies to them, and the filters. */
export interface RecordOptions extends FilterSettings {
  /** Severity overrides by rule id, as for `lint()`. */
  rules?: LintOptions['rules'];
  reportUnusedDisableDirectives?: LintOptions['reportUnusedDisableDirectives'];
  /** Milliseconds one record may take; past it the record is skipped with a notice. */
  timeBudgetMs?: number;
}

/** A line that is not a record: its 1-based line number and why. */
export class RecordError extends Error {
  override name = 'RecordError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

function describeValue(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

/** Check a parsed value is a record; `line` only names the place in errors. */
export function toRecord(value: unknown, line: number): BatchRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RecordError(line, `expected an object with "id" and "text", or "id", "en" and "zh"; got ${describeValue(value)}`);
  }
  const v = value as Record<string, unknown>;
  const id = typeof v.id === 'number' ? String(v.id) : v.id;
  if (typeof id !== 'string') throw new RecordError(line, `"id" must be a string, got ${describeValue(v.id)}`);
  const hasText = 'text' in v;
  const hasPair = 'en' in v || 'zh' in v;
  if (hasText && hasPair) throw new RecordError(line, `record "${id}" has both "text" and "en"/"zh"; give one or the other`);
  if (hasText) {
    if (typeof v.text !== 'string') throw new RecordError(line, `record "${id}": "text" must be a string, got ${describeValue(v.text)}`);
    return { id, text: v.text };
  }
  if (hasPair) {
    for (const k of ['en', 'zh'] as const) {
      if (typeof v[k] !== 'string') throw new RecordError(line, `record "${id}": "${k}" must be a string, got ${describeValue(v[k])}`);
    }
    return { id, en: v.en as string, zh: v.zh as string };
  }
  throw new RecordError(line, `record "${id}" has neither "text" nor "en" and "zh"`);
}

/** Parse one JSONL line; undefined for a blank line. */
export function parseRecordLine(text: string, line: number): BatchRecord | undefined {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new RecordError(line, `not valid JSON (${(err as Error).message})`);
  }
  return toRecord(value, line);
}

/** The lint options of record settings, for one path; the filter settings stay apart. */
export function lintOptionsOf(options: RecordOptions, path: string): LintOptions {
  const { rules, reportUnusedDisableDirectives, timeBudgetMs } = options;
  return {
    path,
    ...(rules ? { rules } : {}),
    ...(reportUnusedDisableDirectives ? { reportUnusedDisableDirectives } : {}),
    ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
  };
}

export function lintRecord(record: BatchRecord, options: RecordOptions = {}): RecordReport {
  const lintOptions = lintOptionsOf(options, record.id);
  const filters = filtersOf(options);
  // An explicit pair is paired by its giver, so only a whole document can leave passages unpaired.
  const { pairs, diagnostics, notices }: { pairs: RecordReport['pairs']; diagnostics: JsonDiagnostic[]; notices?: Notice[] } =
    'text' in record ? lintUnit(record.text, lintOptions, filters) : lintPairUnit(record.en, record.zh, lintOptions, filters);
  return { id: record.id, ...(notices?.length ? { notices } : {}), pairs, diagnostics, summary: { pairs: pairs.length, ...countSeverities(diagnostics) } };
}
