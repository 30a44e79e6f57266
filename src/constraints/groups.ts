import type { PassageInfo } from '../pair/index.js';
import { first } from '../extract/chars.js';
import { foldWidth } from '../extract/numerals.js';
import { passageIndex } from './passage-index.js';
import * as en from '../lang/en.js';
import * as zh from '../lang/zh.js';

/** The sizes of the two groups an abstract compares, in the order they are written. */
export interface TwoGroups {
  sizes: [number, number];
}

/** `n = 45`, `(n=40 each)`: a group's size. */
const N_EQ = /(?<![\p{Script=Latin}])n\s*=\s*(\d+)(?![\d.])(\s*(?:each|per group|in each group|per arm))?/gu;
const HAS_P = /(?<![\p{Script=Latin}])[Pp]\s*(?:值\s*)?[<>=≤≥]/u;

/**
 * The two group sizes a passage states, when it states exactly two in one way and
 * every other way agrees: otherwise (one group, three groups, sizes that disagree)
 * nothing, since a statistic's df must not be guessed.
 */
export function twoGroupsOf(info: PassageInfo): TwoGroups | undefined {
  // Chinese abstracts borrow English terms, so a Chinese passage is read with both lists.
  if (en.DROPOUT.test(info.passage.text) || (info.passage.lang === 'zh' && zh.DROPOUT.test(info.passage.text))) return undefined;
  const readings: { sizes: number[] }[] = [];
  const text = passageIndex(info).text;
  const read = (re: RegExp, each: (m: RegExpMatchArray) => boolean, keep: (at: number) => boolean = () => true) => {
    const sizes: number[] = [];
    for (let m = first(re, text); m; m = re.exec(text)) {
      if (!keep(m.index)) continue;
      const n = Number(m[1]);
      sizes.push(...(each(m) ? [n, n] : [n]));
    }
    if (sizes.length) readings.push({ sizes });
  };
  read(N_EQ, (m) => m[2] !== undefined);
  read(en.EACH_GROUP_SIZE, () => true);
  if (info.passage.lang === 'zh') {
    read(zh.EACH_GROUP_SIZE, () => true);
    // In a sentence of results, `观察组3例` counts events, not the group. Matches come in
    // text order, so one pass over the sentences finds each one's sentence.
    const sentences = info.passage.sentences;
    let i = 0;
    const withP = new Map<number, boolean>();
    read(zh.GROUP_SIZE, () => false, (at) => {
      const abs = info.passage.offset + at;
      while (i < sentences.length && sentences[i]!.offset + sentences[i]!.length <= abs) i++;
      const s = sentences[i];
      if (!s || s.offset > abs) return true;
      if (!withP.has(i)) withP.set(i, HAS_P.test(foldWidth(s.text)));
      return !withP.get(i);
    });
  }
  if (readings.length === 0 || readings.some((r) => r.sizes.length !== 2)) return undefined;
  const key = (r: { sizes: number[] }) => [...r.sizes].sort((a, b) => a - b).join(',');
  if (new Set(readings.map(key)).size !== 1) return undefined;
  const { sizes } = readings[0]!;
  // A group of one has no variance: no t, no df.
  if (sizes.some((n) => n < 2)) return undefined;
  return { sizes: [sizes[0]!, sizes[1]!] };
}
