import * as EN from '../lang/en.js';
import type { Folded } from './numerals.js';

/**
 * Which word readers and identifier patterns can match a sentence, from one pass over its
 * words. Each pattern starts at a word (`\b`, ASCII letters, any case), so one whose words
 * the sentence lacks need not scan it: most sentences hold no ordinal, no number word, no
 * fraction word, no `a patient`, no trial registration and no `phase`.
 */
export const WORD = {
  ordinal: 1,
  number: 2,
  fraction: 4,
  article: 8,
  person: 16,
  no: 32,
  glued: 64,
  /** A word that starts as a trial registration does: `NCT…`, `ChiCTR…`, `EudraCT`. */
  registration: 128,
  /** `phase`, `phases`. */
  phase: 256,
  /** `type`, `grade`, `stage`, `class`, `level`, `phase` (and plurals): before a Roman numeral. */
  stage: 512,
  /** A word of EN.MULTIPLES: `once`, `twice`, `doubled`, `both`, `decade`. */
  multiple: 1024,
  /** What a design or test named with a number ends with: `3-dimensional`, `2-sided`, `2-arm`, `1-center`, `2-way`, `three-vessel`. */
  design: 2048,
  /** `trimester`, `trimesters`. */
  trimester: 4096,
  /** `plan`, `plans`: of a Five-Year Plan. */
  plan: 8192,
  /** `http`, `https`, `www`: where a web address starts. */
  web: 16384,
  /** A word that starts as `ISSN` does, which may be glued to its number. */
  issn: 32768,
  /** A word that says a grant number follows: `grant`, `project`, `fund`, `supported` (by). */
  grant: 65536,
  /** `decades`, of `three decades`. */
  decades: 131072,
  /** `half`, of a duration with a half. */
  half: 262144,
  /**
   * A count of a response breakdown in words (EN_BREAKDOWN_COUNTS: `no`, `none`, `zero` … `twelve`),
   * or a word that starts with one glued to what it counts (`sixCR`, `nodeaths`, `twopatients`).
   */
  count: 524288,
  /** Doses a day in shorthand: `qd`, `bid`, `tid`, `qid`, and the first letter of `q.d.`, `b.i.d.`, `t.i.d.`, `q.i.d.`. */
  dose: 1048576,
  /** A month's name or its abbreviation as a word of its own: `Jan`, `january`, `Sept`. */
  month: 2097152,
  /** A capital that starts a month's name right after a lower-case letter (`inMay`, `fromDecember`), as PDF text glues them. */
  gluedMonthCapital: 4194304,
} as const;

/** The counts of a breakdown written in words, which statistics.ts reads before a response category. */
export const EN_BREAKDOWN_COUNTS = ['no', 'none', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** How each response category of a breakdown, and `patients` before one, starts: a count may be glued to it. */
const BREAKDOWN_STARTS = ['cr', 'pr', 'sd', 'pd', 'ne', 'death', 'died', 'complete', 'partial', 'stable', 'progressive', 'patient'];

/** A word and its kind; `prefix`: the kind of every word that starts with it, not only of the whole word. */
type Entry = [word: string, kind: number, prefix?: boolean];

/** A trie of the words, one node a row of 26 children (0: none; the root is node 0), walked as the text is read. */
interface Trie {
  children: Int32Array;
  kinds: Int32Array;
  /** The kinds a word has once it reaches the node, whatever follows. */
  prefixKinds: Int32Array;
}

function buildTrie(entries: Entry[]): Trie {
  // Rows are written straight into typed arrays sized for the worst case (a node per letter):
  // arrays of 26 per node, flattened afterwards, took a few ms of every start-up. Every word is ASCII letters.
  const capacity = 1 + entries.reduce((n, [word]) => n + word.length, 0);
  const children = new Int32Array(capacity * 26);
  const kinds = new Int32Array(capacity);
  const prefixKinds = new Int32Array(capacity);
  let nodes = 1;
  for (const [word, kind, prefix] of entries) {
    const lower = word.toLowerCase();
    let node = 0;
    for (let i = 0; i < lower.length; i++) {
      const slot = node * 26 + lower.charCodeAt(i) - 97;
      let next = children[slot]!;
      if (next === 0) {
        next = nodes++;
        children[slot] = next;
      }
      node = next;
    }
    if (prefix) prefixKinds[node] = prefixKinds[node]! | kind;
    else kinds[node] = kinds[node]! | kind;
  }
  return { children: children.slice(0, nodes * 26), kinds: kinds.slice(0, nodes), prefixKinds: prefixKinds.slice(0, nodes) };
}

const NUMBER_WORDS = Object.keys(EN.NUMBER_WORDS);
const entries = (words: Iterable<string>, kind: number, prefix = false): Entry[] => [...words].map((w) => [w, kind, prefix]);
const TRIE = buildTrie([
  ...entries(Object.keys(EN.EN_ORDINALS), WORD.ordinal),
  ...entries([...NUMBER_WORDS, ...Object.keys(EN.NUMBER_SCALES), 'dozen'], WORD.number),
  ...entries(Object.keys(EN.FRACTION_DENOMINATORS), WORD.fraction),
  ...entries(['a', 'an'], WORD.article),
  ...entries(EN.EN_PERSON_NOUNS_SINGULAR, WORD.person),
  ...entries(['no'], WORD.no),
  // `twofold`, `sixmonths`: a number word joined to the unit after it, one word of its own.
  ...entries(NUMBER_WORDS.flatMap((n) => EN.JOINED_UNITS.map((u) => n + u)), WORD.glued),
  ...entries(['nct', 'chictr', 'isrctn', 'actrn', 'jprn', 'eudract'], WORD.registration, true),
  ...entries(['phase', 'phases'], WORD.phase),
  ...entries(['type', 'types', 'grade', 'grades', 'stage', 'stages', 'class', 'classes', 'level', 'levels', 'phase'], WORD.stage),
  ...entries(new Set(EN.MULTIPLES.map(([word]) => word)), WORD.multiple),
  ...entries(['dimensional', 'sided', 'tailed', 'arm', 'arms', 'center', 'centers', 'centre', 'centres', 'way', 'ways', 'factor', 'factors', 'blind', 'blinded', 'vessel'], WORD.design),
  ...entries(['trimester', 'trimesters'], WORD.trimester),
  ...entries(['plan', 'plans'], WORD.plan),
  ...entries(['http', 'https', 'www'], WORD.web),
  ...entries(['issn'], WORD.issn, true),
  ...entries(['decades'], WORD.decades),
  ...entries(['half'], WORD.half),
  ...entries(['qd', 'bid', 'tid', 'qid', 'q', 'b', 't'], WORD.dose),
  ...entries(
    ['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december'],
    WORD.month,
  ),
  ...entries(EN_BREAKDOWN_COUNTS, WORD.count),
  ...entries(EN_BREAKDOWN_COUNTS.flatMap((n) => BREAKDOWN_STARTS.map((c) => n + c)), WORD.count, true),
  ...entries(
    ['grant', 'grants', 'project', 'projects', 'contract', 'contracts', 'award', 'awards', 'fund', 'funds', 'funding', 'foundation', 'program', 'programm', 'programe', 'programme', 'supported'],
    WORD.grant,
  ),
]);

/** The capitals that start the names of months: J, F, M, A, S, O, N, D. */
const MONTH_INITIALS = [...'JFMASOND'].map((c) => c.charCodeAt(0));

/** The WORD kinds of the runs of word characters (`\w`) in a text, or'ed together. */
export function wordKinds(text: string): number {
  const { children, kinds: kindOf, prefixKinds } = TRIE;
  let kinds = 0;
  // The trie node of the word read so far; -1 outside a word, -2 in a word that left the trie.
  let node = -1;
  let afterLower = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122) {
      if (c < 97 && afterLower && MONTH_INITIALS.includes(c)) kinds |= WORD.gluedMonthCapital;
      afterLower = c >= 97;
      if (node === -1) node = 0;
      if (node >= 0) {
        node = children[node * 26 + lower - 97]! || -2;
        if (node >= 0) kinds |= prefixKinds[node]!;
      }
    } else if ((c >= 48 && c <= 57) || c === 95) {
      node = -2;
      afterLower = false;
    } else {
      if (node >= 0) kinds |= kindOf[node]!;
      node = -1;
      afterLower = false;
    }
  }
  return kinds;
}

/** A sentence folded, with the kinds of its words (wordKinds), for every reader of its numbers. */
export interface ScannedSentence extends Folded {
  words: number;
}
