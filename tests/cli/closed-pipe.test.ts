import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_NAMES } from '../../src/config/load.js';
import { ROOT } from '../helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from '../helpers/temp.js';

const BIN = fileURLToPath(new URL('../../bin/zhenlint.js', import.meta.url));

/** Run the command with its standard output a pipe whose reader has gone (`zhenlint … | true`). */
function runIntoClosedPipe(args: string[], cwd = ROOT): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the command has started, so its first write meets a pipe without a reader.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const CLEAN = 'seeds/000_ea32151a420e5e16.txt';
const FAILING = `seeds/${SEED_001}`;

describe('a closed output pipe', () => {
  const dir = tempDir();
  const record = (id: string, text: string) => JSON.stringify({ id, text });
  // Enough records for several output chunks, so that writes go on after the first one failed.
  const clean = join(dir, 'clean.jsonl');
  writeFileSync(clean, Array.from({ length: 300 }, (_, i) => record(`c${i}`, seedText('000_ea32151a420e5e16.txt'))).join('\n') + '\n');
  const failing = join(dir, 'failing.jsonl');
  writeFileSync(failing, [record('ok', seedText('000_ea32151a420e5e16.txt')), record('bad', seedText(SEED_001))].join('\n') + '\n');

  it.each([
    [['-f', 'json', CLEAN], 0],
    [['-f', 'json', FAILING], 1],
    [['-f', 'stylish', FAILING], 1],
    [['-f', 'jsonl', CLEAN], 0],
    [['-f', 'jsonl', FAILING], 1],
    [['--print-schema'], 0],
    [['--print-config', CLEAN], 0],
    [['--help'], 0],
    [['--version'], 0],
  ])('%j ends quietly with the lint exit code %i', async (args, code) => {
    expect(await runIntoClosedPipe(args)).toEqual({ code, stderr: '' });
  });

  it('--init ends quietly, its config written', async () => {
    const here = tempDir();
    expect(await runIntoClosedPipe(['--init'], here)).toEqual({ code: 0, stderr: '' });
    expect(existsSync(join(here, CONFIG_NAMES[0]))).toBe(true);
  });

  it('--jsonl ends quietly with the lint exit code', async () => {
    expect(await runIntoClosedPipe(['--jsonl', clean, '--jobs', '1'])).toEqual({ code: 0, stderr: '' });
    expect(await runIntoClosedPipe(['--jsonl', failing, '--jobs', '1'])).toEqual({ code: 1, stderr: '' });
  });
});
