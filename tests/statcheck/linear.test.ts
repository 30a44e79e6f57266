import { describe, expect, it } from 'vitest';
import { evaluateStatistics } from '../../rules/statistic-pvalue.js';
import { extractPassage } from '../../src/extract/index.js';
import { segment } from '../../src/segment/index.js';

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
    const time = (n: number) => {
      const text = resultsFile(n);
      const start = performance.now();
      check(text);
      return performance.now() - start;
    };
    time(500); // load the distributions and warm up
    const small = Math.min(time(1250), time(1250));
    const large = Math.min(time(5000), time(5000));
    // Linear gives 4; a quadratic step would give 16. The margin absorbs a busy machine.
    expect(large / small).toBeLessThan(9);
  });
});
