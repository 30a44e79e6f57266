import { createRequire } from 'node:module';
import type { Lang, Sentence } from '../types.js';

interface Tokenizer {
  tokenize(text: string): string[];
}

/** Abbreviations after which natural would otherwise end a sentence. */
const ABBREVIATIONS = [
  'et al.', 'vs.', 'Fig.', 'Figs.', 'e.g.', 'i.e.', 'approx.', 'no.', 'No.', 'Dr.', 'Prof.', 'cf.', 'etc.', 'ca.',
  'Ref.', 'Eq.', 'Tab.', 'Suppl.', 'Vol.', 'pp.', 'St.', 'Jr.', 'Inc.', 'Ltd.', 'Co.',
];
/**
 * natural's tokenizer rescans its placeholder maps once per sentence, which is
 * quadratic in the block length; past this size a plain splitter takes over.
 */
const NATURAL_MAX_CHARS = 20_000;
/**
 * natural also rescans once per placeholder (every sentence mark and every number),
 * so a block dense with them (`1.1.1.…`, `a.a.a.…`) is as costly as a long one.
 * Abstracts have well under this many.
 */
const NATURAL_MAX_MARKS = 400;

/** Sentence marks and digit runs: how many placeholders natural would make. */
function markCount(text: string): number {
  let n = 0;
  let inDigits = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if ((digit && !inDigits) || c === 46 || c === 63 || c === 33 || c === 0x2026) n++;
    inDigits = digit;
  }
  return n;
}

let tokenizer: Tokenizer | undefined;
function englishTokenizer(): Tokenizer {
  if (!tokenizer) {
    // Only the sentence tokenizer: `import 'natural'` loads every module (about 1 s).
    const require = createRequire(import.meta.url);
    const SentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer.js') as new (
      abbreviations: string[],
    ) => Tokenizer;
    tokenizer = new SentenceTokenizer(ABBREVIATIONS);
  }
  return tokenizer;
}

const ZH_END = /[。！？；!?;]+[”’」』)）]*/g;
// From the first mark of a run only: `!!!!…` would otherwise be rescanned from every mark.
const EN_FALLBACK_END = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+[A-Z("“])/g;

function splitByPattern(text: string, re: RegExp): string[] {
  const parts: string[] = [];
  let start = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Map sentence strings back to exact spans of the source (they are ordered substrings of it). */
function locate(text: string, base: number, pieces: string[]): Sentence[] {
  const out: Sentence[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const at = text.indexOf(trimmed, cursor);
    if (at < 0) continue;
    out.push({ index: 0, offset: base + at, length: trimmed.length, text: trimmed });
    cursor = at + trimmed.length;
  }
  return out;
}

export function splitSentences(text: string, lang: Lang, base: number): Sentence[] {
  let pieces: string[];
  if (lang === 'zh') pieces = splitByPattern(text, ZH_END);
  else if (text.length > NATURAL_MAX_CHARS || markCount(text) > NATURAL_MAX_MARKS) pieces = splitByPattern(text, EN_FALLBACK_END);
  else pieces = englishTokenizer().tokenize(text);
  return locate(text, base, pieces);
}
