import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { lint } from '../index.js';
import { formatStylish } from '../report/stylish.js';
import { fence } from './markdown.js';

/** The seed the README's tour shows: its Chinese fraction is wrong in three ways. */
export const TOUR_SEED = 'seeds/001_b2d88acf0b6bdb1d.txt';

/** What `zhenlint seeds/` prints without colour: only this seed has findings. */
export function tour(root: string): string {
  const text = readFileSync(join(root, TOUR_SEED), 'utf8');
  const report = lint(text, { path: TOUR_SEED });
  return fence(formatStylish(report, { sources: new Map([[TOUR_SEED, text]]), chalk: new Chalk({ level: 0 }), rules: [] }).trimEnd());
}
