import { ruleCases } from '../helpers/rule-cases.js';

ruleCases(
  'subgroup-sum',
  [
    'A total of 47.1% (8/17) improved. The efficiency was 25% (2/8) for males and 66.7% (6/9) for females.',
    'A total of 480 patients were included (242 in the induction group and 238 in the standard group).',
    'A total of 47.1% (8/17) improved and 17.6% (3/17) had no disease; the efficiency was 25% (2/8) for males and 66.7% (6/9) for females.',
    'Responses were seen in 3/10 patients with 2/4 and 1/6 in the two dose groups, and toxicity in 2/10.',
    'We enrolled 100 patients (median age 54 years, 60 men).',
    'Of the 30 patients, 10 (33.3%) had a response and 20 (66.7%) had stable disease.',
    'The trial enrolled 50 patients, including 20 men and 30 women.',
    '共有 47.1%(8/17)的患者改善。效率为男性 25%(2/8)，女性 66.7%(6/9)。',
    '共纳入 17 例患者，其中男 8 例、女 9 例。',
    '结果 共纳入 45 例患者，男 25 例，女 20 例，年龄 18～75 岁。',
    '共 480 例患者入组（诱导化疗组 242 例，标准治疗组 238 例）。',
    '共有 47.1%(17/36)的患者改善，17.6%(3/17)无疾病。效率为男性 25%(2/8)，女性 66.7%(6/9)。',
  ],
  [
    { text: 'A total of 47.1% (8/17) improved. The efficiency was 25% (2/8) for males and 55.6% (5/9) for females.', severity: 'error', lang: 'en', span: '2/8', message: 'add up to 7/17' },
    { text: 'A total of 480 patients were included (242 in the induction group and 228 in the standard group).', severity: 'error', lang: 'en', span: '480', message: 'add up to 470' },
    { text: 'The trial enrolled 50 patients, including 20 men and 25 women.', severity: 'error', lang: 'en', span: '50', message: '20 + 25 add up to 45' },
    { text: '共有 47.1%(8/17)的患者改善。效率为男性 25%(2/8)，女性 55.6%(5/9)。', severity: 'error', lang: 'zh', span: '2/8', message: 'but the total they split is 8/17' },
    { text: '共纳入 17 例患者，其中男 8 例、女 10 例。', severity: 'error', lang: 'zh', span: '17 例', message: 'add up to 18' },
    { text: '结果 共纳入 45 例患者，男 25 例，女 21 例，年龄 18～75 岁。', severity: 'error', lang: 'zh', span: '45 例', message: '25 + 21 add up to 46' },
    { text: '共 480 例患者入组（诱导化疗组 242 例，标准治疗组 248 例）。', severity: 'error', lang: 'zh', span: '480 例', message: 'add up to 490' },
  ],
);
