// `npm run bench`: start-up, throughput and memory of zhenlint, side by side with the
// trivial bound and textlint on one corpus of real-sized pairs (bench/corpus.js), and
// on generated files, results sections and PubMed XML. Flags: --records N (the pairs of
// the side-by-side corpus, default 64000; a quick run takes fewer), --big (adds a 200 MB
// PubMed baseline file, bench/stream.js), --seed N, --profile (a CPU profile of --jobs 1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { measureCache } from './cache.js';
import { benchPairs, corpusSource, writeLongDocument, writePairsJsonl } from './corpus.js';
import { writeFiles, writePubmed } from './generate.js';
import { BIN, fmt, OUT, ROOT, timed } from './measure.js';
import { summarize } from './profile-summary.js';
import { streamRows } from './stream.js';

const TEXTLINT = `${ROOT}node_modules/textlint/bin/textlint.js`;

const { values } = parseArgs({
  options: {
    big: { type: 'boolean', default: false },
    records: { type: 'string', default: '64000' },
    seed: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
  },
});
const SEED = Number(values.seed);
const RECORDS = Number(values.records);
const CORES = availableParallelism();

function log(message) {
  process.stderr.write(`${message}\n`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  if (!existsSync(`${ROOT}dist/src/cli.js`)) {
    log('building…');
    const b = spawnSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', `${ROOT}tsconfig.json`], { stdio: 'inherit' });
    if (b.status !== 0) process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const rows = [];
  let sideBySide = [];
  const row = (what, value, note = '') => {
    rows.push([what, value, note]);
    log(`  ${what}: ${value} ${note}`);
  };

  // Cold start: one real-sized pair in a file, JSON out, node's own start-up included.
  const first = benchPairs(1, SEED).next().value;
  writeFileSync(`${OUT}one.txt`, `${first.en}\n\n${first.zh}\n`);
  const startRuns = 15;
  const bare = median(Array.from({ length: startRuns }, () => timed(['-e', '0'], { rss: false }).ms));
  const cold = median(Array.from({ length: startRuns }, () => timed([BIN, '-f', 'json', `${OUT}one.txt`], { rss: false }).ms));
  const coldStylish = median(Array.from({ length: startRuns }, () => timed([BIN, `${OUT}one.txt`], { rss: false }).ms));
  const oneKB = statSync(`${OUT}one.txt`).size / 1000;
  row(`cold start, one ${fmt(oneKB, 1)} KB pair, \`-f json\` (median of 15)`, `${fmt(cold)} ms`, `${fmt(cold / bare, 2)}× bare \`node -e 0\` (${fmt(bare)} ms)`);
  row(`cold start, one ${fmt(oneKB, 1)} KB pair, stylish (median of 15)`, `${fmt(coldStylish)} ms`, `${fmt(coldStylish / bare, 2)}× bare node`);

  // A results section: APA test statistics, one a line, checked in full (statcheck's job).
  const results = (n) =>
    // Every seventh p is wrong, so the file has findings to report.
    Array.from({ length: n }, (_, i) => `Scores differed in study ${i + 1}, t(28) = 2.20, p = ${i % 7 === 0 ? '.500' : '.036'}.`).join('\n');
  const statRows = [];
  for (const n of [1250, 5000]) {
    writeFileSync(`${OUT}results-${n}.txt`, `${results(n)}\n`);
    statRows.push([n, timed([BIN, '-f', 'json', `${OUT}results-${n}.txt`])]);
  }
  const [[, small], [n5k, big]] = statRows;
  row(
    `statistics: ${fmt(n5k)} APA results, one a line, \`-f json\``,
    `${fmt(big.ms / 1000, 2)} s wall`,
    `${fmt(n5k / (big.cpuMs / 1000))} results per CPU-second; 4× the results of 1,250 took ${fmt(big.cpuMs / small.cpuMs, 1)}× the CPU; peak RSS ${fmt(big.rssMiB)} MiB`,
  );

  // Side by side on one corpus of real-sized pairs: zhenlint on one thread and on two, the
  // trivial bound, and textlint with a rule that scans numbers.
  log(`writing ${fmt(RECORDS)} pairs…`);
  const pairsFile = `${OUT}pairs-${RECORDS}.jsonl`;
  await writePairsJsonl(pairsFile, RECORDS, SEED);
  const pairsMiB = statSync(pairsFile).size / 2 ** 20;
  const sides = [];
  const side = (what, t, note = '') => {
    sides.push({ what, t, note });
    log(`  ${what}: ${fmt(RECORDS / (t.ms / 1000))} pairs/s, ${fmt(t.ms / 1000, 1)} s wall, ${fmt(t.cpuMs / 1000, 1)} s CPU, ${fmt(t.rssMiB)} MiB`);
  };
  const outputs = {};
  for (const jobs of [1, 2]) {
    const file = `${OUT}pairs-out-j${jobs}.jsonl`;
    side(`zhenlint \`--jsonl --jobs ${jobs}\``, timed([BIN, '--jsonl', pairsFile, '--jobs', String(jobs), '--no-progress'], { stdoutFile: file }));
    outputs[jobs] = readFileSync(file);
  }
  // Without --jobs a run takes every core; on 2 cores that is the --jobs 2 run.
  const byDefault = CORES === 2 ? sides[1].t : timed([BIN, '--jsonl', pairsFile, '--no-progress']);
  side('trivial bound (read the JSONL, one regex for sentences, one for numbers)', timed([`${ROOT}bench/trivial-bound.js`, pairsFile]));
  side('textlint 15, a rule that scans numbers (bench/textlint-rules/numbers.js)', timed([`${ROOT}bench/textlint-jsonl.js`, pairsFile]));
  const [one, two, bound] = sides.map((s) => s.t);
  const sameOut = outputs[1].equals(outputs[2]);
  if (!sameOut) process.exitCode = 1;
  row(`JSONL, ${fmt(RECORDS)} pairs: zhenlint --jobs 2 ÷ --jobs 1`, `${fmt(one.ms / two.ms, 2)}× the speed`, `output ${sameOut ? 'byte-identical' : 'DIFFERENT'}; CPU ${fmt(two.cpuMs / one.cpuMs, 2)}× that of --jobs 1`);
  row(`JSONL, ${fmt(RECORDS)} pairs: zhenlint --jobs 1 ÷ trivial bound`, `${fmt(one.ms / bound.ms, 1)}× its time`, `${fmt(one.cpuMs / bound.cpuMs, 1)}× its CPU`);
  row(`peak RSS, ${fmt(RECORDS)} pairs, default jobs (${CORES})`, `${fmt(byDefault.rssMiB)} MiB`, `--jobs 1: ${fmt(one.rssMiB)} MiB`);
  sideBySide = [
    `Corpus: ${fmt(RECORDS)} ${corpusSource()}, ${fmt(pairsMiB)} MiB.`,
    '',
    '| run | pairs/s | pairs per CPU-second | time ÷ trivial bound | CPU ÷ trivial bound | ÷ zhenlint --jobs 1 (time) | peak RSS |',
    '|---|---|---|---|---|---|---|',
    ...sides.map(
      ({ what, t }) =>
        `| ${what} | ${fmt(RECORDS / (t.ms / 1000))} | ${fmt(RECORDS / (t.cpuMs / 1000))} | ${fmt(t.ms / bound.ms, 1)}× | ${fmt(t.cpuMs / bound.cpuMs, 1)}× | ${fmt(t.ms / one.ms, 2)}× | ${fmt(t.rssMiB)} MiB |`,
    ),
  ];

  // One long document, read whole: memory as the text grows.
  const docMB = 20;
  const doc = `${OUT}document-${docMB}mb.txt`;
  if (!existsSync(doc)) {
    log(`writing a ${docMB} MB document…`);
    await writeLongDocument(doc, docMB * 1000 * 1000, SEED);
  }
  const docT = timed([BIN, '-f', 'json', '--max-file-time', '3600', doc], { stdoutFile: `${OUT}document-${docMB}mb.json` });
  row(`one ${fmt(statSync(doc).size / 2 ** 20, 1)} MiB bilingual document, \`-f json\``, `peak RSS ${fmt(docT.rssMiB)} MiB`, `${fmt(docT.ms / 1000, 1)} s wall, ${fmt(docT.cpuMs / 1000, 1)} s CPU`);

  // Files: the same documents written one a file, against textlint doing less.
  const FILES = Math.min(RECORDS, 1000);
  const dir = `${OUT}files-${FILES}`;
  if (!existsSync(dir) || readdirSync(dir).length !== FILES) {
    rmSync(dir, { recursive: true, force: true });
    writeFiles(dir, FILES, SEED);
  }
  const zl1 = timed([BIN, '-f', 'json', '--jobs', '1', dir]);
  const zlN = timed([BIN, '-f', 'json', dir]);
  const tl = timed([TEXTLINT, '--no-textlintrc', '--rulesdir', `${ROOT}bench/textlint-rules`, '-f', 'json', dir]);
  row(`${fmt(FILES)} files, zhenlint \`-f json --jobs 1\``, `${fmt(FILES / (zl1.ms / 1000))} files/s`, `${fmt(zl1.ms / 1000, 2)} s wall, ${fmt(zl1.cpuMs / 1000, 2)} s CPU; peak RSS ${fmt(zl1.rssMiB)} MiB`);
  row(`${fmt(FILES)} files, zhenlint \`-f json\` (default jobs = ${CORES})`, `${fmt(FILES / (zlN.ms / 1000))} files/s`, `${fmt(zlN.ms / 1000, 2)} s wall, ${fmt(zlN.cpuMs / 1000, 2)} s CPU; peak RSS ${fmt(zlN.rssMiB)} MiB`);
  row(`${fmt(FILES)} files, textlint 15 with one empty rule`, `${fmt(FILES / (tl.ms / 1000))} files/s`, `${fmt(tl.ms / 1000, 2)} s wall, ${fmt(tl.cpuMs / 1000, 2)} s CPU; peak RSS ${fmt(tl.rssMiB)} MiB`);
  row('zhenlint ÷ textlint, wall time', `${fmt(zl1.ms / tl.ms, 2)}× (--jobs 1)`, `${fmt(zlN.ms / tl.ms, 2)}× (default jobs); CPU time, --jobs 1: ${fmt(zl1.cpuMs / tl.cpuMs, 2)}×`);
  const cached = measureCache(timed, dir, FILES);
  for (const r of cached.rows) row(...r);
  if (!cached.same) process.exitCode = 1;

  // A PubMed file read as a stream, article by article: memory stays flat whatever its size.
  const articles = 10000;
  const pubmed = `${OUT}pubmed-${articles}.xml`;
  if (!existsSync(pubmed)) await writePubmed(pubmed, articles, SEED);
  const xmlMiB = statSync(pubmed).size / 2 ** 20;
  const px = timed([BIN, '-f', 'json', pubmed]);
  row(
    `PubMed XML, ${fmt(articles)} articles (${fmt(xmlMiB)} MiB), streamed`,
    `${fmt(articles / (px.ms / 1000))} articles/s`,
    `${fmt(px.ms / 1000, 1)} s wall, ${fmt(px.cpuMs / 1000, 1)} s CPU; peak RSS ${fmt(px.rssMiB)} MiB`,
  );
  // --big: a synthetic PubMed baseline file of 200 MB (bench/pubmed-baseline.js), in each output format.
  if (values.big) for (const r of await streamRows({ mb: 200, seed: SEED, log })) row(...r);

  if (values.profile) {
    rmSync(`${OUT}profile`, { recursive: true, force: true });
    // A few thousand pairs show where the time goes; the whole corpus would only take longer.
    const profiled = Math.min(RECORDS, 5000);
    const file = `${OUT}pairs-${profiled}.jsonl`;
    await writePairsJsonl(file, profiled, SEED);
    timed([BIN, '--jsonl', file, '--jobs', '1'], { rss: false, node: ['--cpu-prof', '--cpu-prof-dir', `${OUT}profile`] });
    const [p] = readdirSync(`${OUT}profile`);
    const s = summarize(JSON.parse(readFileSync(`${OUT}profile/${p}`, 'utf8')), 15);
    log(`\nCPU profile (--jobs 1, ${fmt(profiled)} pairs), self time by file:\n${s.files.join('\n')}\n\nby function:\n${s.functions.join('\n')}`);
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `Machine: ${CORES} cores (${cpu}), ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}; corpus seed ${SEED}.`,
    '',
    ...sideBySide,
    '',
    '| measure | result | detail |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
