import { Chalk, type ChalkInstance } from 'chalk';
import { describe, expect, it } from 'vitest';
import { plainChalk } from '../../src/report/plain-chalk.js';

describe('plainChalk', () => {
  it('styles text as chalk does at level 0, chained or not, without loading chalk', () => {
    const plain = plainChalk();
    const chalk = new Chalk({ level: 0 });
    const styles: ((c: ChalkInstance) => string)[] = [
      (c) => c.red('error'),
      (c) => c.bold.underline('17/36'),
      (c) => c.red.bold('✖ 2 problems'),
      (c) => c.dim(''),
      (c) => c.dim(5 as unknown as string),
      (c) => c.yellow('a', 'b'),
    ];
    expect(styles.map((s) => s(plain))).toEqual(['error', '17/36', '✖ 2 problems', '', '5', 'a b']);
    expect(styles.map((s) => s(plain))).toEqual(styles.map((s) => s(chalk)));
    expect(plain.level).toBe(0);
  });

  it('is not taken for a promise: an async function hands it on as it is', async () => {
    const plain = plainChalk();
    expect(await (async () => plain)()).toBe(plain);
  });
});
