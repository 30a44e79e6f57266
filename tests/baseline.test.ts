import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from './helpers/temp.js';

const lines = seedText(SEED_001).split('\n');
const [head, EN, ZH] = [lines.slice(0, 3), lines[3]!, lines[4]!];

describe('baselines', () => {
  const dir = tempDir();
  const run = (...args: string[]) => runCli(['-f', 'compact', ...args], undefined, {}, dir);
  writeFileSync(join(dir, 'doc.txt'), seedText(SEED_001));

  it('--write-baseline records the findings by rule, file and claim texts, and still reports them', () => {
    const r = run('--write-baseline', 'baseline.json', 'doc.txt');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toHaveLength(4);
    expect(r.stderr).toBe('zhenlint: wrote 3 findings to baseline.json\n');
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(baseline).toEqual({
      version: 1,
      findings: [
        { file: 'doc.txt', ruleId: 'cohort-count', texts: ['17/36', '17 名'], signature: expect.stringMatching(/^[0-9a-f]{32}$/), count: 1 },
        { file: 'doc.txt', ruleId: 'pair-number-mismatch', texts: ['17/36', '8/17'], signature: expect.stringMatching(/^[0-9a-f]{32}$/), count: 1 },
        { file: 'doc.txt', ruleId: 'percent-fraction', texts: ['17/36', '47.1%'], signature: expect.stringMatching(/^[0-9a-f]{32}$/), count: 1 },
      ],
    });
    expect(JSON.stringify(baseline)).not.toMatch(/"line"|"offset"/);
  });

  it('--baseline reports nothing that is in the baseline', () => {
    expect(run('--baseline', 'baseline.json', 'doc.txt')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('moving the paragraphs does not resurrect a baselined finding', () => {
    writeFileSync(join(dir, 'doc.txt'), ['A new first line.', '', ZH, '', ...head, '', EN, ''].join('\n'));
    const plain = run('doc.txt');
    expect(plain.stdout).toMatch(
      /^doc\.txt:3:215: warning .*\[cohort-count\]\ndoc\.txt:3:215: error .*\[pair-number-mismatch\]\ndoc\.txt:3:215: error .*\[percent-fraction\]\n$/,
    );
    expect(run('--baseline', 'baseline.json', 'doc.txt')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a new finding is reported, even a second copy of a baselined one', () => {
    const extra =
      'Seventeen patients with psoriasis were enrolled in this trial and followed for six months after the infusion. Responses were seen in 18/17 patients, and no serious adverse events occurred during the study period.';
    writeFileSync(join(dir, 'doc.txt'), [...head, EN, ZH, '', extra, '', EN, ZH].join('\n'));
    const r = run('--baseline', 'baseline.json', 'doc.txt');
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').map((l) => l.replace(/ (error|warning) .* \[/, ' $1 ['))).toEqual([
      'doc.txt:7:134: error [fraction-bounds]',
      'doc.txt:10:215: warning [cohort-count]',
      'doc.txt:10:215: error [pair-number-mismatch]',
      'doc.txt:10:215: error [percent-fraction]',
    ]);
  });

  it('the same finding in another file is new', () => {
    writeFileSync(join(dir, 'other.txt'), seedText(SEED_001));
    expect(run('--baseline', 'baseline.json', 'other.txt').code).toBe(1);
  });

  it('an unreadable or invalid baseline is a one-line error and exit 2', () => {
    expect(run('--baseline', 'none.json', 'doc.txt')).toEqual({ code: 2, stdout: '', stderr: 'zhenlint: cannot read baseline none.json: no such file\n' });
    writeFileSync(join(dir, 'bad.json'), '{"version":1,"findings":[{"signature":"xyz","count":1}]}');
    expect(run('--baseline', 'bad.json', 'doc.txt')).toEqual({ code: 2, stdout: '', stderr: 'zhenlint: invalid baseline bad.json: findings[0].signature: expected 32 hex digits\n' });
  });
});
