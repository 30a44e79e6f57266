import { describe, expect, it } from 'vitest';
import { analyzePair, lintPair } from '../../src/lint.js';

/** The alignment of a one-pair text: conflicts as `en<>zh`, unmatched and surplus claims by their text. */
function align(en: string, zh: string) {
  const p = analyzePair(en, zh).pairs[0]!;
  return {
    conflicts: p.conflicts.map((l) => `${l.en.text}<>${l.zh.text}`),
    unmatched: p.unmatched.map((c) => `${c.lang}:${c.text}`),
    surplus: p.surplus.map((c) => `${c.lang}:${c.text}`),
  };
}
const none = { conflicts: [], unmatched: [], surplus: [] };

describe('counts of a named thing in words, Chinese numerals and digits', () => {
  it.each([
    ['Patients were randomly divided into two groups.', '患者随机分为两组。'],
    ['Patients were randomly divided into 2 groups.', '患者随机分为两组。'],
    ['Patients were randomly divided into two groups.', '患者随机分为2组。'],
    ['There was no difference between both groups.', '两组间差异无统计学意义。'],
    ['Twelve patients were treated for four weeks.', '十二例患者治疗四周。'],
    ['We reviewed four types of association analysis.', '本文综述了四种关联分析类型。'],
    ['Data came from two clinical centers.', '数据来自两个医疗中心。'],
    ['Two important parameters were measured.', '测算了两个重要参量。'],
    ['The score was 1.2 in group A.', 'A组评分为1.2。'],
  ])('same count, no conflict: %s', (en, zh) => {
    expect(align(en, zh)).toEqual(none);
  });

  it.each([
    ['Patients were randomly divided into two groups.', '患者随机分为三组。', 'two<>三组'],
    ['Patients were randomly divided into 2 groups.', '患者随机分为三组。', '2<>三组'],
    ['Patients were randomly divided into three groups.', '患者随机分为2组。', 'three<>2组'],
    ['Twelve patients were treated for four weeks.', '十二例患者治疗五周。', 'four<>五周'],
    ['Twelve patients were treated for four weeks.', '十三例患者治疗四周。', 'Twelve<>十三例'],
    ['Thirteen patients were enrolled.', '共纳入34 名患者。', 'Thirteen<>34 名'],
    ['We reviewed five types of association analysis.', '本文综述了四种关联分析类型。', 'five<>四种'],
  ])('a changed count is one conflict: %s', (en, zh, conflict) => {
    expect(align(en, zh)).toEqual({ ...none, conflicts: [conflict] });
  });

  it.each([
    ['The system includes five signs.', '该系统具备六种体征。', 'five<>六种'],
    ['Two inhaled drugs were combined.', '联合使用三种吸入药物。', 'Two<>三种'],
    ['Data came from three provinces.', '数据来自四个省份。', 'three<>四'],
    ['Events were rare in both treatment groups.', '在三个治疗组中，事件均较少。', 'both<>三'],
  ])('a changed count in words is a conflict when it is the only one on each side: %s', (en, zh, conflict) => {
    expect(align(en, zh)).toEqual({ ...none, conflicts: [conflict] });
  });

  it.each([
    // `one` and `一` are too often an article.
    ['One of the signs was present.', '出现两种体征。'],
    // Two counts a side: which is which is unclear.
    ['Two drugs and three doses of four kinds were given.', '给予五种药物和六种剂型。'],
    // A duration is not a loose count.
    ['Patients received two drugs for a long time.', '患者接受药物治疗三年。'],
    // A specific thing one version names and the other does not: another count.
    ['The framework formed two levels.', '从三个维度构建评价框架。'],
  ])('no conflict between counts in words without one clear place: %s', (en, zh) => {
    expect(align(en, zh).conflicts).toEqual([]);
  });

  it('prefers the count in the aligned sentence to the same value in another sentence', () => {
    const en = 'Patients were divided into two groups. There was no difference between the two groups (P>0.05). All patients were followed up for a long time.';
    const zh = '患者分为两组。三组间差异无统计学意义（P>0.05）。两组患者均获长期随访。';
    expect(align(en, zh).conflicts).toEqual(['two<>三组']);
  });

  it('does not read a count out of a word of grammar: 1.2 in group A counts no groups', () => {
    const c = analyzePair('The score was 1.2 in group A.', 'A组评分为1.2。').pairs[0]!.en.claims;
    expect(c.map((x) => [x.text, x.unit])).toEqual([['1.2', undefined]]);
  });

  it.each([
    ['Survival was longer in the ECOG score ≤ 2 group.', [['2', undefined]]],
    ['Patients were assigned to one group.', [['one', undefined]]],
    ['Patients were assigned to 3 treatment arms.', [['3', 'group']]],
  ])('reads a count of a named thing only before its plural: %s', (en, claims) => {
    const c = analyzePair(en, '患者分组。').pairs[0]?.en.claims ?? [];
    expect(c.map((x) => [x.text, x.unit])).toEqual(claims);
  });

  it('leaves a count in words without a counterpart unreported', () => {
    expect(lintPair('Patients were divided into groups.', '患者分为两组。').diagnostics).toEqual([]);
  });
});

describe('one changed value holds one place', () => {
  it.each([
    ['Hospital stay was (12.4±5.1) d in group A.', 'A组住院时间为(12.9±5.1) d。', '12.4<>12.9'],
    ['The score was 3.5 ± 1.2 in group A.', 'A组评分为3.5 ± 2.1。', '1.2<>2.1'],
    ['The score was 3.5 ± 1.2 in group A.', 'A组评分为3.9 ± 1.2。', '3.5<>3.9'],
    ['The error rate was 10⁻³ per cycle.', '每周期错误率为10⁻⁴。', '10⁻³<>10⁻⁴'],
    ['Scores were 3.5 ± 1.2 and 4.1 ± 0.8.', '评分分别为3.5 ± 1.2和4.7 ± 0.8。', '4.1<>4.7'],
  ])('%s', (en, zh, conflict) => {
    expect(align(en, zh)).toEqual({ ...none, conflicts: [conflict] });
  });

  it('pairs several changed values of one gap in order', () => {
    expect(align('Values were 1.1, 2.2 and 3.3 (P<0.05).', '数值为1.4、2.5和3.3（P<0.05）。')).toEqual({ ...none, conflicts: ['1.1<>1.4', '2.2<>2.5'] });
  });

  it.each([
    // One unit on one side only: two different things, each missing.
    ['The stay was 12.4 days (P<0.05).', '住院时间为12.9（P<0.05）。', ['en:12.4', 'zh:12.9']],
    // As many numbers on each side but of different counts in the gap: no place is certain.
    ['Values were 1.1 and 2.2 (P<0.05).', '数值为1.4（P<0.05）。', ['en:1.1', 'en:2.2', 'zh:1.4']],
  ])('stays two missing numbers without one place: %s', (en, zh, unmatched) => {
    expect(align(en, zh)).toEqual({ ...none, unmatched });
  });

  it.each([
    ['The score rose by 1.', '评分升高166。', ['en:1', 'zh:166']],
    ['We trained the model with 200 samples.', '使用5个样本训练模型。', ['en:200', 'zh:5']],
  ])('keeps values far apart in form as two missing numbers: %s', (en, zh, unmatched) => {
    expect(align(en, zh)).toEqual({ ...none, unmatched });
  });

  it('reads a dropped digit as a changed value', () => {
    expect(align('In total 11,174 records were read.', '共读取1174条记录。').conflicts).toEqual(['11,174<>1174']);
  });

  it('reads a changed bare count in words, the only one on each side of the aligned sentences', () => {
    expect(align('The definition of two of the signs was amended in 2018.', '2018年修订了其中两个体征的定义。')).toEqual(none);
    expect(align('The definition of three of the signs was amended in 2018.', '2018年修订了其中两个体征的定义。')).toEqual({ ...none, conflicts: ['three<>两'] });
    // Two bare counts on a side: which one changed is unclear, and neither is reported.
    expect(align('Three signs and four symptoms were amended in 2018.', '2018年修订了其中两个体征的定义。').conflicts).toEqual([]);
  });

  it('reads a changed count of a listed thing against a bare count of the other version', () => {
    // `parameters` names the thing in English; 项 counts it bare in Chinese.
    const zh = '症状评估和加重史这两项临床指标用于将患者分组。';
    expect(align('Two clinical parameters are used to categorize patients.', zh)).toEqual(none);
    expect(align('Three clinical parameters are used to categorize patients.', zh)).toEqual({ ...none, conflicts: ['Three<>两'] });
    expect(align('Two clinical parameters are used to categorize patients.', zh.replace('两项', '三项'))).toEqual({ ...none, conflicts: ['Two<>三'] });
    // Two named things of different kinds are different counts, not one changed count.
    expect(align('Two clinical parameters were measured in patients.', '测量了患者的三个维度。').conflicts).toEqual([]);
  });

  it('reads a proportion written N in M as the fraction the other version writes M分之N', () => {
    expect(align('One in five adults had hypertension.', '五分之一的成人患有高血压。')).toEqual(none);
    expect(align('One in five adults had hypertension.', '五分之二的成人患有高血压。')).toEqual({ ...none, conflicts: ['One in five<>五分之二'] });
    expect(align('Only about 1 in 20 cigarettes was illicit.', '只有大约二十分之一的卷烟是非法的。')).toEqual(none);
  });

  it('reads the digits of a sentence in full-width forms as it reads ASCII ones', () => {
    const en = 'Screening is recommended for all women at 36 0/7 to 37 6/7 weeks of gestation.';
    expect(align(en, '建议对妊娠36周至37周 + 6天的所有孕妇进行筛查。')).toEqual(none);
    expect(align(en, '建议对妊娠３６周至３７周 + ６天的所有孕妇进行筛查。')).toEqual(none);
  });

  it('never makes a conflict of a value the other version states elsewhere', () => {
    const en = 'The mean was 3.5 ± 1.2. Another score was 2.1.';
    const zh = '均值为3.5 ± 2.1。';
    expect(align(en, zh)).toEqual({ ...none, unmatched: ['en:1.2'] });
  });
});

describe('repeated values compare as multisets per aligned sentence', () => {
  it('finds the value stated four times against three', () => {
    const en = 'A improved (P<0.05), B improved (P<0.05), C improved (P<0.05) and D improved (P<0.05).';
    const zh = 'A改善（P<0.05），B改善（P<0.05），C改善（P<0.05）。';
    expect(align(en, zh)).toEqual({ ...none, surplus: ['en:P<0.05'] });
  });

  it('finds it in the other direction', () => {
    const en = 'A improved (P<0.05) and B improved (P<0.05).';
    const zh = 'A改善（P<0.05），B改善（P<0.05），C改善（P<0.05）。';
    expect(align(en, zh)).toEqual({ ...none, surplus: ['zh:P<0.05'] });
  });

  it('reads one of the repeated values changed as a conflict', () => {
    const en = 'A improved (P<0.05), B improved (P<0.05) and C improved (P<0.05).';
    const zh = 'A改善（P<0.05），B改善（P<0.01），C改善（P<0.05）。';
    expect(align(en, zh)).toEqual({ ...none, conflicts: ['P<0.05<>P<0.01'] });
  });

  it('is silent when the repeated value stands once in a sentence the aligned one does not state it in', () => {
    const en = 'We enrolled 30 patients. All 30 patients were followed.';
    const zh = '共纳入30例患者。所有患者均获随访。';
    expect(align(en, zh)).toEqual(none);
  });

  it.each([
    ['The retention rate was 90% in group A and 90% in group B.', 'A组和B组患者的保留率均为90%。'],
    ['A improved (P<0.05) and B improved (P<0.05).', 'A和B均改善（P<0.05）。'],
    ['Land use data on a 1 km × 1 km grid were used.', '使用1 km格网土地利用数据。'],
  ])('is silent when the other version states a repeated value once for all: %s', (en, zh) => {
    expect(align(en, zh)).toEqual(none);
  });

  it('reads `every 3 weeks` as a schedule, not as one value stated for all', () => {
    expect(align('Cisplatin was given every 3 weeks for 6 months.', '顺铂每3周给药，每3周复查，共6个月。')).toEqual({ ...none, surplus: ['zh:3周'] });
    expect(align('Cisplatin was given every 3 weeks and imaging was repeated every 3 weeks.', '顺铂每3周给药，每3周复查影像。')).toEqual(none);
  });

  it('excuses a repeat only by a word for all in the clause of the value stated once', () => {
    // `both` stands in the other clause: it says nothing of the 90%.
    const en = 'The retention rate was 90%, and 90% in group B; both groups were followed.';
    const zh = '保留率为90%；两组均获随访。';
    expect(align(en, zh)).toEqual({ ...none, surplus: ['en:90%'] });
  });

  it('counts a value with a bound apart from the same value without: `<60 or ≥60`', () => {
    expect(align('Age (<60 years or ≥60 years) did not differ (P>0.05).', '年龄（＜60岁或≥60岁）无差异（P>0.05）。')).toEqual(none);
    expect(align('Age (<60 years) did not differ (P>0.05).', '年龄（＜60岁或≥60岁）无差异（P>0.05）。')).toEqual({ ...none, surplus: ['zh:60岁'] });
  });

  it('links repeated values in the order of both versions, so the changed one is the one left', () => {
    expect(align('Fever occurred in 12 patients and rash in 13 patients; 12 recovered.', '12例发热，13例皮疹；12例恢复。')).toEqual(none);
    expect(align('Fever occurred in 12 patients and rash in 13 patients; 13 recovered.', '12例发热，13例皮疹；12例恢复。')).toEqual({ ...none, surplus: ['en:13'] });
  });

  it('is silent when the other version states the repeat in another sentence', () => {
    const en = 'Both arms were treated for 4 weeks and followed for 4 weeks.';
    const zh = '两组均治疗4周。随访4周。';
    expect(align(en, zh)).toEqual(none);
  });
});

describe('a number its confidently aligned sentence lacks', () => {
  /** Claims missing from their aligned sentence as `lang:text`, `+` when another sentence states the value. */
  function dropped(en: string, zh: string) {
    const p = analyzePair(en, zh).pairs[0]!;
    return { conflicts: p.conflicts.map((l) => `${l.en.text}<>${l.zh.text}`), dropped: p.dropped.map((d) => `${d.claim.lang}:${d.claim.text}${d.elsewhere ? '+' : ''}`) };
  }
  const enrolled = { en: 'A total of 40 patients were enrolled.', zh: '共纳入 40 例患者。' };

  it('is missing there although another sentence states its value', () => {
    expect(
      dropped(`${enrolled.en} Patients were treated for 12 weeks. Symptoms improved in 30 patients after 12 weeks.`, `${enrolled.zh}患者接受治疗 12 周。治疗后 30 例患者症状改善。`),
    ).toEqual({ conflicts: [], dropped: ['en:12+'] });
  });

  it('reports a restated count that neither aligned sentence of the other version states', () => {
    expect(
      dropped(
        'Patients were enrolled from 2015 to 2019. The median age was 56 years, and 25 patients had primary disease. Of the 30 patients, 12 died.',
        '2015 年至 2019 年纳入 30 例患者。30 例患者中位年龄 56 岁，25 例为原发性。30 例患者中 12 例死亡。',
      ),
    ).toEqual({ conflicts: [], dropped: ['zh:30 例+'] });
  });

  it('reads two values each stated elsewhere, in one place of aligned sentences, as one changed value', () => {
    expect(
      dropped('Patients were treated for 12 weeks and followed for 8 weeks. Symptoms improved in 30 patients at 8 weeks.', '患者接受治疗 12 周，随访 8 周。30 例患者在 12 周时症状改善。'),
    ).toEqual({ conflicts: ['8<>12 周'], dropped: [] });
  });

  it.each([
    [`${enrolled.en} Patients were divided into three groups and treated for 12 weeks.`, `${enrolled.zh}患者接受治疗 12 周。`, 'en:three'],
    [`${enrolled.en} Patients were treated for 12 weeks.`, `${enrolled.zh}患者分为三组，治疗 12 周。`, 'zh:三组'],
    [`${enrolled.en} Patients received two cycles and were treated for 12 weeks.`, `${enrolled.zh}患者治疗 12 周。`, 'en:two'],
  ])('reports a count in words that the aligned sentence lacks: %s', (en, zh, missing) => {
    expect(dropped(en, zh)).toEqual({ conflicts: [], dropped: [missing] });
  });

  it.each([
    // A count stated once for all: `All patients` is the 27.
    ['A total of 27 patients were enrolled. The mean age was 45 years. All patients were followed for 12 months.', '共纳入 27 例患者。平均年龄 45 岁。27 例患者均随访 12 个月。'],
    // A cohort restated as the subject of its breakdown.
    ['A total of 39 patients were enrolled. There were 7 cases of anemia and 32 cases of neutropenia.', '共纳入 39 例患者。39 例患者中贫血 7 例，中性粒细胞减少 32 例。'],
    // No number links the sentences around it: the aligner may have paired them wrongly.
    [`${enrolled.en} Patients were treated for 12 weeks. The weather was fine. Symptoms were recorded and improved after 12 weeks.`, `${enrolled.zh}患者接受治疗 12 周。天气很好。症状有所记录。`],
    // Digits of the aligned sentence not read as an amount may be the number.
    ['Scores were evaluated on day 0, day 14 and day 28. Patients were examined at day (D)0 and D14.', '在第 0 天、第 14 天和第 28 天评估评分。在第 0 天(D)和 D14 检查患者。'],
    // Two groups are implied by any comparison (a count of groups is read from three on).
    [`${enrolled.en} Patients were treated for 12 weeks.`, `${enrolled.zh}患者分为两组，治疗 12 周。`],
    // A count the aligned sentence implies by a list.
    [`${enrolled.en} Patients received three doses: A, B and C. Doses were given for 12 weeks.`, `${enrolled.zh}患者接受A、B、C。治疗 12 周。`],
  ])('silent: %s', (en, zh) => {
    expect(dropped(en, zh)).toEqual({ conflicts: [], dropped: [] });
  });
});
