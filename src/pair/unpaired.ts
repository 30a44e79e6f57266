import type { Lang } from '../types.js';

/** A passage as the report lists it. */
interface ListedPassage {
  id: string;
  lang: Lang;
  line: number;
  endLine: number;
}

export interface UnpairedNotice {
  code: 'unpaired-passages';
  severity: 'info';
  message: string;
  passages: string[];
}

/** Passages named one by one in the message; the notice's `passages` field lists them all. */
const NAMED = 4;

function where(p: ListedPassage): string {
  return `${p.id} (${p.line === p.endLine ? `line ${p.line}` : `lines ${p.line}–${p.endLine}`})`;
}

function list(label: string, ps: ListedPassage[]): string {
  const named = ps.slice(0, NAMED).map(where);
  if (ps.length > NAMED) named.push(`${ps.length - NAMED} more`);
  const items = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0]!;
  return `${label} passage${ps.length === 1 ? '' : 's'} ${items}`;
}

/**
 * The `info` notice of a file with English and Chinese passages left without a
 * translation: their numbers were checked within each passage, but nothing compared
 * them across the two languages, so silence about them does not mean they agree.
 * Undefined when every passage of one of the languages is paired.
 */
export function unpairedNotice(passages: ListedPassage[], pairs: { en: string; zh: string }[]): UnpairedNotice | undefined {
  const paired = new Set(pairs.flatMap((p) => [p.en, p.zh]));
  const unpaired = passages.filter((p) => !paired.has(p.id));
  const en = unpaired.filter((p) => p.lang === 'en');
  const zh = unpaired.filter((p) => p.lang === 'zh');
  if (en.length === 0 || zh.length === 0) return undefined;
  const message =
    `${list('English', en)} and ${list('Chinese', zh)} could not be paired as translations: ` +
    'their numbers were checked within each passage, not across the two languages';
  return { code: 'unpaired-passages', severity: 'info', message, passages: unpaired.map((p) => p.id) };
}
