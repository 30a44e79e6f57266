import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-cli.js';

/**
 * The import graph of src/ and rules/: no cycle, and no module imports from a layer above
 * its own. Type-only and dynamic imports count: a cycle of types still ties modules together.
 */
const LAYERS: [layer: number, modules: string[]][] = [
  // Plain data and what every stage needs.
  [0, ['src/types.ts', 'src/errors.ts', 'src/line-breaks.ts', 'src/version.ts', 'src/document.ts', 'src/budget.ts', 'src/zod-sync.ts', 'src/anchors.ts', 'src/lang', 'src/encoding']],
  // The pipeline: segment → extract → pair → align, the arithmetic the text states, the rule API.
  [1, ['src/numbers', 'src/segment', 'src/extract', 'src/pair', 'src/align', 'src/constraints', 'src/rule.ts']],
  [2, ['rules']],
  // The engine and what it reports.
  [3, ['src/lint.ts', 'src/rule-schedule.ts', 'src/directives.ts', 'src/fix.ts', 'src/baseline.ts', 'src/signature.ts', 'src/report', 'src/review']],
  // Reading structured files (JATS, PubMed, HTML, DOCX) into units, and moving findings back.
  [4, ['src/config', 'src/input']],
  // One way from any input to a result, and its worker pool.
  [5, ['src/runner', 'src/batch']],
  // The front doors.
  [6, ['src/cli', 'src/cli.ts', 'src/lsp', 'src/api.ts', 'src/index.ts']],
  // Tools built on the front doors.
  [7, ['src/eval', 'src/docs']],
];

function layerOf(file: string): number {
  const rel = relative(ROOT, file).split('\\').join('/');
  for (const [layer, modules] of LAYERS) if (modules.some((m) => rel === m || rel.startsWith(`${m}/`))) return layer;
  throw new Error(`${rel} is in no layer: add it to LAYERS in tests/architecture.test.ts`);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'rules'))]) {
    const deps: string[] = [];
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, '.ts');
      if (existsSync(target)) deps.push(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

/** Strongly connected components of more than one module (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(relative(ROOT, w));
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('the import graph', () => {
  const graph = importGraph();

  it('reads every module of src/ and rules/', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(300);
  });

  it('has no cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no import from a layer above the importer', () => {
    const upward: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) if (layerOf(dep) > layerOf(file)) upward.push(`${relative(ROOT, file)} → ${relative(ROOT, dep)}`);
    }
    expect(upward).toEqual([]);
  });

  it('finds a cycle and an upward import where there is one', () => {
    const a = join(ROOT, 'src/lint.ts');
    const b = join(ROOT, 'src/pair/explicit.ts');
    expect(cycles(new Map([[a, [b]], [b, [a]]]))).toEqual([['src/lint.ts', 'src/pair/explicit.ts']]);
    expect(layerOf(join(ROOT, 'src/batch/tasks.ts')) < layerOf(join(ROOT, 'src/cli/output.ts'))).toBe(true);
    expect(layerOf(join(ROOT, 'src/config/load.ts')) < layerOf(join(ROOT, 'src/cli/errors.ts'))).toBe(true);
  });
});

describe('the command line', () => {
  it('does nothing on import: bin/zhenlint.js calls main, which returns the exit code', async () => {
    const { main } = await import('../src/cli.js');
    const out: string[] = [];
    const err: string[] = [];
    const sink = (into: string[]) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          into.push(chunk.toString('utf8'));
          done();
        },
      });
    const code = await main(['--format', 'json', '--stdin', '--stdin-filename', 'a.txt'], {
      stdout: sink(out),
      stderr: sink(err),
      stdin: [Buffer.from(readFileSync(join(ROOT, 'seeds/001_b2d88acf0b6bdb1d.txt')))],
    });
    expect(code).toBe(1);
    expect(err).toEqual([]);
    const report = JSON.parse(out.join('')) as { files: { path: string; diagnostics: { ruleId: string }[] }[] };
    expect(report.files.map((f) => [f.path, f.diagnostics.map((d) => d.ruleId)])).toEqual([['a.txt', ['cohort-count', 'pair-number-mismatch', 'percent-fraction']]]);
    expect(await main(['--max-warnings', 'x'], { stdout: sink(out), stderr: sink(err), stdin: [] })).toBe(2);
    expect(err).toEqual(['zhenlint: --max-warnings expects a whole number, got "x"\n']);
    expect(readFileSync(join(ROOT, 'src/cli.ts'), 'utf8')).not.toMatch(/process\.exit\(/);
  });
});
