import type { Formatter } from './format.js';
import type { ChalkInstance } from 'chalk';
import type { FileReport, JsonDiagnostic, JsonRelated, Report } from './schema.js';

const EXCERPT_RADIUS = 24;
const LANG_LABEL = { en: 'en', zh: 'zh', und: 'at' } as const;

/** Source text around a claim, on one line, with the claim marked. */
function excerpt(source: string, span: { offset: number; length: number }, c: ChalkInstance): string {
  const start = Math.max(0, span.offset - EXCERPT_RADIUS);
  const end = Math.min(source.length, span.offset + span.length + EXCERPT_RADIUS);
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
export const formatStylish: Formatter = (report, { sources, chalk }) => {
  if (!chalk) throw new Error('the stylish format needs chalk in its context');
  const c = chalk;
  const out: string[] = [];
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    out.push(c.underline(file.path));
    for (const line of fileLines(file, sources.get(file.path) ?? '', c)) out.push(line);
    out.push('');
  }
  const { errors, warnings, infos } = report.summary;
  const total = errors + warnings + infos;
  if (total === 0) return out.join('\n');
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${plural(infos, 'info')}` : ''})`;
  out.push(errors ? c.red.bold(summary) : c.yellow.bold(summary));
  const fixable = fixableCounts(report);
  if (fixable.errors + fixable.warnings + fixable.infos > 0) {
    const parts = [
      ...(fixable.errors ? [plural(fixable.errors, 'error')] : []),
      ...(fixable.warnings ? [plural(fixable.warnings, 'warning')] : []),
      ...(fixable.infos ? [plural(fixable.infos, 'info')] : []),
    ];
    const line = `  ${parts.join(' and ')} potentially fixable with the \`--fix\` option.`;
    out.push(errors ? c.red.bold(line) : c.yellow.bold(line));
  }
  return out.join('\n') + '\n';
};

function fixableCounts(report: Report): { errors: number; warnings: number; infos: number } {
  const fixable = report.files.flatMap((f) => f.diagnostics.filter((d) => d.fix));
  const count = (s: JsonDiagnostic['severity']) => fixable.filter((d) => d.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** Where a finding is: line and column, or in a PDF, whose lines are its pages, the page (the excerpt shows where on it). */
function placeOf(file: FileReport): (at: { line: number; column: number }) => string {
  return file.format === 'pdf' ? (at) => `page ${at.line}` : (at) => `${at.line}:${at.column}`;
}

function fileLines(file: FileReport, source: string, c: ChalkInstance): string[] {
  const lines: string[] = [];
  const place = placeOf(file);
  const width = Math.max(...file.diagnostics.map((d) => place(d).length));
  for (const d of file.diagnostics) {
    const pos = place(d).padEnd(width);
    lines.push(`  ${c.dim(pos)}  ${severityLabel(d, c)}  ${d.message}  ${c.dim(d.ruleId)}`);
    const indent = ' '.repeat(width + 4);
    lines.push(`${indent}${c.dim(LANG_LABEL[d.lang] + ':')} ${excerpt(source, d, c)}`);
    for (const r of d.related as JsonRelated[]) {
      lines.push(`${indent}${c.dim(LANG_LABEL[r.lang] + ':')} ${excerpt(source, r, c)} ${c.dim(`(${place(r)})`)}`);
    }
  }
  return lines;
}
