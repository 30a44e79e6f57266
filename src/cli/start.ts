import { answerAtOnce } from './answer.js';
import { parseCli } from './args.js';
import { processIo, type Io } from './io.js';

/**
 * The command's entry point (bin/zhenlint.js): `--help` and `--version` cost node's own
 * start-up, since the linter's modules load only when there is something to lint.
 */
export async function start(argv: string[], io: Io = processIo()): Promise<number> {
  let answered: number | undefined;
  try {
    answered = await answerAtOnce(parseCli(argv), io.stdout);
  } catch {
    // A usage error is reported by main, in its own words and with its exit code.
  }
  if (answered !== undefined) return answered;
  const { main } = await import('../cli.js');
  return main(argv, io);
}
