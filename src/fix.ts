import type { Fix } from './types.js';

export interface FixResult {
  /** The text with every applied fix in place. */
  text: string;
  /** The fixes applied, in text order. */
  applied: Fix[];
  /** Fixes left out: out of the text's bounds, or overlapping a fix that starts earlier. */
  skipped: Fix[];
}

function sameFix(a: Fix, b: Fix): boolean {
  return a.offset === b.offset && a.length === b.length && a.replacement === b.replacement;
}

/**
 * Apply the fixes that the diagnostics carry to the text they were computed on.
 * Two findings may offer the very same fix (one wrong number reported by two
 * rules); it is applied once. Fixes that overlap each other cannot both be
 * right, so the later one is skipped and the caller decides what to do.
 */
export function applyFixes(text: string, diagnostics: ReadonlyArray<{ fix?: Fix | undefined }>): FixResult {
  const fixes: Fix[] = [];
  for (const d of diagnostics) if (d.fix && !fixes.some((f) => sameFix(f, d.fix!))) fixes.push(d.fix);
  fixes.sort((a, b) => a.offset - b.offset || a.length - b.length);

  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let out = '';
  let cursor = 0;
  for (const fix of fixes) {
    const inBounds = Number.isInteger(fix.offset) && Number.isInteger(fix.length) && fix.offset >= 0 && fix.length >= 0 && fix.offset + fix.length <= text.length;
    // Touching is fine (one ends where the next begins); sharing a character is not.
    if (!inBounds || fix.offset < cursor || (fix.offset === cursor && applied.length > 0 && fix.length === 0 && applied.at(-1)!.length === 0)) {
      skipped.push(fix);
      continue;
    }
    out += text.slice(cursor, fix.offset) + fix.replacement;
    cursor = fix.offset + fix.length;
    applied.push(fix);
  }
  out += text.slice(cursor);
  return { text: out, applied, skipped };
}
