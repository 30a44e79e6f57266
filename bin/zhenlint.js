#!/usr/bin/env node
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// The bundle (`npm run build`) starts faster than the modules tsc emits (a few files to read); it
// is used only while it is newer than them, so a bare `tsc` never runs stale code.
const bundle = new URL('../dist/bundle/cli.cjs', import.meta.url);
const modules = new URL('../dist/src/cli/start.js', import.meta.url);
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs;
const [bundled, emitted] = [modified(bundle), modified(modules)];

if (bundled === undefined && emitted === undefined) {
  process.stderr.write('zhenlint: not built: run `npm run build` (npm install does it)\n');
  process.exitCode = 2;
} else {
  // The bundle is CommonJS: required, it skips the ES module loader.
  const { start } = (bundled ?? -Infinity) >= (emitted ?? -Infinity) ? createRequire(import.meta.url)(fileURLToPath(bundle)) : await import(modules.href);
  process.exitCode = await start(process.argv.slice(2));
}
