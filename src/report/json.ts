import type { Report } from './schema.js';
import { isListed, PackedList } from './listed.js';

/** Objects and arrays at most this deep (the report, its files, a file) are written part by part; deeper values whole. */
const OPEN_DEPTH = 2;

/**
 * `JSON.stringify(value, null, space)` (space 0 or 2), in pieces: the report, its files and
 * each file's lists are written item by item, packed lists (src/report/listed.ts) read one
 * item at a time, so that the text of a large report never has to be held whole.
 */
export function* jsonChunks(value: unknown, space: 0 | 2, indent = '', depth = 0): Generator<string> {
  if (value instanceof PackedList && space === 0) {
    yield '[';
    let first = true;
    for (const item of value.json()) {
      yield first ? item : `,${item}`;
      first = false;
    }
    yield ']';
    return;
  }
  const listed = isListed(value);
  if (!listed && (depth > OPEN_DEPTH || value === null || typeof value !== 'object')) {
    const text = JSON.stringify(value, null, space);
    // A string in JSON holds no raw line end: every one is the layout's.
    yield space === 0 || indent === '' ? text : text.split('\n').join(`\n${indent}`);
    return;
  }
  const inner = space === 0 ? '' : `${indent}  `;
  const open = space === 0 ? '' : `\n${inner}`;
  const close = space === 0 ? '' : `\n${indent}`;
  if (listed || Array.isArray(value)) {
    let first = true;
    for (const item of value as Iterable<unknown>) {
      yield first ? `[${open}` : `,${open}`;
      // As JSON.stringify writes them, an array's undefined and functions are null.
      yield* jsonChunks(item === undefined || typeof item === 'function' ? null : item, space, inner, depth + 1);
      first = false;
    }
    yield first ? '[]' : `${close}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function') continue;
    yield `${first ? '{' : ','}${open}${JSON.stringify(key)}:${space === 0 ? '' : ' '}`;
    yield* jsonChunks(item, space, inner, depth + 1);
    first = false;
  }
  yield first ? '{}' : `${close}}`;
}

/** The JSON report, `JSON.stringify(report, null, 2)` and a line end, in pieces. */
export function* jsonReportChunks(report: Omit<Report, 'files'> & { files: unknown[] }): Generator<string> {
  yield* jsonChunks(report, 2);
  yield '\n';
}
