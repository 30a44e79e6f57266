import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLineRuns } from '../src/batch/index.js';
import { execute, type Task } from '../src/batch/tasks.js';
import type { runTasks as RunTasks } from '../src/batch/pool.js';
import { corpus } from '../bench/generate.js';
import { ROOT, runCli } from './helpers/run-cli.js';

async function runsOf(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const run of readLineRuns(chunks)) out.push(Buffer.from(run).toString('utf8'));
  return out;
}

describe('runs of JSONL lines read as bytes', () => {
  it('end at line ends, carry a part line into the next chunk, and drop a byte-order mark', async () => {
    expect(await runsOf(['\uFEFF{"a"', ':1}\n{"b":2}\r\n{"c"', ':3}\r', '\n', 'x'])).toEqual(['{"a":1}\n{"b":2}\r\n', '{"c":3}\r\n', 'x']);
  });

  it('end after a lone CR only when the byte after it is known (a CR at a chunk end may be half a CRLF)', async () => {
    expect(await runsOf(['a\rb\rc'])).toEqual(['a\rb\r', 'c']);
    expect(await runsOf([Buffer.from('a\r'), Buffer.from('\nb')])).toEqual(['a\r\n', 'b']);
  });

  it('are split and numbered from 1 where they are linted, with a blank line counted and a bad one reported', () => {
    const bytes = Buffer.from('\n{"id":"x"}\r\n{"id":"y","en":"It rose 5%.","zh":"上升了5%。"}\rnot json');
    const o = execute({ kind: 'lines', bytes }, {});
    expect(o).toMatchObject({ kind: 'lines', lines: 4, records: 1, errors: 0, warnings: 0 });
    if (o.kind !== 'lines') throw new Error(o.kind);
    expect(o.text.split('\n').map((l) => (l ? JSON.parse(l).id : l))).toEqual(['y', '']);
    expect(o.problems.map((p) => [p.kind, p.line, p.message.slice(0, 20)])).toEqual([
      ['bad', 2, 'record "x" has neith'],
      ['bad', 4, 'not valid JSON (Unex'],
    ]);
  });
});

describe('--jsonl read in runs', () => {
  it('names a bad line by its number in the whole file, on the worker threads and on one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhenlint-runs-'));
    const path = join(dir, 'in.jsonl');
    const lines = [...corpus(300, 11)].map((a) => JSON.stringify({ id: a.id, text: a.text }));
    // Over 256 KB in chunks of 64 KB: the bad line and the blank one fall in a later run than the first.
    lines.splice(150, 0, '');
    lines.splice(250, 0, '{"id": 7, "text": 1}');
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const one = runCli(['--jsonl', path, '--jobs', '1']);
    const two = runCli(['--jsonl', path, '--jobs', '2']);
    expect(one.stderr).toBe(`zhenlint: ${path}:251: record "7": "text" must be a string, got number\n`);
    expect(one.code).toBe(2);
    expect(one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(lines.filter((l) => l && !l.startsWith('{"id": 7')).map((l) => JSON.parse(l).id));
    expect(two).toEqual(one);
  });
});

describe('the worker pool', () => {
  // Worker threads load the built modules, so these tests use the build as a user would.
  const load = async () => (await import(new URL('dist/src/batch/pool.js', pathToFileURL(ROOT)).href)) as { runTasks: typeof RunTasks };
  const blanks = (n: number, pulled: { count: number }) =>
    (function* (): Generator<Task> {
      for (let line = 1; line <= n; line++) {
        pulled.count++;
        yield { kind: 'line', line, text: '' };
      }
    })();

  it('sends every task to the workers in batches when the input is known to be long, and yields in input order', async () => {
    const { runTasks } = await load();
    const batches: number[] = [];
    const lines: number[] = [];
    for await (const o of runTasks(blanks(1000, { count: 0 }), {}, { jobs: 2, eager: true, onBatch: (n) => batches.push(n) })) {
      if (o.kind === 'blank') lines.push(o.line);
    }
    expect(lines).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(batches.reduce((a, b) => a + b, 0)).toBe(1000);
    // While reading runs ahead of the workers, batches fill up; a worker left idle gets what there is.
    expect(batches.slice(0, 4)).toEqual([1, 1, 32, 32]);
    expect(Math.max(...batches)).toBe(32);
  });

  it('lints a short input of unknown length on this thread, and starts the workers only for what follows', async () => {
    const { runTasks } = await load();
    const sent: number[] = [];
    const count = async (n: number) => {
      let outcomes = 0;
      for await (const _ of runTasks(blanks(n, { count: 0 }), {}, { jobs: 2, onBatch: (k) => sent.push(k) })) outcomes++;
      return outcomes;
    };
    expect(await count(64)).toBe(64);
    expect(sent).toEqual([]);
    expect(await count(200)).toBe(200);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(200 - 64);
  });

  it('reads ahead of what has been taken by a bounded number of tasks, however long the input', async () => {
    const { runTasks } = await load();
    const pulled = { count: 0 };
    let taken = 0;
    let ahead = 0;
    for await (const _ of runTasks(blanks(5000, pulled), {}, { jobs: 2, eager: true })) {
      taken++;
      ahead = Math.max(ahead, pulled.count - taken);
    }
    expect(taken).toBe(5000);
    expect(ahead).toBeGreaterThan(32);
    expect(ahead).toBeLessThanOrEqual(2 * 4 * 32);
  });

  it('lints on this thread what a worker held when it runs out of memory, and goes on without it', async () => {
    const { runTasks } = await load();
    const tasks = [...corpus(80, 4)].map((a, i): Task => ({ kind: 'line', line: i + 1, text: JSON.stringify({ id: a.id, text: a.text }) }));
    const inline = tasks.map((t) => execute(t, { serialize: true }));
    const out = [];
    // A heap of 4 MB cannot even hold the pipeline: both workers stop while loading it.
    for await (const o of runTasks(tasks, { serialize: true }, { jobs: 2, eager: true, workerHeapMb: 4 })) out.push(o);
    expect(out).toEqual(inline);
    expect(inline.filter((o) => o.kind === 'record')).toHaveLength(80);
  });
});
