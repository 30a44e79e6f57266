import { ABSTRACT_HEADINGS as EN_HEADINGS, type AbstractSection } from '../lang/en.js';
import { ABSTRACT_HEADINGS as ZH_HEADINGS } from '../lang/zh.js';
import type { Lang, Passage } from '../types.js';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A heading word at the start of a sentence, optionally in brackets (`【方法】`, which end it); what follows it is checked in code. */
function headingPattern(table: Record<AbstractSection, readonly string[]>, forms: (w: string) => string[]): { re: RegExp; section: Map<string, AbstractSection> } {
  const section = new Map<string, AbstractSection>();
  for (const [key, words] of Object.entries(table) as [AbstractSection, readonly string[]][]) {
    for (const w of words) for (const f of forms(w)) section.set(f, key);
  }
  // Longest first, so `Methods` is not read as `Method`.
  const alternatives = [...section.keys()].sort((a, b) => b.length - a.length).map(escape);
  return { re: new RegExp(`^[【\\[]?(${alternatives.join('|')})[】\\]]?`), section };
}

const EN = headingPattern(EN_HEADINGS, (w) => [w, w.toUpperCase()]);
const ZH = headingPattern(ZH_HEADINGS, (w) => [w]);

/**
 * Whether the text after a heading word ends the heading: a colon or full stop, the
 * end of the sentence, or (English) a space before a capital, digit or bracket, as in
 * `Methods Ten patients…`; (Chinese) a space, as in `目的 探讨…`. `Results showed…`
 * and `结果显示…` are prose, not headings.
 */
function endsHeading(rest: string, lang: Lang): boolean {
  if (rest === '' || /^\s*[:：.．]/.test(rest)) return true;
  if (!/^\s/.test(rest)) return false;
  return lang === 'zh' || /^\s+[A-Z0-9(（[]/.test(rest.slice(0, 8));
}

/** The sections of a structured abstract whose headings open sentences of the passage. */
export function abstractSections(passage: Passage): Set<AbstractSection> {
  const { re, section } = passage.lang === 'en' ? EN : ZH;
  const found = new Set<AbstractSection>();
  for (const s of passage.sentences) {
    // `Abstract: Objective To…` and `摘要：目的 …` open two sections in one sentence.
    let text = s.text.trimStart();
    for (let m = re.exec(text); m && (/[】\]]$/.test(m[0]) || endsHeading(text.slice(m[0].length), passage.lang)); m = re.exec(text)) {
      found.add(section.get(m[1]!)!);
      text = text.slice(m[0].length).trimStart();
      if (/^[:：.．]/.test(text)) text = text.slice(1).trimStart();
    }
  }
  return found;
}
