import { ruleCases } from '../helpers/rule-cases.js';

ruleCases('subgroup-sum', {
  valid: [
    // Parts in a bracket right after the group end with it: a group named after the bracket is another group.
    '考察了32名泰国汉语学习者(初级11名，中级11名，高级10名)和10名母语者的声调产出。',
    // The split of a group into its two groups, both stated, is no total of another outcome counted within each.
    "Of 2,608 children tested, 436 were positive for EV71 and 2,172 negative. Two doses of vaccine had been received by 5.5% (24/436) of cases and 24.4% (530/2,172) of controls.",
    // The sexes opening a clause after the age: of the cohort, or of a number stated before them in the sentence.
    "A prospective cohort of 97 patients was followed. The mean age was 20.3 ± 1.6 years; 64 were male and 33 female.",
    "共纳入120名运动员。结果 97名受伤，男64名，女33名。",
    // Shares of one group that add up to 100%, and shares of overlapping traits that add up to far more.
    "Of 523 patients, 361 (69.0%) were treated successfully, 58 (11.1%) died, 67 (12.8%) were lost to follow-up, and 37 (7.1%) had treatment failure.",
    "结果 523例患者中，治疗成功361例（69.0%），死亡58例（11.1%），失访67例（12.8%），治疗失败37例（7.1%）。",
    "Of 200 patients, 120 (60.0%) had hypertension, 50 (25.0%) diabetes and 36 (18.0%) obesity.",
    // Parts named by capitals and digits (a segment, a fracture's class): the name's digits are no part.
    '回顾性分析105例（AO/OTA 31-A1型28例，31-A2型61例，31-A3型16例），年龄80～98岁。',
    '72例单节段脊髓型颈椎病患者（C4/5 12例，C5/6 43例，C6/7 17例）分别接受CDA或ACDF。',
    // The sexes in a sentence of their own: of the cohort stated before, or of a group stated just before them.
    '回顾性分析收治的12例患儿。结果 男7例，女5例，年龄10个月～5岁。',
    'Twelve children were reviewed. Results: There were 7 boys and 5 girls, aged 10 months to 5 years.',
    '回顾性分析收治的40例患者。结果 死亡12例。男7例，女5例。',
    'A total of 40 patients were reviewed. Twelve died. There were 7 men and 5 women among them.',
    // Some of a group of patients, right after it: never more than the group, whatever the list says after.
    'Early gastric cancer was detected in 14 patients, 12 of whom had a Kyoto score ≥4.',
    'Rebleeding occurred in 19 patients (7.9%), of whom 11 were treated endoscopically again.',
    '检出早期胃癌14例，其中12例京都评分≥4分；再出血19例，其中发生感染25例次。',
    // Women named first, or the sexes in a bracket after the patients: the same split.
    '回顾性分析275例患者。结果 患者女212例，男63例，年龄（41.3±12.6）岁。',
    'A total of 137 patients were treated for 6 months. Results There were 118 women and 19 men, aged (31.5±9.8) years.',
    'We reviewed 275 patients. Results The patients (212 women, 63 men) were aged (41.3±12.6) years.',
    '回顾性分析收治的40例患者。结果 死亡12例。女7例，男5例。',
    'A total of 47.1% (8/17) improved. The efficiency was 25% (2/8) for males and 66.7% (6/9) for females.',
    'A total of 47.1% (8/17) improved and 17.6% (3/17) had no disease; the efficiency was 25% (2/8) for males and 66.7% (6/9) for females.',
    'Responses were seen in 3/10 patients with 2/4 and 1/6 in the two dose groups, and toxicity in 2/10.',
    'We enrolled 100 patients (median age 54 years, 60 men).',
    'Of the 30 patients, 10 (33.3%) had a response and 20 (66.7%) had stable disease.',
    'The trial enrolled 50 patients, including 20 men and 30 women.',
    '共有 47.1%(8/17)的患者改善。效率为男性 25%(2/8)，女性 66.7%(6/9)。',
    '共纳入 17 例患者，其中男 8 例、女 9 例。',
    '结果 共纳入 45 例患者，男 25 例，女 20 例，年龄 18～75 岁。',
    '共 480 例患者入组（诱导化疗组 242 例，标准治疗组 238 例）。',
    '共有 47.1%(17/36)的患者改善，17.6%(3/17)无疾病。效率为男性 25%(2/8)，女性 66.7%(6/9)。',
    // `including`, `of whom` and `其中` lists may name only some members: summed only when they are all of the group.
    'A total of 200 patients were enrolled, including 50 with diabetes and 30 with hypertension.',
    'Of 90 patients, of whom 30 had diabetes and 20 had hypertension, 12 died.',
    '共收治 120 例患者，其中肺炎 30 例、支气管炎 40 例。',
    'A total of 286 patients were enrolled, including 152 in group A and 134 in group B.',
    'A total of 120 patients were enrolled, including 70 and 50 with mild and severe disease, respectively.',
    '共纳入 120 例患者，其中观察组 60 例、对照组 60 例。',
    '共纳入 120 例患者，其中男、女分别为 70 例和 50 例。',
    // The size of each group after the sexes is no third part.
    '选取患儿98例，男54例，女44例，按随机数字表法分为联合组和对照组，各49例。',
    // An English clause that states the group and ends in a colon: the parts after it are all of the group.
    'From 2017 to 2020, 220 patients with atrial fibrillation were enrolled: 104 underwent cryoballoon ablation and 116 underwent radiofrequency ablation.',
    'At 12 months, 28 infants were followed up: 11 had normal development, 9 had mild delay, and 8 had cerebral palsy.',
    // A colon list of shares, or one that goes on past its last count, is no split of the group.
    'A total of 220 patients were enrolled: 104 (47.3%) underwent cryoballoon ablation and 16 (7.3%) had a redo procedure.',
    'A total of 220 patients were enrolled: 104 underwent cryoballoon ablation and 16 underwent it twice within 3 months.',
    'A total of 98 children, 54 boys and 44 girls, were divided into a combined group and a control group, 49 cases each.',
    // Groups a random allocation makes, each size after its group's name.
    '选取 312 例患者，随机分为达格列净组（158 例）和对照组（154 例）。',
    '将 90 例患者按随机数字表法分为 A 组（30 例）、B 组（30 例）和 C 组（30 例）。',
    // A total that counts a subgroup named as a group is the trait that splits them, not their outcome.
    'ctDNA was positive in 24 of 228 patients (10.5%). Recurrence occurred in 16 of the 24 positive patients (66.7%) and in 19 of the 204 negative patients (9.3%).',
    '228例患者中24/228例ctDNA阳性。24例阳性患者中16例复发，204例阴性患者中19例复发。',
    // Parts in the bracket after their group end where it closes: the count after it is the group's sibling.
    '最终诊断恶性病变139例（胰腺导管腺癌121例，神经内分泌肿瘤11例，其他7例），良性病变35例。',
    '术后并发症7例，其中Ⅰ级3例，Ⅱ级3例（输血2例、尿漏1例），Ⅲa级1例。',
    'The final diagnosis was malignant in 139 patients (121 adenocarcinomas, 11 neuroendocrine tumors and 7 others) and benign in 35 patients.',
  ],
  invalid: [
    // The same bracket with a part changed: its parts still add up to the group.
    { text: '考察了32名泰国汉语学习者(初级11名，中级12名，高级10名)和10名母语者的声调产出。', errors: [{ severity: 'error', lang: 'zh', span: '32名', message: 'The parts 11 + 12 + 10 add up to 33, not to the 32 they split.' }] },
    // The sexes opening a clause after the age, adding up neither to the cohort nor to any number before them.
    { text: "共纳入97名运动员。结果 平均年龄（20.3±1.6）岁，男64名，女35名。", errors: [{ severity: 'error', lang: 'zh', span: "97名", message: "The men and women 64 + 35 add up to 99, not to the 97 stated before, nor to any number stated before them." }] },
    { text: "A prospective cohort of 97 patients was followed. The mean age was 20.3 ± 1.6 years; 64 were male and 35 female.", errors: [{ severity: 'error', lang: 'en', span: "97", message: "The men and women 64 + 35 add up to 99, not to the 97 stated before, nor to any number stated before them." }] },
    // Shares of one group adding up to about 100% whose counts do not add up to the group.
    { text: "Of 523 patients, 361 (69.0%) were treated successfully, 58 (11.1%) died, 67 (12.8%) were lost to follow-up, and 47 (9.0%) had treatment failure.", errors: [{ severity: 'error', lang: 'en', span: "523 patients, 361", message: "The parts 361 (69.0%) + 58 (11.1%) + 67 (12.8%) + 47 (9.0%) are shares of 523 that add up to about 100%, but their counts add up to 533, not to the 523 stated before." }] },
    { text: "523例患者中，治疗成功361例（69.0%），死亡58例（11.1%），失访67例（12.8%），治疗失败47例（9.0%）。", errors: [{ severity: 'error', lang: 'zh', span: "361例", message: "The parts 361 (69.0%) + 58 (11.1%) + 67 (12.8%) + 47 (9.0%) are shares of 523 that add up to about 100%, but their counts add up to 533, not to the 523 stated before." }] },
    { text: "A total of 9,637 cases were reported. Stage I was diagnosed in 7,126 cases (73.9%), stage II in 1,764 (18.3%) and stage III in 774 (8.0%).", errors: [{ severity: 'error', lang: 'en', span: "7,126", message: "The parts 7126 (73.9%) + 1764 (18.3%) + 774 (8.0%) are shares of 9637 that add up to about 100%, but their counts add up to 9664, not to the 9637 stated before." }] },
    // The sexes in a sentence of their own that add up neither to the cohort nor to any number before them.
    { text: '回顾性分析收治的12例患儿。结果 男7例，女6例，年龄10个月～5岁。', errors: [{ severity: 'error', lang: 'zh', span: '12例', message: 'The men and women 7 + 6 add up to 13, not to the 12 stated before, nor to any number stated before them.' }] },
    { text: 'Early gastric cancer was detected in 14 patients, 16 of whom had a Kyoto score ≥4.', errors: [{ severity: 'error', lang: 'en', span: '16', message: 'The part 16 is more than the 14 it is part of.' }] },
    { text: 'Rebleeding occurred in 19 patients, of whom 21 were treated endoscopically again.', errors: [{ severity: 'error', lang: 'en', span: '21', message: 'The part 21 is more than the 19 it is part of.' }] },
    { text: '检出早期胃癌14例，其中16例京都评分≥4分。', errors: [{ severity: 'error', lang: 'zh', span: '16例', message: 'The part 16 is more than the 14 it is part of.' }] },
    { text: '回顾性分析275例患者。结果 患者女212例，男64例，年龄（41.3±12.6）岁。', errors: [{ severity: 'error', lang: 'zh', span: '275例', message: 'The women and men 212 + 64 add up to 276, not to the 275 stated before, nor to any number stated before them.' }] },
    { text: 'A total of 137 patients were treated for 6 months. Results There were 119 women and 19 men, aged (31.5±9.8) years.', errors: [{ severity: 'error', lang: 'en', span: '137', message: 'The women and men 119 + 19 add up to 138, not to the 137 stated before, nor to any number stated before them.' }] },
    { text: 'We reviewed 275 patients. Results The patients (212 women, 64 men) were aged (41.3±12.6) years.', errors: [{ severity: 'error', lang: 'en', span: '275', message: 'The women and men 212 + 64 add up to 276, not to the 275 stated before, nor to any number stated before them.' }] },
    { text: 'The records of 9 patients without HIV infection were reviewed. Results: There were 5 men and 5 women, aged 24 to 72 years.', errors: [{ severity: 'error', lang: 'en', span: '9', message: 'The men and women 5 + 5 add up to 10, not to the 9 stated before, nor to any number stated before them.' }] },
    { text: '回顾性分析105例（AO/OTA 31-A1型29例，31-A2型61例，31-A3型16例），年龄80～98岁。', errors: [{ severity: 'error', lang: 'zh', span: '105例', message: 'The parts 29 + 61 + 16 add up to 106, not to the 105 they split.' }] },
    { text: '72例单节段脊髓型颈椎病患者（C4/5 12例，C5/6 34例，C6/7 17例）分别接受CDA或ACDF。', errors: [{ severity: 'error', lang: 'zh', span: '72例', message: 'The parts 12 + 34 + 17 add up to 63, not to the 72 they split.' }] },
    { text: '选取 312 例患者，随机分为达格列净组（168 例）和对照组（154 例）。', errors: [{ severity: 'error', lang: 'zh', span: '312 例', message: 'The parts 168 + 154 add up to 322, not to the 312 they split.' }] },
    { text: 'A total of 10.5% (24/228) relapsed. Relapse occurred in 16 of the 30 positive patients and in 9 of the 198 negative patients.', errors: [{ severity: 'error', lang: 'en', span: '16 of the 30', message: 'The subgroups 16 of the 30 and 9 of the 198 add up to 25/228 (11.0%), but the total they split is 24/228.' }] },
    { text: 'A total of 47.1% (8/17) improved. The efficiency was 25% (2/8) for males and 55.6% (5/9) for females.', errors: [{ severity: 'error', lang: 'en', span: '2/8', message: 'The subgroups 2/8 and 5/9 add up to 7/17 (41.2%), but the total they split is 8/17.' }] },
    { text: 'From 2017 to 2020, 220 patients with atrial fibrillation were enrolled: 104 underwent cryoballoon ablation and 106 underwent radiofrequency ablation.', errors: [{ severity: 'error', lang: 'en', span: '220', message: 'The parts 104 + 106 add up to 210, not to the 220 they split.' }] },
    { text: 'The trial enrolled 50 patients, including 20 men and 25 women.', errors: [{ severity: 'error', lang: 'en', span: '50', message: 'The parts 20 + 25 add up to 45, not to the 50 they split.' }] },
    { text: '共有 47.1%(8/17)的患者改善。效率为男性 25%(2/8)，女性 55.6%(5/9)。', errors: [{ severity: 'error', lang: 'zh', span: '2/8', message: 'The subgroups 2/8 and 5/9 add up to 7/17 (41.2%), but the total they split is 8/17.' }] },
    // A bracketed list still splits its group, the sibling after the bracket left out.
    { text: '最终诊断恶性病变139例（胰腺导管腺癌121例，神经内分泌肿瘤11例，其他8例），良性病变35例。', errors: [{ severity: 'error', lang: 'zh', span: '139例', message: 'The parts 121 + 11 + 8 add up to 140, not to the 139 they split.' }] },
    { text: '共纳入 17 例患者，其中男 8 例、女 10 例。', errors: [{ severity: 'error', lang: 'zh', span: '17 例', message: 'The parts 8 + 10 add up to 18, not to the 17 they split.' }] },
    { text: '结果 共纳入 45 例患者，男 25 例，女 21 例，年龄 18～75 岁。', errors: [{ severity: 'error', lang: 'zh', span: '45 例', message: 'The parts 25 + 21 add up to 46, not to the 45 they split.' }] },
    { text: '共 480 例患者入组（诱导化疗组 242 例，标准治疗组 248 例）。', errors: [{ severity: 'error', lang: 'zh', span: '480 例', message: 'The parts 242 + 248 add up to 490, not to the 480 they split.' }] },
    { text: 'A total of 286 patients were enrolled, including 152 in group A and 124 in group B.', errors: [{ severity: 'error', lang: 'en', span: '286', message: 'The parts 152 + 124 add up to 276, not to the 286 they split.' }] },
    { text: 'A total of 120 patients were enrolled, including 70 and 40 with mild and severe disease, respectively.', errors: [{ severity: 'error', lang: 'en', span: '120', message: 'The parts 70 + 40 add up to 110, not to the 120 they split.' }] },
    { text: '共纳入 120 例患者，其中观察组 60 例、对照组 50 例。', errors: [{ severity: 'error', lang: 'zh', span: '120 例', message: 'The parts 60 + 50 add up to 110, not to the 120 they split.' }] },
    { text: '选取患儿98例，男54例，女40例，按随机数字表法分为联合组和对照组，各49例。', errors: [{ severity: 'error', lang: 'zh', span: '98例', message: 'The parts 54 + 40 add up to 94, not to the 98 they split.' }] },
    { text: '共纳入 120 例患者，其中男、女分别为 60 例和 50 例。', errors: [{ severity: 'error', lang: 'zh', span: '120 例', message: 'The parts 60 + 50 add up to 110, not to the 120 they split.' }] },
  ],
});
