import type { Readable } from 'node:stream';

export { lintExplicitPair, type ExplicitPairReport } from './pair.js';
export { lintRecord, parseRecordLine, RecordError, type BatchRecord, type RecordOptions, type RecordReport } from './record.js';

/**
 * Split a byte or text stream into lines (LF or CRLF), keeping memory bounded by the longest line.
 * A byte-order mark before the first line is dropped: editors on Windows write one, and it is not part of the first record.
 */
export async function* readLines(input: Readable | AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const { createInterface } = await import('node:readline');
  const { Readable } = await import('node:stream');
  const stream = 'pipe' in input ? (input as Readable) : Readable.from(input);
  let first = true;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    yield first && line.startsWith('\uFEFF') ? line.slice(1) : line;
    first = false;
  }
}
