import { SourceDocument } from '../document.js';
import type { FileReport, JsonDiagnostic, JsonRelated, Notice, UnitReport } from '../report/schema.js';
import type { Extraction, Unit } from './types.js';

/** What a fix writes into markup must stay text: `<0.05` becomes `&lt;0.05`. */
function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A unit's span as a span of the source: from its first character's place to just past its last one's. */
function sourceSpan(unit: Unit, offset: number, length: number): { offset: number; length: number } {
  const start = unit.offsets[offset] ?? unit.offsets[unit.offsets.length - 1]!;
  const end = length > 0 ? (unit.offsets[offset + length - 1] ?? start) + 1 : start;
  return { offset: start, length: Math.max(0, end - start) };
}

type Located = { offset: number; length: number; line: number; column: number; endLine: number; endColumn: number };

function locate(doc: SourceDocument, span: { offset: number; length: number }): Located {
  const start = doc.positionAt(span.offset);
  const end = doc.positionAt(span.offset + span.length);
  return { ...span, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * A fix can be written into the file only where the claim stands there as it was read: no
 * tag or entity inside it. DOCX is never rewritten.
 */
function mapFix(extraction: Extraction, unit: Unit, fix: NonNullable<JsonDiagnostic['fix']>): JsonDiagnostic['fix'] | undefined {
  if (extraction.format === 'docx') return undefined;
  const span = sourceSpan(unit, fix.offset, fix.length);
  if (extraction.source.slice(span.offset, span.offset + span.length) !== unit.text.slice(fix.offset, fix.offset + fix.length)) return undefined;
  return { ...span, replacement: escapeMarkup(fix.replacement) };
}

/**
 * One report for a structured file: each unit's findings, passages and notices, linted on
 * the unit's text, moved back to the place in the original file they come from, so that
 * SARIF, GitHub annotations and the editor land on the right characters of the XML or HTML
 * (for DOCX, a line is a paragraph). Passage ids gain the unit's number when the file has
 * more than one unit, so that they stay unique.
 */
export function mapUnits(path: string, extraction: Extraction, reports: FileReport[]): FileReport {
  const doc = new SourceDocument(extraction.source, path);
  const many = extraction.units.length > 1;
  const units: UnitReport[] = [];
  const passages: FileReport['passages'] = [];
  const pairs: FileReport['pairs'] = [];
  const notices: Notice[] = extraction.problems.map((message) => ({ code: 'unreadable-markup', severity: 'warning', message }));
  const diagnostics: JsonDiagnostic[] = [];
  extraction.units.forEach((unit, k) => {
    const report = reports[k]!;
    const rename = (id: string) => (many ? `u${k + 1}.${id}` : id);
    const place = locate(doc, sourceSpan(unit, 0, unit.text.length));
    units.push({ ...(unit.id ? { id: unit.id } : {}), offset: place.offset, length: place.length, line: place.line, endLine: place.endLine, langs: [...new Set(unit.langs.map((l) => l.lang))] });
    for (const p of report.passages) {
      const at = locate(doc, sourceSpan(unit, p.offset, p.length));
      passages.push({ id: rename(p.id), lang: p.lang, offset: at.offset, length: at.length, line: at.line, endLine: at.endLine });
    }
    for (const p of report.pairs) pairs.push({ ...p, en: rename(p.en), zh: rename(p.zh) });
    for (const n of report.notices ?? []) {
      const named = unit.id && report.skipped ? { ...n, message: `${unit.id}: ${n.message}` } : n;
      notices.push(n.passages ? { ...named, passages: n.passages.map(rename) } : named);
    }
    for (const d of report.diagnostics) {
      const related: JsonRelated[] = d.related.map((r) => ({ ...r, ...locate(doc, sourceSpan(unit, r.offset, r.length)) }));
      const fix = d.fix ? mapFix(extraction, unit, d.fix) : undefined;
      const { fix: _fix, ...rest } = d;
      diagnostics.push({ ...rest, ...locate(doc, sourceSpan(unit, d.offset, d.length)), related, ...(fix ? { fix } : {}) });
    }
  });
  diagnostics.sort((a, b) => a.offset - b.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const format = extraction.format === 'text' ? {} : { format: extraction.format };
  return { path, ...format, units, ...(notices.length ? { notices } : {}), passages, pairs, diagnostics };
}
