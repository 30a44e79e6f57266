// How bench/run.js and bench/stream.js run zhenlint: a child process, its wall time, and
// (through bench/rss-hook.js) its CPU time and peak resident set size.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const OUT = `${ROOT}bench/out/`;
export const BIN = `${ROOT}bin/zhenlint.js`;
const HOOK = `${ROOT}bench/rss-hook.js`;

/** Run a command with stdout to a file; wall time and CPU time in ms, exit code and peak RSS in MiB. */
export function timed(args, { stdoutFile = '/dev/null', cwd = ROOT, rss = true, node = [] } = {}) {
  mkdirSync(OUT, { recursive: true });
  const rssFile = `${OUT}rss.txt`;
  rmSync(rssFile, { force: true });
  const fd = openSync(stdoutFile, 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...node, ...(rss ? ['--import', HOOK] : []), ...args], {
    cwd,
    stdio: ['ignore', fd, 'pipe'],
    env: { ...process.env, BENCH_RSS_FILE: rssFile, CI: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(fd);
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const usage = rss && existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { maxRSS: NaN, cpu: NaN };
  return { ms, code: r.status, rssMiB: usage.maxRSS / 1024, cpuMs: usage.cpu / 1000 };
}

export const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
