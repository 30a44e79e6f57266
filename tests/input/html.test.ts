import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { extractHtml, NO_ABSTRACT, sniffHtml } from '../../src/input/html.js';
import type { Unit } from '../../src/input/types.js';

/** The source characters `text[i]` was read from, up to where the next text character comes from. */
const sourceOf = (source: string, unit: Unit, i: number) => source.slice(unit.offsets[i]!, unit.offsets[i + 1]!);
/** Where `needle` (found in the unit's text) comes from in the source. */
const at = (source: string, unit: Unit, needle: string) => {
  const i = unit.text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  return source.slice(unit.offsets[i]!, unit.offsets[i + needle.length]!);
};
const only = (source: string) => {
  const extraction = extractHtml(source);
  expect(extraction.problems).toEqual([]);
  expect(extraction.units).toHaveLength(1);
  return extraction.units[0]!;
};
/** Within the characters read from one element's text the map never runs backwards, nor across the whole unit. */
const expectMonotonic = (unit: Unit) => {
  for (let i = 1; i < unit.offsets.length; i++) expect(unit.offsets[i]!).toBeGreaterThanOrEqual(unit.offsets[i - 1]!);
};

const LANG_PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="citation_doi" content="10.1234/cmj.2024.0042">
<meta name="citation_pmid" content="38000001">
<title>Trial 9191</title>
<script>var dose = 9999; document.write('<p lang="en">8888</p>');</script>
<style>.abstract { width: 7777px }</style>
</head>
<body>
<header><a href="/">Journal 5555</a></header>
<nav><ul><li><a href="#abstract" class="abstract-link">Abstract 4444</a></li></ul></nav>
<!-- <p lang="en">3333</p> -->
<noscript><p lang="en">6666</p></noscript>
<div class="abstracts">
<section lang="en" class="abstract">
  <h2>Abstract</h2>
  <h3>Results</h3>
  <p>Of 17 patients, 47.1% (8/17) improved (P&lt;0.05) with
     10<sup>6</sup> cells/kg &amp; a titre of 2<sup>&minus;3</sup>.</p>
</section>
<section lang="zh-Hans" class="trans-abstract">
  <h2>摘要</h2>
  <h3>结果</h3>
  <p>17 名患者中 47.1%(8/17)改善(P&lt;0.05),&#x4e00;致。</p>
</section>
</div>
<footer>© 2222 Journal</footer>
</body></html>`;

const LANG_TEXT =
  'Abstract\nResults\nOf 17 patients, 47.1% (8/17) improved (P<0.05) with 10⁶ cells/kg & a titre of 2⁻³.' +
  '\n\n摘要\n结果\n17 名患者中 47.1%(8/17)改善(P<0.05),一致。';

describe('sniffHtml', () => {
  it('knows a page by its doctype or html tag in the first kilobyte', () => {
    expect(sniffHtml('<!DOCTYPE html>\n<p>x</p>')).toBe(true);
    expect(sniffHtml('<!doctype HTML>')).toBe(true);
    expect(sniffHtml('\n  <HTML lang="en"><body></body></HTML>')).toBe(true);
    expect(sniffHtml('<?xml version="1.0"?>\n<article><abstract/></article>')).toBe(false);
    expect(sniffHtml('Background: 47.1% (8/17).')).toBe(false);
    expect(sniffHtml(`${' '.repeat(1024)}<html>`)).toBe(false);
  });
});

describe('extractHtml: lang blocks', () => {
  const unit = only(LANG_PAGE);

  it('reads both abstracts as a reader sees them, and nothing from script, style, navigation, header, footer, comments or noscript', () => {
    expect(unit.text).toBe(LANG_TEXT);
    for (const hidden of ['9999', '8888', '7777', '5555', '4444', '3333', '6666', '2222', '9191']) expect(unit.text).not.toContain(hidden);
  });

  it('takes the id from citation_doi before citation_pmid', () => {
    expect(unit.id).toBe('doi:10.1234/cmj.2024.0042');
  });

  it('gives each abstract the language its lang attribute declares, as spans of the text', () => {
    expect(unit.langs).toEqual([
      { lang: 'en', offset: 0, length: LANG_TEXT.indexOf('\n\n') },
      { lang: 'zh', offset: LANG_TEXT.indexOf('摘要'), length: LANG_TEXT.length - LANG_TEXT.indexOf('摘要') },
    ]);
  });

  it('maps every character back to the page: entities to their &, superscripts to their digit, breaks to the element they open', () => {
    expect(unit.offsets).toHaveLength(unit.text.length + 1);
    expect(at(LANG_PAGE, unit, '8/17')).toBe('8/17');
    expect(at(LANG_PAGE, unit, '<0.05')).toBe('&lt;0.05');
    expect(at(LANG_PAGE, unit, '10⁶')).toBe('10<sup>6</sup>');
    expect(sourceOf(LANG_PAGE, unit, unit.text.indexOf('⁶'))).toBe('6</sup>');
    expect(sourceOf(LANG_PAGE, unit, unit.text.indexOf('⁻'))).toBe('&minus;');
    expect(sourceOf(LANG_PAGE, unit, unit.text.indexOf('&'))).toBe('&amp;');
    expect(sourceOf(LANG_PAGE, unit, unit.text.indexOf('一'))).toBe('&#x4e00;');
    // The space that stands for a line break and an indent inside the paragraph points at that whitespace.
    const folded = unit.text.indexOf(' 10⁶');
    expect(LANG_PAGE.slice(unit.offsets[folded]!, unit.offsets[folded + 1]!)).toBe('\n     ');
    // The blank line between the abstracts points at the section that opens the Chinese abstract.
    const blank = unit.text.indexOf('\n\n');
    expect(LANG_PAGE.slice(unit.offsets[blank]!).startsWith('<section lang="zh-Hans"')).toBe(true);
    expect(unit.offsets[blank + 1]).toBe(unit.offsets[blank]);
    // A heading's own line break points at the next heading.
    expect(LANG_PAGE.slice(unit.offsets[unit.text.indexOf('\nResults')]!).startsWith('<h3>Results')).toBe(true);
    // The unit ends where the last character (。) ends.
    expect(LANG_PAGE.slice(unit.offsets[unit.text.length]! - 1).startsWith('。</p>')).toBe(true);
    expectMonotonic(unit);
  });

  it('maps every plain character to the same character of the page', () => {
    const decoded = new Set(['<', '&', '⁶', '⁻', '³', '一', ' ', '\n']);
    for (let i = 0; i < unit.text.length; i++) {
      if (!decoded.has(unit.text[i]!)) expect(LANG_PAGE[unit.offsets[i]!]).toBe(unit.text[i]);
    }
  });
});

describe('extractHtml: abstract classes', () => {
  const PAGE = `<!DOCTYPE html><html><head>
<meta name="DC.Identifier" content="doi:10.5555/xyz.7">
</head><body>
<div id="content">
<p>Original article 1234</p>
<div class="abstract-zh"><p><b>目的</b> 评估疗效。</p><p><b>结果</b> 47.1%(8/17)改善,<i>P</i>&lt;0.05。</p></div>
<div id="abstract"><p><b>Objective</b> To assess efficacy.</p><p><b>Results</b> 47.1% (8/17) improved, <i>P</i> &lt; 0.05.</p></div>
<p>Introduction 4321</p>
</div></body></html>`;
  const unit = only(PAGE);

  it('reads every element whose class or id names an abstract, in page order, inline elements as text', () => {
    expect(unit.text).toBe('目的 评估疗效。\n结果 47.1%(8/17)改善,P<0.05。\n\nObjective To assess efficacy.\nResults 47.1% (8/17) improved, P < 0.05.');
  });

  it('leaves the language to the detector: no langs', () => {
    expect(unit.langs).toEqual([]);
  });

  it('takes the id from dc.identifier, case-insensitively', () => {
    expect(unit.id).toBe('doi:10.5555/xyz.7');
  });

  it('maps the text back', () => {
    expect(at(PAGE, unit, 'Results 47.1%')).toBe('Results</b> 47.1%');
    expect(sourceOf(PAGE, unit, unit.text.indexOf('<'))).toBe('&lt;');
    expectMonotonic(unit);
  });

  it('a wrapper named abstract around blocks with lang attributes gives way to them, so each keeps its language', () => {
    const wrapped = only(`<html><body><div id="abstracts"><h2>Abstracts</h2><div lang="en"><p>Seventeen patients.</p></div><div lang="zh-TW"><p>十七名患者。</p></div></div></body></html>`);
    expect(wrapped.text).toBe('Seventeen patients.\n\n十七名患者。');
    expect(wrapped.langs).toEqual([
      { lang: 'en', offset: 0, length: 19 },
      { lang: 'zh', offset: 21, length: 6 },
    ]);
  });

  it('paragraphs declaring the language of the block they are in stay in that block', () => {
    const u = only('<body><section lang="en"><h2>Abstract</h2><p lang="en">Seventeen patients.</p><p lang="en-GB">Eight improved.</p></section></body>');
    expect(u.text).toBe('Abstract\nSeventeen patients.\nEight improved.');
    expect(u.langs).toEqual([{ lang: 'en', offset: 0, length: u.text.length }]);
  });

  it('where an element names an abstract, other elements declaring a language (a title, the authors) are not read', () => {
    const page = `<html lang="zh-CN"><body><h1 lang="en">A trial of 99 patients</h1><div lang="en-US" class="authors">Wang 88</div>
<div class="abstract" lang="en-US"><p>Seventeen patients.</p></div><div class="abstract"><p>十七名患者。</p></div></body></html>`;
    const u = only(page);
    expect(u.text).toBe('Seventeen patients.\n\n十七名患者。');
    expect(u.langs).toEqual([{ lang: 'en', offset: 0, length: 19 }]);
  });

  it('a link or span named abstract is not a block, nor is a lang attribute on html or a span', () => {
    const page = `<html lang="en"><body><a class="abstract-link" href="#a">Abstract 1</a><p>Body <span lang="zh">中文</span> 2.</p><div lang="constructor">3</div><div lang="fr">4</div></body></html>`;
    expect(extractHtml(page)).toEqual({ format: 'html', source: page, units: [], problems: [NO_ABSTRACT] });
  });
});

describe('extractHtml: meta tags only', () => {
  const PAGE = `<!DOCTYPE html><html><head>
<meta name="citation_pmid" content="38000002">
<meta name="citation_abstract" lang="en" content="Of 17 patients, 47.1% (8/17) improved (P &lt; 0.05) &amp; none   relapsed.">
<meta name="citation_abstract" xml:lang="zh" content='17 名患者中 47.1%(8/17)改善&#65292;无复发。'>
<meta name="dc.description" content="A summary 7777.">
</head><body><p>Full text 1111</p></body></html>`;
  const unit = only(PAGE);

  it('reads citation_abstract contents, decoded and whitespace folded, with their languages; dc.description is not needed', () => {
    const text = 'Of 17 patients, 47.1% (8/17) improved (P < 0.05) & none relapsed.\n\n17 名患者中 47.1%(8/17)改善，无复发。';
    expect(unit.text).toBe(text);
    expect(unit.id).toBe('pmid:38000002');
    expect(unit.langs).toEqual([
      { lang: 'en', offset: 0, length: text.indexOf('\n') },
      { lang: 'zh', offset: text.indexOf('17 名'), length: text.length - text.indexOf('17 名') },
    ]);
  });

  it('points into the content attribute values', () => {
    expect(at(PAGE, unit, 'Of 17')).toBe('Of 17');
    expect(PAGE.slice(unit.offsets[0]! - 9, unit.offsets[0]!)).toBe('content="');
    expect(sourceOf(PAGE, unit, unit.text.indexOf('<'))).toBe('&lt;');
    expect(sourceOf(PAGE, unit, unit.text.indexOf('，'))).toBe('&#65292;');
    expect(at(PAGE, unit, '8/17)改善')).toBe('8/17)改善');
    expectMonotonic(unit);
  });

  it('falls back to dc.description when there is no citation_abstract', () => {
    const page = `<html><head><meta name="DC.Description" content="Seventeen &quot;patients&quot;."></head><body></body></html>`;
    const u = only(page);
    expect(u.text).toBe('Seventeen "patients".');
    expect(u.id).toBeUndefined();
    expect(page.slice(u.offsets[10]!, u.offsets[11]!)).toBe('&quot;');
  });

  it('ignores the meta tags when the page has an abstract block', () => {
    const page = `<html><head><meta name="citation_abstract" content="From the meta."></head><body><div class="abstract">From the page.</div></body></html>`;
    expect(only(page).text).toBe('From the page.');
  });
});

describe('extractHtml: hostile and broken markup', () => {
  it('skips a script inside an abstract, and reads an escaped script tag as text', () => {
    const page = `<div class="abstract"><p>Seventeen<script>alert(1234)</script> patients &lt;script&gt;alert(5678)&lt;/script&gt;.</p><style>p{}</style><p hidden>4321</p></div>`;
    const unit = only(page);
    expect(unit.text).toBe('Seventeen patients <script>alert(5678)</script>.');
    expect(at(page, unit, '<script>')).toBe('&lt;script&gt;');
  });

  it('reads unclosed elements and stray tags forgivingly', () => {
    const page = `<html><body><div lang="en"><p>First line<p>Second line & 10<sup>-6</sup> <b>bold <i>both</b> end</div></span><div lang="zh"><p>第一行`;
    const extraction = extractHtml(page);
    expect(extraction.problems).toEqual(['line 1: unclosed <div>, read to the end of the page']);
    const unit = extraction.units[0]!;
    expect(unit.text).toBe('First line\nSecond line & 10⁻⁶ bold both end\n\n第一行');
    expect(unit.langs).toEqual([
      { lang: 'en', offset: 0, length: 43 },
      { lang: 'zh', offset: 45, length: 3 },
    ]);
    expect(unit.offsets[unit.text.length]).toBe(page.length);
    expectMonotonic(unit);
  });

  it('reads an abstract after a head that was never closed, but never the title', () => {
    expect(only('<html><head><title>Title 1234</title><meta charset="utf-8"><div class="abstract">Seventeen patients.</div>').text).toBe('Seventeen patients.');
    expect(only('<div class="abstract"><title>Title 1234</title>Seventeen patients.</div>').text).toBe('Seventeen patients.');
  });

  it('reads a bare < that opens no tag as text, mapped to itself', () => {
    const page = '<div class="abstract">P < 0.05 and P<0.01 & 3 <= 4</div>';
    const unit = only(page);
    expect(unit.text).toBe('P < 0.05 and P<0.01 & 3 <= 4');
    for (let i = 0; i < unit.text.length; i++) expect(page[unit.offsets[i]!]).toBe(unit.text[i]);
  });

  it('says on which line an abstract block was left open, counting CRLF as one break', () => {
    const page = '<html>\r\n<body>\r\n<div class="abstract">\r\n<p>Seventeen patients.</p>\r\n';
    expect(extractHtml(page).problems).toEqual(['line 3: unclosed <div>, read to the end of the page']);
    expect(extractHtml(page).units[0]!.text).toBe('Seventeen patients.');
  });

  it('a page without abstract blocks or meta tags gives no unit and says why', () => {
    const page = '<!DOCTYPE html><html><body><p>47.1% (8/17)</p></body></html>';
    expect(extractHtml(page)).toEqual({ format: 'html', source: page, units: [], problems: [NO_ABSTRACT] });
    expect(extractHtml('')).toEqual({ format: 'html', source: '', units: [], problems: [NO_ABSTRACT] });
    expect(NO_ABSTRACT).toBe('no abstract found (no lang attribute, abstract class or citation_abstract meta tag)');
  });

  it('decodes astral and multi-character references, each character pointing at its &', () => {
    const page = '<p lang="en">A &#x1F600; b &NotEqualTilde; c &notit; d &ampx</p>';
    const unit = only(page);
    expect(unit.text).toBe('A \u{1F600} b \u2242\u0338 c \u00ACit; d &x');
    const emoji = unit.text.indexOf('\u{1F600}');
    expect([unit.offsets[emoji], unit.offsets[emoji + 1]]).toEqual([page.indexOf('&#x1F600;'), page.indexOf('&#x1F600;')]);
  });
});

describe('extractHtml end to end', () => {
  const EN =
    'We enrolled 17 patients with psoriasis in a single-arm trial. In total, 47.1% (8/17) of the patients achieved a 40% improvement in PASI (P<0.05), and the cell dose was 10⁶ per kg.';
  const ZH = '本单臂试验共纳入 17 名银屑病患者。共有 47.1%(17/36)的患者 PASI 评分改善至少 40%(P<0.05),细胞剂量为每千克 10⁶ 个。';
  const PAGE = `<!DOCTYPE html>
<html lang="en"><head><script>var x = "8/17";</script></head><body>
<nav><a href="/">Home</a></nav>
<div class="abstract" lang="en"><p>${EN.replace('10⁶', '10<sup>6</sup>').replace('<0.05', '&lt;0.05')}</p></div>
<div class="abstract" lang="zh-CN"><p>${ZH.replace('10⁶', '10<sup>6</sup>').replace('<0.05', '&lt;0.05')}</p></div>
</body></html>`;

  it('the unit gives the plain text findings, and each lands on the page where the wrong fraction is written', () => {
    const unit = only(PAGE);
    expect(unit.text).toBe(`${EN}\n\n${ZH}`);
    const findings = (text: string) => lint(text).files[0]!.diagnostics.map((d) => [d.ruleId, d.text, d.message]);
    expect(findings(unit.text)).toEqual(findings(`${EN}\n\n${ZH}`));
    const diagnostics = lint(unit.text).files[0]!.diagnostics;
    expect(diagnostics.map((d) => [d.ruleId, d.text])).toEqual([
      ['cohort-count', '17/36'],
      ['pair-number-mismatch', '17/36'],
      ['percent-fraction', '17/36'],
    ]);
    for (const d of diagnostics) {
      const start = unit.offsets[d.offset]!;
      expect(PAGE.slice(start, unit.offsets[d.offset + d.length]!)).toBe('17/36');
      expect(start).toBe(PAGE.indexOf('17/36'));
    }
  });
});
