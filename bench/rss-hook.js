// Loaded with `node --import` by bench/run.js: on exit, write the process's peak
// resident set size (KiB) and CPU time (µs, user + system), worker threads included,
// where BENCH_RSS_FILE says.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
});
