import { UsageError } from '../errors.js';
import type { RuleEntry } from '../lint.js';

/** `id: value`, where the id is a rule's and the value its setting. */
const RULE_OPTION = /^\s*([A-Za-z0-9][\w-]*)\s*:\s*(\S[^]*)$/;
/** A quoted string (kept) or a bare word (quoted unless a JSON literal), so `[error, {tolerance: 0.1}]` reads as JSON. */
const JSONISH_TOKEN = /"(?:[^"\\]|\\[^])*"?|[A-Za-z_][\w-]*/g;

function jsonish(text: string): string {
  return text.replace(JSONISH_TOKEN, (token) => (token.startsWith('"') || ['true', 'false', 'null'].includes(token) ? token : JSON.stringify(token)));
}

/**
 * The `--rule` options, as ESLint reads them: `'id: severity'` or `'id: [severity, options]'`
 * (options in JSON; bare words are read as strings). Each is checked as a config file's
 * `rules` entry is; the first bad one ends the run with one line. A severity alone keeps
 * the options the config gives the rule.
 */
export async function parseRuleOptions(texts: readonly string[]): Promise<Record<string, RuleEntry>> {
  const { ruleEntry } = await import('../config/schema.js');
  const out: Record<string, RuleEntry> = {};
  for (const text of texts) {
    const m = RULE_OPTION.exec(text);
    if (!m) throw new UsageError(`--rule expects 'id: severity' or 'id: [severity, options]', got ${JSON.stringify(text)}`);
    const id = m[1]!;
    const raw = m[2]!.trim();
    let value: unknown = raw;
    if (raw.startsWith('[')) {
      try {
        value = JSON.parse(jsonish(raw));
      } catch {
        throw new UsageError(`--rule ${id}: ${raw} is not a list [severity, options] (options are written in JSON)`);
      }
    }
    const fail = (message: string): never => {
      throw new UsageError(`--rule ${message}`);
    };
    const entry = ruleEntry(id, value, { path: [id], fail });
    out[id] = typeof value === 'string' || entry.options === undefined ? entry.setting : [entry.setting, entry.options];
  }
  return out;
}
