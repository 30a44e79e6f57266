// `npm run bench`: start-up, throughput, scaling and memory of zhenlint on a generated
// corpus, side by side with textlint. Flags: --big (adds the 100k-record run and a 200 MB PubMed baseline file, bench/stream.js),
// --records N (throughput corpus, default 2000), --seed N, --profile (writes a CPU profile).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { measureCache } from './cache.js';
import { corpus, writeFiles, writeJsonl, writePubmed } from './generate.js';
import { BIN, fmt, OUT, ROOT, timed } from './measure.js';
import { summarize } from './profile-summary.js';
import { streamRows } from './stream.js';

const TEXTLINT = `${ROOT}node_modules/textlint/bin/textlint.js`;

const { values } = parseArgs({
  options: {
    big: { type: 'boolean', default: false },
    records: { type: 'string', default: '2000' },
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

async function countPairs(file) {
  let pairs = 0;
  let records = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    const m = /"summary":\{"pairs":(\d+)/.exec(line);
    if (m) {
      pairs += Number(m[1]);
      records++;
    }
  }
  return { pairs, records };
}

async function main() {
  if (!existsSync(`${ROOT}dist/src/cli.js`)) {
    log('building…');
    const b = spawnSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', `${ROOT}tsconfig.json`], { stdio: 'inherit' });
    if (b.status !== 0) process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const rows = [];
  const row = (what, value, note = '') => {
    rows.push([what, value, note]);
    log(`  ${what}: ${value} ${note}`);
  };

  // Cold start: one abstract, JSON out, node's own start-up included.
  const one = [...corpus(1, SEED)][0];
  writeFileSync(`${OUT}one.txt`, one.text);
  const startRuns = 15;
  const bare = median(Array.from({ length: startRuns }, () => timed(['-e', '0'], { rss: false }).ms));
  const cold = median(Array.from({ length: startRuns }, () => timed([BIN, '-f', 'json', `${OUT}one.txt`], { rss: false }).ms));
  const coldStylish = median(Array.from({ length: startRuns }, () => timed([BIN, `${OUT}one.txt`], { rss: false }).ms));
  row('cold start, one abstract, `-f json` (median of 15)', `${fmt(cold)} ms`, `node alone: ${fmt(bare)} ms`);
  row('cold start, one abstract, stylish (median of 15)', `${fmt(coldStylish)} ms`);

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

  // Throughput on JSONL in, JSONL out.
  log(`generating ${fmt(RECORDS)} records…`);
  const main = `${OUT}corpus-${RECORDS}.jsonl`;
  await writeJsonl(main, RECORDS, SEED);
  const jobsList = [...new Set([1, 2, CORES])];
  const outputs = {};
  for (const jobs of jobsList) {
    const file = `${OUT}out-j${jobs}.jsonl`;
    const t = timed([BIN, '--jsonl', main, '--jobs', String(jobs)], { stdoutFile: file });
    const { pairs } = await countPairs(file);
    outputs[jobs] = readFileSync(file);
    row(
      `JSONL, ${fmt(RECORDS)} records, --jobs ${jobs}`,
      `${fmt(pairs / (t.ms / 1000))} pairs/s`,
      `${fmt(t.ms / 1000, 2)} s wall; ${fmt(pairs / (t.cpuMs / 1000))} pairs per CPU-second; peak RSS ${fmt(t.rssMiB)} MiB`,
    );
  }
  const same = jobsList.every((j) => outputs[j].equals(outputs[1]));
  row('--jobs 1 and --jobs 2 output', same ? 'byte-identical' : 'DIFFERENT');
  if (!same) process.exitCode = 1;

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

  // Scaling: double the records, double the time; memory flat.
  const sizes = [1000, 10000, ...(values.big ? [100000] : [])];
  for (const n of sizes) {
    const file = `${OUT}scale-${n}.jsonl`;
    if (!existsSync(file)) await writeJsonl(file, n, SEED);
    for (const jobs of [1, CORES]) {
      if (jobs === 1 && n > 10000) continue;
      const t = timed([BIN, '--jsonl', file, '--jobs', String(jobs)]);
      row(
        `scaling: ${fmt(n)} records, --jobs ${jobs}`,
        `${fmt(n / (t.ms / 1000))} records/s`,
        `${fmt(t.ms / 1000, 1)} s wall, ${fmt(t.cpuMs / 1000, 1)} s CPU; peak RSS ${fmt(t.rssMiB)} MiB`,
      );
    }
  }

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
    timed([BIN, '--jsonl', main, '--jobs', '1'], { rss: false, node: ['--cpu-prof', '--cpu-prof-dir', `${OUT}profile`] });
    const [p] = readdirSync(`${OUT}profile`);
    const s = summarize(JSON.parse(readFileSync(`${OUT}profile/${p}`, 'utf8')), 15);
    log(`\nCPU profile (--jobs 1, ${fmt(RECORDS)} records), self time by file:\n${s.files.join('\n')}\n\nby function:\n${s.functions.join('\n')}`);
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `Machine: ${CORES} cores (${cpu}), ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}; corpus seed ${SEED}.`,
    '',
    '| measure | result | detail |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
