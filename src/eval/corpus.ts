import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPassage } from '../extract/index.js';
import { analyzePair, lintPair } from '../lint.js';
import type { JsonDiagnostic } from '../report/schema.js';
import { splitSentences } from '../segment/sentences.js';
import type { Lang, Passage } from '../types.js';

/** One published English/Chinese abstract pair: a line of a corpus `*.jsonl` file. */
export interface CorpusPair {
  id: string;
  file: string;
  en: string;
  zh: string;
}

export class CorpusError extends Error {}

/** Every pair of every `*.jsonl` file in `dir`, in file-name order. */
export function readCorpus(dir: string): CorpusPair[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort();
  } catch {
    throw new CorpusError(`cannot read corpus folder ${dir}`);
  }
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
      pairs.push({ id: typeof id === 'string' ? id : `${name}:${i + 1}`, file: name, en, zh });
    });
  }
  return pairs;
}

export interface PairResult {
  pair: CorpusPair;
  diagnostics: JsonDiagnostic[];
}

export interface EvalSummary {
  pairs: number;
  /** Pairs with a diagnostic of any severity. */
  noisy: number;
  /** Pairs with a diagnostic at error or warning level. */
  loud: number;
  byRule: Record<string, number>;
  results: PairResult[];
}

export function evaluate(pairs: CorpusPair[]): EvalSummary {
  const results = pairs.map((pair) => ({ pair, diagnostics: lintPair(pair.en, pair.zh, { path: pair.id }).diagnostics }));
  const byRule: Record<string, number> = {};
  for (const r of results) for (const d of r.diagnostics) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  return {
    pairs: pairs.length,
    noisy: results.filter((r) => r.diagnostics.length > 0).length,
    loud: results.filter((r) => r.diagnostics.some((d) => d.severity !== 'info')).length,
    byRule,
    results,
  };
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
export function extractionSpeed(pairs: CorpusPair[], minMs = 1000): { bytes: number; mbPerSecond: number; claims: number } {
  const passages = pairs.flatMap((p) => [passageOf('en', p.en), passageOf('zh', p.zh)]);
  const bytes = passages.reduce((n, p) => n + Buffer.byteLength(p.text, 'utf8'), 0);
  let claims = 0;
  for (const p of passages) claims += extractPassage(p, p.text).claims.length;
  let best = Infinity;
  const start = performance.now();
  do {
    const t = performance.now();
    for (const p of passages) extractPassage(p, p.text);
    best = Math.min(best, performance.now() - t);
  } while (performance.now() - start < minMs);
  return { bytes, mbPerSecond: bytes / 1e6 / (best / 1000), claims };
}

export interface MutationResult {
  tried: number;
  caught: number;
  /** `id: 3个周期 → 4个周期` for every change nothing reported. */
  missed: string[];
}

/**
 * How often a changed number is caught: in each claim of one version written in
 * digits, the last digit is changed (9 becomes 8, any other digit grows by one) and
 * the pair is linted again; the change counts as caught when an error or warning,
 * or the other-language place it points to, covers it.
 */
export function mutationRecall(pairs: CorpusPair[], side: Lang = 'zh'): MutationResult {
  const out: MutationResult = { tried: 0, caught: 0, missed: [] };
  for (const pair of pairs) {
    const analysis = analyzePair(pair.en, pair.zh);
    const base = side === 'en' ? 0 : analysis.zhOffset;
    for (const claim of analysis.pairs[0]![side].claims) {
      if (claim.form !== 'digits') continue;
      const start = claim.offset - base;
      const last = /\d(?=\D*$)/.exec(claim.text);
      if (!last) continue;
      const digit = claim.text[last.index]!;
      const changed = `${claim.text.slice(0, last.index)}${digit === '9' ? '8' : String(Number(digit) + 1)}${claim.text.slice(last.index + 1)}`;
      const text = pair[side];
      const mutated = text.slice(0, start) + changed + text.slice(start + claim.length);
      out.tried++;
      const covers = (s: { offset: number; length: number }) => s.offset < claim.offset + claim.length && s.offset + s.length > claim.offset;
      const report = side === 'en' ? lintPair(mutated, pair.zh) : lintPair(pair.en, mutated);
      const hit = report.diagnostics.some((d) => d.severity !== 'info' && (covers(d) || d.related.some(covers)));
      if (hit) out.caught++;
      else out.missed.push(`${pair.id}: ${claim.text} → ${changed}`);
    }
  }
  return out;
}
