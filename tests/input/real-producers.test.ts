import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { TestClient } from '../lsp/client.js';

/**
 * Fixtures written by the programs that write these files in the wild (tests/fixtures/make.sh
 * regenerates them; these tests read the committed files): JATS by pandoc, DOCX by
 * LibreOffice, PubMed XML by hand on the NLM DTD. Each holds the 001 seed's discrepancy,
 * English 47.1% (8/17) against Chinese 47.1%(17/36), in the middle of a whole article, and
 * every finding must land on the Chinese 17/36 of the original file. The expected places
 * are found here by searching the fixture's own text, never copied from the tool's output.
 */

const FIXTURES = 'tests/fixtures';
const read = (path: string) => readFileSync(join(ROOT, FIXTURES, path), 'utf8');

const MISMATCH =
  'Chinese 17/36 disagrees with English 8/17: 8/17 = 47.06% agrees with the 47.1% that both versions state; 17/36 = 47.22% does not, so the Chinese is likely wrong.';
const PERCENT = '17/36 = 47.22%, which rounds to 47.2%, not the 47.1% written beside it.';
const COHORT = '17/36 counts out of 36, but the abstract enrolled 17 (17例) and states no group of 36.';

interface Place {
  line: number;
  column: number;
}

/** Where `needle` stands in `source` (1-based line and UTF-16 column), which must hold it exactly once. */
function placeOf(source: string, needle: string): Place & { offset: number } {
  const offset = source.indexOf(needle);
  expect(offset, `${needle} in the fixture`).toBeGreaterThanOrEqual(0);
  expect(source.indexOf(needle, offset + 1), `${needle} once in the fixture`).toBe(-1);
  return placeAt(source, offset);
}

function placeAt(source: string, offset: number): Place & { offset: number } {
  const before = source.slice(0, offset);
  return { offset, line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** The 001 discrepancy's findings, all on the Chinese 17/36 at `zh`; the mismatch points at the English 8/17 at `en`. */
function expectedFindings(zh: Place, en: Place) {
  const at = (p: Place, length: number) => ({ line: p.line, column: p.column, endLine: p.line, endColumn: p.column + length });
  return [
    { ruleId: 'cohort-count', severity: 'warning', message: COHORT, text: '17/36', ...at(zh, 5) },
    { ruleId: 'pair-number-mismatch', severity: 'error', message: MISMATCH, text: '17/36', ...at(zh, 5), related: [{ text: '8/17', ...at(en, 4) }] },
    { ruleId: 'percent-fraction', severity: 'error', message: PERCENT, text: '17/36', ...at(zh, 5) },
  ];
}

const outputs = new Map<string, string>();

/** The command's output for a fixture, run once per format. */
function lint(path: string, format = 'json'): string {
  const key = `${format} ${path}`;
  if (!outputs.has(key)) {
    const r = runCli(['-f', format, `${FIXTURES}/${path}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    outputs.set(key, r.stdout);
  }
  return outputs.get(key)!;
}

function fileOf(path: string) {
  const report = JSON.parse(lint(path)) as Report;
  expect(report.files).toHaveLength(1);
  return report.files[0]!;
}

type FileReport = ReturnType<typeof fileOf>;

const findings = (file: FileReport) =>
  file.diagnostics.map((d) => ({
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    text: d.text,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ...(d.ruleId === 'pair-number-mismatch'
      ? { related: d.related.map((r) => ({ text: r.text, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn })) }
      : {}),
  }));

/** A unit's span as the report gives it: from the first character read to just past the last. */
function span(source: string, first: string, last: string) {
  const offset = source.indexOf(first);
  const end = source.indexOf(last, offset) + last.length;
  return { offset, length: end - offset, line: placeAt(source, offset).line, endLine: placeAt(source, end).line };
}

describe('JATS written by pandoc', () => {
  describe('an article with a structured abstract and a Chinese <trans-abstract>', () => {
    const path = 'jats/structured-abstract.xml';
    const source = read(path);

    it('is what pandoc writes: sections, entities and superscripts in the abstracts, a body and references around them', () => {
      for (const markup of ['<trans-abstract xml:lang="zh">', '<sec id="abs-results">', '<title>结果</title>', '&lt; 0.05', 'CD4<sup>+</sup>', '<table-wrap>', '<ref-list>']) {
        expect(source).toContain(markup);
      }
    });

    it('finds the discrepancy on the Chinese 17/36 of the XML, and nothing else in the article', () => {
      const file = fileOf(path);
      expect(findings(file)).toEqual(expectedFindings(placeOf(source, '17/36'), placeOf(source, '8/17')));
      expect(file.notices).toBeUndefined();
    });

    it('lists the article as one unit, and pairs its English sections with the Chinese ones as one abstract', () => {
      const file = fileOf(path);
      expect([file.format, file.units]).toEqual([
        'jats',
        // The English abstract declares no language (pandoc writes no xml:lang); the detector decides it.
        [{ id: 'doi:10.5555/jcdr.2024.0147', ...span(source, 'Background', '输注安全且部分有效。'), langs: ['zh'] }],
      ]);
      expect(file.passages.map((p) => [p.id, p.lang, p.line])).toEqual([
        ['p1', 'en', placeOf(source, 'Psoriasis is a chronic').line],
        ['p2', 'zh', placeOf(source, '<title>背景</title>').line],
      ]);
      expect(file.pairs.map((p) => [p.en, p.zh])).toEqual([['p1', 'p2']]);
    });

    it('points SARIF at the same region of the XML', () => {
      const sarif = JSON.parse(lint(path, 'sarif')) as {
        runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, unknown> } }[] }[] }[];
      };
      const zh = placeOf(source, '17/36');
      expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.locations.map((l) => [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region])])).toEqual(
        ['cohort-count', 'pair-number-mismatch', 'percent-fraction'].map((rule) => [
          rule,
          [
            [
              `${FIXTURES}/${path}`,
              { startLine: zh.line, startColumn: zh.column, endLine: zh.line, endColumn: zh.column + 5, charOffset: zh.offset, charLength: 5, snippet: { text: '17/36' } },
            ],
          ],
        ]),
      );
    });
  });

  it('writes the fix into the XML line that holds the Chinese 17/36, and nowhere else', () => {
    const path = 'jats/structured-abstract.xml';
    const source = read(path);
    const line = source.split('\n')[placeOf(source, '17/36').line - 1]!;
    const diff = runCli(['--fix-dry-run', `${FIXTURES}/${path}`]).stdout.split('\n');
    expect(diff.filter((l) => /^[-+](?![-+])/.test(l))).toEqual([`-${line}`, `+${line.replace('17/36', '8/17')}`]);
  });

  it('the language server puts the findings on the same characters of the open XML document', async () => {
    const path = 'jats/structured-abstract.xml';
    const source = read(path);
    const zh = placeOf(source, '17/36');
    const client = new TestClient();
    try {
      await client.initialize({ debounceMs: 0 });
      await client.open(pathToFileURL(join(ROOT, FIXTURES, path)).href, 'xml', source);
      const range = { start: { line: zh.line - 1, character: zh.column - 1 }, end: { line: zh.line - 1, character: zh.column - 1 + 5 } };
      expect((await client.next()).diagnostics.map((d) => [d.code, d.range])).toEqual([
        ['cohort-count', range],
        ['pair-number-mismatch', range],
        ['percent-fraction', range],
      ]);
    } finally {
      client.dispose();
    }
  });

  describe('an article with a translated <sub-article>', () => {
    const path = 'jats/translation.xml';
    const source = read(path);

    it('is what pandoc writes, with the translation after the back matter', () => {
      for (const markup of ['<sub-article article-type="translation" xml:lang="zh"', '&lt; 0.01', '10<sup>6</sup>', '<ref-list>']) expect(source).toContain(markup);
      expect(source.indexOf('</back>')).toBeLessThan(source.indexOf('<sub-article'));
    });

    it('finds the discrepancy in the sub-article, where the Chinese 17/36 stands', () => {
      const file = fileOf(path);
      expect(findings(file)).toEqual(expectedFindings(placeOf(source, '17/36'), placeOf(source, '8/17')));
      expect(file.notices).toBeUndefined();
    });

    it('lists one unit, from the English abstract to the end of the translated one, keyed by PMID', () => {
      const file = fileOf(path);
      expect(file.units).toEqual([{ id: 'pmid:99000212', ...span(source, 'Psoriasis is a chronic', '(P &lt; 0.01)。'), langs: ['zh'] }]);
      expect(file.pairs.map((p) => [p.en, p.zh])).toEqual([['p1', 'p2']]);
    });
  });
});

describe('PubMed XML shaped on the NLM DTD', () => {
  const path = 'pubmed/three-articles.xml';
  const source = read(path);
  const article = (pmid: string) => source.slice(source.indexOf(`<PMID Version="1">${pmid}</PMID>`), source.indexOf('</PubmedArticle>', source.indexOf(`>${pmid}<`)));

  it('holds three articles: one with the discrepancy in <OtherAbstract Language="chi">, one in English only, one clean and bilingual', () => {
    expect(article('99000101')).toContain('<OtherAbstract Type="Publisher" Language="chi">');
    expect(article('99000101')).toContain('(17/36)');
    expect(article('99000102')).not.toContain('OtherAbstract');
    expect(article('99000103')).toContain('<OtherAbstract Type="Publisher" Language="chi">');
  });

  it('finds the discrepancy in the first article only, at its place in the file', () => {
    const file = fileOf(path);
    expect(findings(file)).toEqual(expectedFindings(placeOf(source, '17/36'), placeOf(source, '8/17')));
    expect(file.notices).toBeUndefined();
  });

  it('lists every article as a unit, the one without a Chinese abstract too', () => {
    const file = fileOf(path);
    expect([file.format, file.units]).toEqual([
      'pubmed',
      [
        // The first article's text starts with its first section's Label, OBJECTIVE.
        { id: 'pmid:99000101', ...span(source, 'OBJECTIVE', '输注安全且部分有效。'), langs: ['zh'] },
        // No Chinese abstract: no finding, but the article is listed.
        { id: 'pmid:99000102', ...span(source, 'Of 30 patients with plaque psoriasis', '= 0.003).'), langs: [] },
        { id: 'pmid:99000103', ...span(source, 'We reviewed 64 children', '出现轻度红斑。'), langs: ['zh'] },
      ],
    ]);
    expect(file.pairs.map((p) => [p.en, p.zh])).toEqual([
      ['u1.p1', 'u1.p2'],
      ['u3.p1', 'u3.p2'],
    ]);
  });
});

describe('DOCX written by LibreOffice', () => {
  const path = 'docx/manuscript.docx';
  const zip = unzipSync(readFileSync(join(ROOT, FIXTURES, path)));
  const document = strFromU8(zip['word/document.xml']!);
  /** Each paragraph's text as Word shows it accepted: its runs' text, deleted text and field instructions left out. */
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  /** Paragraph (1-based, as the report's line) and column of `needle`, in the one paragraph (starting with `opening`) holding it. */
  const placeInParagraphs = (needle: string, opening = ''): Place => {
    const holding = paragraphs.flatMap((p, i) => (p.startsWith(opening) && p.includes(needle) ? [i] : []));
    expect(holding).toHaveLength(1);
    return { line: holding[0]! + 1, column: paragraphs[holding[0]!]!.indexOf(needle) + 1 };
  };

  it('is a manuscript LibreOffice wrote: title page, both abstracts, a tracked change, a footnote, fields, a table and references', () => {
    expect(strFromU8(zip['docProps/app.xml']!)).toMatch(/<Application>LibreOffice\//);
    for (const markup of ['<w:del ', '<w:delText>12</w:delText>', '<w:footnoteReference ', '<w:instrText', '<w:tbl>']) expect(document).toContain(markup);
    expect(paragraphs.slice(0, 8)).toEqual([
      '脐带间充质干细胞治疗中重度银屑病的单臂临床试验',
      '周兰1，陈明1',
      '1中南大学湘雅医院皮肤科，长沙 410008',
      '通信作者：陈明，Email：chenming@example.org',
      'Umbilical cord mesenchymal stem cells for moderate-to-severe psoriasis: a single-arm trial',
      'Zhou Lan1, Chen Ming1',
      '1Department of Dermatology, Xiangya Hospital, Central South University, Changsha 410008, China',
      '摘要',
    ]);
    expect(paragraphs.at(-1)).toMatch(/^\[2\] Cheng L/);
  });

  it('finds the discrepancy on the paragraph of the Chinese results, at its column there', () => {
    const file = fileOf(path);
    expect(findings(file)).toEqual(expectedFindings(placeInParagraphs('17/36'), placeInParagraphs('8/17')));
    expect(file.notices).toBeUndefined();
  });

  it('shows each finding with its paragraph and an excerpt of the accepted text', () => {
    const zh = placeInParagraphs('17/36');
    const lines = lint(path, 'stylish').split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `${FIXTURES}/${path}`,
      `  ${zh.line}:${zh.column}  warning  ${COHORT}  cohort-count`,
      // The tracked change reads as accepted: 6 months, not the 12 it replaced.
      '         zh: …细胞/kg，随访6个月。 结果 共有47.1%(«17/36»)的患者PASI评分至少改善40%，17.6%(…',
      `         zh: …干细胞治疗中重度银屑病的安全性和有效性。 方法 «17例»患者接受3次输注，剂量为1×10⁶个细胞/kg，… (${placeInParagraphs('17例', '方法').line}:${placeInParagraphs('17例', '方法').column})`,
    ]);
  });

  it('lists the document as one unit, from the first paragraph under 摘要 to the last under Abstract', () => {
    const file = fileOf(path);
    expect(file.units?.map((u) => [u.id, u.langs, u.line, u.endLine])).toEqual([
      [undefined, ['zh', 'en'], paragraphs.indexOf('摘要') + 2, paragraphs.findIndex((p) => p.startsWith('Conclusions')) + 1],
    ]);
  });
});
