import type { Formatter } from './format.js';
import type { ChalkInstance } from 'chalk';
import { excerptRange, type SourceText } from './excerpt.js';
import type { ListedFileReport } from './listed.js';
import type { JsonDiagnostic, JsonRelated, Summary } from './schema.js';

const LANG_LABEL = { en: 'en', zh: 'zh', und: 'at' } as const;

/** Source text around a claim, on one line, with the claim marked. */
function excerpt(source: SourceText, span: { offset: number; length: number }, c: ChalkInstance): string {
  const [start, end] = excerptRange(span, source.length);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(source.slice(start, span.offset));
  const claim = flat(source.slice(span.offset, span.offset + span.length));
  const after = flat(source.slice(span.offset + span.length, end));
  const mark = c.level > 0 ? c.bold.underline(claim) : `«${claim}»`;
  return `${start > 0 ? '…' : ''}${before}${mark}${after}${end < source.length ? '…' : ''}`;
}

function severityLabel(d: JsonDiagnostic, c: ChalkInstance): string {
  if (d.severity === 'error') return c.red('error');
  if (d.severity === 'warning') return c.yellow('warning');
  return c.blue('info');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** ESLint's stylish layout: a block per file, one finding a line, excerpts of both versions beneath. */
export const formatStylish: Formatter = (report, { sources, chalk }) => [...stylishChunks(report.files, report.summary, sources, chalk)].join('');

/** The stylish text, a line at a time, for files whose lists may be packed (src/report/listed.ts). */
export function* stylishChunks(
  files: readonly ListedFileReport[],
  summary: Summary,
  sources: ReadonlyMap<string, SourceText>,
  chalk: ChalkInstance | undefined,
): Generator<string> {
  if (!chalk) throw new Error('the stylish format needs chalk in its context');
  const c = chalk;
  // Counted on the way: a streamed file's packed findings are read as few times as can be.
  const fixable = { errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    if (file.diagnostics.length === 0) continue;
    yield `${c.underline(file.path)}\n`;
    for (const line of fileLines(file, sources.get(file.path) ?? '', c, fixable)) yield `${line}\n`;
    yield '\n';
  }
  const { errors, warnings, infos } = summary;
  const total = errors + warnings + infos;
  if (total === 0) return;
  const line = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${plural(infos, 'info')}` : ''})`;
  yield `${errors ? c.red.bold(line) : c.yellow.bold(line)}\n`;
  if (fixable.errors + fixable.warnings + fixable.infos > 0) {
    const parts = [
      ...(fixable.errors ? [plural(fixable.errors, 'error')] : []),
      ...(fixable.warnings ? [plural(fixable.warnings, 'warning')] : []),
      ...(fixable.infos ? [plural(fixable.infos, 'info')] : []),
    ];
    const line = `  ${parts.join(' and ')} potentially fixable with the \`--fix\` option.`;
    yield `${errors ? c.red.bold(line) : c.yellow.bold(line)}\n`;
  }
}

/** Where a finding is: line and column, or in a PDF, whose lines are its pages, the page (the excerpt shows where on it). */
function placeOf(file: ListedFileReport): (at: { line: number; column: number }) => string {
  return file.format === 'pdf' ? (at) => `page ${at.line}` : (at) => `${at.line}:${at.column}`;
}

/** A file's lines of the report; its findings with a fix are added to `fixable`, by severity. */
function* fileLines(file: ListedFileReport, source: SourceText, c: ChalkInstance, fixable: { errors: number; warnings: number; infos: number }): Generator<string> {
  const place = placeOf(file);
  let width = 0;
  for (const d of file.diagnostics) {
    width = Math.max(width, place(d).length);
    if (d.fix) fixable[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos']++;
  }
  for (const d of file.diagnostics) {
    const pos = place(d).padEnd(width);
    yield `  ${c.dim(pos)}  ${severityLabel(d, c)}  ${d.message}  ${c.dim(d.ruleId)}`;
    const indent = ' '.repeat(width + 4);
    yield `${indent}${c.dim(LANG_LABEL[d.lang] + ':')} ${excerpt(source, d, c)}`;
    for (const r of d.related as JsonRelated[]) {
      yield `${indent}${c.dim(LANG_LABEL[r.lang] + ':')} ${excerpt(source, r, c)} ${c.dim(`(${place(r)})`)}`;
    }
  }
}
