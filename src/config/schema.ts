import type { z } from 'zod';
import { rules, rulesById } from '../../rules/index.js';
import type { RuleSetting } from '../lint.js';
import { ConfigError } from './errors.js';
import { PRESETS, type Preset } from './presets.js';
import { zodSync } from '../zod-sync.js';

export const SETTINGS = ['off', 'info', 'warning', 'error'] as const;

/** The config file as written. Rule entries are checked one by one below, against each rule's own options schema. */
export function configFileSchema() {
  const { z } = zodSync();
  return z.strictObject({
    $schema: z.string().optional(),
    extends: z.array(z.enum(PRESETS)).optional(),
    rules: z.record(z.string(), z.unknown()).optional(),
    ignorePatterns: z.array(z.string().min(1)).optional(),
    /** More file extensions a directory search lints, as text (`["tex", "rst"]`). */
    extensions: z.array(z.string().regex(/^\.?[A-Za-z0-9]{1,16}$/)).optional(),
    reportUnusedDisableDirectives: z.enum(SETTINGS).optional(),
  });
}

export interface RuleConfig {
  setting: RuleSetting;
  /** Options after the rule's schema filled in its defaults; undefined for a rule without options. */
  options?: unknown;
}

export interface ConfigData {
  extends: Preset[];
  rules: Record<string, RuleConfig>;
  ignorePatterns: string[];
  /** More extensions to lint, lower case, without the dot. */
  extensions?: string[];
  reportUnusedDisableDirectives?: RuleSetting;
}

export type PathKey = string | number | symbol;

function keyPath(path: readonly PathKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out ? `.${String(k)}` : String(k);
  }
  return out || '(top level)';
}

const quoteAll = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(' | ');

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** One zod issue as `key.path: expected …`. */
function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PathKey[], input: unknown): string {
  const path = [...prefix, ...issue.path];
  let at: unknown = input;
  for (const k of issue.path) at = at !== null && typeof at === 'object' ? (at as Record<PathKey, unknown>)[k] : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return `${keyPath(path)}: expected ${issue.expected}, got ${describeValue(at)}`;
    case 'invalid_value':
      return `${keyPath(path)}: expected ${quoteAll(issue.values)}, got ${describeValue(at)}`;
    case 'unrecognized_keys':
      return `${keyPath([...path, issue.keys[0]!])}: unknown key`;
    default:
      return `${keyPath(path)}: ${issue.message.replace(/^Invalid input: /, '')}`;
  }
}

function fail(file: string, message: string): never {
  throw new ConfigError(`invalid config ${file}: ${message}`);
}

/** Where a rule entry was written (a config file's `rules.id`, or `--rule id`), and how its problems are said. */
export interface RuleEntrySource {
  path: readonly PathKey[];
  fail: (message: string) => never;
}

function parseRuleEntry(file: string, id: string, value: unknown): RuleConfig {
  return ruleEntry(id, value, { path: ['rules', id], fail: (message) => fail(file, message) });
}

/** One rule's setting, `severity` or `[severity, options]`, checked against the rule's own options schema. */
export function ruleEntry(id: string, value: unknown, src: RuleEntrySource): RuleConfig {
  const rule = rulesById.get(id);
  if (!rule) src.fail(`${keyPath(src.path)}: unknown rule; expected one of ${quoteAll(rules.map((r) => r.meta.id))}`);
  const expected = quoteAll(SETTINGS);
  if (typeof value === 'string') {
    if (!(SETTINGS as readonly string[]).includes(value)) src.fail(`${keyPath(src.path)}: expected ${expected}, got ${describeValue(value)}`);
    return defaults(id, value as RuleSetting, src);
  }
  if (!Array.isArray(value)) src.fail(`${keyPath(src.path)}: expected ${expected} or [severity, options], got ${describeValue(value)}`);
  if (value.length < 1 || value.length > 2) src.fail(`${keyPath(src.path)}: expected [severity] or [severity, options], got ${value.length} items`);
  const [setting, raw] = value as [unknown, unknown];
  if (typeof setting !== 'string' || !(SETTINGS as readonly string[]).includes(setting)) {
    src.fail(`${keyPath([...src.path, 0])}: expected ${expected}, got ${describeValue(setting)}`);
  }
  if (value.length === 1) return defaults(id, setting as RuleSetting, src);
  const schema = rule.meta.options;
  if (!schema) src.fail(`${keyPath([...src.path, 1])}: rule ${id} takes no options`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) src.fail(describeIssue(parsed.error.issues[0]!, [...src.path, 1], raw));
  return { setting: setting as RuleSetting, options: parsed.data };
}

/** A rule named by severity alone still gets its options' defaults, so ctx.options is always complete. */
function defaults(id: string, setting: RuleSetting, src: RuleEntrySource): RuleConfig {
  const schema = rulesById.get(id)?.meta.options;
  if (!schema) return { setting };
  const parsed = schema.safeParse(undefined);
  if (!parsed.success) src.fail(`${keyPath(src.path)}: rule ${id} needs options: [severity, options]`);
  return { setting, options: parsed.data };
}

/** Validate a parsed config file; every problem is a ConfigError naming the key path. */
export function validateConfig(file: string, input: unknown): ConfigData {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) fail(file, `expected an object at the top level, got ${describeValue(input)}`);
  // `"extends": "zhenlint:strict"` is as natural as a list of one.
  const raw = { ...(input as Record<string, unknown>) };
  if (typeof raw.extends === 'string') raw.extends = [raw.extends];
  const parsed = configFileSchema().safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const shown = typeof (input as Record<string, unknown>).extends === 'string' && issue.path[0] === 'extends' ? { ...issue, path: ['extends'] } : issue;
    fail(file, describeIssue(shown as z.core.$ZodIssue, [], shown === issue ? raw : input));
  }
  const data = parsed.data;
  const ruleConfigs: Record<string, RuleConfig> = {};
  for (const [id, value] of Object.entries(data.rules ?? {})) ruleConfigs[id] = parseRuleEntry(file, id, value);
  return {
    extends: data.extends ?? [],
    rules: ruleConfigs,
    ignorePatterns: data.ignorePatterns ?? [],
    ...(data.extensions ? { extensions: data.extensions.map((e) => e.replace(/^\./, '').toLowerCase()) } : {}),
    ...(data.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: data.reportUnusedDisableDirectives } : {}),
  };
}

/** Read JSON with comments and trailing commas (as tsconfig.json and .eslintrc.json allow); a syntax error names its line and column. */
export async function parseConfigText(file: string, text: string): Promise<unknown> {
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const { error, offset } = errors[0]!;
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    const what = printParseErrorCode(error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    fail(file, `line ${before.length}, column ${before.at(-1)!.length + 1}: ${what} (not valid JSON)`);
  }
  return value;
}
