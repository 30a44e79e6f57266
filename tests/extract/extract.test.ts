import { describe, expect, it } from 'vitest';
import { extractPassage } from '../../src/extract/index.js';
import { parseChineseNumeral, parseEnglishNumberWords } from '../../src/extract/numerals.js';
import { segment } from '../../src/segment/index.js';
import type { Lang } from '../../src/types.js';

function read(text: string, lang: Lang) {
  const passage = { id: 'p1', lang, offset: 0, length: text.length, text, sentences: [] as never[] };
  const { passages } = { passages: [{ ...passage, sentences: segment(text).passages[0]?.sentences ?? [] }] };
  return extractPassage(passages[0]!, text);
}

/** One row a claim: kind, text, value, and unit when there is one. */
function claims(text: string, lang: Lang): string[] {
  return read(text, lang).claims.map((c) => {
    const value = c.kind === 'fraction' || c.kind === 'ratio' ? `${c.num}/${c.den}` : c.kind === 'range' ? `${c.low}..${c.high}` : String(c.value);
    return `${c.kind} ${c.text} =${value}${c.unit ? ` ${c.unit}` : ''}${c.comparator ? ` ${c.comparator}` : ''}`;
  });
}

describe('number words and numerals', () => {
  it.each([
    ['Seventeen', 17], ['six', 6], ['twenty-three', 23], ['one hundred and five', 105], ['a dozen', 12], ['four', 4], ['ninety nine', 99],
  ])('%s = %s', (w, v) => expect(parseEnglishNumberWords(w)).toBe(v));
  it.each([
    ['十七', 17], ['两', 2], ['二十三', 23], ['一百零五', 105], ['三万', 30000], ['十', 10], ['一千二百', 1200], ['两万五千', 25000],
  ])('%s = %s', (w, v) => expect(parseChineseNumeral(w)).toBe(v));
});

describe('English claims', () => {
  it.each<[string, string[]]>([
    ['Seventeen patients with psoriasis were enrolled.', ['number Seventeen =17 patient']],
    ['Of the patients, 80 percent achieved EASI-50.', ['percent 80 percent =80']],
    ['A total of 47.1% (8/17) of the psoriasis patients improved.', ['percent 47.1% =47.1', 'fraction 8/17 =8/17']],
    ['Increased C7 expression was observed in 1 of 6 patients at day 56.', ['fraction 1 of 6 =1/6 patient', 'number 56 =56 day']],
    ['Patients were followed up for 3 ~ 36 months.', ['range 3 ~ 36 months =3..36 month']],
    ['They were followed up for 8-24 months after treatment.', ['range 8-24 months =8..24 month']],
    ['Effects were maximal at 56 to 112 days after treatment.', ['range 56 to 112 days =56..112 day']],
    ['The difference was statistically significant (P< 0.05).', ['pvalue P< 0.05 =0.05 <']],
    ['We saw no side effects during the 6-month follow-up.', ['number 6 =6 month']],
    ['Infusions of 1 x 10(6) to 3 x 10(6) cells/kg were given.', ['range 1 x 10(6) to 3 x 10(6) cells/kg =1000000..3000000 cells/kg']],
    ['The temperature rose to the highest of 39.9℃ in one patient.', ['number 39.9 =39.9 celsius', 'number one =1 patient']],
    // `no death` is a count of 0 deaths, read like the 2SD beside it (issue 3: `no death` = 0).
    ['The effective response rate was 80%(no death,2SD,3PR, 5CR).', ['percent 80% =80', 'number no =0 death', 'number 2 =2 SD', 'number 3 =3 PR', 'number 5 =5 CR']],
    ['A total of 130,000 people were screened.', ['number 130,000 =130000 patient']],
  ])('%s', (text, expected) => {
    expect(claims(text, 'en')).toEqual(expected);
  });

  it.each([
    'We performed a phase 1/2a, single-arm clinical trial of the treatment.',
    'Frequencies of Th17 cells and serum IL-17 levels decreased in the treated group.',
    'CD3+ CD56+ cells and CD4 memory T cells were measured in the blood.',
    'Trial registration Clinical Trials NCT03765957 for the registered study.',
    'Mutations in COL7A1 (encoding type VII collagen [C7]) cause the disease.',
    'Most of the patients achieved EASI-50 and PASI75 in the study.',
    'The frequencies of T helper (Th) 17 cells were significantly decreased.',
    'The study was published in 2018 by the team in the journal.',
    'It appeared in J Dermatol. doi: 10.1111/1346-8138.15799 in the issue.',
    'M2 macrophage polarization was induced in the skin of the patients.',
  ])('reads no amount in identifiers: %s', (text) => {
    expect(claims(text, 'en')).toEqual([]);
  });
});

describe('Chinese claims', () => {
  it.each<[string, string[]]>([
    ['共招募了 17 名银屑病患者接受 UMSC 输注。', ['number 17 名 =17 patient']],
    ['共有 47.1%(17/36)的银屑病患者 PASI 评分至少改善 40%。', ['percent 47.1% =47.1', 'fraction 17/36 =17/36', 'percent 40% =40']],
    ['在治疗和 6 个月随访期间，未观察到副作用。', ['number 6 个月 =6 month']],
    ['患者随访 3～36 个月。', ['range 3～36 个月 =3..36 month']],
    ['十七名患者入组。', ['number 十七名 =17 patient']],
    ['两组患者各 240 例。', ['number 两组 =2 group', 'number 240 例 =240 patient']],
    ['其中 80 percent 为女性。', ['percent 80 percent =80']],
    ['6 例中 1 例有效。', ['fraction 6 例中 1 例 =1/6 patient']],
    ['差异有统计学意义(P＜0.05)。', ['pvalue P＜0.05 =0.05 <']],
    ['共筛查 13 万人。', ['number 13 万人 =130000 patient']],
    ['本试验以1∶1的比例随机分组。', ['ratio 1∶1 =1/1']],
    ['最高体温 39.9℃。', ['number 39.9℃ =39.9 celsius']],
    ['剂量为 １７ ｍｇ。', ['number １７ ｍｇ =17 mg']],
  ])('%s', (text, expected) => {
    expect(claims(text, 'zh')).toEqual(expected);
  });

  it.each([
    '辅助性 T 细胞 17(Th17)和 CD4 幼稚 T 细胞的频率显著降低。',
    '血清 IL-17 水平显著降低。',
    '试验注册ClinicalTrials.gov NCT03765957。',
    '这是其中之一。',
  ])('reads no amount in identifiers: %s', (text) => {
    expect(claims(text, 'zh')).toEqual([]);
  });

  // 一项 is the article of `a phase 1/2a trial`, no amount the English states (as in tests/extract/chinese.test.ts).
  it('reads 一项 as the article it is, and 1/2a 期 as a phase', () => {
    expect(claims('我们进行了一项 1/2a 期、单臂临床试验。', 'zh')).toEqual([]);
    expect(read('我们进行了一项 1/2a 期、单臂临床试验。', 'zh').anchors.map((a) => a.text)).toEqual(['1/2a 期']);
  });
});
