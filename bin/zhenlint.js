#!/usr/bin/env node
import { statSync } from 'node:fs';

// The bundle (`npm run build`) starts several times faster than the modules tsc emits; it
// is used only while it is newer than them, so a bare `tsc` never runs stale code.
const bundle = new URL('../dist/bundle/cli.js', import.meta.url);
const modules = new URL('../dist/src/cli/start.js', import.meta.url);
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -Infinity;
const { start } = await import((modified(bundle) >= modified(modules) ? bundle : modules).href);

process.exitCode = await start(process.argv.slice(2));
