import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRecord } from '../../src/batch/record.js';
import { lintPair } from '../../src/lint.js';
import { lint } from '../../src/index.js';
import { unpairedNotice } from '../../src/pair/unpaired.js';
import { reportSchema } from '../../src/report/schema.js';
import { runCli } from '../helpers/run-cli.js';
import { EN_FREE, ZH_AD, ZH_FREE } from './fixtures.js';

/** Neighbours whose numbers share nothing: not a pair. */
const UNRELATED = 'Of 40 patients, 25 responded after 6 weeks and 3 relapsed.\n\n88例患者中，51例在9个月后缓解，7例复发。';
const TAIL = 'could not be paired as translations: their numbers were checked within each passage, not across the two languages';

describe('the unpaired-passages notice', () => {
  it('says which English and Chinese passages were left without a translation', () => {
    const file = lint(UNRELATED, { path: 'a.txt' }).files[0]!;
    expect(file.pairs).toEqual([]);
    expect(file.notices).toEqual([
      { code: 'unpaired-passages', severity: 'info', message: `English passage p1 (line 1) and Chinese passage p2 (line 3) ${TAIL}`, passages: ['p1', 'p2'] },
    ]);
    // The numbers were still checked on their own, and nothing was found.
    expect(file.diagnostics).toEqual([]);
  });

  it('names every passage of a layout with two readings, in file order', () => {
    const notices = lint(`${ZH_FREE}\n\n${EN_FREE}\n\n${ZH_AD}`).files[0]!.notices;
    expect(notices).toEqual([
      {
        code: 'unpaired-passages',
        severity: 'info',
        message: `English passage p2 (line 3) and Chinese passages p1 (line 1) and p3 (line 5) ${TAIL}`,
        passages: ['p1', 'p2', 'p3'],
      },
    ]);
  });

  it('names four passages a language and counts the rest, with line ranges', () => {
    const listed = [1, 2, 3, 4, 5, 6].map((i) => ({ id: `p${i}`, lang: i === 6 ? ('zh' as const) : ('en' as const), line: 2 * i, endLine: i === 1 ? 3 : 2 * i }));
    expect(unpairedNotice(listed, [])!.message).toBe(
      `English passages p1 (lines 2–3), p2 (line 4), p3 (line 6), p4 (line 8) and 1 more and Chinese passage p6 (line 12) ${TAIL}`,
    );
  });

  it('is absent when every passage is paired, when one language has no passage left, and for an explicit pair', () => {
    expect(lint(`${EN_FREE}\n\n${ZH_FREE}`).files[0]!.notices).toBeUndefined();
    expect(lint(EN_FREE).files[0]!.notices).toBeUndefined();
    // An English passage with no Chinese beside it is monolingual, not unpaired.
    const file = lint(`${EN_FREE}\n\n${ZH_FREE}\n\n期刊\n\nAtopic dermatitis is a relapsing skin disease of children and adults.`).files[0]!;
    expect([file.pairs.map((p) => [p.en, p.zh]), file.notices]).toEqual([[['p1', 'p2']], undefined]);
    const [en, zh] = UNRELATED.split('\n\n') as [string, string];
    expect(lintPair(en, zh).notices).toBeUndefined();
  });

  it('is part of the JSON report contract and of a JSONL record', () => {
    const report = lint(UNRELATED);
    expect(reportSchema.parse(report).files[0]!.notices).toMatchObject([{ code: 'unpaired-passages', passages: ['p1', 'p2'] }]);
    expect(report.summary).toEqual({ files: 1, pairs: 0, errors: 0, warnings: 0, infos: 0 });
    expect(lintRecord({ id: 'r1', text: UNRELATED }).notices).toMatchObject([{ code: 'unpaired-passages', severity: 'info' }]);
    expect(lintRecord({ id: 'r2', text: `${EN_FREE}\n\n${ZH_FREE}` })).not.toHaveProperty('notices');
  });

  it('is said on standard error by the command, except with --quiet, and never changes the exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhenlint-unpaired-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, UNRELATED);
    const r = runCli(['--format', 'json', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`zhenlint: ${file}: English passage p1 (line 1) and Chinese passage p2 (line 3) ${TAIL}\n`);
    expect(JSON.parse(r.stdout).files[0].notices).toMatchObject([{ code: 'unpaired-passages' }]);
    expect(runCli(['--quiet', file])).toMatchObject({ code: 0, stderr: '' });
  });
});
