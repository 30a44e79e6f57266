import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintPair as lintExplicitPair, lintJsonl, lintRecords } from '../src/index.js';
import { parseRecordLine, RecordError } from '../src/batch/record.js';
import { corpus, writeFiles } from '../bench/generate.js';
import { ROOT, runCli } from './helpers/run-cli.js';

const EN = 'A total of 47.1% (8/17) of the psoriasis patients improved by at least 40%.';
const ZH = '共有47.1%(17/36)的银屑病患者改善至少40%。';
const ZH_OK = '共有47.1%(8/17)的银屑病患者改善至少40%。';

const rows = (ds: { ruleId: string; severity: string; lang: string; text: string; offset: number; line: number; column: number }[]) =>
  ds.map((d) => [d.ruleId, d.severity, d.lang, d.text, d.offset, d.line, d.column]);

describe('explicit pairs', () => {
  it('reports the wrong fraction with offsets inside the side it is in', () => {
    const r = lintExplicitPair(EN, ZH);
    expect(r.pairs).toEqual([{ en: 'p1', zh: 'p2', score: expect.any(Number) }]);
    const at = ZH.indexOf('17/36');
    expect(rows(r.diagnostics)).toEqual([
      ['pair-number-mismatch', 'error', 'zh', '17/36', at, 1, at + 1],
      ['percent-fraction', 'error', 'zh', '17/36', at, 1, at + 1],
    ]);
    expect(r.diagnostics[0]!.fix).toEqual({ offset: at, length: 5, replacement: '8/17' });
    expect(r.diagnostics[0]!.related).toMatchObject([{ lang: 'en', text: '8/17', offset: EN.indexOf('8/17'), line: 1, column: EN.indexOf('8/17') + 1 }]);
  });

  it('counts lines and columns within each side', () => {
    const zh = `背景:银屑病的疗效。\n${ZH}`;
    const r = lintExplicitPair(`Background: efficacy in psoriasis.\n${EN}`, zh);
    const d = r.diagnostics[0]!;
    expect([d.text, d.offset, d.line, d.column]).toEqual(['17/36', zh.indexOf('17/36'), 2, ZH.indexOf('17/36') + 1]);
  });

  it('is silent on a faithful pair, and pairs nothing when a side is empty', () => {
    expect(lintExplicitPair(EN, ZH_OK).diagnostics).toEqual([]);
    const oneSided = lintExplicitPair(EN, '  ');
    expect(oneSided.pairs).toEqual([]);
    expect(oneSided.diagnostics).toEqual([]);
  });
});

describe('JSONL records', () => {
  it('parses text records and explicit pairs, skips blank lines', () => {
    expect(parseRecordLine('{"id":"a","text":"x"}', 1)).toEqual({ id: 'a', text: 'x' });
    expect(parseRecordLine('{"id":7,"en":"e","zh":"z"}', 2)).toEqual({ id: '7', en: 'e', zh: 'z' });
    expect(parseRecordLine('   ', 3)).toBeUndefined();
  });

  it.each([
    ['{"id":"a","text":', /^not valid JSON/],
    ['[1,2]', /got an array$/],
    ['{"text":"x"}', /^"id" must be a string, got undefined$/],
    ['{"id":"a"}', /^record "a" has neither "text" nor "en" and "zh"$/],
    ['{"id":"a","en":"e"}', /^record "a": "zh" must be a string, got undefined$/],
    ['{"id":"a","text":"t","en":"e","zh":"z"}', /^record "a" has both "text" and "en"\/"zh"/],
  ])('rejects %s with its line number', (line, message) => {
    let caught: unknown;
    try {
      parseRecordLine(line, 9);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(RecordError);
    expect((caught as RecordError).line).toBe(9);
    expect((caught as RecordError).message).toMatch(message);
  });

  it('the async iterator yields one result per record, in order, with bad lines in place', async () => {
    const input = [JSON.stringify({ id: 'one', en: EN, zh: ZH }), 'oops', '', JSON.stringify({ id: 'two', text: `${EN}\n\n${ZH_OK}` })].join('\n');
    const out = [];
    for await (const r of lintJsonl([input], { jobs: 1 })) out.push(r.ok ? [r.line, r.report.id, r.report.summary] : [r.line, r.error.slice(0, 14)]);
    expect(out).toEqual([
      [1, 'one', { pairs: 1, errors: 2, warnings: 0, infos: 0 }],
      [2, 'not valid JSON'],
      [4, 'two', { pairs: 1, errors: 0, warnings: 0, infos: 0 }],
    ]);
  });
});

describe('a JSONL input that starts with a UTF-8 byte-order mark', () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  const body = Buffer.from([JSON.stringify({ id: 'first', en: EN, zh: ZH }), JSON.stringify({ id: 'second', en: EN, zh: ZH_OK })].join('\n') + '\n');

  it('keeps its first record in the library, also with the mark split across chunks', async () => {
    for (const chunks of [[Buffer.concat([BOM, body])], [BOM.subarray(0, 1), Buffer.concat([BOM.subarray(1), body])]]) {
      const out = [];
      for await (const r of lintJsonl(chunks, { jobs: 1 })) out.push(r.ok ? [r.line, r.report.id, r.report.summary.errors] : [r.line, r.error]);
      expect(out).toEqual([
        [1, 'first', 2],
        [2, 'second', 0],
      ]);
    }
  });

  it('keeps its first record on the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhenlint-'));
    const path = join(dir, 'bom.jsonl');
    writeFileSync(path, Buffer.concat([BOM, body]));
    for (const r of [runCli(['--jsonl', path, '--jobs', '1']), runCli(['--jsonl', '-', '--jobs', '1'], Buffer.concat([BOM, body]))]) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(r.stdout.trimEnd().split('\n').map((l) => [JSON.parse(l).id, JSON.parse(l).summary.errors])).toEqual([
        ['first', 2],
        ['second', 0],
      ]);
    }
  });

  it('only a mark at the very start is dropped', async () => {
    const out = [];
    for await (const r of lintJsonl(['{"id":"a","text":"x"}\n\uFEFF{"id":"b","text":"y"}\n'], { jobs: 1 })) out.push(r.ok ? r.report.id : r.line);
    expect(out).toEqual(['a', 2]);
  });
});

describe('the jsonl command line', () => {
  const records = [
    { id: 'r1', en: EN, zh: ZH },
    { id: 'r2', text: `${EN}\n\n${ZH_OK}` },
    { id: 'r3', en: EN, zh: ZH_OK },
  ];
  const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';

  it('writes one line per record in input order and exits 1 on errors', () => {
    const r = runCli(['--jsonl', '-', '--jobs', '1'], input);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.summary.errors])).toEqual([['r1', 2], ['r2', 0], ['r3', 0]]);
    expect(Object.keys(lines[0])).toEqual(['id', 'pairs', 'diagnostics', 'summary']);
    expect(rows(lines[0].diagnostics)).toEqual(rows(lintExplicitPair(EN, ZH).diagnostics));
  });

  it('reports a malformed line by number on stderr, goes on, and exits 2', () => {
    const bad = input.replace('\n', '\n{"id": "broken"\n');
    const r = runCli(['--jsonl', '-', '--jobs', '2'], bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^zhenlint: <stdin>:2: not valid JSON \(.*\)\n$/);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('reads a file, and names it in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhenlint-'));
    const path = join(dir, 'in.jsonl');
    writeFileSync(path, `${input}{"id":"x"}\n`);
    const r = runCli(['--jsonl', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`zhenlint: ${path}:4: record "x" has neither "text" nor "en" and "zh"\n`);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it('refuses bad combinations with one line and exit 2', () => {
    expect(runCli(['--jsonl', 'nope.jsonl'])).toMatchObject({ code: 2, stderr: 'zhenlint: cannot read nope.jsonl: no such file or directory\n' });
    expect(runCli(['--jsonl', '-', 'seeds'])).toMatchObject({ code: 2, stderr: 'zhenlint: give either --jsonl or paths/--stdin, not both\n' });
    expect(runCli(['--jsonl', '-', '-f', 'json'])).toMatchObject({ code: 2, stderr: 'zhenlint: --jsonl writes JSON Lines; --format json is not available with it\n' });
    expect(runCli(['seeds', '--jobs', '0'])).toMatchObject({ code: 2, stderr: 'zhenlint: --jobs expects a whole number of 1 or more, got "0"\n' });
  });

  it('writes one line per file for paths with --format jsonl', () => {
    const r = runCli(['-f', 'jsonl', 'seeds']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.summary.errors])).toEqual([
      ['seeds/000_ea32151a420e5e16.txt', 0],
      ['seeds/001_b2d88acf0b6bdb1d.txt', 2],
      ['seeds/002_4e93823790312d12.txt', 0],
      ['seeds/003_521f329fc4cb694b.txt', 0],
      ['seeds/004_9a05efdc7efa0b0f.txt', 0],
    ]);
  });
});

describe('globs', () => {
  it('are expanded by zhenlint, sorted', () => {
    const r = runCli(['-f', 'jsonl', 'seeds/00[13]_*.txt']);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['seeds/001_b2d88acf0b6bdb1d.txt', 'seeds/003_521f329fc4cb694b.txt']);
  });

  it('that match nothing fail the run', () => {
    expect(runCli(['seeds/*.nothing'])).toMatchObject({ code: 2, stderr: 'zhenlint: no files match seeds/*.nothing\n' });
  });
});

describe('worker threads', () => {
  it('--jobs 1 and --jobs 2 write byte-identical output on the bench corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhenlint-bench-'));
    const jsonl = join(dir, 'corpus.jsonl');
    const docs = [...corpus(400, 11)];
    writeFileSync(jsonl, docs.map((a) => JSON.stringify({ id: a.id, text: a.text })).join('\n') + '\n');
    const one = runCli(['--jsonl', jsonl, '--jobs', '1']);
    const two = runCli(['--jsonl', jsonl, '--jobs', '2']);
    expect(one.stdout.split('\n')).toHaveLength(401);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    // The corpus plants errors: some records must have findings, or the comparison proves little.
    expect(one.stdout).toContain('"pair-number-mismatch"');

    writeFiles(join(dir, 'files'), 150, 12);
    const a = runCli(['-f', 'json', join(dir, 'files'), '--jobs', '1']);
    const b = runCli(['-f', 'json', join(dir, 'files'), '--jobs', '2']);
    expect(JSON.parse(a.stdout).files).toHaveLength(150);
    expect(b.stdout).toBe(a.stdout);
  });

  it('the library keeps input order across workers', async () => {
    // Worker threads load the built modules, so this test uses the build as a user would.
    const built = (await import(new URL('dist/src/index.js', pathToFileURL(ROOT)).href)) as { lintRecords: typeof lintRecords };
    const docs = [...corpus(150, 3)].map((a) => ({ id: a.id, en: a.en, zh: a.zh }));
    const ids = [];
    for await (const r of built.lintRecords(docs, { jobs: 2 })) if (r.ok) ids.push(r.report.id);
    expect(ids).toEqual(docs.map((d) => d.id));
    const inline = [];
    for await (const r of lintRecords(docs.slice(0, 5), { jobs: 1 })) if (r.ok) inline.push(r.report);
    expect(inline.map((r) => r.id)).toEqual(docs.slice(0, 5).map((d) => d.id));
  });
});

describe('bench corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = [...corpus(20, 5)].map((d) => d.text).join('');
    expect([...corpus(20, 5)].map((d) => d.text).join('')).toBe(a);
    expect([...corpus(20, 6)].map((d) => d.text).join('')).not.toBe(a);
    expect(readFileSync(`${ROOT}bench/generate.js`, 'utf8')).toContain('mulberry32');
  });
});
