import { ruleCases } from '../helpers/rule-cases.js';

ruleCases('range-order', {
  valid: [
    'Maximal effects were seen at 56-112 days after treatment.',
    'Scores fell from 20 to 10 after treatment.',
    // The SD of one mean and the next mean are a change between two means ± SD.
    'The number of medications decreased from 2.4±0.8 to 0.3±0.6.',
    'DLQI由15.2±5.1至2.3±2.0。',
    'The change ranged from -5 to -2 points.',
    'The hazard ratio was 0.65 (95% CI, 0.50 to 0.85).',
    'The median follow-up was 12 months (IQR, 8 to 20).',
    'Doses of 1 x 10(6) to 3 x 10(6) cells/kg were given.',
    '患者随访 3～36 个月。',
    '风险比为 0.27；95%可信区间为 0.17～0.41。',
    '评分由 20 降至 10。',
    '中位随访时间为 14 个月（范围 6～30）。',
    // Calendar spans are dates, never ranges of amounts, whatever their order.
    'Patients were enrolled between 2019-12 and 2018-03.',
    'Rates were stable in 2010-12 and fell in 2015-16.',
    '在2018年12月至2017年3月间纳入患者。',
    '研究时间为2018年3月至5月，2019-2020年度随访。',
    // A ratio's first term may be the larger; its confidence interval is still a range.
    'The odds were 3 to 1 in favour of surgery.',
    'Men and women were enrolled in a 3 to 1 ratio.',
    '比值为3～1。',
    // Ages before present run old to young.
    'The record spans 9.8–0.2 ka BP.',
    '该记录跨越9.8～0.2 ka BP。',
    'The strata date to 2.5-1.8 Ma and 1.8-1.2 Ga, and the peat to 3200-2800 cal BP.',
    '沉积发生于12～10 kyr BP，泥炭形成于5000～3000 a BP，即距今5000～3000年。',
    // A mean right after its range lies inside it; a mean of another measure, or after a span of years, is not checked.
    '68 patients aged 65 to 82 years (mean, 71.3±5.2 years) were treated.',
    'All patients were followed up for 12 to 36 months, with an average of (18.5±4.2) months.',
    '男11例，女42例；年龄38～67岁，平均52.6岁。',
    '对412例5～17岁（平均（11.8±2.7）岁）患儿行HUTT。',
    'Adults aged 18-65 years (mean BMI 24.3 kg/m2) were enrolled.',
    'Patients treated from 2015 to 2020, mean age 55 years, were reviewed.',
    // A change goes the way its verb says; ends in different units, below zero, or with no verb of a way are not compared.
    '腿痛VAS评分由术前（7.1±1.2）分降至末次随访时（1.4±0.6）分，ODI由（62.4±8.7）%降至（14.2±5.3）%。',
    'The VAS score decreased from 7.1±1.2 preoperatively to 1.4±0.6 at the final follow-up, and the ODI decreased from (62.4±8.7)% to (14.2±5.3)%.',
    'The incidence density fell from 12.4 to 1.8 per 1 000 patient-days.',
    '疗程由12个月缩短至6周。',
    // Acuity in logMAR is better the smaller it is: its rise is a fall of the value.
    '最佳矫正视力(logMAR)由0.82±0.31提高至0.35±0.22。',
    '平均BCVA由1.02±0.28 logMAR提高至0.48±0.25 logMAR(P<0.001)。',
    // A change's ends each with the year it is stated for, and its size as a share of the first end (or in points).
    '比例由2012年的52.3%降至2017年的39.8%，实测径流量由1956—1985年的476.1亿m3降至1986—2018年的269.4亿m3，减少了43.4%。',
    '抗压强度由2.86 MPa提高至4.12 MPa，增幅达44.1%；输沙量由1.62亿t减少至0.41亿t，减幅为74.7%。',
    '乳酸含量降低11.2%（由5.43降至4.82）。',
    'The area shrank from 4 386 km2 in 1987 to 4 234 km2 in 2004, and erosion fell from 3 512 t/(km2·a) in 2000 to 2 356 t/(km2·a) in 2020, a decline of 32.9%.',
    'The rate decreased from 20% to 10% (a 50% reduction) and from 20% to 15%, a 5% decrease.',
    // A share after a comma that names another subject is another change.
    '将排水能力由3年一遇提高到10年一遇标准,可使淹没面积减少23%。',
    'The T-score decreased from -2.78 to -2.86, and the score changed from 3.1 to 4.5.',
    // Calendar months across the new year: July to June, November to March; a falling count of months (个月) stays reversed.
    '重建了上年7月至当年6月（7—6月）的平均气温，冬季为11～3月。',
    // A fall from one value to another with its from glued to a word by a PDF (`fellfrom`) is a change.
    'Kernel number per ear fellfrom 612 to 438.',
  ],
  // The hazard ratio's interval below is a range, ratio or not.
  invalid: [
    { text: 'The hazard ratio was 0.65 (95% CI, 0.85 to 0.50).', errors: [{ severity: 'error', lang: 'en', span: '0.85 to 0.50', message: 'The range 0.85 to 0.50 runs from 0.85 down to 0.50: its low end exceeds its high end.' }] },
    { text: 'The median follow-up was 12 months (IQR 14-20).', errors: [{ severity: 'error', lang: 'en', span: '12 months (IQR 14-20)', message: 'The median 12 lies outside its own range 14–20.' }] },
    { text: '患者随访 36～3 个月。', errors: [{ severity: 'error', lang: 'zh', span: '36～3 个月', message: 'The range 36～3 个月 runs from 36 down to 3: its low end exceeds its high end.' }] },
    { text: '风险比为 0.27；95%可信区间为 0.41～0.17。', errors: [{ severity: 'error', lang: 'zh', span: '0.41～0.17', message: 'The range 0.41～0.17 runs from 0.41 down to 0.17: its low end exceeds its high end.' }] },
    // Beside an age before present, a falling range of another measure is still reversed.
    { text: 'The record spans 9.8–0.2 ka BP over a core of 30-20 m.', errors: [{ severity: 'error', lang: 'en', span: '30-20 m', message: 'The range 30-20 m runs from 30 down to 20: its low end exceeds its high end.' }] },
    { text: '该记录跨越9.8～0.2 ka BP，岩芯长30～20 m。', errors: [{ severity: 'error', lang: 'zh', span: '30～20 m', message: 'The range 30～20 m runs from 30 down to 20: its low end exceeds its high end.' }] },
    // A mean outside the range its clause gives it.
    { text: '22 children aged 5 to 13 years (mean, 16.6 years) were treated.', errors: [{ severity: 'error', lang: 'en', span: '16.6', message: 'The mean 16.6 lies outside the range 5–13 it is the mean of.' }] },
    { text: '男11例，女42例；年龄38～67岁，平均70.6岁。', errors: [{ severity: 'error', lang: 'zh', span: '70.6岁', message: 'The mean 70.6 lies outside the range 38–67 it is the mean of.' }] },
    // A change its verb says fell, whose ends rise (or the reverse).
    // A change's ends stated for their years; the size stated with a change that its ends do not give, or that goes the other way.
    { text: '比例由2012年的52.3%降至2017年的59.8%。', errors: [{ severity: 'error', lang: 'zh', span: '52.3%降至2017年的59.8%', message: 'The change from 52.3 to 59.8 rises, but its words say it fell.' }] },
    { text: 'Runoff fell from 612 in 2017 to 785 in 2021.', errors: [{ severity: 'error', lang: 'en', span: '612 in 2017 to 785', message: 'The change from 612 to 785 rises, but its words say it fell.' }] },
    { text: '实测径流量由1956—1985年的476.1亿m3降至1986—2018年的269.4亿m3，减少了34.4%。', errors: [{ severity: 'error', lang: 'zh', span: '34.4%', message: 'The change from 476.1亿m3 to 269.4亿m3 is a fall of 43.42%, not the 34.4% stated with it.' }] },
    { text: 'Runoff fell from 612 mm in 2017 to 431 mm in 2021, a reduction of 39.6%.', errors: [{ severity: 'error', lang: 'en', span: '39.6%', message: 'The change from 612 to 431 is a fall of 29.58%, not the 39.6% stated with it.' }] },
    { text: '表层有机碳降低26.4%（由14.4 g/kg提高至18.2 g/kg）。', errors: [{ severity: 'error', lang: 'zh', span: '26.4%', message: 'The change from 14.4 g/kg to 18.2 g/kg rises, but the 26.4% stated with it is called a fall.' }] },
    { text: '最佳矫正视力由0.82提高至0.35。', errors: [{ severity: 'error', lang: 'zh', span: '0.82提高至0.35', message: 'The change from 0.82 to 0.35 falls, but its words say it rose.' }] },
    { text: 'BLEU由11.7%降至18.3%。', errors: [{ severity: 'error', lang: 'zh', span: '11.7%降至18.3%', message: 'The change from 11.7 to 18.3 rises, but its words say it fell.' }] },
    { text: 'The VAS score decreased from 1.4±0.6 preoperatively to 7.1±1.2 at the final follow-up.', errors: [{ severity: 'error', lang: 'en', span: '1.4±0.6 preoperatively to 7.1', message: 'The change from 1.4 to 7.1 rises, but its words say it fell.' }] },
    { text: 'The incidence density fell from 1.8 to 12.4 per 1 000 patient-days.', errors: [{ severity: 'error', lang: 'en', span: '1.8 to 12.4', message: 'The change from 1.8 to 12.4 rises, but its words say it fell.' }] },
    { text: 'Maximal effects on the wounds were seen at 112-56 days after treatment.', errors: [{ severity: 'error', lang: 'en', span: '112-56 days', message: 'The range 112-56 days runs from 112 down to 56: its low end exceeds its high end.' }] },
  ],
});
