import { createHash } from 'node:crypto';
import type { ReviewUnit } from '../review/model.js';
import type { Formatter } from './format.js';
import { SCRIPT, STYLE } from './html-assets.js';
import { escapeAttribute, escapeXml } from './junit.js';
import type { FileReport, Report } from './schema.js';

/** Units shown at once: a page of 5,000 articles builds only the ones in view. */
export const PAGE_SIZE = 20;
/** Units listed by their number of findings in a batch summary. */
const TOP_UNITS = 10;

/** What the page's script renders: every unit's review, or for a file that was not linted, why. */
interface PageUnit extends Partial<Pick<ReviewUnit, 'rows'>> {
  label: string;
  findings: ReviewUnit['findings'];
  notices?: string[];
}

function pageUnits(report: Report, reviews: ReadonlyMap<string, readonly ReviewUnit[]>): PageUnit[] {
  const out: PageUnit[] = [];
  for (const file of report.files) {
    const notices = (file.notices ?? []).map((n) => n.message);
    const units = reviews.get(file.path) ?? [];
    if (units.length === 0) {
      out.push({ label: file.path, findings: [], ...(notices.length ? { notices } : {}) });
      continue;
    }
    units.forEach((unit, k) => out.push({ ...unit, ...(k === 0 && notices.length ? { notices } : {}) }));
  }
  for (const u of report.unreadable ?? []) out.push({ label: u.path, findings: [], notices: [u.message] });
  return out;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** JSON inside a script element: no `<`, `>` or `&` can end the element or start markup, and line separators stay escaped. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function countsByRule(files: readonly FileReport[]): Map<string, { error: number; warning: number; info: number }> {
  const out = new Map<string, { error: number; warning: number; info: number }>();
  for (const f of files) {
    for (const d of f.diagnostics) {
      let row = out.get(d.ruleId);
      if (!row) out.set(d.ruleId, (row = { error: 0, warning: 0, info: 0 }));
      row[d.severity]++;
    }
  }
  return new Map([...out].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1)));
}

const total = (r: { error: number; warning: number; info: number }) => r.error + r.warning + r.info;

/** A horizontal bar per rule, its length the rule's number of findings, its count written beside it. */
function barChart(rows: Map<string, { error: number; warning: number; info: number }>): string {
  const BAR = 18;
  const LABEL = 190;
  const WIDTH = 260;
  const max = Math.max(1, ...[...rows.values()].map(total));
  const height = rows.size * (BAR + 6) + 4;
  const bars = [...rows].map(([rule, r], i) => {
    const y = 2 + i * (BAR + 6);
    const w = Math.max(1, Math.round((total(r) / max) * WIDTH));
    return (
      `<text x="${LABEL - 6}" y="${y + BAR - 5}" text-anchor="end">${escapeXml(rule)}</text>` +
      `<rect x="${LABEL}" y="${y}" width="${w}" height="${BAR}" fill="#3c5a99"><title>${escapeXml(`${rule}: ${total(r)}`)}</title></rect>` +
      `<text x="${LABEL + w + 6}" y="${y + BAR - 5}">${total(r)}</text>`
    );
  });
  const label = `Findings by rule: ${[...rows].map(([rule, r]) => `${rule} ${total(r)}`).join(', ')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeAttribute(label)}" width="${LABEL + WIDTH + 50}" height="${height}" viewBox="0 0 ${LABEL + WIDTH + 50} ${height}">${bars.join('')}</svg>`;
}

function summarySection(report: Report, units: readonly PageUnit[], unitWord: 'unit' | 'file'): string {
  const Units = unitWord === 'unit' ? 'Units' : 'Files';
  const rows = countsByRule(report.files);
  const table = [
    '<table class="counts"><caption class="muted">Findings by rule and severity</caption>',
    '<thead><tr><th scope="col">Rule</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Infos</th><th scope="col">Total</th></tr></thead><tbody>',
    ...[...rows].map(([rule, r]) => `<tr><th scope="row" class="rule">${escapeXml(rule)}</th><td class="n">${r.error}</td><td class="n">${r.warning}</td><td class="n">${r.info}</td><td class="n">${total(r)}</td></tr>`),
    '</tbody></table>',
  ].join('');
  const byCount = new Map<string, number>();
  for (const u of units) {
    const key = u.findings.length >= 3 ? '3 or more' : String(u.findings.length);
    byCount.set(key, (byCount.get(key) ?? 0) + 1);
  }
  const spread = [
    `<table class="counts"><caption class="muted">${Units} by number of findings</caption><thead><tr><th scope="col">Findings</th><th scope="col">${Units}</th></tr></thead><tbody>`,
    ...['0', '1', '2', '3 or more'].map((k) => `<tr><th scope="row">${k}</th><td class="n">${byCount.get(k) ?? 0}</td></tr>`),
    '</tbody></table>',
  ].join('');
  const worst = units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => u.findings.length > 0)
    .sort((a, b) => b.u.findings.length - a.u.findings.length || a.i - b.i)
    .slice(0, TOP_UNITS);
  const top = worst.length
    ? `<div><h3>Most findings</h3><ol>${worst.map(({ u, i }) => `<li><button type="button" class="goto" data-unit="${i}"><bdi class="label">${escapeXml(u.label)}</bdi></button> ${plural(u.findings.length, 'finding')}</li>`).join('')}</ol></div>`
    : '';
  return `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2><div class="summary-grid"><div>${table}${rows.size ? barChart(rows) : ''}</div><div>${spread}</div>${top}</div></section>`;
}

const LEGEND = [
  ['fate-matched', '✓', 'matched in the other version'],
  ['fate-mismatched', '≠', 'differs from the other version'],
  ['fate-missing', '∅', 'missing from the other version'],
  ['fate-unchecked failing', '⚠', 'fails an arithmetic check'],
] as const;

/**
 * The review page: one self-contained HTML file (no external asset, no network) that shows
 * each unit's two versions side by side, every number marked by its fate, and the findings
 * beside them; for a batch, a summary first. Units are built page by page by the inline
 * script from the embedded data, so a run of thousands of articles opens at once.
 */
export const formatHtml: Formatter = (report, { reviews }) => {
  if (!reviews) throw new Error('the html format needs the review of each unit in its context');
  const units = pageUnits(report, reviews);
  const structured = report.files.some((f) => f.units !== undefined);
  const unitWord = structured ? ('unit' as const) : ('file' as const);
  const { errors, warnings, infos } = report.summary;
  const data = { pageSize: PAGE_SIZE, unitWord, units };
  const csp = `default-src 'none'; script-src ${sha256(SCRIPT)}; style-src ${sha256(STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const legend = LEGEND.map(([cls, icon, what]) => `<li><span class="mark ${cls}"><span class="icon" aria-hidden="true">${icon}</span>12</span> ${what}</li>`).join('');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>zhenlint review: ${escapeXml(units.length === 1 ? units[0]!.label : plural(units.length, unitWord))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>zhenlint review</h1>`,
    `<p>${plural(report.files.length, 'file')}${structured ? `, ${plural(units.length, 'unit')}` : ''}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}. <span class="muted">zhenlint ${escapeXml(report.tool.version)}</span></p>`,
    '</header>',
    '<main>',
    units.length > 1 ? summarySection(report, units, unitWord) : '',
    '<h2 class="muted" id="legend-h">Marks</h2>',
    `<ul class="legend" aria-labelledby="legend-h">${legend}</ul>`,
    '<nav class="toolbar" aria-label="Findings and pages">',
    '<button type="button" id="prev-finding" aria-keyshortcuts="k">Previous finding (k)</button>',
    '<button type="button" id="next-finding" aria-keyshortcuts="j">Next finding (j)</button>',
    '<button type="button" id="prev-page">Previous page</button>',
    '<span id="page-info" aria-live="polite"></span>',
    '<button type="button" id="next-page">Next page</button>',
    '</nav>',
    '<noscript><p>The side-by-side view is drawn by the page\'s own script; allow scripts for this file to see it.</p></noscript>',
    '<div id="units"></div>',
    '<div id="tip" role="tooltip" hidden></div>',
    '</main>',
    `<script type="application/json" id="zhenlint-data">${scriptJson(data)}</script>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
