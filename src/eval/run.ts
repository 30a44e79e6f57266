import type { JsonDiagnostic } from '../report/schema.js';
import type { Lang } from '../types.js';
import {
  byRule,
  checkKnown,
  falseAlarms,
  lintCorpus,
  MAX_MUTATIONS,
  mutationRecall,
  silence,
  type CorpusPair,
  type KnownCheck,
  type PairResult,
  type RecallResult,
  type Silence,
} from './corpus.js';
import { CORPUS_LABELS, DEVELOPMENT_CORPORA, findingKey, SILENCE_TARGET } from './known.js';
import { CATEGORIES, CATEGORY_LABELS, MISS_CAUSES, type Category, type MissCause } from './mutations.js';

export interface CorpusReport {
  corpus: string;
  files: string[];
  pairs: number;
  /** Pairs with an error or warning. */
  loud: number;
  silence: Silence;
  byRule: Record<string, number>;
  known: KnownCheck[];
  falseAlarms: { pair: string; finding: string }[];
  recall?: RecallResult;
  results: PairResult[];
}

export interface EvalReport {
  corpora: CorpusReport[];
  /** The development target: the corpora of `DEVELOPMENT_CORPORA` that were read. */
  development: { corpora: string[]; silence: Silence; falseAlarms: { pair: string; finding: string }[] };
  /** Every known true discrepancy of the pairs read is still reported in full. */
  knownReported: boolean;
  known: KnownCheck[];
}

export interface EvalOptions {
  /** Try the edits of `mutationRecall` (default true). */
  mutations?: boolean;
  /** Most edits tried per corpus (default `MAX_MUTATIONS`). */
  maxMutations?: number;
  /** Only these corpora (by name). */
  only?: string[];
}

function groupByCorpus(pairs: CorpusPair[]): Map<string, CorpusPair[]> {
  const out = new Map<string, CorpusPair[]>();
  for (const p of pairs) {
    const list = out.get(p.corpus);
    if (list) list.push(p);
    else out.set(p.corpus, [p]);
  }
  // The labelled corpora first, in the order of CORPUS_LABELS; any other in path order.
  const order = Object.values(CORPUS_LABELS);
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return new Map([...out].sort((a, b) => rank(a[0]) - rank(b[0])));
}

export function runEval(pairs: CorpusPair[], options: EvalOptions = {}): EvalReport {
  const corpora: CorpusReport[] = [];
  for (const [corpus, list] of groupByCorpus(pairs)) {
    if (options.only && !options.only.includes(corpus)) continue;
    const results = lintCorpus(list);
    corpora.push({
      corpus,
      files: [...new Set(list.map((p) => p.file))],
      pairs: list.length,
      loud: results.filter((r) => r.diagnostics.some((d) => d.severity !== 'info')).length,
      silence: silence(results),
      byRule: byRule(results),
      known: checkKnown(results).filter((k) => k.present),
      falseAlarms: falseAlarms(results).map(({ pair, finding }) => ({ pair, finding })),
      ...(options.mutations === false ? {} : { recall: mutationRecall(results, options.maxMutations ?? MAX_MUTATIONS) }),
      results,
    });
  }
  const dev = corpora.filter((c) => DEVELOPMENT_CORPORA.includes(c.corpus));
  const known = corpora.flatMap((c) => c.known);
  return {
    corpora,
    development: {
      corpora: dev.map((c) => c.corpus),
      silence: {
        clean: dev.reduce((n, c) => n + c.silence.clean, 0),
        silent: dev.reduce((n, c) => n + c.silence.silent, 0),
      },
      falseAlarms: dev.flatMap((c) => c.falseAlarms),
    },
    knownReported: known.every((k) => k.missing.length === 0),
    known,
  };
}

/** How many missed edits of each category each cause explains. */
export function causesByCategory(r: RecallResult): Record<Category, Partial<Record<MissCause, number>>> {
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, {}])) as Record<Category, Partial<Record<MissCause, number>>>;
  for (const m of r.missed) for (const c of m.categories) out[c][m.cause] = (out[c][m.cause] ?? 0) + 1;
  return out;
}

/** `caught/tried (pct)`, or `n/a` when nothing of the kind was there to edit. */
export function formatTally(t: { tried: number; caught: number }): string {
  return t.tried === 0 ? 'n/a' : `${t.caught}/${t.tried} (${((100 * t.caught) / t.tried).toFixed(1)}%)`;
}

function both(r: RecallResult, c: Category): { tried: number; caught: number } {
  const { en, zh } = r.recall[c];
  return { tried: en.tried + zh.tried, caught: en.caught + zh.caught };
}

const pct = (s: Silence) => (s.clean === 0 ? 'n/a' : `${s.silent}/${s.clean} (${((100 * s.silent) / s.clean).toFixed(1)}%)`);

function describeFinding(pair: string, d: JsonDiagnostic): string {
  const extra = [d.actual && `actual ${d.actual}`, d.expected && `expected ${d.expected}`].filter(Boolean).join(', ');
  return `${pair} ${d.severity} ${d.ruleId} [${d.lang}] ${d.text}${extra ? ` (${extra})` : ''}: ${d.message}`;
}

export function formatEval(report: EvalReport, verbose = false): string {
  const out: string[] = [];
  for (const c of report.corpora) {
    out.push(`corpus ${c.corpus} (${c.files.join(', ')}): ${c.pairs} pairs, ${c.loud} with an error or warning`);
    out.push(`  silent on pairs without a known true discrepancy: ${pct(c.silence)}`);
    const rules = Object.entries(c.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    out.push(`  diagnostics by rule: ${rules.length ? rules.map(([r, n]) => `${r} ${n}`).join(', ') : '(none)'}`);
    for (const k of c.known) out.push(`  known true discrepancy ${k.pair}: ${k.missing.length === 0 ? 'reported' : `NOT reported: ${k.missing.join('; ')}`}`);
    if (c.recall) {
      const r = c.recall;
      out.push(`  mutation recall (${r.tried === r.generated ? `${r.tried} edits` : `${r.tried} of ${r.generated} edits, every ${Math.ceil(r.generated / r.tried)}th`}):`);
      out.push(`    ${'category'.padEnd(32)}${'English edited'.padEnd(20)}${'Chinese edited'.padEnd(20)}both`);
      for (const cat of CATEGORIES) {
        const row = [r.recall[cat].en, r.recall[cat].zh, both(r, cat)].map(formatTally);
        out.push(`    ${CATEGORY_LABELS[cat].padEnd(32)}${row[0]!.padEnd(20)}${row[1]!.padEnd(20)}${row[2]}`);
      }
    }
  }
  const d = report.development;
  if (d.corpora.length > 0) {
    out.push(`development target ${d.corpora.join(' + ')}: silent on ${pct(d.silence)} of the pairs without a known true discrepancy (target ${100 * SILENCE_TARGET}%)`);
  }
  out.push(`every known true discrepancy still reported: ${report.known.length === 0 ? 'n/a (none in the pairs read)' : report.knownReported ? 'yes' : 'no'}`);
  for (const k of report.known) {
    out.push(`  ${k.pair}: ${k.missing.length === 0 ? 'reported' : 'MISSING'} — ${k.reason}`);
    for (const f of k.reported) out.push(`    reported: ${f}`);
    for (const f of k.missing) out.push(`    missing:  ${f}`);
  }
  if (verbose) {
    if (report.corpora.some((c) => c.recall && c.recall.missed.length > 0)) {
      out.push('causes of missed edits (the first that applies):');
      for (const [k, v] of Object.entries(MISS_CAUSES)) out.push(`  ${k}: ${v}`);
    }
    for (const c of report.corpora) {
      if (c.recall && c.recall.missed.length > 0) {
        out.push(`missed edits in ${c.corpus} by cause:`);
        const causes = causesByCategory(c.recall);
        for (const cat of CATEGORIES) {
          const list = Object.entries(causes[cat]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
          if (list.length > 0) out.push(`  ${CATEGORY_LABELS[cat]}: ${list.map(([k, n]) => `${k} ${n}`).join(', ')}`);
        }
      }
      for (const m of c.recall?.missed ?? []) {
        out.push(`missed ${m.pair} ${m.side} [${m.categories.join(',')}] ${m.before} → ${m.after || '∅'} (${m.cause})  «${m.context}»`);
      }
      for (const r of c.results) for (const diag of r.diagnostics) out.push(describeFinding(r.pair.id, diag));
    }
  }
  return `${out.join('\n')}\n`;
}

/** The machine-readable results: figures, known discrepancies, false alarms and missed edits, no pair text. */
export function evalJson(report: EvalReport): unknown {
  const recallOf = (r: RecallResult) =>
    Object.fromEntries(CATEGORIES.map((cat) => [cat, { en: r.recall[cat].en, zh: r.recall[cat].zh, both: both(r, cat) }]));
  return {
    corpora: report.corpora.map((c) => ({
      corpus: c.corpus,
      files: c.files,
      pairs: c.pairs,
      loud: c.loud,
      silence: c.silence,
      byRule: c.byRule,
      known: c.known,
      falseAlarms: c.falseAlarms,
      findings: c.results.flatMap((r) => r.diagnostics.map((d) => ({ pair: r.pair.id, finding: findingKey(d), message: d.message }))),
      ...(c.recall
        ? {
            mutations: { generated: c.recall.generated, tried: c.recall.tried },
            recall: recallOf(c.recall),
            missedByCause: causesByCategory(c.recall),
            missed: c.recall.missed.map((m) => ({ pair: m.pair, side: m.side as Lang, categories: m.categories, before: m.before, after: m.after, cause: m.cause })),
          }
        : {}),
    })),
    development: report.development,
    knownReported: report.knownReported,
    known: report.known,
  };
}
