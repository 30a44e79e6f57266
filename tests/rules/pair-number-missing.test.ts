import { describe, expect, it } from 'vitest';
import { findings, lintWith } from '../helpers/lint.js';

const R = 'pair-number-missing';
const pair = (en: string, zh: string) => `${en}\n${zh}`;

describe('pair-number-missing', () => {
  it.each([
    ['Seventeen patients were enrolled and followed for 6 months.', '共招募了 17 名患者，随访 6 个月。'],
    ['Four adult and two pediatric patients were treated with 3 injections.', '4 名成人和 2 名儿童患者接受了三次注射。'],
    ['We did not observe side effects during the 6-month follow-up of 17 patients.', '在 6 个月随访期间，17 名患者未观察到副作用。'],
    ['A total of 96.7% of the patients completed three cycles of therapy.', '共有 96.7%的患者完成了 3 个周期的治疗。'],
    ['In total 130,000 people were screened, 47.1% (8/17) improved.', '共筛查 13 万人，47.1%(8/17)改善。'],
    ['Ten patients were treated; one patient developed chills.', '10 例患者接受治疗，1 例患者出现寒战。'],
    ['Serum IL-17 and Th17 cells decreased in a phase 1/2a trial (NCT03765957).', '在 1/2a 期试验(NCT03765957)中，血清 IL-17 和 Th17 细胞减少。'],
    ['About 40 patients were screened and 17 were enrolled.', '共招募了 17 名患者。'],
    ['The 6-month survival rate was 90% and 47.1% (8/17) responded.', '6 个月生存率为 90%，47.1%(8/17)有应答。'],
    ['Improvement was maximal at 56-112 days after 1 of 6 patients responded.', '6 例中 1 例有应答，疗效在 56～112 天最大。'],
  ])('silent when every number has a counterpart: %s', (en, zh) => {
    expect(findings(R, pair(en, zh))).toEqual([]);
  });

  it.each([
    ['Seventeen patients were enrolled and followed for 6 months.', '共招募了 17 名患者，随访 6 个月，12 例出现不良事件。', 'zh', '12 例'],
    ['Seventeen patients were enrolled and 47.1% (8/17) improved and 23.5% relapsed.', '共招募了 17 名患者，47.1%(8/17)改善。', 'en', '23.5%'],
    ['The 6-month survival rate was 90% in 10 patients.', '10 例患者 6 个月生存率为 90%，随访 36 个月。', 'zh', '36 个月'],
    ['Patients were followed for 6 months and 17 were enrolled; P< 0.05.', '共招募了 17 名患者，随访 6 个月。', 'en', 'P< 0.05'],
    ['A total of 480 patients were included and 17 withdrew.', '共有 480 例患者被纳入，17 例退出，其中 9 例因不良事件退出。', 'zh', '9 例'],
  ])('reports a number stated in only one version: %s', (en, zh, lang, at) => {
    expect(findings(R, pair(en, zh))).toEqual([[R, 'warning', lang, at]]);
  });

  it('points at the aligned sentence of the version the number is missing from', () => {
    const en = 'Patients were followed for 6 months. Eight patients (12%) relapsed after 3 months.';
    const zh = '患者随访6个月。8例患者(12%)复发。';
    const text = pair(en, zh);
    const d = lintWith(R, text).diagnostics;
    expect(d.map((x) => [x.lang, x.text, x.message])).toEqual([
      ['en', '3', 'English states 3, which the Chinese version does not state in any form (aligned Chinese sentence: "8例患者(12%)复发。").'],
    ]);
    expect(d[0]!.related).toEqual([
      expect.objectContaining({ lang: 'zh', text: '8例患者(12%)复发。', offset: text.indexOf('8例'), message: 'The aligned Chinese sentence.' }),
    ]);
  });

  it('points at the Chinese side the other way round, quoting a long sentence by its start', () => {
    const en = 'A total of 40 patients were enrolled. Patients were followed up in the outpatient clinic of the department of dermatology for several months.';
    const zh = '共纳入 40 例患者。患者在皮肤科门诊随访，随访期间定期复查血常规、肝肾功能和皮损评分，共随访 18 个月。';
    const d = lintWith(R, pair(en, zh)).diagnostics;
    expect(d.map((x) => [x.lang, x.text, x.message])).toEqual([
      ['zh', '18 个月', 'Chinese states 18 个月, which the English version does not state in any form (aligned English sentence: "Patients were followed up in the outpatient clinic of the de…").'],
    ]);
    expect(d[0]!.related.map((r) => [r.lang, r.text])).toEqual([['en', en.slice(en.indexOf('Patients'))]]);
  });

  it.each([
    ['Patients were divided into 3 groups: A, B and C.', '患者分为A、B、C组。'],
    ['Patients were divided into groups A, B and C.', '患者分为3组：A、B和C。'],
    ['Patients received three doses: A, B and C.', '患者接受A、B、C。'],
  ])('silent on a count only implied by a list in the other version: %s', (en, zh) => {
    const text = pair(`A total of 40 patients were enrolled. ${en}`, `共纳入 40 例患者。${zh}`);
    expect(lintWith(R, text).pairs).toHaveLength(1);
    expect(findings(R, text)).toEqual([]);
  });

  it.each([
    ['Patients were divided into 4 groups: A, B and C.', '患者分为A、B、C组。', 'en', '4'],
    ['Patients were divided into groups A, B and C.', '患者分为4组：A、B和C。', 'zh', '4组'],
    ['Patients received 3 doses: A, B and C.', '患者接受A、B、C。', 'en', '3'],
  ])('reports a count that the list in the other version does not give: %s', (en, zh, lang, at) => {
    expect(findings(R, pair(`A total of 40 patients were enrolled. ${en}`, `共纳入 40 例患者。${zh}`))).toEqual([[R, 'warning', lang, at]]);
  });

  it.each([
    ['en', 'A improved (P<0.05), B improved (P<0.05), C improved (P<0.05) and D improved (P<0.05).', 'A改善（P<0.05），B改善（P<0.05），C改善（P<0.05）。'],
    ['zh', 'A improved (P<0.05) and B improved (P<0.05).', 'A改善（P<0.05），B改善（P<0.05），C改善（P<0.05）。'],
  ])('reports a value stated more often than in the aligned sentence (%s)', (lang, en, zh) => {
    const text = pair(en, zh);
    const d = lintWith(R, text).diagnostics;
    const [mine, other] = lang === 'en' ? ['English', 'Chinese'] : ['Chinese', 'English'];
    const otherText = lang === 'en' ? zh : en;
    expect(d.map((x) => [x.severity, x.lang, x.text, x.message])).toEqual([
      ['warning', lang, 'P<0.05', `${mine} states P<0.05 more often in this sentence than the aligned ${other} sentence does (aligned ${other} sentence: "${[...otherText].length > 60 ? [...otherText].slice(0, 60).join('') + '…' : otherText}").`],
    ]);
    // The last of the repeated values is the one reported.
    expect(d[0]!.offset).toBe(text.lastIndexOf('P<0.05', lang === 'en' ? en.length : text.length));
  });

  it.each([
    ['We enrolled 40 patients and followed them for three months.', '共纳入40例患者。', 'en', 'three', 'English states three, which the Chinese version does not state in any form (aligned Chinese sentence: "共纳入40例患者。").'],
    ['A total of 40 patients were enrolled.', '共纳入40例患者，随访三周。', 'zh', '三周', 'Chinese states 三周, which the English version does not state in any form (aligned English sentence: "A total of 40 patients were enrolled.").'],
    ['A total of 40 patients were enrolled.', '共纳入40例患者，其中十二例死亡。', 'zh', '十二例死亡', 'Chinese states 十二例死亡, which the English version does not state in any form (aligned English sentence: "A total of 40 patients were enrolled.").'],
    ['We enrolled 40 patients in three groups.', '共纳入40例患者。', 'en', 'three', 'English states three, which the Chinese version does not state in any form (aligned Chinese sentence: "共纳入40例患者。").'],
    ['A total of 40 patients were enrolled.', '共纳入40例患者，分为A、B、C四组。', 'zh', '四组', 'Chinese states 四组, which the English version does not state in any form (aligned English sentence: "A total of 40 patients were enrolled.").'],
  ])('reports a count in words or numerals with its unit that the other version lacks: %s | %s', (en, zh, lang, at, message) => {
    const d = lintWith(R, pair(en, zh)).diagnostics;
    expect(d.map((x) => [x.ruleId, x.severity, x.lang, x.text, x.message])).toEqual([[R, 'warning', lang, at, message]]);
  });

  it.each([
    // One, a and single are too often an article to be a count.
    ['We enrolled 40 patients; a patient withdrew after a single dose.', '共纳入40例患者。'],
    ['A total of 40 patients were enrolled.', '共纳入40例患者，一名患者退出。'],
    // Two groups or kinds are implied by any comparison; both is no number.
    ['We enrolled 40 patients given apixaban or enoxaparin.', '共纳入40例患者，分为阿哌沙班和依诺肝素两组。'],
    ['We enrolled 40 patients; both drugs were given.', '共纳入40例患者，给予药物。'],
    // A count of a thing the other version spells out as a list.
    ['We enrolled 40 patients in groups A, B and C.', '共纳入40例患者，分为A、B、C三组。'],
    // A bare number word names no thing: two of what is not said.
    ['We enrolled 40 patients; two key issues remain.', '共纳入40例患者，问题仍然存在。'],
    ['A total of 40 patients were enrolled.', '共纳入40例患者，从两个角度分析。'],
    // A term, not a count (two times is 两次), and several decades.
    ['A total of 40 patients were enrolled.', '共纳入40例患者，分析二次回归关系。'],
    ['We enrolled 40 patients over decades.', '数十年来共纳入40例患者。'],
    // The duration is stated beside it, in another unit.
    ['We enrolled 40 patients and followed them for three months (12 weeks).', '共纳入40例患者，随访12周。'],
  ])('silent on a word that states no count the other version must repeat: %s | %s', (en, zh) => {
    expect(lintWith(R, pair(en, zh)).pairs).toHaveLength(1);
    expect(findings(R, pair(en, zh))).toEqual([]);
  });

  it.each([
    // One version repeats a value in another sentence that the aligned sentence does not state.
    ['We enrolled 30 patients. All 30 patients were followed up.', '共纳入 30 例患者。所有患者均获随访。'],
    // The other version states the repeat once, in another sentence.
    ['Both arms were treated for 4 weeks and followed for 4 weeks.', '两组均治疗 4 周。随访 4 周。'],
    // A bound and a plain value are two values, not a repeat.
    ['Children with fewer than 2 doses need 2 doses.', '既往接种<2剂次的儿童应接种2剂次。'],
  ])('silent on a repeat that is not missing: %s', (en, zh) => {
    expect(findings(R, pair(en, zh))).toEqual([]);
  });
});

describe('pair-number-missing: a number its aligned sentence lacks', () => {
  const messages = (en: string, zh: string) => lintWith(R, pair(en, zh)).diagnostics.map((d) => [d.severity, d.lang, d.text, d.message]);

  it('reports a number the aligned sentence lacks although another sentence states its value', () => {
    expect(messages('A total of 40 patients were enrolled. Patients were treated for 12 weeks. Symptoms improved in 30 patients after 12 weeks.', '共纳入 40 例患者。患者接受治疗 12 周。治疗后 30 例患者症状改善。')).toEqual([
      ['warning', 'en', '12', 'English states 12, which the aligned Chinese sentence does not state, though another sentence does (aligned Chinese sentence: "治疗后 30 例患者症状改善。").'],
    ]);
  });

  it('reports a count in words or Chinese numerals that the other version does not state', () => {
    expect(messages('A total of 40 patients were enrolled. Patients were divided into three groups and treated for 12 weeks.', '共纳入 40 例患者。患者接受治疗 12 周。')).toEqual([
      ['warning', 'en', 'three', 'English states three, which the Chinese version does not state in any form (aligned Chinese sentence: "患者接受治疗 12 周。").'],
    ]);
    expect(messages('A total of 40 patients were enrolled. Patients were treated for 12 weeks.', '共纳入 40 例患者。患者分为三组，治疗 12 周。')).toEqual([
      ['warning', 'zh', '三组', 'Chinese states 三组, which the English version does not state in any form (aligned English sentence: "Patients were treated for 12 weeks.").'],
    ]);
    // Two groups are implied by any comparison: a count of groups is read from three on.
    expect(messages('A total of 40 patients were enrolled. Patients were treated for 12 weeks.', '共纳入 40 例患者。患者分为两组，治疗 12 周。')).toEqual([]);
  });

  it.each([
    ['A total of 27 patients were enrolled. The mean age was 45 years. All patients were followed for 12 months.', '共纳入 27 例患者。平均年龄 45 岁。27 例患者均随访 12 个月。'],
    ['A total of 39 patients were enrolled. There were 7 cases of anemia and 32 cases of neutropenia.', '共纳入 39 例患者。39 例患者中贫血 7 例，中性粒细胞减少 32 例。'],
    ['A total of 40 patients were enrolled in 3 centers. The mean age was 45 years. Each center treated patients for 12 weeks.', '3 个中心共纳入 40 例患者。平均年龄 45 岁。3 个中心各治疗患者 12 周。'],
    ['A total of 40 patients were enrolled. Patients were treated for 12 weeks. The weather was fine. Symptoms were recorded and improved after 12 weeks.', '共纳入 40 例患者。患者接受治疗 12 周。天气很好。症状有所记录。'],
    ['Patients were divided into three groups: A, B and C. Treatment lasted 12 weeks.', '患者分为A、B、C组。治疗 12 周。'],
  ])('silent on a value restated once for all, a restated count, uncertain alignment or a list: %s', (en, zh) => {
    expect(findings(R, pair(en, zh))).toEqual([]);
  });
});

describe('pair-number-missing: a duration its aligned sentence lacks beside words for all', () => {
  it('reports a duration: `every` stands for no duration, only for a count', () => {
    const en = 'A total of 40 patients were enrolled. Patients were treated for 12 weeks. Adverse events were mild. Blood tests were repeated every 12 weeks.';
    const zh = '共纳入 40 例患者。患者接受治疗 12 周。不良反应轻微。';
    expect(findings(R, pair(en, zh))).toEqual([[R, 'warning', 'en', '12']]);
  });
});
