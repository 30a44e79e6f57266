import { alignPair, type PairAlignment } from '../align/claims.js';
import { pairKeyCounts } from '../align/sentences.js';
import { SourceDocument } from '../document.js';
import { extractPassage } from '../extract/index.js';
import { hasLineBreak, splitLines } from '../line-breaks.js';
import type { Analysis } from '../types.js';
import { PAGE_NUMBER_LINE, sentencesOfLines, type ProseLine } from '../segment/sentences.js';
import type { Lang, Passage } from '../types.js';
import { roundScore } from './evidence.js';
import { pairScore, type PassageInfo } from './index.js';

/** Between the two sides in the combined text, so no sentence or line runs across them. */
const SEPARATOR = '\n\n';
const NOT_SPACE = /\S/;

/** Lines as segment() reads them: a wrapped line continues its sentence, a blank line ends it. */
function proseLines(text: string): ProseLine[] {
  // Most sides of a pair are one paragraph on one line: found by the engine's search, not a walk in script.
  const lines = hasLineBreak(text) ? splitLines(text) : [{ offset: 0, text }];
  const out: ProseLine[] = [];
  for (const [i, line] of lines.entries()) {
    const body = line.text.trim();
    // A page number between two lines of prose (PDF text) is no line of the passage.
    if (body && out.length > 0 && i < lines.length - 1 && PAGE_NUMBER_LINE.test(body)) continue;
    if (body) out.push({ offset: line.offset + line.text.length - line.text.trimStart().length, length: body.length });
  }
  return out;
}

function passageOf(id: string, lang: Lang, text: string, base: number): Passage {
  const lines = proseLines(text);
  const sentences = sentencesOfLines(lines, text, lang, base);
  sentences.forEach((s, i) => (s.index = i));
  return { id, lang, offset: base, length: text.length, text, sentences };
}

export interface ExplicitPairAnalysis extends Analysis {
  /** Where the Chinese side starts in `document.text` (the English starts at 0). */
  zhOffset: number;
}

/**
 * The analysis of an English and a Chinese passage given as a pair: no language
 * detection, no boilerplate dropping and no pairing threshold — the caller said they
 * translate each other. The two sides are read as one document, `en + "\n\n" + zh`.
 */
export function analyzePair(en: string, zh: string, path = '<pair>'): ExplicitPairAnalysis {
  const zhOffset = en.length + SEPARATOR.length;
  const text = en + SEPARATOR + zh;
  const document = new SourceDocument(text, path);
  const enInfo: PassageInfo = { passage: passageOf('p1', 'en', en, 0), claims: [], anchors: [] };
  const zhInfo: PassageInfo = { passage: passageOf('p2', 'zh', zh, zhOffset), claims: [], anchors: [] };
  for (const info of [enInfo, zhInfo]) Object.assign(info, extractPassage(info.passage, text));
  // A side with anything but white space (`\S` and trim() know the same white space), without trimming a copy of it.
  const passages = [enInfo, zhInfo].filter((i) => NOT_SPACE.test(i.passage.text));
  const pairs: PairAlignment[] = [];
  if (passages.length === 2) {
    // The score counted from the sentence keys that alignment reads next, when they hold every key.
    pairs.push(alignPair(enInfo, zhInfo, Math.min(1, roundScore(pairScore(enInfo, zhInfo, pairKeyCounts(enInfo, zhInfo))))));
  }
  return { document, passages, pairs, zhOffset };
}
