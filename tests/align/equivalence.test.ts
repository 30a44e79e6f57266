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
  // Forms of unseen abstracts, each read as a category (a number after a bracketed abbreviation, chemical locants, …).
  ["Partial response was seen in 8 patients.","部分缓解（PR）8例。"],
  ["C-reactive protein (CRP) was 12.5 mg/L.","C反应蛋白（CRP）12.5 mg/L。"],
  ["Serum serotonin (5-HT) was higher.","血清5-羟色胺（5-HT）水平升高。"],
  ["Cells were stained with DAPI and viability was measured by MTT assay.","采用4',6-二脒基-2-苯基吲哚（DAPI）染色，采用3-(4,5-二甲基噻唑-2)-2,5-二苯基四氮唑溴盐（MTT）法检测细胞活力。"],
  ["A total of 2 019 samples were collected.","共收集2019份样本。"],
  ["In this phase 1b/2 trial, 60 patients were enrolled.","在这项1b/2期试验中，共纳入60例患者。"],
  ["This phase 3 program included two phase 3 parts.","这项3期项目包括2个3期部分。"],
  ["It took 90 s.","耗时1.5 min。"],
  ["It took 30 s.","耗时30秒。"],
  ["Mean Cd exceeded the background value by 7.2 times.","Cd平均含量为背景值的7.2倍。"],
  ["Expression was up-regulated 3.5 times.","表达上调3.5倍。"],
  ["Patients were randomly assigned in a 2 : 1 : 1 ratio; the data were split 8:1:1.","患者按2∶1∶1比例随机分组；数据按8∶1∶1划分。"],
  ["Incidence was 176.4, 152.1 and 189.6 per 100 000.","发病率分别为176.4/10万、152.1/10万和189.6/10万。"],
  ["HER2 was 2+ in 5 and 3+ in 20 patients.","HER2（++）5例，（+++）20例。"],
  ["Grade 3+ adverse events occurred in 20 patients.","20例患者发生≥3级不良事件。"],
  ["HER2 was 0 or 1+ in 20 patients and 3+ in 10.","HER2（-）或（+）20例，（+++）10例。"],
  ["Ten-fold cross-validation was used.","采用十折交叉验证。"],
  ["5-fold cross-validation was used.","采用五折交叉验证。"],
  ["Delivery was at 34 weeks and 2 days.","分娩孕周为孕34+2周。"],
  ["Delivery was at 34+2 weeks.","分娩孕周为孕34周+2天。"],
  ["Delivery was at 34 2/7 weeks.","分娩孕周为34周2天。"],
  ["Births at 36 0/7 to 37 6/7 weeks were late preterm.","孕36周至37周+6天的分娩为晚期早产。"],
  ["Children (age 1 month–14 years) were included.","纳入年龄1个月～14岁的儿童。"],
  ["It lasted 6 minutes to 24 hours.","持续6分钟～24小时。"],
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
  ["Other groups at high risk include people aged 60 years or older living at home and children aged 6-59 months.","其他流感高风险人群，包括≥60岁的居家老年人、6月\n龄~5岁儿童。"],
  ["People more than 8 years old need 1 dose.","≥9岁儿童仅需接种1剂次。"],
  ["There were 130,000 visits.","共有13萬次就診。"],
  ["Both groups improved after 6 months.","兩組在6個月後均有改善。"],
  ["Treatment lasted 12 weeks.","治療持續12週。"],
  ["The short (sixmonth) duration helps.","这种短期（6个月）干预有益。"],
  ["The risk was threefold higher in the treated group.","治疗组风险高出3倍。"],
  ["The risk increased 2-fold after treatment.","治疗后风险增加了1倍。"],
  ["The risk increased 2-fold after treatment.","治疗后风险增加了2倍。"],
  ["The risk doubled after treatment.","治疗后风险增加了一倍。"],
  ["The incidence tripled over the decade.","十年间发病率增至3倍。"],
  ["The dose was doubled.","剂量加倍。"],
  ["Revenue fell in Q1 2020 and rose in the fourth quarter.","2020年一季度收入下降，第四季度回升。"],
  ["Cases peaked in Q3 2021.","病例于2021年第3季度达到高峰。"],
  // Roman grades and stages are the numbers Arabic ones write; 成 counts tenths; 隔日 restates its 1次.
  ["Grade 3-4 toxicity occurred in 12 patients.", "12例患者发生Ⅲ～Ⅳ级毒性反应。"],
  ["Grade III-IV toxicity occurred in 12 patients.", "12例患者发生3～4级毒性反应。"],
  ["Patients with stage 3 disease were included.", "纳入Ⅲ期患者。"],
  ["Patients with ASA grade I or II were enrolled.", "纳入ASA分级Ⅰ或Ⅱ级的患者。"],
  ["The incisions healed by first intention.", "切口均Ⅰ期愈合。"],
  ["A phase III trial enrolled 300 patients with stage II disease.", "一项Ⅲ期临床试验纳入300例Ⅱ期患者。"],
  ["More than 70% of the farmers adopted the practice.", "七成以上的农户采用了该做法。"],
  ["The drug was given every other day.", "隔日给药1次。"],
  // The 1次 after a period restates it, numbered or not: every 2 years, weekly, every 15 minutes.
  ["Women aged 40 years or older were screened every 2 years.", "40岁及以上女性每2年接受1次筛查。"],
  ["The drug was given weekly for 6 months.", "每周给药1次，共6个月。"],
  ["Vital signs were recorded every 15 minutes.", "每15分钟记录1次生命体征。"],
  // A bound in words leaves its strictness open in translation: "over 60" is ≥60 as often as >60.
  ["Patients aged over 60 years were included.", "纳入年龄≥60岁的患者。"],
  ["Days with temperature above 35 ℃ were counted.", "统计日最高气温≥35 ℃的天数。"],
  ["Children under 18 years were excluded.", "排除年龄≤18岁的儿童。"],
  ["Tumors of 2 cm or larger were more frequent.", "≥2 cm的肿瘤更多见。"],
  ["Patients with albumin <35 g/L were excluded.", "排除白蛋白＜35 g/L的患者。"],
  ["Adherence was 80%. Patients walked for 80 min a day.", "依从率为80%。患者每日步行80 min。"],
  // A bound restated as its complement; a count in a year.
  ["Of the 1,000 respondents, 45.6% were aged 60 years or older and 54.4% were younger.", "1 000名应答者中45.6%年龄≥60岁，54.4%＜60岁。"],
  ["A total of 380 cases were analysed: 200 in 2018 and 180 in 2019.", "共分析380例：2018年200例，2019年180例。"],
  ["The rate fell from 46.3% in 2010 to 3.1% in 2019.", "比例由2010年的46.3%下降至2019年的3.1%。"],
  ["Tumours larger than 3 cm were excluded.", "排除直径>3 cm的肿瘤。"],
  ["The site is located at 36.25°N, 117.5°E.", "研究点位于北纬36°15′，东经117°30′。"],
  ["The trial was stopped at the third interim analysis.", "试验在第三次期中分析时终止。"],
  ["About 30% were still unaware.", "约3成仍不知晓。"],
  ["The dose was 2.66 Gy.", "剂量为266 cGy。"],
  ["Yield fell by 31.4%[4-6].", "减产31.4%。"],
  ["HPV 52, 16 and 58 were the most common types.", "最常见的型别为HPV52、16、58型。"],
  ["The fieldwork took place in July and August 2017.", "野外工作于2017年7月和8月进行。"],
  // An approximate value and its counterpart far apart are one changed value; near, two roundings.
  ["About 2.3 million adults were affected.", "约230万成人受累。"],
  ["The model ran at 58 frames per second (58 fps) on the device.", "模型在该设备上的推理速度为58帧/s。"],
  ["Results A total of 1 284 children were included. Macrolide resistance was detected in 1 102 of 1 180 tested samples (93.4%).", "结果 共纳入1 284例。1 180份检测标本中1 102份（93.4%）检出大环内酯类耐药。"],
  ["The rates in the 40-49 and ≥50 age groups were 15.8% and 19.2%.", "40～49岁及≥50岁组检出率分别为15.8%、19.2%。"],
  ["NGAL was higher (P<0.05). KIM-1 was higher (P<0.05). IL-18 was higher (P<0.05).", "NGAL、KIM-1及IL-18均较高（均P＜0.05）。"],
  // Per mille and percent; a range whose ends are in two units; a week shorter.
  ["The prevalence was 0.4%.", "患病率为4‰。"],
  ["The prevalence was 12.3 per 1,000.", "患病率为12.3‰。"],
  ["Follow-up ranged from 6 months to 3 years.", "随访半年至3年。"],
  ["The stay was a week shorter.", "住院时间缩短了1周。"],
  // Quantile groups by rank; one SD a change is counted in; more than doubling is 增长逾1倍.
  ["Compared with the lowest quartile, the highest quartile had a higher risk (HR=1.85).", "与第1四分位数组相比，第4四分位数组风险更高（HR=1.85）。"],
  ["Per SD increase in uric acid, the risk rose by 12%.", "尿酸每增加1个标准差，风险升高12%。"],
  ["Awareness rose from 24.6% to 51.8%, more than doubling.", "知晓率由24.6%升至51.8%，增长逾1倍。"],
  // Traditional characters where a period restates its 1次; one in seven said with 每…有.
  ["The program included eight weekly sessions.", "方案共8週，每週1次。"],
  ["About one in seven older adults lives alone.", "約每七位長者即有一位獨居。"],
  // A period in an abbreviated unit; a proportion as a decimal against its percentage.
  ["Patients received vancomycin 15 mg/kg every 6 h.", "患者接受万古霉素15 mg/kg，每6 h 1次。"],
  ["The accuracy was 0.923.", "准确率为92.3%。"],
  ["Fifty-eight patients were followed. Visual acuity was 20/40 or better in 84.8%.", "随访58例患者。84.8%的患者视力达到20/40或更好。"],
  ["The grain size was 50 nm.", "晶粒尺寸为0.05 μm。"],
  // 两组分别: the groups, then each one's count; a list's unit written once after its last number.
  ["Complications occurred in 2 and 4 patients, respectively.", "两组分别有2例和4例发生并发症。"],
  // The power of a unit is neither a number nor the estimate of the interval after it.
  ["Clearance was 60 mL·min-1·(1.73 m2)-1.", "清除率为60 mL·min-1·(1.73 m2)-1。"],
  ["The eGFR was 60 ml per minute per 1.73 m2 (95% CI, 55 to 66).", "eGFR为60 ml/(min·1.73 m2)（95% CI，55～66）。"],
  ["There were 21 cases of type 43-A1 and 9 of type 43-B2.", "43-A1型21例，43-B2型9例。"],
  // The article as one of a duration.
  ["Patients were reviewed a year after surgery.", "术后1年复查。"],
  ["Follow-up lasted more than a year.", "随访时间超过12个月。"],
  // "The 2 groups" named again sentences after the methods stated them.
  ["Surgery was done in three phases. The margin-positive rates were 21.9%, 15.2% and 9.7%, respectively.", "手术分3个阶段进行。3个阶段切缘阳性率依次为21.9%、15.2%和9.7%。"],
  ["Sixty patients were divided into 2 groups of 30. Each session lasted 30 minutes, for 6 weeks. After treatment, the scores were 32.4 and 44.2, respectively.", "将60例患者分为2组，每组30例。每次30 min，共6周。治疗后2组评分分别为32.4和44.2。"],
  ["Patients with eGFR <60 mL/min/1.73 m2 were excluded.", "排除eGFR<60 mL·min-1·(1.73 m2)-1的患者。"],
  // A range times a power of ten, bracketed or not; `N times that of`; `in triplicate`; OD450; 哨兵2号.
  ["The count was 2.5-5.0 × 10^9/L.", "计数为(2.5～5.0)×10⁹/L。"],
  ["The count was 2.5 × 10^9 to 5.0 × 10^9/L.", "计数为2.5～5.0×10⁹/L。"],
  ["The risk was 1.5 times that of the control group.", "风险是对照组的1.5倍。"],
  ["All experiments were performed in triplicate.", "所有实验均重复3次。"],
  ["Absorbance was read at 450 nm.", "检测OD450值。"],
  ["Sentinel-2 images were used.", "采用哨兵2号影像。"],
  // Millions and billions by M and B; pascals in another prefix; quartiles with a comma.
  ["The model has 1.2M parameters.", "该模型有120万个参数。"],
  ["The model has 7B parameters.", "该模型有70亿个参数。"],
  ["The strength reached 1 GPa.", "强度达到1 000 MPa。"],
  ["Blood loss was 150 (100-200) mL.", "出血量为150（100，200）mL。"],
  // Countries without 家, parts and modules, rounds: counted things both versions name.
  ["We conducted two rounds of experiments in the eight countries of South Asia.", "我们在南亚八国进行了两轮实验。"],
  ["The system has three modules.", "该系统包括三个模块。"],
  ["The algorithm has three parts.", "该算法分为三部分。"],
  // `increased by N times` is N倍; a growth stage by its leaves.
  ["The content increased by 2 times.", "含量增加了2倍。"],
  ["The content increased by 2-3 times.", "含量增加了2～3倍。"],
  ["Plants were sampled at the 3-leaf stage.", "于三叶期取样。"],
  // Months named alone or by N月, centuries, seasons.
  ["Sampling took place every March.", "每年3月采样。"],
  ["Flowering lasts from March to May.", "花期为3—5月。"],
  ["The method was developed in the mid-19th century.", "该方法产生于19世纪中叶。"],
  ["Data were collected in the 2015/16 season.", "数据采集于2015/2016年度。"],
  ["Western medicine arrived in the late 1800s.", "西方医学于19世纪后期传入。"],
  ["Grade 3 or higher adverse events occurred in 45% of the patients.", "45%的患者发生了3级或3级以上不良事件。"],
  ["Patients aged 60 years or older were included.", "纳入年龄60岁及60岁以上的患者。"],
  ["Symptoms lasted 3-4 days.", "症状持续三四天。"],
  ["Symptoms lasted 3 or 4 days.", "症状持续三四天。"],
  ["The survey covered 2 or 3 villages.", "调查覆盖两三个村庄。"],
  // Forms of unseen abstracts: decimals grouped in threes, flattened powers of ten, model and dataset sizes by K, M, B, `N times the`, month spans.
  ["The difference was significant (P<0.000 1), with 0.000 12 mg/L.", "差异有统计学意义（P<0.000 1），为0.000 12 mg/L。"],
  ["The difference was significant (P<0.0001).", "差异有统计学意义（P<0.000 1）。"],
  ["The white cell count was 45×109/L (reference range, 4.0-10.0×109/L).", "白细胞计数为45×10⁹/L（参考范围(4.0～10.0)×10⁹/L）。"],
  ["The white cell count was 45 × 10^9/L (reference range, 4.0 × 10^9 to 10.0 × 10^9/L).", "白细胞计数为45×109/L（参考范围(4.0～10.0)×109/L）。"],
  ["Bacteria reached 1.2×105 CFU/mL, and the rate was 3.5×10-3.", "细菌达1.2×10⁵ CFU/mL，比率为3.5×10⁻³。"],
  ["We trained the 7B-parameter model on 126 k dialogues.", "我们在12.6万段对话上训练了70亿参数模型。"],
  ["We trained the 7-billion-parameter model on 126k dialogues.", "我们在12.6万段对话上训练了7B参数模型。"],
  ["The model has 0.3M parameters.", "模型参数量为0.3M。"],
  ["Winter values were 2.5 times the summer values.", "冬季浓度为夏季的2.5倍。"],
  ["Winter values were 1.8–2.5 times the summer values.", "冬季浓度为夏季的1.8～2.5倍。"],
  ["Blood was drawn 3 times the first week.", "第1周采血3次。"],
  ["Samples were taken during the growing season (May-September).", "样品于生长季（5—9月）采集。"],
  ["Sampling took place in spring (March-April).", "春季（3—4月）采样。"],
  ["Samples were collected May–September.", "样品5月至9月采集。"],
  ["Samples were collected each year (May–Sept.).", "样品于每年（5月—9月）采集。"],
  // Days to hours, tonnes to kilograms.
  ["Symptoms lasted 3 d.", "症状持续72 h。"],
  ["The yield was 7.5 t/hm2.", "产量为7 500 kg/hm²。"],
  ["The mean age was 45.6 years.","平均年龄45.6周岁。"],
  ["The concentration was 50 μM.","浓度为50 μmol/L。"],
  ["The dataset contains 10k images.","该数据集包含1万张图像。"],
  ["This was a 2-arm, 2-center trial of infection in the 1st trimester.","这是一项关于孕早期感染的双臂、双中心试验。"],
  ["This was a 3-arm trial.","这是一项三臂试验。"],
  ["Results confirmed the three-factor structure; the two-point discrimination was 4-7 mm.","结果确认了三因素结构；两点辨别觉为4～7 mm。"],
  ["The second dose was given 4 weeks after the first.","第2剂在第1剂后4周接种。"],
  ["After dose 2, titers rose.","第2剂接种后，滴度升高。"],
  ["The white-cell count was 5.2 x10^9/L.","白细胞计数为5.2×10^9/L。"],
  ["The 1000-grain weight was 42.3 g.","千粒重为42.3 g。"],
  ["The strata are 1.8-2.0 Ga old and the fossils 2.5 Ma.","地层年龄为18～20亿年，化石距今250万年。"],
  ["The rate was 2.1 per 100 patient-years in one group and 3.4 per 100 patient-years in the other.","两组发生率分别为每100患者年2.1例和3.4例。"],
  ["The learning rate was set to 1e-4.","学习率设为1×10⁻⁴。"],
  ["A 2-sided P value below 0.05 was significant in the 3-dimensional model.","三维模型中双侧P<0.05为差异有统计学意义。"],
  ["Two-dimensional shear wave elastography was compared with three-dimensional imaging in 386 patients (two-sided P<0.05).","386例患者中比较二维剪切波弹性成像与三维成像（双侧P<0.05）。"],
  ["The project was funded during the 13th Five-Year Plan period.","该项目为“十三五”期间资助项目。"],
  ["The population declined by 30% over three decades.","该种群在30年间下降了30%。"],
  ["The course of disease was 3 days to 2 years.","病程3天～2年。"],
  ["The course of disease was 3 days to 24 months.","病程3天～2年。"],
  ["About 10 patients withdrew.","约1O例患者退出。"],
  ["The loss was O.5985.","损耗为0.5985。"],
  ["Plants were treated with 2,4-D.","植物经2,4-D处理。"],
  ["From January 2018 to April 2019, 39 patients were enrolled; 20 of 39 (51.3%) responded.","2018年1月至2019年4月共纳入39例患者，39例中20例（51.3%）有应答。"],
  ["Between 2018-03 and 2019-05, 12 patients were treated for 3 to 5 months.","2018年3月至2019年5月共治疗12例患者，疗程3~5个月。"],
  ["Treatment lasted 12 weeks (3 months).","治疗持续3个月。"],
  // Units a translation converts: kPa for mmHg (long the rule in Chinese journals), minutes for hours, cm for mm.
  ["Systolic pressure fell from 150 mmHg to 120 mmHg.","收缩压从20.0 kPa降至16.0 kPa。"],
  // A note of how the units convert, which Chinese journals add and the English leaves out.
  ["Blood pressure was 140/90 mmHg and PEEP 8 cmH2O.","血压140/90 mmHg（1 mmHg＝0.133 kPa），PEEP 8 cmH2O（1 cmH2O=0.098 kPa）。"],
  ["Intake was 1 800 kcal/d (1 kcal = 4.184 kJ).","每日摄入1 800 kcal。"],
  // A count the other version's list implies (`respectively` closes a list of values), a period or a cycle
  // a `1次`, `1剂` or `1个周期` restates, and `二次` (re-, second), which counts nothing.
  ["Scores were 3.1, 5.6 and 4.2, respectively.","三组评分分别为3.1、5.6和4.2。"],
  ["Patients received 80 mg once daily, and chemotherapy every 3 weeks.","患者接受80 mg，每日1次，化疗每3周1次。"],
  ["Each cycle lasted 28 days.","28 d为1个周期。"],
  ["Patients took one dose daily for 4 weeks.","每日1剂，4周为1个疗程。"],
  ["One patient died and 2 required re-exploration.","围术期死亡1例，二次开胸止血2例。"],
  // A median's quartiles with a comma are the range of the other version's interquartile range.
  ["Median stay was 5 (IQR 4-7) days versus 7 (IQR 6-9) days.","住院时间中位数分别为5（4，7）d和7（6，9）d。"],
  ["VAS was 7.6±1.2 and ODI was 24.8±7.6%.","VAS为（7.6±1.2）分，ODI为（24.8±7.6）%。"],
  ["the median stay was 7 days [5 to 10].","中位住院时间为7日[5～10]。"],
  ["In 12 patients, 36 episodes of hypoglycemia occurred.","12例患者共发生低血糖36例次。"],
  ["The absorber maintains absorption above 80% at incidence angles up to 50°.","入射角达50°时吸收率仍保持在80%以上。"],
  // A mean count of times is a count, not a multiple.
  ["Fluoroscopy was used 8.4±2.6 times.","术中透视次数（8.4±2.6）次。"],
  // `N times` an acronym or `per capita` is a multiple.
  ["ALT was above 3 times ULN in 12 patients.","12例患者ALT>3倍ULN。"],
  // A count of a response is a count of patients.
  ["After one cycle, 12 patients achieved CR and 9 CR with incomplete recovery (CRi).","1个周期后完全缓解（CR）12例，CR伴血液学不完全恢复（CRi）9例。"],
  // 万 and 亿 word for word in English, 千 after digits, 余 after a scale.
  ["The per capita cost was 2.3 ten thousand yuan, and output reached 1.5 hundred million yuan.","人均费用2.3万元，产值达1.5亿元。"],
  ["About 5 thousand people took part in more than 30,000 visits.","约5千人参与了3万余次就诊。"],
  ["Five treatments included 1.5 times NPKM.","5个处理包括1.5倍NPKM。"],
  // A measure per time converts: 0.5 ml/min is 30 ml/h; 20 mg per day is 20 mg/d.
  ["The flow was 0.5 ml/min and the dose 20 mg per day.","流速为30 ml/h，剂量为20 mg/d。"],
  // Grades by Roman numerals, equal: compared, not counted.
  ["NYHA class II-III patients were enrolled.","纳入NYHA Ⅱ～Ⅲ级患者。"],
  ["Wounds healed by first intention in 30 patients with ASA grade II.","30例ASA Ⅱ级患者切口均Ⅰ期愈合。"],
  ["Grade III or higher toxicity occurred in 12 patients.","Ⅲ级及以上毒性12例。"],
  // Doses are times given.
  ["Children received three doses of vaccine.","儿童接种疫苗3次。"],
  ["The daily dose was divided into two doses.","每日剂量分2次给药。"],
  // A model named by its size counts its parameters.
  ["It outperforms the 13B baseline and the 7B and 70B variants.","优于130亿参数的基线模型以及70亿和700亿参数的变体。"],
  // Grown by a multiple is grown by its percentage.
  ["The level was 50% higher than in controls.","水平较对照组升高了0.5倍。"],
  ["The level increased by 100%.","水平增加了1倍。"],
  // `one of three groups` counts the groups.
  ["We randomly assigned 675 adults to one of three groups.","我们将675例患者随机分配至三组之一。"],
  ["At week 44, clinical remission occurred in 50%, 45%, and 19% of the patients, respectively.","第44周时，三组分别有50%、45%和19%的患者出现临床缓解。"],
  ["The operation took 1.5 h.","手术耗时90 min。"],
  ["The operation took 90 minutes, and 24 h urine protein was 2.5 g.","手术耗时1.5小时，24 h尿蛋白2.5 g。"],
  ["The nodules measured 5 to 12 mm.","结节大小为0.5～1.2 cm。"],
  ["Each patient received 0.5 g of the drug.","每例患者给予该药500 mg。"],
  ["Height was 1.65 m and weight 65 kg.","身高165厘米，体重65公斤。"],
  // The base of a rate written as a sign: ‰ is per 1,000, /万 per 10,000.
  ["The incidence was 3.2 per 1,000 live births.","发病率为3.2‰。"],
  ["Mortality was 5.6 per 10,000.","死亡率为5.6/万。"],
  ["Mortality was 5.6 per 10,000.","死亡率为5.6／万。"],
  ["Mortality was 5.6 per 10 000 person-years.","每万人年死亡5.6例。"],
  // Days named before their numbers, and a cycle restated by 1个周期.
  ["Infusions were given on days 1 and 8 of each 21-day cycle.","每21天为1个周期，第1天和第8天输注。"],
  ["The odds were 3 to 1.","比值为3∶1。"],
  ["The drug was given at 10 mg/kg every 12 h, then 200 mg q3w.","给药剂量为10 mg/kg，q12h，之后200 mg，每3周1次。"],
  ["A 3D model was printed and 2D images were sent over the 5G network.","打印了三维模型，并通过第五代移动网络传输二维图像。"],
  // 以上 leaves open whether its bound is strict; a proportion in words is its percentage.
  ["Patients over 60 years old were included.","纳入60岁以上患者。"],
  ["Patients aged 60 years or older were included.","纳入60岁以上患者。"],
  ["Nine out of ten patients improved.","90%的患者改善。"],
  ["Nine out of ten patients improved.","10例患者中9例改善。"],
  ["One in five adults smoked.","20%的成人吸烟。"],
  ["Half of the patients responded.","50%的患者有应答。"],
  // Durations with a half, in words, digits or numerals.
  ["Patients were followed for half a year.","患者随访6个月。"],
  // Prescription shorthand for doses a day, and enzyme units with or without the I.
  ["The dose was 100 mg qd.","剂量为100 mg，每日1次。"],
  ["The dose was 100 mg bid.","剂量为100 mg，每日2次。"],
  ["The dose was 100 mg twice a day.","剂量为100 mg，bid。"],
  ["In a bid to cut costs, 50 mg t.i.d. was given.","为降低成本，给予50 mg，每日3次。"],
  ["The bid-ask spread was 5 yuan, and the dose 10 mg/kg qd.","买卖价差为5元，剂量为10 mg/kg，每日1次。"],
  ["ALT was 50 IU/L.","ALT为50 U/L。"],
  // More than a numeral (百余例), an order of magnitude (上千), a trillion (万亿), a percentage at one end only.
  ["More than 100 patients and more than 1000 controls were screened.","筛查了百余例患者和千余例对照。"],
  ["Thousands of patients were screened.","上千例患者接受筛查。"],
  ["GDP grew by 6.1% to 99.1 trillion yuan.","GDP增长6.1%，达99.1万亿元。"],
  ["Patients were followed for one and a half years.","患者随访18个月。"],
  ["Patients were followed for 1.5 years.","患者随访1年半。"],
  ["Treatment lasted two and a half months.","治疗持续两个半月。"],
  ["The rate increased by 25%.","发生率增加了1/4。"],
  ["WBC was 3.2±0.5 ×10^9/L.","白细胞（3.2±0.5）×10^9·L-1。"],
  // Days written with their month once; deaths counted as patients; a season of two years.
  ["Data were collected on 15 and 16 May 2019.","于2019年5月15日和16日收集数据。"],
  ["The meeting was held from 12 to 14 May 2019.","会议于2019年5月12日至14日召开。"],
  ["The meeting was held on May 12-14, 2019.","会议于2019年5月12日—14日召开。"],
  ["In the 2019-2020 influenza season, 12 deaths occurred.","2019—2020年流感季共死亡12例。"],
  // A count of patients who died is the count of a fraction of patients: `3 died` is the 3 of `150例患者中，3例死亡`.
  ["Of the 150 patients, 3 died.","150例患者中，3例死亡。"],
  ["Among 150 patients, three died.","150例患者中，三例死亡。"],
  // A sign a word carries is no lost sign (a fall, below zero, a change either way round); a hyphen or a dash is no minus.
  ["GLS decreased by 14.8%.","GLS为-14.8%。"],
  ["Samples were stored at -80 °C.","样品保存于零下80 ℃。"],
  ["The mean change from baseline was -2.1 points.","较基线平均变化2.1分。"],
  ["The site lies at longitude -73.5°.","该站点位于西经73.5°。"],
  ["We used a 2-by-2 factorial design.","我们采用2×2析因设计。"],
  ["The tooth formula is —3·2·1.","齿式—3·2·1。"],
  // A change in percent against one in percentage points is one change: authors and translators write either for the other, both ways.
  ["The positive rate decreased by 20%.","阳性率下降了20个百分点。"],
  ["The positive rate decreased by 20 percentage points.","阳性率下降了20%。"],
  ["The 2019/2020 season was mild.","2019/2020流感季较温和。"],
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
  // One thing that Chinese counts with a measure word other than 例, and English with its article.
  ["A hospital in Beijing participated.","北京1所医院参与。"],
  ["A randomized trial was conducted.","开展了1项随机试验。"],
  ["We report a family with HS.","报道1个HS家系。"],
  ["Patients were treated in a tertiary hospital.","患者在1家三级医院接受治疗。"],
  // `两组` that the Chinese adds before `分别` (English "respectively", or nothing) takes no digit of the sentence.
  ["The incidence of grade 2 nausea was 5% and 20%.","两组2级恶心发生率分别为5%和20%。"],
  ["Complications occurred in 2 (6.7%) and 5 (16.7%) patients, respectively.","两组并发症分别为2例（6.7%）和5例（16.7%）。"],
  ["After 200 cycles, the capacity retention was 88.7%.","循环200次后容量保持率为88.7%。"],
  ["The proposed model runs 4.3 times faster.","所提模型速度快4.3倍。"],
  // Slips of text from a PDF, read as what they stand for.
  ["A survey was conducted among l 082 students.","对1082名大学生进行问卷调查。"],
  ["The rocks are I-type granite.εHf(t)values range from+6.8 to+12.4. The age is 312.4±2.6 Ma.","岩石为I型花岗岩。εHf(t)值为+6.8～+12.4。年龄为312.4±2.6 Ma。"],
  // Rarer forms: a Gleason code before a count, a grade 1+, a change by half, trillions, a reference by number, a hydroxy locant.
  ["Gleason score was 7 (3+4) in 24 cases.","Gleason评分7分（3+4）24例。"],
  ["Modified Ashworth grade 1+ was found in 12 patients.","改良Ashworth分级1+级12例。"],
  ["Incidence rose by half.","发病率上升了50%。"],
  ["The model has 7B parameters and was trained on 1.2T tokens.","模型参数量为70亿，训练数据为1.2万亿token。"],
  ["Mortality was 12.5% (ref. 3).","病死率为12.5%[3]。"],
  ["Serum 25-hydroxyvitamin D was 18.6 ng/mL.","血清25羟维生素D为18.6 ng/ml。"],
  ["Objective: To identify the variants in a Chinese pedigree with HS.","目的 鉴定1个中国遗传性球形红细胞增多症（HS）家系的致病变异。"],
  // A digit ordinal with a time unit names the day 第N天 names, and each of a list after one 第.
  ["The drainage tube was removed on the 3rd day after operation.","术后第3天拔除引流管。"],
  ["Samples were taken on the 3rd, 7th and 14th day.","于第3、7、14天取样。"],
  ["Pain was relieved in the 2nd week and the 3rd month, and in the 2nd cycle.","第2周和第3个月疼痛缓解，第2个周期亦然。"],
  ["Adverse events of grade 3 in 12 patients (10.0%) were mild.","12例（10.0%）患者发生3级不良事件，程度较轻。"],
  ["The mobile phase was acetonitrile-0.1% formic acid.","流动相为乙腈-0.1%甲酸。"],
  ["The buffer (pH 6.8, 900 mL) was used.","使用缓冲液（pH 6.8，900 mL）。"],
  ["Mice (n=6, 100 mg) were treated.","小鼠（n＝6，100 mg）给药。"],
  ["Expression increased, reaching 3.5 times at 48 h.","表达升高，48 h时达3.5倍。"],
  ["Cells were seeded at 1×104/well.","细胞以1×10⁴个/孔接种。"],
  ["The yield was 7 500 kg/hm 2 and the area was 120 km 2.","产量为7 500 kg/hm2，面积为120 km2。"],
  // A thousands group typed with a full-width comma is read as two numbers, which together state the English one.
  ["We enrolled 1,402 patients.","共纳入1，402名患者。"],
  // A number a PDF split with a space: its two parts state the other version's number.
  ["The rate was 1 5.2% in the group.","该组发生率为15.2%。"],
  ["The rate was 15.2% in the group.","该组发生率为1 5.2%。"],
  // Hong Kong's 間 counts hospitals, and a short name of the kind may stand between the counter and 醫院.
  ["Patients were admitted to two regional hospitals in 77 centers.","病人入住兩間分區醫院，共77个研究中心。"],
  // The rest of a large number in digits after 萬.
  ["We analyzed 5,417,699 screening tests.","分析541萬7,699人次篩檢。"],
  ["Approximately one in five deaths (19.8%) occurred in care homes.","約五分之一死者（19.8%）為安老院舍院友。"],
  ["We used the 2018 Adult Smoking Behavior Survey in 2018.","採用民國107年之2018年成人吸菸行為調查。"],
  ["The rate decreased by 2.6% per year (APC, −2.6; 95% CI, −3.1 to −2.0).","自殺率每年下降2.6%（APC −2.6；95% CI −3.1至−2.0）。"],
  ["Rates among men were about twice those among women.","男性自殺率約為女性之兩倍。"],
  // The count of doses said again with the interval between them.
  ["Participants received two doses, 21 days apart, of placebo or vaccine (30 μg per dose).","受试者分别接受2剂安慰剂或疫苗（每剂30 μg），2剂间隔21日。"],
  // A verb between a count and its noun: the count is of people.
  ["Of 43,548 participants, 43,448 received injections.","43 548名受试者中，43 448名接受了注射。"],
  ["The trial was conducted at 60 U.S. sites.","试验在美国60个研究中心开展。"],
  ["The proportion of stage 0 to I disease increased from 42.1% to 55.6%.","第0至I期之比率由42.1%增至55.6%。"],
  ["Lenacapavir was given every 6 months.","来那卡帕韦每半年注射1次。"],
  ["Caries prevalence increased with age, from 31.4% at age 3 to 56.2% at age 5.","齲齒患病率隨年齡上升，由3歲的31.4%增至5歲的56.2%。"],
  // Forms of text from a PDF: asymmetric errors flattened (2.1^{+0.6}_{-0.4}); digits spaced out; a preprint's number in
  // the page chrome; a whole number split with a space, as `1 5.2%` is; a sentence that a full stop glued after a number ends.
  ["A cross-correlation analysis yields a lag of 2.1+0.6-0.4 days between the X-ray and UV bands.","互相关分析得到X射线与紫外波段之间的时延为2.1+0.6-0.4 d。"],
  ["Using the data of 1 0 5 listed banks from 2 0 1 2 to 2 0 2 1, we built 8 3 2 bank-year observations.","利用2012—2021年105家上市银行的数据，构建了832个银行-年度观测值。"],
  ["The rise and decay times were 0.12 s and 0.29 s. chinaXiv:202207.00123v1","上升时间和衰减时间分别为0.12 s和0.29 s。"],
  ["Fintech is measured by an index built from 4 8 keywords.","金融科技采用基于48个关键词的指数衡量。"],
  ["Films were grown by sputtering at 300 ℃. The grain size ranged from 35 to 78 nm with thicknesses of 1.2-2.5 μm.XRD showed two peaks at 28.4° and 47.3°,and the strain fell from 0.42% to 0.18% as the Ga content rose from 10 to 30 at.%.The films were stable in air for 12 weeks, losing 3.1%-6.4% of their efficiency.","在300 ℃下溅射生长了薄膜。晶粒尺寸为35～78 nm，膜厚为1.2～2.5 μm。XRD在28.4°和47.3°处出现2个衍射峰；随Ga含量由10%增至30%（原子分数），应变由0.42%降至0.18%。薄膜在空气中稳定12周，效率损失3.1%～6.4%。"],
  // Locant lists before a Chinese name or reaction; a hyphenated percentage point; the ångström against nm.
  ["Eighteen quinolines were reduced to the corresponding 1,2,3,4-tetrahydroquinolines through a 1,4-hydride addition and a 1,2-addition.","18种喹啉被还原为相应的1,2,3,4-四氢喹啉，经历1,4-氢加成和1,2-加成过程。"],
  ["A 1-percentage-point cut in the loan prime rate raises price growth by 0.42 percentage points.","贷款市场报价利率下调1个百分点，房价增速提高0.42个百分点。"],
  ["XRD showed a single spinel phase with a lattice parameter of 8.32 Å.","XRD表明样品为单一尖晶石相，晶格常数为0.832 nm。"],
];

/** One number changed in translation: each is reported, at the Chinese or English characters shown. */
const flagged: [string, string, string][] = [
  ["A total of 47.1% (8/17) of the patients improved.", "共有47.1%(17/36)的患者改善。", "pair-number-mismatch zh «17/36» ; percent-fraction zh «17/36»"],
  // cohort-count: a denominator of 36 when 17 were enrolled is also wrong on its own.
  ["Seventeen patients were enrolled; 47.1% (8/17) improved.", "共招募了17名患者，47.1%(8/36)改善。", "cohort-count zh «8/36» ; pair-number-mismatch zh «8/36» ; percent-fraction zh «8/36»"],
  ["17 patients were enrolled.", "共招募了18名患者。", "pair-number-mismatch zh «18名»"],
  ["Patients were admitted to two regional hospitals.", "病人入住三間分區醫院。", "pair-number-mismatch zh «三間分區醫院»"],
  ["We analyzed 5,417,699 screening tests.", "分析514萬7,699人次篩檢。", "pair-number-mismatch zh «514萬7,699»"],
  ["Rates among men were about twice those among women.", "男性自殺率約為女性之三倍。", "pair-number-mismatch zh «三倍»"],
  ["The proportion of stage 0 to I disease increased from 42.1% to 55.6%.", "第0至II期之比率由42.1%增至55.6%。", "pair-number-mismatch zh «0至II»"],
  ["The trial was conducted at 60 U.S. sites.", "试验在美国66个研究中心开展。", "pair-number-missing en «60» ; pair-number-missing zh «66个研究中心»"],
  ["Participants received two doses, 21 days apart, of placebo or vaccine.", "受试者分别接受2剂安慰剂或疫苗，2剂间隔28日。", "pair-number-mismatch zh «28日»"],
  ["Participants received two doses, 21 days apart, of placebo or vaccine.", "受试者分别接受2剂安慰剂或疫苗，3剂间隔21日。", "pair-number-missing zh «3剂»"],
  ["The rate decreased by 2.6% per year (APC, −2.6; 95% CI, −3.1 to −2.0).", "自殺率每年下降2.6%（APC −2.9；95% CI −3.1至−2.0）。", "pair-number-mismatch zh «−2.9»"],
  ["Seventeen patients were enrolled.", "共招募了18名患者。", "pair-number-mismatch zh «18名»"],
  ["Patients were followed for 6 months.", "患者随访7个月。", "pair-number-mismatch zh «7个月»"],
  ["Treatment lasted 12 weeks.", "治疗持续12个月。", "pair-number-mismatch zh «12个月»"],
  ["The risk was threefold higher in the treated group.", "治疗组风险高出4倍。", "pair-number-mismatch zh «4倍»"],
  ["The risk increased 2-fold after treatment.", "治疗后风险增加了3倍。", "pair-number-mismatch zh «3倍»"],
  ["The risk doubled after treatment.", "治疗后风险增至3倍。", "pair-number-mismatch zh «3倍»"],
  ["Cases peaked in Q3 2021.", "病例于2021年第2季度达到高峰。", "pair-number-mismatch zh «第2季度»"],
  ["Grade 3-4 toxicity occurred in 12 patients.", "12例患者发生Ⅱ～Ⅳ级毒性反应。", "pair-number-missing en «3-4»"],
  ["Patients with stage III disease were included.", "纳入Ⅱ期患者。", "pair-number-mismatch zh «Ⅱ»"],
  ["More than 70% of the farmers adopted the practice.", "六成以上的农户采用了该做法。", "pair-number-missing en «70%»"],
  ["The count was 2.5-5.0 × 10^9/L.", "计数为(2.5～6.0)×10⁹/L。", "pair-number-mismatch zh «(2.5～6.0)×10⁹»"],
  ["The risk was 1.5 times that of the control group.", "风险是对照组的2.5倍。", "pair-number-mismatch zh «2.5倍»"],
  ["All experiments were performed in triplicate.", "所有实验均重复2次。", "pair-number-mismatch zh «2次»"],
  ["The model has 1.2M parameters.", "该模型有150万个参数。", "pair-number-mismatch zh «150万个参数»"],
  ["We conducted two rounds of experiments in the eight countries of South Asia.", "我们在南亚七国进行了两轮实验。", "pair-number-mismatch zh «七国»"],
  ["The algorithm has three parts.", "该算法分为两部分。", "pair-number-mismatch zh «两部分»"],
  ["The content increased by 2 times.", "含量增加了3倍。", "pair-number-mismatch zh «3倍»"],
  ["The method was developed in the mid-19th century.", "该方法产生于18世纪中叶。", "pair-number-mismatch zh «18世纪»"],
  ["Western medicine arrived in the late 1800s.", "西方医学于18世纪后期传入。", "pair-number-missing zh «18世纪»"],
  ["Symptoms lasted 3-4 days.", "症状持续四五天。", "pair-number-missing en «3-4 days»"],
  ["Symptoms lasted 3 d.", "症状持续48 h。", "pair-number-mismatch zh «48 h»"],
  ["Grade 3 or higher adverse events occurred in 45% of the patients.", "45%的患者发生了4级或4级以上不良事件。", "pair-number-missing en «3» ; pair-number-missing zh «4»"],
  ["Blood loss was 150 (100-200) mL.", "出血量为150（100，250）mL。", "pair-number-mismatch zh «100，250»"],
  ["The mean age was 45.6 years.", "平均年龄46.5周岁。", "pair-number-mismatch zh «46.5周岁»"],
  ["The concentration was 50 μM.", "浓度为50 nmol/L。", "pair-number-mismatch zh «50 nmol/L»"],
  ["The dataset contains 10k images.", "该数据集包含2万张图像。", "pair-number-mismatch zh «2万»"],
  ["This was a 3-arm trial.", "这是一项四臂试验。", "pair-number-mismatch zh «四»"],
  ["Results confirmed the three-factor structure.", "结果确认了四因素结构。", "pair-number-mismatch zh «四因素»"],
  ["The strata are 1.8-2.0 Ga old.", "地层年龄为18～19亿年。", "pair-number-mismatch zh «18～19亿年»"],
  ["The rate was 2.1 per 100 patient-years in one group and 3.4 per 100 patient-years in the other.", "两组发生率分别为每1000患者年2.1例和3.4例。", "pair-number-missing en «100» ; pair-number-missing en «100» ; pair-number-missing zh «1000»"],
  ["The population declined by 30% over three decades.", "该种群在20年间下降了30%。", "pair-number-mismatch zh «20年»"],
  ["The course of disease was 3 days to 2 years.", "病程3天～3年。", "pair-number-mismatch zh «3天～3年»"],
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
  ["Of the 150 patients, 3 died.", "150例患者中，4例死亡。", "pair-number-missing en «3» ; pair-number-missing zh «150例患者中，4例»"],
  // A minus sign lost in the aligned sentence, with no word there to carry it.
  ["The CT value of the nodule was (-612±85) HU.", "结节CT值为（612±85）HU。", "pair-number-mismatch zh «612»"],
  ["GLS was -14.8%.", "GLS为14.8%。", "pair-number-mismatch zh «14.8%»"],
  ["Samples were stored at -80 °C.", "样品保存于80 ℃。", "pair-number-mismatch zh «80 ℃»"],
  ["Among 150 patients, three died.", "150例患者中，四例死亡。", "pair-number-missing en «three» ; pair-number-missing zh «150例患者中，四例»"],
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
  // Forms of unseen abstracts, each read as a category, where a changed value is still reported.
  ["Partial response was seen in 8 patients.","部分缓解（PR）9例。","pair-number-mismatch zh «9例»"],
  ["C-reactive protein (CRP) 12.5 mg/L.","C反应蛋白（CRP）为13.5 mg/L。","pair-number-mismatch zh «13.5 mg/L»"],
  ["Patients received 5-fluorouracil for 5 days.","患者接受5-氟尿嘧啶治疗6天。","pair-number-mismatch zh «6天»"],
  ["A total of 2016 articles were retrieved.","共检索到2061篇文献。","pair-number-mismatch zh «2061»"],
  ["In this phase 1b/2 trial, 60 patients were enrolled.","在这项1b/2期试验中，共纳入66例患者。","pair-number-mismatch zh «66例»"],
  ["It took 30 s.","耗时30 min。","pair-number-mismatch zh «30 min»"],
  ["Mean Cd exceeded the background value by 7.2 times.","Cd平均含量为背景值的7.5倍。","pair-number-mismatch zh «7.5倍»"],
  ["Patients were randomly assigned in a 1:1:1 ratio.","患者按2∶1∶1比例随机分组。","pair-identifier-mismatch zh «2∶1∶1»"],
  ["The rs128476 variant was studied.","研究了rs128467位点。","pair-identifier-mismatch zh «rs128467»"],
  ["Incidence was 176.4, 152.1 and 189.6 per 100 000.","发病率分别为176.4/万、152.1/万和189.6/万。","pair-number-missing en «100 000»"],
  ["HER2 was 3+ in 20 patients.","HER2（++）20例。","pair-identifier-mismatch zh «（++）»"],
  ["HER2 was 0 in 20 patients.","HER2（++）20例。","pair-identifier-mismatch zh «（++）»"],
  ["Five-fold cross-validation was used.","采用十折交叉验证。","pair-number-mismatch zh «十折»"],
  ["Delivery was at 34 weeks and 2 days.","分娩孕周为孕34+3周。","pair-number-mismatch zh «34+3周»"],
  ["Children (age 1 month–14 years) were included.","纳入年龄1个月～15岁的儿童。","pair-number-mismatch zh «1个月～15岁»"],
  ["It lasted 6 minutes to 24 hours.","持续6分钟～12小时。","pair-number-mismatch zh «6分钟～12小时»"],
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
  ["Of the 553 patients enrolled, 203 were in the gBRCA cohort.", "在纳入的553例患者中，204例在gBRCA队列。", "pair-number-mismatch zh «553例患者中，204例»"],
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
  ["PEEP was set at 8 cmH2O.","PEEP设为8 mmHg（1 mmHg=0.133 kPa）。","pair-number-mismatch zh «8 mmHg»"],
  ["Scores were 3.1, 5.6 and 4.2, respectively.","四组评分分别为3.1、5.6和4.2。","pair-number-missing zh «四组»"],
  ["Patients received 4-week courses.","4周为2个疗程。","pair-number-missing zh «2个疗程»"],
  ["VAS was 7.6±1.2 and ODI was 24.8±7.6%.","VAS为（7.6±1.2）分，ODI为（24.8±8.6）%。","pair-number-mismatch zh «8.6»"],
  ["the median stay was 7 days [5 to 10].","中位住院时间为7日[5～12]。","pair-number-mismatch zh «5～12»"],
  ["NYHA class II-III patients were enrolled.","纳入NYHA Ⅱ～Ⅳ级患者。","pair-number-mismatch zh «Ⅱ～Ⅳ»"],
  ["Grade III or higher toxicity occurred in 12 patients.","Ⅱ级及以上毒性12例。","pair-number-mismatch zh «Ⅱ»"],
  ["One patient died and 2 required re-exploration.","围术期死亡1例，二次开胸止血3例。","pair-number-missing en «2» ; pair-number-missing zh «3例»"],
  ["Each patient received 1 g of the drug.","每例患者给予该药1400 mg。","pair-number-mismatch zh «1400 mg»"],
  ["The incidence was 3.2 per 1,000 live births.","发病率为3.2/万。","pair-number-missing en «1,000»"],
  ["The drug was given every 8 hours.","给药q12h。","pair-number-mismatch zh «q12h»"],
  ["Patients over 60 years old were included.","纳入65岁以上患者。","pair-number-mismatch zh «65岁»"],
  ["Nine out of ten patients improved.","80%的患者改善。","pair-number-missing zh «80%»"],
  ["The rate increased by 25%.","发生率增加了1/3。","pair-number-missing en «25%» ; pair-number-missing zh «1/3»"],
  ["Patients were followed for 1.5 years.","患者随访2年半。","pair-number-mismatch zh «2年半»"],
  ["The dose was 100 mg bid.","剂量为100 mg，每日3次。","pair-number-mismatch zh «3次»"],
  ["The drug was given twice every 3 weeks.","每3周给药1次。","pair-number-mismatch zh «1次»"],
  ["Patients aged over 60 years were included.","纳入年龄≥65岁的患者。","pair-number-mismatch zh «65岁»"],
  ["Patients were reviewed a year after surgery.","术后2年复查。","pair-number-mismatch zh «2年»"],
  ["Follow-up ranged from 6 months to 3 years.","随访半年至4年。","pair-number-mismatch zh «半年至4年»"],
  ["Tumours larger than 3 cm were excluded.","排除直径<3 cm的肿瘤。","pair-number-mismatch zh «3 cm»"],
  ["The site is located at 36.25°N, 117.5°E.","研究点位于北纬36°45′，东经117°30′。","pair-number-mismatch zh «36°45′»"],
  ["The trial was stopped at the third interim analysis.","试验在第二次期中分析时终止。","pair-number-mismatch zh «第二次»"],
  ["About 40% were still unaware.","约3成仍不知晓。","pair-number-mismatch zh «3成»"],
  ["About 2.3 million adults were affected.","约2.3亿成人受累。","pair-number-mismatch zh «2.3亿»"],
  ["Granaries held about 4.5 million shi.","储粮约900万石。","pair-number-mismatch zh «900万»"],
  ["Costs fell by about 18.6 million yuan.","费用减少约1 400万元。","pair-number-mismatch zh «1 400万»"],
  ["Children received three doses of vaccine.","儿童接种疫苗2次。","pair-number-missing en «three» ; pair-number-missing zh «2次»"],
  ["The infusion rate was 0.03 U/min.","输注速度为0.03 U/h。","pair-number-missing en «0.03» ; pair-number-missing zh «0.03 U/h»"],
  ["There were 9 CR and 3 PR.","CR 9例，PR 4例。","pair-number-mismatch zh «4例»"],
  ["Output reached 1.5 hundred million yuan.","产值达1.6亿元。","pair-number-mismatch zh «1.6亿»"],
  ["The level was 60% higher than in controls.","水平较对照组升高了0.5倍。","pair-number-missing en «60%» ; pair-number-missing zh «0.5倍»"],
  ["We randomly assigned 675 adults to one of three groups.","我们将675例患者随机分配至四组之一。","pair-number-mismatch zh «四组»"],
  ["The dose was 2.66 Gy.","剂量为2.66 cGy。","pair-number-mismatch zh «2.66 cGy»"],
  ["About one in seven older adults lives alone.","约每五位长者即有一位独居。","pair-number-mismatch zh «五位长者即有一位»"],
  ["Surgery was done in three phases. The margin-positive rates were 21.9%, 15.2% and 9.7%, respectively.","手术分3个阶段进行。4个阶段切缘阳性率依次为21.9%、15.2%和9.7%。","pair-number-missing zh «4»"],
  ["The accuracy was 0.923.","准确率为93.2%。","pair-number-missing en «0.923» ; pair-number-missing zh «93.2%»"],
  ["Fifty-eight patients were followed. Visual acuity was 20/40 or better in 84.8%.","随访58例患者。84.8%的患者视力达到20/50或更好。","pair-number-mismatch zh «20/50»"],
  // A unit written once after a bracketed mean ± SD is both values': minutes against hours differ.
  ["The operative time was (385.2±62.4) min.","手术时间为（385.2±62.4）h。","pair-number-missing en «385.2» ; pair-number-missing en «62.4» ; pair-number-missing zh «385.2» ; pair-number-missing zh «62.4»"],
  ["Sixty patients were divided into 2 groups of 30. Each session lasted 30 minutes, for 6 weeks. After treatment, the scores were 32.4 and 44.2, respectively.","将60例患者分为2组，每组30例。每次30 min，共6周。治疗后3组评分分别为32.4和44.2。","pair-number-missing zh «3组»"],
  ["Of the 1,000 respondents, 45.6% were aged 60 years or older and 54.4% were younger.","1 000名应答者中45.6%年龄≥60岁，54.4%＜65岁。","pair-number-missing zh «65岁»"],
  ["ALT was 50 IU/L.","ALT为60 U/L。","pair-number-mismatch zh «60 U/L»"],
  ["GDP grew by 6.1% to 99.1 trillion yuan.","GDP增长6.1%，达98.1万亿元。","pair-number-mismatch zh «98.1万亿»"],
  ["Of the 17 patients, 47.1% improved.","17例患者中8/17改善。","pair-number-missing en «47.1%» ; pair-number-missing zh «8/17»"],
  ["The meeting was held from 12 to 14 May 2019.","会议于2019年5月12日至15日召开。","pair-number-mismatch zh «15日»"],
  ["The difference was significant (P<0.0001).","差异有统计学意义（P<0.000 2）。","pair-number-mismatch zh «P<0.000 2»"],
  ["The white cell count was 45×109/L.","白细胞计数为4.5×10⁹/L。","pair-number-mismatch zh «4.5×10⁹»"],
  ["We trained the 7B-parameter model.","我们训练了80亿参数模型。","pair-number-mismatch zh «80亿参数»"],
  ["Winter values were 2.5 times the summer values.","冬季浓度为夏季的3.5倍。","pair-number-mismatch zh «3.5倍»"],
  ["Blood was drawn 3 times the first week.","第1周采血4次。","pair-number-mismatch zh «4次»"],
  ["Samples were collected May–September.","样品4月至9月采集。","pair-number-missing zh «4月至9月»"],
  ["Samples were taken during the growing season (May-September).","样品于生长季（5—10月）采集。","pair-number-missing zh «5—10月»"],
  // A count of one that the English states otherwise is still reported: the article settles only a 1 left over.
  ["Two hospitals in Beijing participated.","北京1所医院参与。","pair-number-mismatch zh «1所医院»"],
  ["Two randomized trials were conducted.","开展了1项随机试验。","pair-number-missing zh «1»"],
  ["Patients in group A were treated in hospitals.","患者在1家医院接受治疗。","pair-number-missing zh «1家医院»"],
  ["Grade 2 rash occurred in 12% and 8%, respectively.","两组3级皮疹发生率分别为12%和8%。","pair-number-missing zh «3»"],
  ["After 200 cycles, the capacity retention was 88.7%.","循环300次后容量保持率为88.7%。","pair-number-mismatch zh «300次»"],
  ["The proposed model runs 4.3 times faster.","所提模型速度快3.4倍。","pair-number-mismatch zh «3.4倍»"],
  ["A survey was conducted among l 082 students.","对1028名大学生进行问卷调查。","pair-number-missing en «l 082» ; pair-number-missing zh «1028名»"],
  ["The rocks are I-type granite.εHf(t)values range from+6.8 to+12.4.","岩石为I型花岗岩。εHf(t)值为+6.8～+14.2。","pair-number-mismatch zh «+6.8～+14.2»"],
  ["Gleason score was 7 (3+4) in 24 cases.","Gleason评分7分（4+3）24例。","pair-identifier-mismatch zh «7分（4+3）»"],
  ["Modified Ashworth grade 1+ was found in 12 patients.","改良Ashworth分级2+级12例。","pair-number-mismatch zh «2»"],
  ["Incidence fell by half.","发病率下降了40%。","pair-number-missing zh «40%»"],
  ["The model was trained on 1.2T tokens.","训练数据为2.1万亿token。","pair-number-mismatch zh «2.1万亿»"],
  ["Samples were taken on the 3rd, 7th and 14th day.","于第3、7、15天取样。","pair-number-mismatch zh «15天»"],
  ["The drainage tube was removed on the 3rd day after operation.","术后第4天拔除引流管。","pair-number-mismatch zh «4天»"],
  ["The mobile phase was acetonitrile-0.1% formic acid.","流动相为乙腈-0.2%甲酸。","pair-number-mismatch zh «0.2%»"],
  ["Mice (n=6, 100 mg) were treated.","小鼠（n＝6，150 mg）给药。","pair-number-mismatch zh «150 mg»"],
  ["Expression increased, reaching 3.5 times at 48 h.","表达升高，48 h时达4.5倍。","pair-number-mismatch zh «4.5倍»"],
  ["Cells were seeded at 1×104/well.","细胞以1×10⁵个/孔接种。","pair-number-mismatch zh «1×10⁵»"],
  ["We enrolled 1,402 patients.","共纳入1，403名患者。","pair-number-missing zh «1» ; pair-number-mismatch zh «403名»"],
  ["The area was 120 km 2.","面积为130 km2。","pair-number-mismatch zh «130 km2»"],
  ["The rate was 1 5.2% in the group.","该组发生率为16.2%。","pair-number-missing en «1» ; pair-number-mismatch zh «16.2%»"],
  ["A cross-correlation analysis yields a lag of 2.1+0.6-0.4 days between the X-ray and UV bands.","互相关分析得到X射线与紫外波段之间的时延为2.4+0.6-0.4 d。","pair-number-mismatch zh «2.4»"],
  ["Using the data of 1 0 5 listed banks from 2 0 1 2 to 2 0 2 1, we built 8 3 2 bank-year observations.","利用2012—2021年106家上市银行的数据，构建了832个银行-年度观测值。","pair-number-mismatch zh «106»"],
  ["Fintech is measured by an index built from 4 8 keywords.","金融科技采用基于49个关键词的指数衡量。","pair-number-missing en «4» ; pair-number-missing en «8» ; pair-number-missing zh «49»"],
  ["A 1-percentage-point cut in the loan prime rate raises price growth by 0.42 percentage points.","贷款市场报价利率下调2个百分点，房价增速提高0.42个百分点。","pair-number-mismatch zh «2个百分点»"],
  ["XRD showed a single spinel phase with a lattice parameter of 8.32 Å.","XRD表明样品为单一尖晶石相，晶格常数为0.823 nm。","pair-number-mismatch zh «0.823 nm»"],
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

  // Two roundings of one value less than 1.2 times apart: neither linked nor reported.
  it.each([
    ['About 1,500 samples were tested.', '检测约1 300份样本。'],
    ['Costs fell by about 18.6 million yuan.', '费用减少约1 700万元。'],
  ])('approximate, near: %s | %s', (en, zh) => {
    expect(show(en, zh)).toBe('');
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

// Forms of unseen abstracts: read alike in both versions (silent), and a changed value still reported (flagged).
describe('cross-language equivalence of the forms of unseen abstracts', () => {
  const silentForms: [string, string][] = [
    // A bound or a round figure said again exactly in brackets right after it: the other version may give the exact one only.
    ["A total of 10,386 doses were administered.", "共接种1万余次（10 386次）。"],
    ["About 300 patients (312) were enrolled.", "共纳入312例患者。"],
    // A power after a bracketed range, its minus flattened.
    ["Concentrations ranged from 12 to 86 × 10-8 mol/L.", "浓度范围为(12～86)×10-8 mol/L。"],
    // An English label's number whose Chinese writes the rank in numerals after 第 and a noun no rank's counter.
    ["Mandarin tone 3 was the most difficult, with an accuracy of 62.5%.", "普通话第三声最难，正确率为62.5%。"],
    ["Level 4 was reached by 12 students.", "12名学生达到第四级。"],
    // Counts of times given with their period, in each language's form, and with none on one side.
    ["Electroacupuncture was given for 30 minutes twice daily, 3 times a week, 2 sessions per week, once nightly, 3 to 5 times a day and once every other day.", "电针每次30分钟，每日2次，每周3次，每周治疗2次，每晚1次，每日按压3～5次，隔日1次。"],
    ["Fluoxetine 20 mg once daily and acupuncture twice a week; the decoction was taken 1 dose daily in two portions.", "氟西汀20 mg，1次/d；针刺2次/周；中药每日1剂，分2次服用。"],
    ["Lead reached 5.2 ppm and cadmium 0.35 ppm in 12 samples; the limit of 5 ppm was exceeded, and arsenic was 12 ppb.", "12份样品中铅达5.2×10⁻⁶，镉达0.35 mg/kg；超过了5×10⁻⁶的限值，砷为12 μg/kg。"],
    ["The bacterial counts were 6.0, 7.5 and 9.0×10⁴ CFU/mL in the three groups.", "三组细菌计数分别为6.0×10⁴、7.5×10⁴和9.0×10⁴ CFU/mL。"],
    // Millions before a word a PDF cut at a line end.
    ["We fine-tune the model with LoRA, updating only 4.2M param-\neters (0.06% of the total).", "采用LoRA微调，仅更新420万个参数（占总量的0.06%）。"],
    // An l for a 1 at the end of a count, as a PDF extracts it.
    ["Cracks initiated at the weld toe in 2l specimens and at the weld root in 3.", "21个试件裂纹萌生于焊趾，3个萌生于焊根。"],
    // A fatigue life in 次 is the English cycles.
    ["Fatigue lives ranged from 1.2×105 to 3.8×106 cycles.", "疲劳寿命为1.2×105～3.8×106次。"],
    // A power of ten a PDF wrote once after a list's last item is each item's.
    ["Total emissions of SO2,NOx,VOCs and NH3 were 21.6,86.3,112.4 and 74.5×104 t,respectively.", "SO2、NOx、VOCs和NH3排放总量分别为21.6万、86.3万、112.4万和74.5万t。"],
    // A list whose commas a PDF left without spaces: the decimal before a comma ends its number.
    ["Emissions of SO2, NOx and NH3 were 31.7,112.4 and 5.2 t, respectively.", "SO2、NOx和NH3排放量分别为31.7、112.4和5.2 t。"],
    // An emission in teragrams is the Chinese 万t it converts to (1 Tg = 10⁶ t).
    ["SO2 and NOx emissions were reduced by 1.12 Tg and 0.87 Tg.", "SO2和NOx排放量分别减少112万t和87万t。"],
    // A month opening a list of months (`July and August`, `7、8月份`) is a month.
    ["Cases peaked in July and August, which accounted for 71.9% of cases.", "病例集中在7、8月份，占71.9%。"],
    // A ratio to one with a decimal side, in words or with a colon.
    ["Men outnumbered women by 2.8 to 1.", "男女性别比为2.8∶1。"],
    // Years of a study then an age in months: no span of months.
    ["Children aged 6-71 months were enrolled in 2019-2021.", "研究对象为2019—2021年6～71月龄儿童。"],
    ["The water storage increased by 15.8 km3 (158×108 m3).", "蓄水量增加158亿m3。"],
    ["The water storage increased by 15.8 km3.", "蓄水量增加158亿m3。"],
    ["Tuber yield ranged from 28.5 t/ha to 52.1 t/ha.", "块茎产量为1900～3473 kg/667m2。"],
    ["Grain yield averaged 5.16, 6.45, 7.32 and 7.41 t/ha, respectively.", "籽粒产量平均分别为344、430、488和494 kg/667m2。"],
    ["Doses of 5, 10 and 20 mg/kg were given on days 1, 2 and 3.", "第1、2、3天分别给予5、10、20 mg/kg。"],
    ["In total, 18 427 individuals were recorded.", "共记录到木本植物18427株。"],
    ["Two hundred patients were matched 1:1, giving 100 laparoscopic and 100 open resections.", "患者按1∶1匹配，腹腔镜组和开腹组各100例。"],
    ["Twelve SD rats (6 males and 6 females) were used.", "SD大鼠12只，雌雄各半。"],
    ["The PRP group received 3 injections of 4 ml at 1-week intervals.", "PRP组注射4 ml，每周1次，共3次。"],
    ["The scans were resampled to 1.0×1.0×1.5 mm3.", "图像重采样至1.0 mm×1.0 mm×1.5 mm。"],
    ["The specific surface area was 28.6 m2 g-1.", "比表面积为28.6 m²/g。"],
    ["This study compared 16 musicians (9 women) and 17 non-musicians (10 women). Across all 33 participants, training correlated with amplitude.", "本研究比较了16名音乐学院学生（女9名）与17名非音乐专业大学生（女10名）。在全部33名被试中，训练年限与波幅相关。"],
    ["Warming will reach 2.1 °C in 2081–2100 relative to 1995–2014.", "相对于1995—2014年，2081—2100年升温将达2.1 ℃。"],
    ["Depression was assessed every 6 months; vital signs were recorded every 2 h.", "每隔6个月评估1次抑郁；每隔2 h记录生命体征1次。"],
    ["Depression was assessed four times at 6-month intervals.", "每隔6个月评估1次，共4次。"],
    ["The malignancy rates of C-TIRADS 3, 4a, 4b, 4c and 5 nodules were 4.1%, 12.0%, 35.0%, 70.0% and 90.0%.", "C-TIRADS 3、4a、4b、4c、5类结节恶性率分别为4.1%、12.0%、35.0%、70.0%和90.0%。"],
    ["Their frequency rose from 0.4 per 1,000 words at age 3 to 2.9 per 1,000 words at age 6.", "其频率由3岁时的每千词0.4个升至6岁时的每千词2.9个。"],
    ["Pathology showed a Gleason score of 4+4=8 (ISUP grade group 4). MRI showed a lesion (PI-RADS 5).", "病理示Gleason评分4+4=8分（ISUP分级分组4组）。MRI示病灶（PI-RADS 5分）。"],
    ["The average accuracy over 10 trials was 99.42%.", "无噪声时10次试验的平均准确率为99.42%。"],
    ["Viraemia was detected in 0 of 20 vaccinated ducks and 18 of 20 controls on day 3.", "第3天免疫组20只鸭均未检出病毒血症，对照组20只中18只阳性。"],
    ["No relapse occurred in the 20 patients (0/20).", "20例患者均无复发。"],
    ["Neither variant was found in 200 control alleles.", "200条对照染色体中均未检出这2个变异。"],
    ["Haemagglutination titres of liver homogenates reached 2^12.", "肝脏匀浆血凝效价达2¹²。"],
    ["The fatigue strength at 107 cycles rose from 340 MPa to 560 MPa.", "10⁷周次疲劳强度由340 MPa提高到560 MPa。"],
    ["A lytic phage was isolated from sewage. At an MOI of 1 it lysed 27 strains.", "从污水中分离到1株裂解性噬菌体。MOI为1时可裂解27株。"],
    ["RT-PCR confirmed rabbit haemorrhagic disease virus 2 (RHDV2) in 15 rabbits.", "RT-PCR检出兔出血症病毒2型（RHDV2），共15只。"],
    ["We fine-tuned a 13B general model with LoRA.", "我们用LoRA微调了一个130亿参数的通用模型。"],
    // The number of items a scale's name holds is stated by the name (GAD-7, PHQ-9, PCQ-24).
    ["Anxiety was measured with the 7-item Generalized Anxiety Disorder scale (GAD-7) and depression with the 9-item PHQ-9.", "采用广泛性焦虑障碍量表（GAD-7）评估焦虑，采用患者健康问卷（PHQ-9）评估抑郁。"],
    ["Psychological capital was assessed with the PCQ-24.", "采用24个条目的心理资本问卷（PCQ-24）评估心理资本。"],
    ["In Experiment 1, 40 students took part. Sample 1 (n = 486) and sample 2 (n = 612) were used.", "实验一中，40名大学生参加。样本一（486名）和样本二（612名）用于分析。"],
    // School grades: by stage in Chinese (初一 = grade 7, 高三 = grade 12), by number, range or year within the stage in English.
    ["We surveyed 2,065 students in grades 7 to 9 (712 in grade 7, 698 in grade 8 and 655 in grade 9).", "我们调查了2 065名初一至初三学生（初一712名、初二698名、初三655名）。"],
    ["Children in grades 4 to 9 and students from grade 10 to grade 12 took part.", "四至九年级儿童和高一至高三学生参加了调查。"],
    ["We surveyed 320 first-year senior high school students and 300 Senior 2 students.", "我们调查了320名高一学生和300名高二学生。"],
    // The N of a test's notation counts the sample again; Chinese leaves it to the sentence that counts the students.
    ["We surveyed 3,852 students. Girls reported symptoms more often than boys (21.3% vs. 15.8%), χ²(1, N = 3,852) = 18.92, p < .001.", "共调查3 852名学生。女生检出率（21.3%）高于男生（15.8%），χ²=18.92，P＜0.001。"],
    ["Teachers with more than 20 years of experience were overrepresented, χ²(4, N = 1,024) = 15.27, p = .004.", "教龄20年以上的教师比例偏高，χ²（4，N＝1 024）＝15.27，P＝0.004。"],
    ["In the year 2019, 45 cases were reported.", "2019年共报告45例。"],
    ["She underwent 2 sessions of hemodialysis, each lasting 4 hours, on days 1 and 2.", "第1、2天各行血液透析1次，每次4 h。"],
    ["The sows were immunized twice, at 6 and 2 weeks before farrowing.", "母猪于产前6周和2周各免疫1次。"],
    ["Rituximab 375 mg/m2 was given once a week for 4 weeks.", "予利妥昔单抗375 mg/m2，每周1次，共4次。"],
    ["Rituximab 375 mg/m2 was given in 4 weekly doses.", "予利妥昔单抗375 mg/m2，每周1次，连续4周。"],
    ["Incidence rose in the second to fourth years after surgery and fell from the 5th to the 8th day.", "术后第2～4年发生率升高，第5至8天下降。"],
    ["The lesions were classified into three types; the strains clustered into 5 genotypes.", "病变分为3型；菌株聚为5个基因型。"],
    ["Cluster analysis divided the samples into three groups.", "聚类分析将样品聚为3类。"],
    ["They were discharged at 39+2 and 41+5 weeks, respectively.", "两者分别于孕39+2周和41+5周出院。"],
    ["Children older than 8 years and farms of more than 500 sows were included.", "纳入≥9岁儿童和存栏501头以上的猪场。"],
    ["The model approached models ten times its size.", "该模型接近参数量为其10倍的模型。"],
    ["The rice yield was 7.92 t/ha, 6.4% lower than that of monoculture (8.46 t/ha); crayfish yield averaged 1 725 kg/ha.", "水稻产量为528 kg/亩，比单作（564 kg/亩）低6.4%；小龙虾平均产量为115 kg/亩。"],
    ["Net income was 38 460 yuan/ha, 3.9 times that of monoculture (9 860 yuan/ha).", "纯收入为2 564元/亩，是单作（657元/亩）的3.9倍。"],
    ["Farms of more than 3.33 ha earned more than those of less than 0.67 ha.", "50亩以上农户的收入高于10亩以下农户。"],
    ["Nitrogen was applied at 225 kg·hm⁻², on plots of 20 m2.", "施氮量为225 kg/hm²，小区面积20 m2。"],
    ["Pressures above 150 mmHg were seen.", "压力在20.0 kPa以上。"],
    ["Follow-up lasted 1 year. Households with hospitalization in the past year (OR=3.47) were more likely to incur CHE.", "随访1年。过去1年有住院的家庭（OR=3.47）更易发生CHE。"],
    ["Of the 52 cases, 40 were caused by enterovirus 71 and 12 by coxsackievirus A16.", "52例中，40例由肠道病毒71型引起，12例由柯萨奇病毒A16型引起。"],
    ["Persistent infection with human papillomavirus 16 or 18 was found in 35 women.", "35例女性存在人乳头瘤病毒16型或18型持续感染。"],
    ["Serotypes 3, 6 and 19 were most common among 45 isolates.", "45株分离株中最常见的血清型为3型、6型和19型。"],
    ["HCV genotype 3 was found in 20 patients.", "20例患者为HCV基因3型。"],
    // How often, in two periods: the rate is one.
    ["Patients were followed up twice yearly for 5 years.", "患者每半年随访1次，共5年。"],
    ["Patients were followed up every 6 months.", "患者每年随访2次。"],
    ["Patients were followed up every 3 months for 2 years.", "患者2年内每年随访4次。"],
    ["Aspirin was given every 12 hours. The infusion ran q8h.", "阿司匹林每日2次给药。输注一日3次。"],
    ["Training was held fortnightly, and injections every other week.", "每2周培训1次，隔周注射1次。"],
    ["The drug was given twice daily, and visits were quarterly.", "给药2次/d，每3个月随访1次。"],
    ["We obtained 8 230Th dates.", "共获得8个230Th年龄。"],
    ["Ages came from 14C, 210Pb and 137Cs in 3 cores.", "3个岩芯采用14C、210Pb和137Cs测年。"],
    ["The 87Sr/86Sr ratio was 0.7102 and δ18O was −5.2‰ in 12 samples.", "12个样品的87Sr/86Sr比值为0.7102，δ18O为−5.2‰。"],
    ["Blood loss rose, as did the anhepatic phase 52.7±13.8 min.", "失血量增加，无肝期（52.7±13.8）min。"],
    ["In the phase 1b/2 study, 40 patients were enrolled.", "在这项1b/2期研究中纳入40例患者。"],
    ["FiO2 above 40% in the first week was recorded in 30 infants.", "30例患儿生后1周内吸入氧浓度>40%。"],
    ["In the first week, 30 infants were weaned.", "30例患儿在第1周断奶。"],
    ["During the first year, 30 infants were weaned.", "30例患儿在第1年内断奶。"],
    ["Of 120 patients, 40 had CKD stage 3a.", "120例患者中40例为CKD 3a期。"],
    ["Stages 3b-4 were seen in 40 patients.", "40例患者为3b～4期。"],
    ["Under-5 mortality fell by 20% in 10 provinces.", "10个省的5岁以下儿童死亡率下降了20%。"],
    ["Passage-3 (P3) cells were used in 4 experiments.", "4次实验均使用第3代细胞。"],
    ["Phase 2 metabolism involved 3 enzymes.", "第2相代谢涉及3种酶。"],
    ["Of 40 fractures, 12 were AO type 43-C.", "40例骨折中12例为43-C型。"],
    ["The annual maximum 1-day precipitation (RX1day) rose by 5% at 30 stations.", "30个站点的年最大日降水量（RX1day）增加了5%。"],
    ["Samples were calcined at 300,500 and 700 ℃ for 2 h.", "样品分别在300、500和700 ℃煅烧2 h。"],
    ["A total of 1,500 and 700 samples were tested.", "共检测1 500份和700份样品。"],
    ["Patients seen between January 2015 and December 2019 were included.", "納入民國104年1月至108年12月就診的病人。"],
    ["Data from 2015 to 2019 were analysed for 1,245 patients.", "分析民國104年至108年1,245名病人的資料。"],
    ["Suicide declined over the past 15 years, from 16.8 in 2006 to 11.2 in 2020.", "自殺率於過去15年間由民國95年的16.8降至109年的11.2。"],
    ["About 30% of the patients smoked.", "約三成患者吸菸。"],
    ["Nearly 30% were smokers.", "近三成為吸菸者。"],
    ["We performed a 6-to-12-month follow-up in 40 patients.", "40例患者随访6～12个月。"],
    ["This phase 2-3 trial enrolled 300 patients.", "这项2～3期试验纳入300例患者。"],
    ["Capecitabine was given on d1-14 of each 21-day cycle.", "卡培他滨于每21天周期的第1～14天给药。"],
    ["Gemcitabine was given on d1 and d8.", "吉西他滨于第1、8天给药。"],
    ["Gemcitabine was given on days 1 and 8.", "吉西他滨于d1、d8给药。"],
    ["Patients received sintilimab (200 mg, d1) and cisplatin (75 mg/m², d1) every 21 days.", "患者接受信迪利单抗（200 mg，第1天）及顺铂（75 mg/m²，第1天）治疗，每21天1次。"],
    ["Glucagon-like peptide 1 receptor agonists were given to 40 patients.", "40例患者使用胰高血糖素样肽1受体激动剂。"],
    ["Sodium-glucose cotransporter 2 inhibitors were given to 40 patients.", "40例患者使用钠-葡萄糖协同转运蛋白2抑制剂。"],
    ["patients with class ii to iv heart failure were enrolled (n=120).", "纳入120例心功能ii～iv级的心力衰竭患者。"],
    ["Clavien-Dindo grade ≥III complications occurred in 12 patients.", "12例患者发生Clavien-Dindo ≥Ⅲ级并发症。"],
    ["Patients received 2.5 mg/kg/d for 7 days.", "患者接受2.5 mg·kg-1·d-1治疗7 d。"],
    ["Three batches of samples and two strains were tested.", "检测了三批样品和两株菌。"],
    ["Children received two doses of vaccine.", "儿童接种了两针疫苗。"],
    ["In the deep mine, the 1 050 m level roadway was studied.", "以某深部煤矿-1 050 m水平巷道为研究对象。"],
    ["A UPLC method was established to determine 4 components.", "建立UPLC法同时测定4种成分。"],
    ["The mortality rate decreased from 6.23 per 100,000 to 4.96 per 100,000.", "死亡率由6.23/10万降至4.96/10万。"],
    ["A total of 3012 infants underwent randomization: 2009 to the antibody group and 1003 to the placebo group.", "共3,012例婴儿接受随机分组：抗体组2,009例，安慰剂组1,003例。"],
    ["Mice were divided into four groups (n=8): control, metformin (250 mg/kg), cisplatin (3 mg/kg) and combination.", "小鼠分为对照组、二甲双胍组（250 mg/kg）、顺铂组（3 mg/kg）和联合组，每组8只。"],
    ["Patients were divided into observation group (n=45) and control group (n=45).", "患者分为观察组和对照组，每组45例。"],
    ["Rats were divided into 5 groups: normal, model, low, medium and high dose groups (n=10).", "大鼠分为正常组、模型组及低、中、高剂量组，每组10只。"],
    ["Rats were divided into normal (n=10), model (n=10), low-dose (n=10), medium-dose (n=10) and high-dose (n=10) groups.", "大鼠分为正常组、模型组及低、中、高剂量组，每组10只。"],
    ["Milk yield declined by 0.23 kg/d per unit of THI.", "THI每升高1个单位，产奶量下降0.23 kg/d。"],
    ["Each 1-unit increase in BMI raised the risk by 12%.", "BMI每增加1个单位，风险升高12%。"],
    ["The program had 3 sessions per week for 12 weeks.", "方案为每周3次，共12周。"],
    ["The program consisted of eight weekly sessions.", "方案共8周。"],
    ["Patients received 2.5 mg/kg for 7 days.", "患者接受2.5 mg·kg-1·d-1治疗7 d。"],
    ["Remifentanil was infused at 0.1 μg·kg⁻¹·min⁻¹ and fluids at 2 ml/(kg·h).", "瑞芬太尼以0.1 μg/(kg·min)输注，液体2 mL·kg-1·h-1。"],
    // A power of ten whose superscript a PDF flattened after a whole mantissa: 263×108 is 263×10⁸ where the other version says so.
    ["Mean annual runoff was 26.3×10^9 m3 before and 16.5×10^9 m3 after the change.", "突变前后多年平均径流量分别为263×108 m3和165×108 m3。"],
    ["Runoff was 263×108 m3.", "径流量为263亿m3。"],
    // Equal groups one version states by their size (各50例) and the other by a 1:1 allocation of its total.
    ["One hundred patients were randomised 1:1 by a random number table.", "将100例患者按随机数字表法分为干预组和对照组，各50例。"],
    ["One hundred patients were randomly divided into two groups.", "将100例患者随机分为两组，各50例。"],
    ["A total of 100 patients were randomized, 50 per group.", "将100例患者按1∶1随机分为两组。"],
    // A period English states by an adjective: `decadal` is 10年; `decadal variability` (年代际) states none.
    ["Floods peaked in the 17th century, when the decadal frequency reached 78.", "洪涝在17世纪最为频繁，10年频次最高达78次。"],
    ["Decadal variability of rainfall rose by 12%.", "降水年代际变率增加了12%。"],
    ["Temperature rose at 0.3 °C decade-1.", "气温升高速率为0.3 ℃·(10 a)-1。"],
    ["Temperature rose at 0.3 °C decade−1.", "气温升高速率为0.3 ℃/10a。"],
    // Citation superscripts a PDF flattened after a full stop: `years.1-3 Here` is `加剧[1-3]。`.
    ["Ozone pollution has worsened in recent years.1-3 Here, the concentration averaged 152 μg/m3.", "近年来臭氧污染加剧[1-3]。本研究中臭氧浓度平均为152 μg/m3。"],
    // A rate per decade against one per year, compared per year.
    ["Sea level rose 0.12 mm/a and temperature 0.03 °C per year.", "海平面上升速率为1.2 mm/10 a，气温为0.3 ℃·(10 a)-1。"],
    ["Temperature rose at 0.3 °C per decade.", "气温升高速率为0.03 ℃/a。"],
    // Ages in years;months are one age each; ages in whole years run to the last month of the last year.
    ["Forty-eight children aged 3;0-5;11 and 12 adults produced 96 words.", "48名3;0～5;11岁儿童和12名成人产出了96个词。"],
    ["Children aged 3;0 to 5;11 were tested.", "3～5岁儿童接受测试。"],
    ["Children aged 36 to 71 months were tested.", "3～5岁儿童接受测试。"],
    // One in N is the rate per mille or per cent it makes.
    ["The prevalence was 1 in 1,000 births.", "患病率为1‰。"],
    ["The prevalence was 1 in 200 births.", "患病率为0.5%。"],
    ["The prevalence was 1 in 300.", "患病率为0.33%。"],
    ["The prevalence was 0.3%.", "患病率为千分之三。"],
    ["The prevalence was 3 per 1000.", "患病率为千分之三。"],
    // A time of day in either clock.
    ["Blood was drawn at 8 am and 4 p.m.", "于8:00和16:00采血。"],
    ["Blood was drawn at 8:00 a.m. and 4:00 p.m.", "于上午8时和下午4时采血。"],
    ["Samples were collected from 8 to 10 a.m. and from 2-4 pm.", "于上午8时至10时和下午2—4时采集样本。"],
    // A full hour is the bare hour of `8时`, `8点`, on a 12- or a 24-hour clock.
    ["Blood was drawn at 8 am and 4 pm.", "于8时和16时采血。"],
    ["Blood was drawn at 8:00 and 8 o'clock.", "于8点和8时采血。"],
    // A bound written after the number (以下) against a comparative word before it.
    ["Warming was faster above 3 000 m than below 1 000 m.", "海拔3000 m以上站点的增温速率高于1000 m以下站点。"],
    // A year closing a span of time after a dash, then `to` and another value.
    ["Loss rose from 0.45%/a during 1970s—2000 to 0.71%/a during 2000—2015.", "面积减少速率由70年代—2000年的0.45%/a加快到2000—2015年的0.71%/a。"],
    // A count of the dates of a data set that the other version lists, in full-width commas, the clause going on.
    ["Using Landsat images of 1990，2000，2010 and 2020，we mapped rocky desertification.", "利用1990、2000、2010和2020年4期Landsat影像对石漠化进行制图。"],
    // A full stop glued after a percent sign ends the sentence.
    ["Bars raised the damping ratio from 8.6% to 14.2%.The ultimate drift ratio exceeded 5%.", "耗能钢筋使阻尼比由8.6%提高到14.2%。极限位移角超过5%。"],
    ["Eight centennial-scale dry events were identified.", "共识别出8次百年尺度干旱事件。"],
    // The step of a change in one unit, which English names without its one, also where a one of another sentence stands.
    ["Each additional hour of phone contact was associated with a 7% lower risk.", "电话联系每增加1 h，风险降低7%。"],
    ["Of them, 766 had one parent migrating. Each additional hour of phone contact was associated with a 7% lower risk.", "其中单亲外出766名。电话联系每增加1 h，风险降低7%。"],
    ["Forest and grassland increased by 1 268 km2 and 2 035 km2, while cropland decreased by 3 412 km2.", "林地和草地分别增加了1268 km2和2035 km2，耕地减少了3412 km2。"],
    ["A total of 37 associations (P＜10-4) were detected with the 55K SNP array.", "利用55K SNP芯片共检测到37个显著关联位点（P＜10-4）。"],
    ["The over-standard rate of Cd reached87.2%, and warming was faster below4 500 m.", "Cd超标率达87.2%，海拔4500 m以下增温更快。"],
    ["Temperature and precipitation explained68% and21% of the variation, respectively.", "气温和降水分别解释了68%和21%的变异。"],
    ["Thickness rose from 2.13 m in2006 to2.41 m in 2020.", "厚度由2006年的2.13 m增至2020年的2.41 m。"],
    // A negated comparative: `no longer than eight years` is 不超过8年.
    ["Grazing exclusion should last no longer than eight years.", "建议围封年限不超过8年。"],
    ["Each plot had no less than 5 quadrats.", "每个样地不少于5个样方。"],
    // A share of things in their own measure word.
    ["Cd exceeded the limit in 41 of 60 paired samples.", "60对配对样品中有41个Cd超标。"],
    // A share in words or a hedged share in digits, with its exact percentage; ends of two kinds are no range.
    ["Nearly a quarter (24.7%) of the respondents hesitated.", "近1/4（24.7%）的调查对象存在犹豫。"],
    ["The rate rose from 1.02% in grade one to 7.35% in grade three.", "该率由初一的1.02%升至初三的7.35%。"],
    ["It rose from 12.4% in women aged <25 years to 31.8% in women aged ≥35 years.", "由<25岁的12.4%升至≥35岁的31.8%。"],
    ["Of the 45 children, 38 completed follow-up, and 31 of the 38 (81.6%) achieved remission.", "45例患儿中38例完成随访，其中31例（81.6%）获得缓解。"],
    // A solution's name states its strength.
    ["The control group was given normal saline.", "对照组给予0.9%氯化钠注射液。"],
    ["The control group was given 0.9% sodium chloride solution.", "对照组给予生理盐水。"],
    // Laboratory abstracts of Chinese journals: a limit with a modal verb, a count after a name's number, a name numbered by `No.`,
    // a multiple after `to` or `diluted`, places counted as the list names them, a relative difference above 100%.
    ["The content was not less than 9.0%.", "含量不得少于9.0%。"],
    ["blaKPC-2 was detected in 104 isolates (82.5%).", "检出blaKPC-2 104株（82.5%）。"],
    ["Strains were isolated on Gause's No. 1 medium from 12 samples.", "用高氏一号培养基从12份样品中分离菌株。"],
    ["The broth (diluted 50 times) was sprayed on 20 plants.", "发酵液稀释50倍后喷施20株植物。"],
    ["GPX4 decreased to 0.41 times.", "GPX4降至0.41倍。"],
    ["Samples were collected in Hubei, Jiangsu and Henan provinces.", "样品采自湖北、江苏、河南3省。"],
    ["The conversion rate was 107.6% higher than that at 5 mg/L.", "转化率比5 mg/L时高107.6%。"],
    // Measures with a power of -1, lengths in kb and bp, a licence for laboratory animals, an accession number.
    ["The MIC decreased to 0.125 μg·mL⁻¹.", "MIC降至0.125 mg/L。"],
    ["A 1.5 kb fragment was amplified.", "扩增得到1 500 bp片段。"],
    ["Kunming mice (license No. SCXK (Xiang) 2019-0004) were used.", "采用昆明小鼠（许可证号SCXK（湘）2019-0004）。"],
    ["The gene (GenBank accession No. OQ123456) was cloned.", "克隆该基因（GenBank登录号OQ123456）。"],
    // Globin mutations by their older names, the Roman numeral of an intron written in either way; a promoter position beside its HGVS name.
    ["The commonest β-thalassemia mutations were CD41-42 (n=30), IVS-II-654 (n=11) and -28 (A>G) (n=9).", "最常见的β地中海贫血突变为CD41-42（30例）、IVS-Ⅱ-654（11例）和-28（A>G）（9例）。"],
    ["The variants c.-78A>G (-28) and c.316-197C>T (IVS-II-654) were found in 9 and 11 carriers.", "检出c.-78A>G（-28）9例，c.316-197C>T（IVS-Ⅱ-654）11例。"],
    // A signed number in brackets is an amount, not a list marker.
    ["Scores fell in group A (-28) and rose in group B (+3).", "A组评分下降（-28），B组升高（+3）。"],
    // `triples the` multiplies, as `tripled` does.
    ["Seven-day monitoring triples the detection rate of 24-hour monitoring.", "7 d监测的检出率为24 h监测的3倍。"],
    // A share in digits before 的 is a share, as `one in three` is.
    ["Nearly one in three of these women had had a fragility fracture.", "近1/3的患者曾发生脆性骨折。"],
    // A blood pressure as two means with their SDs, unbracketed in English: no fraction 14/98 of a cohort of 36.
    ["Thirty-six patients with resistant hypertension were treated. Office blood pressure was 168±14/98±10 mmHg.", "36例难治性高血压患者接受治疗。诊室血压为（168±14）/（98±10）mmHg。"],
    // A range of types, `type 3-5` as `3～5型`: one name, not type 3 against type 5.
    ["BARC type 3-5 bleeding occurred in 4.9% vs 1.7%.", "BARC 3～5型出血分别为4.9%和1.7%。"],
    // A bound that defines the groups, said again where they are counted, which English names in words there.
    ["We compared patients aged ≥80 years with those aged <80 years. Of the 1,064 patients, 142 were octogenarians and 922 were younger.", "比较≥80岁与＜80岁患者。1064例患者中，≥80岁者142例，＜80岁者922例。"],
    // Probes of Chinese clinical journals in ophthalmology, dermatology, paediatrics and TCM.
    ["The number of medications decreased from 2.4±0.8 to 0.3±0.6.", "用药数量由2.4±0.8种减少至0.3±0.6种。"],
    ["DLQI decreased from 15.2±5.1 to 2.3±2.0.", "DLQI由15.2±5.1降至2.3±2.0。"],
    ["The mean logMAR UDVA was −0.05±0.06 and −0.03±0.07, respectively.", "logMAR UDVA平均分别为-0.05±0.06和-0.03±0.07。"],
    ["Glucose-6-phosphate dehydrogenase deficiency accounted for 5.2%.", "葡萄糖-6-磷酸脱氢酶缺乏症占5.2%。"],
    ["A total of 98 children, 54 boys and 44 girls, were randomly divided into two groups, 49 in each.", "选取患儿98例，男54例，女44例，按随机数字表法分为联合组和对照组，各49例。"],
    ["A total of 98 children (54 boys and 44 girls) were divided into a combined group and a control group, 49 cases each.", "选取患儿98例，男54例，女44例，分为联合组和对照组，每组49例。"],
    ["Of them, 420 were examined. The prevalence of dry eye was 42.4% (178/420 examined subjects).", "对其中420名进行检查。在接受检查的420名受试者中，干眼患病率为42.4%（178/420）。"],
    ["Among the 420 examined subjects, the prevalence of dry eye was 42.4% (178/420).", "干眼患病率为42.4%（178/420）。"],
    ["One dose was taken daily, divided into two doses in the morning and evening, for 8 weeks.", "每日1剂，早晚分服，共8周。"],
    ["One dose was taken daily, twice a day, for 8 weeks.", "每日1剂，早晚各服1次，共8周。"],
    ["One dose was taken daily in the morning and evening for 8 weeks.", "每日1剂，分早晚温服，共8周。"],
    ["A total of 1 260 office workers were surveyed, and 420 of them underwent examinations. Dry eye was diagnosed by consensus. The prevalence of dry eye was 42.4% (178/420 examined subjects).", "对1 260名办公室职员进行调查，并对其中420名进行检查。干眼依据专家共识诊断。在接受检查的420名受试者中，干眼患病率为42.4%（178/420）。"],
    // Powers in physics: caret powers of units, flattened negative powers after a bracket or a bound, large exponents, densities, a bare 10^4.
    ["The flux above 1 GeV was (3.4 ± 0.5) × 10^-9 ph cm^-2 s^-1.", "1 GeV以上的积分流量为（3.4±0.5）×10-9 ph·cm-2·s-1。"],
    ["The luminosity is 2.3×10^33 erg s^-1.", "光度为2.3×1033 erg·s-1。"],
    ["Trap density fell from 1.86×10^16 cm^-3 to 7.4×10^15 cm^-3.", "缺陷态密度由1.86×1016 cm-3降至7.4×1015 cm-3。"],
    ["The bias is below 10^-4.", "偏差小于10-4。"],
    ["The instability reached 8×10^-18 after 10^4 s.", "在104 s时不稳定度达到8×10-18。"],
    // A whole number after `p =` counts variables.
    ["Simulations used p = 100, 200 and 500.", "模拟中p＝100、200和500。"],
    // Text from PDFs: glued software names, grouped numbers, an l for 1, scales and months glued to their words, a full-width comma before a year.
    ["Models were implemented in Python 3.8 andPyTorch 1.12.", "模型基于Python 3.8和PyTorch 1.12实现。"],
    ["We collected48,760research articles.", "共收集48 760篇研究论文。"],
    ["We identify l,852 quasars.", "共证认出1 852个类星体。"],
    ["A Conformer with 46.7Mparameters was trained on about1.05million characters.", "在约105万字上训练了参数量4 670万的Conformer模型。"],
    ["Cases reported betweenJanuary 20 and February 10, 2020 were collected.", "收集2020年1月20日至2月10日报告的病例。"],
    ["Patients admitted from January 11 to February 29，2020 were analysed.", "分析2020年1月11日至2月29日收治的患者。"],
    ["The effective reproduction number fell below 1 onFebruary 2.", "有效再生数于2月2日降至1以下。"],
    // Model sizes, grading scales, school years, shares of a ranking, reuse cycles, `3-D`, the span before now.
    ["We evaluate 11 open-source models ranging from 1.8B to 72B parameters; the 7B models averaged 42.3%.", "评测了参数规模从18亿到720亿的11个开源模型，7B模型的平均准确率为42.3%。"],
    ["Each essay was scored on a 100-point scale.", "每篇作文按百分制评分。"],
    ["Anxiety was highest in the second year and lowest in the fourth year.", "二年级学生焦虑水平最高，四年级最低。"],
    ["The effect was larger in the lowest third of baseline scores.", "基线成绩处于后1/3的学生效应较大。"],
    ["After four cycles, TC removal was still 88.3%.", "循环使用4次后，TC去除率仍为88.3%。"],
    ["A 3-D convolutional stem was designed.", "设计了一种三维卷积主干。"],
    ["Workers who had slept less than 6 hours a day in the past week accounted for 41.3%.", "过去1周每天睡眠不足6 h的人员占41.3%。"],
    // Months of a span into the next year, and calendar months after a comparative.
    ["Positive rates were higher from December to March (24.7%) than from June to September (10.3%).", "12月至次年3月阳性率（24.7%）高于6—9月（10.3%）。"],
    // A multiple after a change named by a noun.
    ["Slaughter increased from 4.25 billion birds in 2000 to 10.62 billion birds in 2020, an increase of 1.5 times.", "出栏量由2000年的42.5亿羽增至2020年的106.2亿羽，增长了1.5倍。"],
    // A count of provinces named as a whole list over there.
    ["Guangxi, Guizhou and Guangdong together reported 37.9% of cases.", "广西、贵州和广东3省份报告病例占37.9%。"],
    // Replicates counted by the containers they stand in.
    ["Fish were fed five diets for 8 weeks. Each diet was fed to triplicate tanks of 30 fish.", "投喂5种饲料，试验期8周，每组3个重复，每个重复30尾鱼。"],
    // Weeks of a calendar year.
    ["From week 40 of 2022 to week 39 of 2023, 186 452 ILI cases were reported.", "2022年第40周至2023年第39周，共报告ILI 186 452例。"],
    // A genus's initial after a count: no unit, no sentence end.
    ["A total of 137 S. aureus isolates were obtained, with an isolation rate of 25.8%.", "共分离金黄色葡萄球菌137株，分离率为25.8%。"],
    // A minus after 为 following a period's 年.
    ["The APC was 3.9% in 2004-2007 and -6.8% in 2007-2013.", "2004—2007年APC为3.9%，2007—2013年为-6.8%。"],
    // `bid` opening a hyphenated word, after a word that only begins like a unit, is no dose a day.
    ["The use of bid-winning generics rose from 12.7% to 78.5%.", "中选仿制药的使用占比由12.7%升至78.5%。"],
    // Half of the cohort in words is a share, not a count out of 2.
    ["A total of 293 patients were surveyed. More than half of the patients feared recurrence.", "共调查293例患者。半数以上患者存在复发恐惧。"],
    // The one point a score's effect is counted in, which English names without its one.
    ["Concerns about medicines (OR=1.09 per point, 95% CI 1.04-1.14) were a risk factor.", "服药顾虑（每增加1分，OR=1.09，95%CI：1.04～1.14）是危险因素。"],
    ["Concerns about medicines (OR=1.09 per 1-point increase) were a risk factor.", "服药顾虑（每增加1分，OR=1.09）是危险因素。"],
    // A group's size in a bracket after its name.
    ["Ninety-six caregivers were randomly assigned to an intervention group (48) or a control group (48).", "将96名照顾者随机分为干预组和对照组，每组48名。"],
    // A scale word at the end of a list applies to each item, as 亿 written on each does.
    ["The impact rose from 0.41 billion yuan in the first year to 0.55, 0.65 and 0.73 billion yuan in the second, third and fourth years.", "预算影响由第1年的4.1亿元增至第2、3、4年的5.5亿元、6.5亿元和7.3亿元。"],
    // An interval of proportions as decimal fractions of one, given in per cent over there.
    ["The pooled sensitivity and specificity were 0.89 (95% CI, 0.85-0.92) and 0.83 (95% CI, 0.78-0.87), respectively.", "合并灵敏度和特异度分别为89%（95%CI：85%～92%）和83%（95%CI：78%～87%）。"],
    // A minus after a word naming an estimate.
    ["A one-unit increase reduced the ratio by 0.126 (coefficient -0.126***, standard error 0.031).", "每提高1个单位，收入比下降0.126（系数为-0.126***，标准误为0.031）。"],
    // 万元 without a number before it is "per 10,000 yuan".
    ["Energy consumption per 10 000 yuan of GDP fell from 1.47 to 0.55 tce.", "万元GDP能耗由1.47 tce降至0.55 tce。"],
    // Tone values in brackets after 为 are no citation markers.
    ["The four tones are realized as [31], [53], [44] and [13].", "4个声调的调值分别为[31]、[53]、[44]和[13]。"],
    // Ranks of a list after one 第; an article of a statute in numerals.
    ["Based on the fifth, sixth and seventh national population censuses.", "基于第五、六、七次全国人口普查数据。"],
    ["Based on the 5th, 6th and 7th national population censuses.", "基于第5、6、7次全国人口普查数据。"],
    ["Defendants were convicted under Article 266 of the Criminal Law.", "被告人依《刑法》第二百六十六条定罪。"],
    // A page number on a line of its own in PDF text, in either version.
    ["The share rose from 28.6% to 32.9% in the south of the plateau and the central Gobi steppe regions of\n·56·\nMongolia. Dry days fell by 1.2 d per decade.", "极端降水的比例由28.6%升至32.9%；\n·1124·\n持续干旱日数每10年减少1.2 d。"],
    // Ages before present from old to young after `from`; a statute's paragraph in numerals.
    ["Rapid syn-rift subsidence lasted from 65 to 24.6 Ma.", "65~24.6 Ma盆地经历了快速裂陷期沉降。"],
    ["Paragraph 2 of Article 3 of the amended law has strengthened judicial review.", "修订后该法第三条第二款强化了司法审查。"],
    // A value glued to the name of the enzyme it measures, in thousands grouped by a space or as a range; a locant after a clause's comma.
    ["Lactate dehydrogenase was 1,286 U/L and creatine kinase 12,560 U/L.", "乳酸脱氢酶1 286 U/L，肌酸激酶12 560 U/L。"],
    ["Lactate dehydrogenase ranged from 865 to 3,420 U/L.", "乳酸脱氢酶865～3 420 U/L。"],
    ["Glucose was 2.1 mmol/L and 17-hydroxyprogesterone >200 nmol/L.", "血糖2.1 mmol/L，17-羟孕酮＞200 nmol/L。"],
    // Members of a pedigree by generation and place (Ⅱ-3) name, not count.
    ["Of the 23 members, 7 were affected (4 men and 3 women): Ⅰ-2, Ⅱ-2, Ⅱ-4, Ⅲ-3, Ⅲ-5, Ⅲ-8 and Ⅳ-1.", "该家系共23人，患者7例（男4例，女3例），分别为Ⅰ-2、Ⅱ-2、Ⅱ-4、Ⅲ-3、Ⅲ-5、Ⅲ-8和Ⅳ-1。"],
    ["The variant was found in his mother (Ⅰ-2, aged 78 years) and his son (Ⅲ-2, aged 27 years).", "其母亲（Ⅰ-2，78岁）和儿子（Ⅲ-2，27岁）携带同一变异。"],
    // An age in years and months as an adjective (`2-year-and-5-month-old`) is one age in months, as `2岁5个月` is.
    ["A 2-year-and-5-month-old boy was admitted with fever for 8 days.", "患儿，男，2岁5个月，因发热8 d入院。"],
    ["A 1-year-9-month-old girl was admitted.", "患儿，女，1岁9个月，入院。"],
    // A range whose near end is far below its far one shares the power of ten after it (`5-86 × 10^6/L`).
    ["The cerebrospinal fluid white cell count was 5-86 × 10^6/L.", "脑脊液白细胞计数（5～86）×10^6/L。"],
    // A titer is one to any number (`1:320 to 1:2,560`, `1∶2 560`), no range that runs backwards.
    ["The cryptococcal antigen titer was 1:320 to 1:2,560.", "隐球菌抗原滴度1∶320～1∶2 560。"],
    // `N times as a …` counts times (`4 times as a bridge`); `3 times as high` is a multiple.
    ["Plasma exchange was performed 4 times as a bridge to transplantation.", "行血浆置换4次作为移植前过渡。"],
    // `on 3 consecutive days` is `连续3 d`.
    ["Each patient received hemoperfusion for 2 hours a session on 3 consecutive days.", "每例均行血液灌流，每次2 h，连续3 d。"],
    // A fraction of the parts of one patient a case report examines (nerves, biopsy cores) counts no cohort.
    ["A 58-year-old woman was admitted. Nerve conduction studies showed conduction block in 4 of 8 motor nerves examined, and biopsy found cancer in 8 of 12 cores.", "患者，女，58岁，入院。神经传导检查示所检8条运动神经中4条有传导阻滞，穿刺活检12针中8针阳性。"],
    // Locants of a second ring (primes), of a diol or diamine, and after a clause's comma: names, not numbers.
    ["Polyimide was prepared from 4,4′-oxydianiline (ODA); by-products were 1,4-pentanediol (3.5%) and 5-fluorouracil.", "以4,4′-二氨基二苯醚（ODA）为单体；副产物为1,4-戊二醇（3.5%），5-氟尿嘧啶。"],
    // A half-life's symbol and an orthogonal array with its powers flattened are names.
    ["The t1/2 was 3.8 h. An L9(3⁴) orthogonal array was used.", "t1/2为3.8 h。采用L9(34)正交试验。"],
    // Kelvin against ℃ (an offset of 273.15, or the 273 authors round it to), and a difference of temperature, which has none.
    ["Tests were run at 1 173-1 323 K; the optimum was 1 223 K and the samples were cooled to 298 K.", "试验温度为900～1 050 ℃；最佳温度为950 ℃，样品冷却至25 ℃。"],
    ["The temperature rose by 5 K.", "温度升高了5 ℃。"],
    // A number after a unit's slash is what the measure is per (a melt flow index in g/10 min): it starts no range.
    ["The melt flow index decreased from 12.4 g/10 min to 5.7 g/10 min.", "熔体流动速率由12.4 g/10 min降至5.7 g/10 min。"],
    // A spine's motion segment is one name.
    ["The involved segments were L3/4 in 9 cases, L4/5 in 45 cases and L5/S1 in 14 cases.", "病变节段：L3/4 9例，L4/5 45例，L5/S1 14例。"],
    // Two types joined in one version, named apart in the other.
    ["Patients with Crowe type I or II dysplasia underwent THA.", "CroweⅠ型或Ⅱ型髋关节发育不良患者行THA。"],
    // A minus after a comparison's word; a band of negative values written from either end.
    ["The lumbar T-score was −2.31±1.02 versus −1.56±0.94 (P<0.001).", "两组腰椎T值分别为（－2.31±1.02）和（－1.56±0.94）（P＜0.001）。"],
    ["Osteopenia was defined as a T-score of −1.0 to −2.5.", "骨量减少定义为T值－2.5～－1.0。"],
    // Means ± SD with a percent sign after each; group sizes in brackets one apart.
    ["The asymmetry index fell from 18.6%±9.4% to 7.3%±4.1% (P<0.05).", "不对称指数由（18.6±9.4）%降至（7.3±4.1）%（P＜0.05）。"],
    ["Women were assigned to a Tai Chi group (42), a vibration group (43) or a control group (41).", "将女性分为太极拳组（42例）、振动组（43例）和对照组（41例）。"],
    // Teeth by their FDI numbers after the tooth's name; the article before a device named by its size is its 1枚.
    ["The first molars (36/46) were restored in 24 patients.", "24例患者的第一磨牙（36、46）完成修复。"],
    ["The apical root resorption of teeth 11 and 21 was (0.52±0.28) mm and (0.91±0.37) mm.", "11、21牙根尖吸收量分别为（0.52±0.28）mm和（0.91±0.37）mm。"],
    ["A 3.5 mm cortical screw was used in 18 cases.", "18例采用1枚3.5 mm皮质骨螺钉固定。"],
    // A muscle's strength graded out of five is its grade (肌力4级).
    ["Muscle strength was grade 4/5 or better in 21 of 25 patients.", "25例中21例肌力达4级及以上。"],
    ["Muscle strength recovered to MRC grade 4/5 in 18 patients.", "18例肌力恢复至4/5级。"],
    // Capacity and generation with another SI prefix (MW = 万kW, GWh = 万kWh), and square kilometres against hectares.
    ["The wind farm of 198 MW generated 41.2 GWh; ramps above 50 MW were studied.", "该风电场装机容量为19.8万kW，年发电量4120万kWh；研究了超过5万kW的爬坡事件。"],
    ["The reclamation area covers 4.6 km2, in a basin of 94 660 km2.", "吹填区面积为460 hm2，所在流域面积9.466万km2。"],
    // Standards of Chinese industries, their year after an em dash, and ASTM's two-digit editions.
    ["Capacities were 18.2% higher than by the code (TB 10093-2017); parts met ASTM F2924-14.", "承载力比按规范（TB 10093—2017）计算值高18.2%，零件满足ASTM F2924-14标准。"],
    // `by N times` after a verb of change earlier in the sentence is `N倍`; `延长了1倍` is doubled.
    ["Post-grouting increased the capacity by 31.5% and the tip resistance by 1.8-2.4 times.", "后注浆使承载力提高31.5%，端阻力提高1.8～2.4倍。"],
    ["During storage the shelf life was doubled.", "贮藏期间货架期延长了1倍。"],
    // A rate of an index, with no unit, per year against per decade; a bound a verb states on one side only.
    ["The NDVI increased at a rate of 0.0062/a (P<0.01), and exceeded 0.012/a in the north.", "NDVI增速为0.062/10a（P<0.01），北部超过0.12/10a。"],
    // A count like a year before the counter of a dataset's patches (2048块).
    ["The patches were split into 7 120 for training, 1 024 for validation and 2 048 for testing.", "图块划分为训练集7120块、验证集1024块、测试集2048块。"],
    // The initial of any genus after a count is no unit: not the hour of `612 H. pylori`, the kelvin of `35 K. pneumoniae`.
    ["Cultures yielded 612 H. pylori strains (39.2%) and 35 K. pneumoniae isolates.", "培养分离出幽门螺杆菌612株（39.2%）和肺炎克雷伯菌35株。"],
    // A count in a bracket after what it counts, ending its item: no list marker.
    ["Positive swabs came from bed rails (4), ventilator panels (3) and sink drains (2).", "阳性标本主要来自床栏（4份）、呼吸机面板（3份）和水槽下水口（2份）。"],
    ["Gram-positive bacteria accounted for 17.8% (43) and fungi for 9.5% (23).", "革兰阳性菌43株（17.8%），真菌23株（9.5%）。"],
    // An age in days or weeks at the low end of a range over two units.
    ["Children aged 28 days to 18 years were reviewed. Positive rates were highest in dogs aged 6 weeks to 6 months (68.2%).", "回顾性分析28日龄～18岁患儿。6周龄～6月龄犬阳性率最高（68.2%）。"],
    // The confidence level written before every interval in Chinese, once in English.
    ["Septic shock (aOR 5.12, 95% CI 2.93–8.95) and inappropriate therapy (aOR 2.16, 1.24–3.76) were associated with death.", "感染性休克（aOR＝5.12，95%CI：2.93～8.95）和不适当治疗（aOR＝2.16，95%CI：1.24～3.76）与死亡相关。"],
    // A specimen named after the patient it came from counts strains, not patients.
    ["PFGE showed that 8 patient isolates and 9 environmental isolates belonged to the same clone.", "PFGE显示8株患者分离株与9株环境分离株为同一克隆。"],
    // A span of gestational ages, the days raised in Chinese.
    ["The gestational age of the 7 neonates ranged from 27+3 to 33+1 weeks, and their birth weight from 890 g to 1 760 g.", "7例患儿胎龄为27⁺³～33⁺¹周，出生体重890～1 760 g。"],
    // A heart rate per minute: `次/分` is `bpm`.
    ["After 6 months, resting heart rate decreased from 82±9 to 64±8 bpm (target 50-60 bpm).", "治疗6个月后，静息心率由（82±9）次/分降至（64±8）次/分（目标50～60次/分）。"],
    // A duration up to a dose (`every 2 weeks to 7.5 mg`) is no range.
    ["Ivabradine was started at 5 mg twice daily and adjusted every 2 weeks to 7.5 mg or 2.5 mg twice daily.", "伊伐布雷定起始剂量5 mg、每日2次，每2周调整为7.5 mg或2.5 mg、每日2次。"],
    // A hyphen after the name of a difference is a minus, as `－` is; a negative bound glued to `95%CI`.
    ["Bland-Altman analysis showed a mean difference of -6.2 mL (limits of agreement -38.5 to 26.1 mL).", "Bland-Altman分析显示平均差值为－6.2 mL（一致性界限－38.5～26.1 mL）。"],
    ["Death occurred in 41.0% and 43.8% (absolute risk difference −2.85 percentage points, 95% CI −6.75 to 1.05; P=0.15).", "死亡率分别为41.0%和43.8%（绝对风险差－2.85个百分点，95%CI－6.75～1.05，P＝0.15）。"],
    // The body surface area of an eGFR's unit, written once after a list in one version and after each value in the other.
    ["In-hospital mortality in the four groups, ≥90 (n=312), 60-89 (n=458), 30-59 (n=214) and <30 mL·min⁻¹·(1.73 m²)⁻¹ (n=62), was 1.9%, 3.5%, 9.8% and 24.2%.", "≥90 mL·min⁻¹·(1.73 m²)⁻¹组312例，60～89 mL·min⁻¹·(1.73 m²)⁻¹组458例，30～59 mL·min⁻¹·(1.73 m²)⁻¹组214例，＜30 mL·min⁻¹·(1.73 m²)⁻¹组62例，院内病死率分别为1.9%、3.5%、9.8%和24.2%。"],
    // Grades of reperfusion, two types of bleeding, coronary disease by its vessels: names.
    ["We included 132 patients who achieved successful reperfusion (mTICI 2b-3) after thrombectomy.", "纳入取栓后成功再灌注（mTICI 2b～3级）的患者132例。"],
    ["Major bleeding (BARC type 3 or 5) occurred in 1.1% vs 2.5% (HR 0.45; P=0.004).", "大出血（BARC 3或5型）发生率分别为1.1%和2.5%（HR 0.45，P＝0.004）。"],
    ["Patients with types 1 and 2 diabetes were included.", "纳入1型和2型糖尿病患者。"],
    ["632 diabetic patients with three-vessel disease were included, 301 treated with CABG and 331 with PCI.", "纳入632例糖尿病合并三支病变患者，其中CABG组301例，PCI组331例。"],
    // `per year` is `每增加1岁`.
    ["Independent risk factors included age (OR 1.03 per year) and CPB time >120 min (OR 1.87).", "独立危险因素包括年龄（每增加1岁OR＝1.03）及体外循环时间＞120 min（OR＝1.87）。"],
    // A dose in ten thousands glued to its enzyme.
    ["Urokinase 20,000-50,000 U was injected into the hematoma cavity every 12 h.", "每12 h向血肿腔内注入尿激酶2万～5万U。"],
    // A count whose own clause gives its share restates the share's denominator.
    ["Among 212 patients who underwent surgery, mortality was 11.8% (25/212), versus 44.2% (38/86) for those treated conservatively.", "手术治疗的212例病死率为11.8%（25/212），保守治疗的86例为44.2%（38/86）。"],
    // An interval's level repeated before each interval in one version, written once in the other.
    ["The hazard ratio for intubation was 0.75 (95% CI 0.62-0.91) and for mortality 0.87 (0.68-1.11).", "气管插管的HR为0.75（95%CI 0.62～0.91），死亡的HR为0.87（95%CI 0.68～1.11）。"],
    // Kinds of dose are the doses English counts (`three doses` = `3种剂量`).
    ["To compare three doses of intrathecal hyperbaric ropivacaine for caesarean delivery.", "比较3种剂量重比重罗哌卡因用于剖宫产腰麻的效果。"],
    // A list of values each in brackets (`(6.8±2.1), (5.2±1.7) and (4.5±1.4) min`) implies the `3组` it lists.
    ["The time to a T6 block was (6.8±2.1), (5.2±1.7) and (4.5±1.4) min (F=22.52, P<0.001).", "3组感觉阻滞达T6的时间分别为（6.8±2.1）、（5.2±1.7）和（4.5±1.4）min（F＝22.52，P＜0.001）。"],
    // The study's groups named again by their count (`3组新生儿结局相似`) after the count was stated once.
    ["Parturients received 12 mg, 15 mg or 18 mg of ropivacaine (50 per group). Neonatal outcomes were similar.", "产妇随机分为3组，分别给予罗哌卡因12、15、18 mg，每组50例。3组新生儿结局相似。"],
    // An effect per unit of a measure (`per ng/mL`) is `每增加1 ng/mL`, as `per year` is `每增加1岁`.
    ["Age (OR=0.78 per year) and AMH (OR=1.56 per ng/mL, 95% CI 1.28–1.90) predicted live birth.", "年龄（每增加1岁OR＝0.78）和AMH（每增加1 ng/mL OR＝1.56，95%CI：1.28～1.90）可预测活产。"],
    // A bound that names its group (`＜30周组`), said again where English writes `the earlier group`.
    ["Women diagnosed before 30 weeks (n=43) and at 30 weeks or later (n=41) were compared. Perinatal mortality was 48.8% (21/43) in the earlier group and 22.0% (9/41) in the later group.", "按诊断孕周分为＜30周组（n＝43）和≥30周组（n＝41）。＜30周组围产儿病死率为48.8%（21/43），≥30周组为22.0%（9/41）。"],
    // `312 consecutive patients` counts patients: the cohort, never the 17 of a later sentence.
    ["From 2016 to 2022, 312 consecutive patients underwent laparoscopic pancreaticoduodenectomy. Haemorrhage occurred in 17 patients (5.4%), and 11 patients underwent reoperation. The R0 resection rate was 94.2% (228/242).", "2016—2022年连续312例患者行腹腔镜胰十二指肠切除术。术后出血17例（5.4%），再手术11例。R0切除率为94.2%（228/242）。"],
    // Persons named by the decade of their age: `octogenarians` are `80岁以上`.
    ["Conclusion: In octogenarians, laparoscopic colectomy reduces complications with similar long-term survival.", "结论：对于80岁以上高龄患者，腹腔镜结肠切除术可减少并发症，远期生存相似。"],
    // A karyotype's lost chromosome is a name; residual disease as a negative power of ten is its percentage; a hyphen after a T-score's name is a minus.
    ["The karyotype was complex in 12 patients, with −7/del(7q) in 5 and 47,XY,+8 in 3.", "复杂核型12例，其中−7/del(7q) 5例，47,XY,+8 3例。"],
    ["Pre-transplant MRD was <0.01% in 71 patients, 0.01%-0.1% in 26 and ≥0.1% in 15; MRD ≥0.01% predicted relapse.", "移植前MRD＜10⁻⁴者71例，10⁻⁴～10⁻³者26例，≥1×10⁻³者15例；MRD≥10⁻⁴预测复发。"],
    ["The lumbar T-score was -3.1±0.5 and the femoral neck T-score -2.6±0.6.", "腰椎T值为－3.1±0.5，股骨颈T值为－2.6±0.6。"],
    // An acronym that opens with a standard's letters before a count; inpatients are the cohort's patients.
    ["Of the 46 patients, 29 had LGD and 17 had HGD.", "46例中LGD 29例，HGD 17例。"],
    ["The data of 486 inpatients with DFU were analysed. Peripheral artery disease was present in 271 patients (55.8%), and healing was achieved in 338 patients (69.5%).", "分析486例住院DFU患者资料。合并外周动脉疾病271例（55.8%），愈合338例（69.5%）。"],
    // A period as year-month at both ends of a dash.
    ["The data of 83 adults treated from 2015-01 to 2021-12 were reviewed.", "回顾2015-01—2021-12收治的83例成人患者资料。"],
    // Text from PDFs: `from` and `of` glued to the word before them, a grouped number glued to its word.
    ["Kernel number per ear fellfrom 612 to 438, and grasses droppedfrom 38% to14%.", "穗粒数由612粒降至438粒，禾草类由38%降至14%。"],
    ["PV+ neurons had a resting membrane potentialof −68.4±3.2 mV.", "PV+神经元静息膜电位为(-68.4±3.2) mV。"],
    ["Seed yield averaged2 856 kg/hm2, of which1 127 were up-regulated.", "籽粒产量平均为2856 kg/hm2，其中上调1127个。"],
    // A flattened power of ten before a volume is 亿m3; a yield per 667 m² is per mu.
    ["Mean annual runoff was 532.8×108 m3, and storage rose by 158×108 m3.", "多年平均径流量为532.8亿m3，蓄水量增加158亿m3。"],
    ["The check variety yielded 42.8 t/ha, and the best 11 236 kg/hm2 (749 kg/667m2).", "对照品种产量为2853 kg/667m2，最高为11 236 kg/hm2（749 kg/667m2）。"],
    // Calendar months across the new year in Chinese (7—6月, July to June) fall without being out of order.
    ["We reconstructed the July-June mean temperature.", "据此重建了7—6月平均气温。"],
    ["Winter lasts from November to March.", "冬季为11～3月。"],
    // A multiple before a `that` glued to the next word by a PDF.
    ["Soil water depletion under W1 reached 142mm, 2.3 times thatunder W3.", "W1处理土壤耗水量达142 mm，为W3的2.3倍。"],
    // An event named by its month and day in quotation marks.
    ["The 'July 20' extreme rainstorm of 2021 in Zhengzhou produced 201.9 mm in one hour.", "2021年郑州“7·20”特大暴雨最大小时雨强达201.9 mm。"],
    // An earthquake's magnitude glued to its scale in Chinese.
    ["On 5 September 2022, an Ms 6.8 earthquake struck Luding, with a moment magnitude of Mw 6.6.", "2022年9月5日，泸定发生Ms6.8地震，矩震级为Mw6.6。"],
    // A carbon stock in megagrams of carbon per hectare is in tonnes per hectare.
    ["Carbon storage rose from 89.6 Mg C/ha to 271.3 Mg C/ha.", "碳储量由89.6 t/hm2增至271.3 t/hm2。"],
    // Two decades of one century with 世纪 and 年代 written once.
    ["North China became drier in the 1980s-1990s than in the 1960s–1970s.", "华北地区20世纪80—90年代较20世纪60—70年代偏干。"],
    // A span of gestational ages whose far or near end alone has days, written out in one version and raised in the other.
    ["Preterm infants born at 26 weeks to 31 weeks and 6 days, or at 28 weeks and 1 day to 32 weeks, were randomised.", "将胎龄26～31⁺⁶周或28⁺¹～32周的早产儿随机分组。"],
    // A percentile rank written out in one version and only as its symbol (P97, a name) in the other.
    ["The proportion of children with BMI above the 97th percentile doubled.", "BMI＞P97的儿童比例翻了一番。"],
    ["Percentiles (P5, P10, P50, P90, P95) were calculated.", "计算第5、10、50、90、95百分位数（P5、P10、P50、P90、P95）。"],
    ["Weight below P10 at discharge defined growth restriction.", "出院时体重低于第10百分位定义为生长受限。"],
    // Falls counted after `fell`: times, not a multiple.
    ["Of the fallers, 133 (14.6%) fell more than once.", "跌倒者中133例（14.6%）跌倒1次以上。"],
    // An age by its birthday.
    ["Roughly one in four infants is iron deficient by their first birthday.", "约四分之一的婴儿在1岁时存在铁缺乏。"],
    ["Stunting was assessed before the 5th birthday.", "于5岁前评估生长迟缓。"],
    // Pairs of a patient and a carer, counted in 组.
    ["A total of 120 children with asthma and their parents were divided into an observation group and a control group of 60 each.", "选取哮喘患儿及其家长120组，分为观察组和对照组，各60组。"],
    // A second span of months with the year written once, in the first.
    ["Parents of infants discharged from January to June 2022 formed the control group and those discharged from July to December 2022 the intervention group.", "将2022年1—6月出院的婴儿家长作为对照组，7—12月出院的作为干预组。"],
    // `the other` of two, 另1个.
    ["Older adults in one community formed the intervention group (n=43) and those in the other the control group (n=41).", "将其中1个社区的43名老年人作为干预组，另1个社区的41名作为对照组。"],
    // Units of imaging: `120 kVp` is a tube voltage, not the size of a group the brackets split; `mSv` an effective dose.
    ["From March to August 2022, 160 patients were randomly assigned to standard-dose scanning (120 kVp; n=80) or low-dose scanning (100 kVp; n=80). The effective dose was 4.01 mSv and 1.08 mSv.", "2022年3—8月，将160例患者随机分为标准剂量组（120 kVp，80例）和低剂量组（100 kVp，80例）。有效剂量分别为4.01 mSv和1.08 mSv。"],
    // Activity in becquerels or curies, converted: 370 MBq is 10 mCi.
    ["Patients received a fixed activity of 370 MBq.", "患者给予固定活度10 mCi。"],
    // Star alleles (`*1/*3`) are names: their digits count nothing, and the `1型` of `*1/*1型` names no type.
    ["Twenty-four recipients were CYP3A5*1/*1, 98 were *1/*3 and 123 were *3/*3.", "CYP3A5*1/*1型24例，*1/*3型98例，*3/*3型123例。"],
    // A power of ten scales a range's near end at most its mantissa (`0.05-400.00×10^9/L`), and not one above it outside a change (`10～1.0×10⁹`).
    ["The assay was linear from 10 to 1.0 × 10^9 IU/mL, and the WBC count from 0.05-400.00×10^9/L.", "线性范围为10～1.0×10⁹ IU/mL，WBC为（0.05～400.00）×10⁹/L。"],
    // How two units convert, as a note (`1 IU＝5.82拷贝`) or as a rate of one per the other (`5.82 copies per IU`): a definition.
    ["Using 5.82 copies per IU, the LoD corresponds to 50 copies/mL.", "按1 IU＝5.82拷贝换算，LoD相当于50拷贝/mL。"],
    // A cooperative group's trial by its protocol number (`RTOG 90-05`) is a name, no range from 90 to 5.
    ["The marginal doses were 24, 18 and 15 Gy according to RTOG 90-05.", "按RTOG 90-05标准，周边剂量分别为24、18和15 Gy。"],
    // All three Child-Pugh classes in a list, with commas in English and 、 in Chinese.
    ["Six subjects each with Child-Pugh A, B and C cirrhosis were enrolled.", "入组Child-Pugh A、B、C级肝硬化受试者各6例。"],
    // The schedules listed and then their doses (`分别相当于…42.6 Gy和45.3 Gy`) against each schedule with its dose: no list reversed, as another dose stands between.
    ["Assuming α/β=3 Gy for late effects, 26 Gy/5 f is equivalent to 42.6 Gy and 40 Gy/15 f to 45.3 Gy in 2-Gy fractions.", "以晚反应组织α/β＝3 Gy计算，26 Gy/5次和40 Gy/15次分别相当于2 Gy分次的42.6 Gy和45.3 Gy。"],
    // Vitamin D's metabolites by their hydroxyl locants (`3-差向-25(OH)D3`): no minus 25.
    ["The 3-epi-25(OH)D3 accounted for 4.2% of total 25(OH)D on average.", "3-差向-25(OH)D3平均占总25(OH)D的4.2%。"],
    // A bare Chinese number before a word (`3级肝毒性`) is a grade, never a part of the patients in brackets.
    ["Two of six patients at 480 mg had dose-limiting toxicities (grade 3 hepatotoxicity and grade 4 neutropenia).", "480 mg剂量组6例中2例发生剂量限制性毒性（3级肝毒性和4级中性粒细胞减少）。"],
    // A change per unit of what is measured (`per kg of weight`) is `每增加1 kg`.
    ["The central volume (9.8 L) increased by 0.05 L per kg of weight.", "中央室分布容积（9.8 L）随体重每增加1 kg增加0.05 L。"],
    // A vaccine's valency: `9-valent` is 九价, `quadrivalent` 四价 or 4价.
    ["Girls received the 9-valent HPV vaccine; adults received the quadrivalent influenza vaccine.", "女孩接种九价HPV疫苗；成人接种4价流感疫苗。"],
    // The one thing a rate or a cost is per, which English leaves unsaid: `per averted death` is 每避免1例死亡.
    ["The cost per averted death was 9.87 million yuan; the ICER was ¥56 214 per QALY gained.", "每避免1例死亡的成本为987万元；每获得1个QALY的增量成本为56 214元。"],
    ["Each additional serving per day increased the odds by 11%.", "每天每多摄入1份，风险增加11%。"],
    // A rate's unit as a fraction of one: `1/10万` is `per 100 000`.
    ["Incidence was expressed per 100 000 population.", "发病率以1/10万表示。"],
    // A count of things after an acronym that opens with a standard's letters: `GBD 21个地区`, no standard.
    ["The decline was the largest among the 21 GBD regions.", "在GBD 21个地区中降幅最大。"],
    // An outbreak's confirmed cases are no cohort that later counts of the exposed or the vaccinated exceed.
    ["Between 4 February and 22 March 2019, 21 measles cases were confirmed. The attack rate among exposed patients was 8.5% (11/129). An emergency campaign reached 2 346 people.", "2019年2月4日至3月22日共确诊麻疹病例21例。暴露患者罹患率为8.5%（11/129）。应急接种覆盖2 346人。"],
    // A span of dates writes its year once, after the far end in English and before the near end in Chinese.
    ["Cases reported between December 5 and January 10, 2023 were analysed.", "分析2022年12月5日至2023年1月10日报告的病例。"],
    ["Cases reported between March 1 and April 30, 2022 were analysed.", "分析2022年3月1日至4月30日报告的病例。"],
    // A score the patients had, its word before a verb, and the levels of its list after it: no shares of 21 or 14.
    ["Thirty-eight patients were reviewed. The R.E.N.A.L. score was 10 in 21 patients, 11 in 14 and 12 in 3.", "回顾性分析38例患者。R.E.N.A.L.评分10分21例、11分14例、12分3例。"],
    // A list of three Roman stages, the counter written once after the last in Chinese.
    ["The median OS of patients with ISS stage I, II and III was not reached, 72.6 months and 45.3 months, respectively.", "ISS Ⅰ、Ⅱ、Ⅲ期患者的中位OS分别为未达到、72.6个月和45.3个月。"],
    // A lettered stage's span, 期 after each end in Chinese, the word for a stage once or twice in English.
    ["The trial enrolled 360 patients with stage IIIB or IV squamous NSCLC.", "该试验纳入360例ⅢB期或Ⅳ期鳞状NSCLC患者。"],
    // A lettered stage's span, the word for a stage written twice in English.
    ["The trial enrolled 360 patients with stage IIIB or stage IV squamous NSCLC.", "该试验纳入360例ⅢB期或Ⅳ期鳞状NSCLC患者。"],
    // The persons an earlier sentence counted, named again in words by the noun their clause named them by; the other version names them without the count.
    ["Two radiologists with 5 and 12 years of experience independently assigned LI-RADS categories. The interobserver agreement was good (κ=0.78).", "由2名分别具有5年和12年经验的放射科医师独立进行LI-RADS分类。两名医师分类的一致性良好（κ=0.78）。"],
    // The same in English: the two radiologists named again, the Chinese naming them without the count.
    ["Two radiologists with 5 and 12 years of experience independently assigned LI-RADS categories. The two radiologists agreed well (κ=0.78).", "由2名分别具有5年和12年经验的放射科医师独立进行LI-RADS分类。医师间一致性良好（κ=0.78）。"],
    // A total an earlier sentence stated, said again as the whole its sentence breaks down, whose counts after it add up to it; the other version breaks it down without it.
    ["Between January 2020 and December 2022, 203 focal liver lesions in 185 patients were examined with CEUS. The reference standard was histopathology. Results: There were 152 HCCs, 21 other malignancies and 30 benign lesions.", "2020年1月至2022年12月，对185例患者的203个肝脏局灶性病变行CEUS检查。以组织病理学为参考标准。结果 203个病灶中，HCC 152个，其他恶性肿瘤21个，良性病变30个。"],
    // A number word of ten or more is as exact as digits: stated in digits over there, or by the numerals of a name.
    ["Sixteen CWS providers (twelve counselors and four supervisors) were interviewed.", "16位CWS供应者（12位咨询师和4位管理者）接受了采访。"],
    ["One hundred and thirty-one studies were included.", "共纳入131项研究。"],
    ["Prescriptions violating the eighteen incompatibilities and nineteen mutual restraints numbered 28.", "违反“十八反”“十九畏”配伍禁忌的处方28张。"],
    ["About twenty patients and more than ten centres took part.", "约二十名患者、十余个中心参加。"],
    // A round ten thousand is a scale: `ten thousand yuan` is `万元`.
    ["Costs were (1.86±0.32) vs (2.45±0.41) ten thousand yuan.", "费用为（1.86±0.32）万元比（2.45±0.41）万元。"],
    // A bare count beside a count of groups linked to its counterpart.
    ["The incisions of both groups healed after two stage operations.", "两组两期手术切口均Ⅰ期愈合。"],
    // A rate's base in brackets after each value (`DDDs/（100人·d）`), written once in English.
    ["The antibacterial use density fell from 46.8 to 38.2 DDDs per 100 patient-days.", "抗菌药物使用强度由46.8 DDDs/（100人·d）降至38.2 DDDs/（100人·d）。"],
    // A range's near end with a Latin symbol of days (`28 d～14岁`): one range from 28 days, as `28 days to 14 years`.
    ["We reviewed 1 200 medical orders of children aged 28 days to 14 years.", "回顾分析儿科出院患儿（28 d～14岁）的医嘱1 200份。"],
    ["Samples were taken 12-24 h after dosing.", "于给药后12 h～24 h采样。"],
    // A multiple's parallel with decimals (`and 0.82 times in`) is 0.82倍.
    ["Hippocampal BDNF mRNA was 0.46 times the control level in model rats and 0.82 times in the high-dose group.", "模型组海马BDNF mRNA表达为对照组的0.46倍，高剂量组为0.82倍。"],
  ];
  const flaggedForms: [string, string, string][] = [
    ["Concentrations ranged from 12 to 86 × 10-8 mol/L.", "浓度范围为(12～68)×10-8 mol/L。", "pair-number-mismatch zh «(12～68)×10-8»"],
    // The exact value in brackets changed; a rank of another number; a label's number that is no rank.
    ["A total of 10,386 doses were administered.", "共接种1万余次（12 386次）。", "pair-number-missing en «10,386» ; pair-number-missing zh «12 386次»"],
    ["Mandarin tone 3 was the most difficult, with an accuracy of 62.5%.", "普通话第二声最难，正确率为62.5%。", "pair-number-missing en «3»"],
    ["People older than 8 years require 1 dose.", "第二，≥9岁者仅需接种2剂次。", "pair-number-missing en «1» ; pair-number-missing zh «2剂»"],
    // The same count of times in another period.
    ["Electroacupuncture was given for 30 minutes twice a day.", "电针每次30分钟，每周2次。", "pair-number-mismatch zh «2次»"],
    ["Auricular points were pressed 3 to 5 times a day.", "每周按压耳穴3～5次。", "pair-number-mismatch zh «3～5次»"],
    ["Fluoxetine 20 mg once daily was given.", "氟西汀20 mg，1次/周。", "pair-number-mismatch zh «1次»"],
    ["Lead reached 5.2 ppm and cadmium 0.35 ppm in 12 samples; the limit of 5 ppm was exceeded, and arsenic was 12 ppb.", "12份样品中铅达5.7×10⁻⁶，镉达0.35 mg/kg；超过了5×10⁻⁶的限值，砷为12 μg/kg。", "pair-number-missing en «5.2» ; pair-number-missing zh «5.7×10⁻⁶»"],
    ["The bacterial counts were 6.0, 7.5 and 9.0×10⁴ CFU/mL in the three groups.", "三组细菌计数分别为6.0×10⁴、5.7×10⁴和9.0×10⁴ CFU/mL。", "pair-number-mismatch zh «5.7×10⁴»"],
    // The millions changed.
    ["We fine-tune the model with LoRA, updating only 4.2M param-\neters (0.06% of the total).", "采用LoRA微调，仅更新240万个参数（占总量的0.06%）。", "pair-number-mismatch zh «240万个参数»"],
    // Such a count changed.
    ["Cracks initiated at the weld toe in 2l specimens and at the weld root in 3.", "12个试件裂纹萌生于焊趾，3个萌生于焊根。", "pair-number-mismatch zh «12»"],
    // A fatigue life's end changed.
    ["Fatigue lives ranged from 1.2×105 to 3.8×106 cycles.", "疲劳寿命为1.2×105～8.3×106次。", "pair-number-mismatch zh «1.2×105～8.3×106次»"],
    // An item of a list that shares its power of ten changed.
    ["Total emissions of SO2,NOx,VOCs and NH3 were 21.6,86.3,112.4 and 74.5×104 t,respectively.", "SO2、NOx、VOCs和NH3排放总量分别为21.6万、68.3万、112.4万和74.5万t。", "pair-number-mismatch zh «68.3万»"],
    // An item of such a list changed.
    ["Emissions of SO2, NOx and NH3 were 31.7,112.4 and 5.2 t, respectively.", "SO2、NOx和NH3排放量分别为31.7、121.4和5.2 t。", "pair-number-mismatch zh «121.4»"],
    // An emission in teragrams changed.
    ["SO2 and NOx emissions were reduced by 1.12 Tg and 0.87 Tg.", "SO2和NOx排放量分别减少112万t和78万t。", "pair-number-mismatch zh «78万t»"],
    // A month of a list changed.
    ["Cases peaked in July and August, which accounted for 71.9% of cases.", "病例集中在7、9月份，占71.9%。", "pair-number-missing zh «9月»"],
    // A ratio to one changed.
    ["Men outnumbered women by 2.8 to 1.", "男女性别比为3.8∶1。", "pair-number-mismatch zh «3.8∶1»"],
    // An age in months changed after the years of a study.
    ["Children aged 6-71 months were enrolled in 2019-2021.", "研究对象为2019—2021年6～72月龄儿童。", "pair-number-mismatch zh «6～72月»"],
    ["The water storage increased by 18.5 km3.", "蓄水量增加158亿m3。", "pair-number-mismatch zh «158亿m3»"],
    ["Tuber yield ranged from 28.5 t/ha to 55.1 t/ha.", "块茎产量为1900～3473 kg/667m2。", "pair-number-missing en «55.1» ; pair-number-missing zh «1900～3473 kg/667m2»"],
    ["Grain yield averaged 5.16, 6.45, 7.32 and 7.41 t/ha, respectively.", "籽粒产量平均分别为344、403、488和494 kg/667m2。", "pair-number-mismatch zh «403»"],
    ["In total, 18 427 individuals were recorded.", "共记录到木本植物18472株。", "pair-number-mismatch zh «18472株»"],
    ["Twelve SD rats (7 males and 5 females) were used.", "SD大鼠12只，雌雄各半。", "pair-number-missing en «7» ; pair-number-missing en «5»"],
    ["The PRP group received 3 injections of 4 ml at 2-week intervals.", "PRP组注射4 ml，每周1次，共3次。", "pair-number-missing en «2»"],
    ["Warming will reach 2.1 °C in 2081–2100 relative to 1995–2014.", "相对于1995—2014年，2081—2099年升温将达2.1 ℃。", "pair-year-mismatch zh «2099»"],
    ["Depression was assessed every 3 months.", "每隔6个月评估1次。", "pair-number-mismatch zh «6个月»"],
    ["Their frequency rose from 0.4 per 1,000 words at age 3 to 2.9 per 1,000 words at age 6.", "其频率由3岁时的每千词0.4个升至6岁时的每千词2.6个。", "pair-number-missing en «2.9» ; pair-number-missing zh «2.6»"],
    ["Pathology showed a Gleason score of 4+4=8 (ISUP grade group 4). MRI showed a lesion (PI-RADS 5).", "病理示Gleason评分4+4=8分（ISUP分级分组5组）。MRI示病灶（PI-RADS 4分）。", "pair-identifier-mismatch zh «5» ; pair-identifier-mismatch zh «4»"],
    ["The average accuracy over 10 trials was 99.42%.", "无噪声时5次试验的平均准确率为99.42%。", "pair-number-mismatch zh «5次试验»"],
    ["Viraemia was detected in 0 of 20 vaccinated ducks and 18 of 20 controls on day 3.", "第3天免疫组21只鸭均未检出病毒血症，对照组20只中18只阳性。", "pair-number-missing en «0 of 20» ; pair-number-missing zh «21»"],
    ["Relapse occurred in 2 of 20 patients.", "20例患者中均无复发。", "pair-number-missing en «2 of 20»"],
    ["Neither variant was found in 200 control alleles.", "200条对照染色体中均未检出这3个变异。", "pair-number-missing zh «3»"],
    ["Haemagglutination titres of liver homogenates reached 2^12.", "肝脏匀浆血凝效价达2¹⁰。", "pair-number-mismatch zh «2¹⁰»"],
    ["The fatigue strength at 106 cycles rose from 340 MPa to 560 MPa.", "10⁷周次疲劳强度由340 MPa提高到560 MPa。", "pair-number-mismatch zh «10⁷周次»"],
    ["Two lytic phages were isolated from sewage. At an MOI of 1 it lysed 27 strains.", "从污水中分离到1株裂解性噬菌体。MOI为1时可裂解27株。", "pair-number-missing zh «1株»"],
    ["RT-PCR confirmed rabbit haemorrhagic disease virus 2 (RHDV2) in 15 rabbits.", "RT-PCR检出兔出血症病毒3型（RHDV2），共15只。", "pair-identifier-mismatch zh «3型»"],
    ["The PHQ-9 is a 9-item questionnaire completed by patients.", "PHQ-9是一种由患者填写的问卷。", "pair-number-missing en «9»"],
    ["Anxiety was measured with the 7-item Generalized Anxiety Disorder scale (GAD-7).", "采用9个条目的广泛性焦虑障碍量表（GAD-7）评估焦虑。", "pair-number-mismatch zh «9»"],
    ["Anxiety was measured with a 12-item scale and the GAD-7.", "采用焦虑量表和GAD-7评估焦虑。", "pair-number-missing en «12»"],
    ["In Experiment 1, 40 students took part; in Experiment 2, 88 students.", "实验一中，40名大学生参加；实验三中，88名大学生参加。", "pair-number-mismatch zh «三»"],
    ["We surveyed 186 students in grade 11.", "我们调查了186名高一学生。", "pair-number-missing en «11»"],
    ["We surveyed 320 eighth graders.", "我们调查了320名初三学生。", "pair-number-mismatch zh «初三»"],
    ["We surveyed 3,852 students. Girls reported symptoms more often than boys, χ²(1, N = 3,852) = 18.92, p < .001.", "共调查3 852名学生。女生检出率高于男生，χ²（1，N＝3 582）＝18.92，P＜0.001。", "pair-number-missing zh «3 582»"],
    ["Girls reported symptoms more often than boys, χ²(1, N = 3,852) = 18.92, p < .001.", "女生检出率高于男生，χ²=18.92，P＜0.001。", "pair-number-missing en «3,852»"],
    ["We fine-tuned a 13B general model with LoRA.", "我们用LoRA微调了一个70亿参数的通用模型。", "pair-number-missing en «13B» ; pair-number-missing zh «70亿参数»"],
    ["In the year 2018, 45 cases were reported.", "2019年共报告45例。", "pair-year-mismatch zh «2019»"],
    ["The sows were immunized 3 times, at 6 and 2 weeks before farrowing.", "母猪于产前6周和2周各免疫1次。", "pair-number-mismatch zh «1次»"],
    ["Rituximab 375 mg/m2 was given weekly for 4 weeks.", "予利妥昔单抗375 mg/m2，每周1次，共5次。", "pair-number-missing en «4» ; pair-number-missing zh «5次»"],
    ["Incidence rose from the second to the fourth year after surgery.", "术后第2至5年发生率升高。", "pair-number-missing zh «2至5年»"],
    ["The lesions were classified into four types.", "病变分为三型。", "pair-number-mismatch zh «三型»"],
    ["Cluster analysis divided the samples into three groups.", "聚类分析将样品聚为4类。", "pair-number-mismatch zh «4类»"],
    ["They were discharged at 39+2 and 41+5 weeks, respectively.", "两者分别于孕39+2周和41+6周出院。", "pair-number-mismatch zh «41+6周»"],
    ["More than 70% of the farmers adopted it.", "71%以上的农户采用了该技术。", "pair-number-mismatch zh «71%»"],
    ["The layer lies below 86 km.", "该层位于87 km以下。", "pair-number-mismatch zh «87 km»"],
    // A dose in the wrong unit prefix is not stated by a percentage of the same number elsewhere.
    ["ER was 90% positive. Epirubicin 90 mg/m2 was given every 3 weeks.", "ER阳性90%。予表柔比星90 μg/m2，每3周1次。", "pair-number-mismatch zh «90 μg/m2»"],
    // Signs of one direction, one strict and one not: the cut-off value falls in another group in each version.
    ["Tumors >2 cm were more frequent in the high-expression group.", "高表达组肿瘤≥2 cm者较多。", "pair-number-mismatch zh «2 cm»"],
    ["The model approached models ten times its size.", "该模型接近参数量为其8倍的模型。", "pair-number-mismatch zh «8倍»"],
    ["Net income was 38 460 yuan/ha.", "纯收入为2 664元/亩。", "pair-number-mismatch zh «2 664元/亩»"],
    ["The rice yield was 7.92 t/ha.", "水稻产量为582 kg/亩。", "pair-number-mismatch zh «582 kg/亩»"],
    ["Farms of more than 3.33 ha earned more.", "30亩以上农户的收入更高。", "pair-number-mismatch zh «30亩»"],
    ["Follow-up lasted 1 year. Households with hospitalization in the past month (OR=3.47) were more likely to incur CHE.", "随访1年。过去1年有住院的家庭（OR=3.47）更易发生CHE。", "pair-number-missing zh «1年»"],
    ["Human herpesvirus 6 was detected in 12 patients.", "12例患者检出人类疱疹病毒7型。", "pair-identifier-mismatch zh «7型»"],
    // A rate that differs stays reported: once in 4 months is not twice a year.
    ["Patients were followed up every 4 months.", "患者每年随访2次。", "pair-number-missing en «4» ; pair-number-missing zh «2次»"],
    ["Patients were followed up every 6 months.", "患者每年随访3次。", "pair-number-missing en «6» ; pair-number-missing zh «3次»"],
    ["Warming was faster above 3 000 m than below 1 000 m.", "海拔3000 m以上站点的增温速率高于1500 m以下站点。", "pair-number-mismatch zh «1500 m»"],
    ["Using Landsat images of 1990，2000，2010 and 2020，we mapped rocky desertification.", "利用1990、2000、2010和2020年5期Landsat影像对石漠化进行制图。", "pair-number-missing zh «5»"],
    ["Each additional hour of phone contact was associated with a 7% lower risk.", "电话联系每增加2 h，风险降低7%。", "pair-number-missing zh «2 h»"],
    ["Forest and grassland increased by 1 268 km2 and 2 035 km2.", "林地和草地分别增加了1268 km2和2053 km2。", "pair-number-mismatch zh «2053 km2»"],
    ["A total of 37 associations (P＜10-4) were detected with the 55K SNP array.", "利用35K SNP芯片共检测到37个显著关联位点（P＜10-4）。", "pair-number-missing en «55K» ; pair-number-missing zh «35K»"],
    ["The over-standard rate of Cd reached87.2%.", "Cd超标率达82.7%。", "pair-number-mismatch zh «82.7%»"],
    ["Temperature and precipitation explained68% and21% of the variation, respectively.", "气温和降水分别解释了68%和12%的变异。", "pair-number-mismatch zh «12%»"],
    ["Each plot had no less than 5 quadrats.", "每个样地少于5个样方。", "pair-number-mismatch zh «5»"],
    ["Cd exceeded the limit in 41 of 60 paired samples.", "60对配对样品中有47个Cd超标。", "pair-number-mismatch zh «60对配对样品中有47个»"],
    ["We obtained 8 230Th dates.", "共获得9个230Th年龄。", "pair-number-mismatch zh «9»"],
    ["Blood loss rose, as did the anhepatic phase 52.7±13.8 min.", "失血量增加，无肝期（57.2±13.8）min。", "pair-number-mismatch zh «57.2»"],
    ["FiO2 above 40% in the first week was recorded in 30 infants.", "30例患儿生后2周内吸入氧浓度>40%。", "pair-number-mismatch zh «2周»"],
    ["Under-5 mortality fell by 20% in 10 provinces.", "10个省的3岁以下儿童死亡率下降了20%。", "pair-number-mismatch zh «3岁»"],
    ["Patients seen between January 2015 and December 2019 were included.", "納入民國104年1月至108年11月就診的病人。", "pair-number-mismatch zh «108年11月»"],
    ["30% of the patients smoked.", "四成患者吸菸。", "pair-number-missing en «30%»"],
    ["We performed a 6-to-12-month follow-up in 40 patients.", "40例患者随访6～18个月。", "pair-number-mismatch zh «6～18个月»"],
    ["Capecitabine was given on d1-14 of each 21-day cycle.", "卡培他滨于每21天周期的第1～10天给药。", "pair-number-mismatch zh «1～10天»"],
    ["Patients received sintilimab (200 mg, d1) every 21 days.", "患者接受信迪利单抗（200 mg，第8天）治疗，每21天1次。", "pair-number-mismatch zh «8天»"],
    ["patients with class ii to iv heart failure were enrolled (n=120).", "纳入120例心功能iii～iv级的心力衰竭患者。", "pair-number-mismatch zh «iii～iv»"],
    ["Clavien-Dindo grade ≥III complications occurred in 12 patients.", "12例患者发生Clavien-Dindo ≥Ⅱ级并发症。", "pair-number-mismatch zh «Ⅱ»"],
    ["It rose from 12.4% in women aged <25 years to 31.8% in women aged ≥35 years.", "由<25岁的12.4%升至≥35岁的38.1%。", "pair-number-mismatch zh «38.1%»"],
    ["The rate rose from 1.02% in grade one to 7.35% in grade three.", "该率由初一的1.02%升至初三的7.53%。", "pair-number-mismatch zh «7.53%»"],
    ["The control group was given normal saline.", "对照组给予0.8%氯化钠注射液。", "pair-number-missing zh «0.8%»"],
    ["Of the 45 children, 38 completed follow-up, and 31 of the 38 (81.6%) achieved remission.", "45例患儿中36例完成随访，其中31例（81.6%）获得缓解。", "pair-number-missing en «31 of the 38» ; pair-number-mismatch zh «45例患儿中36例»"],
    ["The control group was given 0.45% sodium chloride solution.", "对照组给予生理盐水。", "pair-number-missing en «0.45%»"],
    ["The Kellgren-Lawrence grade was II-III in 40 knees.", "40膝Kellgren-Lawrence分级为Ⅲ～Ⅳ级。", "pair-number-mismatch zh «Ⅲ～Ⅳ»"],
    ["Patients received 2.5 mg/(kg·d) for 7 days.", "患者接受2.5 mg·kg-1·h-1治疗7 d。", "pair-number-mismatch zh «2.5 mg·kg-1·h-1»"],
    ["Three batches of samples were tested.", "检测了四批样品。", "pair-number-mismatch zh «四批»"],
    ["The mortality rate decreased from 6.23 per 100,000 to 4.96 per 100,000.", "死亡率由6.23/10万降至4.69/10万。", "pair-number-mismatch zh «4.69»"],
    ["A total of 3012 infants underwent randomization: 2009 to the antibody group and 1003 to the placebo group.", "共3,012例婴儿接受随机分组：抗体组2,090例，安慰剂组1,003例。", "pair-number-missing en «2009» ; pair-number-missing zh «2,090例»"],
    ["Mice were divided into five groups (n=8): control, metformin (250 mg/kg), cisplatin (3 mg/kg) and combination.", "小鼠分为对照组、二甲双胍组（250 mg/kg）、顺铂组（3 mg/kg）和联合组，每组8只。", "pair-number-missing en «five»"],
    ["Rats were divided into 6 groups: normal, model, low, medium and high dose groups (n=10).", "大鼠分为正常组、模型组及低、中、高剂量组，每组10只。", "pair-number-missing en «6»"],
    ["Two strains were isolated.", "分离出三株菌。", "pair-number-mismatch zh «三株»"],
    ["Two tablets were taken daily.", "每日服用三片。", "pair-number-mismatch zh «三片»"],
    ["Samples were calcined at 300,500 and 700 ℃ for 2 h.", "样品分别在300、600和700 ℃煅烧2 h。", "pair-number-missing en «300,500» ; pair-number-missing zh «300» ; pair-number-missing zh «600»"],
    // A flattened power before a volume is a power (156×10⁸ m³), and 156×10⁸ is not 16.5×10^9.
    ["Mean annual runoff was 26.3×10^9 m3 before and 16.5×10^9 m3 after the change.", "突变前后多年平均径流量分别为263×108 m3和156×108 m3。", "pair-number-mismatch zh «156×108 m3»"],
    // A group size the total does not split into: stated by neither the 1:1 nor the total; an unequal allocation is no equal groups.
    ["One hundred patients were randomised 1:1 by a random number table.", "将100例患者按随机数字表法分为干预组和对照组，各55例。", "pair-number-missing zh «55例»"],
    ["Patients were randomized 2:1.", "将患者随机分为两组，各50例。", "pair-number-missing en «2:1» ; pair-number-missing zh «50例»"],
    ["Floods peaked in the 17th century, when the decadal frequency reached 78.", "洪涝在17世纪最为频繁，20年频次最高达78次。", "pair-number-missing zh «20年»"],
    ["Temperature rose at 0.3 °C decade-1.", "气温升高速率为0.3 ℃·(20 a)-1。", "pair-number-missing zh «20»"],
    ["Temperature rose at 0.04 °C per year.", "气温升高速率为0.3 ℃/10 a。", "pair-number-mismatch zh «0.3 ℃» ; pair-number-missing zh «10»"],
    ["Forty-eight children aged 3;0-5;11 and 12 adults produced 96 words.", "48名3;0～4;11岁儿童和12名成人产出了96个词。", "pair-number-mismatch zh «3;0～4;11岁»"],
    ["The prevalence was 1 in 1,000 births.", "患病率为2‰。", "pair-number-missing en «1 in 1,000» ; pair-number-missing zh «2‰»"],
    ["Blood was drawn at 8 am and 4 p.m.", "于9:00和16:00采血。", "pair-number-mismatch zh «9:00»"],
    ["The prevalence was 0.5%.", "患病率为千分之三。", "pair-number-missing en «0.5%»"],
    ["The content was not less than 9.0%.", "含量不得高于9.0%。", "pair-number-mismatch zh «9.0%»"],
    ["blaKPC-2 was detected in 104 isolates (82.5%).", "检出blaKPC-2 105株（82.5%）。", "pair-number-mismatch zh «105株»"],
    ["GPX4 decreased to 0.41 times.", "GPX4降至0.47倍。", "pair-number-mismatch zh «0.47倍»"],
    ["The broth (diluted 50 times) was sprayed on 20 plants.", "发酵液稀释60倍后喷施20株植物。", "pair-number-mismatch zh «60倍»"],
    ["Samples were collected in Hubei, Jiangsu and Henan provinces.", "样品采自湖北、江苏、河南4省。", "pair-number-missing zh «4»"],
    ["The MIC decreased to 0.125 μg·mL⁻¹.", "MIC降至0.25 mg/L。", "pair-number-mismatch zh «0.25 mg/L»"],
    ["A 1.5 kb fragment was amplified.", "扩增得到1 800 bp片段。", "pair-number-mismatch zh «1 800 bp»"],
    ["Kunming mice (license No. SCXK (Xiang) 2019-0004) were used.", "采用昆明小鼠（许可证号SCXK（湘）2019-0005）。", "pair-identifier-mismatch zh «SCXK（湘）2019-0005»"],
    ["The gene (GenBank accession No. OQ123456) was cloned.", "克隆该基因（GenBank登录号OQ123465）。", "pair-identifier-mismatch zh «OQ123465»"],
    ["The commonest mutation was IVS-II-654 (n=11).", "最常见的突变为IVS-Ⅱ-645（11例）。", "pair-identifier-mismatch zh «IVS-Ⅱ-645»"],
    ["The commonest mutation was -28 (A>G) (n=9).", "最常见的突变为-29（A>G）（9例）。", "pair-identifier-mismatch zh «-29（A>G）»"],
    ["Scores fell in group A (-28) and rose in group B (+3).", "A组评分下降（-26），B组升高（+3）。", "pair-number-mismatch zh «-26»"],
    ["Seven-day monitoring triples the detection rate of 24-hour monitoring.", "7 d监测的检出率为24 h监测的4倍。", "pair-number-mismatch zh «4倍»"],
    ["Nearly one in three of these women had had a fragility fracture.", "近1/4的患者曾发生脆性骨折。", "pair-number-mismatch zh «1/4»"],
    ["Thirty-six patients with resistant hypertension were treated. Office blood pressure was 168±14/98±10 mmHg.", "36例难治性高血压患者接受治疗。诊室血压为（168±14）/（98±12）mmHg。", "pair-number-mismatch zh «12»"],
    ["BARC type 3-5 bleeding occurred in 4.9% vs 1.7%.", "BARC 2～5型出血分别为4.9%和1.7%。", "pair-identifier-mismatch zh «2～5型»"],
    ["We compared patients aged ≥80 years with those aged <80 years. Of the 1,064 patients, 142 were octogenarians and 922 were younger.", "比较≥80岁与＜80岁患者。1064例患者中，≥85岁者142例，＜80岁者922例。", "pair-number-missing zh «85岁»"],
    ["DLQI decreased from 15.2±5.1 to 2.3±2.0.", "DLQI由15.2±5.1降至2.8±2.0。", "pair-number-mismatch zh «2.8»"],
    ["The mean logMAR UDVA was −0.05±0.06 and −0.03±0.07, respectively.", "logMAR UDVA平均分别为-0.05±0.06和-0.04±0.07。", "pair-number-mismatch zh «-0.04»"],
    ["A total of 98 children, 54 boys and 44 girls, were randomly divided into two groups, 49 in each.", "选取患儿98例，男54例，女40例，按随机数字表法分为联合组和对照组，各49例。", "pair-number-missing en «44» ; subgroup-sum zh «98例» ; pair-number-missing zh «40例»"],
    ["Of them, 420 were examined. The prevalence of dry eye was 42.4% (178/420 examined subjects).", "对其中420名进行检查。在接受检查的421名受试者中，干眼患病率为42.4%（178/420）。", "pair-number-missing zh «421名»"],
    // A count not named as the group the share is taken among is stated in its own right.
    ["Patients in two groups received 5 mg, and 47.1% (8/17) improved.", "两组17名患者接受5 mg治疗，47.1%（8/17）改善。", "pair-number-missing zh «17名»"],
    ["One dose was taken daily, three times a day, for 8 weeks.", "每日1剂，早晚分服，共8周。", "pair-number-mismatch zh «早晚»"],
    ["A total of 1 260 office workers were surveyed, and 420 of them underwent examinations. Dry eye was diagnosed by consensus. The prevalence of dry eye was 42.4% (178/420 examined subjects).", "对1 260名办公室职员进行调查，并对其中420名进行检查。干眼依据专家共识诊断。在接受检查的421名受试者中，干眼患病率为42.4%（178/420）。", "pair-number-missing zh «421名»"],
    ["The luminosity is 2.3×10^33 erg s^-1.", "光度为2.3×1032 erg·s-1。", "pair-number-mismatch zh «2.3×1032»"],
    ["The instability reached 8×10^-18 after 10^4 s.", "在103 s时不稳定度达到8×10-18。", "pair-number-mismatch zh «103 s»"],
    ["The bias is below 10^-4.", "偏差小于10-5。", "pair-number-mismatch zh «10-5»"],
    ["Trap density fell from 1.86×10^16 cm^-3 to 7.4×10^15 cm^-3.", "缺陷态密度由1.86×1016 cm-3降至7.4×1014 cm-3。", "pair-number-mismatch zh «7.4×1014 cm»"],
    ["Simulations used p = 100, 200 and 500.", "模拟中p＝100、300和500。", "pair-number-mismatch zh «300»"],
    ["Models were implemented in Python 3.8 andPyTorch 1.12.", "模型基于Python 3.8和PyTorch 1.13实现。", "pair-identifier-mismatch zh «PyTorch 1.13»"],
    ["We identify l,852 quasars.", "共证认出1 825个类星体。", "pair-number-mismatch zh «1 825»"],
    ["We evaluate 11 open-source models ranging from 1.8B to 72B parameters; the 7B models averaged 42.3%.", "评测了参数规模从18亿到720亿的11个开源模型，13B模型的平均准确率为42.3%。", "pair-number-mismatch zh «13B»"],
    ["Each essay was scored on a 10-point scale.", "每篇作文按百分制评分。", "pair-number-missing en «10»"],
    ["Anxiety was highest in the second year and lowest in the fourth year.", "三年级学生焦虑水平最高，四年级最低。", "pair-number-mismatch zh «三年级»"],
    ["The effect was larger in the lowest quarter of baseline scores.", "基线成绩处于后1/3的学生效应较大。", "pair-number-mismatch zh «1/3»"],
    ["After four cycles, TC removal was still 88.3%.", "循环使用5次后，TC去除率仍为88.3%。", "pair-number-mismatch zh «5次»"],
    ["Workers who had slept less than 6 hours a day in the past week accounted for 41.3%.", "过去2周每天睡眠不足6 h的人员占41.3%。", "pair-number-missing zh «2周»"],
    ["Cases reported betweenJanuary 20 and February 10, 2020 were collected.", "收集2020年1月21日至2月10日报告的病例。", "pair-number-mismatch zh «2020年1月21日»"],
    ["Patients admitted from January 11 to February 29，2020 were analysed.", "分析2020年1月11日至2月28日收治的患者。", "pair-number-mismatch zh «2月28日»"],
    ["The effective reproduction number fell below 1 onFebruary 2.", "有效再生数于2月3日降至1以下。", "pair-number-mismatch zh «2月3日»"],
    ["Positive rates were higher from December to March (24.7%) than from June to September (10.3%).", "11月至次年3月阳性率（24.7%）高于6—9月（10.3%）。", "pair-number-missing zh «11月»"],
    ["Positive rates were higher from December to March (24.7%) than from June to September (10.3%).", "12月至次年3月阳性率（24.7%）高于6—8月（10.3%）。", "pair-number-missing zh «6—8月»"],
    ["Slaughter increased from 4.25 billion birds in 2000 to 10.62 billion birds in 2020, an increase of 1.5 times.", "出栏量由2000年的42.5亿羽增至2020年的106.2亿羽，增长了2.5倍。", "pair-number-mismatch zh «2.5倍»"],
    ["Guangxi, Guizhou and Guangdong together reported 37.9% of cases.", "广西、贵州和广东4省份报告病例占37.9%。", "pair-number-missing zh «4»"],
    ["Fish were fed five diets for 8 weeks. Each diet was fed to triplicate tanks of 30 fish.", "投喂5种饲料，试验期8周，每组4个重复，每个重复30尾鱼。", "pair-number-mismatch zh «4»"],
    ["From week 40 of 2022 to week 39 of 2023, 186 452 ILI cases were reported.", "2022年第41周至2023年第39周，共报告ILI 186 452例。", "pair-number-mismatch zh «41周»"],
    ["A total of 137 S. aureus isolates were obtained, with an isolation rate of 25.8%.", "共分离金黄色葡萄球菌173株，分离率为25.8%。", "pair-number-missing en «137» ; pair-number-missing zh «173株»"],
    ["The APC was 3.9% in 2004-2007 and 6.8% in 2007-2013.", "2004—2007年APC为3.9%，2007—2013年为-6.8%。", "pair-number-mismatch zh «-6.8%»"],
    ["The use of bid-winning generics rose, and aspirin 100 mg bid was given.", "中选仿制药的使用增加，阿司匹林100 mg每日3次。", "pair-number-mismatch zh «3次»"],
    ["Concerns about medicines (OR=1.09 per point) were a risk factor.", "服药顾虑（每增加2分，OR=1.09）是危险因素。", "pair-number-missing zh «2»"],
    ["The pooled sensitivity and specificity were 0.89 (95% CI, 0.85-0.92) and 0.83 (95% CI, 0.78-0.87), respectively.", "合并灵敏度和特异度分别为89%（95%CI：85%～92%）和83%（95%CI：78%～88%）。", "pair-number-mismatch zh «78%～88%»"],
    ["The pooled sensitivity was 0.89 (95% CI, 0.85-0.92).", "合并灵敏度为89%（95%CI：8.5%～9.2%）。", "interval-estimate zh «89» ; pair-number-mismatch zh «8.5%～9.2%»"],
    ["Costs were 0.55, 0.65 and 0.73 billion yuan.", "费用分别为5.6亿元、6.5亿元和7.3亿元。", "pair-number-mismatch zh «5.6亿»"],
    ["Ninety-six caregivers were randomly assigned to an intervention group (48) or a control group (48).", "将96名照顾者随机分为干预组（48名）和对照组（46名）。", "pair-number-missing en «48» ; subgroup-sum zh «96名» ; pair-number-missing zh «46名»"],
    ["The coefficient -0.126 was significant at the 1% level.", "系数为0.126，在1%的水平上显著。", "pair-number-mismatch zh «0.126»"],
    ["Energy consumption per 1 000 yuan of GDP fell from 1.47 to 0.55 tce.", "万元GDP能耗由1.47 tce降至0.55 tce。", "pair-number-missing en «1 000»"],
    ["The four tones are realized as [31], [53], [44] and [13].", "4个声调的调值分别为[31]、[35]、[44]和[13]。", "pair-number-mismatch zh «35»"],
    ["Based on the fifth, sixth and seventh national population censuses.", "基于第四、六、七次全国人口普查数据。", "pair-number-mismatch zh «第四»"],
    ["Defendants were convicted under Article 266 of the Criminal Law.", "被告人依《刑法》第二百六十七条定罪。", "pair-number-missing en «266»"],
    ["The share rose from 28.6% to 32.9% in the south of the plateau and the central Gobi steppe regions of\n·56·\nMongolia. Dry days fell by 1.2 d per decade.", "极端降水的比例由28.6%升至32.9%；\n·1124·\n持续干旱日数每10年减少2.1 d。", "pair-number-mismatch zh «2.1 d»"],
    ["Rapid syn-rift subsidence lasted from 65 to 24.6 Ma.", "65~26.4 Ma盆地经历了快速裂陷期沉降。", "pair-number-mismatch zh «65~26.4 Ma»"],
    // The article's 3, linked to 第三条, does not excuse the paragraph's 三 from being the changed 2 (thirteenth round).
    ["Paragraph 2 of Article 3 of the amended law has strengthened judicial review.", "修订后该法第三条第三款强化了司法审查。", "pair-number-mismatch zh «三»"],
    // A value glued to the name of the enzyme it measures, in thousands grouped by a space or as a range; a locant after a clause's comma.
    ["Creatine kinase was 12,560 U/L.", "肌酸激酶12 650 U/L。", "pair-number-mismatch zh «12 650 U/L»"],
    ["Lactate dehydrogenase ranged from 865 to 3,420 U/L.", "乳酸脱氢酶856～3 420 U/L。", "pair-number-mismatch zh «856～3 420 U/L»"],
    // Members of a pedigree by generation and place (Ⅱ-3) name, not count.
    ["Of the 23 members, 7 were affected (4 men and 3 women): Ⅰ-2, Ⅱ-2, Ⅱ-4, Ⅲ-3, Ⅲ-5, Ⅲ-8 and Ⅳ-1.", "该家系共23人，患者7例（男4例，女2例），分别为Ⅰ-2、Ⅱ-2、Ⅱ-4、Ⅲ-3、Ⅲ-5、Ⅲ-8和Ⅳ-1。", "subgroup-sum zh «7例» ; pair-number-mismatch zh «2例»"],
    // An age in years and months as an adjective (`2-year-and-5-month-old`) is one age in months, as `2岁5个月` is.
    ["A 2-year-and-5-month-old boy was admitted with fever for 8 days.", "患儿，男，2岁6个月，因发热8 d入院。", "pair-number-mismatch zh «2岁6个月»"],
    // A range whose near end is far below its far one shares the power of ten after it (`5-86 × 10^6/L`).
    ["The cerebrospinal fluid white cell count was 5-86 × 10^6/L.", "脑脊液白细胞计数（6～86）×10^6/L。", "pair-number-mismatch zh «（6～86）×10^6»"],
    // A titer is one to any number (`1:320 to 1:2,560`, `1∶2 560`), no range that runs backwards.
    ["The cryptococcal antigen titer was 1:320 to 1:2,560.", "隐球菌抗原滴度1∶320～1∶1 280。", "pair-number-mismatch zh «1∶1 280»"],
    // `N times as a …` counts times (`4 times as a bridge`); `3 times as high` is a multiple.
    ["Plasma exchange was performed 4 times as a bridge to transplantation.", "行血浆置换5次作为移植前过渡。", "pair-number-mismatch zh «5次»"],
    // `on 3 consecutive days` is `连续3 d`.
    ["Each patient received hemoperfusion for 2 hours a session on 3 consecutive days.", "每例均行血液灌流，每次2 h，连续4 d。", "pair-number-mismatch zh «4 d»"],
    ["The t1/2 was 3.8 h. An L9(3⁴) orthogonal array was used.", "t1/2为4.8 h。采用L9(34)正交试验。", "pair-number-mismatch zh «4.8 h»"],
    ["By-products were 1,4-pentanediol (3.5%) and γ-valerolactone (6.8%).", "副产物为1,4-戊二醇（3.5%）和γ-戊内酯（6.3%）。", "pair-number-mismatch zh «6.3%»"],
    ["Tests were run at 1 173-1 323 K; the optimum was 1 223 K.", "试验温度为900～1 050 ℃；最佳温度为960 ℃。", "pair-number-missing en «1 223» ; pair-number-missing zh «960 ℃»"],
    ["The melt flow index decreased from 12.4 g/10 min to 5.7 g/10 min.", "熔体流动速率由12.4 g/10 min降至5.2 g/10 min。", "pair-number-mismatch zh «5.2 g»"],
    // A spine's motion segment; two types joined; a minus after a comparison; a negative band; a mean ± SD; a group's size.
    ["The involved segments were L3/4 in 9 cases, L4/5 in 45 cases and L5/S1 in 14 cases.", "病变节段：L3/4 9例，L4/5 54例，L5/S1 14例。", "pair-number-mismatch zh «54例»"],
    ["The lumbar T-score was −2.31±1.02 versus −1.56±0.94 (P<0.001).", "两组腰椎T值分别为（－2.31±1.02）和（1.56±0.94）（P＜0.001）。", "pair-number-mismatch zh «1.56»"],
    ["Osteopenia was defined as a T-score of −1.0 to −2.5.", "骨量减少定义为T值－3.5～－1.0。", "pair-number-mismatch zh «－3.5～－1.0»"],
    ["The asymmetry index fell from 18.6%±9.4% to 7.3%±4.1% (P<0.05).", "不对称指数由（18.6±9.4）%降至（7.8±4.1）%（P＜0.05）。", "pair-number-mismatch zh «7.8»"],
    ["Women were assigned to a Tai Chi group (42), a vibration group (43) or a control group (41).", "将女性分为太极拳组（42例）、振动组（42例）和对照组（41例）。", "pair-number-missing en «43» ; pair-number-missing zh «42例»"],
    ["Patients with Crowe type I or II dysplasia underwent THA.", "CroweⅠ型或Ⅲ型髋关节发育不良患者行THA。", "pair-identifier-mismatch zh «Ⅲ型»"],
    ["The first molars (36/46) were restored in 24 patients.", "25例患者的第一磨牙（36、46）完成修复。", "pair-number-mismatch zh «25例»"],
    ["Two 3.5 mm cortical screws were used in 18 cases.", "18例采用1枚3.5 mm皮质骨螺钉固定。", "pair-number-missing zh «1»"],
    ["Muscle strength was grade 4/5 or better in 21 of 25 patients.", "25例中21例肌力达3级及以上。", "pair-number-missing en «4» ; pair-number-missing zh «3»"],
    ["The wind farm has an installed capacity of 198 MW.", "该风电场装机容量为18.9万kW。", "pair-number-mismatch zh «18.9万kW»"],
    ["The reclamation area covers 4.6 km2.", "吹填区面积为640 hm2。", "pair-number-mismatch zh «640 hm2»"],
    ["Capacities were 18.2% higher than by the code (TB 10093-2017).", "承载力比按规范（TB 10093—2005）计算值高18.2%。", "pair-identifier-mismatch zh «TB 10093—2005»"],
    ["Post-grouting increased the capacity by 31.5% and the tip resistance by 1.8-2.4 times.", "后注浆使承载力提高31.5%，端阻力提高1.8～2.6倍。", "pair-number-mismatch zh «1.8～2.6倍»"],
    ["During storage the shelf life was doubled.", "贮藏期间货架期延长了3倍。", "pair-number-mismatch zh «3倍»"],
    ["The NDVI increased at a rate of 0.0062/a (P<0.01).", "NDVI增速为0.065/10a（P<0.01）。", "pair-number-mismatch zh «0.065» ; pair-number-missing zh «10»"],
    ["The patches were split into 7 120 for training, 1 024 for validation and 2 048 for testing.", "图块划分为训练集7120块、验证集1024块、测试集2084块。", "pair-number-mismatch zh «2084»"],
    ["Cultures yielded 612 H. pylori strains (39.2%) and 35 K. pneumoniae isolates.", "培养分离出幽门螺杆菌612株（39.2%）和肺炎克雷伯菌53株。", "pair-number-missing en «35» ; pair-number-missing zh «53株»"],
    ["Positive swabs came from bed rails (4), ventilator panels (3) and sink drains (2).", "阳性标本主要来自床栏（4份）、呼吸机面板（5份）和水槽下水口（2份）。", "pair-number-mismatch zh «5»"],
    ["Gram-positive bacteria accounted for 17.8% (43) and fungi for 9.5% (23).", "革兰阳性菌43株（17.8%），真菌32株（9.5%）。", "pair-number-missing en «23» ; pair-number-missing zh «32株»"],
    ["Children aged 28 days to 18 years were reviewed. Positive rates were highest in dogs aged 6 weeks to 6 months (68.2%).", "回顾性分析28日龄～16岁患儿。6周龄～6月龄犬阳性率最高（68.2%）。", "pair-number-mismatch zh «28日龄～16岁»"],
    ["Rates were 95% and 80% (95% CI 70-88).", "比例分别为95%、95%和80%（95%CI：70～88）。", "pair-number-missing zh «95%»"],
    ["PFGE showed that 8 patient isolates and 9 environmental isolates belonged to the same clone.", "PFGE显示7株患者分离株与9株环境分离株为同一克隆。", "pair-number-mismatch zh «7株»"],
    ["The gestational age of the 7 neonates ranged from 27+3 to 33+1 weeks, and their birth weight from 890 g to 1 760 g.", "7例患儿胎龄为27⁺³～33⁺⁴周，出生体重890～1 760 g。", "pair-number-mismatch zh «27⁺³～33⁺⁴周»"],
    // Heart rates, a dose after an interval, a sign after a difference, a CI's bound glued to its label, reperfusion grades, types, a dose in 万.
    ["After 6 months, resting heart rate decreased from 82±9 to 64±8 bpm.", "治疗6个月后，静息心率由（82±9）次/分降至（66±8）次/分。", "pair-number-mismatch zh «66»"],
    ["Ivabradine was adjusted every 2 weeks to 7.5 mg twice daily.", "伊伐布雷定每2周调整为5 mg、每日2次。", "pair-number-mismatch zh «5 mg»"],
    ["Bland-Altman analysis showed a mean difference of -6.2 mL (limits of agreement -38.5 to 26.1 mL).", "Bland-Altman分析显示平均差值为－6.2 mL（一致性界限38.5～26.1 mL）。", "pair-number-mismatch zh «38.5～26.1 mL» ; range-order zh «38.5～26.1 mL»"],
    ["Death occurred in 41.0% and 43.8% (absolute risk difference −2.85 percentage points, 95% CI −6.75 to 1.05; P=0.15).", "死亡率分别为41.0%和43.8%（绝对风险差－2.85个百分点，95%CI－6.57～1.05，P＝0.15）。", "pair-number-mismatch zh «－6.57～1.05»"],
    ["We included 132 patients who achieved successful reperfusion (mTICI 2b-3) after thrombectomy.", "纳入取栓后成功再灌注（mTICI 2a～3级）的患者132例。", "pair-identifier-mismatch zh «2a～3»"],
    ["Major bleeding (BARC type 3 or 5) occurred in 1.1% vs 2.5% (HR 0.45; P=0.004).", "大出血（BARC 3或4型）发生率分别为1.1%和2.5%（HR 0.45，P＝0.004）。", "pair-identifier-mismatch zh «3或4型»"],
    ["Patients with types 1 and 2 diabetes were included.", "纳入1型和3型糖尿病患者。", "pair-identifier-mismatch zh «1型和3型»"],
    ["632 diabetic patients with three-vessel disease were included, 301 treated with CABG and 331 with PCI.", "纳入632例糖尿病合并三支病变患者，其中CABG组301例，PCI组341例。", "pair-number-missing en «331» ; subgroup-sum zh «632例» ; pair-number-missing zh «341例»"],
    ["Urokinase 20,000-50,000 U was injected into the hematoma cavity every 12 h.", "每12 h向血肿腔内注入尿激酶3万～5万U。", "pair-number-mismatch zh «3万～5万U»"],
    ["Among 212 patients who underwent surgery, mortality was 11.8% (25/212), versus 44.2% (38/86) for those treated conservatively.", "手术治疗的212例病死率为11.8%（25/212），保守治疗的86例为44.2%（38/88）。", "pair-number-missing zh «86例» ; pair-number-mismatch zh «38/88» ; percent-fraction zh «38/88»"],
    ["The hazard ratio for intubation was 0.75 (95% CI 0.62-0.91) and for mortality 0.87 (0.68-1.11).", "气管插管的HR为0.75（95%CI 0.62～0.91），死亡的HR为0.87（90%CI 0.68～1.11）。", "pair-number-missing zh «90%»"],
    // Kinds of dose are the doses English counts (`three doses` = `3种剂量`).
    ["To compare three doses of intrathecal hyperbaric ropivacaine for caesarean delivery.", "比较2种剂量重比重罗哌卡因用于剖宫产腰麻的效果。", "pair-number-mismatch zh «2种剂量»"],
    // A list of values each in brackets (`(6.8±2.1), (5.2±1.7) and (4.5±1.4) min`) implies the `3组` it lists.
    ["The time to a T6 block was (6.8±2.1), (5.2±1.7) and (4.5±1.4) min (F=22.52, P<0.001).", "4组感觉阻滞达T6的时间分别为（6.8±2.1）、（5.2±1.7）和（4.5±1.4）min（F＝22.52，P＜0.001）。", "pair-number-missing zh «4组»"],
    // The study's groups named again by their count (`3组新生儿结局相似`) after the count was stated once.
    ["Parturients received 12 mg, 15 mg or 18 mg of ropivacaine (50 per group). Neonatal outcomes were similar.", "产妇随机分为3组，分别给予罗哌卡因12、15、18 mg，每组50例。4组新生儿结局相似。", "pair-number-missing zh «4组»"],
    // An effect per unit of a measure (`per ng/mL`) is `每增加1 ng/mL`, as `per year` is `每增加1岁`.
    ["Age (OR=0.78 per year) and AMH (OR=1.56 per ng/mL, 95% CI 1.28–1.90) predicted live birth.", "年龄（每增加1岁OR＝0.78）和AMH（每增加2 ng/mL OR＝1.56，95%CI：1.28～1.90）可预测活产。", "pair-number-missing zh «2 ng/mL»"],
    // A bound that names its group (`＜30周组`), said again where English writes `the earlier group`.
    ["Women diagnosed before 30 weeks (n=43) and at 30 weeks or later (n=41) were compared. Perinatal mortality was 48.8% (21/43) in the earlier group and 22.0% (9/41) in the later group.", "按诊断孕周分为＜30周组（n＝43）和≥30周组（n＝41）。＜31周组围产儿病死率为48.8%（21/43），≥30周组为22.0%（9/41）。", "pair-number-missing zh «31周»"],
    // `312 consecutive patients` counts patients: the cohort, never the 17 of a later sentence.
    ["From 2016 to 2022, 312 consecutive patients underwent laparoscopic pancreaticoduodenectomy. Haemorrhage occurred in 17 patients (5.4%), and 11 patients underwent reoperation. The R0 resection rate was 94.2% (228/242).", "2016—2022年连续321例患者行腹腔镜胰十二指肠切除术。术后出血17例（5.4%），再手术11例。R0切除率为94.2%（228/242）。", "pair-number-mismatch zh «321例»"],
    // Persons named by the decade of their age: `octogenarians` are `80岁以上`.
    ["Conclusion: In octogenarians, laparoscopic colectomy reduces complications with similar long-term survival.", "结论：对于70岁以上高龄患者，腹腔镜结肠切除术可减少并发症，远期生存相似。", "pair-number-missing zh «70岁»"],
    ["The karyotype was complex in 12 patients, with −7/del(7q) in 5 and 47,XY,+8 in 3.", "复杂核型12例，其中−7/del(7q) 6例，47,XY,+8 3例。", "pair-number-missing en «5» ; pair-number-missing zh «6例»"],
    ["Pre-transplant MRD was <0.01% in 71 patients, 0.01%-0.1% in 26 and ≥0.1% in 15.", "移植前MRD＜10⁻⁴者71例，10⁻⁴～10⁻³者26例，≥10⁻²者15例。", "pair-number-missing en «0.1%» ; pair-number-missing zh «10⁻²»"],
    ["The lumbar T-score was -3.1±0.5 and the femoral neck T-score -2.6±0.6.", "腰椎T值为－3.1±0.5，股骨颈T值为－2.9±0.6。", "pair-number-mismatch zh «－2.9»"],
    ["Of the 46 patients, 29 had LGD and 17 had HGD.", "46例中LGD 29例，HGD 18例。", "pair-number-missing en «17» ; pair-number-missing zh «18例»"],
    ["The data of 486 inpatients with DFU were analysed. Peripheral artery disease was present in 271 patients (55.8%), and healing was achieved in 538 patients.", "分析486例住院DFU患者资料。合并外周动脉疾病271例（55.8%），愈合538例。", "cohort-count en «538»"],
    ["The data of 83 adults treated from 2015-01 to 2021-12 were reviewed.", "回顾2015-02—2021-12收治的83例成人患者资料。", "pair-number-mismatch zh «2015-02»"],
    ["Kernel number per ear fellfrom 612 to 438.", "穗粒数由612粒降至483粒。", "pair-number-mismatch zh «483»"],
    ["PV+ neurons had a resting membrane potentialof −68.4±3.2 mV.", "PV+神经元静息膜电位为(-64.8±3.2) mV。", "pair-number-mismatch zh «-64.8»"],
    ["Seed yield averaged2 856 kg/hm2.", "籽粒产量平均为2865 kg/hm2。", "pair-number-mismatch zh «2865 kg/hm2»"],
    ["Mean annual runoff was 532.8×108 m3.", "多年平均径流量为523.8亿m3。", "pair-number-mismatch zh «523.8亿m3»"],
    ["The check variety yielded 42.8 t/ha.", "对照品种产量为2583 kg/667m2。", "pair-number-mismatch zh «2583 kg/667m2»"],
    ["North China became drier in the 1970s-1990s.", "华北地区20世纪80—90年代偏干。", "pair-number-mismatch zh «20世纪80»"],
    ["Carbon storage rose from 89.6 Mg C/ha to 271.3 Mg C/ha.", "碳储量由89.6 t/hm2增至217.3 t/hm2。", "pair-number-mismatch zh «217.3 t/hm2»"],
    ["On 5 September 2022, an Ms 6.8 earthquake struck Luding.", "2022年9月5日，泸定发生Ms6.9地震。", "pair-number-mismatch zh «6.9»"],
    ["Follow-up lasted 3-6 months.", "随访6～3个月。", "pair-number-mismatch zh «6～3个月» ; range-order zh «6～3个月»"],
    ["Preterm infants born at 26 weeks to 31 weeks and 6 days were randomised.", "将胎龄26～31⁺⁵周的早产儿随机分组。", "pair-number-mismatch zh «⁵»"],
    ["The proportion of children with BMI above the 98th percentile doubled.", "BMI＞P97的儿童比例翻了一番。", "pair-number-missing en «98th»"],
    ["Weight below P10 at discharge defined growth restriction.", "出院时体重低于第15百分位定义为生长受限。", "pair-number-missing zh «15»"],
    ["Of the fallers, 133 (14.6%) fell more than twice.", "跌倒者中133例（14.6%）跌倒1次以上。", "pair-number-mismatch zh «1次»"],
    ["Roughly one in four infants is iron deficient by their second birthday.", "约四分之一的婴儿在1岁时存在铁缺乏。", "pair-number-mismatch zh «1岁»"],
    ["A total of 120 children with asthma and their parents were divided into an observation group and a control group of 60 each.", "选取哮喘患儿及其家长100组，分为观察组和对照组，各60组。", "pair-number-mismatch zh «100组»"],
    ["Parents of infants discharged from January to June 2022 formed the control group and those discharged from July to December 2022 the intervention group.", "将2022年1—6月出院的婴儿家长作为对照组，7—11月出院的作为干预组。", "pair-number-mismatch zh «11月»"],
    ["Older adults in one community formed the intervention group (n=43) and those in the other the control group (n=41).", "将其中1个社区的43名老年人作为干预组，另2个社区的41名作为对照组。", "pair-number-missing zh «2»"],
    ["The 'July 21' extreme rainstorm of 2021 in Zhengzhou produced 201.9 mm in one hour.", "2021年郑州“7·20”特大暴雨最大小时雨强达201.9 mm。", "pair-number-mismatch zh «7·20»"],
    ["Soil water depletion under W1 reached 142mm, 2.3 times thatunder W3.", "W1处理土壤耗水量达142 mm，为W3的3.2倍。", "pair-number-mismatch zh «3.2倍»"],
    // A tube voltage changed.
    ["The effective dose was 4.01 mSv at 120 kVp.", "有效剂量为4.01 mSv（100 kVp）。", "pair-number-mismatch zh «100 kVp»"],
    // An activity that converts to another value.
    ["Patients received a fixed activity of 370 MBq.", "患者给予固定活度12 mCi。", "pair-number-mismatch zh «12 mCi»"],
    // A count beside a star allele changed.
    ["Twenty-four recipients were CYP3A5*1/*1, 98 were *1/*3 and 123 were *3/*3.", "CYP3A5*1/*1型24例，*1/*3型89例，*3/*3型123例。", "pair-number-missing en «98» ; pair-number-missing zh «89例»"],
    // A power-of-ten range's far end changed.
    ["The assay was linear from 10 to 1.0 × 10^9 IU/mL, and the WBC count from 0.05-400.00×10^9/L.", "线性范围为10～1.0×10⁹ IU/mL，WBC为（0.05～40.00）×10⁹/L。", "pair-number-mismatch zh «（0.05～40.00）×10⁹»"],
    // A Child-Pugh class left out of the list.
    ["Six subjects each with Child-Pugh A, B and C cirrhosis were enrolled.", "入组Child-Pugh A、B级肝硬化受试者各6例。", "pair-identifier-mismatch zh «A、B»"],
    // A step of two units where English has one.
    ["The central volume (9.8 L) increased by 0.05 L per kg of weight.", "中央室分布容积（9.8 L）随体重每增加2 kg增加0.05 L。", "pair-number-missing zh «2 kg»"],
    ["Girls received the 9-valent HPV vaccine in 3 doses.", "女孩分3剂接种四价HPV疫苗。", "pair-number-mismatch zh «四价»"],
    ["Adults received the trivalent influenza vaccine in 2 doses.", "成人分2剂接种4价流感疫苗。", "pair-number-mismatch zh «4价»"],
    ["The cost per case detected was 3 215 yuan.", "每检出2例病例的成本为3 215元。", "pair-number-missing zh «2例»"],
    ["Incidence was expressed per 100 000 population.", "发病率以1/1万表示。", "pair-number-missing en «100 000» ; pair-number-missing zh «1/1万»"],
    ["The decline was the largest among the 21 GBD regions.", "在GBD 22个地区中降幅最大。", "pair-number-mismatch zh «22»"],
    ["Cases reported between March 1 and April 30, 2023 were analysed.", "分析2022年3月1日至4月30日报告的病例。", "pair-number-mismatch zh «2022年3月1日» ; pair-number-mismatch zh «4月30日»"],
    // A count of the list of levels changed.
    ["Thirty-eight patients were reviewed. The R.E.N.A.L. score was 10 in 21 patients, 11 in 14 and 12 in 3.", "回顾性分析38例患者。R.E.N.A.L.评分10分21例、11分15例、12分3例。", "pair-number-missing en «14» ; pair-number-missing zh «15例»"],
    // A stage of the list changed.
    ["The median OS of patients with ISS stage I, II and III was not reached, 72.6 months and 45.3 months, respectively.", "ISS Ⅰ、Ⅱ、Ⅳ期患者的中位OS分别为未达到、72.6个月和45.3个月。", "pair-number-mismatch zh «Ⅳ»"],
    // The near end of a lettered stage's span changed.
    ["The trial enrolled 360 patients with stage IIIB or IV squamous NSCLC.", "该试验纳入360例ⅢA期或Ⅳ期鳞状NSCLC患者。", "pair-identifier-mismatch zh «ⅢA期或Ⅳ»"],
    // Persons named again with another count.
    ["Two radiologists with 5 and 12 years of experience independently assigned LI-RADS categories. The interobserver agreement was good (κ=0.78).", "由2名分别具有5年和12年经验的放射科医师独立进行LI-RADS分类。三名医师分类的一致性良好（κ=0.78）。", "pair-number-missing zh «三名»"],
    // A part of the breakdown changed: the total no longer restated, and the part reported.
    ["Between January 2020 and December 2022, 203 focal liver lesions in 185 patients were examined with CEUS. The reference standard was histopathology. Results: There were 152 HCCs, 21 other malignancies and 30 benign lesions.", "2020年1月至2022年12月，对185例患者的203个肝脏局灶性病变行CEUS检查。以组织病理学为参考标准。结果 203个病灶中，HCC 152个，其他恶性肿瘤21个，良性病变31个。", "pair-number-missing zh «203» ; pair-number-mismatch zh «31»"],
    // A number word of ten or more whose digits the translation left out.
    ["Sixteen CWS providers (twelve counselors and four supervisors) were interviewed.", "CWS供应者（12位咨询师和4位管理者）接受了采访。", "pair-number-missing en «Sixteen»"],
    ["One hundred and thirty-one studies were included.", "共纳入研究。", "pair-number-missing en «One hundred and thirty-one»"],
    // A bare count changed beside a count of groups linked to its counterpart.
    ["The incisions of both groups healed after two stage operations.", "两组三期手术切口均Ⅰ期愈合。", "pair-number-mismatch zh «三»"],
    ["The incisions of the 2 groups healed after three stage operations.", "两组两期手术切口均Ⅰ期愈合。", "pair-number-mismatch zh «两»"],
    ["The antibacterial use density fell from 46.8 to 38.2 DDDs per 100 patient-days.", "抗菌药物使用强度由46.8 DDDs/（1000人·d）降至38.2 DDDs/（1000人·d）。", "pair-number-missing en «100» ; pair-number-missing zh «1000人» ; pair-number-missing zh «1000人»"],
    ["We reviewed 1 200 medical orders of children aged 28 days to 14 years.", "回顾分析儿科出院患儿（28 d～16岁）的医嘱1 200份。", "pair-number-mismatch zh «28 d～16岁»"],
    ["Samples were taken 12-24 h after dosing.", "于给药后12 h～36 h采样。", "pair-number-mismatch zh «12 h～36 h»"],
    ["Hippocampal BDNF mRNA was 0.46 times the control level in model rats and 0.82 times in the high-dose group.", "模型组海马BDNF mRNA表达为对照组的0.46倍，高剂量组为0.28倍。", "pair-number-mismatch zh «0.28倍»"],
  ];
  it.each(silentForms)('silent: %s | %s', (en, zh) => expect(show(en, zh)).toBe(''));
  it.each(flaggedForms)('flagged: %s | %s', (en, zh, expected) => expect(show(en, zh)).toBe(expected));
});
