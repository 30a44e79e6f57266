import { rules } from '../rules/index.js';
import { alignPair } from './align/claims.js';
import { applyDirectives, maskDirectives, parseDirectives } from './directives.js';
import type { Directive } from './directives.js';
import { budget, type BudgetCheck } from './budget.js';
import { SourceDocument } from './document.js';
import { extractPassage } from './extract/index.js';
import { analyzePair } from './pair/explicit.js';
import { comparePassageIds, KeyNumbers, PairStream, pairingPassage, weigh, type Settled } from './pair/index.js';
import { unpairedNotice } from './pair/unpaired.js';
import type { ListedFileReport } from './report/listed.js';
import type { FileReport, JsonDiagnostic, Notice, Report, Unreadable } from './report/schema.js';
import { findingOrder, summarize } from './report/summary.js';
import { ruleSchedule } from './rule-schedule.js';
import { isPairRule, type PairContext, type PairRule, type PassageContext, type PassageRule, type Problem, type Rule } from './rule.js';
import { passagesOf } from './segment/index.js';
import type { Analysis, PairAlignment, Passage, PassageInfo, Severity, Span } from './types.js';

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


/**
 * What a walk through a text's analysis gives, each passage and pair once, in an order
 * that lets a passage go as soon as the last step that reads it is done.
 */
export interface AnalysisVisitor {
  /** A passage, extracted, once its pairing is known (passages may come out of the file's order); `index` is its place in the file. */
  passage(info: PassageInfo, index: number): void;
  /** A pair, aligned, after both its passages; `turn.index` is its place among the file's pairs, known once the walk is done. */
  pair(pair: PairAlignment, en: number, zh: number, turn: PairTurn): void;
  /** A passage no later step reads. */
  release(index: number): void;
}

/** A pair's place among the pairs of its file (in the order of their English passages), set once every pair is known. */
export interface PairTurn {
  index: number;
}

/**
 * Passages read, extracted and weighed together before the pairs they settle are run.
 * Each stage over a window of passages at a time rather than one passage at a time costs
 * about a tenth less CPU; the window is small beside what pairing holds anyway.
 */
const WINDOW = 128;

/**
 * The analysis of a text, passage by passage: passages are extracted as they are read,
 * a window at a time, and each is given, with its pair aligned, as soon as its pairing is
 * settled (`PairStream`); it is released once its pair, or it alone, is done. A long
 * document thus holds only the passages around the one being read, whatever its length,
 * and what is worked out on a passage once it is given lives only until it is released.
 * Gives back the most passage analyses it held at once.
 */
export function walkText(text: string, visit: AnalysisVisitor, check: BudgetCheck = () => {}): { mostHeld: number } {
  const numbers = new KeyNumbers();
  const stream = new PairStream(weigh);
  const held = new Map<number, PassageInfo>();
  const turns: { en: string; turn: PairTurn }[] = [];
  const take = (settled: Settled[]) => {
    for (const s of settled) {
      if ('alone' in s) {
        visit.passage(held.get(s.alone)!, s.alone);
        held.delete(s.alone);
        visit.release(s.alone);
        continue;
      }
      const [en, zh] = [held.get(s.en)!, held.get(s.zh)!];
      visit.passage(en, s.en);
      visit.passage(zh, s.zh);
      const turn = { index: -1 };
      turns.push({ en: s.pair.en, turn });
      visit.pair(alignPair(en, zh, s.pair.score), s.en, s.zh, turn);
      for (const k of [s.en, s.zh]) {
        held.delete(k);
        visit.release(k);
      }
      check();
    }
  };
  let index = 0;
  let mostHeld = 0;
  let read: Passage[] = [];
  const analyseRead = () => {
    const infos = read.map((passage): PassageInfo => ({ passage, ...extractPassage(passage, text) }));
    check();
    for (const info of infos) held.set(index++, info);
    mostHeld = Math.max(mostHeld, held.size);
    for (const info of infos) stream.add(pairingPassage(info, numbers));
    take(stream.settled());
    read = [];
  };
  for (const passage of passagesOf(text)) if (read.push(passage) === WINDOW) analyseRead();
  analyseRead();
  take(stream.finish());
  turns.sort((a, b) => comparePassageIds(a.en, b.en)).forEach((t, i) => (t.turn.index = i));
  return { mostHeld };
}

/** Everything the pipeline read from a text, kept whole (for a review of the text, and for tests). */
export function analyze(text: string, path = '<text>', check: BudgetCheck = () => {}): Analysis {
  const keep = new KeepAnalysis();
  walkText(text, keep, check);
  return keep.analysis(new SourceDocument(text, path));
}

/** Walk an analysis already made (an explicit pair, a test's): each passage, and each pair as soon as its later passage is done. */
export function walkAnalysis(analysis: Analysis, visit: AnalysisVisitor): void {
  const { passages, pairs } = analysis;
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
  for (const step of ruleSchedule(passages.length, listed)) {
    if ('release' in step) visit.release(step.release);
    else if ('passage' in step) visit.passage(passages[step.passage]!, step.passage);
    else {
      const [en, zh] = listed[step.pair]!;
      const j = listedPairs[step.pair]!;
      visit.pair(pairs[j]!, en, zh, { index: j });
    }
  }
  for (const j of apart) visit.pair(pairs[j]!, -1, -1, { index: j });
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

/** The rules a run turns on, by scope, and the registry they were chosen from. */
interface ActiveRules {
  passage: ActiveRule[];
  pair: ActiveRule[];
  registry: readonly Rule[];
}

/** Whether the registry still holds the rules `known` was chosen from (a test may add rules of its own). */
function sameRegistry(known: ActiveRules): boolean {
  const { registry } = known;
  if (registry.length !== rules.length) return false;
  for (let i = 0; i < registry.length; i++) if (registry[i] !== rules[i]) return false;
  return true;
}

/**
 * The active rules of each rule settings object, worked out once for it: a batch lints every
 * record with the same settings, and the file or record is not the place to parse them again.
 */
const activeBySettings = new WeakMap<NonNullable<LintOptions['rules']>, ActiveRules>();
let activeByDefault: ActiveRules | undefined;

function activeRules(settings: LintOptions['rules']): ActiveRules {
  const known = settings ? activeBySettings.get(settings) : activeByDefault;
  if (known && sameRegistry(known)) return known;
  const active: ActiveRule[] = [];
  rules.forEach((rule, order) => {
    const entry = settings?.[rule.meta.id];
    const [setting, raw] = Array.isArray(entry) ? entry : [entry, undefined];
    if (setting === 'off') return;
    // Options given are checked (and completed) by the rule's schema; without any the rule uses its defaults.
    active.push({ rule, order, options: raw !== undefined && rule.meta.options ? rule.meta.options.parse(raw) : raw });
  });
  const out = { passage: active.filter((a) => !isPairRule(a.rule)), pair: active.filter((a) => isPairRule(a.rule)), registry: [...rules] };
  if (settings) activeBySettings.set(settings, out);
  else activeByDefault = out;
  return out;
}

/** Where a finding or a notice would come in a run rule by rule: its rule, the passage or pair, and its turn there. */
type Turn = [rule: number, item: number | PairTurn, seq: number];
const itemOf = (item: number | PairTurn) => (typeof item === 'number' ? item : item.index);
const byTurn = (a: Turn, b: Turn) => a[0] - b[0] || itemOf(a[1]) - itemOf(b[1]) || a[2] - b[2];

/**
 * The rules of one file, run as a walk gives its passages and pairs (`AnalysisVisitor`);
 * work a rule says it skipped is a notice (code `rule-budget`). Rules are given a view of
 * each passage, never the analysis' own, so that what they work out on a passage (kept on
 * the object they are given, src/constraints) goes when the passage is released. Findings
 * and notices are put in the order a run rule by rule gives them.
 */
class RuleRun implements AnalysisVisitor {
  private readonly passageRules: ActiveRule[];
  private readonly pairRules: ActiveRule[];
  private readonly found: { turn: Turn; diagnostic: JsonDiagnostic }[] = [];
  private readonly said: { turn: Turn; notice: Notice }[] = [];
  private seq = 0;
  private readonly views = new Map<number, PassageInfo>();

  constructor(
    private readonly document: SourceDocument,
    options: LintOptions,
    private readonly check: BudgetCheck,
  ) {
    ({ passage: this.passageRules, pair: this.pairRules } = activeRules(options.rules));
    this.passageContext = { document, options: undefined, passage: undefined as unknown as PassageInfo, report: this.report, notice: this.notice };
    this.pairContext = { document, options: undefined, pair: undefined as unknown as PairAlignment, report: this.report, notice: this.notice };
  }

  // One context of each scope serves every check of the run, given the rule's options and
  // its passage or pair before each: rules use their context only while their check runs.
  // A context and two closures made for every check were most of what a short text
  // allocated. The rule that reports, and where, is the one running.
  private running: ActiveRule | undefined;
  private runningItem: number | PairTurn = 0;
  // A rule may lower one finding (an approximate number → info); a configured severity
  // replaces the rule's own afterwards (src/runner/filters.ts).
  private readonly report = (problem: Problem): void => {
    const { rule, order } = this.running!;
    this.found.push({ turn: [order, this.runningItem, this.seq++], diagnostic: toJson(this.document, rule, problem.severity ?? rule.meta.severity, problem) });
  };
  private readonly notice = (message: string): void => {
    const { rule, order } = this.running!;
    this.said.push({ turn: [order, this.runningItem, this.seq++], notice: { code: 'rule-budget', severity: 'info', ruleId: rule.meta.id, message: `${rule.meta.id}: ${message}` } });
  };
  private readonly passageContext: PassageContext;
  private readonly pairContext: PairContext;

  passage(info: PassageInfo, index: number): void {
    const view = { ...info };
    this.views.set(index, view);
    this.runningItem = index;
    for (const a of this.passageRules) {
      this.running = a;
      this.passageContext.options = a.options;
      this.passageContext.passage = view;
      (a.rule as PassageRule).check(this.passageContext);
    }
    this.check();
  }

  pair(pair: PairAlignment, en: number, zh: number, turn: PairTurn): void {
    const [enView, zhView] = [this.views.get(en), this.views.get(zh)];
    const seen = enView && zhView ? { ...pair, en: enView, zh: zhView } : pair;
    this.runningItem = turn;
    for (const a of this.pairRules) {
      this.running = a;
      this.pairContext.options = a.options;
      this.pairContext.pair = seen;
      (a.rule as PairRule).check(this.pairContext);
    }
    this.check();
  }

  release(index: number): void {
    this.views.delete(index);
  }

  /** The findings in the order of the report, and the notices rule by rule. */
  finish(notices: Notice[]): JsonDiagnostic[] {
    notices.push(...this.said.sort((a, b) => byTurn(a.turn, b.turn)).map((s) => s.notice));
    return this.found.sort((a, b) => findingOrder(a.diagnostic, b.diagnostic) || byTurn(a.turn, b.turn)).map((f) => f.diagnostic);
  }
}

/** Run every rule on an analysis made whole; work a rule says it skipped is added to `notices` (code `rule-budget`). */
export function runRules(analysis: Analysis, options: LintOptions = {}, check: BudgetCheck = () => {}, notices: Notice[] = []): JsonDiagnostic[] {
  const run = new RuleRun(analysis.document, options, check);
  walkAnalysis(analysis, run);
  return run.finish(notices);
}

export function lintFile(text: string, options: LintOptions = {}): FileReport {
  return lintText(text, options).file;
}

/** Lint a text and keep what the pipeline read from it, for a review of the text beside its findings. */
export function lintFileAnalyzed(text: string, options: LintOptions = {}): { file: FileReport; analysis: Analysis } {
  const keep = new KeepAnalysis();
  const { file, document } = lintText(text, options, keep);
  return { file, analysis: keep.analysis(document) };
}

/** Lint a text passage by passage; `keep`, when given, is shown the same walk. */
function lintText(text: string, options: LintOptions, keep?: AnalysisVisitor): { file: FileReport; document: SourceDocument } {
  const path = options.path ?? '<text>';
  const original = new SourceDocument(text, path);
  const directives = options.directives === false ? [] : parseDirectives(text, original);
  const check = budget(options.timeBudgetMs);
  const masked = maskDirectives(text, directives);
  const document = masked === text ? original : new SourceDocument(masked, path);
  const walk = (visit: AnalysisVisitor) => walkText(masked, keep ? both(visit, keep) : visit, check);
  return { file: fileReport(document, walk, options, directives, original, check), document };
}

export { analyzePair };

/** Lint an explicit English/Chinese pair of passages; offsets count in `en + "\n\n" + zh` (see `analyzePair`). */
export function lintPair(en: string, zh: string, options: LintOptions = {}): FileReport {
  const check = budget(options.timeBudgetMs);
  const analysis = analyzePair(en, zh, options.path ?? '<pair>');
  check();
  return fileReport(analysis.document, (visit) => walkAnalysis(analysis, visit), options, [], analysis.document, check);
}

/** Every passage and pair of a walk, kept: the analysis made whole. */
class KeepAnalysis implements AnalysisVisitor {
  private readonly passages: PassageInfo[] = [];
  private readonly pairs: { pair: PairAlignment; turn: PairTurn }[] = [];
  passage(info: PassageInfo, index: number): void {
    this.passages[index] = info;
  }
  pair(pair: PairAlignment, _en: number, _zh: number, turn: PairTurn): void {
    this.pairs.push({ pair, turn });
  }
  release(): void {}
  analysis(document: SourceDocument): Analysis {
    return { document, passages: this.passages, pairs: this.pairs.sort((a, b) => a.turn.index - b.turn.index).map((p) => p.pair) };
  }
}

/** One walk shown to two visitors, each step to the first, then to the second. */
function both(a: AnalysisVisitor, b: AnalysisVisitor): AnalysisVisitor {
  return {
    passage: (info, index) => (a.passage(info, index), b.passage(info, index)),
    pair: (pair, en, zh, turn) => (a.pair(pair, en, zh, turn), b.pair(pair, en, zh, turn)),
    release: (index) => (a.release(index), b.release(index)),
  };
}

/**
 * A file's report from a walk of its analysis: the passages and pairs as the report lists
 * them, and the rules' findings, while each passage's analysis goes once it is done.
 */
function fileReport(document: SourceDocument, walk: (visit: AnalysisVisitor) => void, options: LintOptions, directives: Directive[], original: SourceDocument, check: BudgetCheck): FileReport {
  const run = new RuleRun(document, options, check);
  const passages: FileReport['passages'] = [];
  const pairs: { pairing: FileReport['pairs'][number]; turn: PairTurn }[] = [];
  const list: AnalysisVisitor = {
    passage: ({ passage }, index) => {
      const start = document.positionAt(passage.offset);
      const end = document.positionAt(passage.offset + passage.length);
      passages[index] = { id: passage.id, lang: passage.lang, offset: passage.offset, length: passage.length, line: start.line, endLine: end.line };
    },
    pair: (p, _en, _zh, turn) => pairs.push({ pairing: { en: p.en.passage.id, zh: p.zh.passage.id, score: p.score }, turn }),
    release: () => {},
  };
  walk(both(list, run));
  const pairings = pairs.sort((a, b) => a.turn.index - b.turn.index).map((p) => p.pairing);
  const notices: Notice[] = [];
  const unpaired = unpairedNotice(passages, pairings);
  if (unpaired) notices.push(unpaired);
  const diagnostics = applyDirectives(run.finish(notices), directives, original, options.reportUnusedDisableDirectives);
  return {
    path: document.path,
    ...(notices.length > 0 ? { notices } : {}),
    passages,
    pairs: pairings,
    diagnostics,
  };
}

/** The report of a run: its files (whose lists may be packed, src/report/listed.ts), what could not be read, and the counts. */
export function buildReport<F extends ListedFileReport = FileReport>(files: F[], unreadable: Unreadable[] = []): Omit<Report, 'files'> & { files: F[] } {
  return { schemaVersion: 1, tool: { name: 'zhenlint', version: VERSION }, files, ...(unreadable.length > 0 ? { unreadable } : {}), summary: summarize(files) };
}

export { summarize };
