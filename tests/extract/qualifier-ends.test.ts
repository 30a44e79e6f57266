import { describe, expect, it } from 'vitest';
import * as EN from '../../src/lang/en.js';
import * as ZH from '../../src/lang/zh.js';
import { lastWordOf } from '../../src/extract/chars.js';

// Extraction tries the bound and approximation patterns only after a word QUALIFIER_ENDS holds:
// every form the patterns read must end in one, or it would never be read. (English signs after a
// space are read with the other symbols, not by these word patterns.)
const forms = {
  en: ['more than', 'over', 'greater than', 'above', 'exceeding', 'older than', 'at least', 'no less than', 'less than', 'under', 'below', 'fewer than', 'younger than', 'at most', 'up to', 'no more than', 'about', 'approximately', 'approx.', 'around', 'nearly', 'roughly', 'almost', '~', '∼', '≈'],
  zh: ['超过', '大于', '高于', '多于', '逾', '至少', '不少于', '≥', '大于等于', '不低于', '不小于', '不足', '小于', '低于', '少于', '最多', '不超过', '≤', '不高于', '不大于', '约', '近', '大约', '将近', '~'],
};

describe('the words that end a bound or an approximation', () => {
  it.each(forms.en)('English %s is read and ends in a word of QUALIFIER_ENDS', (form) => {
    const before = `in ${form} `;
    expect(EN.APPROX_BEFORE.test(before) || EN.COMPARATOR_WORDS.some(([re]) => re.test(before))).toBe(true);
    expect(EN.QUALIFIER_ENDS.has(lastWordOf(before))).toBe(true);
  });
  it.each(forms.zh)('Chinese %s is read and ends in a character of QUALIFIER_ENDS', (form) => {
    const before = `年龄${form}`;
    expect(ZH.APPROX_BEFORE.test(before) || ZH.COMPARATOR_WORDS.some(([re]) => re.test(before))).toBe(true);
    expect(ZH.QUALIFIER_ENDS.has(lastWordOf(before))).toBe(true);
  });
});
