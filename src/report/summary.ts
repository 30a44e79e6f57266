import type { ListedFileReport } from './listed.js';
import type { JsonDiagnostic, Summary } from './schema.js';

/**
 * The order findings are reported in: by place, then by rule. Rule ids are lower-case
 * ASCII, where code-unit order is localeCompare's order at a fraction of its cost.
 */
export function findingOrder(a: JsonDiagnostic, b: JsonDiagnostic): number {
  return a.offset - b.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Findings by severity: the one count the summaries, the records and the exit code read. */
export function countSeverities(diagnostics: Iterable<JsonDiagnostic>): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function summarize(files: readonly ListedFileReport[]): Summary {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of files) {
    const c = countSeverities(f.diagnostics);
    counts.errors += c.errors;
    counts.warnings += c.warnings;
    counts.infos += c.infos;
  }
  return { files: files.length, pairs: files.reduce((n, f) => n + f.pairs.length, 0), ...counts };
}
