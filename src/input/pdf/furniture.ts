import type { Line } from './layout.js';

/** How many lines at the top and at the bottom of a page may be a running head or foot; a page number is the very first or last. */
const EDGE_LINES = 2;
/** Baselines this close (points) are the same place on two pages. */
const SAME_PLACE = 2;

/** A page number standing alone: `3`, `- 3 -`, `3/12`, `第 3 页`. */
const PAGE_NUMBER = /^(?:[-–—]\s?)?\d{1,4}(?:\s?[-–—])?$|^\d{1,4}\s?\/\s?\d{1,4}$|^第\s?\d{1,4}\s?页(?:\s?[,，/]?\s?共\s?\d{1,4}\s?页)?$/;

/** A line's text with its numbers blanked out, so that `Page 3` and `Page 4` read alike. */
const shape = (text: string) => text.replace(/\d+/g, '#');

/** The lines at the top and the bottom of a page, by baseline. */
function edges(lines: readonly Line[]): Line[] {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  if (byHeight.length <= 2 * EDGE_LINES) return byHeight;
  return [...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)];
}

/**
 * The page furniture of a document: running heads and feet (a line at the top or bottom
 * of a page that another page repeats at the same height, its numbers aside) and page
 * numbers standing alone there. They are not the article's text: read inside an abstract
 * that runs over a page, they would put a journal's volume and page into its sentences.
 */
export function furniture(pages: readonly (readonly Line[])[]): Set<Line> {
  const found = new Set<Line>();
  const candidates = pages.map((lines) => edges(lines).map((line) => ({ line, shape: shape(line.text) })));
  candidates.forEach((lines, page) => {
    for (const { line, shape } of lines) {
      const repeated = candidates.some((other, p) => p !== page && other.some((o) => Math.abs(o.line.y - line.y) <= SAME_PLACE && o.shape === shape));
      if (repeated) found.add(line);
    }
  });
  for (const lines of pages) {
    const top = lines.reduce<Line | undefined>((a, l) => (a && a.y >= l.y ? a : l), undefined);
    const bottom = lines.reduce<Line | undefined>((a, l) => (a && a.y <= l.y ? a : l), undefined);
    for (const line of [top, bottom]) if (line && PAGE_NUMBER.test(line.text)) found.add(line);
  }
  return found;
}
