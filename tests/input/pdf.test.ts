import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOf } from '../../src/input/index.js';
import { extractPdf, sniffPdf } from '../../src/input/pdf.js';
import { furniture } from '../../src/input/pdf/furniture.js';
import { lineJoin, pageParagraphs, type Line, type TextRun } from '../../src/input/pdf/layout.js';
import type { Report } from '../../src/report/schema.js';
import { lintExtraction } from '../../src/runner/unit.js';
import { pdfBytes } from '../helpers/pdf.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

/**
 * PDF proofs: the article page printed by headless Chromium (tests/fixtures/article,
 * made by scripts/fixtures/make-article.sh), once as it is and once in narrow columns
 * where lines end inside numbers.
 */
const ARTICLE = 'tests/fixtures/article/article.pdf';
const NARROW = 'tests/fixtures/article/article-narrow.pdf';
const read = (path: string) => readFileSync(join(ROOT, path));

const CHINESE_RESULTS = '结果 治疗和随访期间未观察到明显的副作用。共有 47.1%(17/36)的患者 PASI 评分至少改善 40%，17.6%(3/17)根据 PGA 评分无疾病或疾病最小化。';
const ENGLISH_RESULTS =
  'Results No obvious side effects were observed during treatment and follow-up. A total of 47.1% (8/17) of the patients had at least 40% improvement in the PASI score, and 17.6% (3/17) had no sign of disease or minimal disease based on the PGA score.';

const FINDINGS = [
  ['cohort-count', 'warning', '17/36 counts out of 36, but the abstract enrolled 17 (17 名) and states no group of 36.'],
  [
    'pair-number-mismatch',
    'error',
    'Chinese 17/36 disagrees with English 8/17: 8/17 = 47.06% agrees with the 47.1% that both versions state; 17/36 = 47.22% does not, so the Chinese is likely wrong.',
  ],
  ['percent-fraction', 'error', '17/36 = 47.22%, which rounds to 47.2%, not the 47.1% written beside it.'],
];

describe('the article printed to PDF by Chromium', () => {
  it('reads both abstracts, and nothing of the navigation, title, key words or introduction', async () => {
    const extraction = await extractPdf(read(ARTICLE));
    expect(extraction.problems).toEqual([]);
    expect(extraction.units).toHaveLength(1);
    const unit = extraction.units[0]!;
    expect(unit.text.split('\n')).toEqual([
      '目的 评价人脐带间充质干细胞治疗银屑病的安全性和有效性。',
      '方法 开展一项 1/2a 期单臂临床试验，共招募 17 名银屑病患者接受输注，随访 6 个月。',
      CHINESE_RESULTS,
      '结论 该疗法安全且部分有效。',
      '',
      'Objective To evaluate the safety and efficacy of human umbilical cord mesenchymal stem cells in psoriasis.',
      'Methods In a phase 1/2a single-arm trial, 17 patients with psoriasis were enrolled, received infusions and were followed for 6 months.',
      ENGLISH_RESULTS,
      'Conclusion The treatment is safe and partially effective.',
    ]);
    // The source is the pages one a line; the page is the line.
    const pages = extraction.source.split('\n');
    expect(pages).toHaveLength(2);
    expect(pages[0]!.startsWith('首页 Home 本期目录 Issue 8 (2022) 检索 Search 中华示例医学杂志')).toBe(true);
    expect(pages[1]).toBe('1 引言 银屑病是一种常见的慢性免疫介导性疾病，约 2% 的人群受其影响。本研究筛查了 30 名患者。 © 2022 示例出版社 Example Press');
    // Every character of the unit points at its own character of the page.
    for (let i = 0; i < unit.text.length; i++) if (unit.text[i] !== '\n') expect(extraction.source[unit.offsets[i]!]).toBe(unit.text[i]);
  });

  it('gives exactly the 001 findings, on page 1, with their excerpts', () => {
    const r = runCli(['-f', 'json', ARTICLE]);
    const report = JSON.parse(r.stdout) as Report;
    const file = report.files[0]!;
    expect([file.format, file.notices, file.units?.map((u) => [u.langs, u.line, u.endLine])]).toEqual(['pdf', undefined, [[['zh', 'en'], 1, 1]]]);
    expect(file.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual(FINDINGS);
    expect(file.diagnostics.map((d) => [d.line, d.text, d.related.map((x) => [x.line, x.text])])).toEqual([
      [1, '17/36', [[1, '17 名']]],
      [1, '17/36', [[1, '8/17']]],
      [1, '17/36', [[1, '47.1%']]],
    ]);
    expect(r.code).toBe(1);
    expect(runCli([ARTICLE]).stdout.split('\n')).toEqual([
      ARTICLE,
      `  page 1  warning  ${FINDINGS[0]![2]}  cohort-count`,
      '          zh: …随访期间未观察到明显的副作用。共有 47.1%(«17/36»)的患者 PASI 评分至少改善 40%，17.…',
      '          zh: …法 开展一项 1/2a 期单臂临床试验，共招募 «17 名»银屑病患者接受输注，随访 6 个月。 结果 治疗… (page 1)',
      `  page 1  error  ${FINDINGS[1]![2]}  pair-number-mismatch`,
      '          zh: …随访期间未观察到明显的副作用。共有 47.1%(«17/36»)的患者 PASI 评分至少改善 40%，17.…',
      '          en: …w-up. A total of 47.1% («8/17») of the patients had at… (page 1)',
      `  page 1  error  ${FINDINGS[2]![2]}  percent-fraction`,
      '          zh: …随访期间未观察到明显的副作用。共有 47.1%(«17/36»)的患者 PASI 评分至少改善 40%，17.…',
      '          zh: …结果 治疗和随访期间未观察到明显的副作用。共有 «47.1%»(17/36)的患者 PASI 评分至少改善 4… (page 1)',
      '',
      '✖ 3 problems (2 errors, 1 warning)',
      '',
    ]);
  });

  it('keeps, for every character read, the text run of its page it was drawn by', async () => {
    const article = await extractPdf(read(ARTICLE));
    const runsOf = (e: typeof article, needle: string) => {
      const at = e.source.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      return [...e.runs.subarray(at, at + needle.length)];
    };
    // Chromium draws `47.1%(17/36)` as one run, the Chinese before it as another.
    const whole = runsOf(article, '共有 47.1%(17/36)');
    expect(new Set(whole.slice(3)).size).toBe(1);
    expect(whole[0]).toBe(whole[1]);
    expect(whole[3]).toBeGreaterThan(whole[0]!);
    // In the narrow column the number is cut across two lines, so two runs: and no space between them.
    const narrow = await extractPdf(read(NARROW));
    const cut = runsOf(narrow, '47.1%(17/36)');
    expect(cut.indexOf(-1)).toBe(-1);
    expect(cut.slice(0, 9)).toEqual(Array(9).fill(cut[0]));
    expect(cut.slice(9)).toEqual(Array(3).fill(cut[9]));
    expect(cut[9]).toBeGreaterThan(cut[0]!);
  });
});

describe('a proof whose lines end inside numbers, with a running head and page numbers', () => {
  it('leaves out the running head and the page numbers, keeping the same text where the page itself has it', async () => {
    const pages = (await extractPdf(read(NARROW))).source.split('\n');
    const head = '中华示例医学杂志 2022 年 8 月 第 7 卷 第 1 期';
    expect(pages.map((p) => p.split(head).length - 1)).toEqual([1, 0]);
    expect(pages[0]!.startsWith(`首页 Home 本期目录 Issue 8 (2022) 检索 Search ${head} 脐带间充质干细胞`)).toBe(true);
    expect(pages[0]!.endsWith('结论 该疗法安全且部分有效。 Abstract')).toBe(true);
    expect(pages[1]!.startsWith('Objective To evaluate the safety')).toBe(true);
    expect(pages[1]!.endsWith('本研究筛查了 30 名患者。 © 2022 示例出版社 Example Press')).toBe(true);
  });

  it('re-joins the numbers, and gives the same findings, the English on page 2', async () => {
    const extraction = await extractPdf(read(NARROW));
    const lines = extraction.units[0]!.text.split('\n');
    expect(lines[2]).toBe(CHINESE_RESULTS.replace('1/2a 期', '1/2a期').replace('PGA 评分', 'PGA评分'));
    expect(lines[7]).toContain('A total of 47.1% (8/17) of the');
    expect(lines[7]).toContain('and 17.6% (3/17) had no sign');
    expect(lines[1]).toContain('开展一项 1/2a期单臂临床试验');
    expect(lines[6]).toContain('In a phase 1/2a single-arm trial, 17 patients');
    const report = JSON.parse(runCli(['-f', 'json', NARROW]).stdout) as Report;
    const file = report.files[0]!;
    expect(file.units?.map((u) => [u.line, u.endLine])).toEqual([[1, 2]]);
    expect(file.diagnostics.map((d) => [d.ruleId, d.severity, d.message, d.line, d.text, d.related.map((x) => [x.line, x.text])])).toEqual([
      [...FINDINGS[0]!, 1, '17/36', [[1, '17 名']]],
      [...FINDINGS[1]!, 1, '17/36', [[2, '8/17']]],
      [...FINDINGS[2]!, 1, '17/36', [[1, '47.1%']]],
    ]);
  });
});

describe('lineJoin', () => {
  it.each([
    ['共有 47.', '1%(17/36)', 0, ''],
    ['A total of 47.', '1% (8/17)', 0, ''],
    ['of 47.1', '% (8/17)', 0, ''],
    ['A total of 47.1% (8', '/17)', 0, ''],
    ['A total of 47.1% (8/', '17)', 0, ''],
    ['A total of 47.1% (8/1', '7)', 0, ''],
    ['A total of 47.1% (', '8/17)', 0, ''],
    ['a 95% CI of 1.2–', '3.4', 0, ''],
    ['during follow-', 'up', 0, ''],
    ['improve\u00ad', 'ment', 1, ''],
    ['评分至少', '改善 40%', 0, ''],
    ['患者 PASI', '评分', 0, ''],
    ['umbilical cord', 'mesenchymal', 0, ' '],
    ['were enrolled, 17', 'patients', 0, ' '],
    ['treated in 2021', '36 were', 0, ' '],
    ['and/', 'or', 0, ' '],
  ])('%j + %j', (before, after, drop, join) => {
    expect(lineJoin(before, after)).toEqual({ drop, join });
  });
});

describe('pageParagraphs', () => {
  const run = (text: string, x: number, y: number, size = 10, width = text.length * size * 0.5): TextRun => ({ text, x, y, width, size });

  it('groups runs into lines by baseline, lines into paragraphs by gaps, size and indent', () => {
    const paragraphs = pageParagraphs([
      run('Abstract', 50, 800, 14),
      run('Results', 50, 770),
      // Drawn out of order on its line, and apart from the run before it: a space.
      run('patients', 120, 770),
      run('Of 17', 90, 770, 10, 25),
      run('improved.', 50, 758),
      run('A new paragraph', 70, 746),
      run('after an indent.', 50, 734),
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual(['Abstract', 'Results Of 17 patients improved.', 'A new paragraph after an indent.']);
    expect(paragraphs[1]!.runs).toEqual([1, 1, 1, 1, 1, 1, 1, -1, 3, 3, 3, 3, 3, -1, 2, 2, 2, 2, 2, 2, 2, 2, -1, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
  });

  it('reads raised small text as superscript, on its line', () => {
    const paragraphs = pageParagraphs([run('with 10', 50, 700, 10, 35), run('6', 85, 703.5, 6, 3), run(' cells/kg', 88, 700)]);
    expect(paragraphs.map((p) => p.text)).toEqual(['with 10⁶ cells/kg']);
  });

  it('keeps one run for each UTF-16 unit of the text, a character beyond the BMP included', () => {
    const paragraphs = pageParagraphs([run('𝑥 = 47.1%', 50, 700), run('(8/17)', 50, 688)]);
    expect(paragraphs.map((p) => p.text)).toEqual(['𝑥 = 47.1% (8/17)']);
    expect(paragraphs[0]!.runs).toHaveLength(paragraphs[0]!.text.length);
    expect(paragraphs[0]!.runs.slice(-6)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('furniture', () => {
  const line = (text: string, y: number): Line => ({ text, y, size: 10, left: 50, runs: [] });
  const body = (page: number) =>
    page === 1
      ? [line('Objective To evaluate the safety', 700), line('and efficacy of cord cells.', 688), line('Methods Seventeen patients', 676)]
      : [line('were enrolled and followed for', 700), line('6 months. Results A total of', 688), line('47.1% (8/17) improved.', 676)];

  it('finds running heads repeated at the same height (their numbers aside) and lone page numbers at the top or bottom', () => {
    const head1 = line('Chin Med J 2022; 7: 263', 800);
    const head2 = line('Chin Med J 2022; 7: 264', 800.5);
    const foot1 = line('- 1 -', 40);
    const foot2 = line('第 2 页，共 3 页', 40);
    const pages = [[head1, ...body(1), foot1], [head2, ...body(2), foot2]];
    expect([...furniture(pages)].map((l) => l.text)).toEqual(['Chin Med J 2022; 7: 263', 'Chin Med J 2022; 7: 264', '- 1 -', '第 2 页，共 3 页']);
  });

  it('keeps a line repeated at another height, a number inside the page, and a single page', () => {
    const pages = [
      [line('Results', 800), ...body(1), line('17', 600), line('Page 1', 40)],
      [line('Results', 700), ...body(2), line('Page two', 40)],
    ];
    expect([...furniture(pages)]).toEqual([]);
    expect([...furniture([[line('Running head 1', 800), ...body(1)]])]).toEqual([]);
  });
});

describe('reading PDF files', () => {
  const dir = tempDir();

  it('reads Chinese in a CID font that is not embedded through the bundled CMaps', async () => {
    const bytes = pdfBytes([
      [
        { text: '摘要', x: 72, y: 760, size: 14, font: 'chinese' },
        { text: '共有47.1%(17/36)的患者改善。', x: 72, y: 730, font: 'chinese' },
        { text: 'Abstract', x: 72, y: 690, size: 14 },
        { text: 'A total of 47.1% (8/17) improved.', x: 72, y: 660 },
        { text: 'Key words: psoriasis', x: 72, y: 620 },
      ],
    ]);
    const extraction = await extractPdf(bytes);
    expect([extraction.problems, extraction.units.map((u) => u.text)]).toEqual([[], ['共有47.1%(17/36)的患者改善。\n\nA total of 47.1% (8/17) improved.']]);
  });

  it('reads a paragraph that runs over a page whole, past the running head and the page numbers', async () => {
    const bytes = pdfBytes([
      [
        { text: 'Chin Med J 2022; 7: 263', x: 72, y: 800, size: 9 },
        { text: 'Abstract', x: 72, y: 760, size: 14 },
        { text: 'Of 17 patients, a total of 47.1% (8/17) of the', x: 72, y: 730 },
        { text: '263', x: 290, y: 40, size: 9 },
      ],
      [
        { text: 'Chin Med J 2022; 7: 264', x: 72, y: 800, size: 9 },
        { text: 'patients improved.', x: 72, y: 760 },
        { text: '摘要', x: 72, y: 720, size: 14, font: 'chinese' },
        { text: '17 名患者中共有47.1%(17/36)的患者改善。', x: 72, y: 690, font: 'chinese' },
        { text: 'Key words: psoriasis', x: 72, y: 650 },
        { text: '264', x: 290, y: 40, size: 9 },
      ],
    ]);
    const extraction = await extractPdf(bytes);
    expect(extraction.source.split('\n')).toEqual([
      'Abstract Of 17 patients, a total of 47.1% (8/17) of the',
      'patients improved. 摘要 17 名患者中共有47.1%(17/36)的患者改善。 Key words: psoriasis',
    ]);
    const unit = extraction.units[0]!;
    expect([extraction.problems, unit.text]).toEqual([[], 'Of 17 patients, a total of 47.1% (8/17) of the patients improved.\n\n17 名患者中共有47.1%(17/36)的患者改善。']);
    // The space between the pages points at the end of the first; the text after it at the second.
    const space = unit.text.indexOf(' patients improved');
    expect([unit.offsets[space], unit.offsets[space + 1]]).toEqual([extraction.source.indexOf('\n'), extraction.source.indexOf('patients improved')]);
    const file = lintExtraction('proof.pdf', extraction, {});
    expect(file.diagnostics.map((d) => [d.ruleId, d.line, d.text, d.related.map((r) => [r.line, r.text])])).toEqual([
      ['cohort-count', 2, '17/36', [[2, '17 名']]],
      ['pair-number-mismatch', 2, '17/36', [[1, '8/17']]],
      ['percent-fraction', 2, '17/36', [[2, '47.1%']]],
    ]);
  });

  it('bounds the pages read, and says so in an info notice', async () => {
    const page = (n: number) => [{ text: `Page ${n} of the appendix.`, x: 72, y: 700 }];
    const abstracts = [
      { text: 'Abstract', x: 72, y: 760, size: 14 },
      { text: 'A total of 47.1% (8/17) improved.', x: 72, y: 730 },
      { text: '摘要', x: 72, y: 690, size: 14, font: 'chinese' as const },
    ];
    const bytes = pdfBytes([abstracts, page(2), page(3)]);
    const extraction = await extractPdf(bytes, { pages: 2 });
    expect([extraction.cut, extraction.source.split('\n')]).toEqual([
      'read the first 2 of 3 pages',
      ['Abstract A total of 47.1% (8/17) improved. 摘要', 'Page 2 of the appendix.'],
    ]);
    const file = lintExtraction('long.pdf', { ...extraction, problems: [] }, {});
    expect(file.notices).toEqual([{ code: 'truncated', severity: 'info', message: 'read the first 2 of 3 pages' }]);
    const byText = await extractPdf(bytes, { text: 10 });
    expect(byText.cut).toBe('read the first 1 of 3 pages: their text is over 10 characters');
  });

  it('skips a file that is no PDF, an encrypted one and a broken one, each with one line; alone, each fails the run', () => {
    const fake = join(dir, 'fake.pdf');
    const encrypted = join(dir, 'encrypted.pdf');
    const broken = join(dir, 'broken.pdf');
    writeFileSync(fake, 'Abstract: 47.1% (8/17)\n');
    writeFileSync(encrypted, pdfBytes([[{ text: 'Abstract', x: 72, y: 700 }]], { encrypt: true }));
    writeFileSync(broken, '%PDF-1.7\n1 0 obj\n<< /Type /Catalog\n');
    for (const [path, why] of [
      [fake, 'not a PDF file: no %PDF- header'],
      [encrypted, 'the PDF is encrypted with a password'],
      [broken, 'not a readable PDF file (Invalid PDF structure)'],
    ] as const) {
      expect(runCli(['-f', 'json', path])).toEqual(
        expect.objectContaining({ code: 2, stderr: `zhenlint: ${path}: skipped: ${why}\n` }),
      );
    }
    const both = runCli(['-f', 'compact', fake, ARTICLE]);
    expect([both.code, both.stderr, both.stdout.split('\n').length]).toEqual([1, `zhenlint: ${fake}: skipped: not a PDF file: no %PDF- header\n`, 4]);
  });

  it('is found by extension, by its first bytes, and by --input-format; --fix refuses it with one line', async () => {
    const bytes = read(ARTICLE);
    expect(sniffPdf(bytes)).toBe(true);
    expect(sniffPdf(Buffer.from('%!PS-Adobe-3.0\n'))).toBe(false);
    expect(await formatOf('proof.pdf', Buffer.from('anything'))).toBe('pdf');
    expect(await formatOf('proof.bin', bytes)).toBe('pdf');
    expect(await formatOf('-', bytes)).toBe('pdf');
    expect(await formatOf('notes.txt', bytes)).toBe('text');
    const unnamed = join(dir, 'proof.bin');
    copyFileSync(join(ROOT, ARTICLE), unnamed);
    const forced = JSON.parse(runCli(['-f', 'json', '--input-format', 'pdf', unnamed]).stdout) as Report;
    expect(forced.files.map((f) => [f.format, f.diagnostics.length])).toEqual([['pdf', 3]]);
    const stdin = runCli(['-f', 'json', '--stdin'], bytes);
    expect((JSON.parse(stdin.stdout) as Report).files.map((f) => [f.format, f.diagnostics.length])).toEqual([['pdf', 3]]);
    const copy = join(dir, 'article.pdf');
    copyFileSync(join(ROOT, ARTICLE), copy);
    const fixed = runCli(['--fix', copy]);
    expect(fixed.stderr).toBe(`zhenlint: not fixing ${copy}: a PDF is not rewritten; its findings give the page (line) to change\n`);
    expect(readFileSync(copy)).toEqual(bytes);
  });
});
