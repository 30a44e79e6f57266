import type { Evaluation } from '../evaluation.js';
import { passageIndex } from '../passage-index.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';

export const ID = 'percent-bounds';
/** A percentage of something: of patients, a rate, a proportion, beside a fraction. */
const SHARE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:of\s+(?:the\s+|all\s+)?(?:patients|participants|subjects|cases|children|women|men|respondents|responders)|的(?:患者|病例|受试者))/i;
// The gap after the label takes in `was`, `were`, `reached`, `:` and spaces itself: spelled out as well, they made
// the pattern ambiguous enough that the ReDoS check could not finish on it.
const SHARE_BEFORE = /(?:\b(?:rates?|proportion|percentage|prevalence|incidence)\b[^,;.%]{0,40}|率(?:为|是|达)?\s*|比例(?:为|是)?\s*)$/i;
/** Changes, ratios and growth can exceed 100%: a weight gain rate (`增重率为512.4%`) as an English `gain` does. */
const CHANGE = /\b(?:increas|decreas|reduc|ris|higher|lower|more|less|chang|growth|gain|improv|fold|relative|than|over\b|above|exceed)|增加|减少|降低|提高|升高|下降|增长|增重|增幅|增产|增速|涨幅|改善|倍|高于|低于/i;
/** A comparative after it says the same: `was 107.6% higher than that at 5 mg/L` (比5 mg/L时高107.6%). */
const CHANGE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:higher|lower|greater|larger|smaller|more|less|above|below|increase|decrease|rise|reduction|improvement|gain)\b/i;

/**
 * Measures that exceed 100% by nature: an assay's recovery and accuracy, relative bioavailability,
 * activity or expression, a percent of control, baseline or predicted. Named before the percentage
 * (`回收率为101.2%`, `相对生物利用度为105.3%`) or after it (`112% of predicted`, `对照组的180%`), they
 * are no share of a group unless the text says whose (`of the patients`).
 */
const ABOVE_BY_NATURE_BEFORE =
  /\b(?:recover(?:y|ies)|bioavailability|accuracy|percent(?:age)? of (?:control|baseline|predicted|normal|reference))\b|回收|生物利用|相对|准确度|(?:预计|预测|对照|基线|正常|参考)(?:值|组)?的\s*$/i;
const ABOVE_BY_NATURE_AFTER = /^\s*(?:of\s+(?:the\s+)?)?(?:predicted|control|baseline|normal|reference)\b/i;

/** What ends a clause before a percentage (folded text has no full-width comma or semicolon, the passage's own text may). */
const CLAUSE_BREAKS = ';；。,，';

export function evaluate(info: PassageInfo): Evaluation[] {
  const out: Evaluation[] = [];
  const rel = (c: Claim) => c.offset - info.passage.offset;
  const index = passageIndex(info);
  for (const c of info.claims) {
    const isPct = c.kind === 'percent' || (c.kind === 'range' && c.unit === 'percent');
    if (!isPct || c.comparator) continue;
    // Folded on first use: a passage with no percentage is not folded for this check.
    const text = index.text;
    const after = text.slice(rel(c) + c.length, rel(c) + c.length + 40);
    // The 60 characters before it, from the last clause break among them on.
    const clauseBefore = text.slice(Math.max(0, rel(c) - 60, index.lastOf(CLAUSE_BREAKS, rel(c)) + 1), rel(c));
    const besideClaim = c.beside ? index.byId.get(c.beside) : undefined;
    const beside = besideClaim?.kind === 'fraction' ? besideClaim : undefined;
    const ofGroup = SHARE_AFTER.test(after);
    if (!beside && !ofGroup && (ABOVE_BY_NATURE_BEFORE.test(clauseBefore) || ABOVE_BY_NATURE_AFTER.test(after))) continue;
    const share = !!beside || ofGroup || SHARE_BEFORE.test(clauseBefore);
    if (!share || (!beside && (CHANGE.test(clauseBefore) || CHANGE_AFTER.test(after)))) continue;
    const hi = c.kind === 'range' ? Math.max(c.low!, c.high!) : c.value;
    const holds = hi <= 100;
    out.push({
      rule: ID,
      constraint: `0% ≤ ${c.text.trim()} ≤ 100%`,
      holds,
      claims: [c],
      ...(holds ? {} : {
        problem: {
          claim: c,
          message: `${c.text.trim()} is a share of a group, which cannot exceed 100%.`,
          actual: c.text.trim(),
          expected: 'at most 100%',
          ...(c.approx ? { severity: 'info' as const } : {}),
        },
      }),
    });
  }
  return out;
}
