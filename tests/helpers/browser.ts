import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './run-cli.js';

/** The system's Chromium (Debian's `chromium` package); never a browser downloaded by npm. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where screenshots are saved for a person to look at (git-ignored). */
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A headless Chromium with a fresh profile, removed by `close`. Fails, never skips, when Chromium is absent. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the browser tests need Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium fonts-noto-cjk\` (.ci/run installs it in CI)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'zhenlint-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page said that it should not have: script errors, console errors (a CSP violation is one), dialogs. */
export interface PageTrouble {
  errors: string[];
  dialogs: string[];
}

/** Open a local HTML file and wait until its script has drawn it. */
export async function openPage(context: BrowserContext, file: string): Promise<{ page: Page; trouble: PageTrouble }> {
  const page = await context.newPage();
  const trouble: PageTrouble = { errors: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') trouble.errors.push(m.text());
  });
  page.on('pageerror', (e) => trouble.errors.push(String(e)));
  page.on('dialog', (d) => {
    trouble.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, trouble };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
