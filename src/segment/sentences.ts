import { createRequire } from 'node:module';
import type { Lang, Sentence } from '../types.js';
import * as EN from '../lang/en.js';

interface Tokenizer {
  tokenize(text: string): string[];
}

/** natural's tokenizer, also giving where its sentences stand in the text. */
interface SpanTokenizer extends Tokenizer {
  /**
   * Where each sentence `tokenize` gives stands in `text`, trimmed, as `[start, end]` pairs
   * one after the other (what `locate` finds for them); undefined where the text or a
   * replacement holds a brace, and a placeholder could be mistaken for text.
   */
  sentenceSpans(text: string): number[] | undefined;
}

/** Abbreviations after which natural would otherwise end a sentence. */
const ABBREVIATIONS = EN.ABBREVIATIONS;
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

const SENTENCE_MARKS = ['.', '?', '!', '\u2026'];
const DIGIT_RUN = /[0-9]+/g;

/**
 * Sentence marks and digit runs: how many placeholders natural would make. Counted by the
 * engine's searches (each mark, then each run by `test`), a third of a walk over the characters.
 */
export function markCount(text: string): number {
  let n = 0;
  for (const mark of SENTENCE_MARKS) for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) n++;
  DIGIT_RUN.lastIndex = 0;
  while (DIGIT_RUN.test(text)) n++;
  return n;
}

/** natural's own placeholders, written `{{KIND_n}}`. */
const PLACEHOLDER = /\{\{(?:NUMBER|URI|ABBREV)_\d+\}\}/g;
const DELIMITER = /\{\{DELIM_\d+\}\}/g;
const SPLIT_ON_DELIMITER = /(\{\{DELIM_\d+\}\})/;
const WWW = /www\./i;
const DIGIT = /\d/;
/** Every placeholder the steps before splitting write, and which kind. */
const ANY_PLACEHOLDER = /\{\{(NUMBER|URI|ABBREV|DELIM)_\d+\}\}/g;
const BRACE = /[{}]/;

/** An abbreviation, read for the scan that finds them: where its first full stop is, lower-cased. */
interface Abbreviation {
  text: string;
  lower: string;
  firstStop: number;
}

/** The abbreviations in their order, by how far in their first full stop is. */
interface Abbreviations {
  /** By how far in the first full stop is, then by the first character, lower-cased (see caseless). */
  byStop: Map<number, Abbreviation[]>[];
}

/**
 * The abbreviations, read for the scan. Each must hold a full stop, where the scan looks
 * for it, and only ASCII, so that a case-blind match is a comparison of ASCII letters.
 */
function scannable(abbreviations: readonly string[]): Abbreviations {
  const unfit = abbreviations.find((a) => !a.includes('.') || !/^[\x20-\x7e]+$/.test(a));
  if (unfit !== undefined) throw new Error(`the abbreviation ${JSON.stringify(unfit)} has no full stop or a character beyond ASCII`);
  const byStop: Map<number, Abbreviation[]>[] = [];
  for (const a of abbreviations) {
    const firstStop = a.indexOf('.');
    while (byStop.length <= firstStop) byStop.push(new Map());
    const first = caseless(a.charCodeAt(0));
    const list = byStop[firstStop]!.get(first) ?? byStop[firstStop]!.set(first, []).get(first)!;
    list.push({ text: a, lower: a.toLowerCase(), firstStop });
  }
  return { byStop };
}

/** An ASCII letter lower-cased, any other character as it is: what a case-blind match compares. */
function caseless(c: number): number {
  return (c >= 65 && c <= 90) ? c | 32 : c;
}

/** Whether `a` stands at `at` in `text`, ASCII letters compared without case (as the pattern's `i` flag does). */
function abbreviationAt(text: string, at: number, a: Abbreviation): boolean {
  const { lower } = a;
  if (at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const want = lower.charCodeAt(k);
    const have = text.charCodeAt(at + k);
    // `have | 32` is a lower-case letter only for an ASCII letter, so no other character passes.
    if (have !== want && !(want >= 97 && want <= 122 && (have | 32) === want)) return false;
  }
  return true;
}

/**
 * The first abbreviation at or after `from` whose first full stop is the text's at `stop`
 * (the first after `from`): of those at the leftmost place, the first in their order.
 */
function abbreviationBefore(text: string, from: number, stop: number, abbreviations: Abbreviations): { at: number; abbreviation: Abbreviation } | undefined {
  const { byStop } = abbreviations;
  for (let at = Math.max(from, stop - byStop.length + 1); at <= stop; at++) {
    const candidates = byStop[stop - at]!.get(caseless(text.charCodeAt(at)));
    if (candidates) for (const a of candidates) if (abbreviationAt(text, at, a)) return { at, abbreviation: a };
  }
  return undefined;
}

/** natural's number pattern (replaceNumbersWithCode): a number it reads is a placeholder, and its full stop no sentence end. */
const NATURAL_NUMBER = /\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b/g;
/** The characters of natural's sentence end (replaceDelimitersWithPlaceholders): `([.?!… ]*)([.?!…])(["'”’)}\]]?)`. */
const isEndMark = (c: number) => c === 46 || c === 63 || c === 33 || c === 0x2026;
const isEndRun = (c: number) => isEndMark(c) || c === 32;
const END_MARK = /[.?!\u2026]/g;
const isEndCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 125 || c === 93;

/**
 * Where natural ends a sentence in `text` (after its abbreviations and addresses are
 * replaced): after each match of its end pattern in the text with its numbers replaced by
 * placeholders. From where it starts, the pattern takes the run of marks and spaces there
 * up to its last mark, and a quote or bracket after it; read here in one pass, where the
 * pattern itself backtracks through a run of spaces from each of its places. A number's
 * characters are none of the pattern's, and its full stop, which natural's placeholder
 * hides, is read as none either.
 */
function naturalEnds(text: string): number[] {
  const stops = new Set<number>();
  if (DIGIT.test(text)) {
    NATURAL_NUMBER.lastIndex = 0;
    for (let m = NATURAL_NUMBER.exec(text); m; m = NATURAL_NUMBER.exec(text)) {
      const stop = m[0].indexOf('.');
      if (stop >= 0) stops.add(m.index + stop);
    }
  }
  const inRun = (i: number) => isEndRun(text.charCodeAt(i)) && !stops.has(i);
  const ends: number[] = [];
  // From each mark the search finds (its match starts at the spaces before it, which no end needs).
  END_MARK.lastIndex = 0;
  for (let m = END_MARK.exec(text); m; m = END_MARK.exec(text)) {
    if (stops.has(m.index)) continue;
    let lastMark = m.index;
    for (let run = lastMark + 1; run < text.length && inRun(run); run++) if (isEndMark(text.charCodeAt(run))) lastMark = run;
    let end = lastMark + 1;
    if (end < text.length && isEndCloser(text.charCodeAt(end))) end++;
    ends.push(end);
    END_MARK.lastIndex = end;
  }
  return ends;
}

/** `[start, end]` of `text` as trim() would leave it, unless nothing is left. */
function pushTrimmed(spans: number[], text: string, start: number, end: number): void {
  let a = start;
  let b = end;
  while (a < b && isTrimmed(text.charCodeAt(a))) a++;
  while (b > a && isTrimmed(text.charCodeAt(b - 1))) b--;
  if (a < b) spans.push(a, b);
}

/** The white space trim() removes, by UTF-16 unit. */
function isTrimmed(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

interface NaturalInternals {
  abbreviations: string[];
  replaceUrisWithPlaceholders(text: string): string;
  replaceNumbersWithCode(text: string): string;
  replaceDelimitersWithPlaceholders(text: string): string;
  replacementMap: Map<string, string>;
  delimiterMap: Map<string, string>;
  replacementCounter: number;
}

/**
 * natural's sentence tokenizer puts its placeholders back by compiling one regular
 * expression per placeholder for every sentence, and builds its abbreviation and
 * delimiter patterns on every call; that was a tenth of a batch run. These overrides
 * do the same replacements in one pass each, abbreviations found by a scan from the
 * full stops (see replaceScanned).
 */
function withOnePassReplacements(Base: new (abbreviations: string[]) => Tokenizer): new (abbreviations: string[]) => SpanTokenizer {
  class OnePass extends (Base as unknown as new (abbreviations: string[]) => Tokenizer & NaturalInternals) {
    private scanned: Abbreviations | undefined;
    replaceAbbreviations(text: string): string {
      if (this.abbreviations.length === 0) return text;
      return this.replaceScanned(text, (this.scanned ??= scannable(this.abbreviations)));
    }
    /**
     * What the case-blind pattern of every abbreviation replaces, found from the full stops:
     * an abbreviation that starts at `q` has its first stop at the first stop of the text from
     * `q`, so only the few places before each stop are tried, each with the abbreviations
     * whose first stop lies that far in, in the pattern's order. The pattern tried every
     * place of the text (a tenth of splitting).
     */
    private replaceScanned(text: string, abbreviations: Abbreviations): string {
      let out = '';
      let copied = 0;
      let from = 0;
      for (let stop = text.indexOf('.'); stop >= 0; stop = text.indexOf('.', from)) {
        const found = abbreviationBefore(text, from, stop, abbreviations);
        if (!found) {
          from = stop + 1;
          continue;
        }
        const match = text.slice(found.at, found.at + found.abbreviation.text.length);
        const code = `{{ABBREV_${this.replacementCounter++}}}`;
        this.replacementMap.set(code, match);
        out += text.slice(copied, found.at) + code;
        copied = from = found.at + match.length;
      }
      return copied === 0 ? text : out + text.slice(copied);
    }
    /**
     * What tokenize() gives, as places in `text`: abbreviations and addresses replaced as it
     * does, then its sentence ends found and measured through those placeholders rather
     * than replaced, put back and searched for (see naturalEnds).
     */
    sentenceSpans(text: string): number[] | undefined {
      if (BRACE.test(text)) return undefined;
      this.replacementCounter = 0;
      this.replacementMap = new Map();
      this.delimiterMap = new Map();
      const replaced = this.replaceUrisWithPlaceholders(this.replaceAbbreviations(text));
      for (const value of this.replacementMap.values()) if (value.includes('{')) return undefined;
      const ends = naturalEnds(replaced);
      const spans: number[] = [];
      let start = 0;
      const close = (end: number) => {
        pushTrimmed(spans, text, start, end);
        start = end;
      };
      // Each end moved by what the placeholders before it replaced.
      let shift = 0;
      let k = 0;
      if (this.replacementMap.size > 0) {
        ANY_PLACEHOLDER.lastIndex = 0;
        for (let m = ANY_PLACEHOLDER.exec(replaced); m; m = ANY_PLACEHOLDER.exec(replaced)) {
          for (; k < ends.length && ends[k]! <= m.index; k++) close(ends[k]! + shift);
          const value = this.replacementMap.get(m[0]);
          if (value === undefined) return undefined;
          shift += value.length - m[0].length;
        }
      }
      for (; k < ends.length; k++) close(ends[k]! + shift);
      close(text.length);
      return spans;
    }
    splitOnPlaceholders(text: string): string[] {
      if (this.delimiterMap.size === 0) return [text];
      const parts = text.split(SPLIT_ON_DELIMITER);
      const sentences: string[] = [];
      let pending = '';
      for (let i = 0; i < parts.length; i += 2) {
        const delimiter = parts[i + 1] ?? '';
        // A placeholder-like string the text itself contains is text, not a sentence end.
        if (delimiter && !this.delimiterMap.has(delimiter)) pending += parts[i]! + delimiter;
        else {
          sentences.push(pending + parts[i]! + delimiter);
          pending = '';
        }
      }
      if (pending) sentences.push(pending);
      return sentences;
    }
    // Every address natural looks for holds `@`, `://` or `www.`, and every number a digit; most text has neither.
    override replaceUrisWithPlaceholders(text: string): string {
      return text.includes('@') || text.includes('://') || WWW.test(text) ? super.replaceUrisWithPlaceholders(text) : text;
    }
    override replaceNumbersWithCode(text: string): string {
      return DIGIT.test(text) ? super.replaceNumbersWithCode(text) : text;
    }
    revertReplacements(text: string): string {
      return text.replace(PLACEHOLDER, (p) => this.replacementMap.get(p) ?? p);
    }
    revertDelimiters(text: string): string {
      return text.replace(DELIMITER, (p) => this.delimiterMap.get(p) ?? p);
    }
  }
  return OnePass as unknown as new (abbreviations: string[]) => SpanTokenizer;
}

let tokenizer: SpanTokenizer | undefined;
function englishTokenizer(): SpanTokenizer {
  if (!tokenizer) {
    // Only the sentence tokenizer: `import 'natural'` loads every module (about 1 s).
    const require = createRequire(import.meta.url);
    const SentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer.js') as new (
      abbreviations: string[],
    ) => Tokenizer;
    tokenizer = new (withOnePassReplacements(SentenceTokenizer))(ABBREVIATIONS);
  }
  return tokenizer;
}

/** natural's tokenizer as it ships, to check the one-pass overrides against. */
export function naturalTokenizer(): Tokenizer {
  const require = createRequire(import.meta.url);
  const SentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer.js') as new (abbreviations: string[]) => Tokenizer;
  return new SentenceTokenizer(ABBREVIATIONS);
}

/** The tokenizer splitSentences uses for English. */
export function fastTokenizer(): SpanTokenizer {
  return englishTokenizer();
}

// A `;` or `；` between digits is a separator inside a term (`t(14;16)`, `t（14；16）`), not a sentence end.
const ZH_END = /(?:[。！？!?]|[;；](?!\s?[\d０-９])|(?<![\d０-９]\s?)[;；])+[”’」』)）]*/g;
// From the first mark of a run only: `!!!!…` would otherwise be rescanned from every mark.
const EN_FALLBACK_END = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+[A-Z("“])/g;

/**
 * The pieces of `text` that end at each match of `re`, trimmed, as `[start, end]` pairs (empty
 * pieces left out): where searching the text for each piece in turn would find it.
 */
function spansByPattern(text: string, re: RegExp): number[] {
  const spans: number[] = [];
  let start = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
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
    // A slice of the source, not the tokenizer's own copy: it costs no characters of its own.
    out.push({ index: 0, offset: base + at, length: trimmed.length, text: text.slice(at, at + trimmed.length) });
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

/**
 * The initial of a genus before its species (`137 S. aureus isolates`, `E. coli`): a capital
 * alone before the full stop, and a lower-case word after it, which no sentence starts with.
 */
const INITIAL_END = /(?<![\p{L}\p{N}.])\p{Lu}\.$/u;
const LOWER_START = /^\p{Ll}{2}/u;

/** Sentences ended at an initial joined to the lower-case sentence after them. */
function joinInitials(sentences: Sentence[], base: number, text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && INITIAL_END.test(prev.text) && LOWER_START.test(s.text)) {
      prev.length = s.offset + s.length - prev.offset;
      prev.text = text.slice(prev.offset - base, prev.offset - base + prev.length);
    } else out.push(s);
  }
  return out;
}

/**
 * A full stop glued to the next sentence's first word, as text from a PDF writes it
 * (`Cochrane Database.Keywords used`, `topics.[Results] Using`): a word of lower-case letters,
 * a percent sign or a closing bracket before it (`to 14.2%.The`, `（P＜0.05）.The`) and a
 * capitalised word after it, which no abbreviation or name looks like (of two letters, only the
 * function words a sentence opens with: `biosynthesis.In the study`); or a
 * Greek letter that starts a symbol (`granite.εHf(t)values`, `samples.δ18O`), μ excepted (`mg.μL`).
 * After a number, or a unit after one, an acronym too (`1.12-1.35.DSC showed`, `at 120 ℃.The`, `2.5 μm.XRD`,
 * `for 4 h.The`): no abbreviation ends in a digit, nor follows one.
 */
const GLUED_END = /(?<=(?:[a-z]{2}|%|[)）])[.?!])(?=[[(【]?(?:[A-Z][a-z]{2}|(?:In|It|As|At|An|On|We|To|By|If|No|So|Of)\b|[α-λν-ωΑ-Ω][A-Za-z\d]))|(?<=(?:\d|℃|\d\s?[A-Za-zμΩ]{1,3})[.?!])(?=[[(【]?(?:[A-Z][a-z]{2}|[A-Z]{2,}\b|(?:In|It|As|At|An|On|We|To|By|If|No|So|Of)\b))/;

/** What every glued stop has at it: a text without one has none, and its sentences are not searched. */
const GLUED_CORE = /[.?!][[(【]?[A-Zα-λν-ωΑ-Ω]/;

/** Each sentence split at its glued stops: the pieces touch, so each one's place follows from the one before. */
function splitGlued(sentences: Sentence[]): Sentence[] {
  return sentences.flatMap((s) => {
    const parts = s.text.split(GLUED_END);
    if (parts.length === 1) return [s];
    let offset = s.offset;
    return parts.map((part) => {
      const piece = { index: 0, offset, length: part.length, text: part };
      offset += part.length;
      return piece;
    });
  });
}

/** Sentences at the places `spans` gives, `[start, end]` pairs of `text`. */
function atSpans(text: string, base: number, spans: readonly number[]): Sentence[] {
  const out: Sentence[] = [];
  for (let k = 0; k < spans.length; k += 2) out.push({ index: 0, offset: base + spans[k]!, length: spans[k + 1]! - spans[k]!, text: text.slice(spans[k]!, spans[k + 1]!) });
  return out;
}

/** natural's sentences of an English text, placed in it. */
function naturalSentences(text: string, base: number): Sentence[] {
  const spans = englishTokenizer().sentenceSpans(text);
  return spans ? atSpans(text, base, spans) : locate(text, base, englishTokenizer().tokenize(text));
}

export function splitSentences(text: string, lang: Lang, base: number): Sentence[] {
  if (lang === 'zh') return atSpans(text, base, spansByPattern(text, ZH_END));
  const located =
    text.length > NATURAL_MAX_CHARS || markCount(text) > NATURAL_MAX_MARKS ? atSpans(text, base, spansByPattern(text, EN_FALLBACK_END)) : naturalSentences(text, base);
  const sentences = joinInitials(joinTouching(located, base, text), base, text);
  // Split after joining: pieces that touch at a glued stop are two sentences all the same.
  return GLUED_CORE.test(text) ? splitGlued(sentences) : sentences;
}

/** A line of prose: where its text, trimmed, starts in the source, and its length. */
export interface ProseLine {
  offset: number;
  length: number;
}

/** Only white space and one line end between two lines: no blank line. */
const ONE_LINE_END = /^[^\S\r\n\v\f\u0085\u2028\u2029]*(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])[^\S\r\n\v\f\u0085\u2028\u2029]*$/;

/** What frames a page number on either side: `·1124·`, `— 56 —`, `- 12 -`. */
export const PAGE_FRAME = '[·•—–-]';
/** A page number and its frame, spaces within a line allowed. */
const PAGE_NUMBER = String.raw`(?:${PAGE_FRAME}[^\S\r\n]*)?\d{1,4}(?:[^\S\r\n]*${PAGE_FRAME})?`;
/**
 * A page number that text extracted from a PDF leaves on a line of its own where a page breaks a
 * paragraph: `1352`, `·1124·`, `— 56 —`, `- 12 -`. No wrapping sets a number alone on a line
 * between two lines of prose, so it is no part of the text.
 */
export const PAGE_NUMBER_LINE = new RegExp(String.raw`^[^\S\r\n]*${PAGE_NUMBER}[^\S\r\n]*$`);
/** One line end, a page number alone on its line, one line end: the paragraph goes on over the page. */
const PAGE_BREAK = new RegExp(String.raw`^[^\S\r\n]*\r?\n[^\S\r\n]*${PAGE_NUMBER}[^\S\r\n]*\r?\n[^\S\r\n]*$`);

function lineGoesOn(gap: string): boolean {
  return ONE_LINE_END.test(gap) || PAGE_BREAK.test(gap);
}

/**
 * The shortest line that wraps: a shorter one is a heading (`目的`, `Results`) or an item of
 * its own (`t(28) = 2.20, p = .03`), which ends where the line does.
 */
const WRAPPED_LINE = { en: 40, zh: 16 };

/**
 * The sentences of a passage's lines (offsets relative to `source`, sentences placed at
 * `base` + offset). A line as long as a wrapped one, followed by another with no blank
 * line between, continues its sentence there, as hard-wrapped text does (`fell from
 * 99.4` / `to 88.5 billion sticks.`); a blank line ends a paragraph, and every sentence in it.
 */
export function sentencesOfLines(lines: readonly ProseLine[], source: string, lang: Lang, base = 0): Sentence[] {
  const out: Sentence[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j + 1 < lines.length && lines[j]!.length >= WRAPPED_LINE[lang] && lineGoesOn(source.slice(lines[j]!.offset + lines[j]!.length, lines[j + 1]!.offset))) j++;
    const start = lines[i]!.offset;
    const end = lines[j]!.offset + lines[j]!.length;
    for (const sentence of splitSentences(source.slice(start, end), lang, base + start)) out.push(sentence);
    i = j + 1;
  }
  return out;
}
