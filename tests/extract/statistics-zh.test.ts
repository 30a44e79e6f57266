import { describe, expect, it } from 'vitest';
import { analyze, lintPair } from '../../src/lint.js';
import { showExtraction } from '../helpers/claims.js';

/** Every test statistic of a text: measure, «claim text», value, df, tails, → «its p-value». */
function shownStatistics(text: string): string {
  const out: string[] = [];
  for (const p of analyze(text).passages) {
    const byId = new Map((p.stats ?? []).map((s) => [s.id, s]));
    for (const c of p.stats ?? []) {
      if (c.kind !== 'statistic') continue;
      const df = c.df?.length ? ` df${c.df.join(',')}` : '';
      const p = c.pvalue ? ` → «${byId.get(c.pvalue)!.text}»` : '';
      out.push(`${c.measure} «${c.text}» ${c.value}${df}${c.tails === 1 ? ' one-tailed' : ''}${p}`);
    }
  }
  return out.join(' | ') || '(none)';
}

/** Statistics without df as Chinese journals write them, and the same forms in English. */
const ROWS: [string, string][] = [
  ['差异有统计学意义（χ²=3.912，P=0.048）。', 'chi2 «3.912» 3.912 → «P=0.048»'],
  ['差异有统计学意义（χ2=3.912, P=0.048）。', 'chi2 «3.912» 3.912 → «P=0.048»'],
  ['差异有统计学意义（χ²＝3.912，P＜0.05）。', 'chi2 «3.912» 3.912 → «P＜0.05»'],
  ['差异有统计学意义（χ 2 = 3.91，P = 0.048）。', 'chi2 «3.91» 3.91 → «P = 0.048»'],
  ['差异有统计学意义（χ^2=3.91，P<0.05）。', 'chi2 «3.91» 3.91 → «P<0.05»'],
  ['差异有统计学意义（X2=3.91，P<0.05）。', 'chi2 «3.91» 3.91 → «P<0.05»'],
  ['差异有统计学意义（χ2值为3.912，P值为0.048）。', 'chi2 «3.912» 3.912 → «P值为0.048»'],
  ['差异有统计学意义（卡方值=3.912，P值=0.048）。', 'chi2 «3.912» 3.912 → «P值=0.048»'],
  ['差异无统计学意义（χ²=0.52，P＞0.05）。', 'chi2 «0.52» 0.52 → «P＞0.05»'],
  ['两组比较，差异均有统计学意义（χ²值分别为4.97、5.23，P值均<0.05）。', 'chi2 «4.97» 4.97 → «P值均<0.05» | chi2 «5.23» 5.23 → «P值均<0.05»'],
  ['两组比较（χ²值分别为4.97和5.23，P值分别为0.026和P=0.022）。', 'chi2 «4.97» 4.97 → «P值分别为0.026» | chi2 «5.23» 5.23 → «P=0.022»'],
  ['观察组评分高于对照组（t=3.68，P<0.001）。', 't «3.68» 3.68 → «P<0.001»'],
  ['观察组评分高于对照组（t＝3.68，P＜0.001）。', 't «3.68» 3.68 → «P＜0.001»'],
  ['观察组评分低于对照组（t=-2.35，P=0.021）。', 't «-2.35» -2.35 → «P=0.021»'],
  ['观察组评分低于对照组（t=−2.35，P=0.021）。', 't «−2.35» -2.35 → «P=0.021»'],
  ['观察组评分高于对照组（t值为3.68，P值<0.001）。', 't «3.68» 3.68 → «P值<0.001»'],
  ['两组比较（t\'=2.35，P=0.021）。', 't «2.35» 2.35 → «P=0.021»'],
  ['两组住院时间和费用比较（t值分别为2.10、3.52，P值分别为0.039、0.001）。', 't «2.10» 2.1 → «P值分别为0.039» | t «3.52» 3.52 → «0.001»'],
  ['两组比较（t值分别为2.10、3.52，P=0.039）。', 't «2.10» 2.1 | t «3.52» 3.52'],
  ['两组比较（t值分别为2.10、3.52，P＜0.05）。', 't «2.10» 2.1 → «P＜0.05» | t «3.52» 3.52 → «P＜0.05»'],
  ['三组比较差异有统计学意义（F=5.21，P=0.006）。', 'F «5.21» 5.21 → «P=0.006»'],
  ['三组比较差异有统计学意义（F值为5.21，P值为0.006）。', 'F «5.21» 5.21 → «P值为0.006»'],
  ['采用秩和检验，两组比较差异有统计学意义（Z=-2.58，P=0.010）。', 'z «Z=-2.58» -2.58 → «P=0.010»'],
  ['采用秩和检验，两组比较差异有统计学意义（Z值为2.58，P值为0.010）。', 'z «2.58» 2.58 → «P值为0.010»'],
  ['三组比较差异有统计学意义（H=7.82，P=0.020）。', 'H «7.82» 7.82 → «P=0.020»'],
  ['三组比较差异有统计学意义（Hc=7.82，P=0.020）。', 'H «7.82» 7.82 → «P=0.020»'],
  ['两组比较差异有统计学意义（U=345，P=0.02）。', 'U «345» 345 → «P=0.02»'],
  ['两组比较差异有统计学意义（t=2.35，P=0.021；χ²=4.12，P=0.042）。', 't «2.35» 2.35 → «P=0.021» | chi2 «4.12» 4.12 → «P=0.042»'],
  ['单侧检验显示观察组评分较高（t=2.10，P=0.019）。', 't «2.10» 2.1 one-tailed → «P=0.019»'],
  ['两组比较，差异均无统计学意义（P值均>0.05）。', '(none)'],
  ['两组比较差异有统计学意义（t(28)=2.20，P=0.036）。', 't «t(28)=2.20» 2.2 df28 → «P=0.036»'],
  ['两组比较差异有统计学意义（χ2(1, N = 90)=4.2，P=0.04）。', 'chi2 «χ2(1, N = 90)=4.2» 4.2 df1 → «P=0.04»'],
  // A test glued to the Chinese word before it, and the space that groups thousands in Chinese journals.
  ['结果χ²(3)=9.81，P=0.020。', 'chi2 «χ²(3)=9.81» 9.81 df3 → «P=0.020»'],
  ['结果t(45)=-2.31，P=0.026。', 't «t(45)=-2.31» -2.31 df45 → «P=0.026»'],
  ['高耗竭型中比例偏高，χ²（4，N＝1 024）＝15.27，P＝0.004。', 'chi2 «χ²（4，N＝1 024）＝15.27» 15.27 df4 → «P＝0.004»'],
  ['Bartlett球形检验χ²(190)=4 512.36，P＜0.001。', 'chi2 «χ²(190)=4 512.36» 4512.36 df190 → «P＜0.001»'],
  ['观察组HR=0.51，P=0.001。', '(none)'],
  ['随访至T=12个月。', '(none)'],
  ['The groups differed (chi-square = 3.912, P = 0.048).', 'chi2 «3.912» 3.912 → «P = 0.048»'],
  ['The groups differed (chi2 = 3.91, P = .048).', 'chi2 «3.91» 3.91 → «P = .048»'],
  ['The response rates differed between the two arms (χ2 = 3.91, p < 0.05).', 'chi2 «3.91» 3.91 → «p < 0.05»'],
  ['Scores were higher with drug (t = 3.68, P < 0.001).', 't «3.68» 3.68 → «P < 0.001»'],
  ['Scores differed across the three arms (F = 5.21, P = 0.006).', 'F «5.21» 5.21 → «P = 0.006»'],
  ['The rank-sum test showed a difference (z = -2.58, P = 0.010).', 'z «z = -2.58» -2.58 → «P = 0.010»'],
  ['Scores were higher with drug (t(88) = 3.68, P < 0.001).', 't «t(88) = 3.68» 3.68 df88 → «P < 0.001»'],
  ['Samples were drawn at t = 3 h and t = 6 h after dosing.', '(none)'],
  ['The F = 5 setting was used throughout.', '(none)'],
  ['两组比较差异有统计学意义（χ²=6.32，ν=1，P<0.05）。', 'chi2 «6.32» 6.32 df1 → «P<0.05»'],
  ['两组比较（t=2.10，ν=88，P=0.039）。', 't «2.10» 2.1 df88 → «P=0.039»'],
];

describe('df-less statistics and their p-values', () => {
  it.each(ROWS)('%s', (text, expected) => expect(shownStatistics(text)).toBe(expected));
  it('every statistic and p-value points at its exact characters', () => {
    for (const [text] of ROWS) {
      for (const p of analyze(text).passages) for (const c of p.stats ?? []) expect(text.slice(c.offset, c.offset + c.length)).toBe(c.text);
    }
  });
});

describe('a statistic is an aligned claim', () => {
  it.each([
    ['差异有统计学意义（χ²=3.912，P=0.048）。', 'zh', 'number «3.912» 3.912 [statistic] d3 | pvalue «P=0.048» 0.048 = d3'],
    ['差异有统计学意义（χ^2=3.97，P<0.05）。', 'zh', 'number «3.97» 3.97 [statistic] d2 | pvalue «P<0.05» 0.05 < d2'],
    ['两组比较（t值分别为2.10、3.52，P值均<0.05）。', 'zh', 'number «两组» 2 [group] | number «2.10» 2.1 [statistic] d2 | number «3.52» 3.52 [statistic] d2 | pvalue «P值均<0.05» 0.05 < d2'],
    ['Scores were higher with drug (t(88) = 3.68, P < 0.001).', 'en', 'number «3.68» 3.68 [statistic] d2 | pvalue «P < 0.001» 0.001 < d3'],
    ['Response was associated with sex (χ2(1, N = 90) = 4.2, P = 0.04).', 'en', 'number «90» 90 | number «4.2» 4.2 [statistic] d1 | pvalue «P = 0.04» 0.04 = d2 ⚓ χ2'],
    ['高耗竭型中比例偏高，χ²（4，N＝1 024）＝15.27，P＝0.004。', 'zh', 'number «1 024» 1024 | number «15.27» 15.27 [statistic] d2 | pvalue «P＝0.004» 0.004 = d3'],
  ] as const)('%s', (text, lang, expected) => expect(showExtraction(text, lang)).toBe(expected));
});

/** English, Chinese, and every finding on the pair. */
const PAIRS: [string, string, string[]][] = [
  ['The response rates differed between the two arms (chi-square = 3.912, P = 0.048).', '两组有效率差异有统计学意义（χ2 = 3.921，P = 0.048）。', [
    'pair-number-mismatch error zh «3.921» Chinese 3.921 disagrees with English 3.912; nothing else in the abstract says which one is right.',
  ]],
  ['The response rate was 25.0% (38/152) with drug and 35.8% (48/134) with placebo (chi-square = 3.97, P = 0.046).', '观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ²=3.79，P=0.046）。', [
    'pair-number-mismatch error zh «3.79» Chinese 3.79 disagrees with English 3.97: both versions state the statistic-recompute constraint; the English holds (χ² for 38/152 vs 48/134 is 3.97 (3.47 with continuity correction); reported 3.97) and the Chinese does not (χ² for 38/152 vs 48/134 is 3.97 (3.47 with continuity correction); reported 3.79), so the Chinese is likely wrong.',
    'statistic-recompute warning zh «3.79» χ² for 38/152 vs 48/134 is 3.97 (3.47 with continuity correction); the text says 3.79.',
    'statistic-recompute warning zh «P=0.046» χ² = 3.79 with any df (the df is not stated) gives P between 0.0514 and 1.0000, which P=0.046 cannot be.',
  ]],
  ['Scores were higher with drug than with placebo (t(88) = 3.68, P < 0.001).', '观察组评分高于对照组（t=3.68，P<0.001）。', []],
  ['Scores were higher with drug than with placebo (t = 3.68, P < 0.001).', '观察组评分高于对照组（t=3.86，P<0.001）。', [
    'pair-number-mismatch error zh «3.86» Chinese 3.86 disagrees with English 3.68; nothing else in the abstract says which one is right.',
  ]],
  ['Scores differed across the three arms (F = 5.21, P = 0.006).', '三组评分差异有统计学意义（F值为5.21，P值为0.006）。', []],
  ['Pain scores differed between the two groups (z = 2.45, P = 0.014).', '两组疼痛评分差异有统计学意义（Z值为2.54，P=0.014）。', [
    'pair-number-mismatch error zh «2.54» Chinese 2.54 disagrees with English 2.45: both versions state the statistic-pvalue constraint; the English holds (z = 2.45 gives P in [0.0141, 0.0145], two-tailed; reported P = 0.014) and the Chinese does not (2.54 gives P in [0.0109, 0.0112], two-tailed; reported P=0.014), so the Chinese is likely wrong.',
    'statistic-pvalue error zh «P=0.014» z = 2.54 gives P between 0.0109 and 0.0112, two-tailed, which P=0.014 cannot be.',
  ]],
  // A statistic named differently is no disagreement of values, but a χ² of 2.45 cannot give P=0.016 at any df.
  ['Pain scores differed between the two groups (t = 2.45, P = 0.016).', '两组疼痛评分差异有统计学意义（χ²=2.45，P=0.016）。', [
    'statistic-recompute warning zh «P=0.016» χ² = 2.45 with any df (the df is not stated) gives P between 0.1172 and 1.0000, which P=0.016 cannot be.',
  ]],
  // A whole abstract: consistent, then with the Chinese χ² and t changed (the t is still within the means' precision).
  [
    'Objective: To evaluate drug X in knee osteoarthritis. Methods: Ninety patients were randomized to drug X (n = 45) or placebo (n = 45). Results: After 12 weeks, the response rate was 93.3% (42/45) with drug X and 80.0% (36/45) with placebo (chi-square = 3.46, P = 0.063). The VAS score was 2.1 ± 0.8 with drug X and 3.0 ± 1.1 with placebo (t = 4.44, P < 0.001). Conclusion: Drug X relieves pain.',
    '目的：评价X药治疗膝骨关节炎的疗效。方法：将90例患者随机分为观察组（n=45）和对照组（n=45）。结果：治疗12周后，观察组有效率为93.3%（42/45），对照组为80.0%（36/45），差异无统计学意义（χ²=3.46，P=0.063）。观察组VAS评分为（2.1±0.8）分，低于对照组的（3.0±1.1）分，差异有统计学意义（t=4.44，P<0.001）。结论：X药可缓解疼痛。',
    [],
  ],
  [
    'Objective: To evaluate drug X in knee osteoarthritis. Methods: Ninety patients were randomized to drug X (n = 45) or placebo (n = 45). Results: After 12 weeks, the response rate was 93.3% (42/45) with drug X and 80.0% (36/45) with placebo (chi-square = 3.46, P = 0.063). The VAS score was 2.1 ± 0.8 with drug X and 3.0 ± 1.1 with placebo (t = 4.44, P < 0.001). Conclusion: Drug X relieves pain.',
    '目的：评价X药治疗膝骨关节炎的疗效。方法：将90例患者随机分为观察组（n=45）和对照组（n=45）。结果：治疗12周后，观察组有效率为93.3%（42/45），对照组为80.0%（36/45），差异无统计学意义（χ²=3.64，P=0.063）。观察组VAS评分为（2.1±0.8）分，低于对照组的（3.0±1.1）分，差异有统计学意义（t=4.14，P<0.001）。结论：X药可缓解疼痛。',
    [
      'pair-number-mismatch error zh «3.64» Chinese 3.64 disagrees with English 3.46: both versions state the statistic-recompute constraint; the English holds (χ² for 42/45 vs 36/45 is 3.46 (2.40 with continuity correction); reported 3.46) and the Chinese does not (χ² for 42/45 vs 36/45 is 3.46 (2.40 with continuity correction); reported 3.64), so the Chinese is likely wrong.',
      'statistic-recompute warning zh «3.64» χ² for 42/45 vs 36/45 is 3.46 (2.40 with continuity correction); the text says 3.64.',
      'pair-number-mismatch error zh «4.14» Chinese 4.14 disagrees with English 4.44; nothing else in the abstract says which one is right.',
    ],
  ],
];

describe('statistics compared across the two versions', () => {
  it.each(PAIRS)('%s', (en, zh, expected) => {
    expect(lintPair(en, zh).diagnostics.map((d) => `${d.ruleId} ${d.severity} ${d.lang} «${d.text}» ${d.message}`)).toEqual(expected);
  });
});
