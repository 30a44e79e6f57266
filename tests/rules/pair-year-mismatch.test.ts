import { ruleCases } from '../helpers/rule-cases.js';

const R = 'pair-year-mismatch';
const pair = (en: string, zh: string) => `${en}\n${zh}`;

ruleCases(R, {
  valid: [
    pair('Between 2015 and 2022, 120 patients were enrolled.', '2015年至2022年共纳入120例患者。'),
    pair('In 2019, 300 samples were collected.', '2019年共采集300份样品。'),
    // A year one version adds or leaves out is no disagreement.
    pair('From 2015 to 2022, 120 patients were enrolled.', '共纳入120例患者。'),
    pair('A total of 120 patients were enrolled.', '2019年共纳入120例患者。'),
    // The year stated elsewhere, in a date or another sentence.
    pair('Patients were enrolled from April 2015. By 2022, 120 patients had been treated.', '自2015年4月起纳入患者。截至2022年，共治疗120例患者。'),
    pair('Data from 2014, 2016 and 2018 were analysed in 300 samples.', '分析了2014、2016和2018年300份样品的数据。'),
    // Two years changed in one sentence are not one place.
    pair('From 2015 to 2020, 120 patients were enrolled.', '2016—2021年共纳入120例患者。'),
    pair('Runoff changed abruptly in 1986 at 12 stations.', '12个站点的径流于1986年发生突变。'),
    pair('Runoff changed abruptly in 1986 at 12 stations.', '12个站点的径流于１９８６年发生突变。'),
    // Identifiers that hold a year are compared by pair-identifier-mismatch.
    pair('Moisture of 120 samples was measured according to GB 5009.3-2016.', '120份样品的水分按GB 5009.3-2016测定。'),
    pair('COVID-19 was diagnosed in 120 patients in 2020.', '2020年120例患者确诊新型冠状病毒感染。'),
    // One version alone has nothing to compare.
    'From 2015 to 2012, 120 patients were enrolled.',
    // The same span in both, its end recurring in the results.
    pair('We studied cases from 2015 to 2021. EV71 made up 41.6% of cases in 2015 and 3.2% in 2021.', '目的 了解2015—2021年的病例。结果 2015年EV71占41.6%，2021年占3.2%。'),
  ],
  invalid: [
    // A span's end that the other version states nowhere, against an end stated again elsewhere.
    {
      text: pair('We studied cases from 2015 to 2020. EV71 made up 41.6% of cases in 2015 and 3.2% in 2021.', '目的 了解2015—2021年的病例。结果 2015年EV71占41.6%，2021年占3.2%。'),
      errors: [{ severity: 'error', lang: 'en', span: '2020', message: 'English year 2020 differs from Chinese 2021 in the aligned sentence; the English states 2021 elsewhere and the Chinese states 2020 nowhere, so the English is likely wrong.' }],
      output: pair('We studied cases from 2015 to 2021. EV71 made up 41.6% of cases in 2015 and 3.2% in 2021.', '目的 了解2015—2021年的病例。结果 2015年EV71占41.6%，2021年占3.2%。'),
    },
    {
      text: pair('Between 2015 and 2021, 300 samples were collected.', '2015—2020年共采集300份样品。'),
      errors: [{ severity: 'error', lang: 'zh', span: '2020', message: 'Chinese year 2020 differs from English 2021 in the aligned sentence; both versions must name the same year.' }],
      output: pair('Between 2015 and 2021, 300 samples were collected.', '2015—2021年共采集300份样品。'),
    },
    {
      text: pair('Runoff changed abruptly in 1986 at 12 stations.', '12个站点的径流于1989年发生突变。'),
      errors: [{ severity: 'error', lang: 'zh', span: '1989', message: 'Chinese year 1989 differs from English 1986 in the aligned sentence; both versions must name the same year.' }],
      output: pair('Runoff changed abruptly in 1986 at 12 stations.', '12个站点的径流于1986年发生突变。'),
    },
    // A year in full-width digits is a year (each digit folds to one).
    {
      text: pair('Runoff changed abruptly in 1986 at 12 stations.', '12个站点的径流于１９８９年发生突变。'),
      errors: [{ severity: 'error', lang: 'zh', span: '１９８９', message: 'Chinese year １９８９ differs from English 1986 in the aligned sentence; both versions must name the same year.' }],
      output: pair('Runoff changed abruptly in 1986 at 12 stations.', '12个站点的径流于1986年发生突变。'),
    },
    {
      text: pair('Data from 2014, 2016 and 2018 were analysed in 300 samples.', '分析了2012、2016和2018年300份样品的数据。'),
      errors: [{ severity: 'error', lang: 'zh', span: '2012', message: 'Chinese year 2012 differs from English 2014 in the aligned sentence; both versions must name the same year.' }],
      output: pair('Data from 2014, 2016 and 2018 were analysed in 300 samples.', '分析了2014、2016和2018年300份样品的数据。'),
    },
    {
      text: pair('From 2015 to 2012, 120 patients were enrolled.', '2015—2022年共纳入120例患者。'),
      errors: [{ severity: 'error', lang: 'en', span: '2012', message: 'English year 2012 differs from Chinese 2022 in the aligned sentence: 2015 to 2012 runs backwards, so the English is likely wrong.' }],
      output: pair('From 2015 to 2022, 120 patients were enrolled.', '2015—2022年共纳入120例患者。'),
    },
    {
      text: pair('Patients were enrolled in 2018. The survey of 300 households was repeated in 2021.', '2018年纳入患者。2020年对300户家庭再次进行调查。'),
      errors: [{ severity: 'error', lang: 'zh', span: '2020', message: 'Chinese year 2020 differs from English 2021 in the aligned sentence; both versions must name the same year.' }],
      output: pair('Patients were enrolled in 2018. The survey of 300 households was repeated in 2021.', '2018年纳入患者。2021年对300户家庭再次进行调查。'),
    },
  ],
});
