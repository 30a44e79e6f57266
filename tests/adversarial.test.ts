import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { reportSchema } from '../src/report/schema.js';
import { growth, type Growth } from './helpers/growth.js';

const MB = 1 << 20;

/** Strings built to make a backtracking regex or a quadratic loop stall, `n` characters long. */
const ATTACKS: Record<string, (n: number) => string> = {
  'long digit run': (n) => '7'.repeat(n),
  '1/1/1/…': (n) => '1/'.repeat(n / 2),
  '((((': (n) => '('.repeat(n),
  '1.1.1.…': (n) => '1.'.repeat(n / 2),
  'alternating CJK and ASCII': (n) => '中a1'.repeat(n / 3),
  'percent signs': (n) => '%'.repeat(n),
  "recheck's '1,21' attack": (n) => '1,21'.repeat(n / 4),
  'sentence marks': (n) => '!'.repeat(n),
  'a.a.a.…': (n) => 'a.'.repeat(n / 2),
  'spaced digits': (n) => '1 '.repeat(n / 2),
  'Chinese numerals': (n) => '一'.repeat(n),
  'ranges 1~1~…': (n) => '1~'.repeat(n / 2),
  'metadata row of spaces': (n) => `Popis: | ${' '.repeat(n)}x`,
  'thousands groups 111 111 …': (n) => '111 '.repeat(n / 4),
  'counts 1例1例…': (n) => '1例'.repeat(n / 2),
  'percentages 1%1%…': (n) => '1%'.repeat(n / 2),
  'fractions in words 三分之三分之…': (n) => '三分之'.repeat(n / 3),
  'Roman numerals ⅠⅠⅠ…': (n) => 'Ⅰ'.repeat(n),
  'a stage, then spaces': (n) => `T1${' '.repeat(n)}x`,
  'an open directive comment, repeated': (n) => '<!-- zhenlint-disable '.repeat(n / 22),
  'star alleles CYP2D6*1/*…': (n) => 'CYP2D6*1/*'.repeat(n / 10),
  'capitals and stars A*A*…': (n) => 'AB-C*'.repeat(n / 5),
};

/** Wrapped so that the attack reaches every stage: an English passage and a Chinese one. */
const WRAPS: Record<string, (attack: string) => string> = {
  en: (a) => `The patients were enrolled in the study and the results were as follows: ${a} in 17 patients.`,
  zh: (a) => `本研究共纳入患者，结果如下：${a}，共17例。`,
};

/**
 * Lint at n/4 and at n and compare median CPU times: linear work takes 4 times as long
 * at n, quadratic work 16 times. The allowance of 8 leaves room for garbage collection
 * on a bigger heap; CPU time and medians leave room for a machine busy with other work.
 */
function linearIn(make: (n: number) => string, n: number, warmUp = () => void lint(make(1024))): Growth {
  const small = make(n / 4);
  const large = make(n);
  return growth(() => lint(small), () => lint(large), { factor: 4, ratio: GROWTH_LIMIT, slackMs: SLACK_MS, warmUp });
}

const GROWTH_LIMIT = 8;
/**
 * Inputs that take a few tens of milliseconds are mostly noise (warm-up, a collection);
 * this much is allowed on top. A stall is seconds, not this.
 */
const SLACK_MS = 400;

const slowest: { name: string; ms: number }[] = [];

describe('adversarial input stays linear (1 MB)', () => {
  for (const [name, attack] of Object.entries(ATTACKS)) {
    for (const [lang, wrap] of Object.entries(WRAPS)) {
      it(`${name} in ${lang} prose`, () => {
        const g = linearIn((n) => wrap(attack(n)), MB);
        slowest.push({ name: `${name} (${lang})`, ms: g.large });
        expect(g.within, g.describe).toBe(true);
      }, 60_000);
    }
  }

  it('a 2 MB abstract pair, each version on one line, is linted in linear time and its report is valid', () => {
    const pair = (sentences: number) => {
      let en = '';
      let zh = '';
      for (let i = 0; i < sentences; i++) {
        const a = (i % 90) + 5;
        en += `In cohort ${(i % 7) + 1}, ${a} of ${2 * a + 1} patients improved after ${(i % 11) + 2} months. `;
        zh += `第${(i % 7) + 1}组中，${2 * a + 1}例中${a}例在${(i % 11) + 2}个月后改善。`;
      }
      return `${en}\n${zh}\n`;
    };
    const small = pair(6_500);
    const text = pair(26_000);
    expect(text.length).toBeGreaterThan(2_000_000);
    let report = lint(small); // also the warm-up
    const g = growth(() => lint(small), () => (report = lint(text)), { factor: 4, ratio: GROWTH_LIMIT, slackMs: SLACK_MS });
    expect(reportSchema.parse(report).files[0]!.pairs).toHaveLength(1);
    expect(report.files[0]!.diagnostics).toEqual([]);
    expect(report.files[0]!.passages.at(-1)!.endLine).toBe(2);
    slowest.push({ name: '2 MB pair on two lines', ms: g.large });
    expect(g.within, g.describe).toBe(true);
  }, 120_000);

  it('1 MB of alternating short English and Chinese lines (28 000 passages) pairs in linear time', () => {
    const lines = (n: number) => {
      let s = '';
      for (let i = 0; s.length < n; i++) {
        s += `In cohort ${i}, ${i % 50} of ${(i % 50) + 3} patients improved after treatment.\n共有${(i % 50) + 3}例患者，其中${i % 50}例改善。\n`;
      }
      return s;
    };
    const g = linearIn(lines, MB);
    slowest.push({ name: 'alternating lines', ms: g.large });
    expect(g.within, g.describe).toBe(true);
  }, 60_000);

  it('a pair whose one sentence holds 130 000 fractions a side, half of them different, is linked in linear time', () => {
    const dump = (n: number) => {
      const count = Math.round(n / 24);
      const en = Array.from({ length: count }, (_, i) => `a ratio of ${(i % 9) + 1}/${i + 10} was seen, `).join('');
      const zh = Array.from({ length: count }, (_, i) => `${(i % 9) + 1}/${i % 2 ? i + 10 : i + 11} `).join('');
      return `The PASI results with 1 x 10(6) cells/kg were: ${en} in 17 patients.\nPASI 结果(1 x 10(6) cells/kg)如下：${zh}，共17例。\n`;
    };
    expect(lint(dump(4096)).files[0]!.pairs).toHaveLength(1);
    const g = linearIn(dump, MB);
    slowest.push({ name: 'one-sentence number dump pair', ms: g.large });
    expect(g.within, g.describe).toBe(true);
  }, 60_000);

  // Wall-clock time is the benchmark's business: on a loaded machine any absolute limit is flaky.
  afterAll(() => {
    slowest.sort((a, b) => b.ms - a.ms);
    console.log(`slowest (CPU): ${slowest.slice(0, 3).map((s) => `${s.name} ${s.ms.toFixed(0)} ms`).join('; ')}`);
  });
});
