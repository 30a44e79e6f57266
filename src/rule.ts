import type { z } from 'zod';
import type { PairAlignment } from './align/claims.js';
import type { SourceDocument } from './document.js';
import type { PassageInfo } from './pair/index.js';
import type { Claim, Fix, Lang, Severity, Span } from './types.js';

/** One finding an example must produce: where (1-based line and column, and the text reported), how severe, and the message. */
export interface ExampleDiagnostic {
  line: number;
  column: number;
  text: string;
  severity: Severity;
  message: string;
}

/** A document the rule reports, with exactly the findings it reports and, for a fixable rule, the text after `--fix`. */
export interface InvalidExample {
  text: string;
  errors: ExampleDiagnostic[];
  output?: string;
}

export interface RuleMeta {
  /** Stable kebab-case id, as written in configs, directives and CI logs. */
  id: string;
  description: string;
  severity: Severity;
  scope: 'passage' | 'pair';
  /** Documents that must stay silent and documents that must be reported, with what is reported; the rule tester runs them. */
  examples: { valid: string[]; invalid: InvalidExample[] };
  /** The schema of the rule's options (a getter, so zod loads only when options are set); ctx.options is undefined when none are. */
  options?: z.ZodType;
}

/**
 * A place in the other version that the finding refers to: a claim or any span of one
 * language (an identifier), or a span such as the aligned sentence.
 */
export type Related = { claim: Span & { lang: Lang }; message: string } | { span: Span & { lang: Lang }; message: string };

export interface Problem {
  /** What the finding points at: a claim, or a span of one language. */
  claim?: Claim;
  span?: Span & { lang: Lang; text: string };
  message: string;
  related?: Related[];
  fix?: Fix;
  actual?: string;
  expected?: string;
  /** A lower severity for this finding (approximate wording → info), unless the user set the rule's severity. */
  severity?: Severity;
}

export interface RuleContext {
  document: SourceDocument;
  /** Every passage of the file with its claims; for a passage rule, `passage` is the one being checked. */
  passages: PassageInfo[];
  passage?: PassageInfo;
  pairs: PairAlignment[];
  pair?: PairAlignment;
  options: unknown;
  report(problem: Problem): void;
  /** Say what the rule left unchecked and why (a search it had to bound): an `info` notice of the file. */
  notice?(message: string): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
