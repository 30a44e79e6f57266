import { constraintRule, type Evaluation } from '../src/constraints/evaluation.js';
import type { PassageInfo } from '../src/pair/index.js';

const ID = 'pvalue-bounds';

function evaluate(info: PassageInfo): Evaluation[] {
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

export default constraintRule(
  {
    id: ID,
    description: 'A p-value must lie between 0 and 1, and is never written as exactly 0 (P = 0.000).',
    severity: 'error',
    examples: {
      valid: ['The difference was significant (P < 0.001).', '差异有统计学意义(P<0.05)。', 'No difference was seen (P = 1.00).'],
      invalid: [
        {
          text: 'The difference was significant (P = 1.5).',
          errors: [
            { line: 1, column: 33, text: 'P = 1.5', severity: 'error', message: 'P = 1.5 is not a probability: a p-value lies between 0 and 1.' },
          ],
        },
        {
          text: 'The difference was significant (P = 0.000).',
          errors: [
            { line: 1, column: 33, text: 'P = 0.000', severity: 'warning', message: 'P = 0.000 reads as a p-value of exactly zero; a p-value too small to show at 3 decimals is written P < 0.001.' },
          ],
          output: 'The difference was significant (P < 0.001).',
        },
        {
          text: '差异有统计学意义(P=0.000)。',
          errors: [
            { line: 1, column: 10, text: 'P=0.000', severity: 'warning', message: 'P=0.000 reads as a p-value of exactly zero; a p-value too small to show at 3 decimals is written P < 0.001.' },
          ],
          output: '差异有统计学意义(P < 0.001)。',
        },
      ],
    },
  },
  evaluate,
);
