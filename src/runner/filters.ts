import type { Baseline } from '../baseline.js';
import type { LintOptions } from '../lint.js';
import type { JsonDiagnostic } from '../report/schema.js';
import { findingOrder } from '../report/summary.js';
import { signatureOf } from '../signature.js';
import type { Severity } from '../types.js';

/**
 * What happens to a file's findings after the rules ran (and its `zhenlint-disable`
 * comments were obeyed), in this order, whichever door the file came in by: the
 * baseline drops what a project has accepted, configured severities replace the rules'
 * own, `--quiet` keeps errors, and the findings are sorted by place. Each step is a pure
 * function of the findings, so a worker thread and the main thread agree.
 */
export interface FilterSettings {
  /** Findings accepted already, by signature (see src/baseline.ts). */
  baseline?: Baseline;
  /** Keep errors only. */
  quiet?: boolean;
}

type Filter = (diagnostics: JsonDiagnostic[], path: string, rules: LintOptions['rules'], settings: FilterSettings) => JsonDiagnostic[];

/** The baseline's allowance of each signature; read once per baseline, never changed. */
const allowances = new WeakMap<Baseline, Map<string, number>>();

function allowance(baseline: Baseline): Map<string, number> {
  let out = allowances.get(baseline);
  if (!out) {
    out = new Map();
    for (const f of baseline.findings) out.set(f.signature, (out.get(f.signature) ?? 0) + f.count);
    allowances.set(baseline, out);
  }
  return out;
}

/**
 * A signature names its file, so one file's findings use up only that file's allowance.
 * The dropper keeps what it has used, for a file whose findings come block by block.
 */
function baselineDropper(path: string, baseline: Baseline | undefined): (diagnostics: JsonDiagnostic[]) => JsonDiagnostic[] {
  if (!baseline || baseline.findings.length === 0) return (diagnostics) => diagnostics;
  const allowed = allowance(baseline);
  const used = new Map<string, number>();
  return (diagnostics) =>
    diagnostics.filter((d) => {
      const signature = signatureOf(path, d);
      const n = used.get(signature) ?? 0;
      if (n >= (allowed.get(signature) ?? 0)) return true;
      used.set(signature, n + 1);
      return false;
    });
}

const dropBaseline: Filter = (diagnostics, path, _rules, { baseline }) => baselineDropper(path, baseline)(diagnostics);

/**
 * A rule configured at a severity reports every finding at it, raised or lowered; a rule
 * left at its own severity may lower single findings (an approximate number → info).
 */
const overrideSeverities: Filter = (diagnostics, _path, rules) => {
  if (!rules) return diagnostics;
  return diagnostics.map((d) => {
    const entry = rules[d.ruleId];
    const setting = Array.isArray(entry) ? entry[0] : entry;
    return setting === undefined || setting === 'off' || setting === d.severity ? d : { ...d, severity: setting as Severity };
  });
};

const keepErrors: Filter = (diagnostics, _path, _rules, { quiet }) => (quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics);

const byPlace: Filter = (diagnostics) => [...diagnostics].sort(findingOrder);

export const FILTERS: readonly Filter[] = [dropBaseline, overrideSeverities, keepErrors, byPlace];

export function applyFilters(diagnostics: JsonDiagnostic[], path: string, rules: LintOptions['rules'], settings: FilterSettings): JsonDiagnostic[] {
  return FILTERS.reduce((list, filter) => filter(list, path, rules, settings), diagnostics);
}

/** The filter settings among wider options (the Runner's, a record batch's, a library call's). */
export function filtersOf(options: FilterSettings): FilterSettings {
  return { ...(options.baseline ? { baseline: options.baseline } : {}), ...(options.quiet ? { quiet: true } : {}) };
}

/**
 * The filters for a file whose findings come block by block in reporting order, each
 * block's findings at places after the last one's (a streamed file, article by article):
 * each block comes out as it would in `applyFilters` of the whole file.
 */
export function blockFilter(path: string, rules: LintOptions['rules'], settings: FilterSettings): (block: JsonDiagnostic[]) => JsonDiagnostic[] {
  const drop = baselineDropper(path, settings.baseline);
  const rest = FILTERS.filter((f) => f !== dropBaseline);
  return (block) => rest.reduce((list, filter) => filter(list, path, rules, settings), drop(block));
}
