import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LINTED_EXTENSIONS } from '../src/input/index.js';
import { ROOT, runCli } from './helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from './helpers/temp.js';

interface ActionStep {
  id?: string;
  uses?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
  with?: Record<string, string>;
}

interface Action {
  name: string;
  inputs: Record<string, { description: string; required: boolean; default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const help = runCli(['--help']).stdout;
/** The long options `zhenlint --help` lists. */
const helpOptions = new Set([...help.matchAll(/^ {2,6}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!));

/** Each `${{ ... }}` expression of a text. */
const expressions = (text: string) => [...text.matchAll(/\$\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]!);

/**
 * Run one step's script as the runner would (bash -e -o pipefail), with the env its
 * `${{ }}` expressions give, and `npx` standing for the zhenlint built here: it records
 * the package it was asked for and runs bin/zhenlint.js with the rest.
 */
function runStep(step: ActionStep, values: Record<string, string>, cwd: string): { code: number; stdout: string; stderr: string; output: string; npx: string } {
  const bin = join(cwd, '.bin');
  mkdirSync(bin, { recursive: true });
  const npxLog = join(cwd, '.npx-args');
  writeFileSync(npxLog, '');
  writeFileSync(
    join(bin, 'npx'),
    `#!/usr/bin/env bash\nwhile [[ "$1" == -* ]]; do shift; done\nprintf '%s\\n' "$1" >> ${JSON.stringify(npxLog)}\nshift\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin/zhenlint.js'))} "$@"\n`,
  );
  chmodSync(join(bin, 'npx'), 0o755);
  const outputFile = join(cwd, '.github-output');
  writeFileSync(outputFile, '');
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.env ?? {})) env[name] = value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expr: string) => values[expr] ?? '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    cwd,
    encoding: 'utf8',
    env: { PATH: `${bin}:${process.env.PATH}`, HOME: process.env.HOME ?? '/tmp', GITHUB_OUTPUT: outputFile, ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, output: readFileSync(outputFile, 'utf8'), npx: readFileSync(npxLog, 'utf8') };
}

const step = (id: string) => action.runs.steps.find((s) => s.id === id)!;

/** The values of the expressions the steps use, with the inputs' defaults unless given. */
function values(inputs: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = { 'github.action_path': ROOT.replace(/\/$/, ''), 'steps.spec.outputs.spec': `zhenlint@${pkg.version}` };
  for (const [name, input] of Object.entries(action.inputs)) out[`inputs.${name}`] = inputs[name] ?? input.default;
  return out;
}

describe('action.yml', () => {
  it('is a composite action whose inputs are all used and whose expressions name only declared inputs and steps', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'format', 'sarif', 'sarif-file', 'version', 'args', 'node-version']);
    expect(action.inputs.format!.default).toBe('github');
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    // Read in `${{ }}` expressions and in the steps' `if:` conditions.
    const conditions = action.runs.steps.map((s) => s.if ?? '');
    const used = new Set([...expressions(text), ...conditions].flatMap((e) => [...e.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]!)));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
    const stepIds = new Set(action.runs.steps.map((s) => s.id).filter(Boolean));
    for (const e of expressions(text)) for (const m of e.matchAll(/steps\.([\w-]+)\./g)) expect(stepIds).toContain(m[1]);
    // Inputs reach scripts through env only, never pasted into the script text.
    for (const s of action.runs.steps) if (s.run) expect(expressions(s.run)).toEqual([]);
    expect(action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toMatchObject({ if: "inputs.sarif == 'true'", with: { sarif_file: '${{ inputs.sarif-file }}' } });
  });

  it('passes zhenlint only options its --help lists, and formats it has', () => {
    const scripts = action.runs.steps.map((s) => s.run ?? '').join('\n');
    const calls = scripts.split('\n').filter((l) => l.includes('"$ZHENLINT_SPEC"'));
    expect(calls).toHaveLength(2);
    const options = calls.flatMap((l) => [...l.slice(l.indexOf('"$ZHENLINT_SPEC"')).matchAll(/\s(--[\w-]+)/g)].map((m) => m[1]!));
    expect(options).toEqual(['--format', '--output', '--no-progress', '--format', '--no-progress']);
    for (const o of options) expect(helpOptions).toContain(o);
    expect(help).toMatch(/sarif, github, junit,?\s+compact/);
  });

  it('runs the version of its own release unless one is given', () => {
    const dir = tempDir();
    expect(runStep(step('spec'), values(), dir).output).toBe(`spec=zhenlint@${pkg.version}\n`);
    expect(runStep(step('spec'), values({ version: '0.0.9' }), dir).output).toBe('spec=zhenlint@0.0.9\n');
  });

  it('lints the paths with --format github: annotations, the exit code as output and as the step\'s', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'abstracts'));
    writeFileSync(join(dir, 'abstracts', 'a b.txt'), seedText(SEED_001));
    writeFileSync(join(dir, 'clean.md'), seedText('000_ea32151a420e5e16.txt'));
    const r = runStep(step('lint'), values({ paths: `"abstracts/a b.txt"\nclean.md`, args: `--rule 'cohort-count: error' --max-warnings 0` }), dir);
    expect(r.stdout.trimEnd().split('\n').map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
      '::error file=abstracts/a b.txt,line=5,col=215,endColumn=220,title=zhenlint%3A cohort-count',
      '::error file=abstracts/a b.txt,line=5,col=215,endColumn=220,title=zhenlint%3A pair-number-mismatch',
      '::error file=abstracts/a b.txt,line=5,col=215,endColumn=220,title=zhenlint%3A percent-fraction',
    ]);
    expect(r.npx).toBe(`zhenlint@${pkg.version}\n`);
    expect([r.code, r.output, r.stderr]).toEqual([1, 'exit-code=1\n', '']);
    const clean = runStep(step('lint'), values({ paths: 'clean.md' }), dir);
    expect([clean.code, clean.stdout, clean.output]).toEqual([0, '', 'exit-code=0\n']);
    const failed = runStep(step('lint'), values({ paths: 'missing.txt' }), dir);
    expect([failed.code, failed.stderr, failed.output]).toEqual([2, 'zhenlint: cannot read missing.txt: no such file or directory\n', 'exit-code=2\n']);
  });

  it('writes the SARIF report whatever the findings, and stops only when the run failed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), seedText(SEED_001));
    const r = runStep(step('sarif'), values({ sarif: 'true' }), dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    const sarif = JSON.parse(readFileSync(join(dir, 'zhenlint.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toEqual(['cohort-count', 'pair-number-mismatch', 'percent-fraction']);
    expect(runStep(step('sarif'), values({ sarif: 'true', paths: 'missing.txt' }), dir).code).toBe(2);
  });

  it('is used by the two-line workflow of docs/ci.md with inputs it has', () => {
    const page = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
    const workflows = [...page.matchAll(/```yaml\n([^`]*)```/g)].map((m) => m[1]!).filter((y) => y.includes('zhenlint/zhenlint@'));
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    const first = parse(workflows[0]!) as { jobs: Record<string, { steps: { uses?: string }[] }> };
    expect(first.jobs.zhenlint!.steps).toEqual([{ uses: 'actions/checkout@v4' }, { uses: `zhenlint/zhenlint@v${pkg.version}` }]);
    for (const y of workflows) {
      const doc = parse(y) as unknown;
      const steps = Array.isArray(doc) ? (doc as ActionStep[]) : Object.values((doc as { jobs: Record<string, { steps: ActionStep[] }> }).jobs).flatMap((j) => j.steps);
      for (const s of steps.filter((x) => x.uses?.startsWith('zhenlint/zhenlint@'))) {
        expect(s.uses).toBe(`zhenlint/zhenlint@v${pkg.version}`);
        for (const name of Object.keys(s.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
      }
    }
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; types: string[] }[];
  const hook = hooks[0]!;
  // pre-commit reads `files` as a Python regex; its leading (?i) is JavaScript's `i` flag.
  const files = new RegExp(hook.files.replace(/^\(\?i\)/, ''), hook.files.startsWith('(?i)') ? 'i' : '');

  it('exposes one node hook, zhenlint, whose entry is the command package.json installs', () => {
    expect(hooks.map((h) => h.id)).toEqual(['zhenlint']);
    expect(hook.language).toBe('node');
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
    expect(hook.types).toEqual(['file']);
  });

  it('passes exactly the files the command reads when it searches a folder', () => {
    for (const ext of LINTED_EXTENSIONS) {
      expect(files.test(`abstracts/a.${ext}`)).toBe(true);
      expect(files.test(`ABSTRACT.${ext.toUpperCase()}`)).toBe(true);
    }
    for (const other of ['a.json', 'a.txt.bak', 'a.rtf', 'txt', 'a.docx.tmp', 'a.yml']) expect(files.test(other)).toBe(false);
    // The alternatives of the pattern are the extensions zhenlint lints, no more and no fewer.
    expect(/\\\.\(([\w|]+)\)\$$/.exec(hook.files)![1]!.split('|').sort()).toEqual([...LINTED_EXTENSIONS].sort());
  });

  it('runs as pre-commit runs it: the entry with the staged files as arguments', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), seedText(SEED_001));
    writeFileSync(join(dir, 'b.md'), seedText('000_ea32151a420e5e16.txt'));
    const r = runCli(['a.txt', 'b.md'], undefined, {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('a.txt');
    expect(r.stdout).toContain('✖ 3 problems (2 errors, 1 warning)');
  });
});
