import { lowerBound } from '../constraints/passage-index.js';
import type { Fate, ReviewMark, ReviewUnit } from '../review/model.js';
import type { Lang } from '../types.js';

const LANG_NAME: Record<Lang, string> = { en: 'English', zh: 'Chinese' };
const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/**
 * The numbers of a document's review, for finding the one under the cursor: the same model
 * the review page shows (src/review/model.ts), so the editor and the page never disagree.
 */
export class HoverIndex {
  private readonly byId = new Map<string, ReviewMark>();
  /** Every mark in offset order. */
  private readonly ordered: ReviewMark[];

  constructor(units: readonly ReviewUnit[]) {
    for (const unit of units) for (const row of unit.rows) for (const s of [...row.en, ...row.zh]) for (const m of s.marks) this.byId.set(m.id, m);
    this.ordered = [...this.byId.values()].sort((a, b) => a.offset - b.offset);
  }

  /** The mark covering `offset`, the character after it included (a cursor right after a number still means it). */
  at(offset: number): ReviewMark | undefined {
    // Marks never overlap, so their ends rise with their starts: the first that ends at or after `offset` is the only candidate.
    const m = this.ordered[lowerBound(this.ordered, offset, (x) => x.offset + x.length)];
    return m && m.offset <= offset ? m : undefined;
  }

  counterpart(mark: ReviewMark): ReviewMark | undefined {
    return mark.counterpart === undefined ? undefined : this.byId.get(mark.counterpart);
  }
}

function fateLine(mark: ReviewMark, counterpart: ReviewMark | undefined): string {
  const there = LANG_NAME[other(mark.lang)];
  const fates: Record<Fate, string> = {
    matched: `stated the same in the ${there} version${counterpart ? `: \`${counterpart.text.trim()}\`` : ''}`,
    mismatched: `the ${there} version states ${counterpart ? `\`${counterpart.text.trim()}\`` : 'another value'} in its place`,
    missing: `not stated in the aligned ${there} sentence`,
    unchecked: `not compared with the ${there} version`,
  };
  return fates[mark.fate];
}

/**
 * What hovering a number shows: its counterpart in the other version and every arithmetic
 * check that reads it, each with its computed values and verdict (`8/17 = 47.06% → 47.1% ✔`).
 */
export function hoverMarkdown(mark: ReviewMark, index: HoverIndex): string {
  const lines = [`**\`${mark.text.trim()}\`** (${LANG_NAME[mark.lang]}): ${fateLine(mark, index.counterpart(mark))}.`];
  if (mark.checks.length > 0) lines.push('', ...mark.checks.map((c) => `- \`${c.text}\` (${c.ruleId})`));
  return lines.join('\n');
}
