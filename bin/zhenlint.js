#!/usr/bin/env node
import { statSync } from 'node:fs';

// The bundle (`npm run build`) starts faster than the modules tsc emits (a few files to read); it
// is used only while it is newer than them, so a bare `tsc` never runs stale code.
const bundle = new URL('../dist/bundle/cli.js', import.meta.url);
const modules = new URL('../dist/src/cli/start.js', import.meta.url);
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs;
const [bundled, emitted] = [modified(bundle), modified(modules)];

if (bundled === undefined && emitted === undefined) {
  process.stderr.write('zhenlint: not built: run `npm run build` (npm install does it)\n');
  process.exitCode = 2;
} else {
  const { start } = await import((bundled ?? -Infinity) >= (emitted ?? -Infinity) ? bundle.href : modules.href);
  process.exitCode = await start(process.argv.slice(2));
}
