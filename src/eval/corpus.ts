import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractPassage } from '../extract/index.js';
import { lintPair } from '../lint.js';
import type { JsonDiagnostic } from '../report/schema.js';
import { splitSentences } from '../segment/sentences.js';
import type { Lang, Passage } from '../types.js';
import { CORPUS_LABELS, findingKey, KNOWN_DISCREPANCIES, knownDiscrepancy } from './known.js';
import { applyMutation, CATEGORIES, flagsBeforeEdit, isCaught, missCause, mutationsOf, type Category, type MissCause, type Mutation } from './mutations.js';

/** One published English/Chinese abstract pair: a line of a corpus `*.jsonl` file. */
export interface CorpusPair {
  id: string;
  /** The file, relative to the folder read: `nejm-pairs.jsonl`, `medline/wmt-medline-en2zh.jsonl`. */
  file: string;
  /** The corpus it belongs to: the file's label in `CORPUS_LABELS`, else its name without `.jsonl`. */
  corpus: string;
  en: string;
  zh: string;
}

export class CorpusError extends Error {}

/** `*.jsonl` files of `dir` and of its subfolders one level down, in path order. */
function corpusFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    throw new CorpusError(`cannot read corpus folder ${dir}`);
  }
  const files: string[] = [];
  for (const e of entries) {
    if (e.isFile() && e.name.endsWith('.jsonl')) files.push(e.name);
    else if (e.isDirectory()) {
      for (const name of readdirSync(join(dir, e.name))) if (name.endsWith('.jsonl')) files.push(`${e.name}/${name}`);
    }
  }
  return files.sort();
}

function corpusName(file: string): string {
  const stem = basename(file, '.jsonl');
  return CORPUS_LABELS[stem] ?? stem;
}

/** Every pair of every `*.jsonl` file in `dir` and its subfolders, in file-path order. */
export function readCorpus(dir: string): CorpusPair[] {
  const names = corpusFiles(dir);
  if (names.length === 0) throw new CorpusError(`no *.jsonl files in ${dir}`);
  const pairs: CorpusPair[] = [];
  for (const name of names) {
    const lines = readFileSync(join(dir, name), 'utf8').split(/\r?\n/);
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        throw new CorpusError(`${name}:${i + 1}: not a JSON object`);
      }
      const { id, en, zh } = (row ?? {}) as Record<string, unknown>;
      if (typeof en !== 'string' || typeof zh !== 'string') throw new CorpusError(`${name}:${i + 1}: needs string fields "en" and "zh"`);
      pairs.push({ id: typeof id === 'string' ? id : `${name}:${i + 1}`, file: name, corpus: corpusName(name), en, zh });
    });
  }
  return pairs;
}

export interface PairResult {
  pair: CorpusPair;
  diagnostics: JsonDiagnostic[];
}

export function lintCorpus(pairs: CorpusPair[]): PairResult[] {
  return pairs.map((pair) => ({ pair, diagnostics: lintPair(pair.en, pair.zh, { path: pair.id }).diagnostics }));
}

const loud = (r: PairResult) => r.diagnostics.some((d) => d.severity !== 'info');

export interface Silence {
  /** Pairs without a known true discrepancy. */
  clean: number;
  /** Of those, pairs without an error or warning. */
  silent: number;
}

export function silence(results: PairResult[]): Silence {
  const clean = results.filter((r) => !knownDiscrepancy(r.pair.id));
  return { clean: clean.length, silent: clean.filter((r) => !loud(r)).length };
}

export interface KnownCheck {
  pair: string;
  reason: string;
  /** The pair was read at all: a known discrepancy of a corpus not read is not checked. */
  present: boolean;
  reported: string[];
  missing: string[];
}

/** Whether each known true discrepancy of the pairs read is still reported, finding by finding. */
export function checkKnown(results: PairResult[]): KnownCheck[] {
  return KNOWN_DISCREPANCIES.map((k) => {
    const r = results.find((x) => x.pair.id === k.pair);
    const found = new Set((r?.diagnostics ?? []).filter((d) => d.severity !== 'info').map(findingKey));
    return {
      pair: k.pair,
      reason: k.reason,
      present: r !== undefined,
      reported: k.findings.filter((f) => found.has(f)),
      missing: r ? k.findings.filter((f) => !found.has(f)) : [],
    };
  });
}

/** Errors and warnings on a pair that no known true discrepancy explains: false alarms. */
export function falseAlarms(results: PairResult[]): { pair: string; finding: string; diagnostic: JsonDiagnostic }[] {
  const out: { pair: string; finding: string; diagnostic: JsonDiagnostic }[] = [];
  for (const r of results) {
    const expected = new Set(knownDiscrepancy(r.pair.id)?.findings ?? []);
    for (const d of r.diagnostics) {
      if (d.severity === 'info' || expected.has(findingKey(d))) continue;
      out.push({ pair: r.pair.id, finding: findingKey(d), diagnostic: d });
    }
  }
  return out;
}

export function byRule(results: PairResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) for (const d of r.diagnostics) out[d.ruleId] = (out[d.ruleId] ?? 0) + 1;
  return out;
}

function passageOf(lang: Lang, text: string): Passage {
  const sentences = splitSentences(text, lang, 0);
  sentences.forEach((s, i) => (s.index = i));
  return { id: 'p', lang, offset: 0, length: text.length, text, sentences };
}

/**
 * Extraction throughput in MB/s (UTF-8 bytes of both versions): sentence splitting
 * is done beforehand, so this times reading numbers only. The fastest of the rounds
 * run in `minMs` is kept, as other work on the machine only ever slows a round down.
 */
export function extractionSpeed(pairs: CorpusPair[], minMs = 1000, now: () => number = () => performance.now()): { bytes: number; mbPerSecond: number; claims: number; rounds: number } {
  const passages = pairs.flatMap((p) => [passageOf('en', p.en), passageOf('zh', p.zh)]);
  const bytes = passages.reduce((n, p) => n + Buffer.byteLength(p.text, 'utf8'), 0);
  let claims = 0;
  for (const p of passages) claims += extractPassage(p, p.text).claims.length;
  let best = Infinity;
  let rounds = 0;
  const start = now();
  do {
    const t = now();
    for (const p of passages) extractPassage(p, p.text);
    best = Math.min(best, now() - t);
    rounds++;
  } while (now() - start < minMs);
  return { bytes, mbPerSecond: bytes / 1e6 / (best / 1000), claims, rounds };
}

export interface Tally {
  tried: number;
  caught: number;
}

export type CategoryRecall = Record<Category, Record<Lang, Tally>>;

export interface MissedMutation extends Mutation {
  /** A few characters either side of the edit, in the unedited text. */
  context: string;
  cause: MissCause;
}

export interface RecallResult {
  recall: CategoryRecall;
  /** Edits generated before sampling, and edits tried. */
  generated: number;
  tried: number;
  missed: MissedMutation[];
}

/** Past this many edits in one corpus, every k-th is tried (k fixed by the count), so a run stays short. */
export const MAX_MUTATIONS = 4000;

function emptyRecall(): CategoryRecall {
  return Object.fromEntries(CATEGORIES.map((c) => [c, { en: { tried: 0, caught: 0 }, zh: { tried: 0, caught: 0 } }])) as CategoryRecall;
}

/**
 * Each edit of `mutationsOf` is made alone and the pair linted again; the edit counts
 * as caught in each of its categories when an error or warning of a rule that did not
 * flag the place before covers it or its counterpart (`isCaught`); a missed edit names
 * its cause (`missCause`). `results` are the unedited pairs' reports, as `lintCorpus`
 * gives them.
 */
export function mutationRecall(results: PairResult[], max = MAX_MUTATIONS): RecallResult {
  // An edit where a known true discrepancy is reported changes what is already wrong: it is not tried.
  const all = results.flatMap((r) => {
    const known = new Set(knownDiscrepancy(r.pair.id)?.findings ?? []);
    const truths = r.diagnostics.filter((d) => d.severity !== 'info' && known.has(findingKey(d)));
    return mutationsOf(r.pair)
      .filter((m) => truths.length === 0 || !flagsBeforeEdit(r.pair, m, truths))
      .map((m) => ({ m, r }));
  });
  const step = Math.max(1, Math.ceil(all.length / max));
  const chosen = all.filter((_, i) => i % step === 0);
  const recall = emptyRecall();
  const missed: MissedMutation[] = [];
  for (const { m, r } of chosen) {
    const edited = applyMutation(r.pair, m);
    const report = lintPair(edited.en, edited.zh, { path: r.pair.id }).diagnostics;
    const caught = isCaught(r.pair, m, r.diagnostics, report);
    for (const c of m.categories) {
      recall[c][m.side].tried++;
      if (caught) recall[c][m.side].caught++;
    }
    if (!caught) {
      const text = r.pair[m.side];
      const context = `${text.slice(Math.max(0, m.start - 12), m.start)}⟦${m.before}⟧${text.slice(m.end, m.end + 12)}`.replace(/\s+/g, ' ');
      missed.push({ ...m, context, cause: missCause(r.pair, m, r.diagnostics) });
    }
  }
  return { recall, generated: all.length, tried: chosen.length, missed };
}
