import { defineRule } from '../src/rule.js';
import type { Claim } from '../src/types.js';

function countsMembers(c: Claim): boolean {
  return c.beside !== undefined || c.unit === 'patient' || /\bof\b|例中/.test(c.text);
}

export default defineRule({
  meta: {
    id: 'fraction-bounds',
    description: 'A fraction of a group cannot have more members than the group, nor a group of zero.',
    severity: 'error',
    scope: 'passage',
    examples: {
      valid: ['Responses were seen in 8/17 patients and in 1 of 6 children.', '17例中8例有效。', 'Blood pressure fell below 130/80 mm Hg.'],
      invalid: [
        {
          text: 'Responses were seen in 18/17 patients.',
          errors: [
            { line: 1, column: 24, text: '18/17', severity: 'error', message: '18/17 counts 18 out of a group of 17: the part is larger than the whole.' },
          ],
        },
        {
          text: 'A total of 47.1% (18/17) of the patients improved.',
          errors: [
            { line: 1, column: 19, text: '18/17', severity: 'error', message: '18/17 counts 18 out of a group of 17: the part is larger than the whole.' },
          ],
        },
        {
          text: '6例中8例有效。',
          errors: [
            { line: 1, column: 1, text: '6例中8例', severity: 'error', message: '6例中8例 counts 8 out of a group of 6: the part is larger than the whole.' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    for (const c of ctx.passage.claims) {
      // Only a fraction that counts members of a group: 130/80 mmHg is a pair of readings, not a part of a whole.
      if (c.kind !== 'fraction' || !countsMembers(c)) continue;
      if (c.den === 0) ctx.report({ claim: c, message: `${c.text} divides by a group of zero.`, actual: c.text });
      else if (c.num! > c.den!)
        ctx.report({
          claim: c,
          message: `${c.text} counts ${c.num} out of a group of ${c.den}: the part is larger than the whole.`,
          actual: c.text,
        });
    }
  },
});
