import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'fraction-bounds',
    description: 'A fraction of a group cannot have more members than the group, nor a group of zero.',
    severity: 'error',
    scope: 'passage',
    examples: {
      valid: ['Responses were seen in 8/17 patients and in 1 of 6 children.', '17例中8例有效。'],
      invalid: ['Responses were seen in 18/17 patients.', 'Responses were seen in 3/0 patients.', '6例中8例有效。'],
    },
  },
  check(ctx) {
    for (const c of ctx.passage!.claims) {
      if (c.kind !== 'fraction') continue;
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
