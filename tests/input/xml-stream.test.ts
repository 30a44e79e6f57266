import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/index.js';
import { XmlStream } from '../../src/input/xml.js';
import type { Unit } from '../../src/input/types.js';
import { LineStarts, splitLines } from '../../src/line-breaks.js';
import { tempDir } from '../helpers/temp.js';
import { JATS_STRUCTURED, PUBMED_SET } from './xml-fixtures.js';

/** Many PubMed articles, one with the 001-style discrepancy in its Chinese abstract. */
function pubmedSet(articles: number): string {
  const article = (pmid: number, zhFraction: string) => `<PubmedArticle><MedlineCitation><PMID>${pmid}</PMID><Article>
<Abstract><AbstractText Label="RESULTS">Seventeen patients were enrolled; 47.1% (8/17) improved (P&lt;0.05).</AbstractText></Abstract>
</Article><OtherAbstract Language="chi"><AbstractText>共纳入17例患者，47.1%（${zhFraction}）改善（P&lt;0.05）。</AbstractText></OtherAbstract>
</MedlineCitation></PubmedArticle>\r\n`;
  const body = Array.from({ length: articles }, (_, i) => article(1000 + i, i === articles - 2 ? '17/36' : '8/17')).join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<PubmedArticleSet>\n${body}</PubmedArticleSet>\n`;
}

describe('a large JATS or PubMed file is read as a stream, article by article', () => {
  it('gives exactly the report of the file read whole', async () => {
    const dir = tempDir();
    for (const [name, text] of [['set.xml', pubmedSet(40)], ['fixture.xml', PUBMED_SET], ['jats.xml', JATS_STRUCTURED]] as const) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const whole = await lintFiles([path], { streamAbove: Number.MAX_SAFE_INTEGER });
      const streamed = await lintFiles([path], { streamAbove: 0 });
      expect(streamed).toEqual(whole);
    }
    const set = await lintFiles([join(dir, 'set.xml')], { streamAbove: 0 });
    const file = set.files[0]!;
    expect([file.format, file.units!.length]).toEqual(['pubmed', 40]);
    // Article 39 of 40 starts on line 3 + 38 × 4; its Chinese abstract is its third line.
    const line = 3 + 38 * 4 + 2;
    expect(file.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.text])).toEqual([
      ['cohort-count', 'warning', line, '17/36'],
      ['pair-number-mismatch', 'error', line, '17/36'],
      ['percent-fraction', 'error', line, '17/36'],
    ]);
  });

  it('reads a file in another encoding whole, where the encoding is detected', async () => {
    const dir = tempDir();
    const path = join(dir, 'utf16.xml');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(pubmedSet(3).replace('encoding="utf-8"', 'encoding="utf-16"'), 'utf16le')]));
    const streamed = await lintFiles([path], { streamAbove: 0 });
    const whole = await lintFiles([path], { streamAbove: Number.MAX_SAFE_INTEGER });
    expect(streamed).toEqual(whole);
    expect(whole.files.map((f) => [f.encoding, f.format, f.units!.length])).toEqual([['utf-16le', 'pubmed', 3]]);
  });

  it('hands each article on as it ends, in chunks cut anywhere, keeping only the article being read', () => {
    const text = pubmedSet(5);
    for (const size of [1, 7, 64, 4096]) {
      const got: string[] = [];
      const stream = new XmlStream('pubmed', (unit: Unit, slice) => got.push(`${unit.id} ${slice(unit.offsets[0]!, unit.offsets[unit.text.length]!).slice(0, 7)}`));
      for (let i = 0; i < text.length; i += size) stream.write(text.slice(i, i + size));
      expect(stream.end()).toEqual([]);
      expect(got).toEqual([1000, 1001, 1002, 1003, 1004].map((pmid) => `pmid:${pmid} RESULTS`));
    }
  });

  it('counts lines as splitLines does, a CRLF cut between two chunks included', () => {
    const text = 'a\r\nb\rc\nd\u2028e\r\n\r\nf';
    for (let cut = 0; cut <= text.length; cut++) {
      const lines = new LineStarts();
      lines.add(text.slice(0, cut));
      lines.add(text.slice(cut));
      const starts = splitLines(text).map((l) => l.offset);
      expect(starts.map((offset) => lines.positionAt(offset))).toEqual(starts.map((_, i) => ({ line: i + 1, column: 1 })));
    }
  });
});
