import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/lint.js';
import { latinTokens } from '../../src/anchors.js';
import { KeyNumbers, pairingPassage, pairScore } from '../../src/pair/index.js';
import { pairKeyCounts } from '../../src/align/sentences.js';
import { analyzePair } from '../../src/pair/explicit.js';

const EN =
  'Seventeen patients with psoriasis were enrolled and received UMSC infusions. Adverse events, PASI and PGA were analyzed. A total of 47.1% (8/17) of the patients had at least 40% improvement in the PASI score.';
const ZH = '共招募了 17 名银屑病患者接受 UMSC 输注。分析不良事件、PASI 和 PGA。共有 47.1%(8/17)的患者 PASI 评分至少改善 40%。';
const OTHER_EN =
  'Ten patients with malignant liver tumors were enrolled. The 3-month overall survival rate was 100% and the effective response rate was 80%.';
const OTHER_ZH = '10 例恶性肝肿瘤患者入组。3 个月总生存率为 100%，有效率为 80%。';

const pairsOf = (text: string) => analyze(text).pairs.map((p) => [p.en.passage.text.slice(0, 9), p.zh.passage.text.slice(0, 6)]);

describe('pairing', () => {
  it('pairs an English passage with its Chinese translation', () => {
    expect(pairsOf(`${EN}\n${ZH}`)).toEqual([['Seventeen', '共招募了 1']]);
  });

  it('pairs in either order and wherever the passages sit', () => {
    expect(pairsOf(`${ZH}\n\nAdd to saved papers\n\n${EN}`)).toEqual([['Seventeen', '共招募了 1']]);
  });

  it('finds several pairs in one file and does not cross them', () => {
    expect(pairsOf(`${EN}\n\n期刊\n\n${OTHER_ZH}\n\n${OTHER_EN}\n\n评分不足\n\n${ZH}`)).toEqual([
      ['Seventeen', '共招募了 1'],
      ['Ten patie', '10 例恶性'],
    ]);
  });

  it('lists the pairs in the order of their English passages, p9 before p11, without making a collator (its data take 10–20 ms to load)', async () => {
    const abstracts = [
      [23, 61, 37.7],
      [45, 88, 51.1],
      [12, 97, 12.4],
      [71, 143, 49.7],
      [9, 214, 4.2],
      [133, 256, 52.0],
    ].map(([a, b, pct]) => `Of the ${b} patients enrolled in the trial, ${a} (${pct}%) responded to treatment and were followed up.\n\n在该试验入组的${b}例患者中，${a}例（${pct}%）对治疗有应答并接受了随访。`);
    // Fresh modules: a collator made once by an earlier test would be kept for the rest.
    vi.resetModules();
    const collator = vi.spyOn(Intl, 'Collator');
    const { pairs } = (await import('../../src/lint.js')).analyze(abstracts.join('\n\n'));
    expect(collator).not.toHaveBeenCalled();
    collator.mockRestore();
    expect(pairs.map((p) => [p.en.passage.id, p.zh.passage.id, p.en.passage.text.slice(7, 10)])).toEqual([
      ['p1', 'p2', '61 '],
      ['p3', 'p4', '88 '],
      ['p5', 'p6', '97 '],
      ['p7', 'p8', '143'],
      ['p9', 'p10', '214'],
      ['p11', 'p12', '256'],
    ]);
  });

  it('leaves English alone when there is no Chinese', () => {
    const a = analyze(EN);
    expect(a.passages.map((p) => p.passage.lang)).toEqual(['en']);
    expect(a.pairs).toEqual([]);
  });

  it('never pairs Chinese page chrome or unrelated Chinese prose', () => {
    const text = `${EN}\n\n卷 6, 期 2, 页码 -\n\n点击您的名字以认领此论文并将其添加到您的个人资料中。`;
    expect(pairsOf(text)).toEqual([]);
  });
});

describe('sentence alignment', () => {
  it('aligns each Chinese sentence with the English sentence it translates', () => {
    const [pair] = analyze(`${EN}\n${ZH}`).pairs;
    expect(pair!.beads).toEqual([
      { en: [0], zh: [0] },
      { en: [1], zh: [1] },
      { en: [2], zh: [2] },
    ]);
  });
});

describe('pairingPassage', () => {
  it('keeps each distinct key once, numbered in order of first sight, ascending; the sections of a structured abstract', () => {
    const numbers = new KeyNumbers();
    expect([...numbers.of(['n:3', 'n:1', 'n:3', 'id:nct1'])]).toEqual([0, 1, 2]);
    expect([...numbers.of(['n:1', 'n:7', 'n:3'])]).toEqual([0, 1, 3]);
    expect([...numbers.of([])]).toEqual([]);
    const { passages } = analyze(`Objective: To test. ${EN} Results: None.`);
    const summary = pairingPassage(passages[0]!, new KeyNumbers());
    expect(summary.passage).toEqual({ id: 'p1', lang: 'en', offset: 0, length: passages[0]!.passage.length, text: passages[0]!.passage.text });
    expect([...summary.sections]).toEqual(['objective', 'results']);
    // 17, 47.1%, 8/17 (8, 17 and the fraction), 40%: five distinct numbers; each Latin token once.
    const latin = latinTokens(passages[0]!.passage.text);
    expect(latin.filter((t) => t === 'pasi')).toHaveLength(2);
    expect([summary.keys.numbers.length, summary.keys.latin.length]).toEqual([5, new Set(latin).size]);
  });
});

describe('the score of an explicit pair', () => {
  it('counts the keys of the sentences as the passages would give them', () => {
    const [en, zh] = analyzePair(EN, ZH).passages;
    // 17, 8, 8/17, 47.1% and 40% on either side; UMSC, PASI and PGA, the Chinese's three Latin words, in the English too.
    expect(pairKeyCounts(en!, zh!)).toEqual({ enNumbers: 5, zhNumbers: 5, sharedNumbers: 5, chineseLatin: 3, coveredLatin: 3 });
    expect(pairScore(en!, zh!, pairKeyCounts(en!, zh!))).toBe(pairScore(en!, zh!));
    const [otherEn, otherZh] = analyzePair(OTHER_EN, ZH).passages;
    expect(pairScore(otherEn!, otherZh!, pairKeyCounts(otherEn!, otherZh!))).toBe(pairScore(otherEn!, otherZh!));
  });

  it('is counted from the passages when a claim lies outside every sentence', () => {
    const [en, zh] = analyzePair(EN, ZH).passages;
    const moved = { ...en!, claims: en!.claims.map((c, i) => (i === 0 ? { ...c, sentence: 99 } : c)) };
    expect(pairKeyCounts(moved, zh!)).toBeUndefined();
    expect(pairKeyCounts(en!, { ...zh!, anchors: [...zh!.anchors, { ...zh!.anchors[0]!, sentence: -1 }] })).toBeUndefined();
  });
});
