import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(
  'percent-bounds',
  [
    'The response rate was 80% (8/10).',
    'The level increased by 150% after treatment.',
    'Costs were 120% higher than in the control group.',
    'The overall survival rate was 100%.',
    'At least 40% improvement in the PASI score was seen in 47.1% (8/17) of patients.',
    'The dose was raised to 200% of the standard dose.',
    'Expression was 250% of baseline.',
    '有效率为 80%。',
    '血清水平较治疗前升高 150%。',
    '总生存率为 100%。',
    '费用比对照组高 120%。',
  ],
  [
    { text: 'The objective response rate of the treated patients was 180%.', severity: 'error', lang: 'en', span: '180%', message: 'cannot exceed 100%' },
    { text: 'In all, 112% of the patients improved.', severity: 'error', lang: 'en', span: '112%', message: 'cannot exceed 100%' },
    { text: 'Clear improvement in the PASI score was seen in 147.1% (8/17).', severity: 'error', lang: 'en', span: '147.1%', message: 'share of a group' },
    { text: '有效率为 120%。', severity: 'error', lang: 'zh', span: '120%', message: 'cannot exceed 100%' },
    { text: '共有 147.1%(8/17)的患者改善。', severity: 'error', lang: 'zh', span: '147.1%', message: 'cannot exceed 100%' },
    { text: 'The disease control rate was about 110%.', severity: 'info', lang: 'en', span: '110%', message: 'cannot exceed 100%' },
  ],
);
