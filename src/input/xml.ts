import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { toSuperscript } from '../extract/numerals.js';
import type { Lang } from '../types.js';
import { MappedText } from './mapped-text.js';
import type { Extraction, Unit } from './types.js';

/**
 * JATS and PubMed XML: each article's abstracts as one unit, read with saxes. saxes gives
 * the decoded text of a text node but not where its characters are, so each text node is
 * decoded again here from its place in the source (between the end of the markup before
 * it and the `<` after it), which gives every character its own offset.
 */

export type XmlFormat = 'jats' | 'pubmed';

/** How much of the file `sniffXml` reads: enough for a declaration, a doctype and comments. */
const SNIFF_LENGTH = 8192;

const FORMAT_OF_ROOT = new Map<string, XmlFormat>([
  ['article', 'jats'],
  ['sub-article', 'jats'],
  // What PMC's services return: a set of JATS articles.
  ['pmc-articleset', 'jats'],
  ['PubmedArticleSet', 'pubmed'],
  ['PubmedArticle', 'pubmed'],
]);

/** JATS or PubMed by the root element (or the doctype) in the first few KB; undefined for anything else. */
export function sniffXml(source: string): XmlFormat | undefined {
  const head = source.slice(0, SNIFF_LENGTH);
  let doctype: string | undefined;
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    i = skipSpace(head, i);
    if (head.startsWith('<?', i)) i = after(head, '?>', i);
    else if (head.startsWith('<!--', i)) i = after(head, '-->', i);
    else if (head.startsWith('<!DOCTYPE', i)) {
      doctype = nameAt(head, skipSpace(head, i + 9));
      i = afterDoctype(head, i);
    } else if (head[i] === '<') return FORMAT_OF_ROOT.get(localName(nameAt(head, i + 1))) ?? formatOfDoctype(doctype);
    else return i >= head.length ? formatOfDoctype(doctype) : undefined;
    if (i < 0) return formatOfDoctype(doctype);
  }
}

/** The units of a JATS or PubMed file; `format` is sniffed from the root element when not given. */
export function extractXml(source: string, format?: XmlFormat): Extraction {
  const units: Unit[] = [];
  const reader = new XmlReader(format, (unit) => units.push(unit), false);
  reader.write(source);
  const { problems } = reader.end();
  return { format: reader.formatRead ?? 'jats', source, units, problems };
}

/**
 * A JATS or PubMed file read chunk by chunk, each unit handed to `onUnit` as soon as its
 * article ends, while its source is still at hand (`slice`); only the article being read
 * is kept, so a PubMed baseline file of any size is read in bounded memory.
 */
export class XmlStream {
  private readonly reader: XmlReader;

  constructor(format: XmlFormat, onUnit: (unit: Unit, slice: (start: number, end: number) => string) => void) {
    this.reader = new XmlReader(format, (unit) => onUnit(unit, (a, b) => this.reader.window.slice(a, b)), true);
  }

  write(chunk: string): void {
    this.reader.write(chunk);
  }

  /** The problems of the whole file (malformed markup, articles without an abstract). */
  end(): string[] {
    return this.reader.end().problems;
  }
}

/** The part of the source still needed: from the end of the last markup before the element being read. */
class SourceWindow {
  private text = '';
  private base = 0;

  append(chunk: string): void {
    this.text += chunk;
  }

  slice(start: number, end: number): string {
    return this.text.slice(start - this.base, end - this.base);
  }

  at(i: number): string {
    return this.text[i - this.base] ?? '';
  }

  indexOf(search: string, from: number): number {
    const k = this.text.indexOf(search, from - this.base);
    return k < 0 ? -1 : k + this.base;
  }

  lastIndexOf(search: string, from: number): number {
    const k = this.text.lastIndexOf(search, from - this.base);
    return k < 0 ? -1 : k + this.base;
  }

  /** Forget what comes before `i`: no text node or tag still to be read starts there. */
  dropBefore(i: number): void {
    if (i <= this.base) return;
    this.text = this.text.slice(i - this.base);
    this.base = i;
  }
}

const XML_ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

/** Elements whose content starts a line of its own. */
const BLOCKS: Record<XmlFormat, Set<string>> = {
  jats: new Set(['p', 'sec', 'title', 'list', 'list-item', 'disp-quote', 'disp-formula', 'def-list', 'def-item', 'term', 'def', 'statement', 'boxed-text']),
  pubmed: new Set(['AbstractText']),
};

/** Elements inside an abstract that are not its text: TeX and MathML annotations (which repeat a formula), images, ids, copyright. */
const SKIPPED = new Set([
  'tex-math', 'mml:annotation', 'mml:annotation-xml', 'annotation', 'annotation-xml',
  'graphic', 'inline-graphic', 'media', 'object-id', 'alt-text', 'CopyrightInformation',
]);

/** JATS abstracts that do not restate the article: a picture, a teaser, a table-of-contents blurb. */
const SKIPPED_ABSTRACT_TYPES = new Set(['graphical', 'teaser', 'toc']);

interface Frame {
  name: string;
  /** Element children seen so far, for MathML's `msup` (the second child is the exponent). */
  children: number;
  skip: boolean;
  sup: boolean;
  math: boolean;
  block?: boolean;
  unit?: boolean;
  abstract?: { lang: Lang | undefined };
  /** An id element (`article-id`, `PMID`) and its type. */
  id?: string;
  /** A JATS sub-article: a translation's abstracts belong to the article, another's do not. */
  sub?: { translation: boolean; lang: Lang | 'other' | undefined };
}

/** The articles without an abstract a notice names; the rest are counted (a baseline file has thousands). */
const BARE_NAMED = 5;

/** Raised from saxes' error handler: the file cannot be read further. */
const STOP = Symbol('stop');

class XmlReader {
  private readonly parser = new SaxesParser();
  private format: XmlFormat | undefined;
  private readonly stack: Frame[] = [];
  private readonly problems: string[] = [];
  readonly window = new SourceWindow();
  /** Stopped by an error: the rest of the input is not read. */
  private stopped = false;
  /** The articles read without an abstract, by id (or their position). */
  private readonly bare: string[] = [];
  /** How many articles were read without an abstract; only the first few are named (`bare`). */
  private bareCount = 0;
  private articles = 0;
  /** Where the markup before the current text node ends. */
  private lastEnd = 0;
  private doctype: string | undefined;
  // The article being read.
  private text: MappedText | undefined;
  private ids: { type: string; value: string }[] = [];
  private idText = '';
  private inAbstract = false;
  /** Sub-articles other than translations around the current element. */
  private otherSubs = 0;
  private translation: { lang: Lang | 'other' | undefined } | undefined;

  constructor(
    format: XmlFormat | undefined,
    private readonly onUnit: (unit: Unit) => void,
    /** Drop the source of each article once it is read (a stream), or keep it all (a string already in memory). */
    private readonly streaming: boolean,
  ) {
    this.format = format;
    this.listen();
  }

  /** The format read: given, or decided by the root element. */
  get formatRead(): XmlFormat | undefined {
    return this.format;
  }

  write(chunk: string): void {
    if (this.stopped) return;
    this.window.append(chunk);
    try {
      this.parser.write(chunk);
    } catch (e) {
      if (e !== STOP) throw e;
      this.stopped = true;
    }
  }

  end(): { problems: string[] } {
    if (!this.stopped) {
      try {
        this.parser.close();
      } catch (e) {
        if (e !== STOP) throw e;
      }
    }
    this.reportBare();
    return { problems: this.problems };
  }

  private listen(): void {
    const p = this.parser;
    p.on('doctype', (d) => {
      this.doctype = nameAt(d, skipSpace(d, 0));
      this.lastEnd = p.position;
    });
    p.on('xmldecl', () => (this.lastEnd = p.position));
    p.on('processinginstruction', () => (this.lastEnd = p.position));
    // saxes reports a comment before reading its closing `>`.
    p.on('comment', () => (this.lastEnd = p.position + 1));
    p.on('opentag', (tag) => this.open(tag));
    p.on('closetag', () => this.close());
    p.on('text', (t) => this.onText(t));
    p.on('cdata', () => this.onCdata());
    p.on('error', (e) => {
      this.problems.push(`line ${p.line}: ${errorMessage(e.message, p.line, p.column)} (column ${p.column})`);
      throw STOP;
    });
  }

  private open(tag: SaxesTagPlain): void {
    const tagEnd = this.parser.position;
    this.lastEnd = tagEnd;
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children++;
    const frame: Frame = { name: tag.name, children: 0, skip: parent?.skip ?? false, sup: parent?.sup ?? false, math: parent?.math ?? false };
    this.stack.push(frame);
    if (!parent) this.decideFormat(tag.name);
    if (!this.text) {
      if (this.isUnit(tag.name, parent)) this.startUnit(frame);
      return;
    }
    if (this.format === 'jats') this.openJats(tag, frame);
    else this.openPubmed(tag, frame, parent);
    if (this.inAbstract && !frame.abstract) this.openInAbstract(tag, frame, parent!, tagEnd);
  }

  /** The format by the root element when it was not given; another XML vocabulary ends the reading with a problem. */
  private decideFormat(name: string): void {
    if (this.format) return;
    this.format = FORMAT_OF_ROOT.get(localName(name)) ?? formatOfDoctype(this.doctype);
    if (this.format) return;
    this.problems.push(`not JATS or PubMed XML: the root element is <${name}>`);
    throw STOP;
  }

  private isUnit(name: string, parent: Frame | undefined): boolean {
    if (this.format === 'pubmed') return name === 'PubmedArticle' || name === 'PubmedBookArticle';
    return name === 'article' || (name === 'sub-article' && !parent);
  }

  private startUnit(frame: Frame): void {
    frame.unit = true;
    this.articles++;
    this.text = new MappedText();
    this.ids = [];
  }

  private openJats(tag: SaxesTagPlain, frame: Frame): void {
    const { name, attributes } = tag;
    if (name === 'sub-article') {
      const translation = attributes['article-type'] === 'translation';
      frame.sub = { translation, lang: langOf(attributes['xml:lang']) };
      if (translation) this.translation = frame.sub;
      else this.otherSubs++;
    } else if (name === 'article-id' && !this.translation && this.otherSubs === 0) {
      frame.id = attributes['pub-id-type'] ?? '';
      this.idText = '';
    } else if ((name === 'abstract' || name === 'trans-abstract') && !this.inAbstract && this.otherSubs === 0) {
      if (SKIPPED_ABSTRACT_TYPES.has(attributes['abstract-type'] ?? '')) frame.skip = true;
      else this.startAbstract(frame, langOf(attributes['xml:lang']) ?? this.translation?.lang);
    }
  }

  private openPubmed(tag: SaxesTagPlain, frame: Frame, parent: Frame | undefined): void {
    const { name, attributes } = tag;
    if (name === 'PMID' && (parent?.name === 'MedlineCitation' || parent?.name === 'BookDocument')) {
      frame.id = 'pmid';
      this.idText = '';
    } else if (name === 'Abstract' && !this.inAbstract) this.startAbstract(frame, undefined);
    else if (name === 'OtherAbstract' && !this.inAbstract) this.startAbstract(frame, langOf(attributes['Language']));
  }

  /** An abstract in English, Chinese or an undeclared language is text; one in another language is skipped. */
  private startAbstract(frame: Frame, lang: Lang | 'other' | undefined): void {
    if (lang === 'other') {
      frame.skip = true;
      return;
    }
    frame.abstract = { lang };
    this.inAbstract = true;
    this.text!.startPart();
    this.text!.breakBefore(this.tagStart(), true);
  }

  private openInAbstract(tag: SaxesTagPlain, frame: Frame, parent: Frame, tagEnd: number): void {
    const { name } = tag;
    // An abstract's own title (`Abstract`, `摘要`) is a label, not a heading of its text.
    if (SKIPPED.has(name) || (name === 'title' && parent.abstract)) frame.skip = true;
    if (frame.skip) return;
    if (name === 'sup') frame.sup = true;
    else if (name === 'mml:math' || name === 'math') frame.math = true;
    else if (frame.math && isExponent(parent)) frame.sup = true;
    const format = this.format!;
    if (BLOCKS[format].has(name)) {
      frame.block = true;
      this.text!.breakBefore(this.tagStart());
    }
    if (name === 'AbstractText') this.label(tagEnd);
  }

  /** A PubMed section's `Label` is its heading, on a line of its own. */
  private label(tagEnd: number): void {
    const tagStart = this.tagStart();
    const found = attributeRange(this.window.slice(tagStart, tagEnd), 0, tagEnd - tagStart, 'Label');
    const range = found && [found[0] + tagStart, found[1] + tagStart];
    if (!range) return;
    const before = this.text!.length;
    this.decode(range[0], range[1], true, false);
    if (this.text!.length > before) this.text!.breakBefore(tagEnd);
  }

  private close(): void {
    const end = this.parser.position;
    this.lastEnd = end;
    const frame = this.stack.pop();
    if (!this.text) {
      if (this.streaming) this.window.dropBefore(end);
      return;
    }
    if (!frame) return;
    if (frame.block) this.text.breakAfter(end);
    if (frame.id !== undefined) {
      const value = this.idText.trim();
      if (value) this.ids.push({ type: frame.id, value });
    }
    if (frame.abstract) {
      this.text.endPart(frame.abstract.lang);
      this.inAbstract = false;
    }
    if (frame.sub) {
      if (frame.sub.translation) this.translation = undefined;
      else this.otherSubs--;
    }
    if (frame.unit) this.finishUnit();
  }

  private finishUnit(): void {
    const id = this.chooseId();
    const unit = this.text!.finish(id);
    if (unit) this.onUnit(unit);
    else if (this.bareCount++ < BARE_NAMED) this.bare.push(id ?? `article ${this.articles}`);
    if (this.streaming) this.window.dropBefore(this.lastEnd);
    this.text = undefined;
    this.inAbstract = false;
    this.otherSubs = 0;
    this.translation = undefined;
  }

  /** PMID first, then DOI, then whatever id the article gives first. */
  private chooseId(): string | undefined {
    const pmid = this.ids.find((i) => i.type === 'pmid');
    if (pmid) return `pmid:${pmid.value}`;
    const doi = this.ids.find((i) => i.type === 'doi');
    if (doi) return `doi:${doi.value}`;
    return this.ids[0] ? `article-id:${this.ids[0].value}` : undefined;
  }

  /** saxes reports a text node on reading the `<` after it. */
  private onText(t: string): void {
    const start = this.lastEnd;
    const end = this.parser.position - 1;
    this.lastEnd = end;
    const frame = this.stack[this.stack.length - 1];
    if (!frame || !this.text) return;
    if (frame.id !== undefined) this.idText += t;
    if (!this.inAbstract || frame.skip) return;
    // Between MathML elements white space is layout, not text: `<mn>10</mn> <mn>6</mn>` is 10⁶.
    if (frame.math && t.trim() === '') return;
    this.decode(start, end, true, frame.sup);
  }

  private onCdata(): void {
    const end = this.parser.position;
    const frame = this.stack[this.stack.length - 1];
    if (frame && this.text && this.inAbstract && !frame.skip) {
      this.decode(this.lastEnd + '<![CDATA['.length, end - ']]>'.length, false, frame.sup);
    }
    this.lastEnd = end;
  }

  /** Writes the source's characters from `start` to `end`, entities decoded, each at its own offset (an entity's at its `&`). */
  private decode(start: number, end: number, entities: boolean, sup: boolean): void {
    const s = this.window;
    const text = this.text!;
    let i = start;
    while (i < end) {
      let ch = s.at(i);
      let next = i + 1;
      if (ch === '&' && entities) {
        const semi = s.indexOf(';', i);
        if (semi > i && semi < end) {
          ch = decodeEntity(s.slice(i + 1, semi));
          next = semi + 1;
        }
      } else if (ch === '\r' && s.at(next) === '\n') next++;
      for (let k = 0; k < ch.length; k++) {
        const c = ch[k]!;
        text.add(sup ? toSuperscript(c) : c, i, next);
      }
      i = next;
    }
  }

  /** Where the tag just read starts: its `<` (attribute values cannot hold one). */
  private tagStart(): number {
    return this.window.lastIndexOf('<', this.parser.position - 1);
  }

  private reportBare(): void {
    if (this.format && this.articles === 0 && this.problems.length === 0) {
      this.problems.push(this.format === 'jats' ? 'no JATS <article> found' : 'no <PubmedArticle> found');
    }
    const { bare, bareCount } = this;
    if (bareCount === 1) this.problems.push(`${bare[0]}: no English or Chinese abstract found`);
    else if (bareCount > 1) {
      const more = bareCount > BARE_NAMED ? ` and ${bareCount - BARE_NAMED} more` : '';
      this.problems.push(`${bareCount} articles without an English or Chinese abstract: ${bare.join(', ')}${more}`);
    }
  }
}

/** MathML's `<msup>` and `<msubsup>`: the child written as an exponent is the last one. */
function isExponent(parent: Frame): boolean {
  const name = localName(parent.name);
  return (name === 'msup' && parent.children === 2) || (name === 'msubsup' && parent.children === 3);
}

/** saxes' message without the `line:column: ` it starts with, and without its full stop. */
function errorMessage(message: string, line: number, column: number): string {
  const prefix = `${line}:${column}: `;
  const text = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

function decodeEntity(name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  // saxes has refused any other entity before the text reaches here.
  return XML_ENTITIES.get(name) ?? `&${name};`;
}

/** `zh`, `zh-CN`, `chi`, `zho` and `cmn` are Chinese; `en`, `en-US` and `eng` English; another language is `other`. */
function langOf(value: string | undefined): Lang | 'other' | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  const dash = v.search(/[-_]/);
  const primary = dash < 0 ? v : v.slice(0, dash);
  if (primary === 'zh' || primary === 'zho' || primary === 'chi' || primary === 'cmn') return 'zh';
  if (primary === 'en' || primary === 'eng') return 'en';
  return 'other';
}

/** Where the value of attribute `name` is in the tag `source[start, end)`, between its quotes. */
export function attributeRange(source: string, start: number, end: number, name: string): [number, number] | undefined {
  let i = start + 1;
  while (i < end && !isSpace(source.charCodeAt(i)) && source[i] !== '>' && source[i] !== '/') i++;
  while (i < end) {
    i = skipSpace(source, i);
    if (source[i] === '>' || source[i] === '/') return undefined;
    const nameStart = i;
    while (i < end && source[i] !== '=' && !isSpace(source.charCodeAt(i))) i++;
    const attr = source.slice(nameStart, i);
    i = skipSpace(source, i) + 1;
    i = skipSpace(source, i);
    const quote = source[i];
    const valueEnd = source.indexOf(quote!, i + 1);
    if (valueEnd < 0 || valueEnd > end) return undefined;
    if (attr === name) return [i + 1, valueEnd];
    i = valueEnd + 1;
  }
  return undefined;
}

function formatOfDoctype(doctype: string | undefined): XmlFormat | undefined {
  return doctype === undefined ? undefined : FORMAT_OF_ROOT.get(localName(doctype));
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The XML name at `i` (up to white space, `>`, `/` or `[`). */
function nameAt(s: string, i: number): string {
  let j = i;
  while (j < s.length && !isSpace(s.charCodeAt(j)) && s[j] !== '>' && s[j] !== '/' && s[j] !== '[') j++;
  return s.slice(i, j);
}

/** The index after the first `token` from `i`, or -1. */
function after(s: string, token: string, i: number): number {
  const at = s.indexOf(token, i);
  return at < 0 ? -1 : at + token.length;
}

/** The index after a doctype that starts at `i`, past its internal subset, or -1. */
function afterDoctype(s: string, i: number): number {
  const close = s.indexOf('>', i);
  const bracket = s.indexOf('[', i);
  if (bracket >= 0 && (close < 0 || bracket < close)) {
    const subsetEnd = s.indexOf(']', bracket);
    return subsetEnd < 0 ? -1 : after(s, '>', subsetEnd);
  }
  return close < 0 ? -1 : close + 1;
}
