import { fileURLToPath } from 'node:url';
import { CorpusError, extractionSpeed, readCorpus } from './corpus.js';
import { evalJson, formatEval, runEval } from './run.js';

/** The corpus folder sits beside the repository: `<repo>/../shared/corpus`, with its subfolders. */
const DEFAULT_CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const USAGE = 'usage: npm run eval -- [corpus-folder] [--verbose] [--json] [--no-mutations]';
const FLAGS = new Set(['--verbose', '-v', '--json', '--no-mutations']);

function main(argv: string[]): number {
  const unknown = argv.filter((a) => a.startsWith('-') && !FLAGS.has(a));
  if (unknown.length > 0) throw new CorpusError(`unknown option ${unknown[0]} (${USAGE})`);
  const paths = argv.filter((a) => !a.startsWith('-'));
  if (paths.length > 1) throw new CorpusError('give at most one corpus folder');
  const pairs = readCorpus(paths[0] ?? DEFAULT_CORPUS);
  const report = runEval(pairs, { mutations: !argv.includes('--no-mutations') });
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(evalJson(report), null, 2)}\n`);
    return 0;
  }
  const speed = extractionSpeed(pairs);
  const text = formatEval(report, argv.includes('--verbose') || argv.includes('-v'));
  process.stdout.write(`${text}extraction: ${speed.claims} claims from ${(speed.bytes / 1e3).toFixed(1)} kB, ${speed.mbPerSecond.toFixed(2)} MB/s\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  const message = err instanceof CorpusError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
  process.stderr.write(`zhenlint eval: ${message}\n`);
  process.exitCode = 2;
}
