import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from '../helpers/temp.js';

/**
 * The command as bin/zhenlint.js starts it: from the bundle that `npm run build` makes, or
 * from the modules tsc emits. Built here into a folder of its own, so the test never
 * rewrites the bundle other tests' runs of the command read.
 */
const BUNDLE = join(ROOT, 'dist/bundle-test');
const MODULES_ENTRY = join(ROOT, 'dist/src/cli/start.js');
const BUNDLE_ENTRY = join(BUNDLE, 'cli.cjs');

const dir = tempDir();
const log = join(dir, 'loaded.log');
/** Writes the URL of every ES module loaded and the path of every CommonJS module required. */
const recorder = join(dir, 'record-loads.mjs');
writeFileSync(
  recorder,
  `import { register, createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';
register('data:text/javascript,' + encodeURIComponent("import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { appendFileSync(process.env.LOAD_LOG, url + '\\\\n'); return next(url, context); }"));
const Module = createRequire(import.meta.url)('node:module');
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  appendFileSync(process.env.LOAD_LOG, Module._resolveFilename(request, parent) + '\\n');
  return load.call(this, request, parent, ...rest);
};
// main.cjs is read and compiled with its code cache rather than required.
const fs = createRequire(import.meta.url)('node:fs');
const read = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (typeof path === 'string' && path.endsWith('.cjs')) appendFileSync(process.env.LOAD_LOG, path + '\\n');
  return read.call(this, path, ...rest);
};
`,
);

/** Starts the command from the entry module it is given, as bin/zhenlint.js does: the bundle's (CommonJS) is required. */
const runner = join(dir, 'start.mjs');
writeFileSync(
  runner,
  `import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const entry = process.env.ENTRY;
const { start } = entry.endsWith('.cjs') ? createRequire(import.meta.url)(fileURLToPath(entry)) : await import(entry);
process.exitCode = await start(process.argv.slice(2));
`,
);

interface Started {
  code: number;
  stdout: string;
  stderr: string;
  /** What was loaded besides node's own modules: paths under the repository, `node_modules/…` for packages. */
  loaded: string[];
}

function start(entry: string, args: string[]): Started {
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(recorder).href, runner, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ENTRY: pathToFileURL(entry).href, LOAD_LOG: log, FORCE_COLOR: undefined, NO_COLOR: undefined } as NodeJS.ProcessEnv,
  });
  const loaded = readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && l !== pathToFileURL(runner).href && !l.startsWith('node:') && !l.startsWith('data:') && !/^[a-z_]+$/.test(l))
    .map((l) => (l.startsWith('file:') ? new URL(l).pathname : l))
    .map((p) => p.replace(/^.*\/node_modules\//, 'node_modules/').replace(ROOT, ''));
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, loaded: [...new Set(loaded)] };
}

/** The packages a run loaded: `pdfjs-dist`, `franc`, … */
const packages = (loaded: string[]) => [...new Set(loaded.filter((p) => p.startsWith('node_modules/')).map((p) => p.split('/')[1]!))].sort();

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), BUNDLE], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 60_000);
afterAll(() => {
  rmSync(BUNDLE, { recursive: true, force: true });
  rmSync(`${BUNDLE}-copy`, { recursive: true, force: true });
});

describe('the bundled command', () => {
  const seed = `seeds/${SEED_001}`;

  it('reports what the modules report, and reads only its own files and the packages the text needs', () => {
    const bundled = start(BUNDLE_ENTRY, ['-f', 'json', seed]);
    const modules = start(MODULES_ENTRY, ['-f', 'json', seed]);
    expect(bundled.code).toBe(1);
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout).toBe(modules.stdout);
    const report = JSON.parse(bundled.stdout) as { files: { diagnostics: { ruleId: string }[] }[] };
    expect(report.files[0]!.diagnostics.map((d) => d.ruleId)).toEqual(['cohort-count', 'pair-number-mismatch', 'percent-fraction']);
    expect(bundled.loaded.filter((p) => !p.startsWith('node_modules/') && !p.startsWith('dist/bundle-test/'))).toEqual([]);
    // The page chrome around this abstract is Latin text that is not plainly English: franc
    // decides it, which the bundle holds in a file of its own. opencc-js is the table of
    // traditional characters every fold of Chinese text reads: an ES module, which the
    // bundle holds, so that no run sets up node's ES module loader to require it.
    // natural's sentence tokenizer is held inside main.cjs, where the code cache covers it.
    expect(packages(modules.loaded)).toEqual(['franc', 'natural', 'opencc-js']);
    expect(packages(bundled.loaded)).toEqual([]);
    expect(bundled.loaded.filter((p) => p.startsWith('dist/'))).toEqual(['dist/bundle-test/cli.cjs', 'dist/bundle-test/main.cjs', 'dist/bundle-test/franc.cjs']);
  });

  it("holds @stdlib's distribution functions inside main.cjs: a test statistic is checked without reading another file, nor their hundreds of modules", () => {
    const file = join(dir, 'statistic.txt');
    writeFileSync(
      file,
      'Of the 80 patients enrolled, 40 received the drug. Pain scores fell more with the drug than with placebo (t = 2.10, df = 78, P = 0.40).\n\n' +
        '在入组的80例患者中，40例接受了该药物。与安慰剂相比，该药物使疼痛评分下降更多（t = 2.10，df = 78，P = 0.40）。\n',
    );
    const bundled = start(BUNDLE_ENTRY, ['-f', 'json', file]);
    const modules = start(MODULES_ENTRY, ['-f', 'json', file]);
    expect(bundled.code).toBe(1);
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout).toBe(modules.stdout);
    const report = JSON.parse(bundled.stdout) as { files: { diagnostics: { ruleId: string; message: string }[] }[] };
    const message =
      't = 2.10 with 78 df gives P between 0.0385 and 0.0394, two-tailed, which P = 0.40 cannot be; the reported p also flips the decision at 0.05 (the statistic is significant).';
    expect(report.files[0]!.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['statistic-pvalue', message],
      ['statistic-pvalue', message],
    ]);
    expect(packages(modules.loaded)).toContain('@stdlib');
    expect(packages(bundled.loaded)).toEqual([]);
    // The t distribution is in main.cjs, compiled from its code cache with the rest.
    expect(bundled.loaded.filter((p) => p.startsWith('dist/'))).toEqual(['dist/bundle-test/cli.cjs', 'dist/bundle-test/main.cjs']);
  });

  it.each([
    ['the bundle', BUNDLE_ENTRY],
    ['the modules', MODULES_ENTRY],
  ])('from %s, a .txt loads none of the parsers of other formats, nor the language server; a JATS file loads its parser', (_, entry) => {
    const text = start(entry, ['-f', 'json', seed]);
    expect(text.code).toBe(1);
    for (const lazy of ['pdfjs-dist', 'saxes', 'htmlparser2', 'entities', 'fflate', 'vscode-languageserver', 'chalk']) expect(packages(text.loaded)).not.toContain(lazy);
    const jats = start(entry, ['-f', 'json', 'tests/fixtures/jats/structured-abstract.xml']);
    expect(jats.stderr).toBe('');
    expect(packages(jats.loaded)).toContain('saxes');
    expect(packages(jats.loaded)).not.toContain('pdfjs-dist');
  });

  it('answers --version and --help from its entry file alone, before the linter loads', () => {
    const version = start(BUNDLE_ENTRY, ['--version']);
    expect(version).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`, stderr: '', loaded: ['dist/bundle-test/cli.cjs'] });
    const help = start(BUNDLE_ENTRY, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: zhenlint \[options\] \[file\|dir \.\.\.\]\n/);
    expect(help.loaded).toEqual(version.loaded);
    // A lint run loads the rest of the command, one file (and franc's, which this text needs).
    expect(start(BUNDLE_ENTRY, ['-f', 'json', seed]).loaded.filter((p) => p.startsWith('dist/'))).toEqual([
      'dist/bundle-test/cli.cjs',
      'dist/bundle-test/main.cjs',
      'dist/bundle-test/franc.cjs',
    ]);
  });

  it('loads node:crypto only for what hashes: a plain run never, a --cache run does', () => {
    const probe = join(dir, 'crypto-probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(`crypto ${process.moduleLoadList.includes('NativeModule crypto')}\\n`));\n");
    const run = (args: string[]) => spawnSync(process.execPath, ['--require', probe, runner, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ENTRY: pathToFileURL(BUNDLE_ENTRY).href } });
    const plain = run(['-f', 'json', join(ROOT, seed)]);
    expect([plain.status, plain.stderr]).toEqual([1, 'crypto false\n']);
    const cached = run(['-f', 'json', '--cache', '--cache-location', join(dir, 'probe-cache'), join(ROOT, seed)]);
    expect([cached.status, cached.stderr]).toEqual([1, 'crypto true\n']);
    expect(cached.stdout).toBe(plain.stdout);
  });

  it('never loads node:perf_hooks on a run over a file: the time budget reads the clock through process.hrtime', () => {
    const probe = join(dir, 'builtins-probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(`perf_hooks ${process.moduleLoadList.includes('NativeModule perf_hooks')}\\n`));\n");
    const r = spawnSync(process.execPath, ['--require', probe, runner, '-f', 'json', join(ROOT, 'seeds', SEED_001)], { cwd: dir, encoding: 'utf8', env: { ...process.env, ENTRY: pathToFileURL(BUNDLE_ENTRY).href } });
    expect([r.status, r.stderr]).toEqual([1, 'perf_hooks false\n']);
  });

  it('bin/zhenlint.js answers --version without setting up the ES module loader, as node -e does', () => {
    const probe = join(dir, 'esm-probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(`esm loader ${process.moduleLoadList.includes('NativeModule internal/modules/esm/loader')}\\n`));\n");
    const version = spawnSync(process.execPath, ['--require', probe, join(ROOT, 'bin/zhenlint.js'), '--version'], { encoding: 'utf8' });
    expect([version.status, version.stdout, version.stderr]).toEqual([0, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`, 'esm loader false\n']);
  });

  it('writes stylish output without colour, to a pipe or with --no-color, without loading chalk; --color loads it', () => {
    const piped = start(BUNDLE_ENTRY, [seed]);
    expect([piped.code, piped.stderr]).toEqual([1, '']);
    expect(piped.stdout.split('\n').slice(0, 2)).toEqual([
      seed,
      '  5:215  warning  17/36 counts out of 36, but the abstract enrolled 17 (17 名) and states no group of 36.  cohort-count',
    ]);
    expect(packages(piped.loaded)).not.toContain('chalk');
    expect(start(BUNDLE_ENTRY, ['--no-color', seed])).toEqual(piped);
    const coloured = start(BUNDLE_ENTRY, ['--color', seed]);
    expect(packages(coloured.loaded)).toContain('chalk');
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, '').replace(/«|»/g, '')).toBe(piped.stdout.replace(/«|»/g, ''));
  });

  it("compiles main.cjs from the code cache the build keeps, and never from a cache older than the code or another node's", () => {
    // A copy inside the repository, so that its packages are found as the bundle's are.
    const copy = `${BUNDLE}-copy`;
    cpSync(BUNDLE, copy, { recursive: true });
    const [main, cache] = [join(copy, 'main.cjs'), join(copy, 'main.cjs.cache')];
    const probe = join(dir, 'cache-probe.mjs');
    writeFileSync(
      probe,
      `import { Writable } from 'node:stream';
import { requireWithCodeCache } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/src/cli/code-cache.js')).href)};
const loaded = requireWithCodeCache(process.argv[2]);
const out = [];
const stdout = new Writable({ write: (chunk, _encoding, done) => (out.push(chunk), done()) });
const code = await loaded.exports.main(['-f', 'json', process.argv[3]], { stdout, stderr: process.stderr, stdin: [] });
process.stdout.write(JSON.stringify({ cache: loaded.cache, code, report: out.join('') }));
`,
    );
    const use = () => JSON.parse(spawnSync(process.execPath, [probe, main, seed], { cwd: ROOT, encoding: 'utf8' }).stdout) as { cache: string; code: number; report: string };
    const expected = start(MODULES_ENTRY, ['-f', 'json', seed]).stdout;
    const now = Date.now() / 1000;
    utimesSync(main, now - 10, now - 10);
    utimesSync(cache, now, now);
    expect(use()).toEqual({ cache: 'used', code: 1, report: expected });
    // Built again after its cache was kept: the cache is older than the code.
    utimesSync(main, now + 10, now + 10);
    expect(use()).toEqual({ cache: 'none', code: 1, report: expected });
    // A cache V8 does not accept (another node, other flags, or damaged) is compiled past.
    writeFileSync(cache, Buffer.alloc(4096, 7));
    utimesSync(cache, now + 20, now + 20);
    expect(use()).toEqual({ cache: 'rejected', code: 1, report: expected });
  });

  it('writes main.cjs in ASCII, so that node holds its source as one-byte characters (its patterns spell Chinese as \\uXXXX; the reports above are the modules\')', () => {
    expect(readFileSync(join(BUNDLE, 'main.cjs'), 'utf8').match(/[^\x00-\x7f]/g)).toBeNull();
  });

  it('a mistaken option is still refused with its one-line error', () => {
    expect(start(BUNDLE_ENTRY, ['--version', '--format', 'yaml'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'zhenlint: unknown format "yaml"; expected one of: stylish, json, jsonl, sarif, github, junit, compact, html\n',
    });
  });

  it('starts its worker threads from the bundle: --jobs 2 writes what --jobs 1 writes', () => {
    const records = join(dir, 'records.jsonl');
    const text = seedText(SEED_001);
    // More records than the pool lints on its own thread before it starts a worker.
    writeFileSync(records, Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: `r${i}`, text })).join('\n') + '\n');
    const one = start(BUNDLE_ENTRY, ['--jsonl', records, '--jobs', '1']);
    const two = start(BUNDLE_ENTRY, ['--jsonl', records, '--jobs', '2']);
    expect(two.stderr).toBe('');
    expect(two.code).toBe(1);
    expect(two.stdout.split('\n')).toHaveLength(121);
    expect(two.stdout).toBe(one.stdout);
  });

  it('bin/zhenlint.js says, in one line, when there is neither a bundle nor a build to start', () => {
    const unbuilt = join(dir, 'unbuilt');
    mkdirSync(join(unbuilt, 'bin'), { recursive: true });
    for (const file of ['bin/zhenlint.js', 'bin/package.json']) copyFileSync(join(ROOT, file), join(unbuilt, file));
    const r = spawnSync(process.execPath, [join(unbuilt, 'bin/zhenlint.js'), '--version'], { encoding: 'utf8' });
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 2, stdout: '', stderr: 'zhenlint: not built: run `npm run build` (npm install does it)\n' });
  });

  it('bin/zhenlint.js starts the bundle while it is newer than the modules tsc emits, and the modules once tsc has run again', () => {
    const layout = join(dir, 'layout');
    mkdirSync(join(layout, 'bin'), { recursive: true });
    for (const file of ['bin/zhenlint.js', 'bin/package.json']) copyFileSync(join(ROOT, file), join(layout, file));
    writeFileSync(join(layout, 'package.json'), '{ "type": "module" }\n');
    const entry = (path: string, name: string) => {
      mkdirSync(join(layout, path, '..'), { recursive: true });
      const start = `async function start(argv) { process.stdout.write('${name} ' + argv.join(' ')); return 3; }`;
      writeFileSync(join(layout, path), path.endsWith('.cjs') ? `exports.start = ${start};\n` : `export ${start}\n`);
    };
    entry('dist/bundle/cli.cjs', 'bundle');
    entry('dist/src/cli/start.js', 'modules');
    const startedBy = () => {
      const r = spawnSync(process.execPath, [join(layout, 'bin/zhenlint.js'), '-f', 'json'], { encoding: 'utf8' });
      return [r.status, r.stdout];
    };
    utimesSync(join(layout, 'dist/src/cli/start.js'), 1_000, 1_000);
    utimesSync(join(layout, 'dist/bundle/cli.cjs'), 2_000, 2_000);
    expect(startedBy()).toEqual([3, 'bundle -f json']);
    // As installed from a package, whose files all carry one date.
    utimesSync(join(layout, 'dist/src/cli/start.js'), 2_000, 2_000);
    expect(startedBy()).toEqual([3, 'bundle -f json']);
    utimesSync(join(layout, 'dist/src/cli/start.js'), 3_000, 3_000);
    expect(startedBy()).toEqual([3, 'modules -f json']);
    rmSync(join(layout, 'dist/bundle'), { recursive: true });
    expect(startedBy()).toEqual([3, 'modules -f json']);
  });
});
