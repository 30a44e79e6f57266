import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFileAnalyzed, buildReport } from '../../src/lint.js';
import { formatHtml } from '../../src/report/html.js';
import { reviewUnit } from '../../src/review/model.js';
import { launchBrowser, openPage, screenshot } from '../helpers/browser.js';
import { runCli, ROOT } from '../helpers/run-cli.js';
import { SEED_001, tempDir } from '../helpers/temp.js';

const require = createRequire(import.meta.url);
const dir = tempDir();
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = browser.context;
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** The review page of these paths, written by the command line. */
function pageOf(name: string, args: string[]): string {
  const out = join(dir, `${name}.html`);
  const r = runCli(['-f', 'html', '-o', out, ...args]);
  expect(r.stderr).toBe('');
  return out;
}

/** No rule of axe-core is violated on the page as drawn. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: the page itself stays under its policy.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document);
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the review page of the 001 seed', () => {
  let page: Page;
  let trouble: { errors: string[]; dialogs: string[] };

  beforeAll(async () => {
    ({ page, trouble } = await openPage(context, pageOf('seed-001', [`seeds/${SEED_001}`])));
  }, 120_000);

  it('shows both versions side by side, sentence by sentence, with their languages', async () => {
    expect(await page.locator('.cell.en[lang="en"]').count()).toBe(13);
    expect(await page.locator('.cell.zh[lang="zh"]').count()).toBe(13);
    expect(await page.locator('.cell.gap').count()).toBe(0);
    expect(await page.locator('.unit h2').innerText()).toBe(`seeds/${SEED_001}`);
  });

  it('marks 17/36 as differing from the English and failing its arithmetic, with an icon as well as a colour', async () => {
    const mark = page.locator('#u0-p2c4');
    expect(await mark.getAttribute('class')).toBe('mark fate-mismatched failing');
    expect(await mark.innerText()).toBe('≠⚠17/36');
    expect(await mark.getAttribute('aria-label')).toBe('17/36, differs from the other version, fails an arithmetic check');
    expect(await page.locator('#u0-p1c4').getAttribute('class')).toBe('mark fate-mismatched');
    expect(await page.locator('#u0-p1c3').innerText()).toBe('✓47.1%');
  });

  it('hovering 17/36 highlights 8/17 and shows the checks', async () => {
    await page.hover('#u0-p2c4');
    expect(await page.locator('#u0-p1c4').getAttribute('class')).toBe('mark fate-mismatched hl-counterpart');
    expect(await page.locator('#tip p').allInnerTexts()).toEqual([
      '17/36: differs from the other version (English 8/17)',
      '17/36 = 47.22% → 47.2%, not 47.1% ✘',
      '17/36: 36 is neither the cohort of 17 nor a stated group ✘',
      '⚠ cohort-count',
      '✖ pair-number-mismatch',
      '✖ percent-fraction',
    ]);
    await page.mouse.move(0, 0);
    expect(await page.locator('#u0-p1c4').getAttribute('class')).toBe('mark fate-mismatched');
    expect(await page.locator('#tip').isHidden()).toBe(true);
  });

  it('focusing 8/17 by keyboard highlights 17/36 and shows 8/17 = 47.06% → 47.1% ✔', async () => {
    await page.focus('#u0-p1c4');
    expect(await page.locator('#u0-p2c4').getAttribute('class')).toBe('mark fate-mismatched failing hl-counterpart');
    expect(await page.locator('#tip p').allInnerTexts()).toEqual([
      '8/17: differs from the other version (Chinese 17/36)',
      '8/17 = 47.06% → 47.1% ✔',
      '8/17: 17 is the cohort ✔',
      '2/8, 6/9 split 8/17: 2 + 6 = 8 of 8 + 9 = 17 ✔',
      '✖ pair-number-mismatch',
    ]);
    await page.locator('#u0-p1c4').blur();
    expect(await page.locator('#u0-p2c4').getAttribute('class')).toBe('mark fate-mismatched failing');
  });

  it('lists the findings beside the text, each linking to its marks, with the fix', async () => {
    const items = page.locator('.findings li.finding');
    expect(await items.count()).toBe(3);
    expect(await items.nth(0).locator('.sev').innerText()).toBe('⚠ warning');
    expect(await items.nth(1).innerText()).toBe(
      '✖ error Chinese 17/36 disagrees with English 8/17: 8/17 = 47.06% agrees with the 47.1% that both versions state; 17/36 = 47.22% does not, so the Chinese is likely wrong. pair-number-mismatch\n' +
        '17/36 (Chinese) · 8/17 (English, referred to)\nFix: 17/36 → 8/17',
    );
    expect(await items.nth(1).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#u0-p2c4', '#u0-p1c4']);
    await items.nth(2).locator('a').nth(1).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('u0-p2c3');
  });

  it('moves between findings with j and k, highlighting each one’s number', async () => {
    await page.locator('h1').click();
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('u0-f0');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('u0-f1');
    expect(await page.locator('#u0-p2c4').getAttribute('class')).toBe('mark fate-mismatched failing hl-self');
    expect(await page.locator('#u0-p1c4').getAttribute('class')).toBe('mark fate-mismatched hl-counterpart');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('u0-f0');
    await page.click('#next-finding');
    await page.click('#next-finding');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('u0-f2');
    // Past the last finding of the last page, the last stays the current one.
    await page.click('#next-finding');
    expect(await page.locator('li.finding.current').evaluateAll((lis) => lis.map((li) => li.id))).toEqual(['u0-f2']);
  });

  it('passes the axe-core accessibility check, runs without an error, and is saved as a screenshot', async () => {
    await page.mouse.move(0, 0);
    await screenshot(page, 'seed-001');
    expect(await axeViolations(page)).toEqual([]);
    expect(trouble).toEqual({ errors: [], dialogs: [] });
  });
});

describe('the review page of a batch', () => {
  let page: Page;
  let trouble: { errors: string[]; dialogs: string[] };
  const files: string[] = [];

  beforeAll(async () => {
    // 25 files: the seeds five times over, more than one page of units.
    const seeds = readdirSync(`${ROOT}seeds`).sort();
    mkdirSync(join(dir, 'batch'));
    for (let i = 0; i < 25; i++) {
      files.push(join(dir, `batch/${String(i).padStart(2, '0')}.txt`));
      copyFileSync(`${ROOT}seeds/${seeds[i % seeds.length]}`, files[i]!);
    }
    ({ page, trouble } = await openPage(context, pageOf('batch', [join(dir, 'batch')])));
  }, 120_000);

  it('sums the run up: findings by rule and severity, files by number of findings, a bar chart', async () => {
    const json = JSON.parse(runCli(['-f', 'json', join(dir, 'batch')]).stdout) as ReturnType<typeof buildReport>;
    const byRule = new Map<string, number>();
    for (const f of json.files) for (const d of f.diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
    const rows = await page.locator('#summary table.counts').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.split('\t')));
    expect(rows.map((r) => [r[0], Number(r[4])]).sort()).toEqual([...byRule].sort());
    expect(await page.locator('#summary svg[role="img"] rect').count()).toBe(byRule.size);
    expect(await page.locator('#summary svg').getAttribute('aria-label')).toBe(`Findings by rule: ${rows.map((r) => `${r[0]} ${r[4]}`).join(', ')}`);
    const spread = await page.locator('#summary table.counts').nth(1).locator('td').allInnerTexts();
    const counts = json.files.map((f) => Math.min(3, f.diagnostics.length));
    expect(spread.map(Number)).toEqual([0, 1, 2, 3].map((k) => counts.filter((c) => c === k).length));
  });

  it('shows 20 files a page and turns pages', async () => {
    expect(await page.locator('section.unit').count()).toBe(20);
    expect(await page.locator('#page-info').innerText()).toBe('Page 1 of 2 (25 files)');
    await screenshot(page, 'batch');
    await page.click('#next-page');
    expect(await page.locator('section.unit').count()).toBe(5);
    expect(await page.locator('section.unit h2').first().innerText()).toBe(files[20]);
    await page.click('#prev-page');
    expect(await page.locator('section.unit h2').first().innerText()).toBe(files[0]);
  });

  it('goes from the summary to a file, and j walks on to the next page’s findings', async () => {
    const top = page.locator('#summary button.goto').first();
    const label = await top.innerText();
    await top.click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(label);
    await page.click('#next-page');
    await page.click('#prev-page');
    const last = await page.locator('li.finding').count();
    for (let i = 0; i < last; i++) await page.keyboard.press('j');
    expect(await page.locator('#page-info').innerText()).toBe('Page 1 of 2 (25 files)');
    await page.keyboard.press('j');
    expect(await page.locator('#page-info').innerText()).toBe('Page 2 of 2 (25 files)');
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^u2\d-f0$/);
  });

  it('passes the axe-core check without an error', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(trouble).toEqual({ errors: [], dialogs: [] });
  });
});

describe('a document written to attack the page', () => {
  const en =
    'Seventeen patients were enrolled. A total of 47.1% (8/17) of patients improved <script>alert(1)</script> </textarea><img src=x onerror=alert(2)> ' +
    '<a href="javascript:alert(3)">trial</a> \u202Eevil\u202C and a lone \uD800 surrogate.';
  const zh = '共招募了 17 名患者。共有 47.1%(17/36)的患者改善 <script>alert(4)</script>。';
  const path = '<script>alert(5)</script>\u202E.txt';
  let page: Page;
  let trouble: { errors: string[]; dialogs: string[] };

  beforeAll(async () => {
    const { file, analysis } = lintFileAnalyzed(`${en}\n\n${zh}`, { path });
    const html = formatHtml(buildReport([file]), { sources: new Map(), rules: [], reviews: new Map([[path, [reviewUnit(path, analysis, file.diagnostics)]]]) });
    const out = join(dir, 'attack.html');
    writeFileSync(out, html, 'utf8');
    ({ page, trouble } = await openPage(context, out));
  }, 120_000);

  it('renders every piece of it as inert, visible text', async () => {
    expect(trouble).toEqual({ errors: [], dialogs: [] });
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('img, textarea, a[href^="javascript"], iframe').count()).toBe(0);
    const english = await page.locator('.cell.en').nth(1).innerText();
    expect(english).toBe(
      'A total of ✓47.1% (≠8/17) of patients improved <script>alert(1)</script> </textarea><img src=x onerror=alert(2)> <a href="javascript:alert(3)">trial</a> U+202Eevil' +
        'U+202C and a lone \uD800 surrogate.',
    );
    expect(await page.locator('.cell.zh').nth(1).innerText()).toBe('共有 ✓47.1%(≠⚠17/36)的患者改善 <script>alert(∅4)</script>。');
    expect(await page.locator('.unit h2').innerText()).toBe('<script>alert(5)</script>U+202E.txt');
    expect(await page.title()).toBe('zhenlint review: <script>alert(5)</script>\u202E.txt');
    await screenshot(page, 'attack');
  });

  it('carries a strict Content-Security-Policy whose hashes allow exactly its own style and script', async () => {
    const html = readFileSync(join(dir, 'attack.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!.replace(/&apos;/g, "'");
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]{43}='; style-src 'sha256-[A-Za-z0-9+/]{43}='; img-src 'none'; base-uri 'none'; form-action 'none'$/);
    // A script the page did not hash is refused.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.body.dataset.injected = "yes"';
      document.body.appendChild(s);
      return document.body.dataset.injected ?? 'no';
    });
    expect(ran).toBe('no');
  });
});
