import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/constraints/checks/statistic-recompute.js';
import { extractPassage } from '../../src/extract/index.js';
import { extractStatisticsZh } from '../../src/extract/statistics-zh.js';
import { splitSentences } from '../../src/segment/sentences.js';
import type { Passage } from '../../src/types.js';
import { analyze } from '../../src/lint.js';
import { rulesById } from '../../rules/index.js';
import { growth } from '../helpers/growth.js';
import { evaluations, lintCase, ruleCases, type Expected } from '../helpers/rule-cases.js';

/**
 * Statistics as Chinese journals report them, with no df: each row is a text, how many
 * statistic-recompute constraints it checked and found to hold, and every finding of
 * the statistics rules (statistic-recompute and statistic-pvalue), exactly. A silent
 * row with a non-zero count was checked and found consistent; with zero, the abstract
 * does not determine the test and the rule stays out of it.
 */
const TABLE: [string, number, string[]][] = [
  // χ² of two proportions (x/n, or counts with percentages in two stated groups): recomputed from the 2×2 table (Pearson or Yates), p checked at the inferred df = 1
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ²=3.966，P=0.046）。', 2, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异无统计学意义（χ²=3.468，P=0.063）。', 2, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ²=3.912，P=0.048）。', 0, [
    'statistic-recompute warning «3.912» χ² for 38/152 vs 48/134 is 3.966 (3.468 with continuity correction); the text says 3.912.',
  ]],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ²＝3.966，P＝0.046）。', 2, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ2值为3.97，P值为0.046）。', 2, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ2值为4.97，P值为0.026）。', 0, [
    'statistic-recompute warning «4.97» χ² for 38/152 vs 48/134 is 3.97 (3.47 with continuity correction); the text says 4.97.',
  ]],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（卡方=3.97，P＜0.05）。', 2, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（X2=3.97，P<0.05）。', 2, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ^2=3.97，P<0.05）。', 2, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ²=3.97，P=0.46）。', 1, [
    'statistic-recompute warning «P=0.46» χ² = 3.97 with df = 1 (inferred: two proportions compared, 38/152 vs 48/134) gives P between 0.0462 and 0.0465, which P=0.46 cannot be.',
  ]],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异无统计学意义（χ²=3.97，P>0.05）。', 1, [
    'statistic-recompute warning «P>0.05» χ² = 3.97 with df = 1 (inferred: two proportions compared, 38/152 vs 48/134) gives P between 0.0462 and 0.0465, which P>0.05 cannot be.',
  ]],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ²=3.47，P<0.05）。', 1, [
    'statistic-recompute warning «P<0.05» χ² = 3.47 with df = 1 (inferred: two proportions compared, 38/152 vs 48/134) gives P between 0.0623 and 0.0627, which P<0.05 cannot be.',
  ]],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134）。两组比较，差异有统计学意义（χ²=3.966，P=0.046）。', 2, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134）。两组比较，差异有统计学意义（χ²=4.966，P=0.026）。', 0, [
    'statistic-recompute warning «4.966» χ² for 38/152 vs 48/134 is 3.966 (3.468 with continuity correction); the text says 4.966.',
  ]],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134）。在随访的12个月内两组比较差异有统计学意义（χ²=4.966，P=0.026）。', 0, []],
  ['观察组有效率、显效率分别为25.0%（38/152）、10.5%（16/152），对照组为35.8%（48/134），差异有统计学意义（χ²=4.966，P=0.026）。', 0, []],
  ['观察组和对照组的有效率分别为25.0%（38/152）和35.8%（48/134），不良反应率分别为5.3%（8/152）和6.0%（8/134），差异均有统计学意义（χ²值分别为4.97、5.23，P值均<0.05）。', 0, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ2(1)=3.97，P=0.046）。', 1, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ2(1)=4.97，P=0.026）。', 0, [
    'statistic-recompute warning «χ2(1)=4.97» χ² for 38/152 vs 48/134 is 3.97 (3.47 with continuity correction); the text says 4.97.',
  ]],
  ['两组总有效率分别为93.3%和80.0%，差异有统计学意义（χ²=4.32，P=0.038）。', 0, []],
  ['观察组复发率为15.0%（3/20），对照组为42.9%（9/21），差异有统计学意义（χ²=3.84，P=0.050）。', 2, []],
  ['观察组复发率为15.0%（3/20），对照组为42.9%（9/21），差异无统计学意义（χ²=2.61，P=0.106）。', 2, []],
  ['观察组复发率为15.0%（3/20），对照组为42.9%（9/21），差异无统计学意义（χ²=2.04，P=0.153）。', 0, [
    'statistic-recompute warning «2.04» χ² for 3/20 vs 9/21 is 3.84 (2.61 with continuity correction); the text says 2.04.',
  ]],
  ['观察组复发率为15.0%（3/20），对照组为42.9%（9/21），差异有统计学意义（χ²=3.84，P=0.005）。', 1, [
    'statistic-recompute warning «P=0.005» χ² = 3.84 with df = 1 (inferred: two proportions compared, 3/20 vs 9/21) gives P between 0.0499 and 0.0502, which P=0.005 cannot be.',
  ]],
  ['观察组感染率为0.0%（0/30），对照组为16.7%（5/30），差异有统计学意义（χ²=5.455，P=0.020）。', 2, []],
  ['观察组感染率为0.0%（0/30），对照组为16.7%（5/30），差异有统计学意义（χ²=5.46，P=0.019）。', 2, []],
  ['观察组感染率为0.0%（0/30），对照组为16.7%（5/30），差异有统计学意义（χ²=5.47，P=0.019）。', 0, [
    'statistic-recompute warning «5.47» χ² for 0/30 vs 5/30 is 5.45 (3.49 with continuity correction); the text says 5.47.',
  ]],
  ['观察组感染率为0.0%（0/30），对照组为16.7%（5/30），差异无统计学意义（χ²=3.49，P=0.062）。', 2, []],
  ['观察组感染率为0.0%（0/30），对照组为16.7%（5/30），差异有统计学意义（χ²=6.46，P=0.011）。', 0, [
    'statistic-recompute warning «6.46» χ² for 0/30 vs 5/30 is 5.45 (3.49 with continuity correction); the text says 6.46.',
  ]],
  ['观察组治愈率为100.0%（30/30），对照组为83.3%（25/30），差异有统计学意义（χ²=5.455，P=0.020）。', 2, []],
  ['观察组治愈率为100.0%（30/30），对照组为83.3%（25/30），差异有统计学意义（χ2＝5.455，P＜0.05）。', 2, []],
  ['观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（卡方值为3.97，P值为0.46）。', 1, [
    'statistic-recompute warning «P值为0.46» χ² = 3.97 with df = 1 (inferred: two proportions compared, 38/152 vs 48/134) gives P between 0.0462 and 0.0465, which P值为0.46 cannot be.',
  ]],
  ['观察组显效25例，有效17例，总有效率为93.3%（42/45），对照组为80.0%（36/45），差异有统计学意义（χ²=4.05，P=0.044）。', 0, []],
  ['观察组总有效率为93.3%（42/45），对照组为80.0%（36/45），差异无统计学意义（χ²=3.46，P=0.063）。', 2, []],
  ['观察组总有效率为93.3%（42/45），对照组为80.0%（36/45），差异有统计学意义（χ²=4.05，P=0.044）。', 0, [
    'statistic-recompute warning «4.05» χ² for 42/45 vs 36/45 is 3.46 (2.40 with continuity correction); the text says 4.05.',
  ]],
  ['治疗前阳性率为38.2%（21/55），治疗后为12.7%（7/55），差异有统计学意义（χ²=8.07，P=0.005）。', 0, []],
  ['将286例患者分为观察组（n=152）和对照组（n=134）。观察组发生不良反应38例（25.0%），对照组48例（35.8%），差异有统计学意义（χ²=3.966，P=0.046）。', 2, []],
  ['将286例患者分为观察组（n=152）和对照组（n=134）。观察组发生不良反应38例（25.0%），对照组48例（35.8%），差异有统计学意义（χ²=3.912，P=0.048）。', 0, [
    'statistic-recompute warning «3.912» χ² for 38/152 vs 48/134 (38例 of the group of 152, 48例 of the group of 134) is 3.966 (3.468 with continuity correction); the text says 3.912.',
  ]],
  ['将286例患者分为观察组（n=152）和对照组（n=134）。观察组发生不良反应48例（35.8%），对照组38例（25.0%），差异有统计学意义（χ²=3.47，P=0.063）。', 2, []],
  ['将286例患者分为观察组（n=152）和对照组（n=134）。观察组发生不良反应38例（25.0%），对照组48例（35.8%），差异有统计学意义（χ²=3.97，P=0.46）。', 1, [
    'statistic-recompute warning «P=0.46» χ² = 3.97 with df = 1 (inferred: two proportions compared, 38/152 vs 48/134) gives P between 0.0462 and 0.0465, which P=0.46 cannot be.',
  ]],
  ['将90例患者分为观察组和对照组，各45例。观察组总有效42例（93.3%），对照组36例（80.0%），差异有统计学意义（χ²=4.05，P=0.044）。', 0, [
    'statistic-recompute warning «4.05» χ² for 42/45 vs 36/45 (42例 of the group of 45, 36例 of the group of 45) is 3.46 (2.40 with continuity correction); the text says 4.05.',
  ]],
  ['将90例患者分为观察组和对照组，各45例。观察组总有效42例（93.3%），对照组36例（80.0%），差异无统计学意义（χ²=2.40，P=0.121）。', 2, []],
  ['将90例患者分为观察组和对照组，各45例。观察组总有效42例（92.3%），对照组36例（80.0%），差异有统计学意义（χ²=4.05，P=0.044）。', 0, []],
  ['将90例患者分为观察组和对照组，各45例。观察组显效25例（55.6%），有效17例（37.8%），对照组36例（80.0%），差异有统计学意义（χ²=4.05，P=0.044）。', 0, []],
  // t of two groups: recomputed from mean ± SD and sizes (pooled or Welch), p checked at the inferred df
  ['将90例患者随机分为观察组和对照组，各45例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分，差异有统计学意义（t=3.61，P<0.001）。', 2, []],
  ['将90例患者随机分为观察组和对照组，各45例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分，差异有统计学意义（t=4.61，P<0.001）。', 0, [
    'statistic-recompute warning «4.61» t for 85.3±6.2 (n = 45) vs 80.1±7.4 (n = 45) is 3.61 pooled (3.61 Welch); the text says 4.61.',
  ]],
  ['将90例患者随机分为观察组和对照组，各45例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分，差异有统计学意义（t值为3.61，P值<0.001）。', 2, []],
  ['将90例患者随机分为观察组和对照组，各45例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分，差异有统计学意义（t＝3.6，P＜0.001）。', 2, []],
  ['将90例患者随机分为观察组和对照组，各45例。治疗后观察组评分（85.3±6.2）分，对照组（80.1±7.4）分。两组比较差异有统计学意义（t=3.61，P<0.001）。', 2, []],
  ['将90例患者随机分为观察组和对照组，各45例。治疗后观察组评分（85.3±6.2）分，对照组（80.1±7.4）分。两组比较差异有统计学意义（t=5.61，P<0.001）。', 0, [
    'statistic-recompute warning «5.61» t for 85.3±6.2 (n = 45) vs 80.1±7.4 (n = 45) is 3.61 pooled (3.61 Welch); the text says 5.61.',
  ]],
  ['将80例患者分为观察组20例和对照组60例。观察组评分（50.0±10.0）分，对照组（45.0±3.0）分，差异有统计学意义（t=2.20，P=0.034）。', 2, []],
  ['将80例患者分为观察组20例和对照组60例。观察组评分（50.0±10.0）分，对照组（45.0±3.0）分，差异有统计学意义（t=3.47，P=0.001）。', 2, []],
  ['将80例患者分为观察组20例和对照组60例。观察组评分（50.0±10.0）分，对照组（45.0±3.0）分，差异有统计学意义（t=2.80，P=0.007）。', 0, [
    'statistic-recompute warning «2.80» t for 50.0±10.0 (n = 20) vs 45.0±3.0 (n = 60) is 3.47 pooled (2.20 Welch); the text says 2.80 (either group order).',
  ]],
  ['将80例患者分为观察组20例和对照组60例。观察组评分（50.0±10.0）分，对照组（45.0±3.0）分，差异有统计学意义（t=2.20，P=0.30）。', 1, [
    'statistic-recompute warning «P=0.30» t = 2.20 with df = 20 + 60 − 2 = 78 (inferred from the two groups of 20 and 60; Welch\'s df would lie between 19 and 78) gives P between 0.0304 and 0.0408, two-tailed, which P=0.30 cannot be.',
  ]],
  ['将80例患者分为观察组20例和对照组60例。观察组评分（50.0±10.0）分，对照组（45.0±3.0）分，差异有统计学意义（t=3.47，P<0.001）。', 2, []],
  ['将92例患者随机分为观察组（n=45）和对照组（n=47）。观察组评分（85.3±6.2）分，对照组（80.1±7.4）分，数据以均数±标准误表示（t=8.61，P<0.001）。', 1, []],
  ['观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分，差异有统计学意义（t=4.61，P<0.001）。', 0, []],
  ['将90例患者随机分为观察组和对照组，各45例。观察组评分（85.3±6.2）分，对照组（80.1±7.4）分，安慰剂组（79.0±7.1）分（t=4.61，P<0.001）。', 1, []],
  ['将90例患者随机分为观察组和对照组，各45例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分，差异有统计学意义（t＝4.61，P＜0.001）。', 0, [
    'statistic-recompute warning «4.61» t for 85.3±6.2 (n = 45) vs 80.1±7.4 (n = 45) is 3.61 pooled (3.61 Welch); the text says 4.61.',
  ]],
  ['将90例患者随机分为观察组和对照组，每组45例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分，差异有统计学意义（t值为3.61，P值为0.0005）。', 2, []],
  ['将90例患者随机分为观察组和对照组，每组45例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分，差异有统计学意义（t值为3.61，P值为0.05）。', 1, [
    'statistic-recompute warning «P值为0.05» t = 3.61 with df = 45 + 45 − 2 = 88 (inferred from the two groups of 45 and 45; Welch\'s df would lie between 44 and 88) gives P between 0.0005 and 0.0008, two-tailed, which P值为0.05 cannot be.',
  ]],
  ['将90例患者随机分为观察组和对照组，各45例。治疗后观察组VAS评分（2.1±0.8）分，低于治疗前（6.5±1.2）分（t=12.35，P<0.001）。', 0, []],
  ['将90例患者随机分为观察组和对照组，各45例，观察组脱落3例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分（t=3.75，P<0.001）。', 0, []],
  ['将90例患者随机分为观察组和对照组，各45例。治疗后观察组评分（85.3±6.2）分，高于对照组（80.1±7.4）分，差异有统计学意义（t=4.61，ν=88，P<0.001）。', 0, [
    'statistic-recompute warning «4.61» t for 85.3±6.2 (n = 45) vs 80.1±7.4 (n = 45) is 3.61 pooled (3.61 Welch); the text says 4.61.',
  ]],
  // t without df: df inferred from the two group sizes, p checked
  ['将92例患者随机分为观察组（n=45）和对照组（n=47）。观察组住院时间明显短于对照组（t=2.10，P=0.039）。', 1, []],
  ['将92例患者随机分为观察组（n=45）和对照组（n=47）。观察组住院时间明显短于对照组（t=2.10，P<0.001）。', 0, [
    'statistic-recompute warning «P<0.001» t = 2.10 with df = 45 + 47 − 2 = 90 (inferred from the two groups of 45 and 47; Welch\'s df would lie between 44 and 90) gives P between 0.0381 and 0.0420, two-tailed, which P<0.001 cannot be.',
  ]],
  ['将92例患者随机分为观察组（n=45）和对照组（n=47）。观察组住院时间明显短于对照组（t=2.10，P>0.05）。', 0, [
    'statistic-recompute warning «P>0.05» t = 2.10 with df = 45 + 47 − 2 = 90 (inferred from the two groups of 45 and 47; Welch\'s df would lie between 44 and 90) gives P between 0.0381 and 0.0420, two-tailed, which P>0.05 cannot be.',
  ]],
  ['将92例患者随机分为观察组（n=45）和对照组（n=47）。观察组住院时间明显短于对照组（t=-2.10，P=0.039）。', 1, []],
  ['将92例患者随机分为观察组（n=45）和对照组（n=47）。单侧检验显示观察组住院时间短于对照组（t=2.10，P=0.019）。', 1, []],
  ['将92例患者随机分为观察组（n=45）和对照组（n=47）。两组住院时间和费用差异均有统计学意义（t值分别为2.10、3.52，P值均<0.05）。', 2, []],
  ['将92例患者随机分为观察组（n=45）和对照组（n=47）。两组住院时间和费用比较（t值分别为2.10、1.20，P值均<0.05）。', 1, [
    'statistic-recompute warning «P值均<0.05» t = 1.20 with df = 45 + 47 − 2 = 90 (inferred from the two groups of 45 and 47; Welch\'s df would lie between 44 and 90) gives P between 0.2314 and 0.2385, two-tailed, which P值均<0.05 cannot be.',
  ]],
  ['将92例患者随机分为观察组（n=45）和对照组（n=47）。观察组治疗前后评分差异无统计学意义（t=2.10，P=0.20）。', 0, []],
  // A mean ± SD that changed from one value to another is one group measured twice: a paired test.
  ['将128名教师随机分为干预组（n=64）和对照组（n=64）。干预后，干预组得分由28.7±6.4降至21.3±5.9（t=6.12，P<0.001）。', 0, []],
  ['Teachers were randomized to intervention (n=64) or control (n=64). Scores decreased from 28.7±6.4 to 21.3±5.9 in the intervention group (t=6.12, P<0.001).', 0, []],
  ['将135例患者分为A组（n=45）、B组（n=45）和C组（n=45）。A组评分高于B组（t=2.10，P=0.20）。', 0, []],
  // Z, rank tests, F, ν and P值均: read; z and statistics with ν checked by statistic-pvalue, the others only compared across versions
  ['两组患者的疼痛评分比较，差异有统计学意义（Z值为2.45，P=0.014）。', 0, []],
  ['两组患者的疼痛评分比较，差异有统计学意义（Z=2.45，P=0.14）。', 0, [
    'statistic-pvalue error «P=0.14» z = 2.45 gives P between 0.0141 and 0.0145, two-tailed, which P=0.14 cannot be; the reported p also flips the decision at 0.05 (the statistic is significant).',
  ]],
  ['采用秩和检验，两组比较差异有统计学意义（Z=-2.58，P=0.010）。', 0, []],
  ['采用秩和检验，两组比较差异无统计学意义（Z值=-1.20，P值为0.23）。', 0, []],
  ['采用秩和检验，两组比较差异有统计学意义（Z值为1.20，P值<0.05）。', 0, [
    'statistic-pvalue error «P值<0.05» z = 1.20 gives P between 0.2282 and 0.2321, two-tailed, which P值<0.05 cannot be; the reported p also flips the decision at 0.05 (the statistic is not significant).',
  ]],
  ['三组比较差异有统计学意义（H=7.82，P=0.020）。', 0, []],
  ['两组比较差异有统计学意义（U=345，P=0.02）。', 0, []],
  ['三组比较差异有统计学意义（F=5.21，P=0.006）。', 0, []],
  ['三组比较差异有统计学意义（F值为5.21，P值为0.006）。', 0, []],
  ['两组比较，差异均无统计学意义（P值均>0.05）。', 0, []],
  ['两组比较差异有统计学意义（χ²=6.32，ν=1，P>0.05）。', 0, [
    'statistic-pvalue error «P>0.05» χ² = 6.32 with 1 df gives P between 0.0119 and 0.0120, which P>0.05 cannot be; the reported p also flips the decision at 0.05 (the statistic is significant).',
  ]],
  ['两组比较差异有统计学意义（u=2.35，P=0.019）。', 0, []],
  ['两组比较差异有统计学意义（u=2.35，P=0.19）。', 0, [
    'statistic-pvalue error «P=0.19» z = 2.35 gives P between 0.0185 and 0.0190, two-tailed, which P=0.19 cannot be; the reported p also flips the decision at 0.05 (the statistic is significant).',
  ]],
  // The same df-less forms in English
  ['The response rate was 25.0% (38/152) with drug and 35.8% (48/134) with placebo (chi-square = 3.97, P = 0.046).', 2, []],
  ['The response rate was 25.0% (38/152) with drug and 35.8% (48/134) with placebo (chi-square = 4.97, P = 0.026).', 0, [
    'statistic-recompute warning «4.97» χ² for 38/152 vs 48/134 is 3.97 (3.47 with continuity correction); the text says 4.97.',
  ]],
  ['The response rate was 25.0% (38/152) with drug and 35.8% (48/134) with placebo (chi-square = 3.97, P = 0.46).', 1, [
    'statistic-recompute warning «P = 0.46» χ² = 3.97 with df = 1 (inferred: two proportions compared, 38/152 vs 48/134) gives P between 0.0462 and 0.0465, which P = 0.46 cannot be.',
  ]],
  ['Patients were randomized to drug (n = 45) or placebo (n = 47). Stay was shorter with drug (t = 2.10, P = 0.039).', 1, []],
  ['Patients were randomized to drug (n = 45) or placebo (n = 47). Stay was shorter with drug (t = 2.10, P < 0.001).', 0, [
    'statistic-recompute warning «P < 0.001» t = 2.10 with df = 45 + 47 − 2 = 90 (inferred from the two groups of 45 and 47; Welch\'s df would lie between 44 and 90) gives P between 0.0381 and 0.0420, two-tailed, which P < 0.001 cannot be.',
  ]],
  ['Ninety patients (n = 45 per group) were randomized. Scores were 85.3 ± 6.2 with drug and 80.1 ± 7.4 with placebo (t = 3.61, P < 0.001).', 2, []],
  ['Ninety patients (n = 45 per group) were randomized. Scores were 85.3 ± 6.2 with drug and 80.1 ± 7.4 with placebo (t = 4.61, P < 0.001).', 0, [
    'statistic-recompute warning «4.61» t for 85.3 ± 6.2 (n = 45) vs 80.1 ± 7.4 (n = 45) is 3.61 pooled (3.61 Welch); the text says 4.61.',
  ]],
  ['Samples were drawn at t = 3 h and t = 6 h after dosing in 45 patients.', 0, []],
  ['Patients were randomized to drug (n = 45) or placebo (n = 47). Pain fell from 6.5 ± 1.2 at baseline to 2.1 ± 0.8 after treatment with drug (t = 12.35, P < 0.001).', 0, []],
  ['Patients were randomized to drug (n = 152) or placebo (n = 134). Adverse events occurred in 38 (25.0%) and 48 (35.8%) patients (chi-square = 3.97, P = 0.046).', 2, []],
  ['Patients were randomized to drug (n = 152) or placebo (n = 134). Adverse events occurred in 38 (25.0%) and 48 (35.8%) patients (chi-square = 4.97, P = 0.026).', 0, [
    'statistic-recompute warning «4.97» χ² for 38/152 vs 48/134 (38 of the group of 152, 48 of the group of 134) is 3.97 (3.47 with continuity correction); the text says 4.97.',
  ]],
  ['Patients were randomized to drug (n = 152) or placebo (n = 134). Adverse events occurred in 38 patients (25.0%) and 48 patients (35.8%) (chi-square = 4.97, P = 0.026).', 0, [
    'statistic-recompute warning «4.97» χ² for 38/152 vs 48/134 (38 of the group of 152, 48 of the group of 134) is 3.97 (3.47 with continuity correction); the text says 4.97.',
  ]],
  // A stated df says which sizes are the arms: a size of df + 2 is the total of both, never an arm (94 and 92 of 186 for t(184)); sizes that give another df are not this t's arms.
  ['A quasi-experiment was carried out with 4 classes (n=186). The experimental classes (n=94) received flipped teaching. The score of the experimental classes was 78.6±9.3, higher than that of the control classes (72.1±10.5), t(184)=4.46, p<.001.', 1, []],
  ['A quasi-experiment was carried out with 4 classes (n=186). The experimental classes (n=94) received flipped teaching. The score of the experimental classes was 78.6±9.3, higher than that of the control classes (72.1±10.5), t(184)=5.46, p<.001.', 0, [
    'statistic-recompute warning «t(184)=5.46» t for 78.6±9.3 (n = 94) vs 72.1±10.5 (n = 92) is 4.47 pooled (4.47 Welch); the text says 5.46 (either group order).',
  ]],
  ['Patients were randomized to drug (n = 45) or placebo (n = 47). Scores were 85.3 ± 6.2 with drug and 80.1 ± 7.4 with placebo, t(90) = 3.65, P < 0.001.', 1, []],
  ['Patients were randomized to drug (n = 45) or placebo (n = 47). Scores were 85.3 ± 6.2 with drug and 80.1 ± 7.4 with placebo, t(120) = 4.61, P < 0.001.', 0, []],
  // Bad input: empty tables, groups of one, SDs of zero, values missing
  ['观察组感染率为0.0%（0/30），对照组为0.0%（0/30），差异无统计学意义（χ²=0.00，P=1.000）。', 0, []],
  ['观察组治愈率为100.0%（30/30），对照组为100.0%（25/25）（χ²=0.00，P=1.000）。', 0, []],
  ['观察组（n=1）和对照组（n=1）评分分别为（85.3±6.2）分和（80.1±7.4）分（t=3.61，P<0.001）。', 0, []],
  ['将90例患者随机分为观察组和对照组，各45例。观察组评分（85.3±0.0）分，对照组（80.1±0.0）分（t=3.61，P<0.001）。', 1, []],
  ['两组比较（χ²值分别为，P值分别为0.01、0.02、0.03）。', 0, []],
  ['两组比较（t=，P=）。', 0, []],
  // A χ² or t with no df that the text or its numbers give still bounds its p: a χ²'s p is least at df = 1,
  // a t's p lies between its value at df = 1 and the normal's.
  ['两组总有效率分别为93.3%和80.0%，差异无统计学意义（χ²=11.27，P=0.21）。', 0, []],
  ['两组评分差异有统计学意义（t=3.036，P=0.004）。', 0, []],
  ['两组总有效率分别为93.3%和80.0%，差异有统计学意义（χ²=0.359，P<0.001）。', 0, [
    'statistic-recompute warning «P<0.001» χ² = 0.359 with any df (the df is not stated) gives P between 0.5488 and 1.0000, which P<0.001 cannot be.',
  ]],
  ['两组评分差异无统计学意义（t=3.036，P=0.34）。', 0, [
    'statistic-recompute warning «P=0.34» t = 3.036 with any df (the df is not stated) gives P between 0.0024 and 0.2026, two-tailed, which P=0.34 cannot be.',
  ]],
  ['两组评分差异有统计学意义（t=1.21，P<0.001）。', 0, [
    'statistic-recompute warning «P<0.001» t = 1.21 with any df (the df is not stated) gives P between 0.2244 and 0.4410, two-tailed, which P<0.001 cannot be.',
  ]],
  // A χ² with the subscript of its kind (for trend, Mantel-Haenszel) is read and bounded as any χ² is.
  ['高频听力损失检出率随累积噪声暴露量增加而升高（χ²趋势＝98.6，P＜0.001）。', 0, []],
  ['高频听力损失检出率随累积噪声暴露量增加而升高（χ²趋势＝0.86，P＜0.001）。', 0, [
    'statistic-recompute warning «P＜0.001» χ² = 0.86 with any df (the df is not stated) gives P between 0.3523 and 1.0000, which P＜0.001 cannot be.',
  ]],
  ['The prevalence rose with cumulative noise exposure (χ²trend=0.86, P<0.001).', 0, [
    'statistic-recompute warning «P<0.001» χ² = 0.86 with any df (the df is not stated) gives P between 0.3523 and 1.0000, which P<0.001 cannot be.',
  ]],
];

const shown = (text: string) =>
  [...lintCase('statistic-recompute', { text }), ...lintCase('statistic-pvalue', { text })]
    .sort((a, b) => a.offset - b.offset)
    .map((d) => `${d.ruleId} ${d.severity} «${d.text}» ${d.message}`);

/**
 * The table's rows on which only this rule speaks also run through the rule tester: a silent row is a
 * valid case, a row with only this rule's findings an invalid one (rows that are examples run as examples).
 */
const ROW = /^statistic-recompute (error|warning|info) «(.*?)» (.*)$/s;
const examples = rulesById.get('statistic-recompute')!.meta.examples;
const documented = new Set([...examples.valid, ...examples.invalid.map((e) => e.text)]);
const own = TABLE.filter(([text, , found]) => !documented.has(text) && found.every((f) => ROW.test(f)));
const expected = (row: string): Expected => {
  const [, severity, span, message] = ROW.exec(row)!;
  return { severity: severity as Expected['severity'], span: span!, message: message! };
};
ruleCases('statistic-recompute', {
  valid: own.filter(([, , found]) => found.length === 0).map(([text]) => text),
  invalid: own.filter(([, , found]) => found.length > 0).map(([text, , found]) => ({ text, errors: found.map(expected) })),
});

describe('statistic-recompute: the Chinese table', () => {
  it('has at least 60 Chinese rows, consistent and inconsistent', () => {
    const chinese = TABLE.filter(([t]) => /\p{Script=Han}/u.test(t));
    expect(chinese.length).toBeGreaterThanOrEqual(60);
    expect(chinese.filter(([, , f]) => f.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(chinese.filter(([, , f]) => f.length > 0).length).toBeGreaterThanOrEqual(15);
  });
  it.each(TABLE)('%s', (text, held, expected) => {
    expect(shown(text)).toEqual(expected);
    expect(evaluations(text, 'statistic-recompute').filter((e) => e.holds)).toHaveLength(held);
  });
});

describe('statistic-recompute: cost grows linearly with the number of results', () => {
  const unit = '观察组有效率为25.0%（38/152），对照组为35.8%（48/134），差异有统计学意义（χ²=3.966，P=0.046）。观察组评分（85.3±6.2）分，对照组（80.1±7.4）分（t=3.61，P<0.001）。';
  const passageOf = (n: number): Passage => {
    const text = '将90例患者随机分为观察组和对照组，各45例。' + unit.repeat(n);
    const sentences = splitSentences(text, 'zh', 0);
    sentences.forEach((s, i) => (s.index = i));
    return { id: 'p', lang: 'zh', offset: 0, length: text.length, text, sentences };
  };
  /** Reading the df-less statistics and evaluating the rule, every result checked. */
  const work = (n: number) => {
    const passage = passageOf(n);
    const read = extractPassage(passage, passage.text);
    const english = read.stats.filter((s) => !/q\d+$/.test(s.id));
    return () => {
      extractStatisticsZh(passage, passage.text, english);
      expect(evaluate({ passage, ...read }).filter((e) => e.holds)).toHaveLength(4 * n);
    };
  };
  it('eight times the results cost far less than 64 times as much', () => {
    // Linear is 8×; quadratic would be 64×. The ratio leaves room for garbage collection.
    const g = growth(work(200), work(1600), { factor: 8, ratio: 24, runs: 5, warmUp: work(50) });
    expect(g.within, g.describe).toBe(true);
  });
});

describe('statistic-recompute: any arrangement of statistic notation', () => {
  const TOKENS = ['χ²', 'χ2', 'X2', 't', "t'", 'F', 'Z', '值', '=', '＝', '为', '分别为', '、', '和', 'P', 'P值', '均', '<', '＜', '>',
    '0.05', '3.966', '-2.1', '.5', '38/152', '48/134', '38例', '（25.0%）', 'n=45', '各45例', '85.3±6.2', 'ν=1', '（', '）', '，', '。', '；', ' '];
  it('never throws, and every statistic and p-value points at its exact characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (tokens) => {
        const text = tokens.join('');
        expect(() => lintCase('statistic-recompute', { text })).not.toThrow();
        for (const p of analyze(text).passages) for (const c of p.stats ?? []) expect(text.slice(c.offset, c.offset + c.length)).toBe(c.text);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
