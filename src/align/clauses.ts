import { DISTRIBUTIVE as DISTRIBUTIVE_EN } from '../lang/en.js';
import { DISTRIBUTIVE as DISTRIBUTIVE_ZH } from '../lang/zh.js';
import type { Claim, Lang, Sentence } from '../types.js';

/**
 * What ends a clause: a comma too, as `90% in both groups` and `两组均为90%` hold their
 * word and value together. Brackets do not: `均改善（P<0.05）` is one clause.
 */
const CLAUSE_MARK = { en: /[;:,]/, zh: /[，。；：,;:！？]/ } as const;

/** A full stop ends a clause; the point of a decimal does not. */
function endsClause(text: string, i: number, lang: Lang): boolean {
  const ch = text[i] ?? '';
  if (lang === 'en' && ch === '.') return !/\d/.test(text[i + 1] ?? '');
  return CLAUSE_MARK[lang].test(ch);
}

/** A clause is read this far either side of its claim: a sentence may be a table of numbers. */
const REACH = 160;

/** The clause of a sentence that holds a claim: the text between the nearest clause marks on either side. */
export function clauseOf(c: Claim, sentences: Sentence[]): string {
  const s = sentences[c.sentence];
  if (!s) return '';
  const at = c.offset - s.offset;
  let from = at;
  while (from > 0 && at - from < REACH && !endsClause(s.text, from - 1, c.lang)) from--;
  let to = at + c.length;
  while (to < s.text.length && to - at < REACH && !endsClause(s.text, to, c.lang)) to++;
  return s.text.slice(from, to);
}

/**
 * A claim stated once for several things (`90% in both groups`, `两组均为90%`): the
 * other version may write it out once for each. Only the claim's own clause counts, so
 * an `each` three clauses on does not excuse a value stated too often.
 */
export function statedForAll(c: Claim, sentences: Sentence[]): boolean {
  return (c.lang === 'en' ? DISTRIBUTIVE_EN : DISTRIBUTIVE_ZH).test(clauseOf(c, sentences));
}
