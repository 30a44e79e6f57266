import { describe, expect, it } from 'vitest';
import { lintWith } from '../helpers/lint.js';
import { ruleCases } from '../helpers/rule-cases.js';

const R = 'pair-number-mismatch';

/** What this rule and pair-number-missing report on a text: a changed value should be one mismatch, never two missing numbers. */
const mismatchedOrMissing = (text: string) => lintWith(R, text).diagnostics.concat(lintWith('pair-number-missing', text).diagnostics);
const pair = (en: string, zh: string) => `${en}\n${zh}`;
/** Short passages pair on a number they share: a cohort sentence gives them one. */
const paired = (en: string, zh: string) => pair(`A total of 40 patients were enrolled. ${en}`, `共纳入 40 例患者。${zh}`);

ruleCases(R, {
  valid: [
    // Labels kept with their values, or not one label to a clause: nothing says a value moved.
    paired('CT had a sensitivity of 85.2% and a specificity of 76.4%.', 'CT诊断的灵敏度为85.2%，特异度为76.4%。'),
    paired('The sensitivity and specificity were 85.2% and 76.4%, respectively.', '灵敏度和特异度分别为85.2%和76.4%。'),
    paired('The effective rate was higher in the observation group than in the control group (93.3% vs 76.7%).', '观察组有效率高于对照组（93.3%比76.7%）。'),
    paired('The effective rate was 93.3% in the observation group and 76.7% in the control group.', '观察组和对照组的有效率分别为93.3%和76.7%。'),
    paired('Of the women, 93.3% responded, against 76.7% of the men.', '女性有效率为93.3%，男性为76.7%。'),
    // Two approximate statements of one value, two roundings of it.
    paired('Income was about 1,500 yuan.', '收入约1 480元。'),
    pair(
      'Seventeen patients were enrolled. A total of 47.1% (8/17) improved, and 17.6% (3/17) had no disease.',
      '共招募了 17 名患者。共有 47.1%(8/17)的患者改善，17.6%(3/17)无疾病。',
    ),
    pair('Patients were followed up for 3 ~ 36 months after 24 hours of infusion.', '患者随访 3～36 个月，输注后 24 小时。'),
    pair('We did not observe side effects during the 6-month follow-up of 17 patients.', '在 6 个月随访期间，17 名患者未观察到副作用。'),
    pair('The difference was statistically significant (P< 0.05) in 10 patients.', '10 例患者差异有统计学意义(P＜0.05)。'),
    pair('Patients were randomly assigned in a 1:1 ratio to 2 groups of 240 patients.', '患者以 1∶1 的比例随机分为 2 组，每组 240 例。'),
    pair('A total of 480 patients were included (242 in one group and 238 in the other).', '共有 480 例患者被纳入（一组 242 例，另一组 238 例）。'),
    pair('The temperature rose to 39.9℃ after 15 minutes in one patient.', '1 例患者 15 分钟后体温升至 39.9℃。'),
    pair('Doses were 1 x 10(6) to 3 x 10(6) cells/kg every 2 weeks.', '剂量为 1×10⁶～3×10⁶ 个细胞/kg，每 2 周一次。'),
    pair('Effects were maximal at 56-112 days; 80% (4/5) achieved EASI-50.', '疗效在 56～112 天最大；80%(4/5)达到 EASI-50。'),
    pair('In total 130,000 people were screened and 47.1% (8/17) improved.', '共筛查 13 万人，47.1%(8/17)改善。'),
    // A count written in words on one side.
    paired('Patients were randomly divided into two groups.', '患者随机分为两组。'),
    paired('Patients were randomly divided into 2 groups.', '患者随机分为两组。'),
    paired('There was no difference between both groups (P>0.05).', '两组间差异无统计学意义（P>0.05）。'),
    paired('Twelve patients were treated for four weeks.', '十二例患者治疗四周。'),
    paired('Data came from two clinical centers.', '数据来自两个医疗中心。'),
    paired('Thirteen patients were enrolled.', '共纳入 13 名患者。'),
    // One version alone pairs with nothing: no number to compare.
    'Seventeen patients were enrolled and 8/17 responded to treatment.',
    // A coefficient's sign is its meaning; a change's sign may be a word; an interval's ends keep their signs.
    paired('The correlation was -0.45, and scores fell by 0.5 points.', '相关系数为-0.45，评分下降0.5分。'),
    paired('The CT value of the nodules fell to -612 HU.', '结节CT值降至612 HU。'),
    paired('The score changed by -0.5 points (r = -0.45, β=-0.21).', '评分下降0.5分（r=-0.45，β=-0.21）。'),
    paired('The difference was -3.2% (95% CI -4.1% to -2.3%).', '差值为-3.2%（95% CI -4.1%～-2.3%）。'),
    // A bound written after its number, and in Chinese as `等于或大于`, is the bound the other version signs.
    paired('A Braden score of 12 or less indicated risk.', 'Braden评分≤12分为高危。'),
    paired('Patients with three or more falls and grade 3 or higher diarrhea were included.', '纳入跌倒≥3次及等于或大于3级腹泻的患者。'),
    paired('Patients aged 65 years or older were included.', '纳入≥65岁的患者。'),
    // A mean ± SD in both versions, its brackets and unit written apart in the Chinese; and a mean
    // that equals another group's SD, which is no swap.
    paired('The mean age was 58.6±9.4 years.', '患者平均年龄（58.6±9.4）岁。'),
    paired('Scores were 9.4±2.1 and 12.3±9.4 points.', '评分分别为（9.4±2.1）分和（12.3±9.4）分。'),
    // Two values of one measure listed in the same order; values of different roles in another order;
    // counts, which Chinese reorders (`16类中3类`).
    paired('The 3-year survival was 85.3% in the induction group and 76.5% in the standard group.', '诱导化疗组和标准治疗组的3年生存率分别为85.3%和76.5%。'),
    paired('At a cutoff of 45%, the sensitivity was 74.1% and the specificity 71.9%.', '以45%为截断值时灵敏度为74.1%，特异度为71.9%。'),
    paired('Only 3 classes of 16 classes had no cycle.', '16类中只有3类不存在回路。'),
    // A change stated the same way round in both versions; `improved` is no way round (pain that improved fell).
    paired('Serum IgE increased by 20.5% and eosinophils fell to 8.1%, a reduction of 30.2%.', '血清IgE增加了20.5%，嗜酸性粒细胞降至8.1%，降幅为30.2%。'),
    paired('The pain score improved by 41.3%.', '疼痛评分降低41.3%。'),
    // English may put the noun or comparative of change after the amount; the same way round, it agrees.
    paired('The annual rate was 1.0%, a 78% reduction compared with the expected 4.6%.', '年发生率为1.0%，较预期的4.6%降低78%。'),
    paired('Zinc excretion was 76.8% lower than in the control group.', '粪锌排放量较对照组降低76.8%。'),
    // `50% or more` is a bound, not a change.
    paired('Seizures fell in 12 patients by 50% or more.', '12例患者发作减少50%以上。'),
    // A result called significant, or not, in both versions, in other words.
    paired('Yield was 5 214 kg/hm², not significantly different from NPK (5 168 kg/hm²).', '产量为5 214 kg/hm²，与NPK处理（5 168 kg/hm²）差异不显著。'),
    paired('Mortality did not differ among groups (1.7%-3.3%).', '各组死亡率差异无统计学意义（1.7%～3.3%）。'),
    paired('Weight gain was significantly higher at 20% replacement (503.7%).', '替代20%时增重率（503.7%）显著升高。'),
    // A cut-off on the same side in both versions, by signs or by words that leave the strictness open.
    paired('Patients with SCC-Ag <9.7 ng/mL had longer survival.', 'SCC-Ag＜9.7 ng/mL者生存期较长。'),
    paired('Tumors larger than 2 cm were more frequent.', '≥2 cm的肿瘤更多见。'),
  ],
  invalid: [
    // A result called significant in one version and not in the other, where no p-value says which is right.
    {
      text: paired('Yield was 5 214 kg/hm², not significantly different from NPK (5 168 kg/hm²).', '产量为5 214 kg/hm²，与NPK处理（5 168 kg/hm²）差异显著。'),
      errors: [
        {
          severity: 'error', lang: 'zh', span: '差异显著',
          message: 'Chinese "差异显著" calls the result significant, English "not significant" not significant, in sentences that state the same values: one version inverts the finding; nothing else in the abstract says which one is right.',
          related: [{ lang: 'en', span: 'not significant', message: 'English calls it not significant here.' }],
        },
      ],
    },
    {
      text: paired('Mortality did not differ among groups (1.7%-3.3%).', '各组死亡率差异显著（1.7%～3.3%）。'),
      errors: [
        {
          severity: 'error', lang: 'zh', span: '差异显著',
          message: 'Chinese "差异显著" calls the result significant, English "did not differ" not significant, in sentences that state the same values: one version inverts the finding; nothing else in the abstract says which one is right.',
          related: [{ lang: 'en', span: 'did not differ', message: 'English calls it not significant here.' }],
        },
      ],
    },
    // A cut-off whose strictness differs: each version puts the cut-off value itself in another group.
    {
      text: paired('Patients with SCC-Ag <9.7 ng/mL had longer survival.', 'SCC-Ag≤9.7 ng/mL者生存期较长。'),
      errors: [
        {
          severity: 'error', lang: 'zh', span: '9.7 ng/mL', nth: 1,
          message: 'Chinese ≤9.7 ng/mL disagrees with English <9.7; nothing else in the abstract says which one is right.',
          related: [{ lang: 'en', span: '9.7', message: 'English states 9.7 here.' }],
        },
      ],
    },
    {
      text: paired('A Ki-67 index of at least 14% was high.', 'Ki-67＞14%为高表达。'),
      errors: [
        {
          severity: 'error', lang: 'zh', span: '14%', nth: 1,
          message: 'Chinese >14% disagrees with English ≥14%; nothing else in the abstract says which one is right.',
          related: [{ lang: 'en', span: '14%', message: 'English states 14% here.' }],
        },
      ],
    },
    // A change stated the other way round: the same number, a rise in one version and a fall in the other.
    {
      text: paired('Serum IgE increased by 20.5% after treatment.', '治疗后血清IgE降低20.5%。'),
      errors: [
        {
          severity: 'error', lang: 'zh', span: '降低20.5%',
          message: 'Chinese "降低20.5%" states a fall, English "increased by 20.5%" a rise: one version states the change the wrong way round; nothing else in the abstract says which one is right.',
          related: [{ lang: 'en', span: 'increased by 20.5%', message: 'English states a rise of 20.5% here.' }],
        },
      ],
    },
    {
      text: paired('Yield showed a reduction of 12.4% under drought.', '干旱条件下产量增幅为12.4%。'),
      errors: [
        {
          severity: 'error', lang: 'zh', span: '增幅为12.4%',
          message: 'Chinese "增幅为12.4%" states a rise, English "a reduction of 12.4%" a fall: one version states the change the wrong way round; nothing else in the abstract says which one is right.',
          related: [{ lang: 'en', span: 'a reduction of 12.4%', message: 'English states a fall of 12.4% here.' }],
        },
      ],
    },
    {
      text: paired('The annual rate was 1.0%, a 78% reduction compared with the expected 4.6%.', '年发生率为1.0%，较预期的4.6%升高78%。'),
      errors: [
        {
          severity: 'error', lang: 'zh', span: '升高78%',
          message: 'Chinese "升高78%" states a rise, English "78% reduction" a fall: one version states the change the wrong way round; nothing else in the abstract says which one is right.',
          related: [{ lang: 'en', span: '78% reduction', message: 'English states a fall of 78% here.' }],
        },
      ],
    },
    {
      text: paired('Zinc excretion was 76.8% higher than in the control group.', '粪锌排放量较对照组降低76.8%。'),
      errors: [
        {
          severity: 'error', lang: 'zh', span: '降低76.8%',
          message: 'Chinese "降低76.8%" states a fall, English "76.8% higher" a rise: one version states the change the wrong way round; nothing else in the abstract says which one is right.',
          related: [{ lang: 'en', span: '76.8% higher', message: 'English states a rise of 76.8% here.' }],
        },
      ],
    },
    // Two values each beside a label, whose labels one version swaps: a measure of accuracy, a group, a lettered group.
    {
      text: paired('CT had a sensitivity of 85.2% and a specificity of 76.4%.', 'CT诊断的灵敏度为76.4%，特异度为85.2%。'),
      errors: [
        {
          severity: 'warning', lang: 'zh', span: '85.2%', nth: 1,
          message: 'Chinese gives 85.2% to the specificity and 76.4% to the sensitivity; English gives 85.2% to the sensitivity and 76.4% to the specificity: one version swaps the two values; nothing else in the abstract says which one is right.',
          related: [{ lang: 'zh', span: '76.4%', nth: 1, message: 'Chinese gives 76.4% to the sensitivity.' }, { lang: 'en', span: '85.2%', message: 'English gives 85.2% to the sensitivity.' }],
        },
      ],
    },
    {
      text: paired('The effective rate was 93.3% in the observation group and 76.7% in the control group (P<0.05).', '观察组有效率为76.7%，对照组为93.3%（P＜0.05）。'),
      errors: [
        {
          severity: 'warning', lang: 'zh', span: '93.3%', nth: 1,
          message: 'Chinese gives 93.3% to the control group and 76.7% to the observation group; English gives 93.3% to the observation group and 76.7% to the control group: one version swaps the two values; nothing else in the abstract says which one is right.',
          related: [{ lang: 'zh', span: '76.7%', nth: 1, message: 'Chinese gives 76.7% to the observation group.' }, { lang: 'en', span: '93.3%', message: 'English gives 93.3% to the observation group.' }],
        },
      ],
    },
    {
      text: paired('Blood loss was 120 ml in group A, while group B lost 85 ml.', 'A组出血量为85 ml，B组为120 ml。'),
      errors: [
        {
          severity: 'warning', lang: 'zh', span: '120 ml', nth: 1,
          message: 'Chinese gives 120 ml to group B and 85 ml to group A; English gives 120 to group A and 85 to group B: one version swaps the two values; nothing else in the abstract says which one is right.',
          related: [{ lang: 'zh', span: '85 ml', nth: 1, message: 'Chinese gives 85 ml to group A.' }, { lang: 'en', span: '120', message: 'English gives 120 to group A.' }],
        },
      ],
    },
    // Two values of one measure in the reverse order: one version gives each to the other group.
    {
      text: paired('The 3-year survival was 85.3% in the induction group and 76.5% in the standard group.', '诱导化疗组和标准治疗组的3年生存率分别为76.5%和85.3%。'),
      errors: [
        {
          severity: 'warning', lang: 'zh', span: '76.5%', nth: 1,
          message: 'Chinese states 76.5% … 85.3% in the reverse order of English 85.3% … 76.5%: one version may give each value to the other group or item; nothing else in the abstract says which one is right.',
          related: [{ lang: 'zh', span: '85.3%', nth: 1, message: 'Chinese states 85.3% second.' }, { lang: 'en', span: '85.3%', message: 'English states 85.3% first.' }],
        },
      ],
    },
    {
      text: paired('The hospital stay was 15.2±4.6 days and 12.5±3.8 days, respectively.', '两组住院时间分别为（12.5±3.8）d和（15.2±4.6）d。'),
      errors: [
        {
          severity: 'warning', lang: 'zh', span: '12.5', nth: 1,
          message: 'Chinese states 12.5 … 15.2 in the reverse order of English 15.2 … 12.5: one version may give each value to the other group or item; nothing else in the abstract says which one is right.',
          related: [{ lang: 'zh', span: '15.2', nth: 1, message: 'Chinese states 15.2 second.' }, { lang: 'en', span: '15.2', message: 'English states 15.2 first.' }],
        },
      ],
    },
    // The mean and the SD trade places: each value is stated in both versions, in the other role.
    {
      text: paired('The mean age was 58.6±9.4 years.', '患者平均年龄（9.4±58.6）岁。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '9.4±58.6', message: 'Chinese 9.4±58.6 swaps the mean and the SD of English 58.6±9.4: Chinese gives 58.6 as the SD, English as the mean.', related: [{ lang: 'en', span: '58.6', message: 'English states 58.6±9.4 here.' }] },
      ],
    },
    {
      text: paired('Blood loss was 110±260 ml.', '出血量为（260±110）ml。'),
      errors: [
        { severity: 'error', lang: 'en', span: '110±260', message: 'English 110±260 swaps the mean and the SD of Chinese 260±110: English gives 260 as the SD, Chinese as the mean.', related: [{ lang: 'zh', span: '260', nth: 1, message: 'Chinese states 260±110 here.' }] },
      ],
    },
    // A minus sign lost in the aligned sentence, with no word of a fall or a change there to carry it.
    {
      text: paired('The CT value of the nodules was -612 HU.', '结节CT值为612 HU。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '612 HU', nth: 1, message: 'Chinese 612 HU disagrees with English -612; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: '-612', message: 'English states -612 here.' }] },
      ],
    },
    {
      text: pair('The response rate was 25% (2/8) for males.', '男性的有效率为 35%(2/8)。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '35%', message: 'Chinese 35% disagrees with English 25%: 2/8 = 25.00% agrees with 25%, not with 35%, so the Chinese is likely wrong.', related: [{ lang: 'en', span: '25%', message: 'English states 25% here.' }] },
      ],
      output: 'The response rate was 25% (2/8) for males.\n男性的有效率为 25%(2/8)。',
    },
    {
      text: pair('The 3-month overall survival rate of the patients was 90%.', '患者 3 个月总生存率为 80%。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '80%', message: 'Chinese 80% disagrees with English 90%; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: '90%', message: 'English states 90% here.' }] },
      ],
    },
    {
      text: pair('The difference in the 10 patients was significant (P< 0.05).', '10 例患者的差异有统计学意义(P＜0.01)。'),
      errors: [
        { severity: 'error', lang: 'zh', span: 'P＜0.01', message: 'Chinese P＜0.01 disagrees with English P< 0.05; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: 'P< 0.05', message: 'English states P< 0.05 here.' }] },
      ],
    },
    {
      text: pair('A total of 47.1% (9/17) of the patients improved.', '共有 47.1%(8/17)的患者改善。'),
      errors: [
        { severity: 'error', lang: 'en', span: '9/17', message: 'English 9/17 disagrees with Chinese 8/17: 8/17 = 47.06% agrees with the 47.1% that both versions state; 9/17 = 52.94% does not, so the English is likely wrong.', related: [{ lang: 'zh', span: '8/17', message: 'Chinese states 8/17 here.' }], fix: { span: '9/17', replacement: '8/17' } },
      ],
      output: 'A total of 47.1% (8/17) of the patients improved.\n共有 47.1%(8/17)的患者改善。',
    },
    {
      text: pair('Seventeen patients were enrolled and 8/17 responded to treatment.', '共招募了 17 名患者，8/18 有应答。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '8/18', message: 'Chinese 8/18 disagrees with English 8/17: the denominator 17 is the group of 17 that both versions state, so the Chinese is likely wrong.', related: [{ lang: 'en', span: '8/17', message: 'English states 8/17 here.' }] },
      ],
      output: 'Seventeen patients were enrolled and 8/17 responded to treatment.\n共招募了 17 名患者，8/17 有应答。',
    },
    {
      text: pair('Patients were followed up for 3 to 36 months after treatment.', '患者随访 3～24 个月。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '3～24 个月', message: 'Chinese 3～24 个月 disagrees with English 3 to 36 months; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: '3 to 36 months', message: 'English states 3 to 36 months here.' }] },
      ],
    },
    {
      text: paired('Patients were randomly divided into two groups.', '患者随机分为三组。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '三组', message: 'Chinese 三组 disagrees with English two; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: 'two', message: 'English states two here.' }] },
      ],
    },
    {
      text: paired('Patients were randomly divided into three groups.', '患者随机分为两组。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '两组', message: 'Chinese 两组 disagrees with English three; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: 'three', message: 'English states three here.' }] },
      ],
    },
    {
      text: paired('Patients were randomly divided into 2 groups.', '患者随机分为三组。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '三组', message: 'Chinese 三组 disagrees with English 2; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: '2', message: 'English states 2 here.' }] },
      ],
    },
    {
      text: paired('Twelve patients were treated for four weeks.', '十二例患者治疗五周。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '五周', message: 'Chinese 五周 disagrees with English four; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: 'four', message: 'English states four here.' }] },
      ],
    },
    {
      text: paired('Thirteen patients were enrolled.', '共纳入 34 名患者。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '34 名', message: 'Chinese 34 名 disagrees with English Thirteen; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: 'Thirteen', message: 'English states Thirteen here.' }] },
      ],
    },
    {
      text: paired('We reviewed five types of association analysis.', '本文综述了四种关联分析类型。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '四种', message: 'Chinese 四种 disagrees with English five; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: 'five', message: 'English states five here.' }] },
      ],
    },
    {
      text: paired('A improved (P<0.05), B improved (P<0.05) and C improved (P<0.05).', 'A改善（P<0.05），B改善（P<0.01），C改善（P<0.05）。'),
      errors: [
        { severity: 'error', lang: 'zh', span: 'P<0.01', message: 'Chinese P<0.01 disagrees with English P<0.05; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: 'P<0.05', nth: 1, message: 'English states P<0.05 here.' }] },
      ],
    },
    // A comparator flipped on a score without a unit, written with a sign or in words.
    {
      text: paired('A Braden score ≤12 indicated risk.', 'Braden评分≥12分为高危。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '12', nth: 1, message: 'Chinese ≥12 disagrees with English ≤12; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: '12', message: 'English states 12 here.' }] },
      ],
    },
    {
      text: paired('A Braden score of 12 or less indicated risk.', 'Braden评分≥12分为高危。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '12', nth: 1, message: 'Chinese ≥12 disagrees with English ≤12; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: '12', message: 'English states 12 here.' }] },
      ],
    },
    {
      text: paired('Diarrhea of grade 4 or higher occurred in 9.8%.', '等于或大于3级的腹泻发生率为9.8%。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '3', message: 'Chinese 3 disagrees with English 4; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: '4', nth: 1, message: 'English states 4 here.' }] },
      ],
    },
    // A coefficient whose sign flipped, and an interval end that changed beside a signed one.
    {
      text: paired('The correlation was -0.45.', '相关系数为0.45。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '0.45', nth: 1, message: 'Chinese 0.45 disagrees with English -0.45; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: '-0.45', message: 'English states -0.45 here.' }] },
      ],
    },
    {
      text: paired('Age was associated with the score (β=0.21).', '年龄与评分相关（β=-0.21）。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '-0.21', message: 'Chinese -0.21 disagrees with English 0.21; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: '0.21', message: 'English states 0.21 here.' }] },
      ],
    },
    {
      text: paired('The difference was -3.2% (95% CI -4.1% to -2.3%).', '差值为-3.2%（95% CI -4.1%～-2.8%）。'),
      errors: [
        { severity: 'error', lang: 'zh', span: '-4.1%～-2.8%', message: 'Chinese -4.1%～-2.8% disagrees with English -4.1% to -2.3%; nothing else in the abstract says which one is right.', related: [{ lang: 'en', span: '-4.1% to -2.3%', message: 'English states -4.1% to -2.3% here.' }] },
      ],
    },
  ],
});

describe('pair-number-mismatch', () => {
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

  it.each([
    ['Hospital stay was (12.4±5.1) d in group A.', 'A组住院时间为(12.9±5.1) d。', '12.9', '12.4'],
    ['The score was 3.5 ± 1.2 in group A.', 'A组评分为3.5 ± 2.1。', '2.1', '1.2'],
    ['The error rate was 10⁻³ per cycle.', '每周期错误率为10⁻⁴。', '10⁻⁴', '10⁻³'],
  ])('reports a changed value in one place as one mismatch, not two missing numbers: %s', (en, zh, at, other) => {
    const text = paired(en, zh);
    const all = mismatchedOrMissing(text);
    expect(all.map((d) => [d.ruleId, d.severity, d.lang, d.text, d.message])).toEqual([
      [R, 'error', 'zh', at, `Chinese ${at} disagrees with English ${other}; nothing else in the abstract says which one is right.`],
    ]);
    expect(all[0]!.related).toMatchObject([{ lang: 'en', text: other, offset: text.indexOf(other) }]);
  });

  it('names the bounds of two claims that point opposite ways', () => {
    const all = mismatchedOrMissing(paired('The coefficient of variation was less than 2.0%.', '变异系数＞2.0%。'));
    expect(all.map((d) => [d.ruleId, d.severity, d.lang, d.text, d.message])).toEqual([
      [R, 'error', 'zh', '2.0%', 'Chinese >2.0% disagrees with English <2.0%; nothing else in the abstract says which one is right.'],
    ]);
  });

  it.each([
    ['Systolic pressure was 150 mmHg.', '收缩压为21.0 kPa。', '21.0 kPa', '150 (150 mmHg is 20.0 kPa)'],
    ['The operation took 1.5 h.', '手术耗时80 min。', '80 min', '1.5 (1.5 h is 90 min)'],
    ['Treatment lasted 12 weeks.', '治疗持续4个月。', '4个月', '12 (12 weeks is 2.8 months)'],
    // Below the wrong side's precision the right value keeps two significant digits.
    ['The grain size was 50 nm.', '晶粒尺寸为0.5 μm。', '0.5 μm', '50 (50 nm is 0.05 μm)'],
  ])('says what the right value is in the unit of the wrong one, and offers no fix across units: %s', (en, zh, at, other) => {
    const text = paired(en, zh);
    const all = mismatchedOrMissing(text);
    expect(all.map((d) => [d.ruleId, d.severity, d.lang, d.text, d.message, d.fix])).toEqual([
      [R, 'error', 'zh', at, `Chinese ${at} disagrees with English ${other}; nothing else in the abstract says which one is right.`, undefined],
    ]);
  });

  it.each([
    // The English repeats 4 cycles of the next sentence: the only counts of cycles left are three and 两个.
    ['Patients received three cycles of A, then 4 cycles of B. All patients had 4 cycles of B in total.', '患者接受了两个周期的A治疗，然后接受4个周期的B治疗。所有患者共接受4个周期的B治疗。', '两个周期', 'three'],
    ['Treatment lasted 12 weeks.', '治疗持续十三周。', '十三周', '12'],
    ['The vaccine is given once.', '疫苗接种两次。', '两次', 'once'],
    ['Over the past decade, incidence rose.', '过去二十年中发病率上升。', '二十年', 'decade'],
  ])('reports a changed count in words as one mismatch, not two missing numbers: %s', (en, zh, at, other) => {
    const text = paired(en, zh);
    const all = mismatchedOrMissing(text);
    expect(all.map((d) => [d.ruleId, d.severity, d.lang, d.text, d.message])).toEqual([
      [R, 'error', 'zh', at, `Chinese ${at} disagrees with English ${other}; nothing else in the abstract says which one is right.`],
    ]);
    expect(all[0]!.related).toMatchObject([{ lang: 'en', text: other, offset: text.indexOf(other) }]);
  });

});
