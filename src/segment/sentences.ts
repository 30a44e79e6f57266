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
const EN_FALLBACK_END = /[.!?]+["'”’)\]]*(?=\s+[A-Z("“])/g;

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

/**
 * natural also ends a sentence at the point of `p = .036`; an English sentence end is
 * always followed by white space, so pieces that touch are one sentence.
 */
function joinTouching(sentences: Sentence[], base: number, text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.offset + prev.length === s.offset) {
      prev.length += s.length;
      prev.text = text.slice(prev.offset - base, prev.offset - base + prev.length);
    } else out.push(s);
  }
  return out;
}

export function splitSentences(text: string, lang: Lang, base: number): Sentence[] {
  if (lang === 'zh') return locate(text, base, splitByPattern(text, ZH_END));
  const pieces = text.length > NATURAL_MAX_CHARS ? splitByPattern(text, EN_FALLBACK_END) : englishTokenizer().tokenize(text);
  return joinTouching(locate(text, base, pieces), base, text);
}
