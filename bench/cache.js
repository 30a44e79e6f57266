// `--cache` cold and warm on the benchmark's files: what a re-run on an unchanged tree costs.
// Part of `npm run bench`; alone: node bench/cache.js [--files 1000] [--seed 1] (build first).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFiles } from './generate.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = `${ROOT}bench/out/`;
const BIN = `${ROOT}bin/zhenlint.js`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * Rows for the benchmark table: the files linted without the cache, with an empty cache
 * (cold: lints and writes it) and with a full one (warm: lints nothing), whether the three
 * reports are the same bytes, and the cache's size. `timed(args, { stdoutFile })` runs
 * one command and gives its wall and CPU milliseconds.
 */
export function measureCache(timed, dir, files) {
  const cache = `${OUT}bench.zhenlintcache`;
  const out = (name) => `${OUT}cache-${name}.json`;
  const plain = timed([BIN, '-f', 'json', dir], { stdoutFile: out('plain') });
  rmSync(cache, { force: true });
  const cold = timed([BIN, '-f', 'json', '--cache', '--cache-location', cache, dir], { stdoutFile: out('cold') });
  const warmRuns = [0, 1, 2].map(() => timed([BIN, '-f', 'json', '--cache', '--cache-location', cache, dir], { stdoutFile: out('warm') }));
  const warm = { ms: median(warmRuns.map((r) => r.ms)), cpuMs: median(warmRuns.map((r) => r.cpuMs)) };
  const same = readFileSync(out('cold')).equals(readFileSync(out('plain'))) && readFileSync(out('warm')).equals(readFileSync(out('plain')));
  const row = (run) => `${fmt(run.ms / 1000, 2)} s wall, ${fmt(run.cpuMs / 1000, 2)} s CPU`;
  return {
    same,
    rows: [
      [`${fmt(files)} files, no cache`, `${fmt(files / (plain.ms / 1000))} files/s`, row(plain)],
      [`${fmt(files)} files, --cache, empty (cold)`, `${fmt(files / (cold.ms / 1000))} files/s`, `${row(cold)}; writes a ${fmt(statSync(cache).size / 1024 / 1024, 1)} MiB cache`],
      [`${fmt(files)} files, --cache, unchanged tree (warm, median of 3)`, `${fmt(files / (warm.ms / 1000))} files/s`, `${row(warm)}; ${fmt(plain.ms / warm.ms, 1)}× faster than no cache`],
      ['--cache output (cold, warm) and no cache', same ? 'byte-identical' : 'DIFFERENT', ''],
    ],
  };
}

/** Wall and CPU time of one run; CPU from the hook `npm run bench` uses (bench/rss-hook.js). */
function timedAlone(args, { stdoutFile }) {
  const usageFile = `${OUT}cache-usage.json`;
  rmSync(usageFile, { force: true });
  const fd = openSync(stdoutFile, 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', `${ROOT}bench/rss-hook.js`, ...args], {
    stdio: ['ignore', fd, 'pipe'],
    env: { ...process.env, BENCH_RSS_FILE: usageFile, CI: 'true' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(fd);
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : { cpu: NaN };
  return { ms, cpuMs: usage.cpu / 1000 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } } });
  const files = Number(values.files);
  mkdirSync(OUT, { recursive: true });
  const dir = `${OUT}files-${files}`;
  if (!existsSync(dir) || readdirSync(dir).length !== files) {
    rmSync(dir, { recursive: true, force: true });
    writeFiles(dir, files, Number(values.seed));
  }
  const { same, rows } = measureCache(timedAlone, dir, files);
  process.stdout.write(`| measure | result | detail |\n|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
  if (!same) process.exitCode = 1;
}
