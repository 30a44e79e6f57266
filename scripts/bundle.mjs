// Bundles the command (built by tsc into dist/src) into dist/bundle: node then reads a few
// files at start-up instead of every module of the linter. Packages stay external, so the
// parsers of other formats, the language server and franc still load only when a run needs them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const outdir = process.argv[2] ?? root('dist/bundle');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    // bin/zhenlint.js loads cli.js; the batch pool starts ./worker.js beside its own code.
    cli: root('dist/src/cli/start.js'),
    worker: root('dist/src/batch/worker.js'),
  },
  outdir,
  bundle: true,
  // Dynamic imports (other formats, reports, the language server) become chunks loaded on demand.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
