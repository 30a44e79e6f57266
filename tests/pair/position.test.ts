import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lint.js';
import { lint } from '../../src/index.js';
import { lengthRatio } from '../../src/pair/position.js';
import { EN_AD, EN_FREE, ZH_AD, ZH_FREE } from './fixtures.js';

/** One number each, and the Chinese changed it: the numbers share nothing. */
const EN_ONE = 'Twelve patients with chronic hepatitis were treated with the new regimen. Liver function improved in most of them and no serious adverse event was observed.';
const ZH_ONE = '采用新方案治疗慢性肝炎患者13例。多数患者肝功能改善，未观察到严重不良事件。';

const EN_STRUCTURED =
  'Objective: To describe the skin response to stem cells. Methods: Patients with psoriasis received stem cell infusions. Results: The lesions improved and the treatment was well tolerated. Conclusion: Stem cells are a safe treatment for psoriasis.';
/** A free translation, much longer than the English: plausible only because both open the same four sections. */
const ZH_STRUCTURED_LONG =
  '目的：描述皮肤对干细胞的反应，并探讨其可能的机制和临床意义。方法：银屑病患者接受干细胞输注，随访观察皮损和不良反应的变化情况。结果：皮损明显改善，治疗耐受性良好，患者生活质量亦有提高。结论：干细胞是治疗银屑病的一种安全有效的方法，值得进一步研究。';
const unstructured = (s: string) => s.replace(/(?:Objective|Methods|Results|Conclusion): |(?:目的|方法|结果|结论)：/g, '');

const pairsOf = (text: string) => analyze(text).pairs.map((p) => [p.en.passage.id, p.zh.passage.id, p.score]);

describe('pairing by position, where no anchor is shared', () => {
  it('pairs an abstract with no number with its translation, and lints it silently', () => {
    const text = `${EN_FREE}\n\n${ZH_FREE}`;
    expect(pairsOf(text)).toEqual([['p1', 'p2', 0.444]]);
    const file = lint(text).files[0]!;
    expect(file.diagnostics).toEqual([]);
    expect(file.notices).toBeUndefined();
  });

  it('pairs an abstract whose one shared number was changed, so the change is reported', () => {
    const text = `${EN_ONE}\n\n${ZH_ONE}`;
    expect(pairsOf(text)).toEqual([['p1', 'p2', 0.414]]);
    const rows = lint(text).files[0]!.diagnostics.map((d) => [d.ruleId, d.severity, d.lang, d.text, d.message]);
    expect(rows).toEqual([
      ['pair-number-mismatch', 'error', 'zh', '13例', 'Chinese 13例 disagrees with English Twelve; nothing else in the abstract says which one is right.'],
    ]);
  });

  it('pairs structured abstracts with the same headings even when the length ratio is unusual', () => {
    expect(pairsOf(`${EN_STRUCTURED}\n\n${ZH_STRUCTURED_LONG}`)).toEqual([['p1', 'p2', 0.4]]);
    // The same texts without their headings: the length alone is not plausible enough.
    expect(pairsOf(`${unstructured(EN_STRUCTURED)}\n\n${unstructured(ZH_STRUCTURED_LONG)}`)).toEqual([]);
  });

  it('pairs the one structured abstract of each language wherever they sit, as on a journal page', () => {
    const page = [
      '间充质干细胞治疗银屑病的临床研究',
      '张三，李四，王五',
      '摘要：目的 探讨脐带间充质干细胞治疗银屑病的安全性和疗效。方法 纳入中重度银屑病患者，静脉输注干细胞，观察不良反应及皮损变化。结果 治疗期间未见严重不良反应，多数患者皮损明显改善。结论 脐带间充质干细胞治疗银屑病安全有效。',
      'Clinical study of mesenchymal stem cells in the treatment of psoriasis',
      'ZHANG San, LI Si, WANG Wu',
      'Abstract: Objective To explore the safety and efficacy of umbilical cord mesenchymal stem cells in psoriasis. Methods Patients with moderate to severe psoriasis received intravenous infusions of the cells; adverse reactions and skin lesions were observed. Results No serious adverse reaction occurred, and the lesions of most patients improved markedly. Conclusion The cells are safe and effective in psoriasis.',
    ].join('\n');
    const a = analyze(page);
    expect(a.passages.map((p) => [p.passage.id, p.passage.lang, p.passage.text.slice(0, 8)])).toEqual([
      ['p1', 'zh', '间充质干细胞治疗'],
      ['p2', 'en', 'Clinical'],
      ['p3', 'en', 'Abstract'],
    ]);
    // The English title stands between the two abstracts, and no number is shared.
    expect(pairsOf(page)).toEqual([['p3', 'p1', 0.563]]);
    expect(lint(page).files[0]!.notices).toBeUndefined();
  });

  it('pairs neighbours in order when a file holds several abstracts, in either language order', () => {
    expect(pairsOf(`${EN_FREE}\n\n${ZH_FREE}\n\n${EN_AD}\n\n${ZH_AD}`)).toEqual([
      ['p1', 'p2', 0.444],
      ['p3', 'p4', 0.352],
    ]);
    expect(pairsOf(`${ZH_FREE}\n\n${EN_FREE}\n\n${ZH_AD}\n\n${EN_AD}`)).toEqual([
      ['p2', 'p1', 0.444],
      ['p4', 'p3', 0.352],
    ]);
  });

  it('pairs nothing by position where the layout has two readings', () => {
    // Either Chinese abstract could translate the English one between them.
    expect(pairsOf(`${ZH_FREE}\n\n${EN_FREE}\n\n${ZH_AD}`)).toEqual([]);
  });

  it('leaves the position to the passages that anchors did not pair', () => {
    const EN_N = 'Seventeen patients with psoriasis received UMSC infusions, and 8 of the 17 improved by at least 40% in the PASI score.';
    const ZH_N = '17 名银屑病患者接受 UMSC 输注，其中 8 名 PASI 评分至少改善 40%。';
    // The numbered pair is found by its anchors across the file; the number-free abstracts left between them are neighbours.
    expect(pairsOf(`${EN_N}\n\nAdd to saved papers\n\n${EN_FREE}\n\n${ZH_FREE}\n\n期刊\n\n${ZH_N}`).map(([en, zh]) => [en, zh])).toEqual([
      ['p1', 'p4'],
      ['p2', 'p3'],
    ]);
  });

  it('lets a few shared small numbers pair only neighbours where a file holds several abstracts', () => {
    const EN_B = 'Sand dunes on the oasis fringe were mapped along 2 transects, and their migration was compared with the wind regime of the region.';
    const ZH_B = '在2条样线上测绘了绿洲边缘的沙丘，共识别出1类新月形沙丘、3类线形沙丘和4类灌丛沙丘，并比较了其移动与区域风况的关系。';
    const EN_C = 'Bird communities of the temple forest were surveyed in 3 habitats over 1 breeding season, and species abundance was fitted with the broken stick model.';
    const ZH_C = '在3种生境中调查了寺庙森林的鸟类群落，记录到6个优势种，并在2个样区用断棍模型拟合了物种多度。';
    // By shared numbers alone EN_C would take ZH_B (3 and 1) and EN_B ZH_C (2): the layout has one reading, pair by pair.
    expect(pairsOf(`${EN_B}\n\n${ZH_B}\n\n${EN_C}\n\n${ZH_C}`)).toEqual([
      ['p1', 'p2', 0.291],
      ['p3', 'p4', 0.32],
    ]);
  });

  it('never pairs neighbours whose numbers or acronyms disagree, or whose lengths cannot translate each other', () => {
    expect(pairsOf('Of 40 patients, 25 responded after 6 weeks and 3 relapsed.\n\n88例患者中，51例在9个月后缓解，7例复发。')).toEqual([]);
    expect(pairsOf(`${EN_FREE}\n\n该治疗耐受性良好。`)).toEqual([]);
    // Acronyms of the Chinese that the English never writes.
    const ZH_ACRONYMS = '银屑病是一种慢性炎症性皮肤病。我们用MRI和PET描述了间充质干细胞如何调节受累皮肤的免疫反应。该治疗耐受性良好。';
    expect(pairsOf(`${EN_FREE}\n\n${ZH_ACRONYMS}`)).toEqual([]);
    expect(pairsOf(`${EN_FREE.replace('We describe', 'With MRI and PET we describe')}\n\n${ZH_ACRONYMS}`)).toEqual([['p1', 'p2', 0.584]]);
  });

  it('measures length in English letters and digits, a Chinese character counting 3.4', () => {
    const [en, zh] = analyze('Ten of 12 patients improved.\n\n12例患者中10例改善。').passages.map((p) => p.passage);
    // English: 19 letters and 4 digits; Chinese: 7 Han characters × 3.4 and 4 digits.
    expect(lengthRatio(en!, zh!)).toBeCloseTo((7 * 3.4 + 4 + 1) / (23 + 1), 10);
  });
});
