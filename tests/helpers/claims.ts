import { describe, expect, it } from 'vitest';
import { extractPassage } from '../../src/extract/index.js';
import { splitSentences } from '../../src/segment/sentences.js';
import type { Claim, DateParts, Lang, Passage } from '../../src/types.js';

export function passageOf(text: string, lang: Lang, id = 'p'): Passage {
  const sentences = splitSentences(text, lang, 0);
  sentences.forEach((s, i) => (s.index = i));
  return { id, lang, offset: 0, length: text.length, text, sentences };
}

/** A date as year-month-day, `?` for a part not stated: `2015-4-?`; `1980s` for a decade; `⇄` when day and month may swap. */
function showDate(d: DateParts): string {
  if (d.decade) return `${d.year}s`;
  return `${d.year ?? '?'}-${d.month ?? '?'}-${d.day ?? '?'}${d.swappable ? ' ⇄' : ''}`;
}

/** One claim on one line: kind, «exact text», value, [unit], comparator, ~ for approximate, `by` for a multiple a value grew by, dN for decimals. */
export function showClaim(c: Claim): string {
  const value =
    c.kind === 'fraction' || c.kind === 'ratio' ? `${c.num}/${c.den}` : c.kind === 'range' ? `${c.low}..${c.high}` : c.kind === 'date' ? showDate(c.date!) : String(c.value);
  return [c.kind, `«${c.text}»`, value, c.unit && `[${c.unit}]`, c.comparator, c.approx && '~', c.increaseBy && 'by', c.decimals ? `d${c.decimals}` : '']
    .filter(Boolean)
    .join(' ');
}

/** Every claim of a text, then its anchors after ⚓; `(none)` when it states no amount. */
export function showExtraction(text: string, lang: Lang): string {
  const { claims, anchors } = extractPassage(passageOf(text, lang), text);
  const shown = claims.map(showClaim).join(' | ') || '(none)';
  return anchors.length ? `${shown} ⚓ ${anchors.map((a) => a.text).join(' ; ')}` : shown;
}

/** One extraction table: every row's claims as shown, and every claim's span slicing to its text. */
export function describeExtractionTable(name: string, lang: Lang, rows: [string, string][]): void {
  describe(name, () => {
    it('has at least 200 rows', () => expect(rows.length).toBeGreaterThanOrEqual(200));
    it.each(rows)('%s', (text, expected) => {
      expect(showExtraction(text, lang)).toBe(expected);
    });
    it('every claim points at its exact characters', () => {
      for (const [text] of rows) {
        for (const c of extractPassage(passageOf(text, lang), text).claims) expect(text.slice(c.offset, c.offset + c.length)).toBe(c.text);
      }
    });
  });
}
