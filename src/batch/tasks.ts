import type { LintOptions } from '../lint.js';
import { lintUnit } from '../runner/unit.js';
import type { FileReport } from '../report/schema.js';
import { lintOptionsOf, lintRecord, parseRecordLine, RecordError, type BatchRecord, type RecordOptions, type RecordReport } from './record.js';

/** A unit of work, the same whether it runs inline or on a worker thread. */
export type Task =
  | { kind: 'line'; line: number; text: string }
  | { kind: 'record'; line: number; record: BatchRecord }
  /** `options` carries the config that applies to the path; without it the record settings apply. */
  | { kind: 'file'; path: string; text: string; options?: LintOptions };

export type Outcome =
  /** `json` (the report on one line) replaces `report` when the run serializes where it lints. */
  | { kind: 'record'; line: number; id: string; summary: RecordReport['summary']; report?: RecordReport; json?: string }
  | { kind: 'file'; file: FileReport }
  | { kind: 'blank'; line: number }
  | { kind: 'bad'; line: number; message: string }
  | { kind: 'failed'; line: number; message: string };

export interface TaskSettings extends RecordOptions {
  /** Send each record back as its JSON line rather than as an object: cheaper to pass between threads. */
  serialize?: boolean;
}

function recordOutcome(line: number, report: RecordReport, settings: TaskSettings): Outcome {
  if (settings.serialize) return { kind: 'record', line, id: report.id, summary: report.summary, json: JSON.stringify(report) };
  return { kind: 'record', line, id: report.id, summary: report.summary, report };
}

export function execute(task: Task, settings: TaskSettings): Outcome {
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
