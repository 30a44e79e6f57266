import { describe, expect, it } from 'vitest';
import { listSizes } from '../../src/align/lists.js';

describe('list sizes', () => {
  it.each([
    ['Patients were divided into three groups: A, B and C.', 'en', [3], [3]],
    ['Patients were divided into three groups: A, B, and C.', 'en', [3], [3]],
    ['We measured IL-6, IL-8, TNF or CRP.', 'en', [3, 4], [4]],
    ['We compared A and B.', 'en', [], []],
    ['In 2019, 40 patients were enrolled.', 'en', [], []],
    ['Patients were divided into groups A, B and C.', 'en', [3], [3]],
    // Where lead-in words end is unclear: the whole reading takes them for an item.
    ['In this study, we compared A, B and C.', 'en', [3, 4], [4]],
    ['Fossils came from Dongliang,Dongcun Beigou and Dongcun Nangou localities.', 'en', [3], [3]],
    ['Modules: acquisition, prediction, analysis and evaluation. We used 30 movies, 27 for training.', 'en', [3, 4], [4]],
    // A list of values before `respectively`: as many things as values, lead-in words never an item.
    ['After treatment, the scores were 32.4, 38.1 and 44.2, respectively.', 'en', [3], [3]],
    ['After treatment, the scores were 32.4 and 44.2, respectively.', 'en', [2], [2]],
    ['Scores were 3.1±0.4, 5.6±0.8, 4.2±0.5, respectively.', 'en', [3], [3]],
    ['At week 44, clinical remission occurred in 50%, 45%, and 19% of the patients, respectively.', 'en', [3], [3]],
    ['At week 44, scores were 3.1, 5.6 and 4.2, respectively.', 'en', [3], [3]],
    // A value's spread in brackets after it, or a whole mean ± SD in brackets, is no clause: the list runs through it.
    ['Blocks took (6.8±2.1), (5.2±1.7) and (4.5±1.4) min (F=22.52, P<0.001).', 'en', [3], [3]],
    ['Motor block lasted 96 (80, 115), 118 (100, 136) and 142 (125, 160) min.', 'en', [3], [3]],
    ['Five rates (0, 120, 180) were compared.', 'en', [], []],
    // A run of bare numbers is one list, whole, and is read where the clause goes on after it and in full-width commas.
    ['Using images of 1990, 2000, 2010 and 2020, we mapped the area.', 'en', [4], [4]],
    ['Using images of 1990，2000，2010 and 2020，we mapped the area.', 'en', [4], [4]],
    ['Five rates（0，120，180，240 and 300 kg）were compared.', 'en', [5], [5]],
    // Words around full-width commas are clauses as often as items: no list.
    ['Results differed，scores were stable and accurate and showed consistency.', 'en', [], []],
    ['患者分为A、B、C组。', 'zh', [3], [3]],
    ['检测IL-6、IL-8和TNF水平。', 'zh', [3], [3]],
    ['患者分为A、B两组，比较疗效。', 'zh', [2], [2]],
    ['比较A和B的疗效。', 'zh', [], []],
  ] as const)('%s', (text, lang, any, whole) => {
    const sizes = listSizes(text, lang);
    expect([[...sizes.any], [...sizes.whole]]).toEqual([any, whole]);
  });
});
