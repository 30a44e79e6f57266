import type { LintOptions } from '../lint.js';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readLines } from '../batch/index.js';
import { runTasks } from '../batch/pool.js';
import type { Outcome, Task } from '../batch/tasks.js';
import type { CliOptions } from './args.js';
import { UsageError } from './errors.js';
import { decodeInput, tooLarge } from './file.js';
import { expandPaths, readBytes } from './inputs.js';
import { defaultJobs, jobsFor } from './jobs.js';
import { writeStdout } from './output.js';
import { Progress, progressWanted } from './progress.js';

/** Bytes of JSONL a record takes, give or take, to guess the record count from a file size. */
const BYTES_PER_RECORD = 4000;
/** Output is handed to stdout in chunks of about this size. */
const CHUNK = 64 * 1024;

/** Buffered stdout that waits until each chunk is taken, so a slow reader never makes output pile up in memory; a closed pipe ends the output quietly. */
class Output {
  private buffer = '';
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.buffer) return;
    const text = this.buffer;
    this.buffer = '';
    await writeStdout(text);
  }
}

/**
 * Lint texts already read and decoded (decoding stays on this thread: a worker gets
 * text), inline or on workers, in input order.
 */
export async function* lintTexts(
  inputs: AsyncIterable<{ path: string; text: string }>,
  jobs: number,
  quiet: boolean,
  optionsFor?: (path: string) => Promise<LintOptions>,
): AsyncGenerator<Outcome> {
  async function* tasks(): AsyncGenerator<Task> {
    for await (const { path, text } of inputs) {
      yield optionsFor ? { kind: 'file', path, text, options: await optionsFor(path) } : { kind: 'file', path, text };
    }
  }
  yield* runTasks(tasks(), jobs, quiet ? { quiet } : {});
}

/** Read and decode one file; what cannot be read or is skipped is said on stderr. */
async function readDecoded(path: string, maxBytes: number, complain: (message: string) => void, failed: () => void): Promise<string | undefined> {
  const read = await readBytes(path, maxBytes);
  if (read.kind === 'error') {
    complain(read.message);
    failed();
    return undefined;
  }
  const input = read.kind === 'too-large' ? tooLarge(path, read.size, maxBytes) : decodeInput(path, read.bytes);
  const notices = 'file' in input ? (input.file.notices ?? []) : input.notices;
  for (const n of notices) complain(`${path}: ${n.message}`);
  return 'file' in input ? undefined : input.text;
}

/** `--jsonl` in, or `--format jsonl` out: one output line per record, in input order, as records finish. */
export async function runJsonl(opt: CliOptions): Promise<number> {
  if (opt.jsonl !== undefined && (opt.stdin || opt.paths.length > 0)) throw new UsageError('give either --jsonl or paths/--stdin, not both');
  if (opt.jsonl !== undefined && opt.format !== 'jsonl' && opt.format !== 'stylish') {
    throw new UsageError(`--jsonl writes JSON Lines; --format ${opt.format} is not available with it`);
  }
  if (opt.jsonl === undefined && opt.stdin) throw new UsageError('--format jsonl reads files, directories or --jsonl, not --stdin');
  if (opt.jsonl === undefined && opt.paths.length === 0) throw new UsageError('no input: give files, directories or --jsonl (see --help)');

  let tasks: AsyncIterable<Task>;
  let jobs: number;
  let unreadable = false;
  let progress: Progress | undefined;
  const complain = (message: string) => {
    progress?.clear();
    process.stderr.write(`zhenlint: ${message}\n`);
  };
  let fraction: () => number | undefined = () => undefined;
  const where = opt.jsonl === '-' ? '<stdin>' : opt.jsonl;
  if (opt.jsonl !== undefined) {
    let input: NodeJS.ReadableStream;
    let size = 0;
    if (opt.jsonl === '-') input = process.stdin;
    else {
      try {
        const info = await stat(opt.jsonl);
        if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
        size = info.size;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new UsageError(`cannot read ${opt.jsonl}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
      }
      const stream = createReadStream(opt.jsonl);
      input = stream;
      fraction = () => (size > 0 ? stream.bytesRead / size : undefined);
    }
    jobs = opt.jsonl === '-' ? (opt.jobs ?? defaultJobs()) : jobsFor(opt, size / BYTES_PER_RECORD);
    tasks = (async function* () {
      let line = 0;
      for await (const text of readLines(input as AsyncIterable<Buffer>)) yield { kind: 'line', line: ++line, text } as Task;
    })();
  } else {
    const paths = await expandPaths(opt.paths);
    if (paths.length === 0) throw new UsageError(`no .txt, .text, .md or .markdown files found in ${opt.paths.join(', ')}`);
    jobs = jobsFor(opt, paths.length);
    let read = 0;
    fraction = () => read / paths.length;
    tasks = (async function* () {
      for (const path of paths) {
        const text = await readDecoded(path, opt.maxFileSize, complain, () => (unreadable = true));
        read++;
        if (text !== undefined) yield { kind: 'record', line: read, record: { id: path, text } } as Task;
      }
    })();
  }

  const out = new Output();
  progress = progressWanted(opt.progress) ? new Progress(process.stderr, fraction) : undefined;
  let errors = 0;
  let warnings = 0;
  let badInput = false;
  for await (const o of runTasks(tasks, jobs, { serialize: true, ...(opt.quiet ? { quiet: true } : {}) })) {
    if (o.kind === 'record') {
      await out.write(o.json! + '\n');
      errors += o.summary.errors;
      warnings += o.summary.warnings;
      progress?.tick();
    } else if (o.kind === 'bad') {
      badInput = true;
      complain(`${where}:${o.line}: ${o.message}`);
    } else if (o.kind === 'failed') {
      badInput = true;
      complain(`${where}:${o.line}: internal error: ${o.message}`);
    }
  }
  await out.flush();
  progress?.clear();
  if (badInput || unreadable) return 2;
  if (errors > 0) return 1;
  if (opt.maxWarnings !== undefined && warnings > opt.maxWarnings) return 1;
  return 0;
}
