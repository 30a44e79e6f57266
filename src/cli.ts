import { HELP, parseCli, type CliOptions } from './cli/args.js';
import { readBaseline, writeBaseline } from './cli/baseline.js';
import { UsageError } from './cli/errors.js';
import { TimeBudgetError } from './budget.js';
import { decodeInput, finishInput, overBudget, tooLarge, type DecodedInput, type FileOutcome } from './cli/file.js';
import { renderReport } from './cli/format.js';
import { jobsFor } from './cli/jobs.js';
import { collectPaths, readBytes, readStdinBytes, type ReadResult } from './cli/inputs.js';
import { lintOne as lintFileForCli, lintOptionsForCli } from './cli/lint-one.js';
import { emit } from './cli/output.js';
import { preRun, warn } from './cli/setup.js';
import { ConfigLoader } from './config/load.js';
import { buildReport } from './lint.js';
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
  if (opt.lsp) {
    // Loaded only here so that linting files never pays for the language server.
    const { startServer } = await import('./lsp/server.js');
    startServer();
    // The server ends the process itself, on the exit notification or when its input closes.
    return new Promise<number>(() => {});
  }
  if (opt.jsonl !== undefined || opt.format === 'jsonl') return (await import('./cli/batch.js')).runJsonl(opt);
  const loader = new ConfigLoader(opt.config);
  // --print-schema, --init and --print-config answer and stop.
  const early = await preRun(opt, loader);
  if (early !== undefined) return early;
  if (opt.stdin && opt.paths.length > 0) throw new UsageError('give either --stdin or paths, not both');
  if (!opt.stdin && opt.paths.length === 0) throw new UsageError('no input: give files or directories to lint, or --stdin (see --help)');
  if (opt.fix && opt.fixDryRun) throw new UsageError('give either --fix or --fix-dry-run, not both');
  if (opt.fix && opt.stdin) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
  if (opt.baseline !== undefined && opt.writeBaseline !== undefined) throw new UsageError('give either --baseline or --write-baseline, not both');
  const baseline = opt.baseline !== undefined ? await readBaseline(opt.baseline) : undefined;

  const sources = new Map<string, string>();
  const files: FileReport[] = [];
  const diffs: string[] = [];
  let unreadable = false;
  let linted = 0;
  // Reports by input position: files linted on workers come back after the skipped ones are known.
  const slots: (FileReport | undefined)[] = [];
  const add = (slot: number, outcome: FileOutcome) => {
    // --quiet keeps errors only: an info notice (unpaired passages) stays in the JSON report but is not said.
    for (const n of outcome.file.notices ?? []) if (!(opt.quiet && n.severity === 'info')) warn(`${outcome.file.path}: ${n.message}`);
    if (outcome.linted) linted++;
    sources.set(outcome.file.path, outcome.text);
    slots[slot] = outcome.file;
  };
  /** Decoded text to lint, or undefined when the input was unreadable or skipped (and said so). */
  const take = (slot: number, path: string, read: ReadResult): DecodedInput | undefined => {
    if (read.kind === 'error') {
      warn(read.message);
      unreadable = true;
      return undefined;
    }
    const input = read.kind === 'too-large' ? tooLarge(path, read.size, opt.maxFileSize) : decodeInput(path, read.bytes);
    if ('file' in input) {
      add(slot, input);
      return undefined;
    }
    return input;
  };
  const lintHere = async (slot: number, input: DecodedInput, onDisk: boolean) => {
    const invalidBytes = input.notices.some((n) => n.code === 'invalid-bytes');
    let outcome: FileOutcome;
    try {
      const done = await lintFileForCli(opt, loader, input.path, input.text, onDisk ? { encoding: input.encoding, invalidBytes } : undefined);
      if (done.diff) diffs.push(done.diff);
      outcome = finishInput(input, done.file, done.text);
    } catch (err) {
      if (!(err instanceof TimeBudgetError)) throw err;
      outcome = finishInput(input, overBudget(input.path, err));
    }
    add(slot, outcome);
  };
  if (opt.stdin) {
    const input = take(0, opt.stdinFilename, await readStdinBytes(opt.maxFileSize));
    if (input) await lintHere(0, input, false);
  } else {
    const { files: found, problems } = await collectPaths(opt.paths);
    for (const p of problems) warn(p);
    // A link loop skipped inside a directory is said, not failed; a path that cannot be read fails the run.
    if (problems.some((p) => !p.startsWith('skipped'))) unreadable = true;
    if (found.length === 0 && problems.length === 0) {
      throw new UsageError(`no .txt, .text, .md or .markdown files found in ${opt.paths.join(', ')}`);
    }
    const paths: string[] = [];
    for (const path of found) {
      if (!(await loader.forPath(path)).ignores(path)) paths.push(path);
      else if (opt.paths.includes(path)) warn(`${path} is ignored by ignorePatterns in its config`);
    }
    // Fixing rewrites files one by one; otherwise a big run spreads over worker threads.
    const jobs = opt.fix || opt.fixDryRun ? 1 : jobsFor(opt, paths.length);
    if (jobs === 1) {
      for (const [slot, path] of paths.entries()) {
        const input = take(slot, path, await readBytes(path, opt.maxFileSize));
        if (input) await lintHere(slot, input, true);
      }
    } else {
      // Worker threads load only for runs big enough to need them. Files are read and
      // decoded here; workers get their text.
      const { lintTexts } = await import('./cli/batch.js');
      const pending: { slot: number; input: DecodedInput }[] = [];
      async function* decoded() {
        for (const [slot, path] of paths.entries()) {
          const input = take(slot, path, await readBytes(path, opt.maxFileSize));
          if (!input) continue;
          pending.push({ slot, input });
          yield input;
        }
      }
      const optionsFor = (path: string) => lintOptionsForCli(opt, loader, path);
      for await (const o of lintTexts(decoded(), jobs, false, optionsFor)) {
        if (o.kind !== 'file') continue;
        const { slot, input } = pending.shift()!;
        add(slot, finishInput(input, o.file));
      }
    }
  }
  files.push(...slots.filter((f): f is FileReport => f !== undefined));
  if (opt.writeBaseline !== undefined) {
    const n = await writeBaseline(opt.writeBaseline, files);
    warn(`wrote ${n} finding${n === 1 ? '' : 's'} to ${opt.writeBaseline}`);
  }
  if (baseline) {
    const { applyBaseline } = await import('./baseline.js');
    applyBaseline(files, baseline);
  }
  if (opt.quiet) for (const file of files) file.diagnostics = file.diagnostics.filter((d) => d.severity === 'error');
  const report: Report = buildReport(files);
  const output = opt.fixDryRun ? diffs.join('') : await renderReport(opt.format, report, sources, async () => {
        // chalk loads only when a person reads the output.
        const { Chalk, supportsColor } = await import('chalk');
        return new Chalk({ level: colorLevel(opt, supportsColor) });
      });
  await emit(output, opt.output);
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
