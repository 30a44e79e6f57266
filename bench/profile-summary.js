// Summarize a .cpuprofile: self time by function and by source file.
// Usage: node bench/profile-summary.js file.cpuprofile [top]
import { readFileSync } from 'node:fs';

export function summarize(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map();
  const file = new Map();
  for (const [id, us] of self) {
    const { callFrame: c } = byId.get(id);
    const where = c.url.replace(/^.*\/(node_modules\/|dist\/)/, '$1') || '(native)';
    const key = `${c.functionName || '(anonymous)'}  ${where}:${c.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const f = where.replace(/:\d+$/, '');
    file.set(f, (file.get(f) ?? 0) + us);
  }
  const rows = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  return { totalMs: total / 1000, functions: rows(fn), files: rows(file) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = summarize(JSON.parse(readFileSync(process.argv[2], 'utf8')), Number(process.argv[3] ?? 25));
  console.log(`total ${s.totalMs.toFixed(0)} ms\n\nby function:\n${s.functions.join('\n')}\n\nby file:\n${s.files.join('\n')}`);
}
