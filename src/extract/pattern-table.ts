/**
 * A table of patterns anchored at the start of a text, tried in order until one matches (the
 * units after a number). Consecutive patterns of the same flags are joined into one pattern
 * of alternatives, which the engine tries in the table's order at the start, just as the
 * loop would: one search in place of a search for each pattern, which cost more than what
 * they compared. A pattern that is not anchored, or refers back to its own groups, keeps a
 * search of its own.
 */
export interface TableMatch {
  /** The index of the first pattern of the table that matches. */
  index: number;
  /** Its match as that pattern alone gives it: the whole match, then its own groups. */
  match: string[];
}

interface Run {
  re: RegExp;
  /** Table index of each pattern joined into `re`. */
  entries: number[];
  /** Where each pattern's own match stands among the groups of `re`. */
  at: number[];
}

/** How many groups a pattern captures: its opening brackets outside a class that are not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`. */
function groupsOf(re: RegExp): number {
  const { source } = re;
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) groups++;
  }
  return groups;
}

/** Whether a pattern can join others: it matches only at the start, and names or numbers no group it refers back to. */
const joinable = (re: RegExp) => re.source.startsWith('^') && !re.flags.includes('m') && !re.flags.includes('g') && !re.flags.includes('y') && !/\\[1-9k]|\(\?<[A-Za-z_$]/.test(re.source);

export class PatternTable {
  private readonly runs: Run[] = [];

  constructor(private readonly patterns: readonly RegExp[]) {
    let run: { flags: string; entries: number[] } | undefined;
    const groups: { flags: string; entries: number[] }[] = [];
    patterns.forEach((re, i) => {
      if (run && joinable(re) && run.flags === re.flags && joinable(patterns[run.entries[0]!]!)) run.entries.push(i);
      else groups.push((run = { flags: re.flags, entries: [i] }));
    });
    for (const { flags, entries } of groups) {
      if (entries.length === 1) {
        this.runs.push({ re: patterns[entries[0]!]!, entries, at: [0] });
        continue;
      }
      const at: number[] = [];
      let next = 1;
      for (const i of entries) {
        at.push(next);
        next += 1 + groupsOf(patterns[i]!);
      }
      this.runs.push({ re: new RegExp(entries.map((i) => `(${patterns[i]!.source})`).join('|'), flags), entries, at });
    }
  }

  /** The first pattern, from table index `from` on, that matches `text`, and its match. */
  first(text: string, from = 0): TableMatch | undefined {
    if (from > 0) return this.oneByOne(text, from);
    for (const { re, entries, at } of this.runs) {
      const m = re.exec(text);
      if (!m) continue;
      if (entries.length === 1) return { index: entries[0]!, match: m };
      let k = 0;
      while (m[at[k]!] === undefined) k++;
      const end = k + 1 < at.length ? at[k + 1]! : m.length;
      return { index: entries[k]!, match: m.slice(at[k]!, end) };
    }
    return undefined;
  }

  private oneByOne(text: string, from: number): TableMatch | undefined {
    for (let i = from; i < this.patterns.length; i++) {
      const m = this.patterns[i]!.exec(text);
      if (m) return { index: i, match: m };
    }
    return undefined;
  }
}
