import type { Report } from './schema.js';
import type { Formatter } from './format.js';

/** One finding a line, `file:line:col: severity message [rule]`, for grep and editors' error parsers. */
export const formatCompact: Formatter = (report) => {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      lines.push(`${file.path}:${d.line}:${d.column}: ${d.severity} ${d.message.replace(/\s+/g, ' ')} [${d.ruleId}]`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
