import type { Readable } from 'node:stream';
import { readLines } from './batch/index.js';
import { parseRecordLine, RecordError, type BatchRecord, type RecordReport } from './batch/record.js';
import type { ExplicitPairReport } from './batch/pair.js';
import { ConfigLoader } from './config/load.js';
import { buildReport, type LintOptions } from './lint.js';
import { materialize } from './report/listed.js';
import type { Report } from './report/schema.js';
import { filtersOf, type FilterSettings } from './runner/filters.js';
import { Runner, type RunOptions } from './runner/index.js';
import { defaultJobs } from './runner/jobs.js';
import { lintPairUnit, lintUnit } from './runner/unit.js';

/**
 * The library: the same Runner as the command line and the editor, for a text, a pair,
 * files, or a stream of records. Options are given here rather than found in config files,
 * unless `lintFiles` is asked to search for them.
 */

export type TextOptions = LintOptions & FilterSettings;

/** Lint one text and return the report that `--format json` prints. */
export function lint(text: string, options: TextOptions = {}): Report {
  const { baseline: _baseline, quiet: _quiet, ...lintOptions } = options;
  return buildReport([lintUnit(text, lintOptions, filtersOf(options))]);
}

/** Lint a given English/Chinese pair; every location counts within the side (`lang`) it falls in. */
export function lintPair(en: string, zh: string, options: TextOptions = {}): ExplicitPairReport {
  const { baseline: _baseline, quiet: _quiet, ...lintOptions } = options;
  return lintPairUnit(en, zh, lintOptions, filtersOf(options));
}

/**
 * Lint files, directories and globs, with the config files that govern them (or
 * `options.config`): the report `--format json` prints, whose `unreadable` lists the inputs
 * that could not be read.
 */
export async function lintFiles(paths: string[], options: RunOptions = {}): Promise<Report> {
  const runner = new Runner(options);
  const files = [];
  for await (const r of runner.lintPaths(paths)) files.push(materialize(r.file));
  return buildReport(files, runner.unreadable);
}

export interface BatchOptions extends Omit<RunOptions, 'config' | 'loader' | 'fix'> {
  /** Severity overrides by rule id, as for `lint()`. */
  rules?: LintOptions['rules'];
}

/** What the batch gives back for each record, in input order; `line` is the record's 1-based position. */
export type RecordResult = { ok: true; line: number; report: RecordReport } | { ok: false; line: number; error: string };

async function* results(lines: AsyncIterable<string | BatchRecord> | Iterable<string | BatchRecord>, options: BatchOptions): AsyncGenerator<RecordResult> {
  const runner = new Runner({ ...options, loader: ConfigLoader.defaults() });
  for await (const o of runner.lintRecords(lines, { jobs: options.jobs ?? defaultJobs() })) {
    if (o.kind === 'record') yield { ok: true, line: o.line, report: o.report! };
    else if (o.kind === 'bad' || o.kind === 'failed') yield { ok: false, line: o.line, error: o.message };
  }
}

/**
 * Lint a stream of records and yield one result per record, in input order, as soon as
 * it and every record before it are done.
 */
export async function* lintRecords(records: AsyncIterable<BatchRecord> | Iterable<BatchRecord>, options: BatchOptions = {}): AsyncGenerator<RecordResult> {
  yield* results(records, options);
}

/**
 * Lint JSON Lines (`{"id","text"}` or `{"id","en","zh"}` a line). A malformed line
 * yields `{ ok: false, line, error }` and the run goes on; blank lines are skipped.
 */
export async function* lintJsonl(input: Readable | AsyncIterable<string | Buffer>, options: BatchOptions = {}): AsyncGenerator<RecordResult> {
  yield* results(readLines(input), options);
}

export { parseRecordLine, RecordError };
