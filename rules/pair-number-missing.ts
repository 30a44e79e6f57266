import { langName } from '../src/align/triangulate.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'pair-number-missing',
    description: 'A number written in digits in one version should appear, in any form, in the other.',
    severity: 'warning',
    scope: 'pair',
    examples: {
      valid: [
        'Seventeen patients were enrolled and followed for 6 months; 47.1% (8/17) improved.\n共招募了 17 名患者，随访 6 个月，47.1%(8/17)的患者改善。',
      ],
      invalid: [
        'Seventeen patients were enrolled and followed for 6 months; 47.1% (8/17) improved.\n共招募了 17 名患者，随访 6 个月，47.1%(8/17)的患者改善，12 例出现不良事件。',
      ],
    },
  },
  check(ctx) {
    const pair = ctx.pair!;
    for (const claim of pair.unmatched) {
      if (claim.form !== 'digits' || claim.approx) continue;
      const other = claim.lang === 'en' ? 'zh' : 'en';
      ctx.report({
        claim,
        message: `${langName(claim.lang)} states ${claim.text.trim()}, which the ${langName(other)} version does not state in any form.`,
        actual: claim.text.trim(),
      });
    }
  },
});
