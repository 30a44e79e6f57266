import { ruleCases } from '../helpers/rule-cases.js';

// `Responses were seen in 18/17 patients.`, `6例中8例有效。` and `17例中8例有效。` are among the rule's examples.
ruleCases('fraction-bounds', {
  valid: [
    'Responses were seen in 8/17 patients.',
    'Expression increased in 1 of 6 patients at day 56.',
    'all 17/17 patients completed the study',
    'a phase 1/2a trial',
    '一项 1/2a 期临床试验',
    'randomly assigned in a 1:1 ratio',
    'on 5/12/2020 the trial ended',
    'grade 3/4 events occurred in 0/12 patients',
    '0 of 9 patients relapsed',
    'Blood pressure was below 130/80 mm Hg in the treated group.',
    '血压低于 130 / 80 mm Hg。',
  ],
  invalid: [
    { text: 'Responses were seen in 3/0 patients.', errors: [{ severity: 'error', lang: 'en', span: '3/0', message: '3/0 divides by a group of zero.' }] },
    { text: 'Responses were seen in 7 of 6 patients at day 56.', errors: [{ severity: 'error', lang: 'en', span: '7 of 6', message: '7 of 6 counts 7 out of a group of 6: the part is larger than the whole.' }] },
    { text: '共有 47.1%(36/17)的患者改善。', errors: [{ severity: 'error', lang: 'zh', span: '36/17', message: '36/17 counts 36 out of a group of 17: the part is larger than the whole.' }] },
  ],
});
