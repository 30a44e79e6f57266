import { describe, expect, it } from 'vitest';
import { cohortOf } from '../../src/constraints/cohort.js';
import { passageIndex } from '../../src/constraints/passage-index.js';
import { analyze } from '../../src/lint.js';
import type { PassageInfo } from '../../src/pair/index.js';

const EN = 'Ten patients were enrolled (4 adults; 6 children). Of them, 7 responded; 3 did not.';
const ZH = '共纳入10例患者（成人4例；儿童6例）。其中7例有效；3例无效。';

const indexOf = (text: string) => passageIndex(analyze(text).passages[0]!);

describe('passage index: clause marks', () => {
  it('finds the last mark before a position and the next one at or after it, in English', () => {
    const index = indexOf(EN);
    const semi = EN.indexOf(';');
    const paren = EN.indexOf('(');
    const second = EN.lastIndexOf(';');
    expect(index.lastOf(';；', semi)).toBe(-1);
    expect(index.lastOf(';；', semi + 1)).toBe(semi);
    expect(index.lastOf(';；', EN.length)).toBe(second);
    expect(index.nextOf(';；', 0)).toBe(semi);
    expect(index.nextOf(';；', semi)).toBe(semi);
    expect(index.nextOf(';；', semi + 1)).toBe(second);
    expect(index.nextOf(';；', second + 1)).toBe(EN.length);
    expect(index.lastOf('()（）', semi)).toBe(paren);
  });

  it('finds full-width marks in Chinese, and clamps positions outside the text', () => {
    const index = indexOf(ZH);
    expect(index.lastOf('()（）', ZH.indexOf('成人'))).toBe(ZH.indexOf('（'));
    expect(index.nextOf(';；。', 0)).toBe(ZH.indexOf('；'));
    expect(index.lastOf(';；。', 10_000)).toBe(ZH.length - 1);
    expect(index.nextOf(';；。', -5)).toBe(ZH.indexOf('；'));
    expect(index.nextOf('!', 0)).toBe(ZH.length);
    expect(index.lastOf('!', ZH.length)).toBe(-1);
  });
});

describe('passage index: the cohort', () => {
  it('is read once a passage, however many checks ask', () => {
    const info = analyze(EN).passages[0]!;
    let reads = 0;
    const sentences = new Proxy(info.passage.sentences, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const counted: PassageInfo = { ...info, passage: { ...info.passage, sentences } };
    const first = cohortOf(counted);
    expect(first && { size: first.size, text: first.text, claims: first.claims.map((c) => c.text) }).toEqual({ size: 10, text: 'Ten patients', claims: ['Ten'] });
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    expect(cohortOf(counted)).toBe(first);
    expect(reads).toBe(afterFirst);
  });
});

describe('passage index: copies of a passage', () => {
  it('a copy with the same claims reads the lookups the original built, and remembers apart; one with other claims builds its own', () => {
    const info = analyze(EN).passages[0]!;
    const view: PassageInfo = { ...info };
    const own = passageIndex(info);
    const first = own.claimsIn(0);
    expect(first.map((c) => c.text)).toEqual(['Ten', '4', '6']);
    expect(passageIndex(view)).not.toBe(own);
    expect(passageIndex(view).claimsIn(0)).toBe(first);
    const key = {};
    expect(own.remember(key, () => 'original')).toBe('original');
    expect(passageIndex(view).remember(key, () => 'view')).toBe('view');
    const fewer: PassageInfo = { ...info, claims: info.claims.slice(1) };
    expect(passageIndex(fewer).claimsIn(0).map((c) => c.text)).toEqual(['4', '6']);
    expect(own.claimsIn(0)).toBe(first);
  });
});

describe('passage index: kept on the passage', () => {
  it('is the same index after other passages were indexed, and adds nothing to the passage that a spread or JSON shows', () => {
    const info = analyze(EN).passages[0]!;
    const json = JSON.stringify(info);
    const keys = [Object.keys(info), Object.keys(info.passage)];
    const index = passageIndex(info);
    for (const other of [...analyze(ZH).passages, ...analyze(EN).passages, ...analyze(ZH).passages]) passageIndex(other);
    expect(passageIndex(info)).toBe(index);
    expect(JSON.stringify(info)).toBe(json);
    expect([Object.keys(info), Object.keys(info.passage)]).toEqual(keys);
    expect(Object.keys({ ...info })).toEqual(keys[0]);
  });
});
