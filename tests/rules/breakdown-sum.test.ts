import { ruleCases } from '../helpers/rule-cases.js';

ruleCases('breakdown-sum', {
  valid: [
    'Ten patients were enrolled. The effective response rate was 80% (no death, 2SD, 3PR, 5CR).',
    'Ten patients were enrolled. The response rate was 80% (1 death, 1PD, 3PR, 5CR).',
    'Ten patients were enrolled. At 36 months the response rate was 30% (5 deaths, 2PD, 3CR).',
    'Ten patients were enrolled. Responders included 3PR and 5CR in total.',
    'Twelve patients were treated; responses (4 CR, 3 PR) were durable.',
    'The response rate was 80% (no death, 2SD, 3PR, 5CR) in this series of cases.',
    'Twenty patients were enrolled: 5 complete responses, 7 partial responses, 6 stable disease and 2 progressive disease.',
    '共纳入 10 例患者。有效率为 60%（2例死亡，2例PD，3例PR，3例CR）。',
    '共纳入 12 例患者，完全缓解 5 例，部分缓解 4 例，疾病稳定 2 例，疾病进展 1 例。',
    '共纳入 10 例患者。3例PR，5例CR。',
    // A list that leaves out a category of its scheme may fall short of the cohort by it.
    'Ten patients were enrolled. At 36 months the response rate was 30% (5 deaths, 1PD, 3CR).',
    '共纳入 10 例患者。有效率为 80%（无死亡，1例SD，3例PR，5例CR）。',
    '48例患者接受治疗。完全缓解2例，部分缓解22例，疾病稳定15例。',
    'Forty-eight patients were treated. Complete response was seen in 2 patients, partial response in 22 and stable disease in 15.',
    'Forty-eight patients were treated: 2 CR, 22 PR and 15 SD.',
    '共纳入 40 例患者，轻度 20 例，中度 10 例，重度 5 例。',
    '48例患者接受治疗。完全缓解2例，部分缓解22例，其余24例疾病稳定。',
    'Forty-eight patients were treated: 2 CR, 22 PR and 24 others.',
  ],
  invalid: [
    { text: 'Ten patients were enrolled. The effective response rate was 80% (1 death, 2SD, 3PR, 5CR).', errors: [{ severity: 'error', lang: 'en', span: '1 death, 2SD, 3PR, 5CR', message: 'The breakdown (1 death, 2SD, 3PR, 5CR) adds up to 1 + 2 + 3 + 5 = 11, not to the 10 patients enrolled (Ten patients).' }] },
    { text: 'Ten patients were enrolled. At 36 months the response rate was 30% (5 deaths, 3PD, 3CR).', errors: [{ severity: 'error', lang: 'en', span: '5 deaths, 3PD, 3CR', message: 'The breakdown (5 deaths, 3PD, 3CR) adds up to 5 + 3 + 3 = 11, not to the 10 patients enrolled (Ten patients).' }] },
    { text: 'Twenty patients were enrolled: 5 complete responses, 7 partial responses, 6 stable disease and 3 progressive disease.', errors: [{ severity: 'error', lang: 'en', span: '5 complete responses, 7 partial responses, 6 stable disease and 3 progressive disease', message: 'The breakdown (5 complete responses, 7 partial responses, 6 stable disease and 3 progressive disease) adds up to 5 + 7 + 6 + 3 = 21, not to the 20 patients enrolled (Twenty patients).' }] },
    { text: '共纳入 10 例患者。有效率为 80%（无死亡，3例SD，3例PR，5例CR）。', errors: [{ severity: 'error', lang: 'zh', span: '无死亡，3例SD，3例PR，5例CR', message: 'The breakdown (无死亡，3例SD，3例PR，5例CR) adds up to 0 + 3 + 3 + 5 = 11, not to the 10 patients enrolled (10 例).' }] },
    { text: '共纳入 12 例患者，完全缓解 5 例，部分缓解 4 例，疾病稳定 2 例，疾病进展 2 例。', errors: [{ severity: 'error', lang: 'zh', span: '完全缓解 5 例，部分缓解 4 例，疾病稳定 2 例，疾病进展 2 例', message: 'The breakdown (完全缓解 5 例，部分缓解 4 例，疾病稳定 2 例，疾病进展 2 例) adds up to 5 + 4 + 2 + 2 = 13, not to the 12 patients enrolled (12 例).' }] },
    // A list of every category, or of the rest, that falls short, and a partial one that exceeds the cohort.
    { text: '48例患者接受治疗。完全缓解2例，部分缓解22例，疾病稳定15例，疾病进展5例。', errors: [{ severity: 'error', lang: 'zh', span: '完全缓解2例，部分缓解22例，疾病稳定15例，疾病进展5例', message: 'The breakdown (完全缓解2例，部分缓解22例，疾病稳定15例，疾病进展5例) adds up to 2 + 22 + 15 + 5 = 44, not to the 48 patients enrolled (48例).' }] },
    { text: '共纳入 10 例患者。6例PR，5例CR。', errors: [{ severity: 'error', lang: 'zh', span: '6例PR，5例CR', message: 'The breakdown (6例PR，5例CR) adds up to 6 + 5 = 11, not to the 10 patients enrolled (10 例).' }] },
    { text: '48例患者接受治疗。完全缓解2例，部分缓解22例，其余23例。', errors: [{ severity: 'error', lang: 'zh', span: '完全缓解2例，部分缓解22例，其余23例', message: 'The breakdown (完全缓解2例，部分缓解22例，其余23例) adds up to 2 + 22 + 23 = 47, not to the 48 patients enrolled (48例).' }] },
    { text: 'Forty-eight patients were treated: 2 CR, 22 PR and the remaining 23.', errors: [{ severity: 'error', lang: 'en', span: '2 CR, 22 PR and the remaining 23', message: 'The breakdown (2 CR, 22 PR and the remaining 23) adds up to 2 + 22 + 23 = 47, not to the 48 patients enrolled (Forty-eight patients).' }] },
    { text: 'Forty-eight patients were treated: 2 CR, 32 PR and 15 SD.', errors: [{ severity: 'error', lang: 'en', span: '2 CR, 32 PR and 15 SD', message: 'The breakdown (2 CR, 32 PR and 15 SD) adds up to 2 + 32 + 15 = 49, not to the 48 patients enrolled (Forty-eight patients).' }] },
  ],
});
