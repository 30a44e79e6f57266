import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/input/html.js';
import type { Report } from '../../src/report/schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/**
 * The article page the PDF proofs are printed from (tests/fixtures/article/article.html,
 * written by pandoc through template.html): navigation, a header, a script, both
 * abstracts in lang-tagged sections, key words and an introduction.
 */
const PAGE = 'tests/fixtures/article/article.html';
const source = readFileSync(join(ROOT, PAGE), 'utf8');
const lines = source.split('\n');
/** 1-based line and column of the first line holding `needle`. */
const place = (needle: string, within = needle) => {
  const line = lines.findIndex((l) => l.includes(within));
  return [line + 1, lines[line]!.indexOf(needle) + 1];
};

describe('the article page', () => {
  it('finds the 001 discrepancy at its line and column in the HTML', () => {
    const r = runCli(['-f', 'json', PAGE]);
    const file = (JSON.parse(r.stdout) as Report).files[0]!;
    expect([file.format, file.units?.map((u) => [u.id, u.langs, u.line, u.endLine])]).toEqual(['html', [['doi:10.5555/example.2022.001', ['zh', 'en'], 28, 39]]]);
    expect(file.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column, d.text, d.related.map((x) => [x.line, x.column, x.text])])).toEqual([
      ['cohort-count', 'warning', 31, 51, '17/36', [[30, 46, '17 名']]],
      ['pair-number-mismatch', 'error', 31, 51, '17/36', [[38, 117, '8/17']]],
      ['percent-fraction', 'error', 31, 51, '17/36', [[31, 45, '47.1%']]],
    ]);
    // The same places, found in the page's own lines.
    expect([place('17/36'), place('17 名'), place('8/17'), place('47.1%', '17/36')]).toEqual([[31, 51], [30, 46], [38, 117], [31, 45]]);
    expect(r.code).toBe(1);
  });

  it('reads neither the navigation, the header, the script nor the text after the abstracts', () => {
    const extraction = extractHtml(source);
    expect(extraction.problems).toEqual([]);
    const text = extraction.units[0]!.text;
    expect(text.split('\n').filter((l) => l !== '')).toEqual([
      '摘要',
      '目的 评价人脐带间充质干细胞治疗银屑病的安全性和有效性。',
      '方法 开展一项 1/2a 期单臂临床试验，共招募 17 名银屑病患者接受输注，随访 6 个月。',
      '结果 治疗和随访期间未观察到明显的副作用。共有 47.1%(17/36)的患者 PASI 评分至少改善 40%，17.6%(3/17)根据 PGA 评分无疾病或疾病最小化。',
      '结论 该疗法安全且部分有效。',
      'Abstract',
      'Objective To evaluate the safety and efficacy of human umbilical cord mesenchymal stem cells in psoriasis.',
      'Methods In a phase 1/2a single-arm trial, 17 patients with psoriasis were enrolled, received infusions and were followed for 6 months.',
      'Results No obvious side effects were observed during treatment and follow-up. A total of 47.1% (8/17) of the patients had at least 40% improvement in the PASI score, and 17.6% (3/17) had no sign of disease or minimal disease based on the PGA score.',
      'Conclusion The treatment is safe and partially effective.',
    ]);
    // What the page holds besides: navigation, header, script.
    for (const outside of ['Issue 8', '2022 年 8 月', '1234', '引言']) expect(source).toContain(outside);
  });
});
