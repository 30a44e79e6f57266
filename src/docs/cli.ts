import { fileURLToPath } from 'node:url';
import { writeDocs } from './generate.js';

/** `npm run docs` runs the compiled file, dist/src/docs/cli.js: the repository is three folders up. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

try {
  const changed = writeDocs(ROOT);
  process.stdout.write(changed.length === 0 ? 'docs: up to date\n' : changed.map((line) => `docs: ${line}\n`).join(''));
} catch (err) {
  process.stderr.write(`zhenlint docs: ${(err as Error).message}\n`);
  process.exitCode = 2;
}
