import { fileURLToPath } from 'node:url';
import { CorpusError, evaluate, extractionSpeed, mutationRecall, readCorpus } from './corpus.js';

/** The corpus folder sits beside the repository: `<repo>/../shared/corpus`. */
const DEFAULT_CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const paths = argv.filter((a) => !a.startsWith('-'));
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--verbose' && a !== '-v');
  if (unknown.length > 0) throw new CorpusError(`unknown option ${unknown[0]} (usage: npm run eval -- [corpus-folder] [--verbose])`);
  if (paths.length > 1) throw new CorpusError('give at most one corpus folder');
  const dir = paths[0] ?? DEFAULT_CORPUS;
  const pairs = readCorpus(dir);
  const summary = evaluate(pairs);
  const out: string[] = [];
  const pct = (n: number) => (summary.pairs ? ((100 * n) / summary.pairs).toFixed(1) : '0.0');
  out.push(`pairs read: ${summary.pairs}`);
  out.push(`pairs with any diagnostic: ${summary.noisy}`);
  out.push(`pairs with an error or warning: ${summary.loud} (silent on ${pct(summary.pairs - summary.loud)}%)`);
  out.push('diagnostics by rule:');
  const rules = Object.entries(summary.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (rules.length === 0) out.push('  (none)');
  for (const [rule, n] of rules) out.push(`  ${rule}: ${n}`);
  const speed = extractionSpeed(pairs);
  out.push(`extraction: ${speed.claims} claims from ${(speed.bytes / 1e3).toFixed(1)} kB, ${speed.mbPerSecond.toFixed(2)} MB/s`);
  const missed: string[] = [];
  for (const side of ['zh', 'en'] as const) {
    const m = mutationRecall(pairs, side);
    const recall = m.tried ? ((100 * m.caught) / m.tried).toFixed(1) : '0.0';
    out.push(`changed ${side === 'zh' ? 'Chinese' : 'English'} numbers caught: ${m.caught} of ${m.tried} (${recall}%)`);
    missed.push(...m.missed.map((x) => `missed ${side} change ${x}`));
  }
  if (verbose) {
    out.push(...missed);
    for (const r of summary.results) {
      for (const d of r.diagnostics) {
        const extra = [d.actual && `actual ${d.actual}`, d.expected && `expected ${d.expected}`].filter(Boolean).join(', ');
        out.push(`${r.pair.id} ${d.severity} ${d.ruleId} [${d.lang}] ${d.text}${extra ? ` (${extra})` : ''}: ${d.message}`);
      }
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  const message = err instanceof CorpusError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
  process.stderr.write(`zhenlint eval: ${message}\n`);
  process.exitCode = 2;
}
