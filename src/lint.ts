import { rules } from '../rules/index.js';
import { linkClaims } from './align/claims.js';
import { alignSentences } from './align/sentences.js';
import { applyDirectives, maskDirectives, parseDirectives } from './directives.js';
import type { Directive } from './directives.js';
import { budget, type BudgetCheck } from './budget.js';
import { SourceDocument } from './document.js';
import { extractPassage } from './extract/index.js';
import { analyzePair } from './pair/explicit.js';
import { pairPassages } from './pair/index.js';
import { unpairedNotice } from './pair/unpaired.js';
import type { ListedFileReport } from './report/listed.js';
import type { FileReport, JsonDiagnostic, Notice, Report, Unreadable } from './report/schema.js';
import { findingOrder, summarize } from './report/summary.js';
import { ruleSchedule } from './rule-schedule.js';
import { isPairRule, type PairContext, type PairRule, type PassageContext, type PassageRule, type Problem, type Rule } from './rule.js';
import { segment } from './segment/index.js';
import type { Analysis, PairAlignment, PassageInfo, Severity, Span } from './types.js';

export type { Analysis };
import { VERSION } from './version.js';

export type RuleSetting = Severity | 'off';
/** A severity, or a severity and the options the rule's own schema accepts. */
export type RuleEntry = RuleSetting | [RuleSetting, unknown?];

export interface LintOptions {
  /** The path shown in the report. */
  path?: string;
  /** Severity overrides by rule id; `off` turns a rule off. */
  rules?: Record<string, RuleEntry>;
  /** Report `zhenlint-disable` comments that silenced nothing, at this severity (default off). */
  reportUnusedDisableDirectives?: RuleSetting;
  /** Obey `<!-- zhenlint-disable … -->` comments in the text (default true). */
  directives?: boolean;
  /** Milliseconds one file may take; past it `lintFile` throws a TimeBudgetError. */
  timeBudgetMs?: number;
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
    related: (problem.related ?? []).map((r) => {
      const at = 'claim' in r ? r.claim : r.span;
      return { lang: at.lang, text: doc.text.slice(at.offset, at.offset + at.length), ...range(doc, at), message: r.message };
    }),
    ...(problem.fix ? { fix: problem.fix } : {}),
  };
}

/** A rule as a file runs it: its place in the registry and the options it was given. */
interface ActiveRule {
  rule: Rule;
  order: number;
  options: unknown;
}

/** Where a finding or a notice would come in a run rule by rule: its rule, the passage or pair, and its turn there. */
type Turn = [rule: number, item: number, seq: number];
const byTurn = (a: Turn, b: Turn) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Run every rule; work a rule says it skipped is added to `notices` (code `rule-budget`).
 *
 * Passage by passage, each pair as soon as its second passage is done, so that what rules
 * work out on a passage (kept on the object they are given, src/constraints) goes as soon
 * as the last pair that reads it is done: they are given a view of each passage, never the
 * analysis' own. Findings and notices are put in the order a run rule by rule gives them.
 */
export function runRules(analysis: Analysis, options: LintOptions = {}, check: BudgetCheck = () => {}, notices: Notice[] = []): JsonDiagnostic[] {
  const { document, passages, pairs } = analysis;
  const active: ActiveRule[] = [];
  rules.forEach((rule, order) => {
    const entry = options.rules?.[rule.meta.id];
    const [setting, raw] = Array.isArray(entry) ? entry : [entry, undefined];
    if (setting === 'off') return;
    // Options given are checked (and completed) by the rule's schema; without any the rule uses its defaults.
    active.push({ rule, order, options: raw !== undefined && rule.meta.options ? rule.meta.options.parse(raw) : raw });
  });
  const found: { turn: Turn; diagnostic: JsonDiagnostic }[] = [];
  const said: { turn: Turn; notice: Notice }[] = [];
  let seq = 0;
  // One context of each scope serves every check of the run, given the rule's options and
  // its passage or pair before each: rules use their context only while their check runs.
  // A context and two closures made for every check were most of what a short text
  // allocated. The rule that reports, and where, is the one running.
  let running: ActiveRule | undefined;
  let runningItem = 0;
  // A rule may lower one finding (an approximate number → info); a configured severity
  // replaces the rule's own afterwards (src/runner/filters.ts).
  const report = (problem: Problem) => {
    const { rule, order } = running!;
    found.push({ turn: [order, runningItem, seq++], diagnostic: toJson(document, rule, problem.severity ?? rule.meta.severity, problem) });
  };
  const notice = (message: string) => {
    const { rule, order } = running!;
    said.push({ turn: [order, runningItem, seq++], notice: { code: 'rule-budget', severity: 'info', ruleId: rule.meta.id, message: `${rule.meta.id}: ${message}` } });
  };
  const passageContext: PassageContext = { document, passages, pairs, options: undefined, passage: undefined as unknown as PassageInfo, report, notice };
  const pairContext: PairContext = { document, passages, pairs, options: undefined, pair: undefined as unknown as PairAlignment, report, notice };
  const runOnPassage = (a: ActiveRule, item: number, passage: PassageInfo) => {
    running = a;
    runningItem = item;
    passageContext.options = a.options;
    passageContext.passage = passage;
    (a.rule as PassageRule).check(passageContext);
  };
  const runOnPair = (a: ActiveRule, item: number, pair: PairAlignment) => {
    running = a;
    runningItem = item;
    pairContext.options = a.options;
    pairContext.pair = pair;
    (a.rule as PairRule).check(pairContext);
  };
  const passageRules = active.filter((a) => !isPairRule(a.rule));
  const pairRules = active.filter((a) => isPairRule(a.rule));
  const index = new Map(passages.map((info, i) => [info, i]));
  // A pair of passages the analysis does not list (a caller's own) is run as it is, after them.
  const listed: [en: number, zh: number][] = [];
  const listedPairs: number[] = [];
  const apart: number[] = [];
  pairs.forEach((pair, j) => {
    const [en, zh] = [index.get(pair.en), index.get(pair.zh)];
    if (en === undefined || zh === undefined) return void apart.push(j);
    listed.push([en, zh]);
    listedPairs.push(j);
  });
  const views = new Map<number, PassageInfo>();
  const view = (i: number) => views.get(i) ?? views.set(i, { ...passages[i]! }).get(i)!;
  for (const step of ruleSchedule(passages.length, listed)) {
    if ('release' in step) views.delete(step.release);
    else if ('passage' in step) {
      const passage = view(step.passage);
      for (const a of passageRules) runOnPassage(a, step.passage, passage);
      check();
    } else {
      const [en, zh] = listed[step.pair]!;
      const j = listedPairs[step.pair]!;
      const pair = { ...pairs[j]!, en: view(en), zh: view(zh) };
      for (const a of pairRules) runOnPair(a, j, pair);
      check();
    }
  }
  for (const j of apart) for (const a of pairRules) runOnPair(a, j, pairs[j]!);
  notices.push(...said.sort((a, b) => byTurn(a.turn, b.turn)).map((s) => s.notice));
  return found.sort((a, b) => findingOrder(a.diagnostic, b.diagnostic) || byTurn(a.turn, b.turn)).map((f) => f.diagnostic);
}

export function lintFile(text: string, options: LintOptions = {}): FileReport {
  return lintFileAnalyzed(text, options).file;
}

/** Lint a text and keep what the pipeline read from it, for a review of the text beside its findings. */
export function lintFileAnalyzed(text: string, options: LintOptions = {}): { file: FileReport; analysis: Analysis } {
  const path = options.path ?? '<text>';
  const original = new SourceDocument(text, path);
  const directives = options.directives === false ? [] : parseDirectives(text, original);
  const check = budget(options.timeBudgetMs);
  const analysis = analyze(maskDirectives(text, directives), path, check);
  return { file: fileReport(analysis, options, directives, original, check), analysis };
}

export { analyzePair };

/** Lint an explicit English/Chinese pair of passages; offsets count in `en + "\n\n" + zh` (see `analyzePair`). */
export function lintPair(en: string, zh: string, options: LintOptions = {}): FileReport {
  const check = budget(options.timeBudgetMs);
  const analysis = analyzePair(en, zh, options.path ?? '<pair>');
  check();
  return fileReport(analysis, options, [], analysis.document, check);
}

function fileReport(analysis: Analysis, options: LintOptions, directives: Directive[], original: SourceDocument, check: BudgetCheck = () => {}): FileReport {
  const { document } = analysis;
  const path = document.path;
  const passages = analysis.passages.map(({ passage }) => {
    const start = document.positionAt(passage.offset);
    const end = document.positionAt(passage.offset + passage.length);
    return { id: passage.id, lang: passage.lang, offset: passage.offset, length: passage.length, line: start.line, endLine: end.line };
  });
  const pairs = analysis.pairs.map((p) => ({ en: p.en.passage.id, zh: p.zh.passage.id, score: p.score }));
  const notices: Notice[] = [];
  const unpaired = unpairedNotice(passages, pairs);
  if (unpaired) notices.push(unpaired);
  const diagnostics = applyDirectives(runRules(analysis, options, check, notices), directives, original, options.reportUnusedDisableDirectives);
  return {
    path,
    ...(notices.length > 0 ? { notices } : {}),
    passages,
    pairs,
    diagnostics,
  };
}

/** The report of a run: its files (whose lists may be packed, src/report/listed.ts), what could not be read, and the counts. */
export function buildReport<F extends ListedFileReport = FileReport>(files: F[], unreadable: Unreadable[] = []): Omit<Report, 'files'> & { files: F[] } {
  return { schemaVersion: 1, tool: { name: 'zhenlint', version: VERSION }, files, ...(unreadable.length > 0 ? { unreadable } : {}), summary: summarize(files) };
}

export { summarize };
