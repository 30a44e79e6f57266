import { EN_ORDINALS, MONTH_NUMBERS, NUMBER_WORDS } from '../lang/en.js';
import { first } from '../extract/chars.js';
import type { Sentence } from '../types.js';

/**
 * Values an English sentence states in forms that text extracted from a PDF mangles: the
 * spaces around a number lost (`identified185`, `Ninecovered`, `inJanuarywas`), a letter
 * dropped from a number word (`Sven`, `Sixten`), O typed for 0 (`toOday`, `O-35HZ`), or
 * ordinal words that share one noun (`fifth-andsixth-level`). The extractor rightly reads no
 * amount there, as gene and cell names look the same; but a value the other version
 * states beside such a form is stated, not missing.
 */
export interface UnreadValues {
  /** Counts and ranges' ends. */
  values: Set<number>;
  /** Calendar months, by number, from a month name glued to words. */
  months: Set<number>;
}

/** Digits glued to a lower-case word before them (`identified185`, `the5-layer`) or after them (`13counties`). */
const GLUED_DIGITS = /(?<=[a-z]{2})\d+(?:\.\d+)?|(?<![\d.])\d+(?:\.\d+)?(?=[a-z]{3})/g;

const WORD_ALTERNATION = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');

/**
 * A number word glued to the word after it (`Ninecovered`, `twelvepatients`). English words
 * that begin with a number word (`tendon`, `often`, `fourth`, `seventy`, `oneself`) are not:
 * a number word is a prefix only of these.
 */
const GLUED_WORD = new RegExp(String.raw`(?<![A-Za-z])(${WORD_ALTERNATION})(?=[a-z]{3})`, 'gi');
const WORD_STARTS = /^(?:ten[a-z]|one[a-z]|zero[a-z]|[a-z]+fold|four(?:th|ier)|six(?:th|ty)|seven(?:th|ty)|eight(?:h|y)|nine(?:ty|th)|eleventh|twosome|threesome)/i;

/** Number words of five letters or more with one letter dropped (`Sven`, `Sixten`), except the English words so made. */
const REAL_WORDS = new Set(['even', 'seen', 'elven', 'tree', 'thee', 'fort']);
const SLIPS: Map<string, number> = (() => {
  const out = new Map<string, number>();
  for (const [word, value] of Object.entries(NUMBER_WORDS)) {
    if (word.length < 5) continue;
    for (let i = 0; i < word.length; i++) {
      const slip = word.slice(0, i) + word.slice(i + 1);
      if (!REAL_WORDS.has(slip) && !(slip in NUMBER_WORDS)) out.set(slip, value);
    }
  }
  return out;
})();

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The first two letters of a word, lower-cased, as one number. */
const headOf = (text: string, at: number) => ((text.charCodeAt(at) | 32) << 8) | (text.charCodeAt(at + 1) | 32);
/** The heads of the slips, and their longest: most words of a sentence are neither and are never copied. */
const SLIP_HEADS = new Set([...SLIPS.keys()].map((slip) => headOf(slip, 0)));
const SLIP_LONGEST = Math.max(...[...SLIPS.keys()].map((slip) => slip.length));

/** Each slip (`SLIPS`) that is a whole word of `text`: a run of four Latin letters or more (`/[A-Za-z]{4,}/g`). */
function readSlips(text: string, into: UnreadValues): void {
  for (let i = 0; i < text.length; ) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    if (end - i >= 4 && end - i <= SLIP_LONGEST && SLIP_HEADS.has(headOf(text, i))) {
      const value = SLIPS.get(text.slice(i, end).toLowerCase());
      if (value !== undefined) into.values.add(value);
    }
    i = end;
  }
}

/** O for a zero inside a lower-case token (`toOday`), before a dash and digits (`O-35HZ`), or before a glued preposition (`Oin`). */
const O_FOR_ZERO = /(?<=[a-z])O(?=[a-z])|(?<![A-Za-z])O(?=(?:in|at|on|to|of)\b)/g;
/** `O-35HZ`: a range from O for 0, whose far end is read with it. */
const O_RANGE = /(?<![A-Za-z\d])O[-~](\d+(?:\.\d+)?)/g;

/** Two ordinal words that share one noun after a hyphen: `fifth-andsixth-level`, `third- and fourth-order`, `thethird-andfourth-`. */
const ORDINAL = Object.keys(EN_ORDINALS).sort((a, b) => b.length - a.length).join('|');
const ORDINAL_PAIR = new RegExp(String.raw`(?:(?<![A-Za-z])|(?<=the))(${ORDINAL})-\s*(?:and|or|to)\s*(${ORDINAL})-`, 'gi');

/**
 * A month name glued to the words on both sides (`inJanuarywas`, `2014toFebruary2016`), or a
 * long one glued to the word after it (`Januarywas`): `Maybe`, `Novel` and `Marker` are words.
 */
const GLUED_MONTH = /(?<=[a-z\d])(January|February|March|April|May|June|July|August|September|October|November|December)(?=[a-z\d])|(January|February|April|August|September|October|November|December)(?=[a-z]{2})/g;

/** Glued digits stand beside a lower-case letter: most sentences have none, and this test is cheaper than the search. */
const DIGIT_BESIDE_LETTER = /[a-z]\d|\d[a-z]/;

const WORD_AT = /[A-Za-z]+/y;

/** Each match of a global pattern in `text`, from its start (see `first`). */
function eachMatch(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  for (let m = first(pattern, text); m; m = pattern.exec(text)) visit(m);
}

/**
 * What the searches below cannot match without, each tested first, as most sentences hold none
 * of it: a search that starts with a lookbehind tries it at every character.
 */
const ORDINAL_PAIR_JOIN = /-\s*(?:and|or|to)/i;
const MONTH_NAME = /January|February|March|April|May|June|July|August|September|October|November|December/;

function read(text: string, into: UnreadValues): void {
  if (DIGIT_BESIDE_LETTER.test(text)) eachMatch(GLUED_DIGITS, text, (m) => into.values.add(Number(m[0])));
  eachMatch(GLUED_WORD, text, (m) => {
    WORD_AT.lastIndex = m.index;
    const token = WORD_AT.exec(text)![0].toLowerCase();
    // `fourteen` is a number word, `Sixten` sixteen with a letter dropped: not four or six glued to a word.
    if (!(token in NUMBER_WORDS) && !WORD_STARTS.test(token) && !SLIPS.has(token)) into.values.add(NUMBER_WORDS[m[1]!.toLowerCase()]!);
  });
  readSlips(text, into);
  if (text.includes('O')) {
    if (O_FOR_ZERO.test(text)) into.values.add(0);
    O_FOR_ZERO.lastIndex = 0;
    eachMatch(O_RANGE, text, (m) => into.values.add(0).add(Number(m[1])));
  }
  if (ORDINAL_PAIR_JOIN.test(text)) eachMatch(ORDINAL_PAIR, text, (m) => {
    for (const w of [m[1]!, m[2]!]) into.values.add(EN_ORDINALS[w.toLowerCase()]!);
  });
  if (MONTH_NAME.test(text)) eachMatch(GLUED_MONTH, text, (m) => {
    const name = (m[1] ?? m[2])!;
    into.months.add(MONTH_NUMBERS[name.slice(0, 3).toLowerCase()]!);
  });
}

/**
 * The values each English sentence states in unread forms, read the first time a sentence
 * is asked for: only sentences beside a Chinese count that nothing else accounts for are.
 */
export class UnreadForms {
  private readonly found = new Map<number, UnreadValues | undefined>();

  constructor(private readonly sentences: readonly Sentence[]) {}

  at(k: number): UnreadValues | undefined {
    if (this.found.has(k)) return this.found.get(k);
    const s = this.sentences[k];
    let out: UnreadValues | undefined;
    if (s) {
      const found: UnreadValues = { values: new Set(), months: new Set() };
      read(s.text, found);
      if (found.values.size > 0 || found.months.size > 0) out = found;
    }
    this.found.set(k, out);
    return out;
  }
}
