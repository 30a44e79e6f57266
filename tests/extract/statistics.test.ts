import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lint.js';

const stats = (text: string) =>
  analyze(text).passages.flatMap((p) =>
    (p.stats ?? []).map((s) => ({
      kind: s.kind,
      text: s.text,
      span: text.slice(s.offset, s.offset + s.length),
      value: s.value,
      decimals: s.decimals,
      ...(s.low !== undefined ? { low: s.low, high: s.high } : {}),
      ...(s.measure ? { measure: s.measure } : {}),
      ...(s.df ? { df: s.df } : {}),
      ...(s.parts ? { parts: s.parts.map((x) => `${x.measure}=${x.value}`) } : {}),
    })),
  );

describe('statistics extraction', () => {
  it('reads a ratio estimate, its interval and its p-value, in English', () => {
    const found = stats('Survival was longer (hazard ratio for recurrence or death, 0.51; 95% confidence interval [CI], 0.34 to 0.77; P = 0.001).');
    expect(found).toEqual([
      { kind: 'estimate', text: '0.51', span: '0.51', value: 0.51, decimals: 2, measure: 'HR' },
      { kind: 'interval', text: '0.34 to 0.77', span: '0.34 to 0.77', value: 0.34, decimals: 2, low: 0.34, high: 0.77 },
      { kind: 'pvalue', text: 'P = 0.001', span: 'P = 0.001', value: 0.001, decimals: 3 },
    ]);
  });

  it.each([
    ['The odds ratio was 2.1 (95% CI 1.2-3.4) among smokers.', 'OR', '2.1', '1.2-3.4'],
    ['Smokers had higher risk (OR = 2.10, 95%CI: 1.20~3.40) in the cohort.', 'OR', '2.10', '1.20~3.40'],
    ['复发或死亡的风险比 0.51，95% 置信区间 0.34～0.77。', 'HR', '0.51', '0.34～0.77'],
    ['阿哌沙班的相对危险是0.87；95%可信区间[ ci ]，0.62～1.23；p = 0.44。', 'RR', '0.87', '0.62～1.23'],
  ])('%s', (text, measure, estimate, ci) => {
    const found = stats(text);
    expect(found.find((s) => s.kind === 'estimate')).toMatchObject({ measure, span: estimate });
    expect(found.find((s) => s.kind === 'interval')).toMatchObject({ span: ci });
  });

  // Each label's last letters, then a gap of 60 characters (the most an estimate's label stands from its number):
  // the test before the search must let every one through.
  const GAP = ' '.repeat(60);
  it.each([
    [`The hazard ratios${GAP}0.51 were similar.`, 'HR'],
    [`The relative risks${GAP}1.20 were similar.`, 'RR'],
    [`The mean differences${GAP}-.5 were small.`, 'difference'],
    [`其风险比${GAP}0.51。`, 'HR'],
    [`其相对风险${GAP}1.20。`, 'RR'],
    [`其相对危险度${GAP}1.20。`, 'RR'],
    [`两组差值${GAP}3.5。`, 'difference'],
  ])('an estimate after the longest gap: %s', (text, measure) => {
    expect(stats(text).filter((s) => s.kind === 'estimate').map((s) => s.measure)).toEqual([measure]);
  });

  it.each([
    ['Responses: 2 complete responses, 3 partial remissions and 1 death.', ['CR=2', 'PR=3', 'death=1']],
  ])('a breakdown whose categories end in a plural: %s', (text, parts) => {
    expect(stats(text).filter((s) => s.kind === 'breakdown').map((s) => s.parts)).toEqual([parts]);
  });

  it.each([
    ['Scores differed between the two treatment groups, t(28) = 2.20, p = .036.', 't', [28], 2.2],
    ['The effect of the dose on the scores was significant, F(2, 45)=3.1, p < .05.', 'F', [2, 45], 3.1],
    ['Response was related to sex, χ2(1, N = 90) = 4.2, p = .04.', 'chi2', [1], 4.2],
    ['Pain and itch were correlated, r(48) = .30, p = .034.', 'r', [48], 0.3],
    ['The mean shift was significant, z = 1.96, p = .05.', 'z', [], 1.96],
  ])('test statistic in %s', (text, measure, df, value) => {
    expect(stats(text).filter((s) => s.kind === 'statistic')).toMatchObject([{ measure, df, value }]);
  });

  describe('APA results beyond the plain form', () => {
    /** Each statistic of a text with the p it owns: [measure, df, comparator, value, p text]. */
    const results = (text: string) => {
      const all = analyze(text).passages.flatMap((p) => p.stats ?? []);
      const byId = new Map(all.map((s) => [s.id, s]));
      return all
        .filter((s) => s.kind === 'statistic')
        .map((s) => [s.measure, s.df, s.comparator, s.value, s.pvalue ? byId.get(s.pvalue)!.text : undefined]);
    };

    it.each([
      ['The trend held, t(28) < 2.20, p < .05, across sites.', ['t', [28], '<', 2.2, 'p < .05']],
      ['No interaction was found, F(2, 40) > 1.50, ns, in the full sample.', ['F', [2, 40], '>', 1.5, 'ns']],
      ['Heterogeneity was low, Q(2) = 4.5, p = .11, across the studies.', ['Q', [2], '=', 4.5, 'p = .11']],
      ['Within-group heterogeneity remained, Qw(12) = 30.1, p = .003, after pooling.', ['Q', [12], '=', 30.1, 'p = .003']],
      ['Subgroups differed, Q-between(1) = 5.20, p = .02, by region.', ['Q', [1], '=', 5.2, 'p = .02']],
      ['The within part was large, QWithin(12) = 30.1, p = .003, in all.', ['Q', [12], '=', 30.1, 'p = .003']],
      ['Total heterogeneity was QT(26) = 40.2, p = .04, across trials.', ['Q', [26], '=', 40.2, 'p = .04']],
      ['Response was related to sex, X2(1) = 4.2, p = .04, in the cohort.', ['chi2', [1], '=', 4.2, 'p = .04']],
      ['Response was related to sex, x2(1) = 4.2, p = .04, in the cohort.', ['chi2', [1], '=', 4.2, 'p = .04']],
      ['Response was related to sex, chi_2(1) = 4.2, p = .04, in the cohort.', ['chi2', [1], '=', 4.2, 'p = .04']],
      ['Response was related to sex, chi-square(1, N = 90) = 4.2, p = .04, in the cohort.', ['chi2', [1], '=', 4.2, 'p = .04']],
      ['The model fitted worse, G2(1) = 3.9, p = .048, without the term.', ['G2', [1], '=', 3.9, 'p = .048']],
      ['The constrained model fitted worse, Δχ2(2) = 7.1, p = .029, than the free one.', ['chi2', [2], '=', 7.1, 'p = .029']],
      ['The effect was large, F(1, 1,224) = 2,000.20, p < .001, overall.', ['F', [1, 1224], '=', 2000.2, 'p < .001']],
      ['Response was related to sex, χ2(1, N = 11,455) = 16.78, p < .001, in the registry.', ['chi2', [1], '=', 16.78, 'p < .001']],
      ['Sphericity was corrected, F(1.72, 49.8) = 5.10, p = .013, by Greenhouse–Geisser.', ['F', [1.72, 49.8], '=', 5.1, 'p = .013']],
      ['The effect was large, F(l, 76) = 23.95, p < .001, in the typeset article.', ['F', [1, 76], '=', 23.95, 'p < .001']],
      ['The effect held, F(1, 28) = 5.2, MSE = 3.1, p = .03, in both tasks.', ['F', [1, 28], '=', 5.2, 'p = .03']],
      ['The groups differed, t(28) = 2.2 (p = .03), on recall.', ['t', [28], '=', 2.2, 'p = .03']],
      ['The groups differed, t(28) = 2.20, d = 0.81, 95% CI [0.12, 1.50], p = .036, on recall.', ['t', [28], '=', 2.2, 'p = .036']],
      ['The groups differed, t(28) = 2.20, p = .5e-3, on recall.', ['t', [28], '=', 2.2, 'p = .5e-3']],
      ['Pain and itch were correlated, r(48) = .30 (95% CI, .02 to .53), p = .034, at baseline.', ['r', [48], '=', 0.3, 'p = .034']],
    ])('%s', (text, expected) => {
      expect(results(text)).toEqual([expected]);
    });

    it('reads p = .5e-3 as 0.0005, written to its fourth decimal', () => {
      expect(stats('The groups differed, t(28) = 2.20, p = .5e-3, on recall.').find((s) => s.kind === 'pvalue')).toMatchObject({ value: 0.0005, decimals: 4 });
    });

    it.each([
      // Words between a statistic and a p make the p another statement's.
      ['The groups differed, t(28) = 2.20 in the first study and p = .03 in the second.', ['t', [28], '=', 2.2, undefined]],
      // A p after a ratio is the ratio's.
      ['Scores differed, t(28) = 2.20, with an OR of 1.9, p = .04, for response.', ['t', [28], '=', 2.2, undefined]],
      ['Scores differed, t(28) = 2.20, OR = 1.9, p = .04, for response.', ['t', [28], '=', 2.2, undefined]],
      // A p after the next statistic is that statistic's.
      ['The groups differed, t(28) = 2.20, F(1, 28) = 4.84, p = .036.', ['t', [28], '=', 2.2, undefined], ['F', [1, 28], '=', 4.84, 'p = .036']],
      // European decimal commas are not thousands separators, and not misread as integers.
      ['The difference was significant, z = 1,96, p = .05, in the subgroup.'],
      // OCR slips other than a 1 typeset as l are left unread.
      ['The groups differed, t(2S) = 2.20, p = .03, on recall.'],
      // Translocations are not t tests.
      ['Karyotypes included t(14;16), t(8; 14) and t (11;14), p = .03 for the difference.'],
    ])('%s', (text, ...expected) => {
      expect(results(text)).toEqual(expected);
    });
  });

  it('reads mean ± SD and median (IQR)', () => {
    expect(stats('Age was 45.2 ± 3.1 years and the median follow-up was 12 months (IQR, 8 to 20).')).toEqual([
      { kind: 'mean', text: '45.2 ± 3.1', span: '45.2 ± 3.1', value: 45.2, decimals: 1 },
      { kind: 'median', text: '12 months (IQR, 8 to 20)', span: '12 months (IQR, 8 to 20)', value: 12, decimals: 0, low: 8, high: 20 },
    ]);
  });

  it.each([
    ['The response rate was 80% (no death, 2SD, 3PR, 5CR) at 3 months.', 'no death, 2SD, 3PR, 5CR', ['death=0', 'SD=2', 'PR=3', 'CR=5']],
    ['The response rate was 60% (2deaths,2PD,3PR,3CR) at 12 months.', '2deaths,2PD,3PR,3CR', ['death=2', 'PD=2', 'PR=3', 'CR=3']],
    ['有效率为 80%（无死亡，2例SD，3例PR，5例CR）。', '无死亡，2例SD，3例PR，5例CR', ['death=0', 'SD=2', 'PR=3', 'CR=5']],
    ['完全缓解 5 例，部分缓解 4 例，疾病稳定 2 例，疾病进展 1 例。', '完全缓解 5 例，部分缓解 4 例，疾病稳定 2 例，疾病进展 1 例', ['CR=5', 'PR=4', 'SD=2', 'PD=1']],
    ['We saw 5 complete responses, 7 partial responses and 3 progressive disease in total.', '5 complete responses, 7 partial responses and 3 progressive disease', ['CR=5', 'PR=7', 'PD=3']],
  ])('breakdown in %s', (text, span, parts) => {
    expect(stats(text).filter((s) => s.kind === 'breakdown')).toMatchObject([{ span, parts, value: parts.reduce((s, p) => s + Number(p.split('=')[1]), 0) }]);
  });

  it('reads no statistic out of plain prose', () => {
    expect(stats('Seventeen patients with psoriasis were enrolled and received infusions over 6 months.')).toEqual([]);
  });
});
