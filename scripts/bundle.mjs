// Bundles the command (built by tsc into dist/src) into dist/bundle, so that node reads a few
// files at start-up instead of every module of the linter:
// - cli.cjs, what bin/zhenlint.js starts: the options, `--help` and `--version`; it requires
// - main.cjs, the rest of the command, in one CommonJS file, and main.cjs.cache, V8's code cache
//   for it from a warm-up run over every rule's examples (src/cli/code-cache.ts). One file, not ES module chunks:
//   node loads it in a fraction of the time (no module graph to resolve and link, no ES facade
//   for each builtin). Its modules still run only when first needed (esbuild wraps those
//   reached by `import()`), and the packages stay outside it, loaded when a run needs them;
// - worker.js, the batch pool's worker threads, with its chunks (ES modules, as the pool starts it);
// - stdlib/*.cjs and franc.cjs, one file for each of @stdlib's distribution functions and for
//   franc, required when first called.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const outdir = process.argv[2] ?? root('dist/bundle');

/**
 * Packages that modules require on first use (through `createRequire`), each built into one
 * CommonJS file beside the command, which those modules are pointed at instead: @stdlib's
 * distribution functions are each some 150-350 small CommonJS modules, which node would find
 * and read one at a time; franc is ES modules, which need node's ES module loader.
 */
const APART = [
  { module: root('dist/src/numbers/distributions.js'), names: /'(@stdlib\/[a-z0-9-]+)'/g },
  { module: root('dist/src/segment/language.js'), names: /'(franc)'/g },
];
/** `@stdlib/x` is built into stdlib/x.cjs, `franc` into franc.cjs. */
const apartFile = (name) => `./${name.replace(/^@/, '')}.cjs`;

async function packagesApart() {
  const names = [];
  for (const { module, names: pattern } of APART) {
    const found = [...(await readFile(module, 'utf8')).matchAll(pattern)].map((m) => m[1]);
    if (found.length === 0) throw new Error(`${module} no longer requires ${pattern.source} as scripts/bundle.mjs expects`);
    names.push(...found);
  }
  return names;
}

const pointedApart = {
  name: 'pointed-apart',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      const apart = APART.find((a) => a.module === args.path);
      if (!apart) return undefined;
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replace(apart.names, (_, name) => `'${apartFile(name)}'`), loader: 'js' };
    });
  },
};

/**
 * Packages built into the bundle instead of left beside it: opencc-js's table of traditional
 * characters (29 kB), which every fold of Chinese reads, is an ES module only, and requiring
 * one from CommonJS sets up node's whole ES module loader.
 */
const INLINED = /^opencc-js\/dict\/TSCharacters$/;
const inlined = {
  name: 'inlined',
  setup(build) {
    build.onResolve({ filter: INLINED }, (args) => ({ path: createRequire(import.meta.url).resolve(args.path) }));
  },
};

/** cli.cjs leaves the rest of the command to main.cjs, beside it, which it requires with its code cache. */
const MAIN = root('dist/src/cli.js');
const mainBeside = {
  name: 'main-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/cli\.js$/ }, (args) => (args.importer === root('dist/src/cli/start.js') ? { path: 'main.cjs', namespace: 'main-beside' } : undefined));
    build.onLoad({ filter: /^main\.cjs$/, namespace: 'main-beside' }, () => ({
      contents: "module.exports = require('./code-cache.js').requireWithCodeCache(require('node:path').join(__dirname, 'main.cjs')).exports;",
      resolveDir: root('dist/src/cli'),
      loader: 'js',
    }));
  },
};

/**
 * main.cjs with its `import()` calls made through `__import`, which the code-cache loader
 * passes in: code compiled from a V8 code cache has no dynamic-import callback in Node 20.
 * Every `import(` esbuild left is one its metafile lists as a dynamic import.
 */
function importsThroughLoader(result) {
  const [out] = result.outputFiles;
  const expected = Object.values(result.metafile.outputs)[0].imports.filter((i) => i.kind === 'dynamic-import').length;
  let found = 0;
  const text = out.text.replace(/\bimport\((?=")/g, () => (found++, '__import('));
  if (found !== expected) throw new Error(`main.cjs has ${found} import( calls where esbuild made ${expected} dynamic imports`);
  return text;
}

/**
 * Runs main.cjs over every rule's examples, in the two formats most runs ask for, and keeps
 * the code V8 compiled for it as main.cjs.cache: what a cold start would compile first.
 */
async function warmCodeCache() {
  const { requireWithCodeCache } = await import(root('dist/src/cli/code-cache.js'));
  const { rules } = await import(root('dist/rules/index.js'));
  const texts = rules.flatMap((r) => [...(r.meta.examples?.valid ?? []), ...(r.meta.examples?.invalid ?? []).map((e) => e.text)]);
  const dir = mkdtempSync(join(tmpdir(), 'zhenlint-warm-'));
  try {
    const file = join(dir, 'examples.txt');
    writeFileSync(file, texts.join('\n\n'));
    const loaded = requireWithCodeCache(join(outdir, 'main.cjs'));
    let said = '';
    const stdout = new Writable({ write: (_chunk, _encoding, done) => done() });
    // The examples are many abstracts in one file, which the run's notices say; only a failure is shown.
    const stderr = new Writable({ write: (chunk, _encoding, done) => ((said += chunk), done()) });
    for (const args of [['-f', 'json', file], [file]]) {
      const code = await loaded.exports.main(args, { stdout, stderr, stdin: [] });
      if (code === 2) throw new Error(`the warm-up run of main.cjs failed (${args.join(' ')}): ${said}`);
    }
    loaded.save();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const common = { bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' };
/** The modules use `import.meta.url` to find files beside them (package.json, the worker); in CommonJS it is the file's own URL. */
const commonJs = {
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__importMetaUrl' },
  // Strict, as the ES modules it is made of are; the directive must come first.
  banner: { js: '"use strict";\nvar __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  ...commonJs,
  entryPoints: { cli: root('dist/src/cli/start.js') },
  outdir,
  plugins: [mainBeside, pointedApart],
});
const main = await build({
  ...commonJs,
  entryPoints: { main: MAIN },
  outdir,
  plugins: [pointedApart, inlined],
  // The packages loaded by `import()` stay so: some are ES modules only (chalk, pdf.js).
  supported: { 'dynamic-import': true },
  write: false,
  metafile: true,
});
writeFileSync(join(outdir, 'main.cjs'), importsThroughLoader(main));
await build({
  ...common,
  // The batch pool starts ./worker.js beside its own code.
  entryPoints: { worker: root('dist/src/batch/worker.js') },
  outdir,
  format: 'esm',
  // Dynamic imports (other formats) become chunks loaded on demand.
  splitting: true,
  plugins: [pointedApart],
  chunkNames: 'chunk-[hash]',
});
await build({
  ...common,
  entryPoints: Object.fromEntries((await packagesApart()).map((name) => [apartFile(name).slice(2, -4), createRequire(import.meta.url).resolve(name)])),
  outdir,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  packages: undefined,
});
await warmCodeCache();
