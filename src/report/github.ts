import type { Report } from './schema.js';
import type { Formatter } from './format.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping of a workflow command's message, as the Actions runner reads it. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property values, where `:` and `,` separate. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff. */
export const formatGithub: Formatter = (report) => {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${d.line}`,
        ...(d.endLine !== d.line ? [`endLine=${d.endLine}`] : []),
        `col=${d.column}`,
        // Annotations take a column range only within one line.
        ...(d.endLine === d.line ? [`endColumn=${d.endColumn}`] : []),
        `title=${escapeProperty(`zhenlint: ${d.ruleId}`)}`,
      ];
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
