import { rules } from '../../rules/index.js';

/**
 * The starter config that `zhenlint --init` writes. Config files are JSON with
 * comments and trailing commas allowed (as tsconfig.json and .eslintrc.json),
 * so the starter explains itself in place.
 */
export function starterConfig(): string {
  // Every rule is listed, commented out: a rule set here reports every finding at the
  // severity given, so an uncommented line would change what the starter means to leave alone.
  const entries = rules.map((r) => `// "${r.meta.id}": "${r.meta.severity}",`);
  const width = Math.max(...entries.map((e) => e.length));
  const ruleLines = entries.map((e, i) => `    ${e.padEnd(width)} ${rules[i]!.meta.description}`);
  return `// zhenlint configuration. JSON with comments: // and /* */ comments and trailing commas are allowed.
// zhenlint uses the nearest zhenlint.config.json (or .zhenlintrc.json) above each file it lints.
{
  // Start from a preset: "zhenlint:recommended" (each rule at its default severity)
  // or "zhenlint:strict" (every rule an error, unused disable comments too).
  "extends": ["zhenlint:recommended"],

  // Per rule: "off", "info", "warning" or "error", or [severity, options]. A rule set here
  // reports every finding at that severity; a rule left out keeps its own (some rules
  // lower a single finding, such as one about an approximate number, to a warning or info).
  // Example with options: "percent-fraction": ["error", { "tolerance": 0.1 }]
  "rules": {
${ruleLines.join('\n')}
  },

  // Files not to lint, as globs relative to this file; a pattern without a slash matches at any depth.
  "ignorePatterns": ["node_modules/", "drafts/**"],

  // Report <!-- zhenlint-disable --> comments that silence nothing: "off", "info", "warning" or "error".
  "reportUnusedDisableDirectives": "off"
}
`;
}
