import type { ChalkInstance } from 'chalk';
import type { Format } from './args.js';
import type { Report } from '../report/schema.js';

/** Render the report in the chosen format; formatters other than stylish load only when asked for. */
export async function renderReport(format: Format, report: Report, sources: Map<string, string>, chalk: () => Promise<ChalkInstance>): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../report/json.js')).formatJson(report);
    case 'sarif': {
      const [{ formatSarif }, { rules }] = await Promise.all([import('../report/sarif.js'), import('../../rules/index.js')]);
      return formatSarif(report, rules.map((r) => r.meta));
    }
    case 'github':
      return (await import('../report/github.js')).formatGithub(report);
    case 'junit':
      return (await import('../report/junit.js')).formatJunit(report);
    case 'compact':
      return (await import('../report/compact.js')).formatCompact(report);
    default:
      return (await import('../report/stylish.js')).formatStylish(report, sources, await chalk());
  }
}
