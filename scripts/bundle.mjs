// Bundles the command (built by tsc into dist/src) into dist/bundle: node then reads a few
// files at start-up instead of every module of the linter. Packages stay external, so the
// parsers of other formats, the language server and franc still load only when a run needs them,
// except those of INLINED below.
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
  plugins: [inlinePackages],
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
