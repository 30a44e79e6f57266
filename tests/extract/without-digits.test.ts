import { describe, expect, it } from 'vitest';
import { extractPassage } from '../../src/extract/index.js';
import { foldSentence, foldWidth } from '../../src/extract/numerals.js';
import { segment } from '../../src/segment/index.js';
import type { Lang } from '../../src/types.js';

/**
 * A sentence without a digit skips every form written with digits; what is written in words
 * or numerals, and identifiers made without a digit, must still be read.
 */
function read(text: string, lang: Lang) {
  const sentences = segment(text).passages[0]?.sentences ?? [];
  const { claims, stats, anchors } = extractPassage({ id: 'p1', lang, offset: 0, length: text.length, text, sentences }, text);
  return {
    claims: claims.map((c) => `${c.kind} ${c.text} =${c.value}${c.unit ? ` ${c.unit}` : ''}`),
    stats: stats.map((c) => `${c.kind} ${c.text} =${c.value}`),
    anchors: anchors.map((a) => a.text),
  };
}

describe('a sentence without digits', () => {
  it('reads a breakdown counted in English words', () => {
    expect(read('The response was complete in no death, two SD, three PR and five CR cases over the whole course.', 'en')).toEqual({
      claims: ['number no =0 death', 'number two =2 SD', 'number three =3 PR', 'number five =5 CR'],
      stats: ['breakdown no death, two SD, three PR and five CR =10'],
      anchors: [],
    });
  });

  it('reads a breakdown whose counts in words are glued to their categories', () => {
    expect(read('Responses were noted as nodeath, twoSD, threePR and fiveCR over the course.', 'en').stats).toEqual(['breakdown nodeath, twoSD, threePR and fiveCR =10']);
  });

  it('reads durations in decades and with a half, and the Chinese forms read only where their characters stand', () => {
    expect(read('We saw three decades of care and one and a half years of follow-up.', 'en').claims).toEqual(['number three decades =30 year', 'number one and a half years =1.5 year']);
    expect(read('治疗后无死亡，五分之一的患者随访半年。', 'zh').claims).toEqual(['number 无死亡 =0 death', 'fraction 五分之一 =0.2', 'number 半年 =0.5 year']);
  });

  it('reads a month named alone, also where a PDF glued it to the word before', () => {
    expect(read('Enrolment closed inMay and the cohort grew.', 'en').claims).toEqual(['date May =500']);
    expect(read('Enrolment closed in May and the cohort grew.', 'en').claims).toEqual(['date May =500']);
  });

  it('reads two months joined as a span, and leaves a lone May the verb', () => {
    expect(read('Samples were taken during the growing season (May-September).', 'en').claims).toEqual(['date May =500', 'date September =900']);
    expect(read('May patients benefit from it?', 'en').claims).toEqual([]);
  });

  it('reads a breakdown counted in Chinese numerals', () => {
    expect(read('治疗后无死亡，两例SD，三例PR，五例CR，总体疗效良好且患者耐受性较好。', 'zh')).toEqual({
      claims: ['number 无死亡 =0 death', 'number 两例SD =2 SD', 'number 三例PR =3 PR', 'number 五例CR =5 CR'],
      stats: ['breakdown 无死亡，两例SD，三例PR，五例CR =10'],
      anchors: [],
    });
  });

  it('reads Chinese numerals before a counter', () => {
    expect(read('十七名患者入组，其中三名患者出现不良反应，均为轻度，经对症处理后缓解。', 'zh').claims).toEqual(['number 十七名 =17 patient', 'number 三名 =3 patient']);
  });

  it('marks the identifiers that the words of a sentence let through, in any case and glued to their number', () => {
    const text = 'Published under ISSN1234-5678 in a 2-Sided, 2-Arm, 1-Center design during the 3rd Trimesters of the 13th Five-Year PLANS, see HTTPS://example.org/a1 and Grant No. 81770123, for 5 patients.';
    expect(read(text, 'en')).toEqual({
      claims: ['number 5 =5 patient'],
      stats: [],
      anchors: ['HTTPS://example.org/a1', 'ISSN1234-5678', '81770123', '13th Five-Year PLANS', '2-Sided', '2-Arm', '1-Center', '3rd Trimesters'],
    });
  });

  it('marks the identifiers written without a digit', () => {
    expect(read('Tumours were staged TxNxMx, and type VII collagen was absent in every sample we examined.', 'en')).toEqual({
      claims: [],
      stats: [],
      anchors: ['TxNxMx', 'type VII'],
    });
  });
});

describe('width folding', () => {
  it('folds full-width forms, dash and space variants and traditional characters one unit for one', () => {
    const text = 'ＣＩ：１２．５～１３萬，−３　個月';
    expect(foldWidth(text)).toBe('CI:12.5~13万,-3 个月');
    expect(foldWidth(text)).toHaveLength(text.length);
  });

  it('folds every traditional character that simplified Chinese never writes, and none it does write', () => {
    expect(foldWidth('隨機分為兩組、分別為兒童與老年人，結果顯著')).toBe('随机分为两组、分别为儿童与老年人,结果显著');
  });

  it('tells whether the folded text holds a digit, also one that only folding writes', () => {
    expect(foldSentence('第１２天和第０天')).toEqual({ text: '第12天和第0天', hasDigit: true });
    expect(foldSentence('ＯＲ，ｌｏｗ')).toEqual({ text: 'OR,low', hasDigit: false });
    expect(foldSentence('1O cases')).toEqual({ text: '10 cases', hasDigit: true });
  });

  it('reads numbers written in full-width digits only', () => {
    expect(read('第１２天和第０天共有３例患者，随访６个月。', 'zh').claims).toEqual(['number １２天 =12 day', 'number ０天 =0 day', 'number ３例 =3 patient', 'number ６个月 =6 month']);
  });

  // Forms of unseen abstracts: a numeral before 折 of a cross-validation is its k (ten-fold); 打五折 is a discount.
  it('reads the k of a k-fold cross-validation in numerals', () => {
    expect(read('采用十折交叉验证和五折验证，商品打五折。', 'zh').claims).toEqual(['number 十折 =10 fold', 'number 五折 =5 fold']);
  });

  it('keeps Latin-1 characters of a text that has no wide one', () => {
    expect(foldWidth('３．２±０．５ µg, P＝0·03, 1O cases')).toBe('3.2±0.5 µg, P=0.03, 10 cases');
  });
});

describe('English number words in any case, whole words only', () => {
  it.each<[string, string[]]>([
    ['SEVENTEEN patients were treated TWICE for the Fourth time over sixMonths.', ['number SEVENTEEN =17 patient', 'number TWICE =2 time', 'ordinal Fourth =4 ordinal', 'number six =6 month']],
    ['One-Third of them were followed for a Dozen weeks; An Infant was seen.', ['fraction One-Third =1/3', 'number a Dozen =12 week', 'number An =1 patient']],
    ['No Deaths occurred, and half of the patients were treated in the third week.', ['number No =0 death', 'fraction half =1/2', 'ordinal third =3 ordinal']],
    ['The one_two group and the six_months arm had no_deaths over the first_half.', []],
  ])('%s', (text, expected) => {
    const rows = extractPassage(
      { id: 'p1', lang: 'en', offset: 0, length: text.length, text, sentences: segment(text).passages[0]?.sentences ?? [] },
      text,
    ).claims.map((c) => `${c.kind} ${c.text} =${c.kind === 'fraction' ? `${c.num}/${c.den}` : c.value}${c.unit ? ` ${c.unit}` : ''}`);
    expect(rows).toEqual(expected);
  });
});

describe('identifiers that start at a word, in any case', () => {
  it.each<[string, Lang, string[]]>([
    // A type by a Roman numeral is a name; a grade or stage by one is read as its number (not here).
    ['The trial (nct01234567, EudraCT 2015-001234-56) was a PHASE 3 study of type IV tumours in 40 patients.', 'en', ['nct01234567', 'EudraCT 2015-001234-56', 'PHASE 3', 'type IV']],
    ['该研究(ChiCTR-1800012345)为Phase II试验，共纳入40例Type III患者。', 'zh', ['ChiCTR-1800012345', 'Phase II', 'Type III']],
    ['A Phases 2/3 trial; the NCTs and Stages IV were not identifiers, nor was typeIII in 12 patients.', 'en', ['Phases 2/3']],
  ])('%s', (text, lang, expected) => {
    expect(read(text, lang).anchors).toEqual(expected);
  });
});
