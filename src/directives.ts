import type { SourceDocument } from './document.js';
import { isLineBreak } from './line-breaks.js';
import type { JsonDiagnostic } from './report/schema.js';
import { findingOrder } from './report/summary.js';
import type { Severity } from './types.js';

/** The id under which unused directives are reported (not a rule: nothing can configure it but the flag). */
export const UNUSED_DIRECTIVE_ID = 'unused-disable-directive';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  offset: number;
  length: number;
  /** 1-based line of the comment's start. */
  line: number;
}

// HTML comments, so Markdown renders them invisibly; a comment names its rules with commas or spaces.
// A directive never runs across a line end (see line-breaks.ts).
const DIRECTIVE = /<!--[ \t]*zhenlint-(disable-next-line|disable-line|disable|enable)\b((?:(?!-->|<!--)[^\n\v\f\r\u0085\u2028\u2029])*)-->/g;
const RULE_LIST = /^[\s,]*(?:([a-z0-9][a-z0-9-]*(?:[\s,]+[a-z0-9][a-z0-9-]*)*)[\s,]*)?(?:--.*)?$/s;

/**
 * The text to insert that silences one rule on the line holding `offset`: a disable-line
 * comment at the end of that line, before its line end. A line of its own above
 * (disable-next-line) would be a blank line once the comment is masked, and split the passage.
 */
export function disableLineInsertion(text: string, offset: number, ruleId: string): { offset: number; text: string } {
  let end = Math.max(0, Math.min(offset, text.length));
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
  const space = end > 0 && !/\s/.test(text[end - 1]!) ? ' ' : '';
  return { offset: end, text: `${space}<!-- zhenlint-disable-line ${ruleId} -->` };
}

export function parseDirectives(text: string, doc: SourceDocument): Directive[] {
  const out: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    // `-- why` after the ids is a free comment, as in ESLint.
    const body = m[2]!.replace(/\s--\s.*$/s, ' ');
    const list = RULE_LIST.exec(body);
    if (!list) continue;
    const ruleIds = (list[1] ?? '').split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as DirectiveKind, ruleIds, offset: m.index, length: m[0].length, line: doc.positionAt(m.index).line });
  }
  return out;
}

/**
 * Blank the directives out (spaces, line breaks kept) so that segmentation does
 * not read them as a passage; offsets, lines and columns stay those of the file.
 */
export function maskDirectives(text: string, directives: Directive[]): string {
  if (directives.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const d of directives) {
    out += text.slice(cursor, d.offset) + text.slice(d.offset, d.offset + d.length).replace(/[^\r\n]/g, ' ');
    cursor = d.offset + d.length;
  }
  return out + text.slice(cursor);
}

interface Tracked {
  directive: Directive;
  /** Rule ids (or '*' for all) this directive silenced at least once. */
  used: Set<string>;
}

function names(d: Directive, ruleId: string): boolean {
  return d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
}

/**
 * The directive that silences a diagnostic, if any: a disable-line on the line where
 * it starts, a disable-next-line just above, or else the innermost disable in force.
 */
function silencer(tracked: Tracked[], diag: JsonDiagnostic): Tracked | undefined {
  for (const t of tracked) {
    const d = t.directive;
    const line = d.kind === 'disable-line' ? d.line : d.kind === 'disable-next-line' ? d.line + 1 : undefined;
    if (line === diag.line && names(d, diag.ruleId)) return t;
  }
  // Walk the disable/enable comments before the finding in order; the last one that concerns its rule decides.
  let current: Tracked | undefined;
  for (const t of tracked) {
    const d = t.directive;
    if (d.offset > diag.offset) break;
    if (d.kind === 'disable' && names(d, diag.ruleId)) current = t;
    else if (d.kind === 'enable' && current && names(d, diag.ruleId)) current = undefined;
  }
  return current;
}

/**
 * Drop the diagnostics that directives silence; with `reportUnused`, add one
 * finding for each directive (or rule id in it) that silenced nothing.
 */
export function applyDirectives(
  diagnostics: JsonDiagnostic[],
  directives: Directive[],
  doc: SourceDocument,
  reportUnused: Severity | 'off' = 'off',
): JsonDiagnostic[] {
  if (directives.length === 0) return diagnostics;
  const tracked: Tracked[] = directives.map((directive) => ({ directive, used: new Set() }));
  const kept: JsonDiagnostic[] = [];
  for (const diag of diagnostics) {
    const t = silencer(tracked, diag);
    if (!t) kept.push(diag);
    else t.used.add(t.directive.ruleIds.length === 0 ? '*' : diag.ruleId);
  }
  if (reportUnused === 'off') return kept;
  for (const { directive: d, used } of tracked) {
    if (d.kind === 'enable') continue;
    const unused = d.ruleIds.length === 0 ? (used.size === 0 ? ['*'] : []) : d.ruleIds.filter((id) => !used.has(id));
    if (unused.length === 0) continue;
    const start = doc.positionAt(d.offset);
    const end = doc.positionAt(d.offset + d.length);
    kept.push({
      ruleId: UNUSED_DIRECTIVE_ID,
      severity: reportUnused,
      message:
        unused[0] === '*'
          ? 'Unused zhenlint-' + d.kind + ' directive (no problems were reported).'
          : `Unused zhenlint-${d.kind} directive (no problems were reported from ${unused.map((id) => `'${id}'`).join(', ')}).`,
      lang: 'und',
      text: doc.text.slice(d.offset, d.offset + d.length),
      offset: d.offset,
      length: d.length,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      related: [],
    });
  }
  return kept.sort(findingOrder);
}
