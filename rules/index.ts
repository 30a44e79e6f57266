import type { Rule } from '../src/rule.js';
import fractionBounds from './fraction-bounds.js';
import pairNumberMismatch from './pair-number-mismatch.js';
import pairNumberMissing from './pair-number-missing.js';
import percentFraction from './percent-fraction.js';

/** Every rule, in the order their findings are listed for one place. */
export const rules: Rule[] = [pairNumberMismatch, pairNumberMissing, percentFraction, fractionBounds];

export const rulesById = new Map(rules.map((r) => [r.meta.id, r]));
