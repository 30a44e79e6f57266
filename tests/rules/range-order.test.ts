import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(
  'range-order',
  [
    'Patients were followed up for 8-24 months.',
    'Maximal effects were seen at 56-112 days after treatment.',
    'Scores fell from 20 to 10 after treatment.',
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
  ],
  [
    { text: 'Patients were followed up for 24-8 months.', severity: 'error', lang: 'en', span: '24-8 months', message: 'low end exceeds its high end' },
    { text: 'The hazard ratio was 0.65 (95% CI, 0.85 to 0.50).', severity: 'error', lang: 'en', span: '0.85 to 0.50', message: 'runs from 0.85 down to 0.50' },
    { text: 'The median follow-up was 12 months (IQR 14-20).', severity: 'error', lang: 'en', span: '12 months (IQR 14-20)', message: 'outside its own range' },
    { text: '患者随访 36～3 个月。', severity: 'error', lang: 'zh', span: '36～3 个月', message: 'low end exceeds its high end' },
    { text: '风险比为 0.27；95%可信区间为 0.41～0.17。', severity: 'error', lang: 'zh', span: '0.41～0.17', message: 'runs from 0.41 down to 0.17' },
    { text: 'Maximal effects on the wounds were seen at 112-56 days after treatment.', severity: 'error', lang: 'en', span: '112-56 days', message: 'low end exceeds its high end' },
  ],
);
