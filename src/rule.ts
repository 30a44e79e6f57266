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

/** What one run of a rule checks: one passage, or one English/Chinese pair of passages. */
export type Scope = 'passage' | 'pair';

export interface RuleMeta<S extends Scope = Scope> {
  /** Stable kebab-case id, as written in configs, directives and CI logs. */
  id: string;
  description: string;
  severity: Severity;
  scope: S;
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

/** What every rule is given, whatever its scope. */
export interface ContextBase {
  document: SourceDocument;
  options: unknown;
  report(problem: Problem): void;
  /** Say what the rule left unchecked and why (a search it had to bound): an `info` notice of the file. */
  notice?(message: string): void;
}

/** A passage rule's context: the passage being checked. */
export interface PassageContext extends ContextBase {
  passage: PassageInfo;
}

/** A pair rule's context: the English/Chinese pair being checked. */
export interface PairContext extends ContextBase {
  pair: PairAlignment;
}

export type ContextOf<S extends Scope> = S extends 'pair' ? PairContext : PassageContext;
export type RuleContext = PassageContext | PairContext;

/** A rule whose `check` receives the context of its scope. */
export interface ScopedRule<S extends Scope> {
  meta: RuleMeta<S>;
  check(ctx: ContextOf<S>): void;
}

export type PassageRule = ScopedRule<'passage'>;
export type PairRule = ScopedRule<'pair'>;
export type Rule = PassageRule | PairRule;

/** The scope is read from `meta.scope`, so `check` is typed with that scope's context. */
export function defineRule<S extends Scope>(rule: ScopedRule<S>): ScopedRule<S> {
  return rule;
}

export function isPairRule(rule: Rule): rule is PairRule {
  return rule.meta.scope === 'pair';
}
