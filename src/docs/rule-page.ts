import { applyFixes } from '../fix.js';
import { lint, type RuleSetting } from '../index.js';
import type { Rule } from '../rule.js';
import { zodSync } from '../zod-sync.js';
import { cell, fence, table } from './markdown.js';

const SCOPE: Record<Rule['meta']['scope'], string> = {
  passage: 'each passage on its own, English and Chinese alike',
  pair: 'an English passage together with the Chinese passage paired with it',
};

/** The hand-written page that explains each scope's rules at length. */
const SCOPE_PAGE: Record<Rule['meta']['scope'], string> = {
  passage: '[Arithmetic and statistics rules](../arithmetic.md)',
  pair: '[How zhenlint reads numbers](../numbers.md)',
};

/** Lint a text with only this rule on, at its default severities (a rule set in the options would report every finding at one), as the rule tests do. */
function lintAlone(rule: Rule, all: readonly Rule[], text: string) {
  const only: Record<string, RuleSetting> = {};
  for (const r of all) if (r !== rule) only[r.meta.id] = 'off';
  return lint(text, { rules: only }).files[0]!;
}

interface JsonSchemaProperty {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  description?: string;
}

function optionsSection(rule: Rule): string[] {
  const schema = rule.meta.options;
  if (!schema) return [];
  const json = zodSync().z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, JsonSchemaProperty> };
  const props = Object.entries(json.properties ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const allowed = (p: JsonSchemaProperty) =>
    p.enum ? p.enum.map((v) => JSON.stringify(v)).join(', ') : [p.minimum !== undefined ? `≥ ${p.minimum}` : '', p.maximum !== undefined ? `≤ ${p.maximum}` : ''].filter(Boolean).join(', ') || 'any';
  const described = props.some(([, p]) => p.description);
  const rows = props.map(([name, p]) => [
    `\`${name}\``,
    p.type ?? '',
    allowed(p),
    p.default === undefined ? '' : `\`${JSON.stringify(p.default)}\``,
    ...(described ? [cell(p.description ?? '')] : []),
  ]);
  const defaults = Object.fromEntries(props.filter(([, p]) => p.default !== undefined).map(([name, p]) => [name, p.default]));
  const config = JSON.stringify({ rules: { [rule.meta.id]: [rule.meta.severity, defaults] } });
  return [
    '## Options',
    '',
    table(['option', 'type', 'allowed', 'default', ...(described ? ['meaning'] : [])], rows),
    '',
    'Set in a config file (see [Configuration](../configuration.md)), here with the defaults:',
    '',
    fence(config, 'json'),
  ];
}

function exampleSection(rule: Rule, all: readonly Rule[]): string[] {
  const out = ['## Examples', '', 'Each example is linted with only this rule on. Lines and columns are 1-based and count UTF-16 code units.'];
  out.push('', '### Silent', '');
  for (const text of rule.meta.examples.valid) {
    const found = lintAlone(rule, all, text).diagnostics;
    out.push(fence(text, 'text'), '', found.length === 0 ? 'No finding.' : `Unexpected findings: ${found.length}.`, '');
  }
  out.push('### Reported', '');
  for (const { text } of rule.meta.examples.invalid) {
    const found = lintAlone(rule, all, text).diagnostics;
    out.push(fence(text, 'text'), '');
    out.push(found.length === 0 ? 'No finding.' : fence(found.map((d) => `${d.line}:${d.column}  ${d.severity}  ${d.ruleId}  ${d.message}`).join('\n')), '');
    if (found.some((d) => d.fix)) out.push('With `--fix`:', '', fence(applyFixes(text, found).text, 'text'), '');
  }
  return out;
}

/** `docs/rules/<id>.md`: everything the rule's metadata and examples say, examples linted now. */
export function rulePage(rule: Rule, all: readonly Rule[]): string {
  const { meta } = rule;
  const optionLines = optionsSection(rule);
  const options = optionLines.length > 0 ? [...optionLines, ''] : [];
  const lines = [
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    `- Default severity: ${meta.severity}`,
    `- Checks: ${SCOPE[meta.scope]}`,
    `- Options: ${meta.options ? 'see [Options](#options)' : 'none'}`,
    `- Source: [rules/${meta.id}.ts](../../rules/${meta.id}.ts)`,
    '',
    `More on how rules of this kind read the text: ${SCOPE_PAGE[meta.scope]}.`,
    '',
    ...options,
    ...exampleSection(rule, all),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The README's rule table, sorted by id. */
export function ruleTable(all: readonly Rule[]): string {
  const sorted = [...all].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  return table(
    ['rule', 'severity', 'checks', 'what it reports'],
    sorted.map(({ meta }) => [`[\`${meta.id}\`](docs/rules/${meta.id}.md)`, meta.severity, meta.scope === 'pair' ? 'both versions' : 'each version', cell(meta.description)]),
  );
}
