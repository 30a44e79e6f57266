/** What the exit code depends on, from any run: files or records. */
export interface RunTally {
  /** Some input could not be read, or a record line was not a record: the run failed. */
  failed: boolean;
  linted: number;
  errors: number;
  warnings: number;
}

/** 0 no errors, 1 errors found (or more warnings than `maxWarnings`), 2 the run failed or linted nothing. */
export function exitCode(t: RunTally, maxWarnings?: number): number {
  if (t.failed || t.linted === 0) return 2;
  if (t.errors > 0) return 1;
  // -1, as in ESLint, sets no limit.
  if (maxWarnings !== undefined && maxWarnings >= 0 && t.warnings > maxWarnings) return 1;
  return 0;
}
