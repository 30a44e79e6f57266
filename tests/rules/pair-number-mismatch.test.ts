import { describe, expect, it } from 'vitest';
import { findings, lintWith } from '../helpers/lint.js';

const R = 'pair-number-mismatch';
const pair = (en: string, zh: string) => `${en}\n${zh}`;
/** Short passages pair on a number they share: a cohort sentence gives them one. */
const paired = (en: string, zh: string) => pair(`A total of 40 patients were enrolled. ${en}`, `共纳入 40 例患者。${zh}`);

describe('pair-number-mismatch', () => {
  it.each([
    [
      'Seventeen patients were enrolled. A total of 47.1% (8/17) improved, and 17.6% (3/17) had no disease.',
      '共招募了 17 名患者。共有 47.1%(8/17)的患者改善，17.6%(3/17)无疾病。',
    ],
    ['Patients were followed up for 3 ~ 36 months after 24 hours of infusion.', '患者随访 3～36 个月，输注后 24 小时。'],
    ['We did not observe side effects during the 6-month follow-up of 17 patients.', '在 6 个月随访期间，17 名患者未观察到副作用。'],
    ['The difference was statistically significant (P< 0.05) in 10 patients.', '10 例患者差异有统计学意义(P＜0.05)。'],
    ['Patients were randomly assigned in a 1:1 ratio to 2 groups of 240 patients.', '患者以 1∶1 的比例随机分为 2 组，每组 240 例。'],
    ['A total of 480 patients were included (242 in one group and 238 in the other).', '共有 480 例患者被纳入（一组 242 例，另一组 238 例）。'],
    ['The temperature rose to 39.9℃ after 15 minutes in one patient.', '1 例患者 15 分钟后体温升至 39.9℃。'],
    ['Doses were 1 x 10(6) to 3 x 10(6) cells/kg every 2 weeks.', '剂量为 1×10⁶～3×10⁶ 个细胞/kg，每 2 周一次。'],
    ['Effects were maximal at 56-112 days; 80% (4/5) achieved EASI-50.', '疗效在 56～112 天最大；80%(4/5)达到 EASI-50。'],
    ['In total 130,000 people were screened and 47.1% (8/17) improved.', '共筛查 13 万人，47.1%(8/17)改善。'],
  ])('silent on a clean pair: %s', (en, zh) => {
    expect(findings(R, pair(en, zh))).toEqual([]);
  });

  it('triangulates the 001 case: the Chinese fraction breaks the 47.1% both versions state', () => {
    const text = pair(
      'Seventeen patients were enrolled. A total of 47.1% (8/17) improved, and 17.6% (3/17) had no disease.',
      '共招募了 17 名患者。共有 47.1%(17/36)的患者改善，17.6%(3/17)无疾病。',
    );
    const [d] = lintWith(R, text).diagnostics;
    expect(d).toMatchObject({ ruleId: R, severity: 'error', lang: 'zh', text: '17/36', offset: text.indexOf('17/36'), actual: '17/36', expected: '8/17' });
    expect(d!.message).toBe(
      'Chinese 17/36 disagrees with English 8/17: 8/17 = 47.06% agrees with the 47.1% that both versions state; 17/36 = 47.22% does not, so the Chinese is likely wrong.',
    );
    expect(d!.fix).toEqual({ offset: text.indexOf('17/36'), length: 5, replacement: '8/17' });
    expect(d!.related).toMatchObject([{ lang: 'en', text: '8/17', offset: text.indexOf('8/17') }]);
  });

  it('blames the English when the English fraction is the one that breaks the shared percentage', () => {
    const text = pair('A total of 47.1% (9/17) of the patients improved.', '共有 47.1%(8/17)的患者改善。');
    expect(findings(R, text)).toEqual([[R, 'error', 'en', '9/17']]);
    expect(lintWith(R, text).diagnostics[0]!.fix).toEqual({ offset: text.indexOf('9/17'), length: 4, replacement: '8/17' });
  });

  it('uses the cohort both versions state when no percentage decides', () => {
    const text = pair('Seventeen patients were enrolled and 8/17 responded to treatment.', '共招募了 17 名患者，8/18 有应答。');
    const [d] = lintWith(R, text).diagnostics;
    expect([d!.lang, d!.text]).toEqual(['zh', '8/18']);
    expect(d!.message).toContain('the denominator 17 is the group of 17 that both versions state');
  });

  it('reports on the Chinese without a fix when nothing decides', () => {
    const text = pair('Patients were followed up for 3 to 36 months after treatment.', '患者随访 3～24 个月。');
    const [d] = lintWith(R, text).diagnostics;
    expect([d!.lang, d!.text, d!.fix]).toEqual(['zh', '3～24 个月', undefined]);
    expect(d!.message).toBe('Chinese 3～24 个月 disagrees with English 3 to 36 months; nothing else in the abstract says which one is right.');
  });

  it.each([
    ['The response rate was 25% (2/8) for males.', '男性的有效率为 35%(2/8)。', '35%'],
    ['The 3-month overall survival rate of the patients was 90%.', '患者 3 个月总生存率为 80%。', '80%'],
    ['The difference in the 10 patients was significant (P< 0.05).', '10 例患者的差异有统计学意义(P＜0.01)。', 'P＜0.01'],
  ])('flags a changed number: %s', (en, zh, at) => {
    expect(findings(R, pair(en, zh))).toEqual([[R, 'error', 'zh', at]]);
  });

  it.each([
    ['Patients were randomly divided into two groups.', '患者随机分为两组。'],
    ['Patients were randomly divided into 2 groups.', '患者随机分为两组。'],
    ['There was no difference between both groups (P>0.05).', '两组间差异无统计学意义（P>0.05）。'],
    ['Twelve patients were treated for four weeks.', '十二例患者治疗四周。'],
    ['Data came from two clinical centers.', '数据来自两个医疗中心。'],
    ['Thirteen patients were enrolled.', '共纳入 13 名患者。'],
  ])('silent on a count written in words on one side: %s', (en, zh) => {
    expect(findings(R, paired(en, zh))).toEqual([]);
  });

  it.each([
    ['Patients were randomly divided into two groups.', '患者随机分为三组。', 'zh', '三组', 'Chinese 三组 disagrees with English two', 'two'],
    ['Patients were randomly divided into three groups.', '患者随机分为两组。', 'zh', '两组', 'Chinese 两组 disagrees with English three', 'three'],
    ['Patients were randomly divided into 2 groups.', '患者随机分为三组。', 'zh', '三组', 'Chinese 三组 disagrees with English 2', '2'],
    ['Twelve patients were treated for four weeks.', '十二例患者治疗五周。', 'zh', '五周', 'Chinese 五周 disagrees with English four', 'four'],
    ['Thirteen patients were enrolled.', '共纳入 34 名患者。', 'zh', '34 名', 'Chinese 34 名 disagrees with English Thirteen', 'Thirteen'],
    ['We reviewed five types of association analysis.', '本文综述了四种关联分析类型。', 'zh', '四种', 'Chinese 四种 disagrees with English five', 'five'],
  ])('flags a changed count in words, numerals or digits: %s', (en, zh, lang, at, head, other) => {
    const text = paired(en, zh);
    const [d, ...rest] = lintWith(R, text).diagnostics;
    expect(rest).toEqual([]);
    expect([d!.ruleId, d!.severity, d!.lang, d!.text]).toEqual([R, 'error', lang, at]);
    expect(d!.message).toBe(`${head}; nothing else in the abstract says which one is right.`);
    expect(d!.related).toMatchObject([{ lang: 'en', text: other, offset: text.indexOf(other) }]);
  });

  it.each([
    ['Hospital stay was (12.4±5.1) d in group A.', 'A组住院时间为(12.9±5.1) d。', '12.9', '12.4'],
    ['The score was 3.5 ± 1.2 in group A.', 'A组评分为3.5 ± 2.1。', '2.1', '1.2'],
    ['The error rate was 10⁻³ per cycle.', '每周期错误率为10⁻⁴。', '10⁻⁴', '10⁻³'],
  ])('reports a changed value in one place as one mismatch, not two missing numbers: %s', (en, zh, at, other) => {
    const text = paired(en, zh);
    const all = lintWith(R, text).diagnostics.concat(lintWith('pair-number-missing', text).diagnostics);
    expect(all.map((d) => [d.ruleId, d.severity, d.lang, d.text, d.message])).toEqual([
      [R, 'error', 'zh', at, `Chinese ${at} disagrees with English ${other}; nothing else in the abstract says which one is right.`],
    ]);
    expect(all[0]!.related).toMatchObject([{ lang: 'en', text: other, offset: text.indexOf(other) }]);
  });

  it.each([
    // The English repeats 4 cycles of the next sentence: the only counts of cycles left are three and 两个.
    ['Patients received three cycles of A, then 4 cycles of B. All patients had 4 cycles of B in total.', '患者接受了两个周期的A治疗，然后接受4个周期的B治疗。所有患者共接受4个周期的B治疗。', '两个周期', 'three'],
    ['Treatment lasted 12 weeks.', '治疗持续十三周。', '十三周', '12'],
    ['The vaccine is given once.', '疫苗接种两次。', '两次', 'once'],
    ['Over the past decade, incidence rose.', '过去二十年中发病率上升。', '二十年', 'decade'],
  ])('reports a changed count in words as one mismatch, not two missing numbers: %s', (en, zh, at, other) => {
    const text = paired(en, zh);
    const all = lintWith(R, text).diagnostics.concat(lintWith('pair-number-missing', text).diagnostics);
    expect(all.map((d) => [d.ruleId, d.severity, d.lang, d.text, d.message])).toEqual([
      [R, 'error', 'zh', at, `Chinese ${at} disagrees with English ${other}; nothing else in the abstract says which one is right.`],
    ]);
    expect(all[0]!.related).toMatchObject([{ lang: 'en', text: other, offset: text.indexOf(other) }]);
  });

  it('flags one changed value among repeated ones', () => {
    const text = paired('A improved (P<0.05), B improved (P<0.05) and C improved (P<0.05).', 'A改善（P<0.05），B改善（P<0.01），C改善（P<0.05）。');
    expect(findings(R, text)).toEqual([[R, 'error', 'zh', 'P<0.01']]);
  });
});
