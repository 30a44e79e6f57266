import { rules } from '../rules/index.js';
import { linkClaims, type PairAlignment } from './align/claims.js';
import { alignSentences } from './align/sentences.js';
import { budget, type BudgetCheck } from './budget.js';
import { SourceDocument } from './document.js';
import { extractPassage } from './extract/index.js';
import { pairPassages, type PassageInfo } from './pair/index.js';
import type { FileReport, JsonDiagnostic, Report, Summary } from './report/schema.js';
import type { Problem, Rule, RuleContext } from './rule.js';
import { segment } from './segment/index.js';
import type { Severity, Span } from './types.js';
import { VERSION } from './version.js';

export type RuleSetting = Severity | 'off';

export interface LintOptions {
  /** The path shown in the report. */
  path?: string;
  /** Severity overrides by rule id; `off` turns a rule off. */
  rules?: Record<string, RuleSetting>;
  /** Milliseconds one file may take; past it `lintFile` throws a TimeBudgetError. */
  timeBudgetMs?: number;
}

/** Everything the pipeline read from one text, before rules run. */
export interface Analysis {
  document: SourceDocument;
  passages: PassageInfo[];
  pairs: PairAlignment[];
}

export function analyze(text: string, path = '<text>', check: BudgetCheck = () => {}): Analysis {
  const document = new SourceDocument(text, path);
  const { passages } = segment(text);
  check();
  const infos: PassageInfo[] = passages.map((passage) => {
    check();
    return { passage, ...extractPassage(passage, text) };
  });
  const byId = new Map(infos.map((i) => [i.passage.id, i]));
  const candidates = pairPassages(infos);
  check();
  const pairs = candidates.map((p): PairAlignment => {
    const en = byId.get(p.en)!;
    const zh = byId.get(p.zh)!;
    const beads = alignSentences(en, zh);
    check();
    return { en, zh, score: p.score, beads, ...linkClaims(en, zh, beads) };
  });
  return { document, passages: infos, pairs };
}

function range(doc: SourceDocument, span: Span) {
  const start = doc.positionAt(span.offset);
  const end = doc.positionAt(span.offset + span.length);
  return { offset: span.offset, length: span.length, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function toJson(doc: SourceDocument, rule: Rule, severity: Severity, problem: Problem): JsonDiagnostic {
  const target = problem.claim ?? problem.span;
  if (!target) throw new Error(`rule ${rule.meta.id} reported a problem without a location`);
  return {
    ruleId: rule.meta.id,
    severity,
    message: problem.message,
    lang: target.lang,
    text: doc.text.slice(target.offset, target.offset + target.length),
    ...range(doc, target),
    ...(problem.actual !== undefined ? { actual: problem.actual } : {}),
    ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
    related: (problem.related ?? []).map((r) => ({
      lang: r.claim.lang,
      text: doc.text.slice(r.claim.offset, r.claim.offset + r.claim.length),
      ...range(doc, r.claim),
      message: r.message,
    })),
    ...(problem.fix ? { fix: problem.fix } : {}),
  };
}

export function runRules(analysis: Analysis, options: LintOptions = {}, check: BudgetCheck = () => {}): JsonDiagnostic[] {
  const { document } = analysis;
  const out: JsonDiagnostic[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    const base: Omit<RuleContext, 'report'> = { document, passages: analysis.passages, pairs: analysis.pairs, options: undefined };
    const report = (problem: Problem) => out.push(toJson(document, rule, setting, problem));
    if (rule.meta.scope === 'pair') for (const pair of analysis.pairs) rule.check({ ...base, pair, report });
    else for (const passage of analysis.passages) rule.check({ ...base, passage, report });
    check();
  }
  return out.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
}

export function lintFile(text: string, options: LintOptions = {}): FileReport {
  const path = options.path ?? '<text>';
  const check = budget(options.timeBudgetMs);
  const analysis = analyze(text, path, check);
  const { document } = analysis;
  return {
    path,
    passages: analysis.passages.map(({ passage }) => {
      const start = document.positionAt(passage.offset);
      const end = document.positionAt(passage.offset + passage.length);
      return { id: passage.id, lang: passage.lang, offset: passage.offset, length: passage.length, line: start.line, endLine: end.line };
    }),
    pairs: analysis.pairs.map((p) => ({ en: p.en.passage.id, zh: p.zh.passage.id, score: p.score })),
    diagnostics: runRules(analysis, options, check),
  };
}

export function summarize(files: FileReport[]): Summary {
  const all = files.flatMap((f) => f.diagnostics);
  return {
    files: files.length,
    pairs: files.reduce((n, f) => n + f.pairs.length, 0),
    errors: all.filter((d) => d.severity === 'error').length,
    warnings: all.filter((d) => d.severity === 'warning').length,
    infos: all.filter((d) => d.severity === 'info').length,
  };
}

export function buildReport(files: FileReport[]): Report {
  return { schemaVersion: 1, tool: { name: 'zhenlint', version: VERSION }, files, summary: summarize(files) };
}

/** The library entry: lint one text and return the report that `--format json` prints. */
export function lint(text: string, options: LintOptions = {}): Report {
  return buildReport([lintFile(text, options)]);
}
