// Diagnostic latency of `zhenlint --lsp` on the 001 seed, as an editor sees it:
// spawn → initialize answered, didOpen → publishDiagnostics (first and later opens).
// Run after a build: node bench/lsp-latency.js [opens]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = fileURLToPath(new URL('../', import.meta.url));
const text = readFileSync(`${root}seeds/001_b2d88acf0b6bdb1d.txt`, 'utf8');
const opens = Number(process.argv[2] ?? 30);

const started = performance.now();
const child = spawn(process.execPath, [`${root}bin/zhenlint.js`, '--lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => waiting.get(p.uri)?.(p));
connection.listen();

await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
const initMs = performance.now() - started;
await connection.sendNotification('initialized', {});

const times = [];
for (let i = 0; i < opens; i++) {
  const uri = `untitled:seed-001-${i}.txt`;
  const published = new Promise((resolve) => waiting.set(uri, resolve));
  const t0 = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const p = await published;
  times.push(performance.now() - t0);
  if (p.diagnostics.length !== 2) throw new Error(`expected the two 001 findings, got ${p.diagnostics.length}`);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
const exitCode = await new Promise((resolve) => child.on('exit', resolve));

const later = times.slice(1).sort((a, b) => a - b);
const at = (q) => later[Math.min(later.length - 1, Math.floor(q * later.length))];
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`spawn → initialize answered: ${ms(initMs)}`);
console.log(`didOpen → publishDiagnostics, first open: ${ms(times[0])}`);
if (later.length > 0) console.log(`didOpen → publishDiagnostics, next ${later.length} opens: median ${ms(at(0.5))}, p95 ${ms(at(0.95))}`);
console.log(`server exit code after shutdown/exit: ${exitCode}`);
