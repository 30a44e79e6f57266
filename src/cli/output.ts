import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from './errors.js';

let stdoutClosed = false;
let watching = false;

/**
 * A reader that stops reading (`zhenlint … | head`) is not an error of the run: like `cat`,
 * stop writing and end with the lint's own exit code instead of a stack trace.
 */
function watchStdout(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      stdoutClosed = true;
      return;
    }
    throw err;
  });
}

/** Write to standard output and wait until it is taken; nothing is written once the reader has gone. */
export function writeStdout(text: string): Promise<void> {
  watchStdout();
  if (stdoutClosed || text === '') return Promise.resolve();
  return new Promise<void>((resolve) => {
    // The callback runs when the text is flushed and also when the write failed (EPIPE, handled above).
    process.stdout.write(text, () => resolve());
  });
}

/** Write to --output (creating its folder) or to standard output. */
export async function emit(text: string, output: string | undefined): Promise<void> {
  if (output === undefined) {
    await writeStdout(text);
    return;
  }
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, text, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot write ${output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
