import { DiagnosticSeverity, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableLineInsertion } from '../directives.js';
import type { FileReport, JsonDiagnostic, Notice } from '../report/schema.js';
import type { Fix } from '../types.js';

/** The code action kind of "fix everything in this file", as editors ask for it on save (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.zhenlint';

/** Where a report's diagnostics live: the editor's copy of the text, addressed by URI. */
export interface Target {
  uri: string;
  document: TextDocument;
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

/**
 * The report's offsets and LSP positions both count UTF-16 code units, so going through the
 * offsets and the editor's own line table keeps us in step with however the client splits lines.
 */
export function rangeOf(document: TextDocument, offset: number, length: number): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

export function toLspDiagnostic(target: Target, d: JsonDiagnostic): Diagnostic {
  return {
    range: rangeOf(target.document, d.offset, d.length),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    source: 'zhenlint',
    message: d.message,
    relatedInformation: d.related.map((r) => ({
      location: { uri: target.uri, range: rangeOf(target.document, r.offset, r.length) },
      message: r.message,
    })),
  };
}

/**
 * A notice about passages (`unpaired-passages`) as a diagnostic at the start of the first
 * passage it names, so that an editor, too, says what was not checked; undefined for a
 * notice about the file as a whole.
 */
export function noticeToLspDiagnostic(target: Target, notice: Notice, passages: FileReport['passages']): Diagnostic | undefined {
  // A notice about passages stands at the first of them; one about the whole text (skipped over its time budget) at its start.
  const first = passages.find((p) => notice.passages?.includes(p.id));
  if (!first && notice.passages?.length) return undefined;
  return { range: rangeOf(target.document, first?.offset ?? 0, 0), severity: SEVERITY[notice.severity], code: notice.code, source: 'zhenlint', message: notice.message };
}

export function toTextEdit(document: TextDocument, fix: Fix): TextEdit {
  return { range: rangeOf(document, fix.offset, fix.length), newText: fix.replacement };
}

/** Edits of the target document, versioned when the client can check versions (so a stale edit is refused, not misapplied). */
function workspaceEdit(target: Target, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  return versioned
    ? { documentChanges: [{ textDocument: { uri: target.uri, version: target.document.version }, edits }] }
    : { changes: { [target.uri]: edits } };
}

/** The quick fix for one fixable diagnostic. */
export function toQuickFix(target: Target, d: JsonDiagnostic, versioned: boolean): CodeAction | undefined {
  if (!d.fix) return undefined;
  const shown = d.fix.replacement === '' ? 'Remove' : `Replace with "${d.fix.replacement}"`;
  return {
    title: `${shown} (zhenlint: ${d.ruleId})`,
    kind: 'quickfix',
    diagnostics: [toLspDiagnostic(target, d)],
    isPreferred: true,
    edit: workspaceEdit(target, [toTextEdit(target.document, d.fix)], versioned),
  };
}

/** Every fix of the document as one edit: the fixes `--fix` would write (src/runner/fix.ts), none overlapping. */
export function toFixAll(target: Target, fixes: Fix[], versioned: boolean): CodeAction {
  return {
    title: 'Fix all zhenlint problems',
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(target, fixes.map((f) => toTextEdit(target.document, f)), versioned),
  };
}

/** The quick fix that silences one rule on the diagnostic's line with a disable-line comment (src/directives.ts). */
export function toDisableLine(target: Target, d: JsonDiagnostic, versioned: boolean): CodeAction {
  const insertion = disableLineInsertion(target.document.getText(), d.offset, d.ruleId);
  const at = target.document.positionAt(insertion.offset);
  return {
    title: `Disable ${d.ruleId} for this line`,
    kind: 'quickfix',
    diagnostics: [toLspDiagnostic(target, d)],
    edit: workspaceEdit(target, [{ range: { start: at, end: at }, newText: insertion.text }], versioned),
  };
}

/** Whether a client's `only` filter (kinds or their prefixes, `source` for `source.fixAll.zhenlint`) admits a kind; no filter admits all. */
export function admits(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** Whether two ranges share a position; touching counts, as a cursor right after a word still means that word. */
export function touches(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
