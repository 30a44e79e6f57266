import { SaxesParser, type SaxesTagNS } from 'saxes';
import { toSuperscript } from '../../extract/numerals.js';
import { isLineBreak } from '../../line-breaks.js';

/** WordprocessingML as Word writes it (transitional) and as strict OOXML names it. */
const WORDML = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Elements whose text is not in the accepted document: deletions, moved-away text, field instructions. */
const DROPPED = new Set(['del', 'moveFrom', 'delText', 'instrText', 'delInstrText']);

export interface Paragraphs {
  /** The text of every paragraph of the body in document order, each on one line. */
  paragraphs: string[];
  /** Why the markup could not be read to its end (`word/document.xml:12:5: …`). */
  problem?: string;
}

class Stop extends Error {}

/** A run's text as a reader sees it: superscript digits and signs written as superscript characters, so `10` + `6` reads 10⁶. */
function superscript(text: string): string {
  let out = '';
  for (const c of text) out += toSuperscript(c);
  return out;
}

/** A paragraph stays one line whatever its text holds. */
function oneLine(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += isLineBreak(text.charCodeAt(i)) ? ' ' : text[i];
  return out;
}

function attribute(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && WORDML.has(a.uri)) return a.value;
  return undefined;
}

/**
 * The paragraphs (`<w:p>`) of `<w:body>`, tables' and text boxes' included, with tracked
 * changes accepted, field codes, deleted text and compatibility fallbacks left out. A
 * paragraph whose mark is a tracked deletion runs on into the next, as Word shows it accepted.
 * Stops at the first markup error and keeps the paragraphs read whole before it.
 */
export function readParagraphs(xml: string): Paragraphs {
  const paragraphs: string[] = [];
  // A paragraph's slot is taken when it opens, so a text box's paragraphs follow the paragraph that anchors them.
  // Runs are counted a paragraph, so a text box's paragraph properties are not read as its anchor run's content.
  const open: { index: number; parts: string[]; runs: number; props: number; markDeleted: boolean }[] = [];
  // A paragraph whose mark was deleted, waiting for the next paragraph at its depth to run on into.
  let carried: { index: number; parts: string[]; depth: number } | undefined;
  const settle = () => {
    if (carried && carried.index < paragraphs.length) paragraphs[carried.index] = oneLine(carried.parts.join(''));
    carried = undefined;
  };
  // One entry a field being read: true while its instruction (between begin and separate) is.
  const fields: boolean[] = [];
  let body = 0;
  let fallback = 0;
  let dropped = 0;
  let text = 0;
  let raised = false;

  const inRun = () => open.length > 0 && open[open.length - 1]!.runs > 0;
  const reading = () => open.length > 0 && dropped === 0 && fallback === 0 && !fields.includes(true);
  const append = (s: string) => {
    if (reading()) open[open.length - 1]!.parts.push(s);
  };

  const parser = new SaxesParser({ xmlns: true, fileName: 'word/document.xml' });
  let problem: string | undefined;
  parser.on('error', (e) => {
    problem = e.message;
    throw new Stop();
  });
  parser.on('opentag', (tag) => {
    if (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback') fallback++;
    if (!WORDML.has(tag.uri)) return;
    switch (tag.local) {
      case 'body':
        body++;
        break;
      case 'p':
        if (body > 0 && fallback === 0) {
          if (carried?.depth === open.length) {
            open.push({ index: carried.index, parts: carried.parts, runs: 0, props: 0, markDeleted: false });
            carried = undefined;
          } else {
            settle();
            open.push({ index: paragraphs.length, parts: [], runs: 0, props: 0, markDeleted: false });
            paragraphs.push('');
          }
        }
        break;
      case 'pPr':
        if (open.length > 0) open[open.length - 1]!.props++;
        break;
      case 'r':
        if (open.length > 0) open[open.length - 1]!.runs++;
        raised = false;
        break;
      case 'vertAlign':
        if (inRun()) raised = attribute(tag, 'val') === 'superscript';
        break;
      case 't':
        text++;
        break;
      case 'tab':
        // A tab outside a run is a tab stop of the paragraph's properties, not a character.
        if (inRun()) append('\t');
        break;
      case 'br':
      case 'cr':
        if (inRun()) append(' ');
        break;
      case 'noBreakHyphen':
        if (inRun()) append('-');
        break;
      case 'fldChar': {
        const type = attribute(tag, 'fldCharType');
        if (type === 'begin') fields.push(true);
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = false;
        else if (type === 'end') fields.pop();
        break;
      }
      default:
        if (DROPPED.has(tag.local)) dropped++;
        // `<w:pPr><w:rPr><w:del/>`: the paragraph mark itself is deleted.
        if (tag.local === 'del' && open.length > 0 && open[open.length - 1]!.props > 0) open[open.length - 1]!.markDeleted = true;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback') fallback--;
    if (!WORDML.has(tag.uri ?? '')) return;
    switch (tag.local) {
      case 'body':
        body--;
        settle();
        break;
      case 'p': {
        if (body === 0 || fallback > 0) break;
        const p = open.pop();
        if (p?.markDeleted) carried = { index: p.index, parts: p.parts, depth: open.length };
        else if (p) paragraphs[p.index] = oneLine(p.parts.join(''));
        break;
      }
      case 'pPr':
        if (open.length > 0) open[open.length - 1]!.props--;
        break;
      case 'r':
        if (open.length > 0) open[open.length - 1]!.runs--;
        raised = false;
        break;
      case 't':
        text--;
        break;
      default:
        if (DROPPED.has(tag.local!)) dropped--;
    }
  });
  const onText = (s: string) => {
    if (text > 0) append(raised ? superscript(s) : s);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(xml).close();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    // Keep only the paragraphs before the first one left open.
    if (open.length > 0) paragraphs.length = open[0]!.index;
  }
  settle();
  return problem === undefined ? { paragraphs } : { paragraphs, problem };
}
