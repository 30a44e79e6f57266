import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { materialize } from '../../src/report/listed.js';
import { cacheFile, DEFAULT_CACHE_NAME } from '../../src/runner/cache.js';
import { Runner, type RunOptions } from '../../src/runner/index.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { JATS_STRUCTURED, PUBMED_SET } from '../input/xml-fixtures.js';
import { tempDir } from '../helpers/temp.js';

const SEEDS = readdirSync(join(ROOT, 'seeds')).sort();

/** A folder holding the five seeds. */
function project(): string {
  const dir = tempDir();
  for (const s of SEEDS) writeFileSync(join(dir, s), readFileSync(join(ROOT, 'seeds', s)));
  return dir;
}

interface Run {
  /** The files handed to the engine, in order. */
  linted: string[];
  fromCache: number;
  files: unknown[];
}

async function lintDir(dir: string, options: RunOptions = {}, RunnerClass: typeof Runner = Runner): Promise<Run> {
  const linted: string[] = [];
  const runner = new RunnerClass({ cache: join(dir, DEFAULT_CACHE_NAME), onLint: (p) => linted.push(p.slice(dir.length + 1)), ...options });
  const files = [];
  // A streamed file's lists are packed: compared as the arrays they stand for.
  for await (const r of runner.lintPaths([dir])) files.push(materialize(r.file));
  return { linted, fromCache: runner.fromCache, files };
}

const cacheEntries = (dir: string) => Object.keys(JSON.parse(readFileSync(join(dir, DEFAULT_CACHE_NAME), 'utf8')).entries as object).map((p) => p.slice(dir.length + 1));

describe('--cache', () => {
  it('lints each file once: an unchanged tree is not linted again, an edited file is, and the reports are the same', async () => {
    const dir = project();
    const cold = await lintDir(dir);
    expect(cold.linted).toEqual(SEEDS);
    expect(cold.fromCache).toBe(0);
    expect(cacheEntries(dir)).toEqual(SEEDS);
    // Written through a temporary file renamed over the cache: none is left behind.
    expect(readdirSync(dir).filter((f) => !SEEDS.includes(f))).toEqual([DEFAULT_CACHE_NAME]);

    const warm = await lintDir(dir);
    expect(warm.linted).toEqual([]);
    expect(warm.fromCache).toBe(5);
    expect(warm.files).toEqual(cold.files);

    appendFileSync(join(dir, SEEDS[2]!), '\n');
    const edited = await lintDir(dir);
    expect(edited.linted).toEqual([SEEDS[2]]);
    expect(edited.fromCache).toBe(4);
    expect((await lintDir(dir)).linted).toEqual([]);
  });

  it('lints every file again when the config, the rules given to the run, the baseline or --quiet change', async () => {
    const dir = project();
    await lintDir(dir);
    writeFileSync(join(dir, 'zhenlint.config.json'), '{ "rules": { "cohort-count": "error" } }');
    const configured = await lintDir(dir);
    expect(configured.linted).toEqual(SEEDS);
    expect((await lintDir(dir)).linted).toEqual([]);
    expect((await lintDir(dir, { rules: { 'percent-fraction': 'off' } })).linted).toEqual(SEEDS);
    expect((await lintDir(dir, { rules: { 'percent-fraction': 'off' } })).linted).toEqual([]);
    expect((await lintDir(dir, { quiet: true })).linted).toEqual(SEEDS);
    expect((await lintDir(dir, { baseline: { version: 1, findings: [] } as never })).linted).toEqual(SEEDS);
    // Back to the plain config: the entries were replaced, so it is linted again.
    expect((await lintDir(dir)).linted).toEqual(SEEDS);
  });

  it('lints every file again under another zhenlint version', async () => {
    const dir = project();
    await lintDir(dir);
    expect((await lintDir(dir)).linted).toEqual([]);
    vi.resetModules();
    vi.doMock('../../src/version.js', async (original) => ({ ...(await original<object>()), VERSION: '99.0.0' }));
    try {
      const { Runner: NextRunner } = await import('../../src/runner/index.js');
      expect((await lintDir(dir, {}, NextRunner)).linted).toEqual(SEEDS);
    } finally {
      vi.doUnmock('../../src/version.js');
      vi.resetModules();
    }
  });

  it('forgets files that are gone, and never uses the cache when fixing', async () => {
    const dir = project();
    await lintDir(dir);
    rmSync(join(dir, SEEDS[0]!));
    expect((await lintDir(dir)).linted).toEqual([]);
    expect(cacheEntries(dir)).toEqual(SEEDS.slice(1));
    expect((await lintDir(dir, { fix: 'dry-run' })).linted).toEqual(SEEDS.slice(1));
  });

  it('works the same on worker threads', async () => {
    // Worker threads load the built modules, so this test uses the build as a user would.
    const built = (await import(new URL('dist/src/runner/index.js', pathToFileURL(ROOT)).href)) as { Runner: typeof Runner };
    const dir = project();
    const inline = await lintDir(dir, { jobs: 1, cache: join(dir, 'inline-cache') });
    rmSync(join(dir, 'inline-cache'));
    const cold = await lintDir(dir, { jobs: 2 }, built.Runner);
    expect(cold.linted).toEqual(SEEDS);
    expect(cold.files).toEqual(inline.files);
    appendFileSync(join(dir, SEEDS[4]!), '\n');
    const warm = await lintDir(dir, { jobs: 2 }, built.Runner);
    expect(warm.linted).toEqual([SEEDS[4]]);
    expect(warm.fromCache).toBe(4);
    expect(warm.files.slice(0, 4)).toEqual(inline.files.slice(0, 4));
  });

  it('keeps the reports of structured files (JATS, PubMed, HTML), streamed or read whole', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'jats.xml'), JATS_STRUCTURED);
    writeFileSync(join(dir, 'pubmed.xml'), PUBMED_SET);
    writeFileSync(join(dir, 'page.html'), `<!DOCTYPE html><html><body><section lang="en"><p>Seventeen patients were enrolled. A total of 47.1% (8/17) improved.</p></section><section lang="zh"><p>共纳入17例患者。共有47.1%(17/36)的患者改善。</p></section></body></html>`);
    const names = ['jats.xml', 'page.html', 'pubmed.xml'];
    for (const streamAbove of [undefined, 1]) {
      const options = streamAbove === undefined ? {} : { streamAbove };
      rmSync(join(dir, DEFAULT_CACHE_NAME), { force: true });
      const cold = await lintDir(dir, options);
      expect(cold.linted).toEqual(names);
      expect(cold.files.map((f) => (f as { diagnostics: unknown[] }).diagnostics.length).some((n) => n > 0)).toBe(true);
      const warm = await lintDir(dir, options);
      expect(warm.linted).toEqual([]);
      expect(warm.files).toEqual(cold.files);
    }
    for (const format of ['stylish', 'json']) {
      rmSync(join(dir, DEFAULT_CACHE_NAME), { force: true });
      const plain = runCli(['-f', format, '.'], undefined, {}, dir);
      expect(runCli(['-f', format, '--cache', '.'], undefined, {}, dir).stdout).toBe(plain.stdout);
      expect(runCli(['-f', format, '--cache', '.'], undefined, {}, dir).stdout).toBe(plain.stdout);
    }
  });

  it('lints again for the review page, whose review the cache does not keep', () => {
    const dir = project();
    const plain = runCli(['-f', 'html', '.'], undefined, {}, dir);
    expect(plain.stdout).toContain('17/36');
    runCli(['-f', 'json', '--cache', '.'], undefined, {}, dir);
    expect(runCli(['-f', 'html', '--cache', '.'], undefined, {}, dir).stdout).toBe(plain.stdout);
  });

  it('gives the same output and exit code as a run without it, in every format', () => {
    const dir = project();
    for (const format of ['stylish', 'json', 'sarif', 'compact']) {
      const plain = runCli(['-f', format, '.'], undefined, {}, dir);
      const cold = runCli(['-f', format, '--cache', '.'], undefined, {}, dir);
      const warm = runCli(['-f', format, '--cache', '.'], undefined, {}, dir);
      expect([cold.code, cold.stdout, cold.stderr]).toEqual([plain.code, plain.stdout, plain.stderr]);
      expect([warm.code, warm.stdout, warm.stderr]).toEqual([plain.code, plain.stdout, plain.stderr]);
      expect(plain.code).toBe(1);
    }
  });

  it('a corrupt cache is said in one line and rewritten; the run is unchanged', () => {
    const dir = project();
    const plain = runCli(['-f', 'compact', '.'], undefined, {}, dir);
    writeFileSync(join(dir, DEFAULT_CACHE_NAME), '{"format":1,"entries":');
    const r = runCli(['-f', 'compact', '--cache', '.'], undefined, {}, dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([plain.code, plain.stdout, 'zhenlint: the cache .zhenlintcache cannot be read as a zhenlint cache; linting every file and writing it anew\n']);
    expect(cacheEntries(dir)).toEqual(SEEDS);
    expect(runCli(['-f', 'compact', '--cache', '--quiet', '.'], undefined, {}, dir).stderr).toBe('');
  });

  it('a cache that cannot be written is said in one line; the run is unchanged', () => {
    const dir = project();
    const plain = runCli(['-f', 'compact', '.'], undefined, {}, dir);
    writeFileSync(join(dir, 'a-file'), '');
    const r = runCli(['-f', 'compact', '--cache', '--cache-location', 'a-file/cache', '.'], undefined, {}, dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([plain.code, plain.stdout, 'zhenlint: cannot write the cache a-file/cache (not a directory); the next run lints every file\n']);
  });

  it('--cache-location names the file, or a folder to hold .zhenlintcache; alone it is a mistake', () => {
    const dir = project();
    mkdirSync(join(dir, 'tmp'));
    expect(runCli(['--cache', '--cache-location', 'tmp', '.'], undefined, {}, dir).code).toBe(1);
    expect(existsSync(join(dir, 'tmp', DEFAULT_CACHE_NAME))).toBe(true);
    expect(runCli(['--cache', '--cache-location', 'new/', '.'], undefined, {}, dir).code).toBe(1);
    expect(existsSync(join(dir, 'new', DEFAULT_CACHE_NAME))).toBe(true);
    expect(runCli(['--cache', '--cache-location', 'named.json', '.'], undefined, {}, dir).code).toBe(1);
    expect(existsSync(join(dir, 'named.json'))).toBe(true);
    expect(existsSync(join(dir, DEFAULT_CACHE_NAME))).toBe(false);
    expect(cacheFile(undefined)).toBe(join(process.cwd(), DEFAULT_CACHE_NAME));
    const alone = runCli(['--cache-location', 'x', '.'], undefined, {}, dir);
    expect([alone.code, alone.stdout, alone.stderr]).toEqual([2, '', 'zhenlint: --cache-location names the file --cache uses; add --cache\n']);
  });
});
