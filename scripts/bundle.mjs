// Bundles the command (built by tsc into dist/src) into dist/bundle, so that node reads a few
// files at start-up instead of every module of the linter:
// - cli.cjs, what bin/zhenlint.js starts: the options, `--help` and `--version`; it requires
// - main.cjs, the rest of the command, in one CommonJS file, and main.cjs.cache, V8's code cache
//   for it from a warm-up run over every rule's examples (src/cli/code-cache.ts). One file, not ES module chunks:
//   node loads it in a fraction of the time (no module graph to resolve and link, no ES facade
//   for each builtin). Its modules still run only when first needed (esbuild wraps those
//   reached by `import()`), and the packages stay outside it, loaded when a run needs them,
//   but for @stdlib's distribution functions and natural's sentence tokenizer (HELD below);
// - worker.js, the batch pool's worker threads, with its chunks (ES modules, as the pool starts it);
// - stdlib/*.cjs and franc.cjs, one file for each of @stdlib's distribution functions (for the
//   worker) and for franc, required when first called.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { modelsFile } from './franc-models.mjs';

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
/** Packages apart built from a module of ours rather than the package's own entry: franc over tables of its models made here (scripts/franc.mjs). */
const ENTRY_OF = { franc: root('scripts/franc.mjs') };
const apartFile = (name) => `./${name.replace(/^@/, '')}.cjs`;

/** The packages a module requires by the names `pattern` finds in it. */
async function namesIn({ module, names: pattern }) {
  const found = [...(await readFile(module, 'utf8')).matchAll(pattern)].map((m) => m[1]);
  if (found.length === 0) throw new Error(`${module} no longer requires ${pattern.source} as scripts/bundle.mjs expects`);
  return found;
}

async function packagesApart() {
  return (await Promise.all(APART.map(namesIn))).flat();
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
 * Packages held inside main.cjs, where V8's code cache covers them: @stdlib's distribution
 * functions and natural's sentence tokenizer, CommonJS all, which a run would otherwise find,
 * read and compile when first called (about 3 ms for the normal distribution, 7 ms for t and
 * 1 ms for the tokenizer on a cold start). They still run only when first required: esbuild
 * wraps each CommonJS module in a function called on its first `require`. The modules that
 * require them through `createRequire` get a `require` that looks in main.cjs first.
 */
const HELD = [
  { module: root('dist/src/numbers/distributions.js'), names: /'(@stdlib\/[a-z0-9-]+)'/g },
  { module: root('dist/src/segment/sentences.js'), names: /'(natural\/lib\/natural\/tokenizers\/[a-z_]+\.js)'/g },
];
const CREATE_REQUIRE = 'createRequire(import.meta.url)';

const heldInMain = {
  name: 'held-in-main',
  setup(build) {
    const held = Promise.all(HELD.map(namesIn)).then((names) => new Set(names.flat()));
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!HELD.some((h) => h.module === args.path)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(CREATE_REQUIRE)) throw new Error(`${args.path} no longer calls ${CREATE_REQUIRE} as scripts/bundle.mjs expects`);
      return { contents: `import { heldRequire } from 'held-packages';\n${text.replaceAll(CREATE_REQUIRE, `heldRequire(${CREATE_REQUIRE})`)}`, loader: 'js' };
    });
    build.onResolve({ filter: /^held-packages$/ }, () => ({ path: 'held-packages', namespace: 'held' }));
    build.onLoad({ filter: /^held-packages$/, namespace: 'held' }, async () => {
      const table = [...(await held)].map((name) => `  ${JSON.stringify(name)}: () => require(${JSON.stringify(name)}),`).join('\n');
      return {
        contents: `const held = {\n${table}\n};\nexport const heldRequire = (fallback) => (name) => (Object.hasOwn(held, name) ? held[name]() : fallback(name));\n`,
        resolveDir: root('dist/src'),
        loader: 'js',
      };
    });
    // The held packages, and the packages they require in turn, are bundled rather than left outside.
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (isBuiltin(args.path)) return undefined;
      const fromHeld = args.importer.includes('/node_modules/');
      if (!fromHeld && !(args.namespace === 'held' || (await held).has(args.path))) return undefined;
      return { path: createRequire(args.importer.startsWith('/') ? args.importer : join(args.resolveDir, 'x.js')).resolve(args.path) };
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
 * main.cjs in ASCII. esbuild escapes the characters beyond ASCII of string literals, but leaves
 * those of regular expression literals, `String.raw` templates (the sources of patterns) and
 * comments, and a single one makes node decode the whole file from UTF-8 into a string of
 * two-byte characters at every start (about a millisecond for this file, and twice its memory).
 * In a pattern, `\uXXXX` is the character it escapes, with or without the `u` flag; an escaped
 * character (`\\…`) or one beyond the Basic Multilingual Plane would need more care, and the
 * build stops if one appears.
 */
function inAscii(text) {
  if (/\\[^\x00-\x7f]|[\u{10000}-\u{10ffff}]/u.test(text)) throw new Error('main.cjs has an escaped character beyond ASCII, or one beyond the BMP, which inAscii does not rewrite');
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
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
  plugins: [heldInMain, pointedApart, inlined],
  // The packages loaded by `import()` stay so: some are ES modules only (chalk, pdf.js).
  supported: { 'dynamic-import': true },
  write: false,
  metafile: true,
});
writeFileSync(join(outdir, 'main.cjs'), inAscii(importsThroughLoader(main)));
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
  entryPoints: Object.fromEntries((await packagesApart()).map((name) => [apartFile(name).slice(2, -4), ENTRY_OF[name] ?? createRequire(import.meta.url).resolve(name)])),
  outdir,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  packages: undefined,
});
// The tables of franc's models that franc.cjs reads (scripts/franc-models.mjs).
writeFileSync(join(outdir, 'franc-models.bin'), modelsFile());
await warmCodeCache();
