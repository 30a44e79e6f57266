import { describe, expect, it } from 'vitest';
import { findings } from '../helpers/lint.js';

const R = 'pair-number-missing';
const pair = (en: string, zh: string) => `${en}\n${zh}`;

describe('pair-number-missing', () => {
  it.each([
    ['Seventeen patients were enrolled and followed for 6 months.', '共招募了 17 名患者，随访 6 个月。'],
    ['Four adult and two pediatric patients were treated with 3 injections.', '4 名成人和 2 名儿童患者接受了三次注射。'],
    ['We did not observe side effects during the 6-month follow-up of 17 patients.', '在 6 个月随访期间，17 名患者未观察到副作用。'],
    ['A total of 96.7% of the patients completed three cycles of therapy.', '共有 96.7%的患者完成了 3 个周期的治疗。'],
    ['In total 130,000 people were screened, 47.1% (8/17) improved.', '共筛查 13 万人，47.1%(8/17)改善。'],
    ['Ten patients were treated; one patient developed chills.', '10 例患者接受治疗，1 例患者出现寒战。'],
    ['Serum IL-17 and Th17 cells decreased in a phase 1/2a trial (NCT03765957).', '在 1/2a 期试验(NCT03765957)中，血清 IL-17 和 Th17 细胞减少。'],
    ['About 40 patients were screened and 17 were enrolled.', '共招募了 17 名患者。'],
    ['The 6-month survival rate was 90% and 47.1% (8/17) responded.', '6 个月生存率为 90%，47.1%(8/17)有应答。'],
    ['Improvement was maximal at 56-112 days after 1 of 6 patients responded.', '6 例中 1 例有应答，疗效在 56～112 天最大。'],
  ])('silent when every number has a counterpart: %s', (en, zh) => {
    expect(findings(R, pair(en, zh))).toEqual([]);
  });

  it.each([
    ['Seventeen patients were enrolled and followed for 6 months.', '共招募了 17 名患者，随访 6 个月，12 例出现不良事件。', 'zh', '12 例'],
    ['Seventeen patients were enrolled and 47.1% (8/17) improved and 23.5% relapsed.', '共招募了 17 名患者，47.1%(8/17)改善。', 'en', '23.5%'],
    ['The 6-month survival rate was 90% in 10 patients.', '10 例患者 6 个月生存率为 90%，随访 36 个月。', 'zh', '36 个月'],
    ['Patients were followed for 6 months and 17 were enrolled; P< 0.05.', '共招募了 17 名患者，随访 6 个月。', 'en', 'P< 0.05'],
    ['A total of 480 patients were included and 17 withdrew.', '共有 480 例患者被纳入，17 例退出，其中 9 例因不良事件退出。', 'zh', '9 例'],
  ])('reports a number stated in only one version: %s', (en, zh, lang, at) => {
    expect(findings(R, pair(en, zh))).toEqual([[R, 'warning', lang, at]]);
  });
});
