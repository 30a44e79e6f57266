import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluations, ruleCases } from '../helpers/rule-cases.js';
import { ROOT } from '../helpers/run-cli.js';

ruleCases('rate-from-counts', {
  valid: [
    // An excellent-and-good rate over the grades listed, or over the patients followed when a grade is left unlisted.
    '按改良Macnab标准评定：优41例，良22例，可5例，优良率92.6%。',
    'According to the modified Macnab criteria, 41 cases were excellent, 22 good and 5 fair, with an excellent and good rate of 92.6%.',
    '18例患者获随访。按McComis标准评定，优 15 例、良 2 例，优良率 94.4%。',
    'Ten patients were enrolled. The 3-month overall survival rate was 100%, effective response rate was 80% (no death, 2SD, 3PR, 5CR).',
    'Ten patients were enrolled. The overall survival rate at 12 months was 80%, effective response rate was 60% (2deaths, 2PD, 3PR, 3CR).',
    'Ten patients with liver tumors were enrolled in this study. The disease control rate was 100% (2SD, 3PR, 5CR).',
    'Twenty patients were enrolled. The objective response rate was 35.0% (2CR, 5PR, 8SD, 5PD).',
    'Ten patients were enrolled. The Kaplan-Meier estimated survival rate was 90% (1 death, 1PD, 3PR, 5CR).',
    'Thirty patients were enrolled, and 12 patients (40.0%) had a response.',
    'Ten patients were enrolled. The response rate was about 80% (3PR, 5CR).',
    '共纳入 10 例患者。3 个月总生存率为 100%，有效率为 80%（无死亡，2例SD，3例PR，5例CR）。',
    '共纳入 10 例患者。疾病控制率为 100%（2例SD，3例PR，5例CR）。',
    '共纳入 20 例患者。客观缓解率为 35.0%（2例CR，5例PR，8例SD，5例PD）。',
    '共纳入 10 例患者。36 个月生存率为 50%，有效率为 30%（5例死亡，2例PD，3例CR）。',
    '共纳入 45 例患者。治疗 3 个月后，完全缓解 10 例，部分缓解 20 例，疾病稳定 10 例，疾病进展 5 例，客观缓解率为 66.7%，疾病控制率为 88.9%。',
    'Ten patients were enrolled. The response rate was more than 70% (1 death, 1PD, 3PR, 5CR).',
    'We enrolled 120 patients, of whom 118 received at least one dose. Grade 3 or higher adverse events occurred in 45 patients (38.1%).',
    // A count out of a group the text names is not a count out of the cohort, in either script.
    '共纳入 30 例患者，治疗组 12 例（45.0%）有效。',
    '共納入 30 例患者，治療組 12 例（45.0%）有效。',
    // A count with its share beside it is a part of a group, never the group: not 3/3 = 100%.
    '共3例（10.0%）患者发生并发症。',
    'A total of 3 (10.0%) patients were enrolled with complications.',
    // A fraction's denominator is its own group, not a count of the cohort: not 63/72 = 87.5%.
    '共纳入72例患者。41/63例（65.1%）有效。',
    // `可接受` (acceptable) receives no one: 36例 is no cohort the 14例 are counted out of.
    '熟练阶段共发生并发症14例（11.3%）。约需36例可度过学习曲线，肿瘤学质量可接受。',
    // A breakdown that names no SD says nothing of the control rate, which adds SD: not (2 + 33)/64.
    'Sixty-four patients were enrolled. The objective response rate was 54.7% (35/64), including 2 complete responses and 33 partial responses, and the disease control rate was 87.5% (56/64).',
    '共纳入 64 例患者。完全缓解 2 例，部分缓解 33 例，客观缓解率为 54.7%，疾病控制率为 87.5%。',
  ],
  invalid: [
    { text: '按改良Macnab标准评定：优41例，良22例，可5例，优良率96.2%。', errors: [{ severity: 'error', lang: 'zh', span: '96.2%', message: '(41 excellent + 22 good)/68 graded = 92.647%, which rounds to 92.6%, not the excellent and good rate of 96.2%; nor does any count of patients the abstract states give it.' }] },
    { text: 'According to the modified Macnab criteria, 41 cases were excellent, 22 good and 5 fair, with an excellent and good rate of 96.2%.', errors: [{ severity: 'error', lang: 'en', span: '96.2%', message: '(41 excellent + 22 good)/68 graded = 92.647%, which rounds to 92.6%, not the excellent and good rate of 96.2%; nor does any count of patients the abstract states give it.' }] },
    { text: 'Ten patients were enrolled. The 6-month overall survival rate was 90%, effective response rate was 70% (1 death, 1PD, 3PR, 5CR).', errors: [{ severity: 'error', lang: 'en', span: '70%', message: '(3 PR + 5 CR)/10 = 80.0%, which rounds to 80%, not the response rate of 70% (rounding half up or half even).' }] },
    { text: 'Ten patients were enrolled. The 6-month overall survival rate was 80%, effective response rate was 80% (1 death, 1PD, 3PR, 5CR).', errors: [{ severity: 'error', lang: 'en', span: '80%', message: '(10 − 1 deaths)/10 = 90.0%, which rounds to 90%, not the survival rate of 80% (rounding half up or half even).' }] },
    { text: 'Ten patients with liver tumors were enrolled in this study. The disease control rate was 90% (2SD, 3PR, 5CR).', errors: [{ severity: 'error', lang: 'en', span: '90%', message: '(2 SD + 3 PR + 5 CR)/10 = 100.0%, which rounds to 100%, not the control rate of 90% (rounding half up or half even).' }] },
    { text: 'Thirty patients were enrolled, and 12 patients (45.0%) had a response.', errors: [{ severity: 'warning', lang: 'en', span: '45.0%', message: '12/30 = 40.00%, which rounds to 40.0%, not the 45.0% written beside 12 (cohort of 30).' }] },
    { text: 'Ten patients were enrolled. The Kaplan-Meier estimated survival rate was 70% (1 death, 1PD, 3PR, 5CR).', errors: [{ severity: 'info', lang: 'en', span: '70%', message: '(10 − 1 deaths)/10 = 90.0%, which rounds to 90%, not the survival rate of 70% (rounding half up or half even).' }] },
    { text: '共纳入 45 例患者。治疗 3 个月后，完全缓解 10 例，部分缓解 20 例，疾病稳定 10 例，疾病进展 5 例，客观缓解率为 66.7%，疾病控制率为 86.7%。', errors: [{ severity: 'error', lang: 'zh', span: '86.7%', message: '(10 CR + 20 PR + 10 SD)/45 = 88.89%, which rounds to 88.9%, not the control rate of 86.7% (rounding half up or half even).' }] },
    { text: 'Ten patients were enrolled. The response rate was more than 85% (1 death, 1PD, 3PR, 5CR).', errors: [{ severity: 'error', lang: 'en', span: '85%', message: '(3 PR + 5 CR)/10 = 80.0%, which is not > 85% as the response rate states.' }] },
    { text: '共纳入 10 例患者。有效率为 70%（无死亡，2例SD，3例PR，5例CR）。', errors: [{ severity: 'error', lang: 'zh', span: '70%', message: '(3 PR + 5 CR)/10 = 80.0%, which rounds to 80%, not the response rate of 70% (rounding half up or half even).' }] },
    // A breakdown of the responses alone still checks the response rate it names every category of.
    { text: '共纳入 64 例患者。完全缓解 2 例，部分缓解 33 例，客观缓解率为 56.3%，疾病控制率为 87.5%。', errors: [{ severity: 'error', lang: 'zh', span: '56.3%', message: '(2 CR + 33 PR)/64 = 54.69%, which rounds to 54.7%, not the response rate of 56.3% (rounding half up or half even).' }] },
    { text: '共纳入 10 例患者。36 个月生存率为 40%，有效率为 30%（5例死亡，2例PD，3例CR）。', errors: [{ severity: 'error', lang: 'zh', span: '40%', message: '(10 − 5 deaths)/10 = 50.0%, which rounds to 50%, not the survival rate of 40% (rounding half up or half even).' }] },
  ],
});

describe('rate-from-counts on the 004 seed', () => {
  it('checks every survival and response rate against its counts and finds them consistent', () => {
    const text = readFileSync(`${ROOT}seeds/004_9a05efdc7efa0b0f.txt`, 'utf8');
    const evaluated = evaluations(text, 'rate-from-counts');
    expect(evaluated.map((e) => [e.holds, e.constraint])).toEqual([
      [true, 'survival rate 100%: (10 − 0 deaths)/10 = 100.0%, consistent with 100%'],
      [true, 'response rate 80%: (3 PR + 5 CR)/10 = 80.0%, consistent with 80%'],
      [true, 'survival rate 90%: (10 − 1 deaths)/10 = 90.0%, consistent with 90%'],
      [true, 'response rate 80%: (3 PR + 5 CR)/10 = 80.0%, consistent with 80%'],
      [true, 'survival rate 80%: (10 − 2 deaths)/10 = 80.0%, consistent with 80%'],
      [true, 'response rate 60%: (3 PR + 3 CR)/10 = 60.0%, consistent with 60%'],
      [true, 'survival rate 50%: (10 − 5 deaths)/10 = 50.0%, consistent with 50%'],
      [true, 'response rate 30%: (3 CR)/10 = 30.0%, consistent with 30%'],
    ]);
    // Each evaluation reads the rate where the text writes it.
    expect(evaluated.map((e) => text.slice(e.claims[0]!.offset, e.claims[0]!.offset + e.claims[0]!.length))).toEqual(
      ['100%', '80%', '90%', '80%', '80%', '60%', '50%', '30%'],
    );
    expect(evaluations(text, 'breakdown-sum').map((e) => [e.holds, e.constraint.split(',')[0]])).toEqual([
      [true, '0 + 2 + 3 + 5 = 10'],
      [true, '1 + 1 + 3 + 5 = 10'],
      [true, '2 + 2 + 3 + 3 = 10'],
      [true, '5 + 2 + 3 = 10'],
    ]);
  });
});
