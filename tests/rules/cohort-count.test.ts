import { ruleCases } from '../helpers/rule-cases.js';

ruleCases('cohort-count', {
  valid: [
    // Two groups the enrolling sentence compares are the cohort, what brackets say of the first left out.
    '本研究纳入16名音乐学院学生（女9名）和17名非音乐专业大学生（女10名）。全部33名被试均完成测试。',
    'Six patients with severe psoriasis were enrolled, and four of them had low levels. No improvement was seen in the two patients with normal levels.',
    // A fraction of specimens or eyes counts those, not the cohort's people.
    'A total of 1 284 children were included. Macrolide resistance was detected in 1 102 of 1 180 tested samples (93.4%).',
    'Forty patients were treated. Vision improved in 52 of 80 eyes.',
    // The controls a case-control study matches to its cases are a group of their own.
    '纳入病例4 128例，按年龄和性别以1∶4匹配对照16 512例。',
    'Four adult and two pediatric patients were treated. Increased expression was observed in 1 of 6 patients at day 56.',
    'Ten patients with malignant liver tumors were enrolled in this study. The number of CTC was lower in 10 patients after infusion.',
    'Seventeen patients with psoriasis were enrolled. A total of 47.1% (8/17) improved, 25% (2/8) of males and 66.7% (6/9) of females.',
    'Twelve patients were enrolled. All 12 patients completed the study, and 5 patients had a response.',
    'A total of 480 patients were randomly assigned to the induction group or the standard group; 45 of 242 patients in the induction group relapsed.',
    'Of 120 patients screened, 100 patients were eligible and were enrolled.',
    '共招募了 17 名银屑病患者。共有 47.1%(8/17)的患者改善，17.6%(3/17)无疾病。',
    '共纳入 10 例患者，所有 10 例患者均耐受良好，5 例患者症状改善。',
    '共纳入 20 例患者，其中 12 例为男性。8 例女性患者中 3 例有效。',
    'The pilot study enrolled 8 patients. Responses occurred in 3/8 patients and in 2 of the 5 remaining patients.',
    // A group the text defines by a test or procedure is a subset of the cohort, not a stray group.
    'Thirty patients were enrolled. Among the 20 cases tested, 11 (55%) had complex karyotypes and 8 (40%) were hypodiploid.',
    'Thirty patients were enrolled. Among the 20 cases of chromosome banding analysis, 11 had complex karyotypes.',
    'Thirty patients were enrolled. In the 12 patients who underwent biopsy, fibrosis was mild.',
    // A group defined by what became of it is a subset too.
    'A total of 800 infants underwent randomization. Among the 712 infants who survived to discharge, the median stay was 98 days.',
    // and one defined by what its members had.
    'We randomly assigned 6263 patients. Among the 1151 patients with an ejection fraction of 60% or more, results were similar.',
    'We randomly assigned 6263 patients. In the 2301 patients aged 75 years or older, results were similar.',
    // A fraction that names its group or states its rate beside it counts out of a subset of the cohort: those followed up, per protocol, with a symptom, at one stage.
    'A total of 120 patients were enrolled. The response rate was 77.6% (76/98) in those followed up.',
    '共纳入120例患者。随访者有效率为77.6%（76/98）。',
    'A total of 120 patients were enrolled; 76 of the 98 patients followed up improved.',
    '共纳入120例患者，随访的98例中76例好转。',
    'Eighty patients were enrolled. CT showed lymph node metastasis in 12 of the 35 patients with T3 tumours.',
    '纳入80例患者。35例T3期患者中12例CT示淋巴结转移。',
    '72例患者接受治疗。63例耳鸣患者中41例（65.1%）耳鸣改善。',
    // A total of cycles or doses the abstract states, larger than the cohort, is a whole its shares count out of.
    'A total of 86 patients received 412 cycles of chemotherapy. Grade 3-4 neutropenia occurred in 10.9% (45/412) of the cycles.',
    '86例患者共接受化疗412个周期。3～4级中性粒细胞减少发生于10.9%（45/412）的周期。',
    '共纳入72例患者。41/63例（65.1%）有效。',
    // A count after 其中 is a part of a group stated without a number; a list that breaks the enrolled down (labels alike) states no cohort.
    '纳入Ⅱ期12例，Ⅲ期20例。',
    '方法 纳入2012—2021年住院患者，其中Ⅲ型38例，Ⅳ型112例，Ⅴ型65例。结果 Ⅳ型患者缓解率低于Ⅴ型。',
    '纳入Ⅱ期20例，Ⅲ期12例。32例患者均完成治疗。',
    '纳入男性患者12例，女性患者20例。',
    'Patients hospitalized from 2012 to 2021 were included, including 38 patients with class III and 112 patients with class IV.',
    // A proportion in words is a share, not a count out of 3.
    '共调查1,248名老年人。每七位长者即有一位独居。',
    '共調查1,248名老年人。每七位長者即有一位獨居。',
    // A rate of cases per so many (每发现1例…有39例, for every 17 patients) states no cohort.
    '5581例（83.1%）婴儿开始使用抗生素，即每发现1例败血症约有39例婴儿接受经验性抗生素治疗。',
    'One death was prevented for every 17 patients treated, and 25 patients had adverse events.',
    'Thirty patients were enrolled. About one third of the patients responded, and two-thirds had stable disease.',
    '共纳入 30 例患者，约三分之一的患者有效。',
    'Thirty patients were enrolled. Nearly half of the patients responded.',
    'Thirty patients were enrolled. About 1/3 of the patients responded.',
    // One in every N (每七位长者即有一位, 每10人中有1人) is a share of everyone, in either script.
    '本研究招募65岁以上居民1 248名。结论 每七位长者即有一位罹患肌少症。',
    '本研究招募65歲以上居民1,248名。結論 約每七位長者即有一位罹患肌少症。',
    '共纳入300例患者，每10人中有1人发生出血。',
    // The neonates of the women enrolled are other people, twice as many after twin pregnancies.
    'A total of 120 women with twin pregnancies were enrolled. Of the 240 neonates, 36 were admitted to the NICU.',
    '共纳入双胎妊娠孕妇120例。240例新生儿中36例入住NICU。',
    'A 29-year-old woman with a monochorionic twin pregnancy was referred at 19 weeks. Both infants were discharged after 26 and 34 days.',
    // Conjoined groups of people are the cohort.
    '4 adults and 2 children were enrolled. All 6 patients completed the study.',
    '共纳入4例成人和2例儿童，所有6例患者均完成治疗。',
    '共纳入成人4例和儿童2例，所有6例患者均完成治疗。',
    // The rest of a fraction's group is a group: 189 − 164 = 25 false positives.
    '共纳入247例患者。特异度为86.8%（164/189）。假阳性多与炎症有关（25例中的19例）。',
    // The cases an outbreak or surveillance confirmed or reported are no enrolled group: the exposed and the vaccinated are others.
    '2019年2月4日至3月22日共确诊麻疹病例21例。儿科病房暴露患者罹患率为8.5%（11/129）。应急接种覆盖2 346人。',
    '2013—2017年累计报告病例1 533例，其中死亡592例。',
  ],
  invalid: [
    { text: '本研究纳入16名音乐学院学生（女9名）和17名非音乐专业大学生（女10名）。全部35名被试均完成测试。', errors: [{ severity: 'error', lang: 'zh', span: '35名', message: '"all 35" does not match the 33 patients enrolled (16名音乐学院学生（女9名）和17名).' }] },
    // A cohort of neonates is checked as any other.
    { text: '共纳入新生儿120例。240例新生儿中36例入住NICU。', errors: [{ severity: 'warning', lang: 'zh', span: '240例新生儿中36例', message: '240例新生儿中36例 counts out of 240, but the abstract enrolled 120 (120例) and states no group of 240.' }] },
    { text: '86例患者共接受化疗412个周期。3～4级中性粒细胞减少发生于10.9%（45/421）的周期。', errors: [{ severity: 'warning', lang: 'zh', span: '45/421', message: '45/421 counts out of 421, but the abstract enrolled 86 (86例) and states no group of 421.' }] },
    { text: 'Six patients with severe psoriasis were enrolled, and seven of them had low levels of CD56 cells.', errors: [{ severity: 'error', lang: 'en', span: 'seven', message: 'seven of them is more than the 6 patients it is a part of (Six patients).' }] },
    { text: 'Seventeen patients with psoriasis were enrolled. A total of 47.1% (17/36) improved.', errors: [{ severity: 'warning', lang: 'en', span: '17/36', message: '17/36 counts out of 36, but the abstract enrolled 17 (Seventeen patients) and states no group of 36.' }] },
    { text: 'Twelve patients were enrolled in the trial. All 14 patients completed the study.', errors: [{ severity: 'error', lang: 'en', span: '14', message: '"all 14" does not match the 12 patients enrolled (Twelve patients).' }] },
    // `each of the` and 全组 say all, before white space of any width.
    { text: 'Twelve patients were enrolled in the trial. Each of the\u00a014 patients completed the study.', errors: [{ severity: 'error', lang: 'en', span: '14', message: '"all 14" does not match the 12 patients enrolled (Twelve patients).' }] },
    { text: '共纳入 10 例患者，全组 12 例患者均耐受良好。', errors: [{ severity: 'error', lang: 'zh', span: '12 例', message: '"all 12" does not match the 10 patients enrolled (10 例).' }] },
    { text: 'Six patients were enrolled, and four of them responded. In contrast, the three patients with normal levels did not respond.', errors: [{ severity: 'warning', lang: 'en', span: 'three', message: '"the three" names a group of 3 that is neither the cohort of 6 (Six patients), a group stated before, nor the rest of one.' }] },
    { text: '共纳入247例患者。特异度为86.8%（164/189）。假阳性多与炎症有关（26例中的19例）。', errors: [{ severity: 'warning', lang: 'zh', span: '26例中的19例', message: '26例中的19例 counts out of 26, but the abstract enrolled 247 (247例) and states no group of 26.' }] },
    { text: '共招募了 17 名银屑病患者。共有 47.1%(17/36)的患者改善。', errors: [{ severity: 'warning', lang: 'zh', span: '17/36', message: '17/36 counts out of 36, but the abstract enrolled 17 (17 名) and states no group of 36.' }] },
    { text: 'Ten patients with liver tumors were enrolled in this study. Chills developed in 12 patients after infusion.', errors: [{ severity: 'warning', lang: 'en', span: '12', message: '12 is more than the 10 patients enrolled (Ten patients).' }] },
    { text: 'Thirty patients were enrolled. Responses were seen in 1/3 patients.', errors: [{ severity: 'warning', lang: 'en', span: '1/3', message: '1/3 counts out of 3, but the abstract enrolled 30 (Thirty patients) and states no group of 3.' }] },
    // A fraction's rate beside it does not make a denominator larger than the cohort a subset of it.
    { text: '共纳入72例患者。41/80例（51.3%）有效。', errors: [{ severity: 'warning', lang: 'zh', span: '41/80例', message: '41/80例 counts out of 80, but the abstract enrolled 72 (72例) and states no group of 80.' }] },
    // The cohort's own label (患者 after the verb) is not a label alike the part's (男性患者): 12 is the cohort.
    { text: '共纳入10例患者，12例有效。', errors: [{ severity: 'warning', lang: 'zh', span: '12例', message: '12例 is more than the 10 patients enrolled (10例).' }] },
    { text: '纳入患者12例，男性患者8例。所有14例患者均完成治疗。', errors: [{ severity: 'error', lang: 'zh', span: '14例', message: '"all 14" does not match the 12 patients enrolled (12例).' }] },
    { text: 'Thirty patients were enrolled. Among the 40 cases tested, 11 had complex karyotypes.', errors: [{ severity: 'warning', lang: 'en', span: '40', message: '40 is more than the 30 patients enrolled (Thirty patients).' }] },
    { text: 'A total of 800 infants underwent randomization. Among the 912 infants who survived to discharge, the median stay was 98 days.', errors: [{ severity: 'warning', lang: 'en', span: '912', message: '912 is more than the 800 patients enrolled (800).' }] },
    { text: 'We randomly assigned 6263 patients. Among the 7151 patients with an ejection fraction of 60% or more, results were similar.', errors: [{ severity: 'warning', lang: 'en', span: '7151', message: '7151 is more than the 6263 patients enrolled (6263 patients).' }] },
    { text: 'Thirty patients were enrolled. The 20 patients had complex karyotypes.', errors: [{ severity: 'warning', lang: 'en', span: '20', message: '"the 20" names a group of 20 that is neither the cohort of 30 (Thirty patients), a group stated before, nor the rest of one.' }] },
    { text: '4 adults and 2 children were enrolled. All 7 patients completed the study.', errors: [{ severity: 'error', lang: 'en', span: '7', message: '"all 7" does not match the 6 patients enrolled (4 adults and 2 children).' }] },
    { text: '共纳入4例成人和2例儿童，所有7例患者均完成治疗。', errors: [{ severity: 'error', lang: 'zh', span: '7例', message: '"all 7" does not match the 6 patients enrolled (4例成人和2例儿童).' }] },
    // A rate's base in a later sentence leaves the cohort the first one states.
    { text: '共纳入10例患者。每治疗5例可预防1例死亡，12例有效。', errors: [{ severity: 'warning', lang: 'zh', span: '12例', message: '12例 is more than the 10 patients enrolled (10例).' }] },
    // Without 每 it is a count out of a group the abstract does not state.
    { text: '共纳入300例患者，10例中有1例发生出血。', errors: [{ severity: 'warning', lang: 'zh', span: '10例中有1例', message: '10例中有1例 counts out of 10, but the abstract enrolled 300 (300例) and states no group of 10.' }] },
    { text: '共纳入成人4例和儿童2例，所有7例患者均完成治疗。', errors: [{ severity: 'error', lang: 'zh', span: '7例', message: '"all 7" does not match the 6 patients enrolled (成人4例和儿童2例).' }] },
  ],
});
