#!/usr/bin/env node
// CommonJS (bin/package.json): node starts it without setting up its ES module loader, which a
// bundled run never needs.
'use strict';
const { statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

// The bundle (`npm run build`) starts faster than the modules tsc emits (a few files to read); it
// is used only while it is newer than them, so a bare `tsc` never runs stale code.
const bundle = join(__dirname, '../dist/bundle/cli.cjs');
const modules = join(__dirname, '../dist/src/cli/start.js');
const modified = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs;
const [bundled, emitted] = [modified(bundle), modified(modules)];

async function run() {
  if (bundled === undefined && emitted === undefined) {
    process.stderr.write('zhenlint: not built: run `npm run build` (npm install does it)\n');
    return 2;
  }
  const { start } = (bundled ?? -Infinity) >= (emitted ?? -Infinity) ? require(bundle) : await import(pathToFileURL(modules).href);
  return start(process.argv.slice(2));
}

run().then((code) => {
  process.exitCode = code;
});
