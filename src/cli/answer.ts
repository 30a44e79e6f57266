import { HELP, type CliOptions } from './args.js';
import { writeOut } from './output.js';
import { VERSION } from '../version.js';

/** `--help` and `--version`: answered from the options alone, before anything that lints is loaded. Undefined when neither was asked. */
export async function answerAtOnce(opt: CliOptions, stdout: NodeJS.WritableStream): Promise<number | undefined> {
  if (opt.help) {
    await writeOut(stdout, HELP);
    return 0;
  }
  if (opt.version) {
    await writeOut(stdout, `${VERSION}\n`);
    return 0;
  }
  return undefined;
}
