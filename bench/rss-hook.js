// Loaded with `node --import` by bench/run.js: on exit, write the process's peak
// resident set size (KiB) and CPU time (µs, user + system), worker threads included,
// where BENCH_RSS_FILE says. The peak is the process's own high-water mark (VmHWM): the
// maxRSS of getrusage keeps, across fork and exec, the RSS of the process that spawned
// this one, so every run started by a benchmark holding a large corpus read at least
// that much.
import { readFileSync, writeFileSync } from 'node:fs';

function peakKiB(fallback) {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : fallback;
  } catch {
    return fallback;
  }
}

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS: peakKiB(u.maxRSS), cpu: u.userCPUTime + u.systemCPUTime }));
});
