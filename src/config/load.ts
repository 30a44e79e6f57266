import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { rules } from '../../rules/index.js';
import type { LintOptions, RuleSetting } from '../lint.js';
import { ConfigError } from './errors.js';
import { presetConfig, type Preset } from './presets.js';
import type { ConfigData, RuleConfig } from './schema.js';

/** Looked for in each folder from the linted file's up to the root; the first folder that has one wins. */
export const CONFIG_NAMES = ['zhenlint.config.json', '.zhenlintrc.json'] as const;

/** The settings that apply to one file: a preset, then the config file's own rules over it. */
export interface ResolvedConfig {
  /** The config file read, or undefined when none was found (the recommended preset applies). */
  file: string | undefined;
  extends: Preset[];
  rules: Record<string, RuleConfig>;
  /**
   * Rules whose severity the config chose (its own `rules`, or a preset other than
   * recommended): every finding of theirs is reported at it. The others keep the
   * severities the rule gives each finding.
   */
  configured: ReadonlySet<string>;
  ignorePatterns: string[];
  /** Extensions a directory search lints beside the built-in ones, read as text. */
  extensions: string[];
  reportUnusedDisableDirectives: RuleSetting;
  /** Whether a path (relative to the working directory or absolute) matches ignorePatterns. */
  ignores(path: string): boolean;
}

function resolveData(file: string | undefined, data: ConfigData, baseDir?: string): ResolvedConfig {
  const presets: Preset[] = data.extends.length > 0 ? data.extends : ['zhenlint:recommended'];
  const ruleConfigs: Record<string, RuleConfig> = {};
  const configured = new Set<string>();
  let reportUnused: RuleSetting = 'off';
  for (const name of presets) {
    const preset = presetConfig(name);
    for (const r of rules) {
      const previous = ruleConfigs[r.meta.id];
      ruleConfigs[r.meta.id] = { ...previous, setting: preset.rules[r.meta.id]! };
      if (name !== 'zhenlint:recommended') configured.add(r.meta.id);
    }
    reportUnused = preset.reportUnusedDisableDirectives;
  }
  for (const [id, rc] of Object.entries(data.rules)) {
    ruleConfigs[id] = rc;
    configured.add(id);
  }
  const base = baseDir ?? (file ? dirname(resolve(file)) : process.cwd());
  const patterns = data.ignorePatterns.map((p) => (p.endsWith('/') ? `${p}**` : p));
  let matcher: ((path: string) => boolean) | undefined;
  return {
    file,
    extends: data.extends,
    rules: ruleConfigs,
    configured,
    ignorePatterns: data.ignorePatterns,
    extensions: data.extensions ?? [],
    reportUnusedDisableDirectives: data.reportUnusedDisableDirectives ?? reportUnused,
    ignores(path: string) {
      if (patterns.length === 0) return false;
      const rel = relative(base, resolve(path));
      if (rel.startsWith('..') || isAbsolute(rel)) return false;
      matcher ??= picomatchSync(patterns);
      return matcher(rel.split(sep).join('/'));
    },
  };
}

// picomatch is small and synchronous; loaded only when a config has ignorePatterns.
type Picomatch = typeof import('picomatch');
let picomatchModule: Picomatch | undefined;
function picomatchSync(patterns: string[]): (path: string) => boolean {
  if (!picomatchModule) throw new Error('picomatch not loaded');
  // A pattern without a slash matches the name at any depth, as in .gitignore; one with a slash, from the config's folder.
  const anywhere = patterns.filter((p) => !p.includes('/'));
  const anchored = patterns.filter((p) => p.includes('/')).map((p) => p.replace(/^\//, ''));
  const byName = anywhere.length > 0 ? picomatchModule(anywhere, { dot: true, basename: true }) : () => false;
  const byPath = anchored.length > 0 ? picomatchModule(anchored, { dot: true }) : () => false;
  return (path) => byName(path) || byPath(path);
}

export const DEFAULT_CONFIG: ResolvedConfig = resolveData(undefined, { extends: [], rules: {}, ignorePatterns: [] });

/**
 * The LintOptions a resolved config asks for: the rules it turns off, configures or gives
 * options; a rule it leaves at its default has no entry, so that the rule's own severities hold.
 */
export function lintOptionsFor(config: ResolvedConfig, path: string): LintOptions {
  const ruleEntries: NonNullable<LintOptions['rules']> = {};
  for (const [id, rc] of Object.entries(config.rules)) {
    if (!config.configured.has(id) && rc.setting !== 'off' && rc.options === undefined) continue;
    ruleEntries[id] = rc.options === undefined ? rc.setting : [rc.setting, rc.options];
  }
  return { path, rules: ruleEntries, reportUnusedDisableDirectives: config.reportUnusedDisableDirectives };
}

/** Rule settings given to the run over a config's: a severity alone keeps the options the config gave the rule (as ESLint's `--rule`). */
export function overRules(config: NonNullable<LintOptions['rules']>, run: NonNullable<LintOptions['rules']>): NonNullable<LintOptions['rules']> {
  const out = { ...config };
  for (const [id, entry] of Object.entries(run)) {
    const before = config[id];
    out[id] = typeof entry === 'string' && Array.isArray(before) && before.length > 1 ? [entry, before[1]] : entry;
  }
  return out;
}

/** Reads and caches config files; one instance for a run. */
export class ConfigLoader {
  private readonly byFile = new Map<string, Promise<ResolvedConfig>>();
  private readonly byDir = new Map<string, string | undefined>();

  /** With `explicit` (from --config) every file gets that config and no folder is searched. */
  constructor(private readonly explicit?: string, private readonly search = true) {
    if (explicit !== undefined && !existsSync(explicit)) throw new ConfigError(`cannot read config ${explicit}: no such file`);
  }

  /** A loader that reads no config: every file gets the defaults. */
  static defaults(): ConfigLoader {
    return new ConfigLoader(undefined, false);
  }

  /** The config file that governs a folder: the nearest one up the tree. */
  findFile(dir: string): string | undefined {
    const abs = resolve(dir);
    if (this.byDir.has(abs)) return this.byDir.get(abs);
    let found: string | undefined;
    for (const name of CONFIG_NAMES) {
      const candidate = join(abs, name);
      if (existsSync(candidate)) {
        found = candidate;
        break;
      }
    }
    if (!found) {
      const parent = dirname(abs);
      found = parent === abs ? undefined : this.findFile(parent);
    }
    this.byDir.set(abs, found);
    return found;
  }

  /** The config for a file to lint (or, for standard input, for a file in the working directory). */
  async forPath(path: string): Promise<ResolvedConfig> {
    const file = this.explicit ?? (this.search ? this.findFile(dirname(resolve(path))) : undefined);
    if (!file) return DEFAULT_CONFIG;
    let pending = this.byFile.get(file);
    if (!pending) {
      pending = this.read(file);
      this.byFile.set(file, pending);
    }
    return pending;
  }

  private async read(file: string): Promise<ResolvedConfig> {
    const shown = relative(process.cwd(), file) || file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ConfigError(`cannot read config ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const { parseConfigText, validateConfig } = await import('./schema.js');
    const data = validateConfig(shown, await parseConfigText(shown, text));
    if (data.ignorePatterns.length > 0) picomatchModule ??= (await import('picomatch')).default as Picomatch;
    // A config named with --config may live anywhere; its patterns are read from the working directory, as ESLint does.
    return resolveData(file, data, this.explicit !== undefined ? process.cwd() : undefined);
  }
}

/** What --print-config shows: the settings in force for one file, in the config file's own shape. */
export function printableConfig(config: ResolvedConfig, path: string): Record<string, unknown> & { rules: NonNullable<LintOptions['rules']> } {
  const cwdRel = (p: string) => relative(process.cwd(), p) || p;
  return {
    file: path,
    configFile: config.file ? cwdRel(config.file) : null,
    ignored: config.ignores(path),
    extends: config.extends,
    ignorePatterns: config.ignorePatterns,
    extensions: config.extensions,
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives,
    rules: Object.fromEntries(Object.entries(config.rules).map(([id, rc]) => [id, rc.options === undefined ? rc.setting : [rc.setting, rc.options]])),
  };
}
