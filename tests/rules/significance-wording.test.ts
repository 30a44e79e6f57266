import { ruleCases } from '../helpers/rule-cases.js';

ruleCases('significance-wording', {
  valid: [
    'There was no significant difference between the groups (P = 0.40).',
    'Pain improved significantly (P < 0.001), whereas itch did not (P = 0.45).',
    'There was no change in liver function, but CTC counts were significantly lower (P = 0.01).',
    'The difference did not reach significance (P = 0.05).',
    'P < 0.05 was considered statistically significant.',
    'Survival was longer in the combination group (P = 0.30).',
    '两组差异有统计学意义(P<0.05)。',
    '以P<0.05为差异有统计学意义。',
    'Pain was significantly reduced in both groups, with no difference between the groups (P = 0.45).',
    '两组疼痛评分均显著降低，但组间差异不大（P=0.45）。',
    '治疗后评分显著降低（P=0.002），而生活质量评分差异无统计学意义（P=0.21）。',
    // The governing wording stands in the p-value's own clause: after the last semicolon before it.
    'Symptoms improved significantly; scores were higher at week 4 (P = 0.40).',
    '症状显著改善；第4周评分较高（P=0.40）。',
    // A significance word negated by the character before it: 无显著提高, 未显著增加, 不显著.
    '最高施氮处理产量无显著提高（P＞0.05）。',
    '处理间株高未明显增加（P=0.38）。',
    // `有统计学差异` states a decision as `有统计学意义` does; `没有统计学差异` the opposite one.
    '两组评分有统计学差异（P=0.003）。',
    '两组间变异等位基因频率没有统计学差异（P＞0.05）。',
    // `差异显著` after its subject states a significant result, `差异不显著` the opposite one.
    '两组产量差异显著（P=0.012）。',
    '两组产量差异不显著（P=0.42）。',
  ],
  invalid: [
    { text: '两组产量差异显著（P=0.42）。', errors: [{ severity: 'error', lang: 'zh', span: 'P=0.42', message: 'The text calls the result significant ("差异显著"), but P=0.42 is not below 0.05.' }] },
    { text: '变异等位基因频率有统计学差异（P＞0.05）。', errors: [{ severity: 'error', lang: 'zh', span: 'P＞0.05', message: 'The text calls the result significant ("有统计学差异"), but P＞0.05 is not below 0.05.' }] },
    { text: 'There was no significant difference between the groups (P = 0.01).', errors: [{ severity: 'error', lang: 'en', span: 'P = 0.01', message: 'The text calls the result not significant ("no significant"), but P = 0.01 is below 0.05.' }] },
    { text: 'Scores were significantly higher after treatment (P = 0.32).', errors: [{ severity: 'error', lang: 'en', span: 'P = 0.32', message: 'The text calls the result significant ("significant"), but P = 0.32 is not below 0.05.' }] },
    { text: '两组差异有统计学意义（P=0.35）。', errors: [{ severity: 'error', lang: 'zh', span: 'P=0.35', message: 'The text calls the result significant ("有统计学意义"), but P=0.35 is not below 0.05.' }] },
    { text: '治疗后评分显著降低（P=0.002），而生活质量评分差异无统计学意义（P=0.01）。', errors: [{ severity: 'error', lang: 'zh', span: 'P=0.01', message: 'The text calls the result not significant ("无统计学意义"), but P=0.01 is below 0.05.' }] },
    { text: '最高施氮处理产量无显著提高（P=0.01）。', errors: [{ severity: 'error', lang: 'zh', span: 'P=0.01', message: 'The text calls the result not significant ("无显著"), but P=0.01 is below 0.05.' }] },
    { text: 'Scores were higher; in week 4 the difference was significant (P = 0.40).', errors: [{ severity: 'error', lang: 'en', span: 'P = 0.40', message: 'The text calls the result significant ("significant"), but P = 0.40 is not below 0.05.' }] },
  ],
});
