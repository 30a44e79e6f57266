import { defaultJobs } from './cores.js';
import type { Readable } from 'node:stream';
import { runTasks } from './pool.js';
import type { BatchRecord, RecordOptions, RecordReport } from './record.js';
import type { Task } from './tasks.js';

export { lintExplicitPair, type ExplicitPairReport } from './pair.js';
export { lintRecord, parseRecordLine, RecordError, type BatchRecord, type RecordOptions, type RecordReport } from './record.js';

export interface BatchOptions extends RecordOptions {
  /** Worker threads; 1 lints on the calling thread. Default: the number of cores. */
  jobs?: number;
}

/** What the batch gives back for each record, in input order; `line` is the record's 1-based position. */
export type RecordResult = { ok: true; line: number; report: RecordReport } | { ok: false; line: number; error: string };

function settingsOf(options: BatchOptions) {
  return { ...(options.rules ? { rules: options.rules } : {}), ...(options.quiet ? { quiet: true } : {}) };
}

async function* results(tasks: AsyncIterable<Task>, options: BatchOptions): AsyncGenerator<RecordResult> {
  for await (const o of runTasks(tasks, options.jobs ?? defaultJobs(), settingsOf(options))) {
    if (o.kind === 'record') yield { ok: true, line: o.line, report: o.report! };
    else if (o.kind === 'bad' || o.kind === 'failed') yield { ok: false, line: o.line, error: o.message };
  }
}

/**
 * Lint a stream of records and yield one result per record, in input order,
 * as soon as it and every record before it are done.
 */
export async function* lintRecords(records: AsyncIterable<BatchRecord> | Iterable<BatchRecord>, options: BatchOptions = {}): AsyncGenerator<RecordResult> {
  async function* tasks(): AsyncGenerator<Task> {
    let line = 0;
    for await (const record of records) yield { kind: 'record', line: ++line, record };
  }
  yield* results(tasks(), options);
}

/**
 * Split a byte or text stream into lines (LF or CRLF), keeping memory bounded by the longest line.
 * A byte-order mark before the first line is dropped: editors on Windows write one, and it is not part of the first record.
 */
export async function* readLines(input: Readable | AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const { createInterface } = await import('node:readline');
  const { Readable } = await import('node:stream');
  const stream = 'pipe' in input ? (input as Readable) : Readable.from(input);
  let first = true;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    yield first && line.startsWith('\uFEFF') ? line.slice(1) : line;
    first = false;
  }
}

/**
 * Lint JSON Lines (`{"id","text"}` or `{"id","en","zh"}` a line). A malformed line
 * yields `{ ok: false, line, error }` and the run goes on; blank lines are skipped.
 */
export async function* lintJsonl(input: Readable | AsyncIterable<string | Buffer>, options: BatchOptions = {}): AsyncGenerator<RecordResult> {
  async function* tasks(): AsyncGenerator<Task> {
    let line = 0;
    for await (const text of readLines(input)) yield { kind: 'line', line: ++line, text };
  }
  yield* results(tasks(), options);
}
