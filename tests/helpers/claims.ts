import { extractPassage } from '../../src/extract/index.js';
import { splitSentences } from '../../src/segment/sentences.js';
import type { Claim, Lang, Passage } from '../../src/types.js';

export function passageOf(text: string, lang: Lang, id = 'p'): Passage {
  const sentences = splitSentences(text, lang, 0);
  sentences.forEach((s, i) => (s.index = i));
  return { id, lang, offset: 0, length: text.length, text, sentences };
}

/** One claim on one line: kind, «exact text», value, [unit], comparator, ~ for approximate, dN for decimals. */
export function showClaim(c: Claim): string {
  const value =
    c.kind === 'fraction' || c.kind === 'ratio' ? `${c.num}/${c.den}` : c.kind === 'range' ? `${c.low}..${c.high}` : String(c.value);
  return [c.kind, `«${c.text}»`, value, c.unit && `[${c.unit}]`, c.comparator, c.approx && '~', c.decimals ? `d${c.decimals}` : '']
    .filter(Boolean)
    .join(' ');
}

/** Every claim of a text, then its anchors after ⚓; `(none)` when it states no amount. */
export function showExtraction(text: string, lang: Lang): string {
  const { claims, anchors } = extractPassage(passageOf(text, lang), text);
  const shown = claims.map(showClaim).join(' | ') || '(none)';
  return anchors.length ? `${shown} ⚓ ${anchors.map((a) => a.text).join(' ; ')}` : shown;
}
