import type { Report } from '../../src/report/schema.js';

export interface AppliedFix {
  /** Where the replacement sits in the fixed text. */
  offset: number;
  length: number;
}

/**
 * Apply every fix of a report to its text, as `--fix` would: from the end backwards,
 * skipping a fix that overlaps one already applied. Returns the fixed text and where
 * each replacement landed in it.
 */
export function applyFixes(text: string, report: Report): { text: string; applied: AppliedFix[] } {
  const fixes = report.files
    .flatMap((f) => f.diagnostics.map((d) => d.fix))
    .filter((f): f is NonNullable<typeof f> => f !== undefined)
    .sort((a, b) => b.offset - a.offset);
  let out = text;
  let floor = Infinity;
  const kept: { offset: number; length: number; replacement: string }[] = [];
  for (const f of fixes) {
    if (f.offset + f.length > floor) continue;
    out = out.slice(0, f.offset) + f.replacement + out.slice(f.offset + f.length);
    floor = f.offset;
    kept.push(f);
  }
  // Later replacements shift nothing before them; earlier ones shift what follows.
  kept.reverse();
  let shift = 0;
  const applied = kept.map((f) => {
    const at = { offset: f.offset + shift, length: f.replacement.length };
    shift += f.replacement.length - f.length;
    return at;
  });
  return { text: out, applied };
}
