import { answerAtOnce } from './cli/answer.js';
import { parseCli, type CliOptions } from './cli/args.js';
import { readBaseline, writeBaseline } from './cli/baseline.js';
import { reportChunks, showsReview } from './cli/format.js';
import { favourMemory } from './cli/heap.js';
import { processIo, type Io } from './cli/io.js';
import { LineSink } from './cli/output.js';
import { Progress, progressWanted } from './cli/progress.js';
import { preRun } from './cli/setup.js';
import { ignoreFileOf } from './config/ignore-file.js';
import { cacheFile } from './runner/cache.js';
import { UsageError } from './errors.js';
import { buildReport } from './lint.js';
import type { SourceText } from './report/excerpt.js';
import { plainChalk } from './report/plain-chalk.js';
import { materialize, type ListedFileReport } from './report/listed.js';
import type { ReviewUnit } from './review/model.js';
import { exitCode } from './runner/exit.js';
import { Runner, type FileResult, type RunOptions } from './runner/index.js';

export type { Io };

function colorLevel(opt: CliOptions, stdout: Io['stdout'], supportsColor: { level: 0 | 1 | 2 | 3 } | false): 0 | 1 | 2 | 3 {
  if (plain(opt, stdout)) return 0;
  if (opt.color === true) return supportsColor ? supportsColor.level : 1;
  return supportsColor && stdout.isTTY ? supportsColor.level : 0;
}

/** No colour, whatever the terminal supports: --no-color, NO_COLOR, or output that is not a terminal without --color. */
function plain(opt: CliOptions, stdout: Io['stdout']): boolean {
  return opt.color === false || process.env.NO_COLOR !== undefined || (opt.color !== true && !stdout.isTTY);
}

/** Combinations of options that cannot work, refused before anything is read. */
function checkOptions(opt: CliOptions): void {
  const records = opt.jsonl !== undefined || opt.format === 'jsonl';
  if (opt.jsonl !== undefined && (opt.stdin || opt.paths.length > 0)) throw new UsageError('give either --jsonl or paths/--stdin, not both');
  if (opt.jsonl !== undefined && opt.format !== 'jsonl' && opt.format !== 'stylish') {
    throw new UsageError(`--jsonl writes JSON Lines; --format ${opt.format} is not available with it`);
  }
  if (opt.jsonl === undefined && opt.format === 'jsonl' && opt.stdin) throw new UsageError('--format jsonl reads files, directories or --jsonl, not --stdin');
  if (opt.stdin && opt.paths.length > 0) throw new UsageError('give either --stdin or paths, not both');
  if (opt.jsonl === undefined && !opt.stdin && opt.paths.length === 0) {
    throw new UsageError(`no input: give files or directories to lint, ${opt.format === 'jsonl' ? 'or --jsonl' : 'or --stdin'} (see --help)`);
  }
  if (opt.fix && opt.fixDryRun) throw new UsageError('give either --fix or --fix-dry-run, not both');
  if (opt.fix && opt.stdin) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
  if (opt.cacheLocation !== undefined && !opt.cache) throw new UsageError('--cache-location names the file --cache uses; add --cache');
  if (opt.baseline !== undefined && opt.writeBaseline !== undefined) throw new UsageError('give either --baseline or --write-baseline, not both');
  if (records && (opt.fix || opt.fixDryRun)) throw new UsageError('JSON Lines output reports records; --fix and --fix-dry-run work on files with the other formats');
  if (records && opt.writeBaseline !== undefined) throw new UsageError('--write-baseline records the findings of files; it is not available with JSON Lines output');
}

/** The command line: parse → Runner → formatter → exit code. Never exits the process and never runs on import. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    const message = err instanceof UsageError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    io.stderr.write(`zhenlint: ${message}\n`);
    return 2;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const opt = parseCli(argv);
  const answered = await answerAtOnce(opt, io.stdout);
  if (answered !== undefined) return answered;
  if (opt.lsp) {
    // Loaded only here so that linting files never pays for the language server.
    const { startServer } = await import('./lsp/server.js');
    startServer();
    // The server ends the process itself, on the exit notification or when its input closes.
    return new Promise<number>(() => {});
  }
  const warn = (message: string) => io.stderr.write(`zhenlint: ${message}\n`);
  const runOptions: RunOptions = {
    ...(opt.config !== undefined ? { config: opt.config } : {}),
    reportUnusedDisableDirectives: opt.reportUnusedDisableDirectives,
    maxFileSize: opt.maxFileSize,
    timeBudgetMs: opt.maxFileTimeMs,
    quiet: opt.quiet,
    ...(opt.fix ? { fix: 'write' as const } : opt.fixDryRun ? { fix: 'dry-run' as const } : {}),
    ...(opt.jobs !== undefined ? { jobs: opt.jobs } : {}),
    inputFormat: opt.inputFormat,
    ...(showsReview(opt.format) ? { review: true } : {}),
    excerpts: opt.format === 'stylish',
    warn,
    ...(opt.cache ? { cache: cacheFile(opt.cacheLocation) } : {}),
    ignoreFile: ignoreFileOf(opt.ignorePath),
    onLargeInput: favourMemory,
  };
  // --print-schema, --init and --print-config answer and stop.
  const early = await preRun(opt, io);
  if (early !== undefined) return early;
  checkOptions(opt);
  if (opt.rules.length > 0) runOptions.rules = await (await import('./cli/rule-option.js')).parseRuleOptions(opt.rules);
  if (opt.baseline !== undefined) runOptions.baseline = await readBaseline(opt.baseline);
  // A large XML file is read article by article: the bar counts them.
  const stderr = io.stderr as NodeJS.WriteStream;
  const progress = !opt.stdin && opt.jsonl === undefined && opt.format !== 'jsonl' && progressWanted(opt.progress, stderr) ? new Progress(stderr, undefined, 'articles') : undefined;
  if (progress) runOptions.onUnit = () => progress.tick();
  const runner = new Runner(runOptions);
  if (opt.jsonl !== undefined || opt.format === 'jsonl') return (await import('./cli/jsonl.js')).runJsonl(opt, runner, io);

  const results: FileResult[] = [];
  if (opt.stdin) {
    const r = await runner.lintStdin(opt.stdinFilename, io.stdin);
    if (r) results.push(r);
  } else {
    for await (const r of runner.lintPaths(opt.paths)) results.push(r);
  }
  progress?.clear();
  const files: ListedFileReport[] = [];
  const sources = new Map<string, SourceText>();
  const reviews = showsReview(opt.format) ? new Map<string, ReviewUnit[]>() : undefined;
  for (const r of results) {
    if (reviews && r.review) reviews.set(r.file.path, r.review);
    // --quiet keeps errors only: an info notice (unpaired passages) stays in the JSON report but is not said.
    for (const n of r.file.notices ?? []) if (!(opt.quiet && n.severity === 'info')) warn(`${r.file.path}: ${n.message}`);
    sources.set(r.file.path, r.text);
    files.push(r.file);
  }
  if (opt.writeBaseline !== undefined) {
    const n = await writeBaseline(opt.writeBaseline, files.map(materialize));
    warn(`wrote ${n} finding${n === 1 ? '' : 's'} to ${opt.writeBaseline}`);
  }
  const report = buildReport(files, runner.unreadable);
  const chunks = opt.fixDryRun
    ? results.map((r) => r.diff ?? '')
    : await reportChunks(opt.format, report, sources, async () => {
        // chalk loads only when a person reads the output, in colour.
        if (plain(opt, io.stdout)) return plainChalk();
        const { Chalk, supportsColor } = await import('chalk');
        return new Chalk({ level: colorLevel(opt, io.stdout, supportsColor) });
      }, reviews);
  // Written as it is made: the text of a large report is never held whole.
  const sink = await LineSink.open(opt.output, io.stdout);
  for (const chunk of chunks) await sink.write(chunk);
  await sink.close();
  const { errors, warnings } = report.summary;
  return exitCode({ failed: runner.unreadable.length > 0, linted: runner.linted, errors, warnings }, opt.maxWarnings);
}
