import { HELP, parseCli, type CliOptions } from './cli/args.js';
import { UsageError } from './cli/errors.js';
import { jobsFor } from './cli/jobs.js';
import { expandPaths, readStdin, readText } from './cli/inputs.js';
import { buildReport, lintFile } from './lint.js';
import { formatJson } from './report/json.js';
import type { FileReport, Report } from './report/schema.js';
import { VERSION } from './version.js';

function colorLevel(opt: CliOptions, supportsColor: { level: 0 | 1 | 2 | 3 } | false): 0 | 1 | 2 | 3 {
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
  if (opt.jsonl !== undefined || opt.format === 'jsonl') return (await import('./cli/batch.js')).runJsonl(opt);
  if (opt.stdin && opt.paths.length > 0) throw new UsageError('give either --stdin or paths, not both');
  if (!opt.stdin && opt.paths.length === 0) throw new UsageError('no input: give files or directories to lint, or --stdin (see --help)');

  const sources = new Map<string, string>();
  const files: FileReport[] = [];
  const lintOne = (path: string, text: string) => {
    sources.set(path, text);
    const file = lintFile(text, { path });
    if (opt.quiet) file.diagnostics = file.diagnostics.filter((d) => d.severity === 'error');
    files.push(file);
  };
  if (opt.stdin) lintOne(opt.stdinFilename, await readStdin());
  else {
    const paths = await expandPaths(opt.paths);
    if (paths.length === 0) throw new UsageError(`no .txt, .text, .md or .markdown files found in ${opt.paths.join(', ')}`);
    const jobs = jobsFor(opt, paths.length);
    if (jobs === 1) for (const path of paths) lintOne(path, await readText(path));
    else {
      // Worker threads load only for runs big enough to need them.
      const { lintPaths } = await import('./cli/batch.js');
      for await (const o of lintPaths(paths, jobs, opt.quiet, sources)) if (o.kind === 'file') files.push(o.file);
    }
  }
  const report: Report = buildReport(files);
  let output: string;
  if (opt.format === 'json') output = formatJson(report);
  else {
    // chalk and the stylish formatter load only when a person reads the output.
    const [{ Chalk, supportsColor }, { formatStylish }] = await Promise.all([import('chalk'), import('./report/stylish.js')]);
    output = formatStylish(report, sources, new Chalk({ level: colorLevel(opt, supportsColor) }));
  }
  process.stdout.write(output);
  const { errors, warnings } = report.summary;
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
