import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocx, sniffDocx } from '../../src/input/docx.js';
import { abstractHeading, endsAbstract } from '../../src/input/docx/abstracts.js';
import type { Unit } from '../../src/input/types.js';
import { lint } from '../../src/index.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
const docx = (...paragraphs: string[]) => zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': documentXml(paragraphs.join('')) });

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A run of plain text. */
const r = (text: string) => `<w:r><w:rPr><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
/** A run set as superscript. */
const sup = (text: string) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>${esc(text)}</w:t></w:r>`;
/** A paragraph of runs, with the tab stop and paragraph-mark properties Word writes. */
const p = (...runs: string[]) =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:pPr>${runs.join('')}</w:p>`;
const para = (text: string) => p(r(text));
const ins = (text: string) => `<w:ins w:id="1" w:author="Editor" w:date="2024-01-01T00:00:00Z">${r(text)}</w:ins>`;
const del = (text: string) => `<w:del w:id="2" w:author="Editor" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>${esc(text)}</w:delText></w:r></w:del>`;
/** A field as Word writes it: the instruction between begin and separate, the shown result after. */
const field = (instruction: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${esc(instruction)}</w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const footnote = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>';
const table = (...cells: string[]) => `<w:tbl><w:tblPr/><w:tr>${cells.map((c) => `<w:tc><w:tcPr/>${c}</w:tc>`).join('')}</w:tr></w:tbl>`;

/** The 0-based paragraph a source offset falls in: its line number less one. */
const paragraphAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length - 1;

/** Every character of the unit comes from its place in the source, inserted line breaks excepted. */
function expectExactMap(source: string, unit: Unit) {
  expect(unit.offsets.length).toBe(unit.text.length + 1);
  for (let i = 0; i < unit.text.length; i++) {
    if (unit.text[i] !== '\n') expect([i, source[unit.offsets[i]!]]).toEqual([i, unit.text[i]]);
    if (i > 0) expect(unit.offsets[i]!).toBeGreaterThanOrEqual(unit.offsets[i - 1]!);
  }
}

/** A Chinese manuscript: title page, 摘要, English title and Abstract, then the body with a table and references. */
const MANUSCRIPT = docx(
  para('脐带间充质干细胞治疗银屑病的安全性和有效性'),
  para('张三，李四'),
  para('摘要'),
  para('目的：评价脐带间充质干细胞治疗银屑病的安全性。'),
  p(r('方法：17例患者接受10'), sup('6'), r('个细胞/kg输注'), footnote, r('。')),
  p(r('结果：共有47.'), r('1%（'), del('8/17'), ins('17/36'), r('）的患者PASI评分至少改善40%（P<0.05），见'), field(' REF _Ref123 \\h ', '表1'), r('。')),
  para('关键词：银屑病；间充质干细胞'),
  para('Safety and efficacy of umbilical cord mesenchymal stem cells in psoriasis'),
  para('Abstract'),
  para('Objective: To evaluate the safety of umbilical cord mesenchymal stem cells in psoriasis.'),
  p(r('Methods: Seventeen patients received 10'), sup('6'), r(' cells/kg.')),
  p(r('Results: A total of 47.'), r('1% (8/17) of the patients had at least 40% improvement in the PASI score (P'), r('<'), r('0.05; '), field(' REF _Ref123 \\h ', 'Table 1'), r(').')),
  para('Key words: psoriasis; mesenchymal stem cells'),
  para('1 Introduction'),
  para('Psoriasis affects 2% of the population.'),
  table(para('Group'), p(r('n = 17'))),
  para('References'),
);

const ZH = ['目的：评价脐带间充质干细胞治疗银屑病的安全性。', '方法：17例患者接受10⁶个细胞/kg输注。', '结果：共有47.1%（17/36）的患者PASI评分至少改善40%（P<0.05），见表1。'];
const EN = [
  'Objective: To evaluate the safety of umbilical cord mesenchymal stem cells in psoriasis.',
  'Methods: Seventeen patients received 10⁶ cells/kg.',
  'Results: A total of 47.1% (8/17) of the patients had at least 40% improvement in the PASI score (P<0.05; Table 1).',
];

describe('extractDocx on a manuscript', () => {
  const extraction = extractDocx(MANUSCRIPT);
  const unit = extraction.units[0]!;

  it('gives the body paragraphs one a line, tables included, in document order', () => {
    expect(extraction.format).toBe('docx');
    expect(extraction.problems).toEqual([]);
    expect(extraction.source.split('\n')).toEqual([
      '脐带间充质干细胞治疗银屑病的安全性和有效性',
      '张三，李四',
      '摘要',
      ...ZH,
      '关键词：银屑病；间充质干细胞',
      'Safety and efficacy of umbilical cord mesenchymal stem cells in psoriasis',
      'Abstract',
      ...EN,
      'Key words: psoriasis; mesenchymal stem cells',
      '1 Introduction',
      'Psoriasis affects 2% of the population.',
      'Group',
      'n = 17',
      'References',
    ]);
  });

  it('takes both abstracts as one unit, in document order, without headings, key words or body', () => {
    expect(extraction.units).toHaveLength(1);
    expect(unit.text).toBe(`${ZH.join('\n')}\n\n${EN.join('\n')}`);
    expect(unit.id).toBeUndefined();
  });

  it('states each abstract as the language its heading names', () => {
    const zhLength = ZH.join('\n').length;
    expect(unit.langs).toEqual([
      { lang: 'zh', offset: 0, length: zhLength },
      { lang: 'en', offset: zhLength + 2, length: EN.join('\n').length },
    ]);
    expect(unit.text.slice(unit.langs[1]!.offset, unit.langs[1]!.offset + 10)).toBe('Objective:');
  });

  it('maps every character back to its paragraph: a line number is a paragraph number', () => {
    expectExactMap(extraction.source, unit);
    const at = (needle: string, from = 0) => unit.offsets[unit.text.indexOf(needle, from)]!;
    // 0-based paragraphs: the Chinese results are the 6th paragraph, the English ones the 12th.
    expect(paragraphAt(extraction.source, at('17/36'))).toBe(5);
    expect(extraction.source.slice(at('17/36'), at('17/36') + 5)).toBe('17/36');
    expect(paragraphAt(extraction.source, at('8/17'))).toBe(11);
    expect(paragraphAt(extraction.source, at('Objective'))).toBe(9);
    // The superscript 6 points at the ⁶ of its paragraph.
    expect(extraction.source[at('⁶')]).toBe('⁶');
    expect(paragraphAt(extraction.source, at('⁶'))).toBe(4);
  });

  it('points an inserted line break at the paragraph it leads to, and the end after the last character', () => {
    const lines = extraction.source.split('\n');
    const start = (n: number) => lines.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);
    const firstBreak = unit.text.indexOf('\n');
    expect(unit.offsets[firstBreak]).toBe(start(4));
    const blank = unit.text.indexOf('\n\n');
    expect([unit.offsets[blank], unit.offsets[blank + 1]]).toEqual([start(9), start(9)]);
    expect(unit.offsets[unit.text.length]).toBe(start(11) + EN[2]!.length);
  });

  it('is sniffed as DOCX', () => {
    expect(sniffDocx(MANUSCRIPT)).toBe(true);
  });
});

describe('paragraph text', () => {
  const source = (...paragraphs: string[]) => extractDocx(docx(...paragraphs)).source;

  it('joins runs split inside a number', () => {
    expect(source(p(r('A total of 47.'), r('1'), r('% (8/'), r('17)')))).toBe('A total of 47.1% (8/17)');
  });

  it('reads runs inside hyperlinks, smart tags, content controls and bookmarks', () => {
    const hyperlink = `<w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${r('NCT01234567')}</w:hyperlink>`;
    const smartTag = `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">${r('Changsha')}</w:smartTag>`;
    const control = `<w:sdt><w:sdtPr><w:alias w:val="Trial"/></w:sdtPr><w:sdtContent>${r(' (phase 1/2a)')}</w:sdtContent></w:sdt>`;
    expect(source(p('<w:bookmarkStart w:id="0" w:name="_Ref1"/>', r('Registered as '), hyperlink, r(' in '), smartTag, control, '<w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellStart"/>'))).toBe(
      'Registered as NCT01234567 in Changsha (phase 1/2a)',
    );
  });

  it('reads WordprocessingML by its namespace, whatever the prefix, strict OOXML included', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const xml = `<x:document xmlns:x="${strict}"><x:body><x:p><x:r><x:t>47.1% (8/17)</x:t></x:r></x:p><x:p><x:r><x:t>next</x:t></x:r></x:p></x:body></x:document>`;
    expect(extractDocx(zip({ 'word/document.xml': xml })).source).toBe('47.1% (8/17)\nnext');
    // Another vocabulary's p is not a paragraph.
    const foreign = `<w:document xmlns:w="${W}" xmlns:o="urn:other"><w:body><o:p>no</o:p>${para('yes')}</w:body></w:document>`;
    expect(extractDocx(zip({ 'word/document.xml': foreign })).source).toBe('yes');
  });

  it('reads tracked changes as accepted: insertions kept, deletions dropped', () => {
    expect(source(p(r('共有47.1%（'), del('8/17'), ins('17/36'), r('）')))).toBe('共有47.1%（17/36）');
    expect(source(p(r('P'), del('<0.01'), ins('<0.05')))).toBe('P<0.05');
    const moved = `<w:moveFrom w:id="3" w:author="E" w:date="2024-01-01T00:00:00Z">${r('moved away ')}</w:moveFrom>`;
    expect(source(p(moved, r('kept'), `<w:moveTo w:id="4" w:author="E" w:date="2024-01-01T00:00:00Z">${r(' moved here')}</w:moveTo>`))).toBe('kept moved here');
  });

  it('runs a paragraph whose mark is a tracked deletion on into the next, and drops a paragraph deleted whole', () => {
    const markDeleted = (...runs: string[]) => `<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="E" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>${runs.join('')}</w:p>`;
    const markInserted = (...runs: string[]) => `<w:p><w:pPr><w:rPr><w:ins w:id="6" w:author="E" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>${runs.join('')}</w:p>`;
    expect(source(markDeleted(r('Results: A total of ')), para('47.1% (8/17) improved.'), para('next'))).toBe('Results: A total of 47.1% (8/17) improved.\nnext');
    expect(source(para('first'), markDeleted(del('A sentence deleted whole.')), para('second'))).toBe('first\nsecond');
    expect(source(markInserted(ins('Inserted paragraph.')), para('kept'))).toBe('Inserted paragraph.\nkept');
    // The last paragraph's deleted mark has nothing to run into.
    expect(source(para('a'), markDeleted(r('end')))).toBe('a\nend');
  });

  it('skips field codes and keeps their shown result, nested fields included', () => {
    expect(source(p(r('see '), field(' REF _Ref1 \\h ', 'Table 1'), r('.')))).toBe('see Table 1.');
    // A citation field whose instruction holds text runs, as reference managers write it.
    const citation =
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r>${r('ADDIN EN.CITE <EndNote>')}${field(' ADDIN EN.CITE.DATA ', 'ignored')}` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('[1]')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(source(p(r('as reported'), citation, r('.')))).toBe('as reported[1].');
  });

  it('skips footnote and endnote references', () => {
    expect(source(p(r('40%'), footnote, r(' improved'), '<w:r><w:endnoteReference w:id="2"/></w:r>', r('.')))).toBe('40% improved.');
  });

  it('writes superscript digits and minus signs as superscript characters, other superscript text as it is', () => {
    expect(source(p(r('10'), sup('6'), r(' cells, 2.5×10'), sup('-3'), r(', 10'), sup('−12'), r(' M'), sup('a')))).toBe('10⁶ cells, 2.5×10⁻³, 10⁻¹² Ma');
  });

  it('reads a tab as a tab and a line break as a space, so that the paragraph stays one line', () => {
    expect(source(p('<w:r><w:t>n</w:t><w:tab/><w:t>17</w:t><w:br/><w:t>P</w:t><w:cr/><w:t>0.05</w:t></w:r>'), para('next'))).toBe('n\t17 P 0.05\nnext');
  });

  it('counts empty paragraphs and table cells, and reads a text box once', () => {
    const textBox =
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${para('box')}</w:txbxContent></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><w:txbxContent>${para('box')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    expect(source(para('a'), '<w:p/>', table(para('cell 1'), '<w:p/>'), p(r('anchor'), textBox), para('z'))).toBe('a\n\ncell 1\n\nanchor\nbox\nz');
  });
});

describe('abstract headings', () => {
  const unitOf = (...paragraphs: string[]) => extractDocx(docx(...paragraphs));

  it('reads headings written as a prefix of the first paragraph', () => {
    const e = unitOf(para('摘要：目的：评价安全性。'), para('结果：47.1%（8/17）。'), para('关键词：银屑病'), para('Abstract: Objective: To evaluate safety.'), para('Results: 47.1% (8/17).'), para('Keywords: psoriasis'));
    expect(e.problems).toEqual([]);
    expect(e.units[0]!.text).toBe('目的：评价安全性。\n结果：47.1%（8/17）。\n\nObjective: To evaluate safety.\nResults: 47.1% (8/17).');
    expect(e.units[0]!.langs).toEqual([
      { lang: 'zh', offset: 0, length: 25 },
      { lang: 'en', offset: 27, length: 53 },
    ]);
    expectExactMap(e.source, e.units[0]!);
    expect(e.units[0]!.offsets[0]).toBe(3);
  });

  it('reads the English abstract first when the document has it first, and the other heading ends it', () => {
    const e = unitOf(para('ABSTRACT'), para('Objective: To evaluate safety.'), para('中文摘要'), para('目的：评价安全性。'), para('Introduction'), para('Body.'));
    expect(e.problems).toEqual([]);
    expect(e.units[0]!.text).toBe('Objective: To evaluate safety.\n\n目的：评价安全性。');
    expect(e.units[0]!.langs.map((l) => l.lang)).toEqual(['en', 'zh']);
  });

  it.each([
    ['摘要', { lang: 'zh', column: 2 }],
    ['摘 要', { lang: 'zh', column: 3 }],
    ['中文摘要', { lang: 'zh', column: 4 }],
    ['【摘要】目的：评价', { lang: 'zh', column: 4 }],
    ['摘要 目的：评价', { lang: 'zh', column: 3 }],
    ['摘要目的：评价', { lang: 'zh', column: 2 }],
    ['Abstract', { lang: 'en', column: 8 }],
    ['ABSTRACT', { lang: 'en', column: 8 }],
    ['Summary', { lang: 'en', column: 7 }],
    ['Abstract: Objective', { lang: 'en', column: 10 }],
    ['Abstract. Background', { lang: 'en', column: 10 }],
    ['ABSTRACT Objective: To', { lang: 'en', column: 9 }],
  ])('%s is a heading', (paragraph, heading) => {
    expect(abstractHeading(paragraph)).toEqual(heading);
  });

  it.each(['摘要显示了结果。', 'Abstracts were screened.', 'Summary statistics are given.', 'Abstract thinking improved.', 'Graphical abstract'])('%s is no heading', (paragraph) => {
    expect(abstractHeading(paragraph)).toBeUndefined();
  });

  it.each(['关键词：银屑病', '【关键词】银屑病', 'Key words: a', 'KEY WORDS a', 'Keywords: a', '引言', '0 引言', '1 Introduction', '1. INTRODUCTION', '参考文献', 'References', '一、引言'])(
    '%s ends an abstract',
    (paragraph) => {
      expect(endsAbstract(paragraph)).toBe(true);
    },
  );

  it.each(['Introduction of MSCs reduced the PASI score.', 'Results: 47.1% (8/17).', '目的：评价'])('%s does not end an abstract', (paragraph) => {
    expect(endsAbstract(paragraph)).toBe(false);
  });

  it('takes nothing and says so when no heading is found', () => {
    const e = unitOf(para('Objective: To evaluate safety.'), para('目的：评价安全性。'));
    expect(e.units).toEqual([]);
    expect(e.problems).toEqual(['no 摘要/Abstract heading found']);
    expect(e.source).toBe('Objective: To evaluate safety.\n目的：评价安全性。');
  });

  it('takes the one abstract found and names the missing heading', () => {
    const e = unitOf(para('摘要'), para('目的：评价安全性。'), para('关键词：银屑病'));
    expect(e.units.map((u) => [u.text, u.langs])).toEqual([['目的：评价安全性。', [{ lang: 'zh', offset: 0, length: 9 }]]]);
    expect(e.problems).toEqual(['no Abstract heading found']);
  });

  it('says when an abstract runs to the end of the document or has no text', () => {
    const e = unitOf(para('Abstract'), para('Key words: a'), para('摘要'), para('目的：评价安全性。'), para('结论：安全。'));
    expect(e.units[0]!.text).toBe('目的：评价安全性。\n结论：安全。');
    expect(e.problems).toEqual([
      'paragraph 1: no text after the Abstract heading',
      'paragraph 3: the 摘要 runs to the end of the document (no Key words, Introduction or References heading after it)',
    ]);
  });
});

describe('input that is not a readable DOCX', () => {
  it('says a zip without word/document.xml holds none', () => {
    const bytes = zip({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>' });
    expect(sniffDocx(bytes)).toBe(false);
    expect(extractDocx(bytes)).toEqual({ format: 'docx', source: '', units: [], problems: ['not a DOCX file: the zip holds no word/document.xml'] });
  });

  it('says random bytes are not a zip', () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(sniffDocx(bytes)).toBe(false);
    expect(extractDocx(bytes).problems).toEqual(['not a DOCX file: not a zip archive']);
    expect(extractDocx(new Uint8Array(0)).problems).toEqual(['not a DOCX file: not a zip archive']);
  });

  it('says a zip header followed by garbage is no readable zip', () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...strToU8('word/document.xml'), ...new Uint8Array(64)]);
    expect(sniffDocx(bytes)).toBe(false);
    expect(extractDocx(bytes).problems).toEqual(['not a DOCX file: not a readable zip archive (invalid zip data)']);
  });

  it('refuses a document.xml that declares more than 50 MB uncompressed', () => {
    const bytes = docx(para('Abstract'), para('Objective: safety.'));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The central directory entry of word/document.xml, the zip's last: its uncompressed size is at +24.
    let entry = -1;
    for (let i = bytes.length - 46; i >= 0 && entry < 0; i--) if (view.getUint32(i, true) === 0x02014b50) entry = i;
    view.setUint32(entry + 24, 60 * 1024 * 1024, true);
    expect(extractDocx(bytes)).toEqual({ format: 'docx', source: '', units: [], problems: ['word/document.xml declares 60 MB uncompressed, over the 50 MB limit'] });
    // Up to the limit it is read.
    view.setUint32(entry + 24, 50 * 1024 * 1024, true);
    expect(extractDocx(bytes).units.map((u) => u.text)).toEqual(['Objective: safety.']);
  });

  it('keeps the paragraphs before malformed markup and says where it broke', () => {
    const xml = `<w:document xmlns:w="${W}"><w:body>${para('摘要')}${para('目的：评价安全性。')}<w:p><w:r><w:t>broken</w:r></w:p></w:body></w:document>`;
    const e = extractDocx(zip({ 'word/document.xml': xml }));
    expect(e.source).toBe('摘要\n目的：评价安全性。');
    expect(e.units.map((u) => u.text)).toEqual(['目的：评价安全性。']);
    expect(e.problems).toEqual([
      `word/document.xml:1:${xml.indexOf('</w:r></w:p></w:body>') + 6}: unexpected close tag.`,
      'paragraph 1: the 摘要 runs to the end of the document (no Key words, Introduction or References heading after it)',
      'no Abstract heading found',
    ]);
  });

  it('refuses entity declarations (an XML bomb) with a problem', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    const e = extractDocx(zip({ 'word/document.xml': xml }));
    expect(e.units).toEqual([]);
    expect(e.problems[0]).toMatch(/^word\/document\.xml:1:\d+: undefined entity\.$/);
  });
});

describe('end to end', () => {
  it('lints the unit as it lints the same abstracts as plain text, and the finding lands on its paragraph', () => {
    const { source, units } = extractDocx(MANUSCRIPT);
    const unit = units[0]!;
    const plain = `${ZH.join('\n')}\n\n${EN.join('\n')}`;
    const found = (text: string) => lint(text).files[0]!.diagnostics.map((d) => ({ rule: d.ruleId, severity: d.severity, text: d.text, message: d.message, offset: d.offset }));
    expect(found(unit.text)).toEqual(found(plain));
    expect(found(unit.text).map((d) => [d.rule, d.severity, d.text])).toEqual([
      ['cohort-count', 'warning', '17/36'],
      ['pair-number-mismatch', 'error', '17/36'],
      ['percent-fraction', 'error', '17/36'],
    ]);
    const at = unit.offsets[found(unit.text)[1]!.offset]!;
    expect([paragraphAt(source, at) + 1, source.slice(at, at + 5)]).toEqual([6, '17/36']);
  });
});
