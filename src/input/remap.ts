import { SourceDocument, type Position } from '../document.js';
import type { FileReport, JsonDiagnostic, JsonRelated, Notice, UnitReport } from '../report/schema.js';
import type { Extraction, InputFormat, Unit } from './types.js';

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

/** The source text between two offsets, while the unit's part of it is at hand. */
export type SourceSlice = (start: number, end: number) => string;

/**
 * One report for a structured file, built unit by unit: each unit's findings, passages and
 * notices, linted on the unit's text, moved back to the place in the original file they
 * come from, so that SARIF, GitHub annotations and the editor land on the right characters
 * of the XML or HTML (for DOCX, a line is a paragraph). Passage ids gain the unit's number
 * when the file has more than one unit, so that they stay unique. A unit can be added as
 * soon as it is read, so a file streamed article by article needs only its report in memory.
 */
export class UnitMapper {
  private readonly units: UnitReport[] = [];
  private readonly passages: (FileReport['passages'][number] & { unit: number })[] = [];
  private readonly pairs: (FileReport['pairs'][number] & { unit: number })[] = [];
  private readonly notices: (Notice & { unit: number })[] = [];
  private readonly diagnostics: JsonDiagnostic[] = [];

  constructor(
    private readonly path: string,
    private readonly format: Exclude<InputFormat, 'text'>,
    private readonly positionAt: (offset: number) => Position,
  ) {}

  private locate(span: { offset: number; length: number }): Located {
    const start = this.positionAt(span.offset);
    const end = this.positionAt(span.offset + span.length);
    return { ...span, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  /**
   * A fix can be written into the file only where the claim stands there as it was read: no
   * tag or entity inside it. DOCX and PDF are never rewritten.
   */
  private mapFix(unit: Unit, slice: SourceSlice, fix: NonNullable<JsonDiagnostic['fix']>): JsonDiagnostic['fix'] | undefined {
    if (this.format === 'docx' || this.format === 'pdf') return undefined;
    const span = sourceSpan(unit, fix.offset, fix.length);
    if (slice(span.offset, span.offset + span.length) !== unit.text.slice(fix.offset, fix.offset + fix.length)) return undefined;
    return { ...span, replacement: escapeMarkup(fix.replacement) };
  }

  add(unit: Unit, report: FileReport, slice: SourceSlice): void {
    const k = this.units.length;
    const place = this.locate(sourceSpan(unit, 0, unit.text.length));
    this.units.push({ ...(unit.id ? { id: unit.id } : {}), offset: place.offset, length: place.length, line: place.line, endLine: place.endLine, langs: [...new Set(unit.langs.map((l) => l.lang))] });
    for (const p of report.passages) {
      const at = this.locate(sourceSpan(unit, p.offset, p.length));
      this.passages.push({ unit: k, id: p.id, lang: p.lang, offset: at.offset, length: at.length, line: at.line, endLine: at.endLine });
    }
    for (const p of report.pairs) this.pairs.push({ ...p, unit: k });
    for (const n of report.notices ?? []) this.notices.push({ ...(unit.id && report.skipped ? { ...n, message: `${unit.id}: ${n.message}` } : n), unit: k });
    for (const d of report.diagnostics) {
      const related: JsonRelated[] = d.related.map((r) => ({ ...r, ...this.locate(sourceSpan(unit, r.offset, r.length)) }));
      const fix = d.fix ? this.mapFix(unit, slice, d.fix) : undefined;
      const { fix: _fix, ...rest } = d;
      this.diagnostics.push({ ...rest, ...this.locate(sourceSpan(unit, d.offset, d.length)), related, ...(fix ? { fix } : {}) });
    }
  }

  /** The file's report; `problems` (malformed markup, articles without an abstract) become notices, and so does what was `cut`. */
  finish(problems: string[], cut?: string): FileReport {
    const many = this.units.length > 1;
    const rename = (unit: number, id: string) => (many ? `u${unit + 1}.${id}` : id);
    const notices: Notice[] = [
      ...problems.map((message): Notice => ({ code: 'unreadable-markup', severity: 'warning', message })),
      ...(cut ? [{ code: 'truncated' as const, severity: 'info' as const, message: cut }] : []),
      ...this.notices.map(({ unit, ...n }) => (n.passages ? { ...n, passages: n.passages.map((id) => rename(unit, id)) } : n)),
    ];
    return {
      path: this.path,
      format: this.format,
      units: this.units,
      ...(notices.length ? { notices } : {}),
      passages: this.passages.map(({ unit, ...p }) => ({ ...p, id: rename(unit, p.id) })),
      pairs: this.pairs.map(({ unit, ...p }) => ({ ...p, en: rename(unit, p.en), zh: rename(unit, p.zh) })),
      // In unit order; the Runner's filters put them in reporting order with the rest.
      diagnostics: this.diagnostics,
    };
  }
}

/** One report for a structured file read whole (see UnitMapper). */
export function mapUnits(path: string, extraction: Extraction, reports: FileReport[]): FileReport {
  const doc = new SourceDocument(extraction.source, path);
  const format = extraction.format === 'text' ? 'jats' : extraction.format;
  const mapper = new UnitMapper(path, format, (offset) => doc.positionAt(offset));
  const slice: SourceSlice = (a, b) => extraction.source.slice(a, b);
  extraction.units.forEach((unit, k) => mapper.add(unit, reports[k]!, slice));
  return mapper.finish(extraction.problems, extraction.cut);
}
