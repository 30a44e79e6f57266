import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, analyzePair, lintPair } from '../../src/lint.js';
import { ROOT } from '../helpers/run-cli.js';

const beadsOf = (en: string, zh: string) => analyzePair(en, zh).pairs[0]!.beads;

describe('sentence alignment', () => {
  it('001 seed: each of the 13 Chinese sentences aligns with the English sentence in the same place', () => {
    const pair = analyze(readFileSync(`${ROOT}seeds/001_b2d88acf0b6bdb1d.txt`, 'utf8')).pairs[0]!;
    expect(pair.en.passage.sentences).toHaveLength(13);
    expect(pair.zh.passage.sentences).toHaveLength(13);
    expect(pair.beads).toEqual(Array.from({ length: 13 }, (_, i) => ({ en: [i], zh: [i] })));
    // The sentence with the 17/36 error is still aligned with its English: the shared 47.1%, 40% and PASI outweigh it.
    const zh6 = pair.zh.passage.sentences[6]!.text;
    const en6 = pair.en.passage.sentences[6]!.text;
    expect(zh6).toContain('47.1%(17/36)');
    expect(en6).toContain('47.1% (8/17)');
  });

  const EN = [
    'We enrolled 120 patients with psoriasis.',
    'Patients were randomly assigned in a 1:1 ratio to receive UMSC or placebo for 12 weeks.',
    'At week 12, 47.5% of the UMSC group and 10.0% of the placebo group reached PASI75 (P < 0.001).',
    'Adverse events occurred in 15 patients in the UMSC group and 9 in the placebo group.',
    'The trial was registered as NCT01234567.',
  ];
  const ZH = [
    '共纳入120例银屑病患者。',
    '患者按1∶1的比例随机分配接受UMSC或安慰剂治疗12周。',
    '第12周时，UMSC组47.5%和安慰剂组10.0%的患者达到PASI75（P＜0.001）。',
    'UMSC组15例患者和安慰剂组9例患者发生不良事件。',
    '该试验注册号为NCT01234567。',
  ];

  it('aligns a translation sentence by sentence', () => {
    expect(beadsOf(EN.join(' '), ZH.join(''))).toEqual([0, 1, 2, 3, 4].map((i) => ({ en: [i], zh: [i] })));
  });

  it('reordered: a sentence moved in the Chinese is left out of the monotone alignment, and its numbers are still matched', () => {
    const zh = [ZH[0], ZH[1], ZH[3], ZH[2], ZH[4]].join('');
    const beads = beadsOf(EN.join(' '), zh);
    // The results sentence (most anchors) keeps its partner; the moved adverse-event sentence stands alone on each side.
    expect(beads).toEqual([
      { en: [0], zh: [0] },
      { en: [1], zh: [1] },
      { en: [], zh: [2] },
      { en: [2], zh: [3] },
      { en: [3], zh: [] },
      { en: [4], zh: [4] },
    ]);
    const pair = analyzePair(EN.join(' '), zh).pairs[0]!;
    expect(pair.links.map((l) => `${l.en.text}=${l.zh.text}`)).toEqual(
      expect.arrayContaining(['15=15例', '9=9例']),
    );
    expect(lintPair(EN.join(' '), zh).diagnostics).toEqual([]);
  });

  it('reordered: a changed number in a moved sentence is still reported', () => {
    const zh = [ZH[0], ZH[1], ZH[3]!.replace('15例', '16例'), ZH[2], ZH[4]].join('');
    expect(lintPair(EN.join(' '), zh).diagnostics.map((d) => [d.ruleId, d.lang, d.text])).toEqual([
      ['pair-number-missing', 'en', '15'],
      ['pair-number-missing', 'zh', '16例'],
    ]);
  });

  it('merges: one English sentence split in two Chinese ones, and two English sentences joined in one', () => {
    const en = [EN[0], 'Patients were randomly assigned in a 1:1 ratio. They received UMSC or placebo for 12 weeks.', EN[2]].join(' ');
    const zh = ['共纳入120例银屑病患者，患者按1∶1的比例随机分配。', '患者接受UMSC或安慰剂治疗12周。', ZH[2]].join('');
    expect(beadsOf(en, zh)).toEqual([
      { en: [0, 1], zh: [0] },
      { en: [2], zh: [1] },
      { en: [3], zh: [2] },
    ]);
  });

  it('an English sentence with no Chinese counterpart is a 1-0 bead', () => {
    const en = [EN[0], 'Psoriasis affects 125 million people worldwide.', EN[1], EN[2]].join(' ');
    expect(beadsOf(en, ZH.slice(0, 3).join(''))).toEqual([
      { en: [0], zh: [0] },
      { en: [1], zh: [] },
      { en: [2], zh: [1] },
      { en: [3], zh: [2] },
    ]);
  });

  it('joins into one bead the clauses that the Chinese cut at semicolons from one English sentence', () => {
    const en = 'Patients were enrolled in 2019. The response rate was 40% in group A, 55% in group B, 62% in group C and 70% in group D. No serious events occurred.';
    const zh = '患者于2019年入组。A组缓解率为40%；B组为55%；C组为62%；D组为70%。未发生严重事件。';
    expect(beadsOf(en, zh)).toEqual([
      { en: [0], zh: [0] },
      { en: [1], zh: [1, 2, 3, 4] },
      { en: [2], zh: [5] },
    ]);
  });

  it('joins into one bead three or four English sentences that one Chinese sentence chains', () => {
    const en =
      'Patients were enrolled in 2019. NGAL was higher in group A (32.5 ng/mL). KIM-1 was higher in group A (4.1 ng/mL). IL-18 was higher in group A (88.2 pg/mL). No serious events occurred.';
    const zh = '患者于2019年入组。A组NGAL（32.5 ng/mL）、KIM-1（4.1 ng/mL）及IL-18（88.2 pg/mL）水平较高。未发生严重事件。';
    expect(beadsOf(en, zh)).toEqual([
      { en: [0], zh: [0] },
      { en: [1, 2, 3], zh: [1] },
      { en: [4], zh: [2] },
    ]);
    // A value changed in the joined sentence is one mismatch, not two missing values.
    const changed = lintPair(en, zh.replace('88.2', '82.8')).diagnostics.map((d) => [d.ruleId, d.severity, d.text]);
    expect(changed).toEqual([['pair-number-mismatch', 'error', '82.8 pg/mL']]);
  });

  it('joins three sentences only where the first two end at a semicolon', () => {
    const en = 'Patients were enrolled in 2019. The response rate was 40% in group A, 55% in group B and 62% in group C. No serious events occurred.';
    const zh = '患者于2019年入组。A组缓解率为40%。B组为55%。C组为62%。未发生严重事件。';
    // Three sentences ended by full stops are three sentences: at most two join one English sentence.
    expect(beadsOf(en, zh)).toEqual([
      { en: [0], zh: [0] },
      { en: [1], zh: [1, 2] },
      { en: [], zh: [3] },
      { en: [2], zh: [4] },
    ]);
  });

  it('aligns a pair the same after a pair of a hundred sentences a side, whose grid is larger than the one kept for the next pair', () => {
    const expected = beadsOf(EN.join(' '), ZH.join(''));
    const long = Array.from({ length: 100 }, (_, i) => i);
    const beads = beadsOf(long.map((i) => `Group ${i} had ${i + 10} patients.`).join(' '), long.map((i) => `${i}组有${i + 10}例患者。`).join(''));
    expect(beads).toEqual(long.map((i) => ({ en: [i], zh: [i] })));
    expect(beadsOf(EN.join(' '), ZH.join(''))).toEqual(expected);
    expect(expected).toEqual([0, 1, 2, 3, 4].map((i) => ({ en: [i], zh: [i] })));
  });
});
