import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, reportJsonSchema } from '../../src/index.js';
import { reportSchema } from '../../src/report/schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('JSON report', () => {
  it('validates against its zod schema for every seed', () => {
    const r = runCli(['--format', 'json', 'seeds/']);
    expect(r.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.files.map((f) => [f.path, f.pairs.length, f.diagnostics.length])).toEqual([
      ['seeds/000_ea32151a420e5e16.txt', 0, 0],
      ['seeds/001_b2d88acf0b6bdb1d.txt', 1, 3],
      ['seeds/002_4e93823790312d12.txt', 0, 0],
      ['seeds/003_521f329fc4cb694b.txt', 0, 0],
      ['seeds/004_9a05efdc7efa0b0f.txt', 0, 0],
    ]);
    expect(report.summary).toEqual({ files: 5, pairs: 1, errors: 2, warnings: 1, infos: 0 });
  });

  it('is what the library returns, and positions slice to the reported text', () => {
    const text = readFileSync(`${ROOT}seeds/001_b2d88acf0b6bdb1d.txt`, 'utf8');
    const report = lint(text, { path: 'x.txt' });
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.tool).toEqual({ name: 'zhenlint', version: JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version });
    const lines = text.split('\n');
    for (const d of report.files[0]!.diagnostics) {
      expect(text.slice(d.offset, d.offset + d.length)).toBe(d.text);
      expect(lines[d.line - 1]!.slice(d.column - 1, d.endColumn - 1)).toBe(d.text);
      for (const r of d.related) expect(lines[r.line - 1]!.slice(r.column - 1, r.endColumn - 1)).toBe(r.text);
    }
    expect(report.files[0]!.passages).toEqual([
      { id: 'p1', lang: 'en', offset: text.indexOf('Psoriasis is'), length: expect.any(Number), line: 4, endLine: 4 },
      { id: 'p2', lang: 'zh', offset: text.indexOf('银屑病'), length: expect.any(Number), line: 5, endLine: 5 },
    ]);
  });

  it('rejects a report that breaks the contract', () => {
    const bad = { schemaVersion: 1, tool: { name: 'zhenlint', version: '0.1.0' }, files: [{ path: 'a', passages: [], pairs: [], diagnostics: [{ ruleId: 'x', severity: 'fatal' }] }], summary: { files: 1, pairs: 0, errors: 0, warnings: 0, infos: 0 } };
    expect(reportSchema.safeParse(bad).success).toBe(false);
  });

  it('exports a JSON Schema', () => {
    const schema = reportJsonSchema() as { type: string; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'tool', 'files', 'unreadable', 'summary']);
  });
});
