// A synthetic PubMed baseline file (bench/pubmed-baseline.js) streamed article by article,
// in the JSON, JSON Lines and stylish formats: articles per second and peak RSS.
// `npm run bench -- --big` adds these rows for 200 MB; alone:
// node bench/stream.js [--mb 200] [--seed 1]
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BIN, fmt, OUT, timed } from './measure.js';
import { writePubmedBaseline } from './pubmed-baseline.js';

/** The table rows `[measure, result, detail]` for a file of `mb` MB, generated into bench/out/ once. */
export async function streamRows({ mb = 200, seed = 1, log = () => {} } = {}) {
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}pubmed-baseline-${mb}mb-seed${seed}.xml`;
  const countFile = `${file}.articles`;
  if (!existsSync(file) || !existsSync(countFile)) {
    log(`generating a ${mb} MB PubMed baseline file…`);
    writeFileSync(countFile, String(await writePubmedBaseline(file, { bytes: mb * 1000 * 1000, seed })));
  }
  const articles = Number(readFileSync(countFile, 'utf8'));
  const mib = statSync(file).size / 2 ** 20;
  const rows = [];
  for (const format of ['json', 'jsonl', 'stylish']) {
    log(`streaming it, -f ${format}…`);
    const t = timed([BIN, '-f', format, '--no-progress', file], { stdoutFile: `${OUT}pubmed-baseline-${mb}mb.${format}` });
    rows.push([
      `PubMed baseline file, ${fmt(articles)} articles (${fmt(mib)} MiB), streamed, \`-f ${format}\``,
      `${fmt(articles / (t.ms / 1000))} articles/s`,
      `${fmt(t.ms / 1000, 1)} s wall, ${fmt(t.cpuMs / 1000, 1)} s CPU (${fmt(articles / (t.cpuMs / 1000))} articles per CPU-second); peak RSS ${fmt(t.rssMiB)} MiB`,
    ]);
    log(`  ${rows.at(-1).join(' ')}`);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { mb: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' } } });
  const rows = await streamRows({ mb: Number(values.mb), seed: Number(values.seed), log: (m) => process.stderr.write(`${m}\n`) });
  process.stdout.write(['| measure | result | detail |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n');
}
