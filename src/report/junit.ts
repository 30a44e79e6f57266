import type { Report } from './schema.js';
import type { Formatter } from './format.js';

// XML 1.0 forbids most control characters even when escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for element content; a CR is written as a reference, since a parser turns a literal CR into LF. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Text for an attribute value: a parser turns a literal LF or tab there into a space, so they are written as references. */
export function escapeAttribute(s: string): string {
  return escapeXml(s).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/**
 * JUnit XML, as CI systems read test reports: a test suite per file, a failing
 * test case per finding, one passing case for a file without findings, and one
 * skipped case (with why) for a file that was not linted.
 */
export const formatJunit: Formatter = (report) => {
  const { errors, warnings, infos } = report.summary;
  const total = errors + warnings + infos;
  const tests = report.files.reduce((n, f) => n + Math.max(1, f.diagnostics.length), 0);
  const out = ['<?xml version="1.0" encoding="utf-8"?>', `<testsuites name="zhenlint" tests="${tests}" failures="${total}" errors="0">`];
  for (const file of report.files) {
    const path = escapeAttribute(file.path);
    const n = file.diagnostics.length;
    if (file.skipped) {
      const why = (file.notices?.find((notice) => notice.code === file.skipped)?.message ?? file.skipped).replace(/^skipped: /, '');
      out.push(`  <testsuite name="${path}" tests="1" failures="0" errors="0" skipped="1">`);
      out.push(`    <testcase name="${path}" classname="zhenlint" time="0">`);
      out.push(`      <skipped message="${escapeAttribute(why)}"/>`);
      out.push('    </testcase>');
      out.push('  </testsuite>');
      continue;
    }
    out.push(`  <testsuite name="${path}" tests="${Math.max(1, n)}" failures="${n}" errors="0" skipped="0">`);
    if (n === 0) out.push(`    <testcase name="${path}" classname="zhenlint" time="0"/>`);
    for (const d of file.diagnostics) {
      const where = `${file.path}:${d.line}:${d.column}`;
      out.push(`    <testcase name="${escapeAttribute(`${d.ruleId} at ${d.line}:${d.column}`)}" classname="${path}" time="0">`);
      out.push(`      <failure type="${d.severity}" message="${escapeAttribute(d.message)}">${escapeXml(`${where}: ${d.severity} ${d.message} [${d.ruleId}]`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
