import { TimeBudgetError } from '../budget.js';
import { lintExplicitPair, type ExplicitPairReport } from '../batch/pair.js';
import { mapUnits } from '../input/remap.js';
import type { Extraction } from '../input/types.js';
import { lintFile, lintFileAnalyzed, type Analysis, type LintOptions } from '../lint.js';
import type { FileReport } from '../report/schema.js';
import { reviewUnit, type ReviewUnit } from '../review/model.js';
import { applyFilters, type FilterSettings } from './filters.js';
import { decodeInput, finishInput, overBudget, type FileOutcome } from './input.js';

/**
 * The one step every input ends in, whichever door it came in by (a file, standard
 * input, an editor's document, a JSONL record, the library): the engine under the time
 * budget, then the filters. A text over its budget is skipped with a notice, never
 * half-reported.
 */
export function lintUnit(text: string, options: LintOptions, settings: FilterSettings = {}, review?: ReviewSink): FileReport {
  const path = options.path ?? '<text>';
  let file: FileReport;
  let analysis: Analysis | undefined;
  try {
    if (review) ({ file, analysis } = lintFileAnalyzed(text, options));
    else file = lintFile(text, options);
  } catch (err) {
    if (err instanceof TimeBudgetError) return overBudget(path, err);
    throw err;
  }
  const diagnostics = applyFilters(file.diagnostics, path, options.rules, settings);
  if (review && analysis) {
    const shown = review.settings ? applyFilters(file.diagnostics, path, options.rules, review.settings) : diagnostics;
    review.keep(reviewUnit(review.label, analysis, shown, options.rules));
  }
  return { ...file, diagnostics };
}

/**
 * Where the review of a unit goes when the output shows one (the review page): its label,
 * and the filters its findings pass when the unit's own report is filtered later, with
 * the whole file's (a unit of a structured file).
 */
export interface ReviewSink {
  label: string;
  settings?: FilterSettings;
  keep(unit: ReviewUnit): void;
}

/**
 * Where the review of each unit of a structured file goes, when reviews are kept: labelled by
 * the unit's id, or its number in the file, and shown with `settings` (the baseline, --quiet).
 */
export function unitReviews(path: string, settings: FilterSettings, keep?: (unit: ReviewUnit) => void): (id: string | undefined, index: number) => ReviewSink | undefined {
  return (id, index) => (keep ? { label: `${path} › ${id ?? `#${index + 1}`}`, settings, keep } : undefined);
}

/** An explicit English/Chinese pair (a JSONL record `{id, en, zh}`): locations count within each side. */
export function lintPairUnit(en: string, zh: string, options: LintOptions, settings: FilterSettings = {}): ExplicitPairReport {
  let report: ExplicitPairReport;
  try {
    report = lintExplicitPair(en, zh, options);
  } catch (err) {
    if (!(err instanceof TimeBudgetError)) throw err;
    return { pairs: [], diagnostics: [], notices: overBudget(options.path ?? '<pair>', err).notices! };
  }
  return { ...report, diagnostics: applyFilters(report.diagnostics, options.path ?? '<pair>', options.rules, settings) };
}

/** Decode one input and lint it; whatever cannot be read is said in a notice, never silently. */
export function lintBytes(path: string, bytes: Uint8Array, options: LintOptions = {}, settings: FilterSettings = {}): FileOutcome {
  const input = decodeInput(path, bytes);
  return 'file' in input ? input : finishInput(input, lintUnit(input.text, { ...options, path }, settings));
}

/** A structured file's units, each linted as its own text, then moved back into the file (src/input/remap.ts). */
export function lintExtraction(path: string, extraction: Extraction, options: LintOptions, settings: FilterSettings = {}, keep?: (unit: ReviewUnit) => void): FileReport {
  // Nothing readable: the file is skipped, with what the markup said, as an unreadable text file is.
  if (extraction.units.length === 0) {
    const notices = (extraction.problems.length ? extraction.problems : ['no English or Chinese abstract found']).map((message) => ({
      code: 'unreadable-markup' as const,
      severity: 'warning' as const,
      message: `skipped: ${message}`,
    }));
    const format = extraction.format === 'text' ? {} : { format: extraction.format };
    return { path, ...format, skipped: 'unreadable-markup', notices, passages: [], pairs: [], diagnostics: [] };
  }
  const review = unitReviews(path, settings, keep);
  const file = mapUnits(path, extraction, extraction.units.map((unit, k) => lintUnit(unit.text, { ...options, path }, {}, review(unit.id, k))));
  // The baseline and --quiet see the whole file, as they do a text file.
  return { ...file, diagnostics: applyFilters(file.diagnostics, path, options.rules, settings) };
}
