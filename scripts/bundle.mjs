// Bundles the command (built by tsc into dist/src) into dist/bundle, so that node reads a few
// files at start-up instead of every module of the linter:
// - cli.cjs, what bin/zhenlint.js starts: the options, `--help` and `--version`; it requires
// - main.cjs, the rest of the command, in one CommonJS file. One file, not ES module chunks:
//   node loads it in a fraction of the time (no module graph to resolve and link, no ES facade
//   for each builtin). Its modules still run only when first needed (esbuild wraps those
//   reached by `import()`), and the packages stay outside it, loaded when a run needs them;
// - worker.js, the batch pool's worker threads, with its chunks (ES modules, as the pool starts it).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const outdir = process.argv[2] ?? root('dist/bundle');

/**
 * Packages made of hundreds of small CommonJS modules (@stdlib's distribution functions: some
 * 350), which node would find and read one at a time: bundled, they load in a tenth of the time.
 * The modules that require them on first use have their `createRequire` line dropped, so that
 * esbuild sees the requires, and the bundled packages still load only when first called.
 */
const INLINED = /^@stdlib\//;
const REQUIRES_INLINED = [root('dist/src/numbers/distributions.js')];
const OWN_REQUIRE = 'const require = createRequire(import.meta.url);';

const inlinePackages = {
  name: 'inline-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (INLINED.test(args.path) ? undefined : { path: args.path, external: true }));
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!REQUIRES_INLINED.includes(args.path)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(OWN_REQUIRE)) throw new Error(`${args.path} no longer has \`${OWN_REQUIRE}\`: the packages it requires would not be bundled`);
      return { contents: text.replace(OWN_REQUIRE, ''), loader: 'js' };
    });
  },
};

/** cli.cjs leaves the rest of the command to main.cjs, beside it. */
const MAIN = root('dist/src/cli.js');
const mainBeside = {
  name: 'main-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/cli\.js$/ }, (args) => (args.importer === root('dist/src/cli/start.js') ? { path: './main.cjs', external: true } : undefined));
  },
};

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
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
  plugins: [mainBeside, inlinePackages],
  // `import('../cli.js')` becomes a plain require of main.cjs: loading it through the ES module loader costs far more.
  supported: { 'dynamic-import': false },
});
await build({
  ...commonJs,
  entryPoints: { main: MAIN },
  outdir,
  plugins: [inlinePackages],
  // The packages loaded by `import()` stay so: some are ES modules only (chalk, pdf.js).
  supported: { 'dynamic-import': true },
});
await build({
  ...common,
  // The batch pool starts ./worker.js beside its own code.
  entryPoints: { worker: root('dist/src/batch/worker.js') },
  outdir,
  format: 'esm',
  // Dynamic imports (other formats) become chunks loaded on demand.
  splitting: true,
  plugins: [inlinePackages],
  chunkNames: 'chunk-[hash]',
});
