import { strToU8, zipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/schema.js';
import { runCli } from '../helpers/run-cli.js';
import { TestClient } from '../lsp/client.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Structured files through the command line: found in directories, read as their
 * articles' abstracts, every finding placed on the characters of the original file.
 */
const EN = 'Seventeen patients were enrolled. A total of 47.1% (8/17) of the patients improved (P&lt;0.05).';
const ZH = '共纳入17例患者。共有47.1%(17/36)的患者改善(P&lt;0.05)。';

const JATS = `<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink">
<front><article-meta>
<article-id pub-id-type="pmid">31234567</article-id>
<abstract xml:lang="en"><p>${EN}</p></abstract>
<trans-abstract xml:lang="zh"><p>${ZH}</p></trans-abstract>
</article-meta></front>
</article>
`;

const HTML = `<!DOCTYPE html>
<html><head><meta name="citation_doi" content="10.1000/xyz"><script>var x = "8/17 17/36";</script></head>
<body><nav>Home 1 2 3</nav>
<section lang="en"><p>${EN}</p></section>
<section lang="zh"><p>${ZH}</p></section>
</body></html>
`;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const DOCX = zipSync({
  '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  'word/document.xml': strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${[
      'A manuscript',
      '摘要',
      ZH,
      '关键词：银屑病',
      'Abstract',
      EN,
      'Key words: psoriasis',
      '1 Introduction',
    ]
      .map(para)
      .join('')}</w:body></w:document>`,
  ),
});

const dir = tempDir();
writeFileSync(join(dir, 'a.xml'), JATS);
writeFileSync(join(dir, 'b.html'), HTML);
writeFileSync(join(dir, 'c.docx'), DOCX);
writeFileSync(join(dir, 'pom.xml'), '<?xml version="1.0"?><project><version>1.2.3</version></project>\n');

const located = (report: Report, path: string, source: string) =>
  report.files
    .find((f) => f.path === path)!
    .diagnostics.map((d) => [d.ruleId, d.severity, d.line, source.slice(d.offset, d.offset + d.length)]);

describe('structured files on the command line', () => {
  const r = runCli(['-f', 'json', dir]);
  const report = JSON.parse(r.stdout) as Report;

  it('finds XML, HTML and DOCX files in a directory, each read in its format', () => {
    expect(report.files.map((f) => [f.path.slice(dir.length + 1), f.format, f.units?.map((u) => [u.id, u.langs])])).toEqual([
      ['a.xml', 'jats', [['pmid:31234567', ['en', 'zh']]]],
      ['b.html', 'html', [['doi:10.1000/xyz', ['en', 'zh']]]],
      ['c.docx', 'docx', [[undefined, ['zh', 'en']]]],
      // An XML file that is no article is read as text, as before.
      ['pom.xml', undefined, undefined],
    ]);
    expect(r.code).toBe(1);
  });

  it('places every finding on the characters of the XML or HTML source, and on the paragraph of a DOCX', () => {
    const expected = (line: number) => [
      ['cohort-count', 'warning', line, '17/36'],
      ['pair-number-mismatch', 'error', line, '17/36'],
      ['percent-fraction', 'error', line, '17/36'],
    ];
    expect(located(report, join(dir, 'a.xml'), JATS)).toEqual(expected(6));
    expect(located(report, join(dir, 'b.html'), HTML)).toEqual(expected(5));
    // Paragraph 3 of the document holds the Chinese abstract.
    expect(report.files.find((f) => f.path.endsWith('c.docx'))!.diagnostics.map((d) => [d.ruleId, d.line, d.text])).toEqual([
      ['cohort-count', 3, '17/36'],
      ['pair-number-mismatch', 3, '17/36'],
      ['percent-fraction', 3, '17/36'],
    ]);
  });

  it('fixes XML in place, escaping what it writes; refuses to rewrite DOCX', () => {
    const fixed = runCli(['--fix-dry-run', join(dir, 'a.xml')]);
    expect(fixed.stdout).toContain(`-<trans-abstract xml:lang="zh"><p>${ZH}</p></trans-abstract>`);
    expect(fixed.stdout).toContain(`+<trans-abstract xml:lang="zh"><p>${ZH.replace('17/36', '8/17')}</p></trans-abstract>`);
    const docx = runCli(['--fix', join(dir, 'c.docx')]);
    expect(docx.stderr).toBe(`zhenlint: not fixing ${join(dir, 'c.docx')}: a Word document is not rewritten; its findings give the paragraph (line) to change\n`);
    expect(readFileSync(join(dir, 'c.docx'))).toEqual(Buffer.from(DOCX));
  });

  it('a file whose markup cannot be read is skipped with one line saying where; alone, it fails the run', () => {
    const broken = join(dir, 'broken', 'a.xml');
    const notZip = join(dir, 'broken', 'b.docx');
    mkdirSync(join(dir, 'broken'), { recursive: true });
    writeFileSync(broken, '<?xml version="1.0"?>\n<PubmedArticleSet>\n<PubmedArticle><MedlineCitation>\n</Abstract>\n');
    writeFileSync(notZip, 'not a zip at all');
    expect(runCli(['-f', 'json', broken, notZip]).stderr.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^zhenlint: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: skipped: line 4: unexpected close tag \\(column \\d+\\)$`)),
      `zhenlint: ${notZip}: skipped: not a DOCX file: not a zip archive`,
      '',
    ]);
    expect(runCli(['-f', 'json', broken]).code).toBe(2);
  });

  it('the language server reads XML and HTML documents the same way; an XML file that is no article gets nothing', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ debounceMs: 0 });
      await client.open(pathToFileURL(join(dir, 'a.xml')).href, 'xml', JATS);
      const xml = await client.next();
      const line = JATS.split('\n')[5]!;
      expect(xml.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([
        ['cohort-count', 5, line.indexOf('17/36')],
        ['pair-number-mismatch', 5, line.indexOf('17/36')],
        ['percent-fraction', 5, line.indexOf('17/36')],
      ]);
      await client.open(pathToFileURL(join(dir, 'b.html')).href, 'html', HTML);
      expect((await client.next()).diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
        ['cohort-count', 4],
        ['pair-number-mismatch', 4],
        ['percent-fraction', 4],
      ]);
      await client.open(pathToFileURL(join(dir, 'pom.xml')).href, 'xml', readFileSync(join(dir, 'pom.xml'), 'utf8'));
      expect((await client.next()).diagnostics).toEqual([]);
    } finally {
      client.dispose();
    }
  });

  it('--input-format reads a file as the format named, whatever its name', () => {
    const asText = join(dir, 'article.txt');
    writeFileSync(asText, JATS);
    const forced = JSON.parse(runCli(['-f', 'json', '--input-format', 'jats', asText]).stdout) as Report;
    expect(forced.files.map((f) => [f.format, f.diagnostics.map((d) => d.ruleId)])).toEqual([['jats', ['cohort-count', 'pair-number-mismatch', 'percent-fraction']]]);
    expect(runCli(['--input-format', 'rtf', asText])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'zhenlint: unknown input format "rtf"; expected one of: auto, text, jats, pubmed, html, docx, pdf\n',
    });
  });
});
