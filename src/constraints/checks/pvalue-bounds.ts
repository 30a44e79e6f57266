import type { Evaluation } from '../evaluation.js';
import type { PassageInfo } from '../../pair/index.js';

export const ID = 'pvalue-bounds';

export function evaluate(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  for (const c of info.claims) {
    if (c.kind !== 'pvalue') continue;
    const cmp = c.comparator ?? '=';
    const above = c.value > 1 || (c.value === 1 && (cmp === '>' || cmp === '>='));
    const zero = c.value === 0 && (cmp === '=' || cmp === '<' || cmp === '<=');
    const holds = !above && !zero;
    const d = Math.max(3, c.decimals);
    const bound = (1 / 10 ** d).toFixed(d);
    out.push({
      rule: ID,
      constraint: `0 < ${c.text.trim()} ≤ 1`,
      holds,
      claims: [c],
      ...(holds ? {} : above ? {
        problem: { claim: c, message: `${c.text.trim()} is not a probability: a p-value lies between 0 and 1.`, actual: c.text.trim(), expected: 'a value between 0 and 1' },
      } : {
        problem: {
          claim: c,
          severity: 'warning' as const,
          message: `${c.text.trim()} reads as a p-value of exactly zero; a p-value too small to show at ${c.decimals} decimals is written P < ${bound}.`,
          actual: c.text.trim(),
          expected: `P < ${bound}`,
          fix: { offset: c.offset, length: c.length, replacement: `${c.text.trim()[0]} < ${bound}` },
        },
      }),
    });
  }
  return out;
}
