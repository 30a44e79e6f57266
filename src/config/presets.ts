import { rules } from '../../rules/index.js';
import type { RuleSetting } from '../lint.js';

export const PRESETS = ['zhenlint:recommended', 'zhenlint:strict'] as const;
export type Preset = (typeof PRESETS)[number];

export interface PresetConfig {
  rules: Record<string, RuleSetting>;
  reportUnusedDisableDirectives: RuleSetting;
}

/** recommended: every rule at the severity it was written with; strict: everything is an error, stale directives too. */
export function presetConfig(name: Preset): PresetConfig {
  const strict = name === 'zhenlint:strict';
  return {
    rules: Object.fromEntries(rules.map((r) => [r.meta.id, strict ? 'error' : r.meta.severity])),
    reportUnusedDisableDirectives: strict ? 'error' : 'off',
  };
}
