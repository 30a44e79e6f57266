import { describe, expect, it } from 'vitest';
import { evaluateStatistics } from '../../src/constraints/checks/statistic-pvalue.js';
import { extractPassage } from '../../src/extract/index.js';
import { segment } from '../../src/segment/index.js';
import { growth } from '../helpers/growth.js';

/** A results file of `n` lines, every fourth result inconsistent. */
function resultsFile(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(i % 4 === 3 ? `t(${20 + (i % 50)}) = 2.20, p = .01` : `F(1, ${30 + (i % 40)}) = 0.50, ns`);
  return lines.join('\n');
}

function check(text: string) {
  const { passages } = segment(text);
  return passages.map((passage) => evaluateStatistics({ passage, ...extractPassage(passage, text) }));
}

describe('a whole results file is checked in full, in linear time', () => {
  it('reads and checks every one of 5,000 results', () => {
    const evaluations = check(resultsFile(5000)).flat();
    expect(evaluations.length).toBe(5000);
    expect(evaluations.filter((e) => !e.holds).length).toBe(1250);
  });

  it('takes about four times as long for four times the results', () => {
    const small = resultsFile(1250);
    const large = resultsFile(5000);
    // Linear gives 4; a quadratic step would give 16. The margin absorbs garbage collection.
    const g = growth(() => check(small), () => check(large), { factor: 4, ratio: 9, runs: 3, warmUp: () => check(resultsFile(500)) });
    expect(g.within, g.describe).toBe(true);
  });
});
