import type { LintOptions } from '../lint.js';
import { lintUnit } from '../runner/unit.js';
import type { FileReport } from '../report/schema.js';
import { lintOptionsOf, lintRecord, parseRecordLine, RecordError, type BatchRecord, type RecordOptions, type RecordReport } from './record.js';

/** A unit of work, the same whether it runs inline or on a worker thread. */
export type Task =
  | { kind: 'line'; line: number; text: string }
  | { kind: 'record'; line: number; record: BatchRecord }
  /** `options` carries the config that applies to the path; without it the record settings apply. */
  | { kind: 'file'; path: string; text: string; options?: LintOptions }
  /** A run of whole JSONL lines as UTF-8 bytes, decoded, split and serialized where it is linted (see readLineRuns). */
  | { kind: 'lines'; bytes: Uint8Array };

/** A line of a run that is not a record, or whose lint failed; `line` counts from 1 within the run. */
export interface LineProblem {
  kind: 'bad' | 'failed';
  line: number;
  message: string;
}

export type Outcome =
  /** `json` (the report on one line) replaces `report` when the run serializes where it lints. */
  | { kind: 'record'; line: number; id: string; summary: RecordReport['summary']; report?: RecordReport; json?: string }
  | { kind: 'file'; file: FileReport }
  | { kind: 'blank'; line: number }
  | { kind: 'bad'; line: number; message: string }
  | { kind: 'failed'; line: number; message: string }
  /** A run of lines done: its records' JSON lines, one after another, and what they add up to. */
  | { kind: 'lines'; lines: number; records: number; errors: number; warnings: number; text: string; problems: LineProblem[] };

export interface TaskSettings extends RecordOptions {
  /** Send each record back as its JSON line rather than as an object: cheaper to pass between threads. */
  serialize?: boolean;
}

function recordOutcome(line: number, report: RecordReport, settings: TaskSettings): Outcome {
  if (settings.serialize) return { kind: 'record', line, id: report.id, summary: report.summary, json: JSON.stringify(report) };
  return { kind: 'record', line, id: report.id, summary: report.summary, report };
}

/** A line break as readline counts one: CRLF, LF, or a CR alone. */
const LINE_BREAK = /\r\n|\n|\r/;

function executeLines(bytes: Uint8Array, settings: TaskSettings): Outcome {
  const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').split(LINE_BREAK);
  // The run ends with a line break (but perhaps the last of the input): nothing follows it.
  if (lines.at(-1) === '') lines.pop();
  const each = { ...settings, serialize: true };
  const done = { kind: 'lines' as const, lines: lines.length, records: 0, errors: 0, warnings: 0, text: '', problems: [] as LineProblem[] };
  for (let i = 0; i < lines.length; i++) {
    const o = execute({ kind: 'line', line: i + 1, text: lines[i]! }, each);
    if (o.kind === 'record') {
      done.text += `${o.json!}\n`;
      done.records++;
      done.errors += o.summary.errors;
      done.warnings += o.summary.warnings;
    } else if (o.kind === 'bad' || o.kind === 'failed') done.problems.push({ kind: o.kind, line: o.line, message: o.message });
  }
  return done;
}

export function execute(task: Task, settings: TaskSettings): Outcome {
  if (task.kind === 'lines') return executeLines(task.bytes, settings);
  const line = task.kind === 'file' ? 0 : task.line;
  try {
    if (task.kind === 'file') return { kind: 'file', file: lintUnit(task.text, task.options ?? lintOptionsOf(settings, task.path), settings) };
    const record = task.kind === 'line' ? parseRecordLine(task.text, line) : task.record;
    if (!record) return { kind: 'blank', line };
    return recordOutcome(line, lintRecord(record, settings), settings);
  } catch (err) {
    if (err instanceof RecordError) return { kind: 'bad', line, message: err.message };
    if (task.kind === 'file') throw err;
    return { kind: 'failed', line, message: (err as Error)?.message ?? String(err) };
  }
}

/** What a worker is sent: consecutive tasks from `first` on. */
export interface Batch {
  first: number;
  tasks: Task[];
}

/** A task's outcome, or why it could not be had (a file task whose lint threw). */
export type Result = { outcome: Outcome } | { error: string };

/** What a worker answers: the results of the batch that starts at `first`, in order. */
export interface Answer {
  first: number;
  results: Result[];
}

/** Run a batch's tasks, each on its own: one that throws does not lose the others. */
export function runBatch(tasks: Task[], settings: TaskSettings): Result[] {
  return tasks.map((task) => {
    try {
      return { outcome: execute(task, settings) };
    } catch (err) {
      return { error: (err as Error)?.message ?? String(err) };
    }
  });
}
