import { Parser } from 'htmlparser2';
import { toSuperscript } from '../extract/numerals.js';
import { isLineBreak } from '../line-breaks.js';
import type { Lang } from '../types.js';
import { decodeMapped, type MappedChar } from './html-entities.js';
import type { Extraction, Unit } from './types.js';

/**
 * An HTML article page read as one unit: its abstract blocks (found through `lang`
 * attributes, an `abstract` class or id, or else the `citation_abstract` and
 * `dc.description` meta tags), as a reader sees them, with every character mapped back to
 * the page's source.
 */

export const NO_ABSTRACT = 'no abstract found (no lang attribute, abstract class or citation_abstract meta tag)';

/** A doctype or an `<html` tag near the start: cheap enough to run on every file. */
export function sniffHtml(source: string): boolean {
  const head = source.slice(0, 1024).toLowerCase();
  return head.includes('<!doctype html') || head.includes('<html');
}

interface TextNode {
  raw: string;
  start: number;
}

interface ElementNode {
  name: string;
  attribs: Record<string, string>;
  /** The `<` of its start tag. */
  start: number;
  /** Just after its end tag, or where the parser closed it. */
  end: number;
  /** Still open when the page ended. */
  unclosed?: boolean;
  children: (ElementNode | TextNode)[];
}

interface MetaTag {
  name: string;
  lang: Lang | undefined;
  /** The content attribute's raw value and where it starts in the source. */
  content: string;
  contentStart: number;
}

/** Never read as text, whatever they hold. */
const HIDDEN = new Set(['script', 'style', 'nav', 'header', 'footer', 'noscript', 'template', 'title', 'svg', 'button', 'select', 'textarea', 'iframe']);
/** Each ends a line. */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'br', 'tr', 'ul', 'ol', 'dl', 'dt', 'dd', 'table',
  'article', 'aside', 'blockquote', 'figure', 'figcaption', 'hr', 'pre', 'address', 'details', 'summary', 'main', 'caption',
]);
/** Elements too small or too wide to be an abstract block themselves. */
const NEVER_A_BLOCK = new Set([
  'html', 'body', 'head', 'span', 'a', 'i', 'b', 'em', 'strong', 'sup', 'sub', 'small', 'abbr', 'cite', 'code', 'label',
  'font', 'u', 's', 'mark', 'q', 'var', 'time', 'img', 'input', 'math', 'br', 'hr',
]);
const CELL = new Set(['td', 'th']);

/** By primary subtag, so `en-US`, `zh-CN`, `zh-Hans` and `zh-TW` count too; `cn` is a common misspelling of `zh`. */
const LANG_OF = new Map<string, Lang>([['en', 'en'], ['eng', 'en'], ['zh', 'zh'], ['zho', 'zh'], ['chi', 'zh'], ['cn', 'zh']]);

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

function declaredLang(attribs: Record<string, string>): Lang | undefined {
  const value = attribs['lang'] ?? attribs['xml:lang'];
  return value === undefined ? undefined : LANG_OF.get(value.trim().toLowerCase().split(/[-_]/, 1)[0]!);
}

function namesAbstract(attribs: Record<string, string>): boolean {
  return `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`.toLowerCase().includes('abstract');
}

/** htmlparser2's parser, also telling where the attribute value being read starts. */
class LocatingParser extends Parser {
  valueStart = -1;

  override onattribname(start: number, endIndex: number): void {
    this.valueStart = -1;
    super.onattribname(start, endIndex);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.valueStart < 0) this.valueStart = start;
    super.onattribdata(start, endIndex);
  }
}

function parse(source: string): { root: ElementNode; metas: MetaTag[] } {
  const root: ElementNode = { name: '#document', attribs: {}, start: 0, end: source.length, children: [] };
  const stack: ElementNode[] = [root];
  const metas: MetaTag[] = [];
  let contentStart = -1;
  const parser: LocatingParser = new LocatingParser(
    {
      onattribute(name) {
        if (name === 'content') contentStart = parser.valueStart;
      },
      onopentag(name, attribs) {
        const element: ElementNode = { name, attribs, start: parser.startIndex, end: source.length, children: [] };
        stack.at(-1)!.children.push(element);
        stack.push(element);
        const metaName = attribs['name']?.toLowerCase();
        if (name === 'meta' && metaName !== undefined && attribs['content'] !== undefined) {
          metas.push({ name: metaName, lang: declaredLang(attribs), content: attribs['content'], contentStart });
        }
        contentStart = -1;
      },
      onclosetag(_name, implied) {
        if (stack.length <= 1) return;
        const element = stack.pop()!;
        element.end = Math.min(source.length, parser.endIndex + 1);
        if (implied && parser.endIndex >= source.length) element.unclosed = true;
      },
      ontext(raw) {
        // The text is the source's slice ending at endIndex (entities are left to decodeMapped).
        stack.at(-1)!.children.push({ raw, start: parser.endIndex + 1 - raw.length });
      },
    },
    { decodeEntities: false },
  );
  parser.end(source);
  return { root, metas };
}

/**
 * The unit's text as it is written: whitespace collapsed as a browser collapses it, a line
 * break where a block ends, a blank line between abstracts, and the source place of each
 * character.
 */
class TextBuilder {
  readonly chars: string[] = [];
  readonly offsets: number[] = [];
  private lastEnd = 0;
  private breaks = 0;
  private breakAt = 0;
  private spaceAt = -1;

  get length(): number {
    return this.chars.length;
  }

  char(c: MappedChar, shown = c.char): void {
    if (this.chars.length > 0) {
      if (this.breaks > 0) {
        // Between the last character and this one, so the map never runs backwards.
        const at = Math.min(Math.max(this.breakAt, this.lastEnd), c.at);
        for (let k = 0; k < this.breaks; k++) this.push('\n', at);
      } else if (this.spaceAt >= 0) this.push(' ', this.spaceAt);
    }
    this.breaks = 0;
    this.spaceAt = -1;
    this.push(shown, c.at);
    this.lastEnd = c.end;
  }

  space(at: number): void {
    if (this.breaks === 0 && this.spaceAt < 0) this.spaceAt = at;
  }

  /** `count` 2 asks for a blank line; the break points at `at`, the start of what it separates. */
  lineBreak(at: number, count = 1): void {
    // The strongest break wins its place: a blank line points at the abstract it opens, not at that abstract's heading.
    if (count >= this.breaks) this.breakAt = at;
    this.breaks = Math.max(this.breaks, count);
    this.spaceAt = -1;
  }

  finish(): { text: string; offsets: Int32Array } {
    const offsets = new Int32Array(this.offsets.length + 1);
    offsets.set(this.offsets);
    offsets[this.offsets.length] = this.lastEnd;
    return { text: this.chars.join(''), offsets };
  }

  private push(c: string, at: number): void {
    this.chars.push(c);
    this.offsets.push(at);
  }
}

function writeText(node: TextNode, out: TextBuilder, inSup: boolean): void {
  for (const c of decodeMapped(node.raw, node.start, 'text')) {
    if (isSpace(c.char)) out.space(c.at);
    else out.char(c, inSup ? toSuperscript(c.char) : c.char);
  }
}

function writeElement(element: ElementNode, out: TextBuilder, inSup: boolean): void {
  if (HIDDEN.has(element.name) || element.attribs['hidden'] !== undefined) return;
  if (element.name === 'br') return out.lineBreak(element.start);
  const block = BLOCK.has(element.name);
  if (block) out.lineBreak(element.start);
  else if (CELL.has(element.name)) out.space(element.start);
  const sup = inSup || element.name === 'sup';
  for (const child of element.children) {
    if ('raw' in child) writeText(child, out, sup);
    else writeElement(child, out, sup);
  }
  if (block) out.lineBreak(element.end);
}

interface Block {
  element: ElementNode;
  lang: Lang | undefined;
}

const declaresLang = (e: ElementNode) => !NEVER_A_BLOCK.has(e.name) && declaredLang(e.attribs) !== undefined;

/** Whether a block below `element` declares a language other than `own`. */
function hasOtherLangBelow(element: ElementNode, own: Lang | undefined): boolean {
  return element.children.some(
    (c) => !('raw' in c) && !HIDDEN.has(c.name) && ((declaresLang(c) && declaredLang(c.attribs) !== own) || hasOtherLangBelow(c, own)),
  );
}

/**
 * The outermost abstract blocks. With `named`, those whose class or id names an abstract,
 * and the blocks declaring a language inside them; otherwise every block declaring a
 * language. A block that holds blocks declaring another language (a wrapper around both
 * abstracts) gives way to them, so each keeps its own language.
 */
function findBlocks(element: ElementNode, named: boolean, inside: Lang | 'named' | undefined, out: Block[]): Block[] {
  for (const child of element.children) {
    if ('raw' in child || HIDDEN.has(child.name)) continue;
    const candidate = named ? (namesAbstract(child.attribs) && !NEVER_A_BLOCK.has(child.name)) || (inside !== undefined && declaresLang(child)) : declaresLang(child);
    const lang = declaredLang(child.attribs) ?? (inside === 'named' ? undefined : inside);
    if (candidate && !hasOtherLangBelow(child, lang)) out.push({ element: child, lang });
    else findBlocks(child, named, candidate ? (lang ?? 'named') : inside, out);
  }
  return out;
}

const ID_METAS: [name: string, prefix: string][] = [
  ['citation_doi', 'doi:'],
  ['citation_pmid', 'pmid:'],
  ['dc.identifier', ''],
];

/** The 1-based line of `offset`, lines ended as everywhere else in the project (CRLF one break). */
function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = source.charCodeAt(i);
    if (isLineBreak(c) && !(c === 0x0d && source.charCodeAt(i + 1) === 0x0a)) line++;
  }
  return line;
}

function articleId(metas: MetaTag[]): string | undefined {
  for (const [name, prefix] of ID_METAS) {
    const meta = metas.find((m) => m.name === name);
    if (meta === undefined) continue;
    const value = decodeMapped(meta.content, 0, 'attribute')
      .map((c) => c.char)
      .join('')
      .trim();
    if (value === '') continue;
    if (prefix !== '') return prefix + value.replace(/^doi:\s*/i, '');
    const lower = value.toLowerCase();
    if (lower.startsWith('doi:')) return `doi:${value.slice(4).trim()}`;
    if (lower.startsWith('https://doi.org/')) return `doi:${value.slice(16)}`;
    if (value.startsWith('10.')) return `doi:${value}`;
    return `article-id:${value}`;
  }
  return undefined;
}

function metaBlocks(metas: MetaTag[]): MetaTag[] {
  for (const name of ['citation_abstract', 'dc.description']) {
    const found = metas.filter((m) => m.name === name && m.content.trim() !== '' && m.contentStart >= 0);
    const distinct = found.filter((m, i) => found.findIndex((o) => o.content === m.content) === i);
    if (distinct.length > 0) return distinct;
  }
  return [];
}

export function extractHtml(source: string): Extraction {
  const { root, metas } = parse(source);
  const out = new TextBuilder();
  const langs: Unit['langs'] = [];
  const add = (lang: Lang | undefined, write: () => void) => {
    const before = out.length;
    write();
    let first = before;
    while (first < out.length && out.chars[first] === '\n') first++;
    if (lang !== undefined && out.length > first) langs.push({ lang, offset: first, length: out.length - first });
  };

  const named = findBlocks(root, true, undefined, []);
  const problems: string[] = [];
  for (const block of named.length > 0 ? named : findBlocks(root, false, undefined, [])) {
    if (block.element.unclosed) problems.push(`line ${lineOf(source, block.element.start)}: unclosed <${block.element.name}>, read to the end of the page`);
    add(block.lang, () => {
      out.lineBreak(block.element.start, 2);
      writeElement(block.element, out, false);
    });
  }
  if (out.length === 0) {
    for (const meta of metaBlocks(metas)) {
      add(meta.lang, () => {
        out.lineBreak(meta.contentStart, 2);
        for (const c of decodeMapped(meta.content, meta.contentStart, 'attribute')) {
          if (isSpace(c.char)) out.space(c.at);
          else out.char(c);
        }
      });
    }
  }

  if (out.length === 0) return { format: 'html', source, units: [], problems: [...problems, NO_ABSTRACT] };
  const id = articleId(metas);
  const { text, offsets } = out.finish();
  const unit: Unit = { text, offsets, langs };
  if (id !== undefined) unit.id = id;
  return { format: 'html', source, units: [unit], problems };
}
