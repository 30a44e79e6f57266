import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../src/segment/boilerplate.js';
import { segment } from '../../src/segment/index.js';
import { detectLanguage } from '../../src/segment/language.js';
import { markCount, splitSentences } from '../../src/segment/sentences.js';
import { analyzePair, lintPair } from '../../src/lint.js';

describe('language of a block', () => {
  it.each([
    ['银屑病是一种常见的慢性免疫介导性系统性疾病,目前尚无有效且持久的治疗方法。', 'zh'],
    ['分析不良事件、实验室参数、PASI 和 PGA。', 'zh'],
    ['Psoriasis is a common, chronic immune-mediated systemic disease that had no effective treatment.', 'en'],
    ['Responses were seen in 7 of 6 patients at day 56.', 'en'],
    ['Předmět: Adult medicine', 'other'],
    ['Rok vydání: 2021', 'und'],
    ['4.7', 'und'],
    ['', 'und'],
    ['Autologous cytokine-induced killer cell infusion is considered an effective and safe cancer treatment.', 'en'],
    // Chinese prose listing Latin names has more Latin letters than Han, and no English function words.
    ['新材料有直隶犬(Canis chihliensis)，泥河湾披毛犀(Coelodonta nihowanensis)，三门马(Equus sanmeniensis)及古中华野牛(Bison palaeosinensis)。', 'zh'],
    // English that quotes a Chinese title is still English.
    ['The survey was named 中国慢性病及其危险因素监测调查暨全国营养健康状况调查 and it was carried out in all of the provinces of the country with the same protocol.', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('lines of bare results', () => {
  const blocks = (text: string) => segment(text).blocks.map((b) => [b.text, b.lang, b.dropped]);
  it('reads a result alone on a line as English, and a file of them as one passage', () => {
    const text = 't(28) = 2.20, p = .03\nF(2, 28) = 2.20, p = .15\n Z = -2.42, p = 0.016\nt(28) = 2.20, ns';
    expect(blocks(text)).toEqual([
      ['t(28) = 2.20, p = .03', 'en', undefined],
      ['F(2, 28) = 2.20, p = .15', 'en', undefined],
      ['Z = -2.42, p = 0.016', 'en', undefined],
      ['t(28) = 2.20, ns', 'en', undefined],
    ]);
    expect(segment(text).passages.map((p) => [p.lang, p.sentences.length])).toEqual([['en', 4]]);
  });
  it.each([
    ['t(28) = 2.20', 'a statistic without its p'],
    ['p = .03', 'a p without a statistic'],
    ['Table 2 (n = 28)', 'a label'],
  ])('leaves %s undetermined: %s', (text) => {
    expect(blocks(text)).toEqual([[text, 'und', 'not English or Chinese']]);
  });
  it('leaves a Chinese line of results Chinese', () => {
    expect(blocks('两组比较，t(28) = 2.20，P = 0.036')).toEqual([['两组比较，t(28) = 2.20，P = 0.036', 'zh', undefined]]);
  });
});

describe('boilerplate', () => {
  it.each([
    ['Add to saved papers', 'en', 'page chrome'],
    ['Full text links', 'en', 'page chrome'],
    ['Get seemless 1-tap access through your institution/university', 'en', 'page chrome'],
    ['All material on this website is protected by copyright, Copyright © 1994-2024 by WebMD LLC.', 'en', 'page chrome'],
    ['Institute of Reproductive and Stem Cell Engineering, School of Basic Medical Science, Central South University, Changsha, 410031, China.', 'en', 'affiliation'],
    ['Signal Transduct Target Ther. 2022 Aug 5;7(1):263. doi: 10.1038/s41392-022-01059-y.', 'en', 'citation'],
    ['LI Li, ZHOU Feng, WANG Xiao-jin, XU Yi-bing, SHI Li-qin, LI Zhen-yu', 'en', 'author list'],
    ['2020, 25(10):', 'en', 'citation'],
    ['medicine.medical_specialty medicine.medical_treatment Dermatology Eczema Area and Severity Index', 'en', 'keyword list'],
    ['期刊', 'zh', 'page chrome'],
    ['卷 6, 期 2, 页码 -', 'zh', 'page chrome'],
    ['评分不足', 'zh', 'page chrome'],
    ['暂无数据', 'zh', 'page chrome'],
    ['---|---|', 'und', 'table rule'],
    // The journal's front matter and citation lines around an abstract.
    ['Chin J Epidemiol. 2020 Mar 14;41(3):215-219. doi: 10.3760/cma.j.issn.0254-6450.2020.03.001.', 'en', 'citation'],
    ['中华医学杂志 2024年第104卷第12期', 'zh', 'citation'],
    ['中华流行病学杂志，2020，41(3):215-219', 'zh', 'citation'],
    ['收稿日期：2020-01-12；修回日期：2020-03-01', 'zh', 'front matter'],
    ['修回日期 2020-03-01', 'zh', 'front matter'],
    ['基金项目：国家自然科学基金（81770123）', 'zh', 'front matter'],
    ['作者单位：100730 北京协和医院呼吸内科', 'zh', 'front matter'],
    ['通信作者：张三，Email：zhangsan@example.com', 'zh', 'front matter'],
    ['通讯作者 李四', 'zh', 'front matter'],
    ['中图分类号：R563', 'zh', 'front matter'],
    ['文献标志码：A', 'zh', 'front matter'],
    ['文章编号：1000-0000(2020)03-0215-05', 'zh', 'front matter'],
    ['【关键词】肺炎；儿童；病原学', 'zh', 'front matter'],
    ['关键词：肺炎；儿童；病原学', 'zh', 'front matter'],
    ['© 2020 中华医学会', 'zh', 'page chrome'],
    ['Key words: Pneumonia; Children; Etiology', 'en', 'front matter'],
    ['Keywords: pneumonia, children', 'en', 'front matter'],
    ['Received: 2020-01-12; Revised: 2020-03-01', 'en', 'front matter'],
    ['Received 12 January 2020; accepted 3 March 2020', 'en', 'front matter'],
    ['Accepted Mar 3, 2020', 'en', 'front matter'],
    ['Fund program: National Natural Science Foundation of China (81770123)', 'en', 'front matter'],
    ['Corresponding author: ZHANG San, Email: zhangsan@example.com', 'en', 'front matter'],
    ['CLC number: R563', 'en', 'front matter'],
    ['Document code: A', 'en', 'front matter'],
    ['Article ID: 1000-0000(2020)03-0215-05', 'en', 'front matter'],
  ])('%s is %s', (line, lang, reason) => {
    expect(boilerplateReason(line, lang as 'en')).toBe(reason);
  });

  it.each([
    ['Psoriasis is a common, chronic immune-mediated systemic disease. Seventeen patients were enrolled.', 'en'],
    ['A clinical study on the efficacy of natural killer cell therapy on patients with malignant liver tumors', 'en'],
    ['共招募了 17 名银屑病患者接受 UMSC 输注。', 'zh'],
    ['This abstract is long prose that mentions copyright only in passing: '.repeat(6), 'en'],
    ['该试验已在中国临床试验注册中心注册（ChiCTR2000012345）。', 'zh'],
    ['关键词包括“中国传统医学”和“尿石症”，共检索到120篇文献。', 'zh'],
    ['Received treatment was recorded for 30 patients.', 'en'],
    ['Accepted criteria were met by 12 of 20 patients.', 'en'],
    ['Funding sources did not influence the 2 trials reviewed here, which enrolled 120 patients.', 'en'],
  ])('keeps prose: %s', (line, lang) => {
    expect(boilerplateReason(line, lang as 'en')).toBeUndefined();
  });
});

describe('sentences', () => {
  it('guards et al., vs., Fig., P< 0.05 and decimals in English, with exact spans', () => {
    const text = 'Smith et al. found 47.1% (8/17) vs. 25% in Fig. 2 (P< 0.05). Next, 3.5 mg was given! Was it safe?';
    const s = splitSentences(text, 'en', 100);
    expect(s.map((x) => x.text)).toEqual([
      'Smith et al. found 47.1% (8/17) vs. 25% in Fig. 2 (P< 0.05).',
      'Next, 3.5 mg was given!',
      'Was it safe?',
    ]);
    for (const x of s) expect(text.slice(x.offset - 100, x.offset - 100 + x.length)).toBe(x.text);
  });

  it('ends an English sentence at a full stop glued to the next one, as PDF text writes it, and nowhere like it', () => {
    const text = 'Searched Cochrane Database.Keywords were used.[Results] TCM is 2500 years old. S.aureus and e.g.Tests stay, as does Fig.2 here.';
    const s = splitSentences(text, 'en', 7);
    expect(s.map((x) => x.text)).toEqual([
      'Searched Cochrane Database.',
      'Keywords were used.',
      '[Results] TCM is 2500 years old.',
      'S.aureus and e.g.Tests stay, as does Fig.2 here.',
    ]);
    for (const x of s) expect(text.slice(x.offset - 7, x.offset - 7 + x.length)).toBe(x.text);
  });

  it('ends an English sentence at a full stop glued to a two-letter word only where that word opens sentences', () => {
    const text = 'It plays a role in biosynthesis.In the study, genes were cloned.We used mice.Os and Ca.Mg stay, as do the cells.An end.';
    expect(splitSentences(text, 'en', 0).map((x) => x.text)).toEqual([
      'It plays a role in biosynthesis.',
      'In the study, genes were cloned.',
      'We used mice.Os and Ca.Mg stay, as do the cells.',
      'An end.',
    ]);
  });

  it('ends an English sentence at a full stop glued to a Greek letter that starts a symbol, not at one before μ', () => {
    const text = 'They are I-type granite.εHf(t)values are positive. Doses were 5 mg.μL volumes stay.';
    expect(splitSentences(text, 'en', 0).map((x) => x.text)).toEqual([
      'They are I-type granite.',
      'εHf(t)values are positive.',
      'Doses were 5 mg.μL volumes stay.',
    ]);
  });

  it('ends an English sentence at a full stop glued after a number or its unit before a word or an acronym, as PDF text writes it', () => {
    const text = 'Dispersities were 1.12-1.35.DSC showed two peaks at 120 ℃.The yield was 1.35.Films were 2.5 μm.XRD ran for 4 h.Version 2.1.3 stays, as does Fig.2 here.';
    expect(splitSentences(text, 'en', 0).map((x) => x.text)).toEqual([
      'Dispersities were 1.12-1.35.',
      'DSC showed two peaks at 120 ℃.',
      'The yield was 1.35.',
      'Films were 2.5 μm.',
      'XRD ran for 4 h.',
      'Version 2.1.3 stays, as does Fig.2 here.',
    ]);
  });

  it('ends an English sentence at a full stop glued after a percent sign or a closing bracket', () => {
    const text = 'The ratio rose from 8.6% to 14.2%.The drift exceeded 5%（P＜0.05）.Thus it held (Fig. 2).Damage was slight.';
    expect(splitSentences(text, 'en', 0).map((x) => x.text)).toEqual([
      'The ratio rose from 8.6% to 14.2%.',
      'The drift exceeded 5%（P＜0.05）.',
      'Thus it held (Fig. 2).',
      'Damage was slight.',
    ]);
  });

  it('does not end a sentence at the initial of a genus before its species, but does at one before a capital', () => {
    const text = 'A total of 137 S. aureus and 12 E. coli isolates were obtained. Most came from group B. Then it ended.';
    expect(splitSentences(text, 'en', 0).map((x) => x.text)).toEqual([
      'A total of 137 S. aureus and 12 E. coli isolates were obtained.',
      'Most came from group B.',
      'Then it ended.',
    ]);
  });

  it('splits every sentence at its glued stop, wherever in it the stop stands', () => {
    const text = 'We searched the long list of medical databases carefully.Keywords were used. Then it ended.Results came.';
    expect(splitSentences(text, 'en', 0).map((x) => x.text)).toEqual([
      'We searched the long list of medical databases carefully.',
      'Keywords were used.',
      'Then it ended.',
      'Results came.',
    ]);
  });

  it('splits Chinese on 。！？； in both widths', () => {
    const text = '共有 47.1%的患者改善。无死亡；2例SD!结果如何？好;完';
    expect(splitSentences(text, 'zh', 0).map((x) => x.text)).toEqual(['共有 47.1%的患者改善。', '无死亡；', '2例SD!', '结果如何？', '好;', '完']);
  });
});

describe('passages', () => {
  it('joins wrapped and paragraph-split prose of one language, and ends a run at the other language', () => {
    const text = 'Seventeen patients were enrolled in the trial.\nThey were followed for 6 months.\n\nAll of them completed the study.\n共招募了 17 名患者。\n随访 6 个月。';
    const { passages } = segment(text);
    expect(passages.map((p) => [p.id, p.lang, p.sentences.length])).toEqual([
      ['p1', 'en', 3],
      ['p2', 'zh', 2],
    ]);
    expect(passages[0]!.text.startsWith('Seventeen') && passages[0]!.text.endsWith('study.')).toBe(true);
  });

  it('reads the prose cell of a metadata row and drops the other rows', () => {
    const text = 'ISSN: | 1346-8138 |\nPopis: | Background: Atopic dermatitis is a chronic and relapsing inflammatory skin disease that is treated with drugs. |';
    const { passages, blocks } = segment(text);
    expect(blocks[0]!.dropped).toBe('metadata');
    expect(passages).toHaveLength(1);
    expect(passages[0]!.text).toBe('Background: Atopic dermatitis is a chronic and relapsing inflammatory skin disease that is treated with drugs.');
    expect(passages[0]!.offset).toBe(text.indexOf('Background'));
  });
});

describe('front matter around a journal abstract', () => {
  it('keeps only the abstracts as passages, so no date or code there is read as a number', () => {
    const text = [
      '中华流行病学杂志 2020年第41卷第3期',
      '收稿日期：2020-01-12；修回日期：2020-03-01',
      '基金项目：国家自然科学基金（81770123）',
      '目的 了解儿童肺炎的病原学特征。方法 纳入120例患者。结果 其中30例为病毒感染。',
      '关键词：肺炎；儿童',
      'Chin J Epidemiol. 2020 Mar 14;41(3):215-219. doi: 10.3760/cma.j.issn.0254-6450.2020.03.001.',
      'Objective To describe the causes of pneumonia in children. Methods We enrolled 120 patients. Results Of them, 30 had viral infections.',
      'Key words: Pneumonia; Children',
      'Corresponding author: ZHANG San, Email: zhangsan@example.com',
    ].join('\n');
    const { passages } = segment(text);
    expect(passages.map((p) => [p.lang, p.text.slice(0, 12)])).toEqual([
      ['zh', '目的 了解儿童肺炎的病原'],
      ['en', 'Objective To'],
    ]);
  });
});

describe('Chinese sentence ends', () => {
  it('does not end a sentence at a semicolon between digits (t(14;16)), but does elsewhere', () => {
    const text = '8例携带t（14;16）；余下2例正常; 随访3个月。';
    expect(splitSentences(text, 'zh', 0).map((s) => s.text)).toEqual(['8例携带t（14;16）；', '余下2例正常;', '随访3个月。']);
  });

  it('reads a full-width semicolon between digits as the ASCII one: inside a term, not a sentence end', () => {
    const text = '8例携带t（14；16）、t（8；14）；风险比为0.27；95%可信区间为0.17～0.41；随访3个月。';
    expect(splitSentences(text, 'zh', 0).map((s) => s.text)).toEqual(['8例携带t（14；16）、t（8；14）；', '风险比为0.27；95%可信区间为0.17～0.41；', '随访3个月。']);
    expect(splitSentences('8例携带t（１４；１６）；随访3个月。', 'zh', 0).map((s) => s.text)).toEqual(['8例携带t（１４；１６）；', '随访3个月。']);
  });
});

describe('hard-wrapped lines', () => {
  const wrapped = [
    'Estimated total cigarette consumption was 104.8 billion sticks. Legal consumption fell from 99.4',
    'to 88.5 billion sticks over the same period, a drop of 11%. Illicit consumption rose.',
  ];

  it('continues a sentence over a line end, and ends it at a blank line', () => {
    const sentences = (text: string) => segment(text).passages.flatMap((p) => p.sentences.map((s) => s.text));
    expect(sentences(wrapped.join('\n'))).toEqual([
      'Estimated total cigarette consumption was 104.8 billion sticks.',
      'Legal consumption fell from 99.4\nto 88.5 billion sticks over the same period, a drop of 11%.',
      'Illicit consumption rose.',
    ]);
    expect(sentences(wrapped.join('\n\n'))).toEqual([
      'Estimated total cigarette consumption was 104.8 billion sticks.',
      'Legal consumption fell from 99.4',
      'to 88.5 billion sticks over the same period, a drop of 11%.',
      'Illicit consumption rose.',
    ]);
  });

  it('reads a pair given side by side the same way', () => {
    const zh = '估计卷烟总消费量为1048亿支。合法消费量从994亿支下降至885亿支，降幅为11%。非法消费量上升。';
    const pair = analyzePair(wrapped.join('\n'), zh).pairs[0]!;
    expect(pair.en.passage.sentences.map((s) => s.text)[1]).toBe('Legal consumption fell from 99.4\nto 88.5 billion sticks over the same period, a drop of 11%.');
    expect(lintPair(wrapped.join('\n'), zh).diagnostics).toEqual([]);
  });

  it('reads a paragraph on over a page number that PDF text leaves on a line of its own', () => {
    const en = 'Browning areas (9.6%) were mainly found in the central Gobi steppe, while greening was found in the east and\n1352\nthe south of the plateau.';
    const zh = '褐变区域(9.6%)主要分布在中部戈壁草原，变绿区域位于高原东部和\n·1124·\n南部。';
    const { passages } = segment(`${en}\n\n${zh}`);
    expect(passages.map((p) => [p.lang, p.sentences.map((s) => s.text)])).toEqual([['en', [en]], ['zh', [zh]]]);
    expect(analyzePair(en, zh).pairs[0]!.en.passage.sentences.map((s) => s.text)).toEqual([en]);
    expect(lintPair(en, zh).diagnostics).toEqual([]);
  });

  it('never joins a line too short to wrap: a heading or a result on its own line', () => {
    const lines = ['t(28) = 2.20, p = .03', 't(30) = 2.50, p = .02'];
    expect(segment(lines.join('\n')).passages.flatMap((p) => p.sentences.map((s) => s.text))).toEqual(lines);
  });
});

describe('section headings of a structured abstract', () => {
  it('keeps an English abstract one passage across its heading lines, as a Chinese one is across 目的 and 结果', () => {
    const text = [
      'Objective',
      'To evaluate umbilical cord stem cells in psoriasis.',
      'METHODS',
      'Seventeen patients received 1 × 10⁶ cells/kg.',
      'Results',
      'A total of 47.1% (8/17) of the patients improved.',
      '',
      '目的',
      '评价脐带干细胞治疗银屑病的效果。',
      '方法',
      '17例患者接受1 × 10⁶个细胞/kg。',
    ].join('\n');
    const { passages, blocks } = segment(text);
    expect(passages.map((p) => [p.lang, p.text.split('\n')[0], p.sentences.map((s) => s.text)])).toEqual([
      ['en', 'To evaluate umbilical cord stem cells in psoriasis.', [
        'To evaluate umbilical cord stem cells in psoriasis.',
        'Seventeen patients received 1 × 10⁶ cells/kg.',
        'A total of 47.1% (8/17) of the patients improved.',
      ]],
      ['zh', '目的', ['目的', '评价脐带干细胞治疗银屑病的效果。', '方法', '17例患者接受1 × 10⁶个细胞/kg。']],
    ]);
    // The headings are still not prose.
    expect(blocks.filter((b) => b.dropped).map((b) => b.text)).toEqual(['Objective', 'METHODS', 'Results']);
  });

  it('lets any other short line end an English passage, as before', () => {
    const first = 'Psoriasis is a chronic inflammatory skin disease with no durable treatment.';
    const second = 'Atopic dermatitis is a relapsing skin disease that stem cells may relieve.';
    expect(segment(`${first}\nAdd to saved papers\n${second}`).passages.map((p) => p.text)).toEqual([first, second]);
    expect(segment(`${first}\nAbstract\n${second}`).passages.map((p) => p.text)).toEqual([first, second]);
  });

  it('lets a heading end an English passage when Chinese follows it', () => {
    const { passages } = segment('A total of 47.1% (8/17) of the patients improved.\nConclusions\n共有47.1%(8/17)的患者改善。');
    expect(passages.map((p) => [p.lang, p.text])).toEqual([
      ['en', 'A total of 47.1% (8/17) of the patients improved.'],
      ['zh', '共有47.1%(8/17)的患者改善。'],
    ]);
  });
});

describe('markCount', () => {
  /** What natural would make a placeholder of: each sentence mark, and each run of ASCII digits. */
  const reference = (text: string) => {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const digit = /[0-9]/.test(text[i]!);
      if ((digit && !/[0-9]/.test(text[i - 1] ?? '')) || '.?!\u2026'.includes(text[i]!)) n++;
    }
    return n;
  };

  it('counts the marks and digit runs of any text', () => {
    expect(markCount('In 2019, 12.5% (n = 40)... Why? 3\u20264!')).toBe(13);
    const char = fc.constantFrom(...'0123456789.?!\u2026a ,９'.split(''), '1.5', '...');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(markCount(text)).toBe(reference(text));
      }),
      { numRuns: 2000, seed: 18 },
    );
  });
});
