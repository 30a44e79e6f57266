import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { createBaseline } from '../../src/baseline.js';
import { lintFiles } from '../../src/index.js';
import { XmlStream } from '../../src/input/xml.js';
import type { Unit } from '../../src/input/types.js';
import { LineStarts, splitLines } from '../../src/line-breaks.js';
import { buildReport } from '../../src/lint.js';
import { jsonChunks, jsonReportChunks } from '../../src/report/json.js';
import { PackedList, type ListedFileReport } from '../../src/report/listed.js';
import type { SourceText } from '../../src/report/excerpt.js';
import { stylishChunks } from '../../src/report/stylish.js';
import { Runner, type RunOptions } from '../../src/runner/index.js';
import { ROOT } from '../helpers/run-cli.js';
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

/** What the command line writes for these files: its JSON, JSON Lines and stylish text, and whether each file's lists came packed. */
async function outputs(paths: string[], options: RunOptions): Promise<{ json: string; jsonl: string; stylish: string; packed: boolean[] }> {
  const runner = new Runner({ ...options, excerpts: true });
  const files: ListedFileReport[] = [];
  const sources = new Map<string, SourceText>();
  for await (const r of runner.lintPaths(paths)) {
    files.push(r.file);
    sources.set(r.file.path, r.text);
  }
  const report = buildReport(files);
  const jsonl = files.map((f) => [...jsonChunks({ id: f.path, ...(f.notices?.length ? { notices: f.notices } : {}), pairs: f.pairs, diagnostics: f.diagnostics }, 0)].join('') + '\n').join('');
  const stylish = [...stylishChunks(files, report.summary, sources, new Chalk({ level: 0 }))].join('');
  return { json: [...jsonReportChunks(report)].join(''), jsonl, stylish, packed: files.map((f) => f.diagnostics instanceof PackedList) };
}

describe('a large JATS or PubMed file is read as a stream, article by article', () => {
  it('writes the same JSON, JSON Lines and stylish text as the file read whole, excerpts and the baseline included', async () => {
    const dir = tempDir();
    const path = join(dir, 'set.xml');
    writeFileSync(path, pubmedSet(12).replace('<PMID>1003</PMID>', '<PMID>1003</PMID><!-- 47.1% (8/17) -->').replace('(8/17) improved', '(8/18) improved'));
    const whole = await outputs([path], { streamAbove: Number.MAX_SAFE_INTEGER });
    const streamed = await outputs([path], { streamAbove: 0 });
    expect([whole.packed, streamed.packed]).toEqual([[false], [true]]);
    expect(streamed.json).toBe(whole.json);
    expect(JSON.parse(streamed.json)).toEqual(await lintFiles([path], { streamAbove: Number.MAX_SAFE_INTEGER }));
    expect(streamed.jsonl).toBe(whole.jsonl);
    expect(streamed.stylish).toBe(whole.stylish);
    // A streamed file's excerpts are cut from its source as each article ends: none is empty.
    expect(streamed.stylish.split('\n').filter((l) => /^ +(en|zh): /.test(l)).slice(0, 3)).toEqual([
      '         en: …s were enrolled; 47.1% («8/18») improved (P&lt;0.05).<…',
      '         en: …actText Label="RESULTS">«Seventeen» patients were enrolled;… (4:41)',
      '         en: …s were enrolled; 47.1% («8/18») improved (P&lt;0.05).<…',
    ]);
    // A baseline of some findings and --quiet are applied article by article as over the whole file.
    const full = await lintFiles([path], { streamAbove: Number.MAX_SAFE_INTEGER });
    const baseline = createBaseline([{ ...full.files[0]!, diagnostics: full.files[0]!.diagnostics.filter((_, k) => k % 2 === 0) }]);
    for (const options of [{ baseline }, { quiet: true }, { baseline, quiet: true }]) {
      const a = await outputs([path], { ...options, streamAbove: Number.MAX_SAFE_INTEGER });
      const b = await outputs([path], { ...options, streamAbove: 0 });
      expect(b.json).toBe(a.json);
      expect(b.stylish).toBe(a.stylish);
    }
  });

  it('keeps nothing of an article as objects once it is reported: 4× the articles leave no more of their ids alive', () => {
    const dir = tempDir();
    const paths = [60, 240].map((n) => {
      const path = join(dir, `set-${n}.xml`);
      writeFileSync(path, pubmedSet(n));
      return path;
    });
    // In a child, while it holds each run's results: the strings on its heap that are an article's id (\`pmid:1000\`), counted in a heap snapshot.
    const script = `
      import { getHeapSnapshot } from 'node:v8';
      const { Runner } = await import(${JSON.stringify(`${ROOT}dist/src/runner/index.js`)});
      async function liveIds() {
        let text = '';
        for await (const chunk of getHeapSnapshot()) text += chunk;
        const { snapshot, nodes, strings } = JSON.parse(text);
        const fields = snapshot.meta.node_fields;
        const [type, name, string] = [fields.indexOf('type'), fields.indexOf('name'), snapshot.meta.node_types[0].indexOf('string')];
        let n = 0;
        for (let i = 0; i < nodes.length; i += fields.length) if (nodes[i + type] === string && /^pmid:\\d/.test(strings[nodes[i + name]])) n++;
        return n;
      }
      const counts = [];
      for (const path of ${JSON.stringify(paths)}) {
        const results = [];
        for await (const r of new Runner({ streamAbove: 0 }).lintPaths([path])) results.push(r);
        counts.push([results[0].file.units.length, await liveIds()]);
      }
      process.stdout.write(JSON.stringify(counts));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    // Kept as objects, every article's unit entry would hold its id: 60, then 240.
    expect(JSON.parse(r.stdout)).toEqual([
      [60, 0],
      [240, 0],
    ]);
  });

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

  it('forgets the lines behind an article, and counts the lines after it as before', () => {
    const text = pubmedSet(6);
    const starts = splitLines(text).map((l) => l.offset);
    const all = new LineStarts();
    all.add(text);
    const forgetting = new LineStarts();
    forgetting.add(text);
    const cut = text.indexOf('<PubmedArticle>', text.indexOf('</PubmedArticle>'));
    forgetting.forgetBefore(cut);
    const after = starts.filter((s) => s > cut);
    expect(forgetting.all()).toEqual([starts.filter((s) => s <= cut).at(-1)!, ...after]);
    for (const offset of [cut, cut + 5, ...after, text.length]) expect(forgetting.positionAt(offset)).toEqual(all.positionAt(offset));
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
