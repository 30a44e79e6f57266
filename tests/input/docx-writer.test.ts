import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/schema.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

/**
 * A manuscript written by a real DOCX writer (the `docx` package, which writes what Word
 * reads): title, authors, the Chinese and English abstracts in the middle, key words, an
 * introduction and a table. The 001-style discrepancy must be found on its paragraph.
 */
const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text, bold: true })] });
const section = (label: string, text: string) => new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun(text)] });

const manuscript = new Document({
  sections: [
    {
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('脐带间充质干细胞治疗银屑病的安全性和有效性')] }),
        new Paragraph('张三，李四'),
        heading('摘要'),
        section('目的 ', '评价脐带间充质干细胞治疗银屑病的安全性和有效性。'),
        section('方法 ', '共招募了17名银屑病患者接受输注，随访6个月。'),
        // Paragraph 6: the Chinese fraction is wrong, as in the 001 seed.
        section('结果 ', '共有47.1%(17/36)的患者PASI评分至少改善40%。'),
        new Paragraph({ children: [new TextRun({ text: '关键词：', bold: true }), new TextRun('银屑病；间充质干细胞')] }),
        heading('Abstract'),
        section('Objective ', 'To evaluate the safety and efficacy of umbilical cord mesenchymal stem cells in psoriasis.'),
        section('Methods ', 'Seventeen patients with psoriasis were enrolled and followed for 6 months.'),
        section('Results ', 'A total of 47.1% (8/17) of the patients had at least 40% improvement in PASI.'),
        new Paragraph({ children: [new TextRun({ text: 'Key words: ', bold: true }), new TextRun('psoriasis; mesenchymal stem cells')] }),
        heading('1 Introduction'),
        new Paragraph('Psoriasis affects about 2% of the population, and 30 patients were screened.'),
        new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Group A: 12 of 30')] })] })] }),
      ],
    },
  ],
});

describe('a manuscript written by a DOCX writer', () => {
  it('finds the wrong Chinese fraction on its paragraph, and reads nothing outside the abstracts', async () => {
    const dir = tempDir();
    const path = join(dir, 'manuscript.docx');
    writeFileSync(path, await Packer.toBuffer(manuscript));
    const r = runCli(['-f', 'json', path]);
    const report = JSON.parse(r.stdout) as Report;
    const file = report.files[0]!;
    expect([file.format, file.units?.map((u) => [u.langs, u.line, u.endLine])]).toEqual(['docx', [[['zh', 'en'], 4, 11]]]);
    expect(file.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.text])).toEqual([
      ['cohort-count', 'warning', 6, '17/36'],
      ['pair-number-mismatch', 'error', 6, '17/36'],
      ['percent-fraction', 'error', 6, '17/36'],
    ]);
    expect(r.code).toBe(1);
  });
});
