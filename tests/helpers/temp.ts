import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from './run-cli.js';

export const SEED_001 = '001_b2d88acf0b6bdb1d.txt';
export const seedText = (name: string) => readFileSync(`${ROOT}seeds/${name}`, 'utf8');

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhenlint-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
