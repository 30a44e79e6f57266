// `node bench/review-page.js`: the size of the review page (`--format html`) and the time
// Chromium takes to open it, for the 001 seed, 50 generated files and a 5,000-article
// PubMed file. Opening is timed from navigation until the page's script has drawn its
// first page (`body[data-ready]`), median of 3, in the system's headless Chromium.
// `--images` instead saves the README's pictures of the 001 seed's page and the 50-file
// page (the top of each, 1280 × 1000) to docs/images/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { writeFiles, writePubmed } from './generate.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = `${ROOT}bench/out/review/`;
const BIN = `${ROOT}bin/zhenlint.js`;
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function page(name, inputs) {
  const out = `${OUT}${name}.html`;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, '-f', 'html', '-o', out, ...inputs], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status === null || r.status > 1) throw new Error(`zhenlint failed on ${name} (${r.status}): ${r.stderr}`);
  return { out, ms, bytes: statSync(out).size };
}

async function openTime(context, file) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const tab = await context.newPage();
    const start = performance.now();
    await tab.goto(pathToFileURL(file).href);
    await tab.waitForSelector('body[data-ready="true"]');
    times.push(performance.now() - start);
    await tab.close();
  }
  return times.sort((a, b) => a - b)[1];
}

const { values } = parseArgs({ options: { images: { type: 'boolean', default: false } } });

async function images(context, pages) {
  mkdirSync(`${ROOT}docs/images`, { recursive: true });
  for (const [name, file, hover] of pages) {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 1280, height: 1000 });
    await tab.goto(pathToFileURL(file).href);
    await tab.waitForSelector('body[data-ready="true"]');
    if (hover) await tab.hover(hover);
    await tab.screenshot({ path: `${ROOT}docs/images/${name}.png` });
    await tab.close();
  }
}

if (!existsSync(CHROMIUM)) throw new Error(`Chromium is needed at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk`);
mkdirSync(OUT, { recursive: true });
if (!existsSync(`${OUT}files50`)) writeFiles(`${OUT}files50`, 50, 1);
if (values.images) {
  const profile = mkdtempSync(join(tmpdir(), 'zhenlint-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  await images(context, [
    ['review-001', page('seed-001', ['seeds/001_b2d88acf0b6bdb1d.txt']).out, '#u0-p2c4'],
    ['review-batch', page('files50', ['bench/out/review/files50']).out],
  ]);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
}
if (!existsSync(`${OUT}pubmed5000.xml`)) await writePubmed(`${OUT}pubmed5000.xml`, 5000, 1);
const cases = [
  ['the 001 seed', page('seed-001', ['seeds/001_b2d88acf0b6bdb1d.txt'])],
  ['50 files', page('files50', ['bench/out/review/files50'])],
  ['5,000 PubMed articles', page('pubmed5000', ['bench/out/review/pubmed5000.xml'])],
];
const profile = mkdtempSync(join(tmpdir(), 'zhenlint-bench-chromium-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
console.log('| page | size | zhenlint writes it | Chromium opens it (median of 3) |');
console.log('|---|---|---|---|');
for (const [name, { out, ms, bytes }] of cases) {
  const open = await openTime(context, out);
  console.log(`| ${name} | ${(bytes / 1024).toFixed(0)} KiB | ${(ms / 1000).toFixed(2)} s | ${open.toFixed(0)} ms |`);
}
await context.close();
rmSync(profile, { recursive: true, force: true });
