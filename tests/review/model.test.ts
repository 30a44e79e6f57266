import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFileAnalyzed } from '../../src/lint.js';
import { reviewUnit, type ReviewMark, type ReviewUnit } from '../../src/review/model.js';
import { Runner } from '../../src/runner/index.js';
import { PUBMED_SET } from '../input/xml-fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from '../helpers/temp.js';

function marksOf(unit: ReviewUnit): Map<string, ReviewMark> {
  const out = new Map<string, ReviewMark>();
  for (const row of unit.rows) for (const s of [...row.en, ...row.zh]) for (const m of s.marks) out.set(`${m.lang} ${m.text}`, m);
  return out;
}

function review(text: string, rules?: Parameters<typeof reviewUnit>[3]): ReviewUnit {
  const { file, analysis } = lintFileAnalyzed(text, { path: 'a.txt', ...(rules ? { rules } : {}) });
  return reviewUnit('a.txt', analysis, file.diagnostics, rules);
}

describe('the review of the 001 seed', () => {
  const unit = review(seedText(SEED_001));
  const marks = marksOf(unit);

  it('aligns the two versions bead by bead: 13 rows of one sentence each', () => {
    expect(unit.rows.map((r) => [r.en.length, r.zh.length])).toEqual(Array.from({ length: 13 }, () => [1, 1]));
    expect(unit.rows[6]!.zh[0]!.text).toBe('共有 47.1%(17/36)的银屑病患者 PASI 评分至少改善 40%,17.6%(3/17)根据 PGA 评分无疾病或疾病最小化。');
    expect(unit.rows[6]!.zh[0]!.marks.map((m) => m.text)).toEqual(['47.1%', '17/36', '40%', '17.6%', '3/17']);
  });

  it('gives 17/36 its fate, its counterpart 8/17, its failing checks and its findings', () => {
    const zh = marks.get('zh 17/36')!;
    const en = marks.get('en 8/17')!;
    expect(zh).toMatchObject({ fate: 'mismatched', counterpart: en.id, failing: true, findings: [0, 1, 2] });
    expect(zh.checks).toEqual([
      { ruleId: 'percent-fraction', text: '17/36 = 47.22% → 47.2%, not 47.1% ✘', holds: false },
      { ruleId: 'cohort-count', text: '17/36: 36 is neither the cohort of 17 nor a stated group ✘', holds: false },
    ]);
    expect(en).toMatchObject({ fate: 'mismatched', counterpart: zh.id, failing: false, findings: [1] });
    expect(en.checks.map((c) => c.text)).toEqual(['8/17 = 47.06% → 47.1% ✔', '8/17: 17 is the cohort ✔', '2/8, 6/9 split 8/17: 2 + 6 = 8 of 8 + 9 = 17 ✔']);
  });

  it('blames a failing check on the number it reports, not on the others it reads', () => {
    // 47.1% is read by the failing 17/36 check, and 17 名 by the failing cohort check, yet neither is wrong.
    expect(marks.get('zh 47.1%')).toMatchObject({ fate: 'matched', failing: false });
    expect(marks.get('zh 17 名')).toMatchObject({ fate: 'matched', failing: false });
    expect(marks.get('zh 17 名')!.checks[0]).toEqual({ ruleId: 'cohort-count', text: '17/36: 36 is neither the cohort of 17 nor a stated group ✘', holds: false });
  });

  it('lists the findings with the marks they are about and the fix', () => {
    expect(unit.findings.map((f) => [f.ruleId, f.severity, f.marks.map((id) => [...marks.values()].find((m) => m.id === id)!.text), f.fix])).toEqual([
      ['cohort-count', 'warning', ['17/36', '17 名'], undefined],
      ['pair-number-mismatch', 'error', ['17/36', '8/17'], { original: '17/36', replacement: '8/17' }],
      ['percent-fraction', 'error', ['17/36', '47.1%'], undefined],
    ]);
  });

  it('shows no check of a rule turned off', () => {
    const off = marksOf(review(seedText(SEED_001), { 'cohort-count': 'off', 'percent-fraction': 'off' }));
    expect(off.get('zh 17/36')!.checks).toEqual([]);
    expect(off.get('zh 17/36')).toMatchObject({ fate: 'mismatched', failing: false, findings: [0] });
  });

  it('checks a percentage beside its fraction with the tolerance the rule is given, as the rule does', () => {
    const loose = marksOf(review(seedText(SEED_001), { 'cohort-count': 'off', 'percent-fraction': ['error', { tolerance: 0.2 }] }));
    expect(loose.get('zh 17/36')!.checks).toEqual([{ ruleId: 'percent-fraction', text: '17/36 = 47.22% → 47.2% ✔', holds: true }]);
    expect(loose.get('zh 17/36')).toMatchObject({ failing: false });
  });
});

describe('the rows of a review', () => {
  it('shows a sentence no bead pairs with one of the other version as a row with a gap', () => {
    const unit = review(
      'Seventeen patients were enrolled. The hospital is in Changsha. Its garden has roses. The trees are old. The river is wide. A total of 47.1% (8/17) improved after 6 months.\n\n' +
        '共招募了 17 名患者。共有 47.1%(8/17)的患者在 6 个月后改善。',
    );
    expect(unit.rows.map((r) => [r.en.map((s) => s.text), r.zh.map((s) => s.text)])).toEqual([
      [['Seventeen patients were enrolled.', 'The hospital is in Changsha.'], ['共招募了 17 名患者。']],
      [['Its garden has roses.'], []],
      [['The trees are old.'], []],
      [['The river is wide.', 'A total of 47.1% (8/17) improved after 6 months.'], ['共有 47.1%(8/17)的患者在 6 个月后改善。']],
    ]);
  });

  it('shows a passage without a translation in its own column, its numbers unchecked', () => {
    const unit = review(seedText(SEED_001).split('\n')[3]!);
    expect(unit.rows.map((r) => [r.en.length, r.zh.length])).toEqual(Array.from({ length: 13 }, () => [1, 0]));
    const marks = marksOf(unit);
    expect([marks.get('en 47.1%'), marks.get('en 8/17')].map((m) => [m!.fate, m!.counterpart, m!.checks.map((c) => c.text)])).toEqual([
      ['unchecked', undefined, ['8/17 = 47.06% → 47.1% ✔', '0% ≤ 47.1% ≤ 100% ✔']],
      ['unchecked', undefined, ['8/17 = 47.06% → 47.1% ✔', '8/17: 17 is the cohort ✔', '2/8, 6/9 split 8/17: 2 + 6 = 8 of 8 + 9 = 17 ✔']],
    ]);
  });
});

describe('the Runner and the review', () => {
  it('keeps a review only when asked to', async () => {
    expect((await new Runner().lintText('a.txt', seedText(SEED_001))).review).toBeUndefined();
    const kept = await new Runner({ review: true }).lintText('a.txt', seedText(SEED_001));
    expect(kept.review!.map((u) => [u.label, u.findings.length])).toEqual([['a.txt', 3]]);
  });

  it('keeps one review per article of a structured file, with the text read out of the markup', async () => {
    const r = await new Runner({ review: true }).lintText('set.xml', PUBMED_SET, undefined, 'pubmed');
    expect(r.review!.map((u) => u.label)).toEqual(['set.xml › pmid:35931686', 'set.xml › pmid:36000001']);
    const first = r.review![0]!;
    expect(first.rows.flatMap((row) => row.zh.map((s) => s.text))).toContain('共有47.1%(17/36)的患者改善至少40%(P<0.05)。');
    expect(first.findings.map((f) => [f.ruleId, f.text, f.offset])).toEqual(
      r.file.diagnostics.filter((d) => d.offset < r.file.units![1]!.offset).map((d) => [d.ruleId, d.text, expect.any(Number)]),
    );
  });

  it('keeps the review of a streamed PubMed file and applies --quiet to its findings', async () => {
    const dir = tempDir();
    const path = join(dir, 'big.xml');
    writeFileSync(path, PUBMED_SET);
    const results = [];
    for await (const r of new Runner({ review: true, quiet: true, streamAbove: 0, rules: { 'percent-fraction': 'warning' } }).lintPaths([path])) results.push(r);
    expect(results[0]!.review!.map((u) => u.label)).toEqual([`${path} › pmid:35931686`, `${path} › pmid:36000001`]);
    const loud = [];
    for await (const x of new Runner({ review: true, streamAbove: 0, rules: { 'percent-fraction': 'warning' } }).lintPaths([path])) loud.push(x);
    expect(loud[0]!.review![0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['pair-number-mismatch', 'error'],
      ['percent-fraction', 'warning'],
    ]);
    expect(results[0]!.review![0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([['pair-number-mismatch', 'error']]);
    expect(results[0]!.review![0]!.findings.map((f) => f.ruleId)).toEqual([...results[0]!.file.diagnostics].map((d) => d.ruleId));
  });
});

describe('--format html', () => {
  const r = runCli(['-f', 'html', `seeds/${SEED_001}`]);

  it('writes one page whose CSP allows exactly its own inline style and script by their hashes', () => {
    expect(r.code).toBe(1);
    const style = /<style>([\s\S]*?)<\/style>/.exec(r.stdout)![1]!;
    const scripts = [...r.stdout.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((m) => m[0].slice(0, m[0].indexOf('>') + 1))).toEqual(['<script type="application/json" id="zhenlint-data">', '<script>']);
    const hash = (s: string) => `&apos;sha256-${createHash('sha256').update(s).digest('base64')}&apos;`;
    expect(r.stdout).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &apos;none&apos;; script-src ${hash(scripts[1]![1]!)}; style-src ${hash(style)}; img-src &apos;none&apos;; base-uri &apos;none&apos;; form-action &apos;none&apos;">`,
    );
    expect(r.stdout).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('keeps document text from closing the data block', () => {
    const dir = tempDir();
    const path = join(dir, 'x.txt');
    writeFileSync(path, 'Of 17 patients </script><script>alert(1)</script>, 8 improved.\n\n共 17 名患者,8 名改善。\n');
    const out = runCli(['-f', 'html', path]).stdout;
    const data = /<script type="application\/json" id="zhenlint-data">([\s\S]*?)<\/script>/.exec(out)![1]!;
    expect(data).not.toMatch(/[<>&]/);
    expect(JSON.stringify(JSON.parse(data))).toContain('Of 17 patients </script><script>alert(1)</script>, 8 improved.');
  });

  it('lists a file it could not lint, and a path it could not read, with why', () => {
    const dir = tempDir();
    const binary = join(dir, 'b.txt');
    writeFileSync(binary, new Uint8Array([0, 1, 2, 98]));
    const out = runCli(['-f', 'html', binary, join(dir, 'none.txt'), `seeds/${SEED_001}`]);
    expect(out.code).toBe(2);
    const data = JSON.parse(/<script type="application\/json" id="zhenlint-data">([\s\S]*?)<\/script>/.exec(out.stdout)![1]!) as { units: { label: string; notices?: string[]; findings: unknown[] }[] };
    expect(data.units.map((u) => [u.label, u.notices, u.findings.length])).toEqual([
      [binary, ['skipped: not a text file (binary data (NUL bytes))'], 0],
      [`seeds/${SEED_001}`, undefined, 3],
      [join(dir, 'none.txt'), ['cannot read ' + join(dir, 'none.txt') + ': no such file or directory'], 0],
    ]);
  });

  it('is named in --help and refused with --jsonl', () => {
    expect(runCli(['--help']).stdout).toContain('sarif, github, junit, compact or html (a review');
    expect(runCli(['--jsonl', '-', '-f', 'html'])).toEqual({ code: 2, stdout: '', stderr: 'zhenlint: --jsonl writes JSON Lines; --format html is not available with it\n' });
  });
});
