import type { FileReport, JsonDiagnostic, Summary } from './schema.js';

/** Findings by severity: the one count the summaries, the records and the exit code read. */
export function countSeverities(diagnostics: readonly JsonDiagnostic[]): { errors: number; warnings: number; infos: number } {
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

export function summarize(files: FileReport[]): Summary {
  return {
    files: files.length,
    pairs: files.reduce((n, f) => n + f.pairs.length, 0),
    ...countSeverities(files.flatMap((f) => f.diagnostics)),
  };
}
