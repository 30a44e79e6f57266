import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from '../helpers/temp.js';

/** Debian's Neovim (0.7 in bookworm), which .ci/run installs; its built-in LSP client is the editor under test. */
const NVIM = '/usr/bin/nvim';
const TEXT = seedText(SEED_001);

interface Seen {
  error?: string;
  filetype: string;
  diagnostics: { code: string; severity: number; lnum: number; col: number; end_col: number; message: string; source: string }[];
  quickfixes: string[];
  fix_all: { title: string; kind: string }[];
  fixed_line: string;
  cleared: boolean;
}

// Run by hand only where Neovim is missing; in CI a missing editor fails the test.
describe.skipIf(!existsSync(NVIM) && !process.env.CI)('zhenlint --lsp in Neovim', () => {
  const dir = tempDir();

  it('opens the 001 seed, shows its three findings, offers the fixes and clears them once fix-all is applied', () => {
    const out = join(dir, 'seen.json');
    const run = spawnSync(NVIM, ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(ROOT, 'tests', 'editors', 'neovim-client.lua')}`], {
      cwd: ROOT,
      encoding: 'utf8',
      // A safety net against a hung editor, not a measurement: the script's own waits are generous.
      timeout: 150_000,
      env: {
        ...process.env,
        // Neovim's LSP log and state go to the test's folder, not the user's.
        XDG_CACHE_HOME: dir,
        XDG_STATE_HOME: dir,
        XDG_DATA_HOME: dir,
        ZHENLINT_OUT: out,
        ZHENLINT_FILE: join(ROOT, 'seeds', SEED_001),
        ZHENLINT_NODE: process.execPath,
        ZHENLINT_BIN: join(ROOT, 'bin', 'zhenlint.js'),
        ZHENLINT_WAIT_MS: '60000',
      },
    });
    expect([run.status, run.signal]).toEqual([0, null]);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as Seen;
    expect(seen.error).toBeUndefined();

    // Neovim names the filetype `text`, and counts columns in bytes: 214 UTF-16 units of Chinese are 538 bytes.
    expect(seen.filetype).toBe('text');
    const line = TEXT.split('\n')[4]!;
    const col = Buffer.byteLength(line.slice(0, line.indexOf('17/36')));
    expect(col).toBe(538);
    const at = { lnum: 4, col, end_col: col + 5, source: 'zhenlint' };
    expect(seen.diagnostics).toEqual([
      { code: 'cohort-count', severity: 2, ...at, message: '17/36 counts out of 36, but the abstract enrolled 17 (17 名) and states no group of 36.' },
      {
        code: 'pair-number-mismatch',
        severity: 1,
        ...at,
        message: 'Chinese 17/36 disagrees with English 8/17: 8/17 = 47.06% agrees with the 47.1% that both versions state; 17/36 = 47.22% does not, so the Chinese is likely wrong.',
      },
      { code: 'percent-fraction', severity: 1, ...at, message: '17/36 = 47.22%, which rounds to 47.2%, not the 47.1% written beside it.' },
    ]);

    expect(seen.quickfixes).toEqual([
      'Replace with "8/17" (zhenlint: pair-number-mismatch)',
      'Disable cohort-count for this line',
      'Disable pair-number-mismatch for this line',
      'Disable percent-fraction for this line',
    ]);
    expect(seen.fix_all).toEqual([{ title: 'Fix all zhenlint problems', kind: 'source.fixAll.zhenlint' }]);
    expect(seen.fixed_line).toBe(line.replace('47.1%(17/36)', '47.1%(8/17)'));
    expect(seen.cleared).toBe(true);
    // The editor changed its buffer only: the seed on disk is as it was.
    expect(seedText(SEED_001)).toBe(TEXT);
  }, 180_000);
});
