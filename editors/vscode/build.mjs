// Bundles the extension and vscode-languageclient into one CommonJS file, dist/extension.js,
// so the folder installs without a node_modules of its own. `vscode` is provided by the editor.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

await build({
  entryPoints: [here('./src/extension.ts')],
  outfile: here('./dist/extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});
