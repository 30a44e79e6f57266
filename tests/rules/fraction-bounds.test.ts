import { describe, expect, it } from 'vitest';
import { findings } from '../helpers/lint.js';

const R = 'fraction-bounds';

describe('fraction-bounds', () => {
  it.each([
    'Responses were seen in 8/17 patients.',
    'Expression increased in 1 of 6 patients at day 56.',
    'all 17/17 patients completed the study',
    'a phase 1/2a trial',
    '一项 1/2a 期临床试验',
    'randomly assigned in a 1:1 ratio',
    'on 5/12/2020 the trial ended',
    'grade 3/4 events occurred in 0/12 patients',
    '17例中8例有效。',
    '0 of 9 patients relapsed',
    'Blood pressure was below 130/80 mm Hg in the treated group.',
    '血压低于 130 / 80 mm Hg。',
  ])('silent on %s', (text) => {
    expect(findings(R, text)).toEqual([]);
  });

  it.each([
    ['Responses were seen in 18/17 patients.', '18/17'],
    ['Responses were seen in 3/0 patients.', '3/0'],
    ['Responses were seen in 7 of 6 patients at day 56.', '7 of 6'],
    ['共有 47.1%(36/17)的患者改善。', '36/17'],
    ['6例中8例有效。', '6例中8例'],
  ])('reports %s at %s', (text, at) => {
    expect(findings(R, text)).toEqual([[R, 'error', /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', at]]);
  });
});
