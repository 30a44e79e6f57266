import { describe, expect, it } from 'vitest';
import { lintPair } from '../../src/lint.js';

/** Every finding of a pair as [rule, severity, line:column, text, message]. */
function findings(en: string, zh: string): [string, string, string, string, string][] {
  return lintPair(en, zh).diagnostics.map((d) => [d.ruleId, d.severity, `${d.line}:${d.column}`, d.text, d.message]);
}

describe('a value stated once for all excuses only its repeat in the same sentence', () => {
  it('reports a value of another sentence of a merged bead that the word for all does not cover', () => {
    expect(findings('Pain improved in both groups (P<0.05). Sleep also improved in group A (P<0.05).', '两组疼痛均改善（P<0.05），A组睡眠也有改善。')).toEqual([
      [
        'pair-number-missing',
        'warning',
        '1:72',
        'P<0.05',
        'English states P<0.05 more often in this sentence than the aligned Chinese sentence does (aligned Chinese sentence: "两组疼痛均改善（P<0.05），A组睡眠也有改善。").',
      ],
    ]);
  });

  it('is silent on a value repeated in one sentence that the other version states once for all', () => {
    expect(findings('Pain improved in group A (P<0.05) and in group B (P<0.05).', 'A组和B组疼痛均改善（P<0.05）。')).toEqual([]);
  });

  it('does not take a value with another bound for the one stated for all: `<60` is not `≥60`', () => {
    const en = 'Age (<60 years or ≥60 years) and sex did not differ between the two groups (P>0.05).';
    expect(findings(en, '两组患者的年龄（＜60岁）和性别均无差异（P>0.05）。')).toEqual([
      [
        'pair-number-missing',
        'warning',
        '1:20',
        '60',
        'English states 60 more often in this sentence than the aligned Chinese sentence does (aligned Chinese sentence: "两组患者的年龄（＜60岁）和性别均无差异（P>0.05）。").',
      ],
    ]);
    expect(findings(en, '两组患者的年龄（＜60岁或≥60岁）和性别均无差异（P>0.05）。')).toEqual([]);
  });
});

describe('a count restated in the next sentence excuses only the restatement', () => {
  const zh = '2015 年至 2019 年纳入 30 例贫血患者。30 例患者的中位年龄为 56 岁。';

  it('reports a count missing where it is introduced, though the other version gives it where it is restated', () => {
    expect(findings('Patients with anemia were enrolled from 2015 to 2019. The median age of the 30 patients was 56 years.', zh)).toEqual([
      [
        'pair-number-missing',
        'warning',
        '3:18',
        '30 例',
        'Chinese states 30 例, which the aligned English sentence does not state, though another sentence does (aligned English sentence: "Patients with anemia were enrolled from 2015 to 2019.").',
      ],
    ]);
  });

  it('is silent where the other version states the count once, where it is introduced', () => {
    expect(findings('A total of 30 patients with anemia were enrolled from 2015 to 2019. The median age of the patients was 56 years.', zh)).toEqual([]);
  });
});

describe('a value linked to one of another bound is reported where the bound is lacking', () => {
  it('reports the `<60` the other version lacks, not the `≥60` it states', () => {
    expect(findings('Sex, age (≥60 years) and blast count (<5% or ≥5%) did not differ.', '性别、年龄（＜60岁或≥60岁）和原始细胞比例（＜5%或≥5%）无差异。')).toEqual([
      [
        'pair-number-missing',
        'warning',
        '3:8',
        '60岁',
        'Chinese states 60岁 more often in this sentence than the aligned English sentence does (aligned English sentence: "Sex, age (≥60 years) and blast count (<5% or ≥5%) did not di…").',
      ],
    ]);
  });

  it('is silent where both bounds stand on both sides', () => {
    expect(findings('Sex, age (<60 years or ≥60 years) and blast count (<5% or ≥5%) did not differ.', '性别、年龄（＜60岁或≥60岁）和原始细胞比例（＜5%或≥5%）无差异。')).toEqual([]);
  });
});

describe('a number dropped from an English sentence that the Chinese cut into clauses at semicolons', () => {
  const zh = 'A组缓解率为40%；B组缓解率为55%；C组缓解率为62%。12个月时，40%的患者仍处于缓解状态。';

  it('reports the clause whose number the English sentence lacks, though another sentence states it', () => {
    expect(findings('The response rate was high in group A, 55% in group B and 62% in group C. At 12 months, 40% of patients remained in remission.', zh)).toEqual([
      [
        'pair-number-missing',
        'warning',
        '3:7',
        '40%',
        'Chinese states 40%, which the aligned English sentence does not state, though another sentence does (aligned English sentence: "The response rate was high in group A, 55% in group B and 62…").',
      ],
    ]);
  });

  it('is silent where the English sentence states every clause', () => {
    expect(findings('The response rate was 40% in group A, 55% in group B and 62% in group C. At 12 months, 40% of patients remained in remission.', zh)).toEqual([]);
  });
});
