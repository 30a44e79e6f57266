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

/** Where a run of whole lines can end in `bytes`: after its last LF, or after a CR that is not the last byte (a CR at the end may be half a CRLF). */
function lastBreak(bytes: Buffer): number {
  const lf = bytes.lastIndexOf(0x0a);
  if (lf >= 0) return lf + 1;
  return bytes.length < 2 ? 0 : bytes.lastIndexOf(0x0d, bytes.length - 2) + 1;
}

/**
 * Split a byte stream into runs of whole lines, as bytes: one run for each chunk read that
 * ends a line, the rest carried into the next. The lines are decoded and split where they
 * are linted, so the thread that reads makes no string of them. The last run may end
 * without a line break; a byte-order mark at the start is dropped, as readLines does.
 */
export async function* readLineRuns(input: AsyncIterable<string | Buffer>): AsyncGenerator<Uint8Array> {
  let carry: Buffer | undefined;
  let first = true;
  const out = (run: Buffer): Buffer => {
    if (first && run[0] === 0xef && run[1] === 0xbb && run[2] === 0xbf) run = run.subarray(3);
    first = false;
    return run;
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const all = carry ? Buffer.concat([carry, bytes]) : bytes;
    const end = lastBreak(all);
    carry = end < all.length ? all.subarray(end) : undefined;
    if (end > 0) yield out(all.subarray(0, end));
  }
  if (carry) yield out(carry);
}
