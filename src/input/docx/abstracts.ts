import type { Lang } from '../../types.js';
import type { Unit } from '../types.js';

/** Where one abstract's text lies among the paragraphs. */
export interface AbstractSpan {
  lang: Lang;
  /** The heading's paragraph. */
  heading: number;
  /** The first paragraph of text and the column it starts at (after a heading written as a prefix, `摘要：目的…`). */
  from: number;
  column: number;
  /** The paragraph that ends it (a heading, or the paragraph count when none does). */
  to: number;
  /** Whether a heading ended it, rather than the end of the document. */
  closed: boolean;
}

/** `摘要`, `中文摘要`, `摘 要`, `【摘要】`, alone or ahead of the text; group 1 is what sets it off. */
const ZH_HEADING = /^\s*(?:[【[〔［]\s*)?(?:中文)?摘\s*要(\s*(?:[】\]〕］]\s*)?(?:[:：]\s*)?)/;
/** The Chinese heading run into the first section's name, `摘要目的：…`. */
const ZH_SECTION = /^(?:目的|背景|目标|方法)/;
/** `Abstract`, `ABSTRACT`, `Summary`, `[Abstract]`, alone or ahead of the text; groups: the word, spaces or bracket, punctuation. */
const EN_HEADING = /^\s*(?:[[【]\s*)?(abstract|summary)\b(\s*(?:[\]】]\s*)?)([:：.．—–-]\s*)?/i;
/** A section number ahead of a heading: `1 `, `1. `, `2.1 `, `一、`. */
const NUMBERING = /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*|[一二三四五六七八九十]{1,3}\s*[、.．]\s*)?/;
/** Headings that end an abstract wherever the paragraph goes on: `关键词：…`, `Key words: …`. */
const KEYWORDS = /^(?:[【[〔［]\s*)?(?:关键词|关键字|key\s?words?\b|index terms\b)/i;
/** Headings that end an abstract when they are the whole paragraph. */
const SECTION = /^(?:引言|前言|introduction|参考文献|references|bibliography)[:：.．]?$/i;

/** The abstract heading a paragraph starts with, and where its text begins on that paragraph. */
export function abstractHeading(paragraph: string): { lang: Lang; column: number } | undefined {
  const zh = ZH_HEADING.exec(paragraph);
  if (zh) {
    const rest = paragraph.slice(zh[0].length);
    // Set off, alone, or run into the first section's name: a sentence opening with the word is no heading.
    if (rest === '' || zh[1] !== '' || ZH_SECTION.test(rest)) return { lang: 'zh', column: zh[0].length };
  }
  const en = EN_HEADING.exec(paragraph);
  if (en) {
    const rest = paragraph.slice(en[0].length);
    if (rest === '' || en[3] !== undefined || /[\]】]/.test(en[2]!)) return { lang: 'en', column: en[0].length };
    // `ABSTRACT Objective: …`, a heading set off by type only; never `Summary`, which opens sentences.
    if (en[1]!.toLowerCase() === 'abstract' && en[2] !== '' && /^\p{Lu}/u.test(rest)) return { lang: 'en', column: en[0].length };
  }
  return undefined;
}

/** Whether a paragraph is a heading that comes after an abstract: key words, introduction, references. */
export function endsAbstract(paragraph: string): boolean {
  const heading = paragraph.slice(NUMBERING.exec(paragraph)![0].length).trim();
  return KEYWORDS.test(heading) || SECTION.test(heading);
}

/**
 * The English and the Chinese abstract: each from its heading (the first of its language)
 * to the next heading that ends it (key words, introduction, references or another
 * abstract's heading), in document order.
 */
export function findAbstracts(paragraphs: readonly string[]): AbstractSpan[] {
  const spans: AbstractSpan[] = [];
  let current: Omit<AbstractSpan, 'to' | 'closed'> | undefined;
  const close = (to: number, closed: boolean) => {
    if (current) spans.push({ ...current, to, closed });
    current = undefined;
  };
  paragraphs.forEach((paragraph, i) => {
    const heading = abstractHeading(paragraph);
    if (heading) {
      close(i, true);
      if (!spans.some((s) => s.lang === heading.lang)) {
        const alone = paragraph.slice(heading.column).trim() === '';
        current = alone ? { lang: heading.lang, heading: i, from: i + 1, column: 0 } : { lang: heading.lang, heading: i, from: i, column: heading.column };
      }
    } else if (current && endsAbstract(paragraph)) {
      close(i, true);
    }
  });
  close(paragraphs.length, false);
  return spans;
}

const HEADING: Record<AbstractSpan['lang'], string> = { en: 'Abstract', zh: '摘要' };

/**
 * The abstracts as one unit: each non-empty paragraph trimmed on a line of its own, a blank
 * line between the abstracts. `sourceAt(p, i)` is where character `i` of paragraph `p`
 * comes from in the source (a DOCX paragraph is a run of source characters; a PDF
 * paragraph may run over a page). A line break points where the paragraph it leads to starts.
 */
export function abstractsUnit(spans: AbstractSpan[], paragraphs: readonly string[], sourceAt: (paragraph: number, i: number) => number): Unit | undefined {
  let text = '';
  const offsets: number[] = [];
  const langs: Unit['langs'] = [];
  let end = 0;
  for (const span of spans) {
    const begin = text.length;
    let first = true;
    for (let p = span.from; p < span.to; p++) {
      const from = p === span.from ? span.column : 0;
      const line = paragraphs[p]!.slice(from);
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (body === '') continue;
      const at = from + lead;
      const breaks = text.length === 0 ? '' : first ? '\n\n' : '\n';
      for (const c of breaks) {
        text += c;
        offsets.push(sourceAt(p, at));
      }
      for (let i = 0; i < body.length; i++) offsets.push(sourceAt(p, at + i));
      text += body;
      end = sourceAt(p, at + body.length - 1) + 1;
      first = false;
    }
    if (!first) langs.push({ lang: span.lang, offset: begin + (begin === 0 ? 0 : 2), length: text.length - begin - (begin === 0 ? 0 : 2) });
  }
  if (text === '') return undefined;
  offsets.push(end);
  return { text, offsets: Int32Array.from(offsets), langs };
}

/** Why the abstracts found are fewer or longer than they should be. */
export function abstractProblems(
  spans: AbstractSpan[],
  paragraphs: readonly string[],
  where: (paragraph: number) => string = (p) => `paragraph ${p + 1}`,
): string[] {
  if (spans.length === 0) return ['no 摘要/Abstract heading found'];
  const problems: string[] = [];
  for (const span of spans) {
    const empty = paragraphs.slice(span.from, span.to).every((p, i) => p.slice(i === 0 ? span.column : 0).trim() === '');
    if (empty) problems.push(`${where(span.heading)}: no text after the ${HEADING[span.lang]} heading`);
    else if (!span.closed) problems.push(`${where(span.heading)}: the ${HEADING[span.lang]} runs to the end of the document (no Key words, Introduction or References heading after it)`);
  }
  for (const lang of ['en', 'zh'] as const) if (!spans.some((s) => s.lang === lang)) problems.push(`no ${HEADING[lang]} heading found`);
  return problems;
}
