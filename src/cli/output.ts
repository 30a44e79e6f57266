import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';

/** Streams whose reader has gone (EPIPE), and streams already watched for it. */
const closed = new WeakSet<NodeJS.WritableStream>();
const watched = new WeakSet<NodeJS.WritableStream>();

/**
 * A reader that stops reading (`zhenlint … | head`) is not an error of the run: like `cat`,
 * stop writing and end with the lint's own exit code instead of a stack trace.
 */
function watch(stream: NodeJS.WritableStream): void {
  if (watched.has(stream)) return;
  watched.add(stream);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      closed.add(stream);
      return;
    }
    throw err;
  });
}

/** Write and wait until the text is taken; nothing is written once the reader has gone. */
export function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  watch(stream);
  if (closed.has(stream) || text === '') return Promise.resolve();
  return new Promise<void>((resolve) => {
    // The callback runs when the text is flushed and also when the write failed (EPIPE, handled above).
    stream.write(text, () => resolve());
  });
}

/** Write to --output (creating its folder) or to standard output. */
export async function emit(text: string, output: string | undefined, stdout: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (output === undefined) {
    await writeOut(stdout, text);
    return;
  }
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, text, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot write ${output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Output is handed on in chunks of about this size. */
const CHUNK = 64 * 1024;

/**
 * A report written line by line as records finish (`--format jsonl`): to --output or to
 * standard output, buffered, waiting when the reader is slow.
 */
export class LineSink {
  private buffer = '';
  private constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly file: boolean,
  ) {}

  static async open(output: string | undefined, stdout: NodeJS.WritableStream): Promise<LineSink> {
    if (output === undefined) return new LineSink(stdout, false);
    try {
      await mkdir(dirname(output), { recursive: true });
    } catch (err) {
      throw new UsageError(`cannot write ${output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const stream = createWriteStream(output, 'utf8');
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (err: NodeJS.ErrnoException) => reject(new UsageError(`cannot write ${output}: ${err.code ?? err.message}`)));
    });
    return new LineSink(stream, true);
  }

  async write(line: string): Promise<void> {
    this.buffer += line;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    const text = this.buffer;
    this.buffer = '';
    await writeOut(this.stream, text);
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.file) await new Promise<void>((resolve) => this.stream.end(resolve));
  }
}
