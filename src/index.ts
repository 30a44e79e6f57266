/**
 * The public API: lint a text, a pair, files or records, through the same Runner as the
 * command line and the editor (src/runner/); the rules and their definition; the report's
 * types and schema.
 */
export { lint, lintFiles, lintJsonl, lintPair, lintRecords, type BatchOptions, type RecordResult, type TextOptions } from './api.js';
export type { RunOptions } from './runner/index.js';
export type { LintOptions, RuleEntry, RuleSetting } from './lint.js';
export type { BatchRecord, RecordReport } from './batch/record.js';
export type { ExplicitPairReport } from './batch/pair.js';
export { reportJsonSchema, type FileReport, type JsonDiagnostic, type Report, type Summary } from './report/schema.js';
export { rules } from '../rules/index.js';
export { defineRule, type Rule, type RuleContext, type RuleMeta } from './rule.js';
export type { Claim, Lang, Severity } from './types.js';
export { applyFixes, type FixResult } from './fix.js';
