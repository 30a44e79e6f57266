import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lint.js';
import { abstractSections } from '../../src/pair/headings.js';
import { headingAgreement } from '../../src/pair/position.js';

/** The sections found in a text read as one passage. */
const sections = (text: string) => [...abstractSections(analyze(text).passages[0]!.passage)];

describe('structured abstract headings', () => {
  it.each([
    ['Objective: To describe the response. Methods: We enrolled patients. Results: Lesions improved. Conclusions: It is safe.', ['objective', 'methods', 'results', 'conclusion']],
    [
      'BACKGROUND. Psoriasis is a common and chronic disease of the skin.\nMETHODS. We enrolled patients with severe psoriasis in two centres.\nRESULTS. The lesions of most patients improved during the treatment.',
      ['background', 'methods', 'results'],
    ],
    ['Objective To observe the safety of the infusion. Methods Ten patients were enrolled.', ['objective', 'methods']],
    ['Abstract: Objective To build a model of the liver.', ['abstract', 'objective']],
    ['Materials and methods: Mice were treated. Findings: The counts fell.', ['methods', 'results']],
    ['目的：观察疗效。方法：纳入患者。结果：皮损改善。结论：安全有效。', ['objective', 'methods', 'results', 'conclusion']],
    ['摘要：目的 探讨干细胞的疗效。【方法】纳入患者。[结果]皮损改善。', ['abstract', 'objective', 'methods', 'results']],
    ['背景 银屑病是常见病。资料与方法 纳入患者。', ['background', 'methods']],
  ])('%s', (text, expected) => {
    expect(sections(text)).toEqual(expected);
  });

  it.each([
    'Results showed that the lesions improved. Methods used elsewhere were not compared.',
    'The objective of the study was safety. In conclusion, the infusion is safe.',
    '结果显示皮损改善。方法学上尚有不足。目的在于评估安全性。',
  ])('prose that merely starts with a heading word has no heading: %s', (text) => {
    expect(sections(text)).toEqual([]);
  });

  it('two structured abstracts agree by the share of sections they both open, and only from two headings up', () => {
    expect(headingAgreement(new Set(['objective', 'methods', 'results', 'conclusion']), new Set(['objective', 'methods', 'results', 'conclusion']))).toBe(1);
    expect(headingAgreement(new Set(['background', 'methods', 'results', 'conclusion']), new Set(['objective', 'methods', 'results', 'conclusion']))).toBe(0.75);
    expect(headingAgreement(new Set(['methods']), new Set(['methods', 'results']))).toBeUndefined();
  });
});
