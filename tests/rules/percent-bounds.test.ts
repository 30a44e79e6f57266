import { ruleCases } from '../helpers/rule-cases.js';

ruleCases('percent-bounds', {
  valid: [
    'The response rate was 80% (8/10).',
    'Costs were 120% higher than in the control group.',
    'The overall survival rate was 100%.',
    'At least 40% improvement in the PASI score was seen in 47.1% (8/17) of patients.',
    'The dose was raised to 200% of the standard dose.',
    'Expression was 250% of baseline.',
    '血清水平较治疗前升高 150%。',
    '总生存率为 100%。',
    '费用比对照组高 120%。',
    // Measures that exceed 100% by nature are no share of a group.
    '回收率为98.5%～102.3%，平均回收率为101.2%。',
    'The recovery was 98.5%-102.3%, and the mean recovery rate was 101.2%.',
    'The relative bioavailability rate was 105.3%.',
    '相对生物利用度为105.3%，相对表达率为对照组的180%。',
    'FEV1 was 112% of predicted, and the growth rate was 130% of control.',
    'FEV1占预计值的百分比为112%，方法准确度为101.5%。',
    // A weight gain rate is growth, as English's `gain` is.
    '对照组增重率为512.4%，增幅为130%。',
    'Weight gain rate was 512.4% in the control.',
  ],
  invalid: [
    { text: 'In all, 112% of the patients improved.', errors: [{ severity: 'error', lang: 'en', span: '112%', message: '112% is a share of a group, which cannot exceed 100%.' }] },
    { text: 'Clear improvement in the PASI score was seen in 147.1% (8/17).', errors: [{ severity: 'error', lang: 'en', span: '147.1%', message: '147.1% is a share of a group, which cannot exceed 100%.' }] },
    { text: '共有 147.1%(8/17)的患者改善。', errors: [{ severity: 'error', lang: 'zh', span: '147.1%', message: '147.1% is a share of a group, which cannot exceed 100%.' }] },
    // A change stated before a clause break (a full-width comma, a comma) says nothing of the share after it.
    { text: '治疗后评分增加，有效率为105%。', errors: [{ severity: 'error', lang: 'zh', span: '105%', message: '105% is a share of a group, which cannot exceed 100%.' }] },
    { text: 'Scores increased, and the response rate was 105%.', errors: [{ severity: 'error', lang: 'en', span: '105%', message: '105% is a share of a group, which cannot exceed 100%.' }] },
    // Beside a measure above 100% by nature, a share the text names as one of patients is still bounded.
    { text: 'The recovery rate was 108% of the patients.', errors: [{ severity: 'error', lang: 'en', span: '108%', message: '108% is a share of a group, which cannot exceed 100%.' }] },
    { text: '增重率为12.4%，存活率为105%。', errors: [{ severity: 'error', lang: 'zh', span: '105%', message: '105% is a share of a group, which cannot exceed 100%.' }] },
    { text: '平均回收率为101.2%，有效率为112%。', errors: [{ severity: 'error', lang: 'zh', span: '112%', message: '112% is a share of a group, which cannot exceed 100%.' }] },
    { text: 'The disease control rate was about 110%.', errors: [{ severity: 'info', lang: 'en', span: '110%', message: '110% is a share of a group, which cannot exceed 100%.' }] },
  ],
});
