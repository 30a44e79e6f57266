import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readLineRuns } from '../batch/index.js';
import { LAZY_START } from '../batch/pool.js';
import { UsageError } from '../errors.js';
import { jsonChunks } from '../report/json.js';
import { countSeverities } from '../report/summary.js';
import { exitCode } from '../runner/exit.js';
import type { Runner } from '../runner/index.js';
import { defaultJobs, jobsFor } from '../runner/jobs.js';
import type { CliOptions } from './args.js';
import type { Io } from './io.js';
import { LineSink } from './output.js';
import { Progress, progressWanted } from './progress.js';

/** Bytes of JSONL a record takes, give or take, to guess the record count from a file size. */
const BYTES_PER_RECORD = 4000;

/** The records of `--jsonl FILE|-`, with how much of the file has been read when that can be known. */
async function openRecords(source: string, io: Io): Promise<{ runs: AsyncIterable<Uint8Array>; size?: number; fraction: () => number | undefined }> {
  if (source === '-') return { runs: readLineRuns(io.stdin), fraction: () => undefined };
  let size: number;
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    size = info.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${source}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
  }
  const stream = createReadStream(source);
  return { runs: readLineRuns(stream), size, fraction: () => (size > 0 ? stream.bytesRead / size : undefined) };
}

/**
 * `--jsonl` in, or `--format jsonl` out: one output line per record (a file is a record
 * named by its path), in input order, as records finish, to standard output or --output.
 */
export async function runJsonl(opt: CliOptions, runner: Runner, io: Io): Promise<number> {
  let progress: Progress | undefined;
  const complain = (message: string) => {
    progress?.clear();
    io.stderr.write(`zhenlint: ${message}\n`);
  };
  const sink = await LineSink.open(opt.output, io.stdout);
  const tally = { failed: false, errors: 0, warnings: 0 };
  const stderr = io.stderr as NodeJS.WriteStream;
  if (opt.jsonl !== undefined) {
    const where = opt.jsonl === '-' ? '<stdin>' : opt.jsonl;
    const { runs, size, fraction } = await openRecords(opt.jsonl, io);
    const jobs = size === undefined ? (opt.jobs ?? defaultJobs()) : jobsFor(opt, size / BYTES_PER_RECORD);
    progress = progressWanted(opt.progress, stderr) ? new Progress(stderr, fraction) : undefined;
    // A file's size says whether the workers will pay for themselves; standard input's is known only at its end.
    const eager = size !== undefined && size >= LAZY_START.chars;
    for await (const o of runner.lintLineRuns(runs, { jobs, eager })) {
      await sink.write(o.text);
      tally.errors += o.errors;
      tally.warnings += o.warnings;
      progress?.tick(o.records);
      for (const p of o.problems) {
        tally.failed = true;
        complain(`${where}:${p.line}: ${p.kind === 'failed' ? 'internal error: ' : ''}${p.message}`);
      }
    }
  } else {
    progress = progressWanted(opt.progress, stderr) ? new Progress(stderr) : undefined;
    for await (const r of runner.lintPaths(opt.paths)) {
      // What reading the file had to say goes to stderr; what linting it found stays in its line.
      for (const n of r.file.notices ?? []) if (r.file.skipped || n.code === 'invalid-bytes') complain(`${r.file.path}: ${n.message}`);
      if (r.file.skipped) continue;
      const { path: id, notices, pairs, diagnostics } = r.file;
      const summary = { pairs: pairs.length, ...countSeverities(diagnostics) };
      // A file streamed article by article has its lists packed: its line is written item by item.
      for (const chunk of jsonChunks({ id, ...(notices?.length ? { notices } : {}), pairs, diagnostics, summary }, 0)) await sink.write(chunk);
      await sink.write('\n');
      tally.errors += summary.errors;
      tally.warnings += summary.warnings;
      progress?.tick();
    }
  }
  await sink.close();
  progress?.clear();
  return exitCode({ ...tally, failed: tally.failed || runner.unreadable.length > 0, linted: runner.linted }, opt.maxWarnings);
}
