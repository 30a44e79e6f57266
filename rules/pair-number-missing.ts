import { alignedSentences } from '../src/align/claims.js';
import { ageSaidInWords, exactNumberWord, oneSaidInWords, reportableWordCount } from '../src/align/word-counts.js';
import { langName } from '../src/align/triangulate.js';
import { defineRule, type Related } from '../src/rule.js';
import type { Claim, Sentence } from '../src/types.js';

/** Sentences longer than this are quoted by their start in a message. */
const QUOTE = 60;

function quote(s: Sentence): string {
  // Only the head is read: a sentence may be a megabyte of numbers.
  // A sentence of hard-wrapped text runs over lines: quoted on one.
  const head = [...s.text.trimStart().slice(0, 2 * QUOTE + 1).replace(/\s+/g, ' ')];
  return head.length > QUOTE ? `${head.slice(0, QUOTE).join('').trimEnd()}…` : head.join('').trimEnd();
}

export default defineRule({
  meta: {
    id: 'pair-number-missing',
    description: 'A number written in digits, or a count written in words with its unit, in one version should appear, in any form, in the other: in the aligned sentence, as often as it states it.',
    severity: 'warning',
    scope: 'pair',
    examples: {
      valid: [
        'Seventeen patients were enrolled and followed for 6 months; 47.1% (8/17) improved.\n共招募了 17 名患者，随访 6 个月，47.1%(8/17)的患者改善。',
      ],
      invalid: [
        {
          text: 'Seventeen patients were enrolled and followed for 6 months; 47.1% (8/17) improved.\n共招募了 17 名患者，随访 6 个月，47.1%(8/17)的患者改善，12 例出现不良事件。',
          errors: [
            { line: 2, column: 38, text: '12 例', severity: 'warning', message: 'Chinese states 12 例, which the English version does not state in any form (aligned English sentence: "Seventeen patients were enrolled and followed for 6 months;…").' },
          ],
        },
        {
          text: 'Scores rose in A (P<0.05), B (P<0.05) and C (P<0.05).\nA（P<0.05）和 B（P<0.05）评分升高。',
          errors: [
            { line: 1, column: 46, text: 'P<0.05', severity: 'warning', message: 'English states P<0.05 more often in this sentence than the aligned Chinese sentence does (aligned Chinese sentence: "A（P<0.05）和 B（P<0.05）评分升高。").' },
          ],
        },
        {
          text: 'Seventeen patients were enrolled and followed for 6 months.\n共招募了 17 名患者，随访 6 个月，其中三例失访。',
          errors: [
            { line: 2, column: 23, text: '三例', severity: 'warning', message: 'Chinese states 三例, which the English version does not state in any form (aligned English sentence: "Seventeen patients were enrolled and followed for 6 months.").' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const pair = ctx.pair;
    // The aligned sentences are worked out for the first number there is to report: most pairs have none.
    let alignedOf: ((claim: Claim) => Sentence[]) | undefined;
    const aligned = (claim: Claim) => (alignedOf ??= alignedSentences(pair))(claim);
    const at = (claim: Claim): { where: string; related: Related[] } => {
      const other = claim.lang === 'en' ? 'zh' : 'en';
      const sentences = aligned(claim);
      if (sentences.length === 0) return { where: '', related: [] };
      const first = sentences[0]!;
      const last = sentences[sentences.length - 1]!;
      const span = { lang: other, offset: first.offset, length: last.offset + last.length - first.offset, text: '' } as const;
      return {
        where: ` (aligned ${langName(other)} sentence: "${quote(first)}")`,
        related: [{ span, message: `The aligned ${langName(other)} sentence.` }],
      };
    };
    for (const claim of pair.unmatched) {
      // A number word or numeral is reported only as a count of a named thing: `three cycles`, `四周`, never `one of`;
      // or as a number of ten or more spelled out (`Sixteen`), as exact as digits.
      if ((claim.form !== 'digits' && !reportableWordCount(claim) && !exactNumberWord(claim)) || claim.approx || oneSaidInWords(claim, aligned(claim)) || ageSaidInWords(claim, aligned(claim))) continue;
      const other = claim.lang === 'en' ? 'zh' : 'en';
      const { where, related } = at(claim);
      ctx.report({
        claim,
        message: `${langName(claim.lang)} states ${claim.text.trim()}, which the ${langName(other)} version does not state in any form${where}.`,
        related,
        actual: claim.text.trim(),
      });
    }
    // A number its aligned sentence lacks: its value may stand in another sentence over there.
    for (const { claim, elsewhere } of pair.dropped) {
      // `过去1年` against `in the past year`: stated here, whatever another sentence states over there.
      if (oneSaidInWords(claim, aligned(claim)) || ageSaidInWords(claim, aligned(claim))) continue;
      const other = claim.lang === 'en' ? 'zh' : 'en';
      const { where, related } = at(claim);
      const why = elsewhere ? `the aligned ${langName(other)} sentence does not state, though another sentence does` : `the ${langName(other)} version does not state in any form`;
      ctx.report({ claim, message: `${langName(claim.lang)} states ${claim.text.trim()}, which ${why}${where}.`, related, actual: claim.text.trim() });
    }
    for (const claim of pair.surplus) {
      const other = claim.lang === 'en' ? 'zh' : 'en';
      const { where, related } = at(claim);
      ctx.report({
        claim,
        message: `${langName(claim.lang)} states ${claim.text.trim()} more often in this sentence than the aligned ${langName(other)} sentence does${where}.`,
        related,
        actual: claim.text.trim(),
      });
    }
  },
});
