import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import type { Unit } from '../../src/input/types.js';
import { extractXml, sniffXml } from '../../src/input/xml.js';
import { JATS_ENTITIES, JATS_STRUCTURED, JATS_TRANSLATION, PUBMED_SET } from './xml-fixtures.js';

/** Where in the source the character at `text.indexOf(needle) + k` comes from. */
function sourceOf(unit: Unit, needle: string, k = 0): number {
  const i = unit.text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in the unit`);
  return unit.offsets[i + k]!;
}

/**
 * Every unit's map: one offset a character and one for the end; never decreasing (units
 * are read in document order); a character copied from the source points at itself, a
 * decoded reference at its `&`, a collapsed space at white space, a line break at `<` or
 * at the content after a PubMed section's opening tag.
 */
function checkMap(source: string, unit: Unit): void {
  expect(unit.offsets.length).toBe(unit.text.length + 1);
  for (let i = 1; i < unit.offsets.length; i++) expect(unit.offsets[i]).toBeGreaterThanOrEqual(unit.offsets[i - 1]!);
  for (let i = 0; i < unit.text.length; i++) {
    const ch = unit.text[i]!;
    const at = unit.offsets[i]!;
    const from = source[at]!;
    if (ch === '\n') expect(from === '<' || source[at - 1] === '>').toBe(true);
    else if (ch === ' ') expect(' \t\r\n'.includes(from)).toBe(true);
    else if (from !== ch) expect(from === '&' || '⁰¹²³⁴⁵⁶⁷⁸⁹⁻'.includes(ch)).toBe(true);
  }
}

describe('sniffXml', () => {
  it('knows JATS and PubMed by the root element, past the declaration, comments and the doctype', () => {
    expect(sniffXml(JATS_STRUCTURED)).toBe('jats');
    expect(sniffXml(PUBMED_SET)).toBe('pubmed');
    expect(sniffXml('\uFEFF<!-- from PMC -->\n<pmc-articleset><article/></pmc-articleset>')).toBe('jats');
    expect(sniffXml('<sub-article article-type="translation"/>')).toBe('jats');
    expect(sniffXml('<PubmedArticle><MedlineCitation/></PubmedArticle>')).toBe('pubmed');
    expect(sniffXml('<!DOCTYPE article [\n<!ENTITY x "y">\n]>\n<?pi x?><article/>')).toBe('jats');
  });

  it('says nothing of other XML, of text, or of a root past the first 8 KB', () => {
    expect(sniffXml('<?xml version="1.0"?><rss version="2.0"/>')).toBeUndefined();
    expect(sniffXml('<articles><article/></articles>')).toBeUndefined();
    expect(sniffXml('Background: 47.1% (8/17).')).toBeUndefined();
    expect(sniffXml(`<!--${'x'.repeat(9000)}--><article/>`)).toBeUndefined();
    // Only the doctype is within reach: it decides.
    expect(sniffXml(`<!DOCTYPE PubmedArticleSet><!--${'x'.repeat(9000)}--><PubmedArticleSet/>`)).toBe('pubmed');
  });
});

describe('PubMed XML', () => {
  const x = extractXml(PUBMED_SET);

  it('gives a unit for each PubmedArticle, keyed by the citation PMID, with Label headings and the Chinese OtherAbstract', () => {
    expect(x.format).toBe('pubmed');
    expect(x.problems).toEqual([]);
    expect(x.source).toBe(PUBMED_SET);
    expect(x.units.map((u) => u.id)).toEqual(['pmid:35931686', 'pmid:36000001']);
    const [first, second] = x.units;
    expect(first!.text).toBe(
      'OBJECTIVE\nTo evaluate umbilical cord stem cells in psoriasis.\n' +
        'RESULTS\nA total of 47.1% (8/17) of the patients improved by at least 40% (P<0.05).\n\n' +
        '目的\n评价脐带干细胞治疗银屑病的效果。\n结果\n共有47.1%(17/36)的患者改善至少40%(P<0.05)。',
    );
    // The English <Abstract> declares no language; OtherAbstract Language="chi" does.
    const zh = first!.text.indexOf('目的');
    expect(first!.langs).toEqual([{ lang: 'zh', offset: zh, length: first!.text.length - zh }]);
    expect(second!.text).toBe('Serum levels fell to 2.5 × 10⁻³ mol/L in 12 of 30 patients (P = 0.01).');
    expect(second!.langs).toEqual([]);
  });

  it('maps every character back to the file', () => {
    for (const u of x.units) checkMap(PUBMED_SET, u);
    const [first, second] = x.units;
    expect(PUBMED_SET.slice(sourceOf(first!, 'OBJECTIVE'), sourceOf(first!, 'OBJECTIVE') + 11)).toBe('OBJECTIVE" ');
    expect(PUBMED_SET.slice(sourceOf(first!, '8/17'), sourceOf(first!, '8/17') + 4)).toBe('8/17');
    // The heading's line break points at the section's text, the next section's at its tag.
    expect(sourceOf(first!, '\nTo evaluate')).toBe(PUBMED_SET.indexOf('To evaluate'));
    expect(sourceOf(first!, '\nRESULTS')).toBe(PUBMED_SET.indexOf('<AbstractText Label="RESULTS"'));
    // `40%\n          (P` reads `40% (P`: the space is the line end, `<` the entity.
    expect(sourceOf(first!, '40% (P', 3)).toBe(PUBMED_SET.indexOf('40%\n') + 3);
    expect(PUBMED_SET.slice(sourceOf(first!, '(P<', 2), sourceOf(first!, '(P<', 2) + 4)).toBe('&lt;');
    expect(sourceOf(first!, '\n\n目的')).toBe(PUBMED_SET.indexOf('<OtherAbstract'));
    expect(sourceOf(first!, '\n\n目的', 1)).toBe(PUBMED_SET.indexOf('<OtherAbstract'));
    expect(PUBMED_SET.slice(sourceOf(first!, '结果'), sourceOf(first!, '结果') + 3)).toBe('结果"');
    expect(first!.offsets[first!.text.length]).toBe(PUBMED_SET.indexOf('。</AbstractText>\n    </OtherAbstract>') + 1);
    expect(sourceOf(second!, '⁻')).toBe(PUBMED_SET.indexOf('−3</sup>'));
    expect(sourceOf(second!, '⁻', 1)).toBe(PUBMED_SET.indexOf('−3</sup>') + 1);
  });

  it('is the same read when the format is given', () => {
    expect(extractXml(PUBMED_SET, 'pubmed')).toEqual(x);
  });

  it('counts articles without an abstract in one problem, and skips abstracts in other languages and the copyright', () => {
    const article = (pmid: number, abstracts = '') =>
      `<PubmedArticle><MedlineCitation><PMID Version="1">${pmid}</PMID><Article>${abstracts}</Article></MedlineCitation></PubmedArticle>`;
    const set = `<PubmedArticleSet>\n${[
      article(1, '<Abstract><AbstractText>Mortality was 12%.</AbstractText><CopyrightInformation>© 2020 Elsevier.</CopyrightInformation></Abstract>' +
        '<OtherAbstract Language="spa"><AbstractText>La mortalidad fue del 12%.</AbstractText></OtherAbstract>'),
      ...[2, 3, 4, 5, 6, 7].map((n) => article(n)),
      article(8, '<OtherAbstract Language="por"><AbstractText>Mortalidade de 12%.</AbstractText></OtherAbstract>'),
    ].join('\n')}\n</PubmedArticleSet>`;
    const y = extractXml(set);
    expect(y.units.map((u) => [u.id, u.text])).toEqual([['pmid:1', 'Mortality was 12%.']]);
    expect(y.problems).toEqual(['7 articles without an English or Chinese abstract: pmid:2, pmid:3, pmid:4, pmid:5, pmid:6 and 2 more']);
    expect(extractXml(`<PubmedArticleSet>${article(9)}</PubmedArticleSet>`).problems).toEqual(['pmid:9: no English or Chinese abstract found']);
    expect(extractXml('<PubmedArticleSet>\n</PubmedArticleSet>').problems).toEqual(['no <PubmedArticle> found']);
  });
});

describe('JATS', () => {
  it('reads a structured bilingual abstract: section titles on their own lines, xml:lang as langs, the DOI as id', () => {
    const x = extractXml(JATS_STRUCTURED);
    expect(x.format).toBe('jats');
    expect(x.problems).toEqual([]);
    expect(x.units).toHaveLength(1);
    const u = x.units[0]!;
    // The abstracts' own titles (摘要, Abstract) are not text; the DOI wins over the publisher's id.
    expect(u.id).toBe('doi:10.3760/cma.j.cn112137-20230412-00123');
    const zh = '目的\n探讨脐带干细胞治疗银屑病的安全性。\n结果\n共有47.1%(17/36)的患者改善≥40%,P<0.05;剂量为10⁶/kg。';
    const en = 'Objective\nTo explore the safety of umbilical cord stem cells in psoriasis.\nResults\n' +
      'A total of 47.1% (8/17) of the patients improved by at least 40%, P<0.05; the dose was 10⁶/kg.';
    expect(u.text).toBe(`${zh}\n\n${en}`);
    expect(u.langs).toEqual([
      { lang: 'zh', offset: 0, length: zh.length },
      { lang: 'en', offset: zh.length + 2, length: en.length },
    ]);
    checkMap(JATS_STRUCTURED, u);
    expect(JATS_STRUCTURED.slice(sourceOf(u, '目的'), sourceOf(u, '目的') + 10)).toBe('目的</title>');
    expect(sourceOf(u, '\n探讨')).toBe(JATS_STRUCTURED.indexOf('<p>探讨'));
    expect(sourceOf(u, '\n\nObjective')).toBe(JATS_STRUCTURED.indexOf('<trans-abstract'));
    expect(sourceOf(u, '10⁶/kg。', 2)).toBe(JATS_STRUCTURED.indexOf('6</sup>/kg。'));
    expect(u.offsets[u.text.length]).toBe(JATS_STRUCTURED.indexOf('/kg.</p>') + 4);
  });

  it('counts a byte order mark as the source’s first character', () => {
    const plain = extractXml(JATS_STRUCTURED).units[0]!;
    const marked = extractXml(`\uFEFF${JATS_STRUCTURED}`).units[0]!;
    expect(marked.text).toBe(plain.text);
    expect([...marked.offsets]).toEqual([...plain.offsets].map((o) => o + 1));
  });

  it('adds a translation sub-article’s abstract, not a reviewer report’s, and prefers the PMID', () => {
    const x = extractXml(JATS_TRANSLATION);
    expect(x.problems).toEqual([]);
    expect(x.units).toHaveLength(1);
    const u = x.units[0]!;
    expect(u.id).toBe('pmid:35931686');
    const en = 'A total of 47.1% (8/17) of the patients improved by at least 40%.\nThe efficiency was 25% (2/8) for males.';
    const zh = '共有47.1%(17/36)的患者改善至少40%。\n男性效率为25%(2/8)。';
    expect(u.text).toBe(`${en}\n\n${zh}`);
    // The article's abstract declares no language; the sub-article's xml:lang="zh" is the translation's.
    expect(u.langs).toEqual([{ lang: 'zh', offset: en.length + 2, length: zh.length }]);
    checkMap(JATS_TRANSLATION, u);
    expect(sourceOf(u, '17/36')).toBe(JATS_TRANSLATION.indexOf('17/36'));
  });

  it('decodes references and CDATA, writes superscripts as superscript characters, and reads MathML without its TeX twin', () => {
    const x = extractXml(JATS_ENTITIES);
    expect(x.problems).toEqual([]);
    const u = x.units[0]!;
    expect(u.id).toBe('article-id:cjx&2024-07');
    const en = 'Titres rose from 10⁶ to 10⁻³ and 10⁻² copies ("Smith & Co"a), with P<0.05 and 10⁴ cells.';
    const zh = '一一例\u{20000},P<0.05。';
    expect(u.text).toBe(`${en}\n\n${zh}`);
    expect(u.langs).toEqual([
      { lang: 'en', offset: 0, length: en.length },
      { lang: 'zh', offset: en.length + 2, length: zh.length },
    ]);
    checkMap(JATS_ENTITIES, u);
    const s = JATS_ENTITIES;
    expect(sourceOf(u, '⁶')).toBe(s.indexOf('<sup>6') + 5);
    // 10<sup>&#x2212;3</sup>: the minus points at its reference, the 3 at itself.
    expect(sourceOf(u, '⁻³')).toBe(s.indexOf('&#x2212;3'));
    expect(sourceOf(u, '⁻³', 1)).toBe(s.indexOf('&#x2212;3') + 8);
    expect(sourceOf(u, '⁻²')).toBe(s.indexOf('-2</sup>'));
    expect(sourceOf(u, '&')).toBe(s.indexOf('&amp; Co'));
    expect(sourceOf(u, 'P<0.05', 1)).toBe(s.indexOf('P<0.05]]>') + 1);
    expect(sourceOf(u, '10⁴', 2)).toBe(s.indexOf('4</mml:mn>'));
    // `), \r\nwith`: the line end reads as one space, pointing at the \r.
    expect(sourceOf(u, '), with', 2)).toBe(s.indexOf(',\r\nwith') + 1);
    expect(sourceOf(u, '一')).toBe(s.indexOf('&#x4e00;'));
    expect(sourceOf(u, '一', 1)).toBe(s.indexOf('&#19968;'));
    expect(sourceOf(u, '例')).toBe(s.indexOf('例'));
    // An astral character is two UTF-16 units, both at its reference.
    expect(sourceOf(u, '\u{20000}')).toBe(s.indexOf('&#x20000;'));
    expect(sourceOf(u, '\u{20000}', 1)).toBe(s.indexOf('&#x20000;'));
    expect(sourceOf(u, '<0.05。')).toBe(s.indexOf('&lt;0.05。'));
  });

  it('gives a unit for each article of a PMC article set, and reads a sub-article that is the root', () => {
    const set = '<pmc-articleset>\n' +
      '<article><front><article-meta><article-id pub-id-type="pmc">PMC9351234</article-id><abstract><p>Of 17, 8 improved.</p></abstract></article-meta></front></article>\n' +
      '<article><front><article-meta><article-id pub-id-type="pmid">35931686</article-id><abstract><p>Of 9, 6 improved.</p></abstract></article-meta></front></article>\n' +
      '</pmc-articleset>';
    expect(extractXml(set).units.map((u) => [u.id, u.text])).toEqual([
      ['article-id:PMC9351234', 'Of 17, 8 improved.'],
      ['pmid:35931686', 'Of 9, 6 improved.'],
    ]);
    const sub = extractXml('<sub-article article-type="translation" xml:lang="zh"><front-stub><abstract xml:lang="zh"><p>17例中8例改善。</p></abstract></front-stub></sub-article>');
    expect(sub.units.map((u) => [u.text, u.langs])).toEqual([['17例中8例改善。', [{ lang: 'zh', offset: 0, length: 9 }]]]);
  });

  it('skips a graphical abstract and an abstract in another language', () => {
    const x = extractXml(
      '<article><front><article-meta>' +
        '<abstract abstract-type="graphical"><p>Graphical abstract: 3/4.</p></abstract>' +
        '<abstract xml:lang="fr"><p>Résumé : 3/4.</p></abstract>' +
        '<abstract><title>Abstract</title><p>Of 17, 8 improved.</p></abstract>' +
        '</article-meta></front></article>',
    );
    expect(x.units.map((u) => [u.id, u.text, u.langs])).toEqual([[undefined, 'Of 17, 8 improved.', []]]);
    expect(x.problems).toEqual([]);
    expect(extractXml('<article><front><article-meta><article-id pub-id-type="doi">10.1/x</article-id></article-meta></front></article>').problems)
      .toEqual(['doi:10.1/x: no English or Chinese abstract found']);
  });
});

describe('bad input', () => {
  it('keeps the articles read before malformed markup and says where it broke', () => {
    const broken = PUBMED_SET.replace('in 12 of 30 patients (<i>P</i> = 0.01).</AbstractText>', 'in 12 of 30 patients.</Abstract>');
    const x = extractXml(broken);
    expect(x.units.map((u) => u.id)).toEqual(['pmid:35931686']);
    const line = broken.slice(0, broken.indexOf('patients.</Abstract>')).split('\n').length;
    const column = broken.indexOf('patients.</Abstract>') + 'patients.</Abstract>'.length - broken.lastIndexOf('\n', broken.indexOf('patients.</Abstract>')) - 1;
    expect(x.problems).toEqual([`line ${line}: unexpected close tag (column ${column})`]);
    expect(line).toBe(32);
  });

  it('never throws on a cut-off file, and keeps exactly the articles that ended before the cut', () => {
    const full = extractXml(PUBMED_SET).units;
    const ends = [...PUBMED_SET.matchAll(/<\/PubmedArticle>/g)].map((m) => m.index + m[0].length);
    expect(ends).toHaveLength(2);
    for (let cut = 0; cut < PUBMED_SET.length - 1; cut += 7) {
      const x = extractXml(PUBMED_SET.slice(0, cut));
      expect(x.units).toEqual(full.slice(0, ends.filter((end) => end <= cut).length));
      expect(x.problems).toHaveLength(1);
      expect(x.problems[0]).toMatch(/^(line \d+: .+ \(column \d+\)|no <PubmedArticle> found)$/);
    }
  });

  it('says an unclosed element is unclosed', () => {
    const x = extractXml('<article>\n<front><abstract><p>Of 17, 8 improved.</p>\n');
    expect(x.units).toEqual([]);
    expect(x.problems).toEqual(['line 3: unclosed tag: abstract (column 0)']);
  });

  it('refuses entities a document declares for itself (no billion laughs, no external entities)', () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE article [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n' +
      '<article><front><abstract><p>&lol2;</p></abstract></front></article>';
    expect(extractXml(laughs)).toMatchObject({ units: [], problems: ['line 6: undefined entity (column 35)'] });
    const external = '<!DOCTYPE article [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<article><abstract><p>&xxe;</p></abstract></article>';
    expect(extractXml(external)).toMatchObject({ units: [], problems: ['line 2: undefined entity (column 27)'] });
  });

  it('reads no units from another XML vocabulary, or from text that is not XML', () => {
    expect(extractXml('<?xml version="1.0"?>\n<rss version="2.0"><channel><description>47.1% (8/17)</description></channel></rss>'))
      .toMatchObject({ units: [], problems: ['not JATS or PubMed XML: the root element is <rss>'] });
    expect(extractXml('Background: 47.1% (8/17).')).toMatchObject({ units: [], problems: ['line 1: text data outside of root node (column 25)'] });
  });

  it('finds nothing when told the wrong format', () => {
    expect(extractXml(PUBMED_SET, 'jats')).toMatchObject({ format: 'jats', units: [], problems: ['no JATS <article> found'] });
    expect(extractXml(JATS_STRUCTURED, 'pubmed')).toMatchObject({ format: 'pubmed', units: [], problems: ['no <PubmedArticle> found'] });
  });
});

describe('end to end', () => {
  /** What lint finds, wherever it is: rule, severity, language and text. */
  const findings = (text: string) => lint(text).files[0]!.diagnostics.map((d) => [d.ruleId, d.severity, d.lang, d.text]);
  const WRONG_FRACTION = [
    ['pair-number-mismatch', 'error', 'zh', '17/36'],
    ['percent-fraction', 'error', 'zh', '17/36'],
  ];

  it.each([
    ['PubMed', PUBMED_SET,
      'A total of 47.1% (8/17) of the patients improved by at least 40% (P<0.05).\n\n共有47.1%(17/36)的患者改善至少40%(P<0.05)。'],
    ['JATS structured', JATS_STRUCTURED,
      '共有47.1%(17/36)的患者改善≥40%,P<0.05;剂量为10⁶/kg。\n\nA total of 47.1% (8/17) of the patients improved by at least 40%, P<0.05; the dose was 10⁶/kg.'],
    ['JATS translation', JATS_TRANSLATION,
      'A total of 47.1% (8/17) of the patients improved by at least 40%.\nThe efficiency was 25% (2/8) for males.\n\n共有47.1%(17/36)的患者改善至少40%。\n男性效率为25%(2/8)。'],
  ])('%s: a unit gives the findings of its abstracts as plain text, and each maps to the file', (_name, source, plain) => {
    const unit = extractXml(source).units[0]!;
    expect(findings(plain)).toEqual(WRONG_FRACTION);
    expect(findings(unit.text)).toEqual(WRONG_FRACTION);
    for (const d of lint(unit.text).files[0]!.diagnostics) {
      const at = unit.offsets[d.offset]!;
      expect(source.slice(at, unit.offsets[d.offset + d.length])).toBe('17/36');
    }
  });
});
