import { ruleCases } from '../helpers/rule-cases.js';

ruleCases('interval-estimate', {
  valid: [
    // An estimate equal to a bound; a percentage's interval whose bounds carry their signs.
    "The area under the ROC curve was 0.87 (95% CI 0.87-0.90) for PCT and 0.76 (95% CI 0.72-0.76) for CRP.",
    "The adjusted effectiveness of two doses was 83.7% (95% CI 74.9%-89.4%), and that of one dose 61.2% (95% CI 28.5%-79.0%).",
    "PCT和CRP的ROC曲线下面积分别为0.87（95%CI：0.84～0.90）和0.76（95%CI：0.72～0.80）。",
    'Recurrence-free survival was longer (hazard ratio for recurrence or death, 0.51; 95% confidence interval [CI], 0.34 to 0.77; P = 0.001).',
    'The relative risk with apixaban was 0.87 (95% CI, 0.62 to 1.23; P = 0.44).',
    'Major bleeding was more frequent (relative risk, 2.58; 95% CI, 1.02 to 7.24; P = 0.04).',
    'The invasive-disease hazard ratio was 0.81 (95% CI, 0.66 to 1.00; P = 0.045).',
    'The odds ratio was 2.1 (95% CI 1.2-3.4) for smokers.',
    'The mean difference was 5.2 points (95% CI, 1.1 to 9.3).',
    'Overall survival was similar (HR 1.13, 95% CI 0.68-1.86, P = 0.64) in the two groups.',
    '复发或死亡的分层风险比为 0.51；95%置信区间 0.34～0.77；p = 0.001。',
    '阿哌沙班的相对危险是 0.87；95%可信区间 0.62～1.23；p = 0.44。',
    '风险比为 0.27；95%可信区间为 0.17～0.41。',
    '比值比 2.1，95%CI: 1.2~3.4。',
    'The objective response rate was 35.6% (42/118; 95% CI, 27.0 to 44.9), and median survival was 5.6 months (95% CI, 4.2 to 6.9).',
    'The survival rate at 12 months (95% CI, 60 to 80) was high in the whole cohort of patients.',
    '客观缓解率为 35.6%（95%CI：27.0～44.9），中位生存期 18 个月（95%CI：14.2～21.8）。',
    // The estimate is the number right before the interval, not a qualifier after the label.
    'The hazard ratio for death at 5 years was 0.72 (95% CI, 0.60 to 0.86).',
    'In the 10-mg group, the odds ratio was 1.35 [95% CI, 1.10 to 1.66].',
    'The odds ratio for each 10-year increase in age was 1.35; 95% CI, 1.10 to 1.66.',
    'The mean difference in HbA1c at week 26 was -0.5 percentage points (95% CI, -0.7 to -0.3).',
    'The hazard ratio in patients over 65 years was 0.80 (95% CI, 0.70 to 0.91).',
    'The odds ratio for quartile 4 was 2.9 (95% CI, 1.5 to 5.6).',
    'The hazard ratio for death at 5 years (95% CI, 0.60 to 0.86) favoured the drug.',
    '5年死亡风险比为0.72（95% CI，0.60～0.86）。',
    '风险比在第5年时HR=0.72，95%CI：0.60～0.86。',
  ],
  invalid: [
    // An estimate that rounds to the next value below its interval's lower bound lies outside it.
    { text: "The area under the ROC curve was 0.87 (95% CI 0.88-0.90) for PCT and 0.76 (95% CI 0.72-0.80) for CRP.", errors: [{ severity: 'error', lang: 'en', span: "0.87", message: "The estimate 0.87 lies outside its own 95% confidence interval 0.88 to 0.90." }] },
    { text: "PCT和CRP的ROC曲线下面积分别为0.87（95%CI：0.88～0.90）和0.76（95%CI：0.72～0.80）。", errors: [{ severity: 'error', lang: 'zh', span: "0.87", message: "The estimate 0.87 lies outside its own 95% confidence interval 0.88 to 0.90." }] },
    // The bounds of a percentage's interval written with their signs.
    { text: "The adjusted effectiveness of two doses was 93.7% (95% CI 74.9%-89.4%), and that of one dose 61.2% (95% CI 28.5%-79.0%).", errors: [{ severity: 'error', lang: 'en', span: "93.7", message: "The estimate 93.7 lies outside its own 95% confidence interval 74.9 to 89.4." }] },
    { text: "接种2剂的校正保护效果为93.7%（95%CI：74.9%～89.4%），接种1剂为61.2%（95%CI：28.5%～79.0%）。", errors: [{ severity: 'error', lang: 'zh', span: "93.7", message: "The estimate 93.7 lies outside its own 95% confidence interval 74.9 to 89.4." }] },
    { text: 'Recurrence-free survival was longer (hazard ratio for recurrence or death, 0.91; 95% CI, 0.34 to 0.77).', errors: [{ severity: 'error', lang: 'en', span: '0.91', message: 'The estimate 0.91 lies outside its own 95% confidence interval 0.34 to 0.77.' }] },
    { text: 'The odds ratio was 4.1 (95% CI 1.2-3.4) for smokers in the cohort.', errors: [{ severity: 'error', lang: 'en', span: '4.1', message: 'The estimate 4.1 lies outside its own 95% confidence interval 1.2 to 3.4.' }] },
    { text: 'Recurrence-free survival was longer (hazard ratio, 0.51; 95% CI, 0.34 to 0.77; P = 0.20).', errors: [{ severity: 'error', lang: 'en', span: 'P = 0.20', message: 'The 95% CI 0.34 to 0.77 of HR 0.51 implies P between 0.001 and 0.002 (z from the log-CI width, Altman & Bland), not P = 0.20; the interval excludes 1, so the result is significant at 0.05.' }] },
    { text: 'Recurrence-free survival was longer (hazard ratio, 0.36; 95% CI, 0.34 to 0.77).', errors: [{ severity: 'warning', lang: 'en', span: '0.36', message: 'A HR sits at the geometric mean of its confidence bounds, √(0.34 × 0.77) = 0.512, but 0.36 is written: the estimate or a bound may be mistyped.' }] },
    { text: 'The objective response rate was 55.6% (95% CI, 27.0 to 44.9) among the treated patients.', errors: [{ severity: 'error', lang: 'en', span: '55.6', message: 'The estimate 55.6 lies outside its own 95% confidence interval 27.0 to 44.9.' }] },
    { text: '客观缓解率为 35.6%（95%CI：37.0～44.9），中位生存期 18 个月。', errors: [{ severity: 'error', lang: 'zh', span: '35.6', message: 'The estimate 35.6 lies outside its own 95% confidence interval 37.0 to 44.9.' }] },
    { text: '风险比为 0.91；95%置信区间 0.34～0.77。', errors: [{ severity: 'error', lang: 'zh', span: '0.91', message: 'The estimate 0.91 lies outside its own 95% confidence interval 0.34 to 0.77.' }] },
    { text: '阿哌沙班的相对危险是 0.87；95%可信区间 0.62～1.23；p = 0.01。', errors: [{ severity: 'error', lang: 'zh', span: 'p = 0.01', message: 'The 95% CI 0.62～1.23 of RR 0.87 implies P between 0.398 and 0.453 (z from the log-CI width, Altman & Bland), not p = 0.01; the interval includes 1, so the result is not significant at 0.05.' }] },
    // A qualifier after the label leaves the estimate before the interval checked.
    { text: 'The hazard ratio for death at 5 years was 0.92 (95% CI, 0.60 to 0.86).', errors: [{ severity: 'error', lang: 'en', span: '0.92', message: 'The estimate 0.92 lies outside its own 95% confidence interval 0.60 to 0.86.' }] },
    { text: '风险比在第5年时HR=0.92，95%CI：0.60～0.86。', errors: [{ severity: 'error', lang: 'zh', span: '0.92', message: 'The estimate 0.92 lies outside its own 95% confidence interval 0.60 to 0.86.' }] },
  ],
});
