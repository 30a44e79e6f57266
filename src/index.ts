export { analyze, analyzePair, buildReport, lint, lintFile, lintPair, runRules, type Analysis, type LintOptions, type RuleEntry, type RuleSetting } from './lint.js';
export { reportJsonSchema, reportSchema, type FileReport, type JsonDiagnostic, type Report, type Summary } from './report/schema.js';
export { rules } from '../rules/index.js';
export { defineRule, type Rule, type RuleContext, type RuleMeta } from './rule.js';
export type { Claim, Diagnostic, Lang, Passage, Severity } from './types.js';
export { applyFixes, type FixResult } from './fix.js';
export { applyDirectives, maskDirectives, parseDirectives, UNUSED_DIRECTIVE_ID, type Directive } from './directives.js';
export { ConfigLoader, lintOptionsFor, type ResolvedConfig } from './config/load.js';
export {
  lintExplicitPair,
  lintJsonl,
  lintRecord,
  lintRecords,
  parseRecordLine,
  RecordError,
  type BatchOptions,
  type BatchRecord,
  type ExplicitPairReport,
  type RecordOptions,
  type RecordReport,
  type RecordResult,
} from './batch/index.js';
