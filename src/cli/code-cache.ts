import { isAscii } from 'node:buffer';
import { readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * Requiring the bundle's main.cjs with V8's code cache for it (`main.cjs.cache`): the
 * bytecode of every function a run compiled, which `npm run build` keeps after a warm-up
 * run. A cold start then skips compiling the linter. Node 20 has no compile cache of its own
 * (`module.enableCompileCache` came in Node 22), and require hooks that keep one in a temporary
 * folder cache only what compiles eagerly, not the functions a run compiles on first call.
 */

/** What became of the cache: read and used, refused by V8 (another node or other flags), or absent or older than the code. */
export type CodeCacheUse = 'used' | 'rejected' | 'none';

export interface CachedModule {
  exports: unknown;
  cache: CodeCacheUse;
  /** Writes the code cache of everything compiled so far (for the build's warm-up run). */
  save(): void;
}

/**
 * V8 first runs a pattern in its bytecode interpreter and compiles it to machine code on the
 * second call. A cold start calls a few hundred patterns a handful of times each, so most are
 * compiled twice; compiled once, straight to machine code, a one-pair run took about 10 ms
 * less (130 → 120 ms) and a long one no more. Set here, before main.cjs is compiled, both in
 * the build's warm-up and in every run: V8 accepts a code cache only under the flags it was
 * made with. Patterns node compiled before, in bytecode, keep running (through the
 * interpreter's entry, which V8 keeps as their machine code).
 */
function runRegExpsNative(): void {
  process.getBuiltinModule('node:v8').setFlagsFromString('--no-regexp-tier-up');
}

const cacheFileOf = (file: string) => `${file}.cache`;

/**
 * The `import()` of main.cjs (scripts/bundle.mjs makes each one a call of `__import`): code
 * compiled from a code cache has no dynamic-import callback in Node 20, so the packages that are
 * ES modules only (chalk, pdf.js) are imported from here, which node compiled itself.
 */
const importPackage = (specifier: string) => import(specifier);

const modified = (path: string) => statSync(path, { throwIfNoEntry: false })?.mtimeMs;

/**
 * A file's text. One in ASCII, as the build writes main.cjs, is taken byte for byte: decoding
 * its 1.1 MB as UTF-8 took about a millisecond more of every start.
 */
function readSource(file: string): string {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

interface ModuleInternals {
  filename: string;
  paths: string[];
  loaded: boolean;
  exports: unknown;
}
const ModuleClass = Module as unknown as {
  new (id: string, parent?: unknown): ModuleInternals;
  _nodeModulePaths(dir: string): string[];
  _cache: Record<string, ModuleInternals>;
};

/**
 * Loads a CommonJS file as `require` would, compiled with its code cache when that is at least
 * as new as the file: V8 checks its own version, flags and the source's length, not the
 * source itself, so a cache older than its code is never offered.
 */
export function requireWithCodeCache(file: string): CachedModule {
  runRegExpsNative();
  const cacheFile = cacheFileOf(file);
  const source = readSource(file);
  const cacheTime = modified(cacheFile);
  const cachedData = cacheTime !== undefined && cacheTime >= (modified(file) ?? Infinity) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __import) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const mod = new ModuleClass(file);
  mod.filename = file;
  mod.paths = ModuleClass._nodeModulePaths(dirname(file));
  ModuleClass._cache[file] = mod;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file), importPackage);
  mod.loaded = true;
  return {
    exports: mod.exports,
    cache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used',
    save() {
      // Written whole, then renamed: a run that starts meanwhile reads the old cache or none.
      const partial = `${cacheFile}.${process.pid}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
    },
  };
}
