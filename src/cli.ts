import { Chalk, supportsColor } from 'chalk';
import { HELP, parseCli, type CliOptions } from './cli/args.js';
import { UsageError } from './cli/errors.js';
import { lintBytes, tooLarge } from './cli/file.js';
import { collectPaths, readBytes, readStdinBytes, type ReadResult } from './cli/inputs.js';
import { buildReport } from './lint.js';
import { formatJson } from './report/json.js';
import type { FileReport, Report } from './report/schema.js';
import { formatStylish } from './report/stylish.js';
import { VERSION } from './version.js';

function colorLevel(opt: CliOptions): 0 | 1 | 2 | 3 {
  if (opt.color === false || process.env.NO_COLOR !== undefined) return 0;
  if (opt.color === true) return supportsColor ? supportsColor.level : 1;
  return supportsColor && process.stdout.isTTY ? supportsColor.level : 0;
}

export async function run(argv: string[]): Promise<number> {
  const opt = parseCli(argv);
  if (opt.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (opt.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (opt.stdin && opt.paths.length > 0) throw new UsageError('give either --stdin or paths, not both');
  if (!opt.stdin && opt.paths.length === 0) throw new UsageError('no input: give files or directories to lint, or --stdin (see --help)');

  const sources = new Map<string, string>();
  const files: FileReport[] = [];
  const say = (line: string) => process.stderr.write(`zhenlint: ${line}\n`);
  let unreadable = false;
  let linted = 0;
  const lintOptions = { timeBudgetMs: opt.maxFileTimeMs };
  const take = (path: string, read: ReadResult) => {
    if (read.kind === 'error') {
      say(read.message);
      unreadable = true;
      return;
    }
    const outcome = read.kind === 'too-large' ? tooLarge(path, read.size, opt.maxFileSize) : lintBytes(path, read.bytes, lintOptions);
    for (const n of outcome.file.notices ?? []) say(`${path}: ${n.message}`);
    const { file } = outcome;
    if (outcome.linted) linted++;
    sources.set(path, outcome.text);
    if (opt.quiet) file.diagnostics = file.diagnostics.filter((d) => d.severity === 'error');
    files.push(file);
  };
  if (opt.stdin) take(opt.stdinFilename, await readStdinBytes(opt.maxFileSize));
  else {
    const { files: paths, problems } = await collectPaths(opt.paths);
    for (const p of problems) say(p);
    if (problems.some((p) => p.startsWith('cannot read'))) unreadable = true;
    if (paths.length === 0 && problems.length === 0) {
      throw new UsageError(`no .txt, .text, .md or .markdown files found in ${opt.paths.join(', ')}`);
    }
    for (const path of paths) take(path, await readBytes(path, opt.maxFileSize));
  }
  const report: Report = buildReport(files);
  const output = opt.format === 'json' ? formatJson(report) : formatStylish(report, sources, new Chalk({ level: colorLevel(opt) }));
  process.stdout.write(output);
  const { errors, warnings } = report.summary;
  // An input that could not be read, or nothing linted at all, is a failed run.
  if (unreadable || linted === 0) return 2;
  if (errors > 0) return 1;
  if (opt.maxWarnings !== undefined && warnings > opt.maxWarnings) return 1;
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof UsageError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    process.stderr.write(`zhenlint: ${message}\n`);
    process.exitCode = 2;
  },
);
