import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lint.js';
import { ruleCases } from '../helpers/rule-cases.js';

const R = 'pair-number-missing';
const pair = (en: string, zh: string) => `${en}\n${zh}`;
/** Short passages pair on a number they share: a cohort sentence gives them one. */
const listed = (en: string, zh: string) => pair(`A total of 40 patients were enrolled. ${en}`, `共纳入 40 例患者。${zh}`);

/** Clean pairs whose silence says something only when they are read as a pair. */
const pairedClean = [
  // A count only implied by a list in the other version.
  listed('Patients were divided into 3 groups: A, B and C.', '患者分为A、B、C组。'),
  listed('Patients were divided into groups A, B and C.', '患者分为3组：A、B和C。'),
  listed('Patients received three doses: A, B and C.', '患者接受A、B、C。'),
  // One, a and single are too often an article to be a count.
  pair('We enrolled 40 patients; a patient withdrew after a single dose.', '共纳入40例患者。'),
  pair('A total of 40 patients were enrolled.', '共纳入40例患者，一名患者退出。'),
  // Two groups or kinds are implied by any comparison; both is no number.
  pair('We enrolled 40 patients given apixaban or enoxaparin.', '共纳入40例患者，分为阿哌沙班和依诺肝素两组。'),
  pair('We enrolled 40 patients; both drugs were given.', '共纳入40例患者，给予药物。'),
  // A count of a thing the other version spells out as a list.
  pair('We enrolled 40 patients in groups A, B and C.', '共纳入40例患者，分为A、B、C三组。'),
  // A bare number word names no thing: two of what is not said.
  pair('We enrolled 40 patients; two key issues remain.', '共纳入40例患者，问题仍然存在。'),
  pair('A total of 40 patients were enrolled.', '共纳入40例患者，从两个角度分析。'),
  // A term, not a count (two times is 两次), and several decades.
  pair('A total of 40 patients were enrolled.', '共纳入40例患者，分析二次回归关系。'),
  pair('We enrolled 40 patients over decades.', '数十年来共纳入40例患者。'),
  // The duration is stated beside it, in another unit.
  pair('We enrolled 40 patients and followed them for three months (12 weeks).', '共纳入40例患者，随访12周。'),
];

describe('pair-number-missing: the clean pairs are read as pairs', () => {
  it.each(pairedClean)('%s', (text) => {
    expect(analyze(text).pairs).toHaveLength(1);
  });
});

ruleCases(R, {
  valid: [
    // A percentage and a dose of the same number, each stated in both versions.
    pair('ER was 90% positive. Epirubicin 90 mg/m2 and cyclophosphamide 600 mg/m2 were given every 3 weeks.', 'ER阳性90%。予表柔比星90 mg/m2+环磷酰胺600 mg/m2，每3周1次。'),
    // Every number has a counterpart.
    pair('Seventeen patients were enrolled and followed for 6 months.', '共招募了 17 名患者，随访 6 个月。'),
    pair('Four adult and two pediatric patients were treated with 3 injections.', '4 名成人和 2 名儿童患者接受了三次注射。'),
    pair('We did not observe side effects during the 6-month follow-up of 17 patients.', '在 6 个月随访期间，17 名患者未观察到副作用。'),
    pair('A total of 96.7% of the patients completed three cycles of therapy.', '共有 96.7%的患者完成了 3 个周期的治疗。'),
    pair('In total 130,000 people were screened, 47.1% (8/17) improved.', '共筛查 13 万人，47.1%(8/17)改善。'),
    pair('Ten patients were treated; one patient developed chills.', '10 例患者接受治疗，1 例患者出现寒战。'),
    pair('Serum IL-17 and Th17 cells decreased in a phase 1/2a trial (NCT03765957).', '在 1/2a 期试验(NCT03765957)中，血清 IL-17 和 Th17 细胞减少。'),
    pair('About 40 patients were screened and 17 were enrolled.', '共招募了 17 名患者。'),
    pair('The 6-month survival rate was 90% and 47.1% (8/17) responded.', '6 个月生存率为 90%，47.1%(8/17)有应答。'),
    pair('Improvement was maximal at 56-112 days after 1 of 6 patients responded.', '6 例中 1 例有应答，疗效在 56～112 天最大。'),
    ...pairedClean,
    // How often, in two periods: every 6 months is twice a year, every 12 hours twice a day.
    pair('We enrolled 40 patients. Patients were followed up every 6 months.', '共纳入40例患者。患者每年随访2次。'),
    pair('We enrolled 40 patients. Aspirin was given every 12 hours.', '共纳入40例患者。阿司匹林每日2次给药。'),
    // One version repeats a value in another sentence that the aligned sentence does not state.
    pair('We enrolled 30 patients. All 30 patients were followed up.', '共纳入 30 例患者。所有患者均获随访。'),
    // The other version states the repeat once, in another sentence.
    pair('Both arms were treated for 4 weeks and followed for 4 weeks.', '两组均治疗 4 周。随访 4 周。'),
    // A bound and a plain value are two values, not a repeat.
    pair('Children with fewer than 2 doses need 2 doses.', '既往接种<2剂次的儿童应接种2剂次。'),
    // A value restated once for all, a restated count, uncertain alignment or a list.
    pair('A total of 27 patients were enrolled. The mean age was 45 years. All patients were followed for 12 months.', '共纳入 27 例患者。平均年龄 45 岁。27 例患者均随访 12 个月。'),
    pair('A total of 39 patients were enrolled. There were 7 cases of anemia and 32 cases of neutropenia.', '共纳入 39 例患者。39 例患者中贫血 7 例，中性粒细胞减少 32 例。'),
    pair('A total of 40 patients were enrolled in 3 centers. The mean age was 45 years. Each center treated patients for 12 weeks.', '3 个中心共纳入 40 例患者。平均年龄 45 岁。3 个中心各治疗患者 12 周。'),
    pair('A total of 40 patients were enrolled. Patients were treated for 12 weeks. The weather was fine. Symptoms were recorded and improved after 12 weeks.', '共纳入 40 例患者。患者接受治疗 12 周。天气很好。症状有所记录。'),
    pair('Patients were divided into three groups: A, B and C. Treatment lasted 12 weeks.', '患者分为A、B、C组。治疗 12 周。'),
    // Two groups are implied by any comparison: a count of groups is read from three on.
    pair('A total of 40 patients were enrolled. Patients were treated for 12 weeks.', '共纳入 40 例患者。患者分为两组，治疗 12 周。'),
    // One version alone pairs with nothing: no number is missing from another.
    'Seventeen patients were enrolled and followed for 6 months.',
    // Text from a PDF that lost its spaces: digits glued to words state their value.
    pair('We enrolled 40 patients and identified185 genes in the6CRCcellines.', '共纳入40例患者，得到185种基因，6种细胞系。'),
    pair('We enrolled 40 patients; the area contains13counties.', '共纳入40例患者，包含13个区县。'),
    // List markers glued to the words before them, one of a run.
    pair('We enrolled 40 patients. Results showed that（1）rates rose;（2）costs fell.', '共纳入40例患者。结果表明：(1)比例上升；(2)费用下降。'),
    pair('We enrolled 40 patients and proposed: 1) training, and2) funding.', '共纳入40例患者，提出：(1)培训；(2)资助。'),
    // A sentence glued to the full stop before it: the number is read.
    pair('We enrolled 40 patients of basilar type.18 cases were followed.', '共纳入40例基底型患者，随访18例。'),
    // Digits after a name and a comma start a number: `ACD7,121` is not 7,121.
    pair('We enrolled 40 patients at 125 Tuan of ACD7,121 Tuan of ACD8.', '在第七师125团、第八师121团共纳入40例患者。'),
    // One patient said with an article.
    pair('We enrolled 40 patients and report a case of relapse.', '共纳入40例患者，报告1例复发。'),
    // Number words, articles, months, zeros and ordinal pairs as PDF text mangles them.
    pair('We enrolled 40 patients. Ninecovered stents were implanted.', '共纳入40例患者。共置入9枚覆膜支架。'),
    pair('We enrolled 40 patients. Results Sixten cases were subcapital.', '共纳入40例患者。结果头下型16例。'),
    pair('We enrolled 40 patients. Wereport acase of relapse.', '共纳入40例患者。报道1名复发患者。'),
    pair('We enrolled 40 patients. Wereportacaseof relapse.', '共纳入40例患者。报道1名复发患者。'),
    pair('We enrolled 40 patients. The band within O-35HZ was split.', '共纳入40例患者。总频带在0-35HZ以内。'),
    // The number of a hyphenated name glued to the words around it.
    pair('We enrolled 40 patients. It inhibited the expressioofET-1,andsuppressed ET-1tranfection.', '共纳入40例患者。抑制内皮素表达。'),
    pair('We enrolled 40 patients. The lag time was close toOday.', '共纳入40例患者。滞后时间接近于0天。'),
    pair('We enrolled 40 patients. It showed the fifth-andsixth-levelbranches.', '共纳入40例患者。可显示5~6级分支。'),
    pair('We enrolled 40 patients. The pattern inJanuarywas different.', '共纳入40例患者。1月的格局不同。'),
    // A month without 个 is the month an English month name states.
    pair('We enrolled 40 patients. The pattern in January was different.', '共纳入40例患者。1月的格局不同。'),
  ],
  invalid: [
    // A dose in another measure is missing (`mg/kg` for `mg/m2`; a wrong prefix is a mismatch, one measure converted), though a percentage elsewhere has its number: a percentage states no dose.
    {
      text: pair('ER was 90% positive. Epirubicin 90 mg/m2 and cyclophosphamide 600 mg/m2 were given every 3 weeks.', 'ER阳性90%。予表柔比星90 mg/kg+环磷酰胺600 mg/m2，每3周1次。'),
      errors: [
        { severity: 'warning', lang: 'en', span: '90', nth: 1, message: 'English states 90, which the Chinese version does not state in any form (aligned Chinese sentence: "予表柔比星90 mg/kg+环磷酰胺600 mg/m2，每3周1次。").', related: [{ lang: 'zh', span: '予表柔比星90 mg/kg+环磷酰胺600 mg/m2，每3周1次。', message: 'The aligned Chinese sentence.' }] },
        { severity: 'warning', lang: 'zh', span: '90 mg/kg', message: 'Chinese states 90 mg/kg, which the English version does not state in any form (aligned English sentence: "Epirubicin 90 mg/m2 and cyclophosphamide 600 mg/m2 were give…").', related: [{ lang: 'en', span: 'Epirubicin 90 mg/m2 and cyclophosphamide 600 mg/m2 were given every 3 weeks.', message: 'The aligned English sentence.' }] },
      ],
    },
    // A frequency whose rate differs is missing on both sides: once in 4 months is not twice a year.
    {
      text: pair('We enrolled 30 patients. Patients were followed up every 4 months.', '共纳入30例患者。患者每年随访2次。'),
      errors: [
        { severity: 'warning', lang: 'en', span: '4', message: 'English states 4, which the Chinese version does not state in any form (aligned Chinese sentence: "患者每年随访2次。").', related: [{ lang: 'zh', span: '患者每年随访2次。', message: 'The aligned Chinese sentence.' }] },
        { severity: 'warning', lang: 'zh', span: '2次', message: 'Chinese states 2次, which the English version does not state in any form (aligned English sentence: "Patients were followed up every 4 months.").', related: [{ lang: 'en', span: 'Patients were followed up every 4 months.', message: 'The aligned English sentence.' }] },
      ],
    },
    // One patient with no word for one in the other version is missing like any count.
    {
      text: pair('We enrolled 40 patients and relapse was recorded.', '共纳入40例患者，记录到1例复发。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '1例', message: 'Chinese states 1例, which the English version does not state in any form (aligned English sentence: "We enrolled 40 patients and relapse was recorded.").', related: [{ lang: 'en', span: 'We enrolled 40 patients and relapse was recorded.', message: 'The aligned English sentence.' }] },
      ],
    },
    // A month that no English month name states is missing; a duration in 个月 is not a month.
    {
      text: pair('We enrolled 40 patients. The pattern in January was different.', '共纳入40例患者。2月的格局不同。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '2月', message: 'Chinese states 2月, which the English version does not state in any form (aligned English sentence: "The pattern in January was different.").', related: [{ lang: 'en', span: 'The pattern in January was different.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: pair('We enrolled 40 patients. The pattern in January was different.', '共纳入40例患者。1个月的格局不同。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '1个月', message: 'Chinese states 1个月, which the English version does not state in any form (aligned English sentence: "The pattern in January was different.").', related: [{ lang: 'en', span: 'The pattern in January was different.', message: 'The aligned English sentence.' }] },
      ],
    },
    // A number word glued to a word states its own value only: eight covered stents are not nine.
    {
      text: pair('We enrolled 40 patients. Eightcovered stents were implanted.', '共纳入40例患者。共置入9枚覆膜支架。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '9', message: 'Chinese states 9, which the English version does not state in any form (aligned English sentence: "Eightcovered stents were implanted.").', related: [{ lang: 'en', span: 'Eightcovered stents were implanted.', message: 'The aligned English sentence.' }] },
      ],
    },
    // Glued digits are a count, never a percentage: 3% is still missing beside `intandem3`.
    {
      text: pair('We enrolled 40 patients in intandem3.', '共纳入40例患者，3%复发。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '3%', message: 'Chinese states 3%, which the English version does not state in any form (aligned English sentence: "We enrolled 40 patients in intandem3.").', related: [{ lang: 'en', span: 'We enrolled 40 patients in intandem3.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: pair('Seventeen patients were enrolled and followed for 6 months.', '共招募了 17 名患者，随访 6 个月，12 例出现不良事件。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '12 例', message: 'Chinese states 12 例, which the English version does not state in any form (aligned English sentence: "Seventeen patients were enrolled and followed for 6 months.").', related: [{ lang: 'en', span: 'Seventeen patients were enrolled and followed for 6 months.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: pair('Seventeen patients were enrolled and 47.1% (8/17) improved and 23.5% relapsed.', '共招募了 17 名患者，47.1%(8/17)改善。'),
      errors: [
        { severity: 'warning', lang: 'en', span: '23.5%', message: 'English states 23.5%, which the Chinese version does not state in any form (aligned Chinese sentence: "共招募了 17 名患者，47.1%(8/17)改善。").', related: [{ lang: 'zh', span: '共招募了 17 名患者，47.1%(8/17)改善。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
    {
      text: pair('The 6-month survival rate was 90% in 10 patients.', '10 例患者 6 个月生存率为 90%，随访 36 个月。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '36 个月', message: 'Chinese states 36 个月, which the English version does not state in any form (aligned English sentence: "The 6-month survival rate was 90% in 10 patients.").', related: [{ lang: 'en', span: 'The 6-month survival rate was 90% in 10 patients.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: pair('Patients were followed for 6 months and 17 were enrolled; P< 0.05.', '共招募了 17 名患者，随访 6 个月。'),
      errors: [
        { severity: 'warning', lang: 'en', span: 'P< 0.05', message: 'English states P< 0.05, which the Chinese version does not state in any form (aligned Chinese sentence: "共招募了 17 名患者，随访 6 个月。").', related: [{ lang: 'zh', span: '共招募了 17 名患者，随访 6 个月。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
    {
      text: pair('A total of 480 patients were included and 17 withdrew.', '共有 480 例患者被纳入，17 例退出，其中 9 例因不良事件退出。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '9 例', message: 'Chinese states 9 例, which the English version does not state in any form (aligned English sentence: "A total of 480 patients were included and 17 withdrew.").', related: [{ lang: 'en', span: 'A total of 480 patients were included and 17 withdrew.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: pair('Patients were followed for 6 months. Eight patients (12%) relapsed after 3 months.', '患者随访6个月。8例患者(12%)复发。'),
      errors: [
        { severity: 'warning', lang: 'en', span: '3', message: 'English states 3, which the Chinese version does not state in any form (aligned Chinese sentence: "8例患者(12%)复发。").', related: [{ lang: 'zh', span: '8例患者(12%)复发。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
    {
      text: pair('A total of 40 patients were enrolled. Patients were followed up in the outpatient clinic of the department of dermatology for several months.', '共纳入 40 例患者。患者在皮肤科门诊随访，随访期间定期复查血常规、肝肾功能和皮损评分，共随访 18 个月。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '18 个月', message: 'Chinese states 18 个月, which the English version does not state in any form (aligned English sentence: "Patients were followed up in the outpatient clinic of the de…").', related: [{ lang: 'en', span: 'Patients were followed up in the outpatient clinic of the department of dermatology for several months.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: listed('Patients were divided into 4 groups: A, B and C.', '患者分为A、B、C组。'),
      errors: [
        { severity: 'warning', lang: 'en', span: '4', nth: 1, message: 'English states 4, which the Chinese version does not state in any form (aligned Chinese sentence: "患者分为A、B、C组。").', related: [{ lang: 'zh', span: '患者分为A、B、C组。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
    {
      text: listed('Patients were divided into groups A, B and C.', '患者分为4组：A、B和C。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '4组', message: 'Chinese states 4组, which the English version does not state in any form (aligned English sentence: "Patients were divided into groups A, B and C.").', related: [{ lang: 'en', span: 'Patients were divided into groups A, B and C.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: listed('Patients received 3 doses: A, B and C.', '患者接受A、B、C。'),
      errors: [
        { severity: 'warning', lang: 'en', span: '3', message: 'English states 3, which the Chinese version does not state in any form (aligned Chinese sentence: "患者接受A、B、C。").', related: [{ lang: 'zh', span: '患者接受A、B、C。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
    {
      text: pair('A improved (P<0.05), B improved (P<0.05), C improved (P<0.05) and D improved (P<0.05).', 'A改善（P<0.05），B改善（P<0.05），C改善（P<0.05）。'),
      errors: [
        { severity: 'warning', lang: 'en', span: 'P<0.05', nth: 3, message: 'English states P<0.05 more often in this sentence than the aligned Chinese sentence does (aligned Chinese sentence: "A改善（P<0.05），B改善（P<0.05），C改善（P<0.05）。").', related: [{ lang: 'zh', span: 'A改善（P<0.05），B改善（P<0.05），C改善（P<0.05）。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
    {
      text: pair('A improved (P<0.05) and B improved (P<0.05).', 'A改善（P<0.05），B改善（P<0.05），C改善（P<0.05）。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: 'P<0.05', nth: 4, message: 'Chinese states P<0.05 more often in this sentence than the aligned English sentence does (aligned English sentence: "A improved (P<0.05) and B improved (P<0.05).").', related: [{ lang: 'en', span: 'A improved (P<0.05) and B improved (P<0.05).', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: pair('We enrolled 40 patients and followed them for three months.', '共纳入40例患者。'),
      errors: [
        { severity: 'warning', lang: 'en', span: 'three', message: 'English states three, which the Chinese version does not state in any form (aligned Chinese sentence: "共纳入40例患者。").', related: [{ lang: 'zh', span: '共纳入40例患者。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
    {
      text: pair('A total of 40 patients were enrolled.', '共纳入40例患者，随访三周。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '三周', message: 'Chinese states 三周, which the English version does not state in any form (aligned English sentence: "A total of 40 patients were enrolled.").', related: [{ lang: 'en', span: 'A total of 40 patients were enrolled.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: pair('A total of 40 patients were enrolled.', '共纳入40例患者，其中十二例死亡。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '十二例死亡', message: 'Chinese states 十二例死亡, which the English version does not state in any form (aligned English sentence: "A total of 40 patients were enrolled.").', related: [{ lang: 'en', span: 'A total of 40 patients were enrolled.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: pair('We enrolled 40 patients in three groups.', '共纳入40例患者。'),
      errors: [
        { severity: 'warning', lang: 'en', span: 'three', message: 'English states three, which the Chinese version does not state in any form (aligned Chinese sentence: "共纳入40例患者。").', related: [{ lang: 'zh', span: '共纳入40例患者。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
    {
      text: pair('A total of 40 patients were enrolled.', '共纳入40例患者，分为A、B、C四组。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '四组', message: 'Chinese states 四组, which the English version does not state in any form (aligned English sentence: "A total of 40 patients were enrolled.").', related: [{ lang: 'en', span: 'A total of 40 patients were enrolled.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: pair('A total of 40 patients were enrolled. Patients were treated for 12 weeks. Symptoms improved in 30 patients after 12 weeks.', '共纳入 40 例患者。患者接受治疗 12 周。治疗后 30 例患者症状改善。'),
      errors: [
        { severity: 'warning', lang: 'en', span: '12', nth: 1, message: 'English states 12, which the aligned Chinese sentence does not state, though another sentence does (aligned Chinese sentence: "治疗后 30 例患者症状改善。").', related: [{ lang: 'zh', span: '治疗后 30 例患者症状改善。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
    {
      text: pair('A total of 40 patients were enrolled. Patients were divided into three groups and treated for 12 weeks.', '共纳入 40 例患者。患者接受治疗 12 周。'),
      errors: [
        { severity: 'warning', lang: 'en', span: 'three', message: 'English states three, which the Chinese version does not state in any form (aligned Chinese sentence: "患者接受治疗 12 周。").', related: [{ lang: 'zh', span: '患者接受治疗 12 周。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
    {
      text: pair('A total of 40 patients were enrolled. Patients were treated for 12 weeks.', '共纳入 40 例患者。患者分为三组，治疗 12 周。'),
      errors: [
        { severity: 'warning', lang: 'zh', span: '三组', message: 'Chinese states 三组, which the English version does not state in any form (aligned English sentence: "Patients were treated for 12 weeks.").', related: [{ lang: 'en', span: 'Patients were treated for 12 weeks.', message: 'The aligned English sentence.' }] },
      ],
    },
    {
      text: pair('A total of 40 patients were enrolled. Patients were treated for 12 weeks. Adverse events were mild. Blood tests were repeated every 12 weeks.', '共纳入 40 例患者。患者接受治疗 12 周。不良反应轻微。'),
      errors: [
        { severity: 'warning', lang: 'en', span: '12', nth: 1, message: 'English states 12, which the aligned Chinese sentence does not state, though another sentence does (aligned Chinese sentence: "不良反应轻微。").', related: [{ lang: 'zh', span: '不良反应轻微。', message: 'The aligned Chinese sentence.' }] },
      ],
    },
  ],
});
