import type { ChalkInstance } from 'chalk';
import type { RuleMeta } from '../rule.js';
import type { ReviewUnit } from '../review/model.js';
import type { SourceText } from './excerpt.js';
import type { Report } from './schema.js';

/** What a formatter may need beside the report; each takes what it uses. */
export interface FormatContext {
  /** The text of each file (or what is kept of it around its findings), by path, for excerpts. */
  sources: ReadonlyMap<string, SourceText>;
  /** Colours, for the formats a person reads (stylish); loaded only for them. */
  chalk?: ChalkInstance;
  /** The metadata of every rule, for formats that describe the rules (SARIF). */
  rules: readonly RuleMeta[];
  /** The review of each unit, by path, for the formats that show the text (html); kept by the Runner only for them. */
  reviews?: ReadonlyMap<string, readonly ReviewUnit[]>;
}

/** Every output format is one of these: the report in, the text to write out. */
export type Formatter = (report: Report, context: FormatContext) => string;
