import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lint.js';
import { lintWith } from '../helpers/lint.js';
import { ruleCases } from '../helpers/rule-cases.js';

const R = 'pair-identifier-mismatch';
const pair = (en: string, zh: string) => `${en}\n${zh}`;

const clean = [
    pair('The trial enrolled 120 patients (NCT01894373).', '本试验纳入120例患者（NCT01894373）。'),
    pair('The trial enrolled 120 patients and was registered as ChiCTR1800012345.', '本试验纳入120例患者，注册号为ChiCTR1800012345。'),
    // One release written two ways.
    pair('Data of 120 patients were analysed with Stata 14.0.', '采用Stata 14软件分析120例患者的数据。'),
    pair('Data of 120 patients were analysed with IBM SPSS Statistics 22.0.', '采用SPSS 22.0软件分析120例患者的数据。'),
    pair('Data of 120 patients were analysed in R version 4.0.2.', '采用R 4.0.2分析120例患者的数据。'),
    // A standard cited once with its year and once without.
    pair('Moisture of 120 samples was measured according to GB 5009.3-2016.', '120份样品的水分按GB 5009.3测定。'),
    pair('Data of the 120 patients are at https://doi.org/10.3760/CMA.J.ISSN.0254-6450.2020.03.001 online.', '本研究共纳入120例患者，全部患者的临床资料和随访数据均可在以下网址获取：https://doi.org/10.3760/cma.j.issn.0254-6450.2020.03.001。'),
    pair('Supported by the National Natural Science Foundation of China (No. 81770123); 120 patients took part.', '国家自然科学基金（81770123）资助；120例患者参与。'),
    // An identifier stated in one version only is not this rule's concern.
    pair('The trial enrolled 120 patients (NCT01894373).', '本试验纳入120例患者。'),
    pair('Two trials (NCT01894373 and NCT01894380) enrolled 120 patients.', '两项试验（NCT01894373）纳入120例患者。'),
    // Different tools, and names written differently in each language, are not compared.
    pair('Data of 120 patients were analysed with Stata 14.0.', '采用SPSS 22.0软件分析120例患者的数据。'),
    pair('Serum IL-6 rose in 120 patients.', '120例患者血清白细胞介素-6升高。'),
    // Ratios of three or more parts and SNPs, written with spaces or a full-width colon.
    pair('In 120 patients randomly assigned in a 2 : 1 : 1 ratio, the rs128476 variant was genotyped.', '120例患者按2∶1∶1比例随机分组，对rs128476位点进行基因分型。'),
    pair('The trial enrolled 120 patients; HER2 was 2+ in 5 and 3+ in 20.', '本试验纳入120例患者，HER2（++）5例，（+++）20例。'),
    'Two trials, NCT01894373 and NCT01894380, enrolled 120 patients.',
    // Numbered names: the same in both, a name one version adds, or another member of the family
    // (numbers more than one digit apart, as published pairs write CD4 for CD44).
    pair('Serum IL-6, IL-1β and TNF-α fell in 120 rats; IL-6 fell most.', '120只大鼠血清IL-6、IL-1β和TNF-α降低，其中IL-6降低最明显。'),
    pair('HPV52, HPV16 and HPV58 were found in 120 women.', '120名女性中检出HPV52、HPV16和HPV58及HPV18。'),
    pair('CD44 was targeted in 120 samples and reversed by CD4.', '120份样本中靶向CD44，并被CD44逆转。'),
    // A rating scale's versions named in both: each stated in each.
    pair('In 120 patients, the HAMD-17 and HAMD-24 scores and the SF-36 fell.', '120例患者HAMD-17、HAMD-24评分及SF-36均下降。'),
    pair('TGF-β1 was reduced in 120 rats (P<0.05).', '120只大鼠TGF-β1降低（P<0.05）。'),
    pair('Compared with Q1, the HRs of Q2, Q3 and Q4 were higher in 8 316 adults.', '8 316名成人中，与Q1组相比，Q2、Q3、Q4组的HR较高。'),
];

describe('pair-identifier-mismatch: clean pairs are read as pairs', () => {
  it.each(clean.filter((t) => t.includes('\n')))('%s', (text) => {
    expect(analyze(text).pairs).toHaveLength(1);
  });
});

// Clinical codes (Gleason, TNM, BI-RADS, Child-Pugh, ICD, acupoints, cell passages, lettered stages) are compared within their system.
const codeErr = (span: string, what: string, en: string) => ({ severity: 'error' as const, lang: 'zh' as const, span, message: `Chinese ${what} ${span} differs from English ${en}; both versions must name the same one.` });
const codeCases = {
  valid: [
    pair('Biopsy showed Gleason score 3+4=7 in 40 patients.', '穿刺显示40例患者Gleason评分3+4=7分。'),
    pair('Biopsy showed Gleason score 7 (3+4) in 40 patients.', '穿刺显示40例患者Gleason评分3+4。'),
    pair('Gleason score was 7 (3+4) in 40 patients.', '40例患者Gleason评分7分（3+4）。'),
    pair('Tumours were staged T2N1M0 in 12 patients.', '12例患者肿瘤分期为T2N1。'),
    pair('Stages were T1-T4, N0-N1, M0 in 12 patients.', '12例患者分期为t1～4n0～1m0。'),
    pair('Lesions were BI-RADS 4a in 30 patients.', '30例患者病灶为BI-RADS 4a类。'),
    pair('Of 50 patients, 20 were Child-Pugh class A.', '50例患者中20例为Child-Pugh A级。'),
    pair('We included 50 patients with ICD-10 code I21.0.', '纳入ICD-10编码为I21.0的50例患者。'),
    pair('Acupuncture at ST36 and SP6 was given for 4 weeks.', '针刺足三里（ST36）和三阴交（SP6）4周。'),
    // A code one version leaves out is not a disagreement.
    pair('Acupuncture at ST36 and SP6 was given for 4 weeks.', '针刺三阴交（SP6）4周。'),
    pair('Cells at passage P3 were used in 3 experiments.', '3次实验均使用P3代细胞。'),
    // Not over-read: codes of different channels, and a letter and number outside its system's sentence.
    pair('Acupuncture at ST36 was given for 4 weeks.', '针刺三阴交（SP6）4周。'),
    pair('Serum ST2 rose in 40 patients.', '40例患者血清ST2升高。'),
    pair('Of 120 patients, 40 had CKD stage 3a.', '120例患者中40例为CKD 3a期。'),
    pair('Of 120 patients, 40 had stage IIIA disease.', '120例患者中40例为ⅢA期。'),
    pair('In this phase 2a trial, 40 patients were enrolled.', '这项2a期试验纳入40例患者。'),
    pair('Passage-3 (P3) cells were used in 4 experiments.', '4次实验均使用第3代细胞。'),
    // A trial's phases, by Arabic or Roman numerals, joined by a dash or a slash.
    pair('This phase 2-3 trial enrolled 300 patients.', '这项2～3期试验纳入300例患者。'),
    pair('In this phase II/III study, 300 patients were enrolled.', '在这项2/3期临床研究中纳入300例患者。'),
    pair('The variant c.1234C>T (p.Arg412Trp) was found in 3 patients.', '3例患者检出c.1234C>T（p.Arg412Trp）变异。'),
    // Formulas compare within one set of elements: Fe3O4 and Fe2O3 both named, CO2 beside them.
    pair('Fe3O4 and Fe2O3 particles adsorbed CO2 in 3 tests.', '3次试验中Fe3O4和Fe2O3颗粒均吸附CO2。'),
    pair('Ti-6Al-4V samples were annealed for 2 h.', 'Ti-6Al-4V样品退火2 h。'),
    // Types by number, Roman or Arabic alike.
    pair('Type II collagen was absent in 12 patients with type 2 diabetes.', '12例2型糖尿病患者Ⅱ型胶原缺失。'),
    pair('Passage-3 (P3) cells in logarithmic growth were used in 4 experiments.', '4次实验均取对数生长期第3代（P3）细胞。'),
  ],
  invalid: [
    { text: pair('Biopsy showed Gleason score 3+4=7 in 40 patients.', '穿刺显示40例患者Gleason评分4+3=7。'), errors: [codeErr('4+3=7', 'Gleason score', '3+4=7')], output: pair('Biopsy showed Gleason score 3+4=7 in 40 patients.', '穿刺显示40例患者Gleason评分3+4=7。') },
    { text: pair('Tumours were staged T2N1M0 in 12 patients.', '12例患者肿瘤分期为T3N1M0。'), errors: [codeErr('T3N1M0', 'TNM stage', 'T2N1M0')], output: pair('Tumours were staged T2N1M0 in 12 patients.', '12例患者肿瘤分期为T2N1M0。') },
    { text: pair('After 4 cycles, 12 patients reached ypT0N0.', '4个周期后12例患者达ypT1N0。'), errors: [codeErr('ypT1N0', 'TNM stage', 'ypT0N0')], output: pair('After 4 cycles, 12 patients reached ypT0N0.', '4个周期后12例患者达ypT0N0。') },
    { text: pair('Lesions were BI-RADS 4a in 30 patients.', '30例患者病灶为BI-RADS 4b类。'), errors: [codeErr('4b', 'BI-RADS category', '4a')], output: pair('Lesions were BI-RADS 4a in 30 patients.', '30例患者病灶为BI-RADS 4a类。') },
    { text: pair('Of 50 patients, 20 were Child-Pugh class A.', '50例患者中20例为Child-Pugh B级。'), errors: [codeErr('B', 'Child-Pugh class', 'A')], output: pair('Of 50 patients, 20 were Child-Pugh class A.', '50例患者中20例为Child-Pugh A级。') },
    { text: pair('We included 50 patients with ICD-10 code I21.0.', '纳入ICD-10编码为I21.1的50例患者。'), errors: [codeErr('I21.1', 'ICD code', 'I21.0')], output: pair('We included 50 patients with ICD-10 code I21.0.', '纳入ICD-10编码为I21.0的50例患者。') },
    { text: pair('We included 50 patients with lung cancer (ICD-10 C34).', '纳入50例肺癌（ICD-10 C35）患者。'), errors: [codeErr('C35', 'ICD code', 'C34')], output: pair('We included 50 patients with lung cancer (ICD-10 C34).', '纳入50例肺癌（ICD-10 C34）患者。') },
    { text: pair('Acupuncture at ST36 and SP6 was given for 4 weeks.', '针刺足三里（ST37）和三阴交（SP6）4周。'), errors: [codeErr('ST37', 'acupoint', 'ST36')], output: pair('Acupuncture at ST36 and SP6 was given for 4 weeks.', '针刺足三里（ST36）和三阴交（SP6）4周。') },
    { text: pair('Of 120 patients, 40 had CKD stage 3a.', '120例患者中40例为CKD 3b期。'), errors: [codeErr('3b', 'stage', '3a')], output: pair('Of 120 patients, 40 had CKD stage 3a.', '120例患者中40例为CKD 3a期。') },
    { text: pair('Passage-3 (P3) cells were used in 4 experiments.', '4次实验均使用第4代细胞。'), errors: [codeErr('第4代', 'cell passage', 'P3')] },
    { text: pair('This phase 3 trial enrolled 300 patients.', '这项2期试验纳入300例患者。'), errors: [codeErr('2期', 'trial phase', 'phase 3')] },
    { text: pair('The variant c.1234C>T (p.Arg412Trp) was found in 3 patients.', '3例患者检出c.1243C>T（p.Arg412Trp）变异。'), errors: [codeErr('c.1243C>T', 'sequence variant', 'c.1234C>T')], output: pair('The variant c.1234C>T (p.Arg412Trp) was found in 3 patients.', '3例患者检出c.1234C>T（p.Arg412Trp）变异。') },
    { text: pair('Patients with type 2 diabetes (n=120) were enrolled.', '纳入120例1型糖尿病患者。'), errors: [codeErr('1型', 'type', 'type 2')] },
    { text: pair('Type II collagen was absent in 12 patients.', '12例患者Ⅰ型胶原缺失。'), errors: [codeErr('Ⅰ型', 'type', 'Type II')] },
    { text: pair('Ti-6Al-4V samples were annealed for 2 h.', 'Ti-6Al-7V样品退火2 h。'), errors: [codeErr('Ti-6Al-7V', 'chemical formula', 'Ti-6Al-4V')], output: pair('Ti-6Al-4V samples were annealed for 2 h.', 'Ti-6Al-4V样品退火2 h。') },
    { text: pair('The Li1.2Mn0.54Ni0.13Co0.13O2 cathode delivered 250 mAh/g.', 'Li1.2Mn0.56Ni0.13Co0.13O2正极的容量为250 mAh/g。'), errors: [codeErr('Li1.2Mn0.56Ni0.13Co0.13O2', 'chemical formula', 'Li1.2Mn0.54Ni0.13Co0.13O2')], output: pair('The Li1.2Mn0.54Ni0.13Co0.13O2 cathode delivered 250 mAh/g.', 'Li1.2Mn0.54Ni0.13Co0.13O2正极的容量为250 mAh/g。') },
    { text: pair('BRAF p.V600E was found in 12 of 40 tumours.', '40例肿瘤中12例检出BRAF p.V600K。'), errors: [codeErr('p.V600K', 'sequence variant', 'p.V600E')], output: pair('BRAF p.V600E was found in 12 of 40 tumours.', '40例肿瘤中12例检出BRAF p.V600E。') },
    { text: pair('Passage-3 (P3) cells in logarithmic growth were used in 4 experiments.', '4次实验均取对数生长期第4代（P3）细胞。'), errors: [codeErr('第4代', 'cell passage', 'P3')] },
    { text: pair('Cells at passage P3 were used in 3 experiments.', '3次实验均使用P4代细胞。'), errors: [codeErr('P4', 'cell passage', 'P3')], output: pair('Cells at passage P3 were used in 3 experiments.', '3次实验均使用P3代细胞。') },
  ],
};

ruleCases(R, {
  valid: [...clean, ...codeCases.valid],
  invalid: [
    ...codeCases.invalid,
    {
      text: pair('The trial enrolled 120 patients (NCT01894373).', '本试验纳入120例患者（NCT01894374）。'),
      errors: [{ severity: 'error', lang: 'zh', span: 'NCT01894374', message: 'Chinese registration number NCT01894374 differs from English NCT01894373; both versions must name the same one.' }],
      output: pair('The trial enrolled 120 patients (NCT01894373).', '本试验纳入120例患者（NCT01894373）。'),
    },
    {
      text: pair('The trial enrolled 120 patients (NCT018943735).', '本试验纳入120例患者（NCT01894373）。'),
      errors: [{ severity: 'error', lang: 'en', span: 'NCT018943735', message: 'English registration number NCT018943735 differs from Chinese NCT01894373: NCT01894373 has the form of a ClinicalTrials.gov number and NCT018943735 does not, so the English is likely wrong.' }],
      output: pair('The trial enrolled 120 patients (NCT01894373).', '本试验纳入120例患者（NCT01894373）。'),
    },
    {
      text: pair('The trial enrolled 120 patients and was registered as ChiCTR180001234.', '本试验纳入120例患者，注册号为ChiCTR1800012345。'),
      errors: [{ severity: 'error', lang: 'en', span: 'ChiCTR180001234', message: 'English registration number ChiCTR180001234 differs from Chinese ChiCTR1800012345: ChiCTR1800012345 has the form of a ChiCTR number and ChiCTR180001234 does not, so the English is likely wrong.' }],
      output: pair('The trial enrolled 120 patients and was registered as ChiCTR1800012345.', '本试验纳入120例患者，注册号为ChiCTR1800012345。'),
    },
    {
      text: pair('Data of 120 patients were analysed with Stata 14.0.', '采用Stata 16.0软件分析120例患者的数据。'),
      errors: [{ severity: 'error', lang: 'zh', span: 'Stata 16.0', message: 'Chinese software version Stata 16.0 differs from English Stata 14.0; both versions must name the same one.' }],
      output: pair('Data of 120 patients were analysed with Stata 14.0.', '采用Stata 14.0软件分析120例患者的数据。'),
    },
    {
      text: pair('Supported by the National Natural Science Foundation of China (No. 81770123); 120 patients took part.', '国家自然科学基金（81770132）资助；120例患者参与。'),
      errors: [{ severity: 'error', lang: 'zh', span: '81770132', message: 'Chinese grant number 81770132 differs from English 81770123; both versions must name the same one.' }],
      output: pair('Supported by the National Natural Science Foundation of China (No. 81770123); 120 patients took part.', '国家自然科学基金（81770123）资助；120例患者参与。'),
    },
    {
      text: pair('Data of the 120 patients are at https://doi.org/10.3760/cma.j.issn.0254-6450.2020.03.001 online.', '本研究共纳入120例患者，全部患者的临床资料和随访数据均可在以下网址获取：https://doi.org/10.3760/cma.j.issn.0254-6450.2020.03.011。'),
      errors: [{ severity: 'error', lang: 'zh', span: '10.3760/cma.j.issn.0254-6450.2020.03.011', message: 'Chinese DOI 10.3760/cma.j.issn.0254-6450.2020.03.011 differs from English 10.3760/cma.j.issn.0254-6450.2020.03.001; both versions must name the same one.' }],
      output: pair('Data of the 120 patients are at https://doi.org/10.3760/cma.j.issn.0254-6450.2020.03.001 online.', '本研究共纳入120例患者，全部患者的临床资料和随访数据均可在以下网址获取：https://doi.org/10.3760/cma.j.issn.0254-6450.2020.03.001。'),
    },
    {
      text: pair('Moisture of 120 samples was measured according to GB 5009.3-2016.', '120份样品的水分按GB 5009.3-2010测定。'),
      errors: [{ severity: 'error', lang: 'zh', span: 'GB 5009.3-2010', message: 'Chinese standard GB 5009.3-2010 differs from English GB 5009.3-2016; both versions must name the same one.' }],
      output: pair('Moisture of 120 samples was measured according to GB 5009.3-2016.', '120份样品的水分按GB 5009.3-2016测定。'),
    },
    {
      text: pair('In 120 patients randomly assigned in a 1:1:1 ratio.', '120例患者按2∶1∶1比例随机分组。'),
      errors: [{ severity: 'error', lang: 'zh', span: '2∶1∶1', message: 'Chinese ratio 2:1:1 differs from English 1:1:1; both versions must name the same one.' }],
      output: pair('In 120 patients randomly assigned in a 1:1:1 ratio.', '120例患者按1:1:1比例随机分组。'),
    },
    {
      text: pair('The rs128476 variant was genotyped in 120 patients.', '对120例患者的rs128467位点进行基因分型。'),
      errors: [{ severity: 'error', lang: 'zh', span: 'rs128467', message: 'Chinese SNP rs128467 differs from English rs128476; both versions must name the same one.' }],
      output: pair('The rs128476 variant was genotyped in 120 patients.', '对120例患者的rs128476位点进行基因分型。'),
    },
    {
      text: pair('The trial enrolled 120 patients; HER2 was 3+ in 20.', '本试验纳入120例患者，HER2（++）20例。'),
      errors: [{ severity: 'error', lang: 'zh', span: '（++）', message: 'Chinese immunohistochemistry score (++) differs from English 3+; both versions must name the same one.' }],
    },
    // A numbered name one digit apart in aligned sentences: the version whose name the other states nowhere.
    {
      text: pair('Serum IL-4 fell in 120 rats, and IL-6 fell most.', '120只大鼠血清IL-6降低，IL-6降低最明显。'),
      errors: [
        {
          severity: 'error',
          lang: 'en',
          span: 'IL-4',
          message: 'English name IL-4 differs from Chinese IL-6 in the aligned sentence; the English states IL-6 elsewhere and the Chinese states IL-4 nowhere, so the English is likely wrong.',
        },
      ],
      output: pair('Serum IL-6 fell in 120 rats, and IL-6 fell most.', '120只大鼠血清IL-6降低，IL-6降低最明显。'),
    },
    {
      text: pair('Of the 120 cases, EV71 accounted for 38.6% and CV-A16 for 21.1%.', '120例中EV74占38.6%，CV-A16占21.1%。'),
      errors: [{ severity: 'error', lang: 'zh', span: 'EV74', message: 'Chinese name EV74 differs from English EV71 in the aligned sentence; both versions must name the same one.' }],
      output: pair('Of the 120 cases, EV71 accounted for 38.6% and CV-A16 for 21.1%.', '120例中EV71占38.6%，CV-A16占21.1%。'),
    },
    // A rating scale named by its number of items: any other number is another version of it.
    {
      text: pair('After 6 weeks, the HAMD-17 scores of the 86 patients were 8.12±2.35.', '治疗6周后，86例患者HAMD-24评分为8.12±2.35分。'),
      errors: [{ severity: 'error', lang: 'zh', span: 'HAMD-24', message: 'Chinese name HAMD-24 differs from English HAMD-17 in the aligned sentence; both versions must name the same one.' }],
      output: pair('After 6 weeks, the HAMD-17 scores of the 86 patients were 8.12±2.35.', '治疗6周后，86例患者HAMD-17评分为8.12±2.35分。'),
    },
    {
      text: pair('Compared with Q1, the HRs of Q2, Q3 and Q4 were higher in 8 316 adults.', '8 316名成人中，与Q1组相比，Q2、Q3、Q7组的HR较高。'),
      errors: [{ severity: 'error', lang: 'zh', span: 'Q7', message: 'Chinese name Q7 differs from English Q4 in the aligned sentence; both versions must name the same one.' }],
      output: pair('Compared with Q1, the HRs of Q2, Q3 and Q4 were higher in 8 316 adults.', '8 316名成人中，与Q1组相比，Q2、Q3、Q4组的HR较高。'),
    },
    // One of several mentions of a formula changed: the aligned sentences tell it, where the whole versions do not.
    {
      text: pair('Liver fibrosis was induced by CCl4 in 50 rats, given 40% CCl4 (3 mL/kg) twice a week.', '50只大鼠采用CCl4诱导肝纤维化，注射40% CCl2（3 mL/kg），每周2次。'),
      errors: [
        {
          severity: 'error',
          lang: 'zh',
          span: 'CCl2',
          message: 'Chinese chemical formula CCl2 differs from English CCl4 in the aligned sentence; the Chinese states CCl4 elsewhere and the English states CCl2 nowhere, so the Chinese is likely wrong.',
        },
      ],
      output: pair('Liver fibrosis was induced by CCl4 in 50 rats, given 40% CCl4 (3 mL/kg) twice a week.', '50只大鼠采用CCl4诱导肝纤维化，注射40% CCl4（3 mL/kg），每周2次。'),
    },
    // Only the release changes when the tool is named differently.
    {
      text: pair('Data of 120 patients were analysed with IBM SPSS Statistics 25.0.', '采用SPSS 22.0软件分析120例患者的数据。'),
      errors: [
        {
          severity: 'error',
          lang: 'zh',
          span: 'SPSS 22.0',
          message: 'Chinese software version SPSS 22.0 differs from English IBM SPSS Statistics 25.0; both versions must name the same one.',
          related: [{ lang: 'en', span: 'IBM SPSS Statistics 25.0', message: 'English states IBM SPSS Statistics 25.0 here.' }],
          fix: { span: '22.0', replacement: '25.0' },
        },
      ],
      output: pair('Data of 120 patients were analysed with IBM SPSS Statistics 25.0.', '采用SPSS 25.0软件分析120例患者的数据。'),
    },
    // No fix where the two are written in different forms.
    {
      text: pair('The trial enrolled 120 patients (ChiCTR-IOR-17011111).', '本试验纳入120例患者（ChiCTR1800012345）。'),
      errors: [
        {
          severity: 'error',
          lang: 'zh',
          span: 'ChiCTR1800012345',
          message: 'Chinese registration number ChiCTR1800012345 differs from English ChiCTR-IOR-17011111; both versions must name the same one.',
          related: [{ lang: 'en', span: 'ChiCTR-IOR-17011111', message: 'English states ChiCTR-IOR-17011111 here.' }],
        },
      ],
    },
  ],
});

describe('pair-identifier-mismatch fixes', () => {
  it('writes the other version in place of an identifier written the same way', () => {
    const text = pair('The trial enrolled 120 patients (NCT01894373).', '本试验纳入120例患者（NCT01894374）。');
    const [d] = lintWith(R, text).diagnostics;
    expect(d).toMatchObject({ actual: 'NCT01894374', expected: 'NCT01894373' });
    expect(d!.fix).toEqual({ offset: text.indexOf('NCT01894374'), length: 11, replacement: 'NCT01894373' });
    expect(d!.related).toMatchObject([{ lang: 'en', text: 'NCT01894373', offset: text.indexOf('NCT01894373') }]);
  });

  it('replaces a malformed registration number with the well-formed one', () => {
    const text = pair('The trial enrolled 120 patients (NCT018943735).', '本试验纳入120例患者（NCT01894373）。');
    expect(lintWith(R, text).diagnostics[0]!.fix).toEqual({ offset: text.indexOf('NCT018943735'), length: 12, replacement: 'NCT01894373' });
  });
});

