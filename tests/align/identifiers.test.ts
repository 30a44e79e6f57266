import { describe, expect, it } from 'vitest';
import { lintPair } from '../../src/lint.js';
import { lint } from '../../src/index.js';

const show = (en: string, zh: string) => lintPair(en, zh).diagnostics.map((d) => `${d.ruleId} ${d.lang} «${d.text}»`).join(' ; ');

/**
 * Names with numbers, ranks, the article before one person and scientific notation,
 * written the way each language writes them: never an amount missing or changed.
 */
const silent: [string, string][] = [
  ['Serum interleukin-6 rose in 12 patients.', '12例患者血清白细胞介素-6升高。'],
  ['IL-1β and IL-6 rose in 12 patients.', '12例患者IL-1β和白细胞介素-6升高。'],
  ['COVID-19 patients aged 18-65 years were enrolled.', '纳入18～65岁的COVID-19患者。'],
  ['IL-17 and IL-23 levels fell in 30 patients.', '30例患者的IL-17和IL-23水平下降。'],
  ['Human lysozyme-like protein 6 (LYZL6) was expressed in 3 cell lines.', '人源类溶菌酶蛋白6（LYZL6）在3种细胞系中表达。'],
  ['Glypican-3 was expressed in 40 of 50 tumours.', '磷脂酰肌醇蛋白聚糖3在50例肿瘤中的40例表达。'],
  ['DNA methyltransferase 3b (DNMT3b) was knocked down in 2 cell lines.', 'DNA甲基转移酶3b(DNMT3b)在2种细胞系中被敲低。'],
  ['Toll-like receptor 4 was up-regulated in 20 patients.', '20例患者Toll样受体4表达上调。'],
  ['Phosphorylation at Ser473 rose 2-fold.', 'Ser473位点磷酸化升高2倍。'],
  ['4-1BB was expressed on 30% of cells.', '30%的细胞表达4-1BB。'],
  ['5-FU was given to 24 patients.', '24例患者接受5-FU治疗。'],
  ['Moisture was measured according to GB 5009.3-2016 in 12 samples.', '按GB 5009.3-2016测定12份样品的水分。'],
  ['Data were analysed with Stata 14.0.', '采用Stata 14.0软件分析数据。'],
  ['The dental formula is I 3/3, C 1/1, P 4/4, M 3/3 = 44.', '齿式为I3/3，C1/1，P4/4，M3/3 = 44。'],
  ['We studied the 64 MM patients.', '我们研究了64例MM患者。'],
  ['This was the 4th national survey.', '这是第四次全国调查。'],
  ['This was the fourth national survey.', '这是第4次全国调查。'],
  ['We report a case of Castleman disease.', '本文报道1例Castleman病。'],
  ['A 45-year-old man presented with fever.', '1例45岁男性患者因发热就诊。'],
  ['The difference was significant (p<2.5E-5).', '差异有统计学意义（P<2.5×10⁻⁵）。'],
  ['The difference was significant (P = 1.2×10⁻³).', '差异有统计学意义（P = 1.2×10-3）。'],
  ['The difference was significant (P = 1.2e-3).', '差异有统计学意义（P = 1.2×10⁻³）。'],
  ['The risk was 10⁻³ per year.', '每年风险为10⁻³。'],
  ['The trial was registered as NCT01894373 and enrolled 120 patients.', '本试验纳入120例患者，注册号为NCT01894373。'],
  ['Supported by the National Natural Science Foundation of China (No. 81770123); 120 patients took part.', '国家自然科学基金（81770123）资助；120例患者参与。'],
];

/** A changed value stays a finding, as a value of its own kind: a p-value, a rank, a release, an identifier, a count. */
const flagged: [string, string, string][] = [
  ['The difference was significant (p<2.5E-5).', '差异有统计学意义（P<2.5×10⁻⁴）。', 'pair-number-mismatch zh «P<2.5×10⁻⁴»'],
  ['This was the 4th national survey.', '这是第5次全国调查。', 'pair-number-mismatch zh «第5次»'],
  ['Data were analysed with Stata 14.0.', '采用Stata 16.0软件分析数据。', 'pair-identifier-mismatch zh «Stata 16.0»'],
  ['The trial was registered as NCT01894373 and enrolled 120 patients.', '本试验纳入120例患者，注册号为NCT01894374。', 'pair-identifier-mismatch zh «NCT01894374»'],
  ['A patient died.', '2例患者死亡。', 'pair-number-mismatch zh «2例»'],
  ['Serum interleukin-6 rose in 12 patients.', '13例患者血清白细胞介素-6升高。', 'pair-number-mismatch zh «13例»'],
];

describe('identifiers, ranks and scientific notation across languages', () => {
  it.each(silent)('silent: %s | %s', (en, zh) => expect(show(en, zh)).toBe(''));
  it.each(flagged)('flagged: %s | %s', (en, zh, expected) => expect(show(en, zh)).toBe(expected));
});

describe('names with hyphens and numbers are never reversed ranges or p-values out of bounds', () => {
  it.each([
    '4-1BB was expressed on tumour cells in most of the patients we studied.',
    'The 5-HT2A receptor and 5-HT1A were studied in rats.',
    'The miR-21-3p and miR-155-5p levels were measured in serum.',
    'The B7-H3 and CTLA-4 molecules were expressed by tumour cells.',
    '血清白细胞介素-6 10-20 pg/ml，白细胞介素-18 水平升高。',
    'p<2.5E-5 and P = 1.2×10-3 were reported for the trend.',
    '趋势检验P＜1.2×10-3，差异有统计学意义。',
  ])('%s', (text) => {
    const found = lint(text).files[0]!.diagnostics.filter((d) => d.ruleId === 'range-order' || d.ruleId === 'pvalue-bounds');
    expect(found).toEqual([]);
  });

  it('still reports a reversed range of amounts', () => {
    const found = lint('The dose was reduced to 8-4 mg in error.').files[0]!.diagnostics.filter((d) => d.ruleId === 'range-order');
    expect(found.map((d) => d.text)).toEqual(['8-4 mg']);
  });
});
