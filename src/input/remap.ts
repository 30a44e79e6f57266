import { SourceDocument, type Position } from '../document.js';
import type { SparseSource } from '../report/excerpt.js';
import { concatListed, materialize, PackedList, type ListedFileReport } from '../report/listed.js';
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

type Passage = FileReport['passages'][number];
type Pair = FileReport['pairs'][number];

/** What the mapper does beside moving findings: for a file streamed article by article. */
export interface MapperOptions {
  /** The Runner's filters, applied to each unit's findings as they come (blockFilter in src/runner/filters.ts). */
  filter?: (block: JsonDiagnostic[]) => JsonDiagnostic[];
  /** Keep the source around each finding here, for excerpts, while the unit's source is at hand. */
  excerpts?: SparseSource;
}

/** A passage id of unit `k` (0-based) in a file of many units. */
const unitPrefix = (k: number) => `u${k + 1}.`;
/** A file of one unit keeps its passage ids as they are: the prefix of its only unit is dropped. */
const FIRST_UNIT = unitPrefix(0);
const unprefixed = (id: string) => (id.startsWith(FIRST_UNIT) ? id.slice(FIRST_UNIT.length) : id);

/**
 * One report for a structured file, built unit by unit: each unit's findings, passages and
 * notices, linted on the unit's text, moved back to the place in the original file they
 * come from, so that SARIF, GitHub annotations and the editor land on the right characters
 * of the XML or HTML (for DOCX, a line is a paragraph). Passage ids gain the unit's number
 * when the file has more than one unit, so that they stay unique. A unit can be added as
 * soon as it is read, and what it adds is kept packed as text (src/report/listed.ts), so a
 * file streamed article by article needs only its compact report in memory.
 */
export class UnitMapper {
  private readonly units = new PackedList<UnitReport>();
  private readonly passages = new PackedList<Passage>();
  private readonly pairs = new PackedList<Pair>();
  private readonly notices = new PackedList<Notice>();
  private readonly diagnostics = new PackedList<JsonDiagnostic>();

  constructor(
    private readonly path: string,
    private readonly format: Exclude<InputFormat, 'text'>,
    private readonly positionAt: (offset: number) => Position,
    private readonly options: MapperOptions = {},
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
    const prefix = unitPrefix(k);
    const place = this.locate(sourceSpan(unit, 0, unit.text.length));
    this.units.push({ ...(unit.id ? { id: unit.id } : {}), offset: place.offset, length: place.length, line: place.line, endLine: place.endLine, langs: [...new Set(unit.langs.map((l) => l.lang))] });
    for (const p of report.passages) {
      const at = this.locate(sourceSpan(unit, p.offset, p.length));
      this.passages.push({ id: prefix + p.id, lang: p.lang, offset: at.offset, length: at.length, line: at.line, endLine: at.endLine });
    }
    for (const p of report.pairs) this.pairs.push({ ...p, en: prefix + p.en, zh: prefix + p.zh });
    for (const n of report.notices ?? []) {
      const said = unit.id && report.skipped ? { ...n, message: `${unit.id}: ${n.message}` } : n;
      this.notices.push(said.passages ? { ...said, passages: said.passages.map((id) => prefix + id) } : said);
    }
    const mapped = report.diagnostics.map((d): JsonDiagnostic => {
      const related: JsonRelated[] = d.related.map((r) => ({ ...r, ...this.locate(sourceSpan(unit, r.offset, r.length)) }));
      const fix = d.fix ? this.mapFix(unit, slice, d.fix) : undefined;
      const { fix: _fix, ...rest } = d;
      return { ...rest, ...this.locate(sourceSpan(unit, d.offset, d.length)), related, ...(fix ? { fix } : {}) };
    });
    const { filter, excerpts } = this.options;
    for (const d of filter ? filter(mapped) : mapped) {
      this.diagnostics.push(d);
      if (!excerpts) continue;
      excerpts.keep(d, slice);
      for (const r of d.related) excerpts.keep(r, slice);
    }
  }

  /** The file's report, its lists packed; `problems` (malformed markup, articles without an abstract) become notices, and so does what was `cut`. */
  finish(problems: string[], cut?: string): ListedFileReport {
    for (const list of [this.units, this.passages, this.pairs, this.notices, this.diagnostics] as PackedList<unknown>[]) list.seal();
    const many = this.units.length > 1;
    const read = <T>(list: PackedList<T>, rename: (item: T) => T) => (many ? list : list.withTransform(rename));
    const said: Notice[] = [
      ...problems.map((message): Notice => ({ code: 'unreadable-markup', severity: 'warning', message })),
      ...(cut ? [{ code: 'truncated' as const, severity: 'info' as const, message: cut }] : []),
    ];
    const notices = concatListed<Notice>(said, read(this.notices, (n) => (n.passages ? { ...n, passages: n.passages.map(unprefixed) } : n)));
    return {
      path: this.path,
      format: this.format,
      units: this.units,
      ...(notices.length ? { notices } : {}),
      passages: read(this.passages, (p) => ({ ...p, id: unprefixed(p.id) })),
      pairs: read(this.pairs, (p) => ({ ...p, en: unprefixed(p.en), zh: unprefixed(p.zh) })),
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
  return materialize(mapper.finish(extraction.problems, extraction.cut));
}
