import { describe, expect, it } from 'vitest';
import { analyzePair, lintPair } from '../../src/lint.js';

const show = (en: string, zh: string) => lintPair(en, zh).diagnostics.map((d) => `${d.ruleId} ${d.lang} «${d.text}»`).join(' ; ');

/** The same statement written the way each language writes it: read as one claim, never reported. */
const silent: [string, string][] = [
  ["Seventeen patients were enrolled.", "共招募了17名患者。"],
  ["17 patients were enrolled.", "共招募了十七名患者。"],
  ["Eighty percent of the patients responded.", "百分之八十的患者有应答。"],
  ["80% of the patients responded.", "百分之八十的患者有应答。"],
  ["The response rate was 47.1%.", "应答率为百分之四十七点一。"],
  ["There were 130,000 visits.", "共有13 万次就诊。"],
  ["Patients received three cycles of induction chemotherapy.", "患者接受了3 个周期的诱导化疗。"],
  ["The 95% confidence interval was 0.34 to 0.77.", "95%置信区间为0.34～0.77。"],
  ["Patients were randomly assigned in a 1 : 1 ratio.", "患者按1∶1的比例随机分组。"],
  ["Patients were randomly assigned in a 2:1 ratio.", "患者按2∶1的比例随机分组。"],
  ["Patients were followed for 6 months.", "患者随访6个月。"],
  ["A 6-month follow-up was completed.", "完成了6个月的随访。"],
  ["Outcomes were assessed at day 56.", "在第56天评估结局。"],
  ["Response was seen in 8 of 17 patients.", "17例中8例有应答。"],
  ["Response was seen in eight of the 17 patients.", "17例患者中8例有应答。"],
  ["One-third of the patients relapsed.", "三分之一的患者复发。"],
  ["Two thirds of the patients responded.", "三分之二的患者有应答。"],
  ["Half of the patients had fever.", "一半的患者出现发热。"],
  ["Patients received 1 x 10(6) cells/kg.", "患者接受了1×10⁶个细胞/kg。"],
  ["Patients received 2 × 10^6 cells/kg.", "患者接受了2×10⁶个细胞/kg。"],
  ["Fever reached 39.9 °C.", "体温达到39.9℃。"],
  ["Participants were aged 18-65 years.", "参与者年龄为18～65岁。"],
  ["Follow-up lasted between 8 and 24 months.", "随访8至24个月。"],
  ["Follow-up lasted 8–24 months.", "随访8～24个月。"],
  ["Follow-up lasted 3 ~ 36 months.", "随访3～36个月。"],
  ["The interval was 56 to 112 days.", "间隔为56～112天。"],
  ["The difference was significant (P < 0.05).", "差异有统计学意义（P＜0.05）。"],
  ["The difference was significant (p = .036).", "差异有统计学意义（P = 0.036）。"],
  ["The effect was significant (p &lt; 0.001).", "差异有统计学意义（p＜0.001）。"],
  ["The drug was given twice daily.", "每日两次给药。"],
  ["The drug was given once daily.", "每日一次给药。"],
  ["There were no deaths.", "无死亡病例。"],
  ["We randomly assigned 1402 patients.", "我们纳入了1 , 402名患者。"],
  ["A total of 6528 subjects underwent randomization.", "共6 , 528名受试者经历了随机化。"],
  ["Bleeding occurred in 0.47% (15 of 3184 patients).", "出血发生率为0.47%（15 / 3 , 184）。"],
  ["We surveyed 12,000 children.", "共有1.2万名儿童参与。"],
  ["The disease affects 300 million people.", "该病影响3亿人。"],
  ["Patients were followed for 6 months.", "患者随访半年。"],
  ["Treatment lasted 12 weeks.", "治疗持续12周。"],
  ["Symptoms resolved within 7 days.", "症状在7日内缓解。"],
  ["Infusion took 2 h.", "输注持续2小时。"],
  ["Infusion took 30 min.", "输注持续30分钟。"],
  ["The dose was 2 mg/kg.", "剂量为2 mg/kg。"],
  ["Cisplatin was given at 80 mg per square meter on day 1.", "顺铂剂量为每平方米体表面积80 mg，在第1日给药。"],
  ["Glucose was 55 mg per deciliter (3.1 mmol per liter) or below.", "血糖等于或低于55 mg / dl（3.1 mmol / l）。"],
  ["Glycated hemoglobin fell by 0.46 percentage points.", "糖化血红蛋白下降了0.46个百分点。"],
  ["Weight changed by − 2.98 kg.", "体重变化为－2.98 kg。"],
  ["Blood pressure was below 130/80 mm Hg.", "血压低于130 / 80 mmhg。"],
  ["Patients were assigned to pertuzumab (2400 patients) or placebo (2405 patients).", "患者被分配至帕妥珠单抗组（2 , 400例）或安慰剂组（2 , 405例）。"],
  ["The rate was 0.31 per 1000 live births.", "发病率为每1 , 000例活产中有0.31例。"],
  ["We observed 3PR and 5CR.", "观察到3例PR和5例CR。"],
  ["A total of 47.1% (8/17) of the patients improved.", "共有47.1%(8/17)的患者改善。"],
  ["Response was 25% (2/8) in men.", "男性的应答率为25%（2/8）。"],
  ["Response occurred in 200 of 699 patients [28.6%].", "699名患者中的200名[ 28.6% ]达到终点。"],
  ["The 3-year survival was 85.3%.", "3年生存率为85.3%。"],
  ["Events of grade 3 or 4 occurred.", "发生了3级或4级事件。"],
  ["Pain decreased 2.5-fold.", "疼痛降低了2.5倍。"],
  ["The risk was 2.1 times higher.", "风险高出2.1倍。"],
  ["The primary end point was assessed at 24 weeks.", "主要终点在24周时评估。"],
  ["The median follow-up was 42.7 months.", "中位随访时间为42.7个月。"],
  ["This was a phase 3 trial.", "这是一项3期试验。"],
  ["The trial was registered as NCT01872962.", "该试验注册号为nct01872962。"],
  ["IL-17 levels fell.", "IL-17水平下降。"],
  ["Patients with type 1 diabetes were included.", "纳入了1型糖尿病患者。"],
  ["Rates declined between 2006 and 2015.", "2006 - 2015年发病率下降。"],
  ["The report was published on Jun 23, 2018.", "报告发表于2018年6月23日。"],
  ["The mean age was 72 years.", "平均年龄为72岁。"],
  ["More than 50% of patients responded.", "超过50%的患者有应答。"],
  ["At least 20 patients responded.", "至少20例患者有应答。"],
  ["About 30% of patients had fever.", "约30%的患者发热。"],
  ["The response rate was 47.10%.", "应答率为47.10%。"],
  ["We screened 12,345 adults.", "共筛查了12 345名成人。"],
  ["A dozen patients withdrew.", "共有12名患者退出。"],
  ["Twenty-three patients were enrolled.", "共招募了23例患者。"],
  ["One hundred and five patients were enrolled.", "共招募了105名患者。"],
  ["Both groups improved.", "两组均有改善。"],
  ["Four other randomized studies have shown this.", "另外4项随机研究已经显示了这一点。"],
  ["Two-year progression-free survival was 72.3%.", "2年无进展生存率为72.3%。"],
  ["The hazard ratio was 0.51.", "风险比为0.51。"],
  ["Gemcitabine was given at 1 g per square meter on days 1 and 8.", "吉西他滨剂量为每平方米体表面积1 g，在第1日和第8日给药。"],
  ["Doses were given every 3 weeks.", "每3周给药1次。"],
  ["A total of 480 patients were included (242 in one group and 238 in the other).", "共有480例患者被纳入（一组242例，另一组238例）。"],
  ["Median survival was 21.0 months vs. 5.5 months.", "中位生存期为21.0个月与5.5个月。"],
  ["Bleeding occurred in 0.47% of the patients.", "出血发生率为0.47%。"],
  ["Screening is advised between 36 and 37 weeks' gestation.", "建议在妊娠36周至37周进行筛查。"],
  ["Infants born at &gt; 35 weeks' gestation were evaluated.", "评估了妊娠35周之后出生的婴儿。"],
  ["Incidence fell from 0.37 to 0.23 per 1000 live births.", "发病率从每1 , 000例活产中有0.37例下降至0.23例。"],
  ["Systolic pressure was ≥ 140 mm Hg.", "收缩压 ≥ 140 mmhg。"],
  ["Pressure fell more in the intervention group (−27.0 vs. −9.3 mm Hg).", "干预组血压降幅更大（－27.0 mmhg vs . －9.3 mmhg）。"],
  ["Systolic pressure fell by 28.6 mm Hg.", "收缩压下降了28.6 mmhg。"],
  ["Control was achieved in 64% vs. 12% of patients.", "干预组64% vs . 对照组12%的患者达到控制。"],
  ["The trial was conducted at 133 centers.", "试验在133个中心开展。"],
  ["Sotagliflozin was given at 400 mg per day.", "sotagliflozin每日400 mg。"],
  ["Seventeen of the 36 patients relapsed.", "36例中17例复发。"],
  ["Two of 8 men improved.", "8例男性中2例改善。"],
  ["The response rate was 47.1 %.", "应答率为４７.１％。"],
  ["There were 35 patients.", "共有３５例患者。"],
  ["Temperature was 38.5℃.", "体温为３８．５℃。"],
  ["Follow-up lasted 3 ~ 6 months.", "随访３～６个月。"],
  ["The difference was significant (P<0.05).", "差异有统计学意义（P＜０.０５）。"],
  ["Doses of 5 μg/kg were tested.", "测试了5 µg/kg的剂量。"],
  ["Patients received 250 ml of saline.", "患者接受了250 ml生理盐水。"],
  ["Viral load fell below 50 copies/ml.", "病毒载量低于50 copies/ml。"],
  ["Recovery took 1.5 years.", "恢复需要1.5年。"],
  ["Recovery took 14 days.", "恢复需要两周。"],
  ["Adherence was 96.7%.", "依从率为96.7%。"],
  ["All comparisons were significant (P=0.001).", "所有比较均有统计学意义（P=0.001）。"],
  ["Significance was reached for all comparisons (p ≤ 0.002).", "所有比较p均 ≤ 0.002。"],
  ["Rates were 10%-20% across sites.", "各中心的比例为10%～20%。"],
  ["Children aged 2-5 years were included.", "纳入了2～5岁儿童。"],
  ["Treatment began on day 1 and ended on day 8.", "第1天开始，第8天结束。"],
  ["The trial lasted 2 years.", "试验持续2年。"],
  ["Patients received 4 courses of treatment.", "患者接受了4个疗程的治疗。"],
  ["Patients were treated 3 times a week.", "患者每周治疗3次。"],
  ["Patients had T1-T4, N0-N1, M0 bladder cancer.", "t1～4n0～1m0膀胱癌患者。"],
  ["Response was 80% (4/5).", "应答率为80%（4/5）。"],
  ["The trial enrolled 509 patients with a median age of 72 years.", "试验纳入了509例患者，中位年龄为72岁。"],
  ["Overall survival at 3 years was 94.6% and 90.3%, respectively.", "3年总生存率分别为94.6%和90.3%。"],
  ["Of the 553 patients enrolled, 203 were in the gBRCA cohort.", "在纳入的553例患者中，203例在gBRCA队列。"],
  ["The rates were 67% and 69% in the two groups.", "两组的发生率分别为67%和69%。"],
  ["Between April 2015 and February 2017, 24 patients were enrolled.","2015 年 4 月—2017 年 2 月收治患者24例。"],
  ["Searches ran to 01/07/2019.","检索至2019年7月1日。"],
  ["Searches ran to 1 July 2019.","检索至2019-07-01。"],
  ["Scores were recorded on D0 and D28.","在第0天和第28天记录评分。"],
  ["Incidence rose in the 1980s.","发病率在20世纪80年代上升。"],
  ["Incidence rose from 2000 onwards.","2000年之后发病率上升。"],
  ["Vaccination should be completed by the end of October.","最好在10月底前完成接种。"],
  ["Cases were collected from January 2015 to December 2015.","选择2015年1~12月就诊的孕妇。"],
  ["The last visit was in March 2018.","末次随访于2018-03。"],
  ["The trial ran from mid-May to August.","试验于5月中旬至8月进行。"],
  ["Enrollment began in Apr. 2015.","2015年4月开始入组。"],
  ["Response was 4.9% (2/41).","有效率为(2/41，4.9%)。"],
  ["Survival at 1, 3 and 5 years was 90%, 80% and 70%.","1，3，5年生存率分别为90%、80%和70%。"],
  ["Annual epidemics cause 3 to 5 million severe cases.","每年可导致300万~500万重症病例。"],
  ["Consumption fell from 99.4 to 88.5 billion sticks.","消费量从 994 下降至 885 亿支。"],
  ["More than 23 million people were affected.","2300多万人受影响。"],
  ["Patients were aged 21 months to 75 years.","患者年龄1岁9个月～75岁。"],
  ["Children aged 6-59 months were vaccinated.","6月龄~5岁儿童接种疫苗。"],
  ["People more than 8 years old need 1 dose.","≥9岁儿童仅需接种1剂次。"],
  ["There were 130,000 visits.","共有13萬次就診。"],
  ["Both groups improved after 6 months.","兩組在6個月後均有改善。"],
  ["Treatment lasted 12 weeks.","治療持續12週。"],
  ["The short (sixmonth) duration helps.","这种短期（6个月）干预有益。"],
  ["About 10 patients withdrew.","约1O例患者退出。"],
  ["The loss was O.5985.","损耗为0.5985。"],
  ["Plants were treated with 2,4-D.","植物经2,4-D处理。"],
  ["From January 2018 to April 2019, 39 patients were enrolled; 20 of 39 (51.3%) responded.","2018年1月至2019年4月共纳入39例患者，39例中20例（51.3%）有应答。"],
  ["Between 2018-03 and 2019-05, 12 patients were treated for 3 to 5 months.","2018年3月至2019年5月共治疗12例患者，疗程3~5个月。"],
  ["Treatment lasted 12 weeks (3 months).","治疗持续3个月。"],
  // Units a translation converts: kPa for mmHg (long the rule in Chinese journals), minutes for hours, cm for mm.
  ["Systolic pressure fell from 150 mmHg to 120 mmHg.","收缩压从20.0 kPa降至16.0 kPa。"],
  ["The operation took 1.5 h.","手术耗时90 min。"],
  ["The operation took 90 minutes, and 24 h urine protein was 2.5 g.","手术耗时1.5小时，24 h尿蛋白2.5 g。"],
  ["The nodules measured 5 to 12 mm.","结节大小为0.5～1.2 cm。"],
  ["Each patient received 0.5 g of the drug.","每例患者给予该药500 mg。"],
  ["Height was 1.65 m and weight 65 kg.","身高165厘米，体重65公斤。"],
  // The base of a rate written as a sign: ‰ is per 1,000, /万 per 10,000.
  ["The incidence was 3.2 per 1,000 live births.","发病率为3.2‰。"],
  ["Mortality was 5.6 per 10,000.","死亡率为5.6/万。"],
  ["Mortality was 5.6 per 10 000 person-years.","每万人年死亡5.6例。"],
  // Days named before their numbers, and a cycle restated by 1个周期.
  ["Infusions were given on days 1 and 8 of each 21-day cycle.","每21天为1个周期，第1天和第8天输注。"],
  ["The odds were 3 to 1.","比值为3∶1。"],
  ["The drug was given at 10 mg/kg every 12 h, then 200 mg q3w.","给药剂量为10 mg/kg，q12h，之后200 mg，每3周1次。"],
  ["A 3D model was printed and 2D images were sent over the 5G network.","打印了三维模型，并通过第五代移动网络传输二维图像。"],
  ["Treatment lasted 3 months (12 weeks).","治疗持续12周。"],
  ["Reviewing Parekh DJ et al. Lancet 2018 Jun 23: 24 patients improved.","24例患者改善。"],
  ["The study began in March.","研究于3月开始。"],
  ["The difference was significant (p=0·03).","差异有统计学意义（P=0.03）。"],
  // Counts in words or numerals with their unit; one, a, single, both and a list need no number.
  ["A patient was treated.","一名患者接受治疗。"],
  ["One patient withdrew.","一例患者退出。"],
  ["A single dose was given.","给予一剂。"],
  ["Both groups improved.","两组均有改善。"],
  ["Patients were randomly assigned to apixaban or enoxaparin.","患者被随机分成阿哌沙班和依诺肝素两组。"],
  ["Both drugs were given every 3 weeks.","上述两种药物均每3周给药。"],
  ["Patients were divided into groups A, B and C.","患者分为A、B、C三组。"],
  ["Patients were divided into three groups: A, B and C.","患者分为A、B、C组。"],
  // A bare count in digits that the other version spells out as a list: `3个地点` is Dongliang, Beigou and Nangou.
  ["Fossils came from Dongliang,Dongcun Beigou and Dongcun Nangou localities.","化石出土于东梁、东村北沟和东村南沟3个地点。"],
  ["The model has the following modules: acquisition, prediction, analysis and evaluation.","该模型包括4个模块：获取、预测、分析以及评价。"],
  ["Patients received three cycles of chemotherapy.","患者接受了三个周期的化疗。"],
  ["Patients received three cycles of chemotherapy.","患者接受了3个周期的化疗。"],
  ["Treatment lasted 4 weeks.","治疗持续四周。"],
  ["Twelve patients were enrolled.","共纳入十二例患者。"],
  ["The drug was given twice daily.","每天给药两次。"],
  ["Patients were followed for three months (12 weeks).","患者随访12周。"],
  ["Two key issues should be solved.","应解决以下问题。"],
  ["One of the institutions took part.","其中一家机构参与。"],
  ["The guideline was revised in the past decade.","过去十年中指南多次修订。"],
  ["Evidence will not be available for decades.","数十年内还无法获得证据。"],
  ["Some S-boxes have quadratic relations.","部分S盒存在二次回路关系。"],
  ["There were 14 males and 4 females.","男14例，女4例。"],
  ["Patients were followed for two weeks; 3 weeks later they were seen again.","患者随访14天，3周后复诊。"],
];

/** One number changed in translation: each is reported, at the Chinese or English characters shown. */
const flagged: [string, string, string][] = [
  ["A total of 47.1% (8/17) of the patients improved.", "共有47.1%(17/36)的患者改善。", "pair-number-mismatch zh «17/36» ; percent-fraction zh «17/36»"],
  // cohort-count: a denominator of 36 when 17 were enrolled is also wrong on its own.
  ["Seventeen patients were enrolled; 47.1% (8/17) improved.", "共招募了17名患者，47.1%(8/36)改善。", "cohort-count zh «8/36» ; pair-number-mismatch zh «8/36» ; percent-fraction zh «8/36»"],
  ["17 patients were enrolled.", "共招募了18名患者。", "pair-number-mismatch zh «18名»"],
  ["Seventeen patients were enrolled.", "共招募了18名患者。", "pair-number-mismatch zh «18名»"],
  ["Patients were followed for 6 months.", "患者随访7个月。", "pair-number-mismatch zh «7个月»"],
  ["Treatment lasted 12 weeks.", "治疗持续12个月。", "pair-number-mismatch zh «12个月»"],
  ["The primary end point was assessed at 24 weeks.", "主要终点在24天时评估。", "pair-number-mismatch zh «24天»"],
  ["80% of the patients responded.", "85%的患者有应答。", "pair-number-mismatch zh «85%»"],
  ["The response rate was 47.1%.", "应答率为47.2%。", "pair-number-mismatch zh «47.2%»"],
  ["The response rate was 47.1%.", "应答率为百分之四十一点七。", "pair-number-missing en «47.1%»"],
  ["The 95% confidence interval was 0.34 to 0.77.", "95%置信区间为0.34～0.78。", "pair-number-mismatch zh «0.34～0.78»"],
  ["Patients were randomly assigned in a 1:1 ratio.", "患者按2∶1的比例随机分组。", "pair-number-mismatch zh «2∶1»"],
  ["Patients were randomly assigned in a 2:1 ratio.", "患者按1∶2的比例随机分组。", "pair-number-mismatch zh «1∶2»"],
  ["The difference was significant (P < 0.05).", "差异有统计学意义（P＜0.01）。", "pair-number-mismatch zh «P＜0.01»"],
  // significance-wording: 有统计学意义 with p = 0.063 contradicts itself too.
  ["The difference was significant (p = 0.036).", "差异有统计学意义（p = 0.063）。", "pair-number-mismatch zh «p = 0.063» ; significance-wording zh «p = 0.063»"],
  ["All comparisons were significant (P = 0.001).", "所有比较均有统计学意义（P = 0.01）。", "pair-number-mismatch zh «P = 0.01»"],
  ["We randomly assigned 1402 patients.", "我们纳入了1 , 420名患者。", "pair-number-mismatch zh «1 , 420名»"],
  ["A total of 6528 subjects underwent randomization.", "共6 , 258名受试者经历了随机化。", "pair-number-mismatch zh «6 , 258名»"],
  ["Patients received three cycles of induction chemotherapy.", "患者接受了4 个周期的诱导化疗。", "pair-number-mismatch zh «4 个周期»"],
  ["Patients received 3 cycles of induction chemotherapy.", "患者接受了4 个周期的诱导化疗。", "pair-number-mismatch zh «4 个周期»"],
  ["The dose was 2 mg/kg.", "剂量为3 mg/kg。", "pair-number-mismatch zh «3 mg/kg»"],
  ["Fever reached 39.9 °C.", "体温达到38.9℃。", "pair-number-mismatch zh «38.9℃»"],
  ["Participants were aged 18-65 years.", "参与者年龄为18～60岁。", "pair-number-mismatch zh «18～60岁»"],
  ["Response was seen in 8 of 17 patients.", "17例中9例有应答。", "pair-number-mismatch zh «17例中9例»"],
  ["Bleeding occurred in 0.47% (15 of 3184 patients).", "出血发生率为0.47%（15 / 3 , 148）。", "pair-number-mismatch zh «15 / 3 , 148» ; percent-fraction zh «15 / 3 , 148»"],
  ["Systolic pressure fell by 3.5 mm Hg.", "收缩压下降了3.8 mmhg。", "pair-number-mismatch zh «3.8 mmhg»"],
  ["Glycated hemoglobin fell by 0.46 percentage points.", "糖化血红蛋白下降了0.64个百分点。", "pair-number-mismatch zh «0.64个百分点»"],
  ["Pain decreased 2.5-fold.", "疼痛降低了3.5倍。", "pair-number-mismatch zh «3.5倍»"],
  ["Blood pressure was below 130/80 mm Hg.", "血压低于140 / 90 mmhg。", "pair-number-mismatch zh «140» ; pair-number-mismatch zh «90 mmhg»"],
  ["We enrolled 17 patients.", "共招募17名患者，其中3例死亡。", "pair-number-missing zh «3例死亡»"],
  ["We enrolled 17 patients, 3 of whom died.", "共招募17名患者。", "pair-number-missing en «3»"],
  ["Patients received 1.5 x 10^6 cells/kg.", "患者接受了1.0×10⁶个细胞/kg。", "pair-number-mismatch zh «1.0×10⁶个细胞/kg»"],
  ["Bleeding occurred in 0.47% of the patients.", "出血发生率为0.74%。", "pair-number-mismatch zh «0.74%»"],
  ["The 3-year survival was 85.3%.", "5年生存率为85.3%。", "pair-number-mismatch zh «5年»"],
  ["The median follow-up was 42.7 months.", "中位随访时间为42.1个月。", "pair-number-mismatch zh «42.1个月»"],
  ["Follow-up lasted 8–24 months.", "随访8～12个月。", "pair-number-mismatch zh «8～12个月»"],
  ["Response occurred in 200 of 699 patients [28.6%].", "699名患者中的200名[ 28.2% ]达到终点。", "percent-fraction zh «699名患者中的200名» ; pair-number-mismatch zh «28.2%»"],
  ["Response was 25% (2/8) in men.", "男性的应答率为25%（3/8）。", "pair-number-mismatch zh «3/8» ; percent-fraction zh «3/8»"],
  ["Outcomes were assessed at day 56.", "在第65天评估结局。", "pair-number-mismatch zh «65天»"],
  ["The rate was 12.5% in the first year.", "第一年的比例为21.5%。", "pair-number-mismatch zh «21.5%»"],
  ["The trial was conducted at 133 centers.", "试验在113个中心开展。", "pair-number-mismatch zh «113个中心»"],
  ["We observed 3PR and 5CR.", "观察到3例PR和4例CR。", "pair-number-mismatch zh «4例CR»"],
  ["The mean age was 72 years.", "平均年龄为27岁。", "pair-number-mismatch zh «27岁»"],
  ["Glucose was 55 mg per deciliter.", "血糖为50 mg / dl。", "pair-number-mismatch zh «50 mg / dl»"],
  ["Adherence was 96.7%.", "依从率为69.7%。", "pair-number-mismatch zh «69.7%»"],
  ["A total of 480 patients were included.", "共有408例患者被纳入。", "pair-number-mismatch zh «408例»"],
  ["The trial enrolled 350 patients.", "试验纳入了305例患者。", "pair-number-mismatch zh «305例»"],
  ["Patients were assigned to pertuzumab (2400 patients).", "患者被分配至帕妥珠单抗组（2 , 040例）。", "pair-number-mismatch zh «2 , 040例»"],
  ["Median survival was 21.0 months.", "中位生存期为12.0个月。", "pair-number-mismatch zh «12.0个月»"],
  ["Symptoms resolved within 7 days.", "症状在17天内缓解。", "pair-number-mismatch zh «17天»"],
  ["Gemcitabine was given at 1 g per square meter.", "吉西他滨剂量为每平方米体表面积2 g。", "pair-number-mismatch zh «2 g»"],
  ["Infusion took 2 h.", "输注持续3小时。", "pair-number-mismatch zh «3小时»"],
  ["Infusion took 30 min.", "输注持续20分钟。", "pair-number-mismatch zh «20分钟»"],
  ["Doses were given every 3 weeks.", "每2周给药1次。", "pair-number-mismatch zh «2周»"],
  ["Overall survival at 3 years was 94.6% and 90.3%, respectively.", "3年总生存率分别为94.6%和93.0%。", "pair-number-mismatch zh «93.0%»"],
  ["The rate was 0.31 per 1000 live births.", "发病率为每1 , 000例活产中有0.13例。", "pair-number-missing en «0.31» ; pair-number-missing zh «0.13例»"],
  ["Weight changed by − 2.98 kg.", "体重变化为－2.89 kg。", "pair-number-mismatch zh «－2.89 kg»"],
  ["Recovery took 1.5 years.", "恢复需要2.5年。", "pair-number-mismatch zh «2.5年»"],
  ["Seventeen of the 36 patients relapsed.", "36例中16例复发。", "pair-number-mismatch zh «36例中16例»"],
  ["Of the 553 patients enrolled, 203 were in the gBRCA cohort.", "在纳入的553例患者中，204例在gBRCA队列。", "pair-number-missing en «203» ; pair-number-missing zh «553例患者中，204例»"],
  ["Ages were 2-5, 6-11 and 12-19 years.", "年龄为2～6岁、6～11岁和12～19岁。", "pair-number-mismatch zh «2～6岁»"],
  ["Between April 2015 and February 2017, 24 patients were enrolled.","2015 年 4 月—2017 年 3 月收治患者24例。","pair-number-mismatch zh «2017 年 3 月»"],
  ["Enrollment began in April 2015.","2016年4月开始入组。","pair-number-mismatch zh «2016年4月»"],
  ["Searches ran to 01/07/2019.","检索至2019年8月1日。","pair-number-mismatch zh «2019年8月1日»"],
  ["Incidence rose in the 1980s.","发病率在20世纪90年代上升。","pair-number-mismatch zh «20世纪90年代»"],
  ["Scores were recorded on D0 and D28.","在第0天和第21天记录评分。","pair-number-mismatch zh «21天»"],
  ["Annual epidemics cause 3 to 5 million severe cases.","每年可导致300万~600万重症病例。","pair-number-mismatch zh «300万~600万»"],
  ["Consumption fell from 99.4 to 88.5 billion sticks.","消费量从 994 下降至 858 亿支。","pair-number-mismatch zh «858 亿»"],
  ["Patients were aged 21 months to 75 years.","患者年龄1岁8个月～75岁。","pair-number-mismatch zh «1岁8个月～75岁»"],
  ["Children aged 6-59 months were vaccinated.","6月龄~6岁儿童接种疫苗。","pair-number-mismatch zh «6月龄~6岁»"],
  ["People more than 8 years old need 1 dose.","≥10岁儿童仅需接种1剂次。","pair-number-mismatch zh «10岁»"],
  ["There were 130,000 visits.","共有14萬次就診。","pair-number-missing en «130,000» ; pair-number-missing zh «14萬次»"],
  ["Survival at 1, 3 and 5 years was 90%, 80% and 70%.","1，3，5年生存率分别为90%、80%和75%。","pair-number-mismatch zh «75%»"],
  ["Treatment lasted 12 weeks (3 months).","治疗持续4个月。","pair-number-mismatch zh «4个月»"],
  ["Treatment lasted 12 weeks (5 months).","治疗持续5个月。","pair-number-missing en «12»"],
  ["Enrolment ran from April 2015; 24 patients improved by May 2016.","2015年4月开始入组，24例患者改善。","pair-number-missing en «May 2016»"],
  ["The study began in March.","研究于4月开始。","pair-number-missing zh «4月»"],
  ["Treatment lasted 12 weeks.","治疗持续十三周。","pair-number-mismatch zh «十三周»"],
  ["Patients were divided into three groups.","患者分为四组。","pair-number-mismatch zh «四组»"],
  ["The vaccine is given once.","疫苗接种两次。","pair-number-mismatch zh «两次»"],
  ["Over the past decade, incidence rose.","过去二十年中发病率上升。","pair-number-mismatch zh «二十年»"],
  ["Patients received three cycles of A, then 4 cycles of B. All patients had 4 cycles of B in total.","患者接受了两个周期的A治疗，然后接受4个周期的B治疗。所有患者共接受4个周期的B治疗。","pair-number-mismatch zh «两个周期»"],
  ["We enrolled 40 patients.","共纳入40例患者，随访三周。","pair-number-missing zh «三周»"],
  ["We enrolled 40 patients and followed them for three months.","共纳入40例患者。","pair-number-missing en «three»"],
  ["Patients were divided into three groups.","患者分组。","pair-number-missing en «three»"],
  ["Patients were divided into groups A, B and C.","患者分为A、B、C四组。","pair-number-missing zh «四组»"],
  ["Fossils came from Dongliang, Beigou and Nangou localities.","化石出土于东梁、北沟和南沟4个地点。","pair-number-missing zh «4»"],
  ["Fossils came from Dongliang, Beigou and Nangou localities.","化石出土于东梁、北沟和南沟3个地点，共21个地层。","pair-number-missing zh «21»"],
  ["There were 14 males and 4 females.","男15例，女4例。","pair-number-mismatch zh «15例»"],
  ["Systolic pressure was 150 mmHg.","收缩压为21.0 kPa。","pair-number-mismatch zh «21.0 kPa»"],
  ["Each patient received 1 g of the drug.","每例患者给予该药1400 mg。","pair-number-mismatch zh «1400 mg»"],
  ["The incidence was 3.2 per 1,000 live births.","发病率为3.2/万。","pair-number-missing en «1,000»"],
  ["The drug was given every 8 hours.","给药q12h。","pair-number-mismatch zh «q12h»"],
];

describe('cross-language equivalence', () => {
  it('has at least 100 silent and 50 flagged pairs', () => {
    expect(silent.length).toBeGreaterThanOrEqual(100);
    expect(flagged.length).toBeGreaterThanOrEqual(50);
  });

  it.each(silent)('silent: %s | %s', (en, zh) => {
    expect(show(en, zh)).toBe('');
    const pair = analyzePair(en, zh).pairs[0]!;
    expect(pair.conflicts).toEqual([]);
    expect(pair.unmatched.filter((c) => c.form === 'digits')).toEqual([]);
  });

  it.each(flagged)('flagged: %s | %s', (en, zh, expected) => {
    expect(show(en, zh)).toBe(expected);
  });

  // Both versions agree on P=0.000; the only findings are pvalue-bounds' (a p-value is never 0), once per version.
  it('links P=0.000 to P=0.000, leaving it to pvalue-bounds', () => {
    const [en, zh] = ['All comparisons were significant (P=0.000).', '所有比较均有统计学意义（P=0.000）。'];
    const pair = analyzePair(en, zh).pairs[0]!;
    expect(pair.links.map((l) => [l.en.text, l.zh.text])).toEqual([['P=0.000', 'P=0.000']]);
    expect(pair.conflicts).toEqual([]);
    expect(pair.unmatched).toEqual([]);
    expect(show(en, zh)).toBe('pvalue-bounds en «P=0.000» ; pvalue-bounds zh «P=0.000»');
  });

  it.each([
    ['P<0.001', 'P=0.000'],
    ['P<0.01', 'P=0.000'],
    ['P < 0.0001', 'P=0.0000'],
  ])('links %s to the %s statistics software prints, leaving the zero to pvalue-bounds', (p, zero) => {
    const [en, zh] = [`The difference was significant (${p}).`, `差异有统计学意义（${zero}）。`];
    const pair = analyzePair(en, zh).pairs[0]!;
    expect(pair.links.map((l) => [l.en.text, l.zh.text])).toEqual([[p, zero]]);
    expect(pair.conflicts).toEqual([]);
    expect(show(en, zh)).toBe(`pvalue-bounds zh «${zero}»`);
  });

  it('does not take a zero for a bound it is not below: P=0.000 is not P<0.0001', () => {
    expect(show('The difference was significant (P<0.0001).', '差异有统计学意义（P=0.000）。')).toBe('pair-number-mismatch zh «P=0.000» ; pvalue-bounds zh «P=0.000»');
  });

  it('links a claim written in words to its digits', () => {
    const pair = analyzePair('Seventeen patients were enrolled and 80% responded.', '共招募了17名患者，百分之八十有应答。').pairs[0]!;
    expect(pair.links.map((l) => [l.en.text, l.zh.text])).toEqual([
      ['Seventeen', '17名'],
      ['80%', '百分之八十'],
    ]);
  });

  it('reports a mismatch with actual and expected, as editors show them', () => {
    const [d] = lintPair('Response was 47.1% (8/17).', '应答率为47.1%(17/36)。').diagnostics;
    expect(d).toMatchObject({ ruleId: 'pair-number-mismatch', actual: '17/36', expected: '8/17' });
  });
});
