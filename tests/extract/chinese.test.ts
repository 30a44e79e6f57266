import { describeExtractionTable } from '../helpers/claims.js';

/**
 * Chinese numbers in context: digits, full-width forms, Chinese numerals, 例中 fractions, units, identifiers, and the forms of the real corpus pairs.
 * Each row: text → its claims as `kind «exact text» value [unit] comparator ~ dN`
 * (~ approximate, `by` a multiple a value grew by, dN reported decimals), then `⚓` and the identifier anchors.
 */
const rows: [string, string][] = [
  // A negative power a PDF flattened after a bracketed range scales both its ends, as `×10⁻⁸` does.
  ["浓度范围为(12～86)×10-8 mol/L。", "range «(12～86)×10-8» 1.2e-7..8.6e-7 d8"],
  // A power of ten written once after the last item of a list (`6.0、7.5和9.0×10⁴`) is each item's; so is 万 after 和 (`3、5和8万人`).
  ["计数分别为6.0、7.5和9.0×10⁴ CFU/mL，3、5和8万人，P值分别为0.05和1.2×10⁻³。", "number «6.0» 60000 d-3 | number «7.5» 75000 d-3 | number «9.0×10⁴» 90000 d-3 | number «3» 30000 [patient] d-4 | number «5» 50000 [patient] d-4 | number «8万人» 80000 [patient] d-4 | number «0.05» 0.05 d2 | number «1.2×10⁻³» 0.0012 d4"],
  // A lettered stage's span with 期 after each end: one stage, both ends, as `stage IIIB or IV` is.
  ["360例ⅢB期或Ⅳ期患者中，Ⅲ期或Ⅳ期12例。", "number «360例» 360 [patient] | number «Ⅲ» 3 | number «Ⅳ» 4 | number «12例» 12 [patient] ⚓ ⅢB期或Ⅳ"],
  // A list of Roman stages or grades that writes its counter once, after the last: each a grade, the first too.
  ["ISS Ⅰ、Ⅱ、Ⅲ期患者的中位OS分别为未达到、72.6个月和45.3个月；Ⅰ、Ⅱ、Ⅲ、Ⅳ级各1例。", "number «Ⅰ» 1 | number «Ⅱ» 2 | number «Ⅲ» 3 | number «72.6个月» 72.6 [month] d1 | number «45.3个月» 45.3 [month] d1 | number «Ⅰ» 1 | number «Ⅱ» 2 | number «Ⅲ» 3 | number «Ⅳ» 4 | number «1例» 1 [patient]"],
  // A bare numeral before the thing it counts (`两期手术`, two stage operations) beside a count of groups; the numerals of a name (`十八反`) are no number.
  ["两组两期手术切口均Ⅰ期愈合，违反“十八反”“十九畏”配伍禁忌28张。", "number «两组» 2 [group] | number «两» 2 | number «Ⅰ» 1 | number «28» 28"],
  // A life counted in 次 is cycles (of a fatigue test, a battery), as `次循环` is; a treatment's 次 stays times.
  ["疲劳寿命为1.2×105～3.8×106次，循环次数达5000次，治疗3次。", "range «1.2×105～3.8×106次» 120000..3800000 [cycle] d-4 | number «5000次» 5000 [cycle] | number «3次» 3 [time]"],
  // A power of ten after a list's last item is the list's, as 万 would be written after each.
  ["排放量分别为21.6、86.3、112.4和74.5×104 t。", "number «21.6» 216000 [t] d-3 | number «86.3» 863000 [t] d-3 | number «112.4» 1124000 [t] d-3 | number «74.5×104 t» 745000 [t] d-3"],
  // A Latin symbol of days, hours or minutes after a range's near end (`28 d～14岁`, `12 h～24 h`) is its unit, as 天 is; the far end is no approximate number.
  ["患儿（28 d～14岁）于术后2 h～3 d及12 h～24 h测定，持续1 min～3 min。", "range «28 d～14岁» 28..5113.5 [day] | range «2 h～3 d» 2..72 [hour] | range «12 h～24 h» 12..24 [hour] | range «1 min～3 min» 1..3 [minute]"],
  // A list of months writes 月 once: `7、8月份` is July and August (a list of durations, `3、6个月`, stays durations).
  ["7、8月份病例占71.9%，5、6和7月份次之；随访3、6个月。", "date «7» ?-7-? | date «8月» ?-8-? | percent «71.9%» 71.9 d1 | date «5» ?-5-? | date «6» ?-6-? | date «7月» ?-7-? | number «3» 3 [month] | number «6个月» 6 [month]"],
  // A sex ratio or a ratio of doses with a decimal side (`2.8∶1`, `1∶1.5`) is a ratio, not two numbers.
  ["男女性别比为2.8∶1，剂量比为1∶1.5。", "ratio «2.8∶1» 2.8/1 d1 | ratio «1∶1.5» 1/1.5 d1"],
  // Years of a study then an age in months (`2019—2021年6～71月龄`) are no span of months: 71 is no month.
  ["研究对象为2019—2021年6～71月龄儿童，2021年6～8月发病。", "range «6～71月» 6..71 [month] | date «2021年6» 2021-6-? | date «8月» 2021-8-? ⚓ 2019—2021"],
  // A χ² for trend (`χ²趋势`) is still a χ² statistic.
  ["检出率随累积暴露量增加而升高（χ²趋势＝98.6，P＜0.001）。", "number «98.6» 98.6 [statistic] d1 | pvalue «P＜0.001» 0.001 < d3"],
  // A unit written once after a list is each number's, as in English; not after 第 (ranks) nor for years.
  ["产量分别为344、430、488和494 kg/667m2，剂量分别为5、10、20 mg/kg，第1、2、3天，1、2级，2018、2019和2020年。", "number «344» 344 [kg/mu] | number «430» 430 [kg/mu] | number «488» 488 [kg/mu] | number «494 kg/667m2» 494 [kg/mu] | number «5» 5 [mg/kg] | number «10» 10 [mg/kg] | number «20 mg/kg» 20 [mg/kg] | number «1» 1 | number «2» 2 | number «3天» 3 [day] | number «1» 1 | number «2» 2 ⚓ 667m2 ; 2018 ; 2019 ; 2020"],
  // Areas and volumes, in symbols and in characters.
  ["蓄水量增加158亿m3，样地面积20平方米，体积3立方米，湖泊容积1.2立方千米，切口4平方厘米。", "number «158亿m3» 15800000000 [m3] d-8 | number «20平方米» 20 [m2] | number «3立方米» 3 [m3] | number «1.2立方千米» 1.2 [km3] d1 | number «4平方厘米» 4 [cm2] ⚓ m3"],
  ["共筛查了1,234例患者。", "number «1,234例» 1234 [patient]"],
  ["队列共计12,345.6人年。", "number «12,345.6» 12345.6 d1"],
  ["共6 , 528名受试者经历了随机化。", "number «6 , 528名» 6528 [patient]"],
  // A full-width comma is a list or clause comma, never a thousands separator: Chinese groups digits with `,` or a space.
  ["共纳入1，402名患者。", "number «1» 1 | number «402名» 402 [patient]"],
  ["释放度试验采用磷酸盐缓冲液（pH 6.8，900 mL）。", "number «6.8» 6.8 d1 | number «900 mL» 900 [ml]"],
  ["小鼠（n＝6，100 mg）给药。", "number «6» 6 | number «100 mg» 100 [mg]"],
  ["差异有统计学意义P＜0.05，120例患者改善。", "pvalue «P＜0.05» 0.05 < d2 | number «120例» 120 [patient]"],
  ["术中出血量为80（50，120）mL。", "number «80» 80 | range «50，120» 50..120"],
  ["平均变化为－0.5分。", "number «－0.5» -0.5 d1"],
  ["评分提高了+3分。", "number «+3» 3"],
  ["剂量为1×10⁶个细胞/kg。", "number «1×10⁶个细胞/kg» 1000000 [cells/kg] d-6"],
  ["剂量为1 x 10(6)个细胞/kg。", "number «1 x 10(6)个细胞/kg» 1000000 [cells/kg] d-6"],
  ["剂量为1.5×10^6个细胞/kg。", "number «1.5×10^6个细胞/kg» 1500000 [cells/kg] d-5"],
  // A power of ten whose superscript was flattened: after a mantissa with decimals or before a count per volume; not ×100, 8×107.
  ["白细胞45×109/L，参考范围(4.0～10.0)×109/L。", "number «45×109» 45000000000 d-9 | range «(4.0～10.0)×109» 4000000000..10000000000 d-8"],
  ["细菌达1.2×105 CFU/mL，病毒载量为4×104拷贝/mL，比率为3.5×10-3。", "number «1.2×105» 120000 d-4 | number «4×104» 40000 d-4 | number «3.5×10-3» 0.0035 d4"],
  // A titre as a power of two; 周次 counts cycles (of a fatigue test), 周 weeks.
  ["肝脏匀浆血凝效价达2¹²，对照为2^8。", "number «2¹²» 4096 | number «2^8» 256"],
  ["相对于1995—2014年，2081—2100年升温将达2.1 ℃，到2100年达1.5 ℃。", "number «2.1 ℃» 2.1 [celsius] d1 | number «1.5 ℃» 1.5 [celsius] d1 ⚓ 1995—2014 ; 2081—2100 ; 2100"],
  ["10⁷周次疲劳强度提高；第12周复查。", "number «10⁷周次» 10000000 [cycle] d-7 | number «12周» 12 [week]"],
  // Trials repeated count trials, as `10 trials` does.
  ["无噪声时10次试验的平均准确率为99.42%；3项试验；随访2次。", "number «10次试验» 10 [study] | percent «99.42%» 99.42 d2 | number «3项试验» 3 [study] | number «2次» 2 [time]"],
  // The same codes in Chinese: the 组 of a grade group counts no groups, the 分 of a PI-RADS category is no score.
  ["Gleason评分4+4=8分（ISUP分级分组4组）；PI-RADS 5分；分级分组2～3组；BI-RADS 4a类。", "(none) ⚓ 4+4=8 ; 4 ; 5 ; 2~3 ; 4a"],
  ["镜下×100观察，共8×107块，放大2×100倍。", "number «100» 100 | number «8» 8 | number «107» 107 | number «2» 2 | number «100倍» 100 [fold]"],
  // The size of a model by K, M, B after 参数量, 规模 or before 参数; elsewhere kelvin or molar.
  ["7B参数模型的参数量为0.3M，模型规模为7B。", "number «7B参数» 7000000000 [parameter] d-9 | number «0.3M» 300000 d-5 | number «7B» 7000000000 d-9"],
  ["参数量约为1.3B，参数规模达到70B。", "number «1.3B» 1300000000 d-8 | number «70B» 70000000000 d-9"],
  ["在5 K下以2M NaCl处理，共3 K。", "number «5 K» 5 [kelvin] | number «2» 2 | number «3 K» 3 [kelvin]"],
  ["共有47.1%(8/17)的患者改善。", "percent «47.1%» 47.1 d1 | fraction «8/17» 8/17"],
  ["共有47.1%（8/17）的患者改善。", "percent «47.1%» 47.1 d1 | fraction «8/17» 8/17"],
  ["应答率为47.1 %。", "percent «47.1 %» 47.1 d1"],
  ["应答率为４７.１％。", "percent «４７.１％» 47.1 d1"],
  ["应答率分别为80%和60%。", "percent «80%» 80 | percent «60%» 60"],
  ["应答率为百分之八十。", "percent «百分之八十» 80"],
  ["应答率为百分之四十七点一。", "percent «百分之四十七点一» 47.1 d1"],
  ["17例中8例有效。", "fraction «17例中8例» 8/17 [patient]"],
  ["17例患者中8例有效。", "fraction «17例患者中8例» 8/17 [patient]"],
  ["699名患者中的200名有效。", "fraction «699名患者中的200名» 200/699 [patient]"],
  // A share of things, counted with the things' measure word (or 个); not a share of months, a duration.
  ["60对配对样品中有41个超标，156个样点中的23个风险极高，12个月中有3个月干旱。", "fraction «60对配对样品中有41个» 41/60 | fraction «156个样点中的23个» 23/156 | number «12个月» 12 [month] | number «3个月» 3 [month]"],
  ["703名中的107名有效。", "fraction «703名中的107名» 107/703 [patient]"],
  // The persons counted glued to a fraction's denominator: one fraction of patients, never 41 and a count of 63 (not `例次`, person-times).
  ["有效41/63例（65.1%）。", "fraction «41/63例» 41/63 [patient] | percent «65.1%» 65.1 d1"],
  ["共随访12/40例次。", "number «12» 12 | number «40» 40"],
  ["三分之一的患者复发。", "fraction «三分之一» 1/3"],
  // Kinds of dose are dose levels, as English counts them (`three doses`); a 剂量组 stays a group counted by kind.
  ["比较3种剂量与三种不同剂量的效果，另设3种剂量组。", "number «3种剂量» 3 [dose] | number «三种不同剂量» 3 [dose] | number «3种» 3 [kind]"],
  // A hedge before a share in digits makes it rough, as before one in words.
  ["近1/4（24.7%）的调查对象存在犹豫。", "fraction «1/4» 1/4 ~ | percent «24.7%» 24.7 d1"],
  ["三分之二的患者有效。", "fraction «三分之二» 2/3"],
  ["一半的患者出现发热。", "fraction «一半» 1/2"],
  ["半数患者出现发热。", "fraction «半数» 1/2"],
  ["患者按1∶1的比例随机分组。", "ratio «1∶1» 1/1"],
  ["患者按2∶1的比例随机分组。", "ratio «2∶1» 2/1"],
  ["患者按1:2的比例随机分组。", "ratio «1:2» 1/2"],
  ["抗原滴度1∶320～1∶2 560。", "ratio «1∶320» 1/320 | ratio «1∶2 560» 1/2560"],
  ["随访8-24个月。", "range «8-24个月» 8..24 [month]"],
  ["随访8～24个月。", "range «8～24个月» 8..24 [month]"],
  ["随访8~24个月。", "range «8~24个月» 8..24 [month]"],
  ["随访8至24个月。", "range «8至24个月» 8..24 [month]"],
  ["随访8到24个月。", "range «8到24个月» 8..24 [month]"],
  ["随访3～36个月。", "range «3～36个月» 3..36 [month]"],
  ["间隔为56～112天。", "range «56～112天» 56..112 [day]"],
  ["各中心的比例为10%～20%。", "range «10%～20%» 10..20 [percent]"],
  ["风险比为0.51（95%置信区间，0.34～0.77）。", "number «0.51» 0.51 d2 | percent «95%» 95 | range «0.34～0.77» 0.34..0.77 d2"],
  ["差异有统计学意义（P＜0.05）。", "pvalue «P＜0.05» 0.05 < d2"],
  ["差异有统计学意义（P<0.05）。", "pvalue «P<0.05» 0.05 < d2"],
  ["各组计数均降低（P＜0.05、0.01）。", "pvalue «P＜0.05» 0.05 < d2 | pvalue «0.01» 0.01 < d2"],
  ["差异有统计学意义（p = 0.036）。", "pvalue «p = 0.036» 0.036 = d3"],
  ["所有比较均有统计学意义（P=0.000）。", "pvalue «P=0.000» 0 = d3"],
  ["所有比较p均 ≤ 0.002。", "pvalue «p均 ≤ 0.002» 0.002 <= d3"],
  ["差异无统计学意义（P＞0.05）。", "pvalue «P＞0.05» 0.05 > d2"],
  ["P值为0.04。", "pvalue «P值为0.04» 0.04 = d2"],
  ["共招募了十七名患者。", "number «十七名» 17 [patient]"],
  ["共招募了17名患者。", "number «17名» 17 [patient]"],
  ["共招募了二十三名患者。", "number «二十三名» 23 [patient]"],
  ["共招募了一百零五名患者。", "number «一百零五名» 105 [patient]"],
  ["共招募了两名患者。", "number «两名» 2 [patient]"],
  ["共有十二例患者退出。", "number «十二例» 12 [patient]"],
  ["两组均有改善。", "number «两组» 2 [group]"],
  ["共有1.2万名儿童参与。", "number «1.2万名» 12000 [patient] d-3"],
  ["共有3亿人受影响。", "number «3亿人» 300000000 [patient] d-8"],
  ["共有13 万例患者。", "number «13 万例» 130000 [patient] d-4"],
  ["随访半年。", "number «半年» 0.5 [year] d1"],
  ["随访半个月。", "number «半个月» 0.5 [month] d1"],
  ["报告了一例死亡。", "number «一例死亡» 1 [death]"],
  ["这是首例报告。", "(none)"],
  ["无死亡病例。", "number «无死亡» 0 [death]"],
  ["研究共纳入509例患者。", "number «509例» 509 [patient]"],
  ["诱导化疗组242例患者，标准治疗组238例患者。", "number «242例» 242 [patient] | number «238例» 238 [patient]"],
  ["共有60名参与者。", "number «60名» 60 [patient]"],
  ["每组12名受试者。", "number «12名» 12 [patient]"],
  ["共有30位成人入组。", "number «30位» 30 [patient]"],
  ["共有15人出生。", "number «15人» 15 [patient]"],
  ["随访6个月。", "number «6个月» 6 [month]"],
  ["治疗持续12周。", "number «12周» 12 [week]"],
  ["症状在7天内缓解。", "number «7天» 7 [day]"],
  ["症状在7日内缓解。", "number «7日» 7 [day]"],
  ["3年生存率为85.3%。", "number «3年» 3 [year] | percent «85.3%» 85.3 d1"],
  ["输注持续2小时。", "number «2小时» 2 [hour]"],
  ["输注持续30分钟。", "number «30分钟» 30 [minute]"],
  ["24 h尿蛋白定量。", "number «24 h» 24 [hour]"],
  ["手术耗时90 min。", "number «90 min» 90 [minute]"],
  ["收缩压为20.0 kPa。", "number «20.0 kPa» 20 [kpa] d1"],
  ["筛查了百余例患者、千余例对照，债务达3.5万亿元。", "number «百余例» 100 [patient] > | number «千余例» 1000 [patient] > | number «3.5万亿» 3500000000000 d-11"],
  ["随访1年半、两个半月和3天半。", "number «1年半» 1.5 [year] d1 | number «两个半月» 2.5 [month] d1 | number «3天半» 3.5 [day] d1"],
  ["身高1.65米，体重65公斤。", "number «1.65米» 1.65 [m] d2 | number «65公斤» 65 [kg]"],
  ["体温达到39.9℃。", "number «39.9℃» 39.9 [celsius] d1"],
  ["体温达到39.9 °C。", "number «39.9 °C» 39.9 [celsius] d1"],
  ["剂量为2 mg/kg。", "number «2 mg/kg» 2 [mg/kg]"],
  ["剂量为80 mg/m2。", "number «80 mg/m2» 80 [mg/m2]"],
  ["每日400 mg。", "number «400 mg» 400 [mg]"],
  ["血糖为55 mg / dl。", "number «55 mg / dl» 55 [mg/dl]"],
  ["血糖为3.1 mmol / l。", "number «3.1 mmol / l» 3.1 [mmol/l] d1"],
  ["肌酐为1.2 mg/dl。", "number «1.2 mg/dl» 1.2 [mg/dl] d1"],
  ["体重指数为27.5 kg/m2。", "number «27.5 kg/m2» 27.5 [kg/m2] d1"],
  ["疼痛降低了2.5倍。", "number «2.5倍» 2.5 [fold] d1"],
  ["冬季浓度为夏季的1.8～2.5倍，ALT高于正常值上限3倍。", "range «1.8～2.5倍» 1.8..2.5 [fold] d1 | number «3倍» 3 [fold]"],
  ["患者接受了3个周期的化疗。", "number «3个周期» 3 [cycle]"],
  ["患者接受了三个周期的化疗。", "number «三个周期» 3 [cycle]"],
  ["患者接受了4个疗程的治疗。", "number «4个疗程» 4 [cycle]"],
  ["患者每周治疗3次。", "number «3次» 3 [time]"],
  ["每日一次给药。", "number «一次» 1 [time]"],
  ["每日两次给药。", "number «两次» 2 [time]"],
  ["完成了6个月的随访。", "number «6个月» 6 [month]"],
  ["在第56天评估结局。", "number «56天» 56 [day]"],
  ["在第24周评估结局。", "number «24周» 24 [week]"],
  ["在第6个月评估结局。", "number «6个月» 6 [month]"],
  ["参与者年龄为18～65岁。", "range «18～65岁» 18..65 [year]"],
  ["参与者年龄为18-65岁。", "range «18-65岁» 18..65 [year]"],
  ["平均年龄为72岁。", "number «72岁» 72 [year]"],
  ["血压低于130 / 80 mmhg。", "number «130» 130 [mmhg] < | number «80 mmhg» 80 [mmhg]"],
  ["收缩压下降了28.6 mmhg。", "number «28.6 mmhg» 28.6 [mmhg] d1"],
  ["收缩压 ≥ 140 mmhg。", "number «140 mmhg» 140 [mmhg] >="],
  // 二次 is re-, second or quadratic; two times is 两次.
  ["2例行二次手术，测量两次。", "number «2例» 2 [patient] | number «两次» 2 [time]"],
  // A percent sign after a bracketed mean ± SD is the mean's as much as the SD's.
  ["ODI为（24.8±7.6）%，VAS为（7.6±1.2）分。", "percent «24.8» 24.8 d1 | percent «7.6» 7.6 d1 | number «7.6» 7.6 d1 | number «1.2» 1.2 d1"],
  // A bracket after a median that lies between its two numbers holds quartiles, not citations.
  ["中位住院时间为7日[5～10]，减产31.4%[4-6]。","number «7日» 7 [day] | range «5～10» 5..10 | percent «31.4%» 31.4 d1 ⚓ [4-6]"],
  // 例次 counts episodes, 人次 person-times: no people.
  ["12例患者共发生低血糖36例次，筛查1 200人次。", "number «12例» 12 [patient] | number «36» 36 | number «1 200» 1200"],
  // A note of how units convert is a definition, not a claim; cmH2O is a pressure.
  ["血压140/90 mmHg（1 mmHg＝0.133 kPa），气道压20 cmH2O（1 cmH2O=0.098 kPa）。", "number «140» 140 [mmhg] | number «90 mmHg» 90 [mmhg] | number «20 cmH2O» 20 [cmh2o] ⚓ 1 mmHg=0.133 kPa ; 1 cmH2O=0.098 kPa ; cmH2O"],
  ["体重下降了2.98 kg。", "number «2.98 kg» 2.98 [kg] d2"],
  ["糖化血红蛋白下降了0.46个百分点。", "number «0.46个百分点» 0.46 [pp] d2"],
  ["糖化血红蛋白低于7.0%。", "percent «7.0%» 7 < d1"],
  ["超过50%的患者有应答。", "percent «50%» 50 >"],
  ["至少20例患者有应答。", "number «20例» 20 [patient] >="],
  ["不足10例患者复发。", "number «10例» 10 [patient] <"],
  ["最多5剂。", "number «5剂» 5 [dose] <="],
  ["约30%的患者发热。", "percent «30%» 30 ~"],
  ["大约200例患者接受了筛查。", "number «200例» 200 [patient] ~"],
  ["近40%的患者复发。", "percent «40%» 40 ~"],
  ["应答率为47.10%。", "percent «47.10%» 47.1 d2"],
  ["依从率为96.7%。", "percent «96.7%» 96.7 d1"],
  ["依从率为100%。", "percent «100%» 100"],
  ["死亡率分别为2.71%和3.06%。", "percent «2.71%» 2.71 d2 | percent «3.06%» 3.06 d2"],
  ["观察到3例PR和5例CR。", "number «3例PR» 3 [PR] | number «5例CR» 5 [CR]"],
  ["观察到3PR和5CR。", "number «3PR» 3 [PR] | number «5CR» 5 [CR]"],
  ["出现3级或4级事件。", "number «3» 3 | number «4» 4"],
  ["该试验注册号为NCT03765957。", "(none) ⚓ NCT03765957"],
  ["该试验已注册（ChiCTR2000012345）。", "(none) ⚓ ChiCTR2000012345"],
  ["详见doi 10.1038/s41392-022-01123-4。", "(none) ⚓ 10.1038/s41392-022-01123-4"],
  ["IL-17水平下降。", "(none) ⚓ IL-17"],
  ["CD4+ T细胞扩增。", "(none) ⚓ CD4+"],
  ["辅助性T细胞17（Th17）减少。", "(none) ⚓ Th17 ; 17"],
  ["CD3+ CD56+细胞增加。", "(none) ⚓ CD3+ ; CD56+"],
  ["COL7A1突变。", "(none) ⚓ COL7A1"],
  ["C7表达恢复。", "(none) ⚓ C7"],
  ["M2巨噬细胞增加。", "(none) ⚓ M2"],
  ["多数患者达到PASI75。", "(none) ⚓ PASI75"],
  ["多数患者达到EASI-50。", "(none) ⚓ EASI-50"],
  ["SF-36评分改善。", "(none) ⚓ SF-36"],
  ["这是一项1/2a 期试验。", "(none) ⚓ 1/2a 期"],
  ["这是一项I/IIa期试验。", "(none) ⚓ I/IIa期"],
  ["这是一项3期试验。", "(none) ⚓ 3期"],
  ["这是一项随机、对照3期试验。", "(none) ⚓ 3期"],
  ["开展了一项多中心、随机、3期非劣效性研究。", "(none) ⚓ 3期"],
  // Without a trial after it, an Arabic number before 期 counts periods.
  ["我们对2期影像进行了比较。", "number «2» 2"],
  ["患者分3期治疗。", "number «3» 3"],
  ["Ⅲ期患者30例。", "number «Ⅲ» 3 | number «30例» 30 [patient]"],
  ["患者存在VII型胶原缺乏。", "(none) ⚓ VII型"],
  ["患者为III级。", "number «III» 3"],
  ["t1～4n0～1m0膀胱癌患者。", "(none) ⚓ t1~4n0~1m0"],
  ["数据收集于2018年。", "(none) ⚓ 2018"],
  ["2006 - 2015年发病率下降。", "(none) ⚓ 2006 - 2015"],
  ["研究于2010年至2012年进行。", "(none) ⚓ 2010年至2012"],
  ["报告发表于2018年6月23日。", "date «2018年6月23日» 2018-6-23"],
  ["报告发表于6月23日。", "date «6月23日» ?-6-23"],
  ["研究目的为（1）安全性和（2）有效性。", "(none)"],
  ["第一，评估安全性。", "(none)"],
  ["第一组患者先入组。", "ordinal «第一组» 1 [ordinal]"],
  ["1型糖尿病患者被纳入。", "(none) ⚓ 1型"],
  ["化合物6c、6f和6k对立枯丝核菌的抑制率均超过80%，随访3d。", "percent «80%» 80 > | number «3d» 3 [day] ⚓ 6c ; 6f ; 6k"],
  ["2型糖尿病患者被排除。", "(none) ⚓ 2型"],
  ["中位随访时间为42.7个月。", "number «42.7个月» 42.7 [month] d1"],
  ["应答率为17.6%（3/17）。", "percent «17.6%» 17.6 d1 | fraction «3/17» 3/17"],
  ["男性为25%（2/8），女性为66.7%（6/9）。", "percent «25%» 25 | fraction «2/8» 2/8 | percent «66.7%» 66.7 d1 | fraction «6/9» 6/9"],
  ["应答率为80%（4/5）。", "percent «80%» 80 | fraction «4/5» 4/5"],
  ["阿哌沙班组为0.47%（15 / 3 , 184）。", "percent «0.47%» 0.47 d2 | fraction «15 / 3 , 184» 15/3184"],
  ["风险比为0.65。", "number «0.65» 0.65 d2"],
  ["比例为2∶1。", "ratio «2∶1» 2/1"],
  ["共有8 , 400名儿童。", "number «8 , 400名» 8400 [patient]"],
  ["每1 , 000例活产中有0.31例。", "number «1 , 000例» 1000 [patient] | number «0.31例» 0.31 [patient] d2"],
  ["发病率从每1 , 000例活产中有0.37例下降至0.23例。", "number «1 , 000例» 1000 [patient] | number «0.37例» 0.37 [patient] d2 | number «0.23例» 0.23 [patient] d2"],
  ["研究在全球133个中心开展。", "number «133个中心» 133 [center]"],
  ["2～5岁儿童。", "range «2～5岁» 2..5 [year]"],
  ["6～11岁儿童。", "range «6～11岁» 6..11 [year]"],
  ["12～19岁青少年。", "range «12～19岁» 12..19 [year]"],
  ["36例中17例复发。", "fraction «36例中17例» 17/36 [patient]"],
  ["8例男性中2例改善。", "fraction «8例男性中2例» 2/8 [patient]"],
  ["共有20名女性和15名男性。", "number «20名» 20 [patient] | number «15名» 15 [patient]"],
  ["共有十八名志愿者参与。", "number «十八名» 18 [patient]"],
  ["共有十例患者被排除。", "number «十例» 10 [patient]"],
  ["四名患者退出。", "number «四名» 4 [patient]"],
  ["剂量为0.5 mg/kg。", "number «0.5 mg/kg» 0.5 [mg/kg] d1"],
  ["剂量为5 μg/kg。", "number «5 μg/kg» 5 [μg/kg]"],
  ["第1天开始，第8天结束。", "number «1天» 1 [day] | number «8天» 8 [day]"],
  ["试验持续2年。", "number «2年» 2 [year]"],
  ["恢复需要1.5年。", "number «1.5年» 1.5 [year] d1"],
  ["恢复需要14天。", "number «14天» 14 [day]"],
  ["患者接受了25 mg。", "number «25 mg» 25 [mg]"],
  ["患者接受了0.25 g。", "number «0.25 g» 0.25 [g] d2"],
  ["患者接受了250 ml生理盐水。", "number «250 ml» 250 [ml]"],
  ["病毒载量低于50 copies/ml。", "number «50 copies/ml» 50 [copies/ml] <"],
  ["三名患者出现3级事件。", "number «三名» 3 [patient] | number «3» 3"],
  ["十一名患者停药。", "number «十一名» 11 [patient]"],
  ["共审查了十五例病例。", "number «十五例» 15 [patient]"],
  ["其中12名为男性。", "number «12名» 12 [patient]"],
  ["第一年的比例为12.5%。", "percent «12.5%» 12.5 d1"],
  ["共进行了1,000次模拟。", "number «1,000次» 1000 [time]"],
  ["共有３５例患者。", "number «３５例» 35 [patient]"],
  ["体温为３８．５℃。", "number «３８．５℃» 38.5 [celsius] d1"],
  ["比例为１∶２。", "ratio «１∶２» 1/2"],
  ["随访３～６个月。", "range «３～６个月» 3..6 [month]"],
  ["P＜０.０５。", "pvalue «P＜０.０５» 0.05 < d2"],
  ["共有130,000次就诊。", "number «130,000次» 130000 [time]"],
  ["共有13万次就诊。", "number «13万次» 130000 [time] d-4"],
  ["2次治疗之间间隔2周。", "number «2次» 2 [time] | number «2周» 2 [week]"],
  ["患者每3周接受1次治疗，共3个周期。", "number «3周» 3 [week] | number «1次» 1 [time] | number «3个周期» 3 [cycle]"],
  ["患者每三周接受1次治疗，共3个周期。", "number «三周» 3 [week] | number «1次» 1 [time] | number «3个周期» 3 [cycle]"],
  ["患者在第1日和第8日接受吉西他滨1 g。", "number «1日» 1 [day] | number «8日» 8 [day] | number «1 g» 1 [g]"],
  ["顺铂80 mg，在第1日给药。", "number «80 mg» 80 [mg] | number «1日» 1 [day]"],
  ["诱导化疗组的3年无复发生存率为85.3%。", "number «3年» 3 [year] | percent «85.3%» 85.3 d1"],
  ["中位无进展生存期为21.0个月与5.5个月。", "number «21.0个月» 21 [month] d1 | number «5.5个月» 5.5 [month] d1"],
  ["共有350例患者。", "number «350例» 350 [patient]"],
  ["4项随机研究已经显示。", "number «4» 4"],
  ["两组的不良事件发生率分别为67%和69%。", "number «两组» 2 [group] | percent «67%» 67 | percent «69%» 69"],
  ["机器人辅助手术的2年无进展生存率为72.3%。", "number «2年» 2 [year] | percent «72.3%» 72.3 d1"],
  ["平均为每1 , 000例活产中有0.31例。", "number «1 , 000例» 1000 [patient] | number «0.31例» 0.31 [patient] d2"],
  ["妊娠36周至37周 + 6天。", "range «36周至37周» 36..37 [week] | number «6天» 6 [day]"],
  ["妊娠35周之后出生的婴儿。", "number «35周» 35 [week]"],
  ["相对危险2.58；95% ci，1.02～7.24；p = 0.04。", "number «2.58» 2.58 d2 | percent «95%» 95 | range «1.02～7.24» 1.02..7.24 d2 | pvalue «p = 0.04» 0.04 = d2"],
  ["3.0% [ 21名患者] vs . 2.4% [ 17名]。", "percent «3.0%» 3 d1 | number «21名» 21 [patient] | percent «2.4%» 2.4 d1 | number «17名» 17 [patient]"],
  ["收缩压（－27.0 mmhg vs . －9.3 mmhg）。", "number «－27.0 mmhg» -27 [mmhg] d1 | number «－9.3 mmhg» -9.3 [mmhg] d1"],
  ["年龄≥18岁的患者。", "number «18岁» 18 [year] >="],
  ["年龄在18岁以上的患者。", "number «18岁» 18 [year] >="],
  ["随访时间超过12个月。", "number «12个月» 12 [month] >"],
  ["体温高于38℃。", "number «38℃» 38 [celsius] >"],
  ["共有1 234例患者。", "number «1 234例» 1234 [patient]"],
  ["共有12 345.6人年。", "number «12 345.6» 12345.6 d1"],
  // Decimals grouped in threes by a space (GB/T 15835); digits before 例 are a count of their own.
  ["差异有统计学意义（P<0.000 1），π为3.141 59，给予0.000 12 mg。", "pvalue «P<0.000 1» 0.0001 < d4 | number «3.141 59» 3.14159 d5 | number «0.000 12 mg» 0.00012 [mg] d5"],
  ["共有12 345.678 9人年。", "number «12 345.678 9» 12345.6789 d4"],
  ["比值为0.125 3例复发。", "number «0.125» 0.125 d3 | number «3例» 3 [patient]"],
  ["目的为①安全性；②有效性。", "(none)"],
  ["首先，评估安全性。", "(none)"],
  ["共有2 , 400例患者。", "number «2 , 400例» 2400 [patient]"],
  ["第二组为对照组。", "ordinal «第二组» 2 [ordinal]"],
  // Identifiers that look like numbers, ranks, the article before one person, scientific notation.
  ["血清白细胞介素-6水平升高。", "(none) ⚓ 介素-6"],
  ["白细胞介素-1β和IL-6升高。", "(none) ⚓ 介素-1β ; IL-6"],
  ["COVID-19患者30例。", "number «30例» 30 [patient] ⚓ COVID-19"],
  ["Akt Ser473位点磷酸化增加。", "(none) ⚓ Ser473"],
  ["抑制HCV NS3/4A 蛋白酶，12例患者。", "number «12例» 12 [patient] ⚓ NS3/4A"],
  // Ploidy is a term: 亚二倍体 (hypodiploid), 三倍体 (triploid); 3倍 is threefold.
  ["以复杂核型和亚二倍体为主，三倍体少见。", "(none)"],
  ["升高3倍。", "number «3倍» 3 [fold] by"],
  ["mRS评分0分六例，1分二例；随机分三组。", "number «0» 0 | number «六例» 6 [patient] | number «1» 1 | number «二例» 2 [patient] | number «三组» 3 [group]"],
  ["这是一项三臂试验。", "number «三» 3"],
  ["确认了三因素结构，两点辨别觉为4～7 mm。", "number «三因素» 3 [factor] | number «两» 2 | range «4～7 mm» 4..7 [mm]"],
  ["千粒重为42.3 g，年龄1.4-1.6 Ma。", "number «千» 1000 | number «42.3 g» 42.3 [g] d1 | range «1.4-1.6 Ma» 1.4..1.6 [ma] d1"],
  // 周岁 is full years of age, 周期 a cycle; a range across units is read in the smaller one.
  ["平均年龄45.6周岁，年龄18～75周岁，共3周期，病程3天～2年。", "number «45.6周岁» 45.6 [year] d1 | range «18～75周岁» 18..75 [year] | number «3周期» 3 [cycle] | range «3天～2年» 3..730.5 [day]"],
  ["2019年第一季度、2020年1季度和第4季度。", "ordinal «第一季度» 1 [ordinal] | ordinal «1季度» 1 [ordinal] | ordinal «第4季度» 4 [ordinal] ⚓ 2019 ; 2020"],
  // By how much it grew (增加了1倍: doubled), or what it became (增至3倍, 是…的2倍).
  ["发病率增加了1倍，死亡率增至3倍，费用是对照组的2倍。", "number «1倍» 1 [fold] by | number «3倍» 3 [fold] | number «2倍» 2 [fold]"],
  // Roman grades, stages and degrees are their numbers; a trial's phase, a type and a class by them are names.
  ["12例发生Ⅲ～Ⅳ级毒性，NYHA III级，SchwabⅠ级截骨，Ⅱ度烧伤。", "number «12例» 12 [patient] | range «Ⅲ～Ⅳ» 3..4 | number «III» 3 | number «Ⅰ» 1 | number «Ⅱ» 2"],
  ["纳入Ⅲ期患者，开展Ⅲ期临床试验，Ⅱ型糖尿病，Ⅲ类植被。", "number «Ⅲ» 3 ⚓ Ⅱ型 ; Ⅲ期"],
  // A power of ten after a bracketed range scales both ends; N号 numbers a name; OD450 names its wavelength.
  ["白细胞为(2.5～5.0)×10⁹/L，2.5～5.0×10⁹/L；2号染色体，哨兵2号，OD450值。", "range «(2.5～5.0)×10⁹» 2500000000..5000000000 d-8 | range «2.5～5.0×10⁹» 2500000000..5000000000 d-8 | number «2» 2 | number «2» 2 | number «450» 450"],
  // Quartiles after a median are one range (the other version's `100-200`), not one number grouped by
  // its comma; a bracket that does not hold the median is no quartiles; pascals convert, mPa is no MPa.
  ["出血量为150（100，200）mL，强度1 000 MPa，黏度5 mPa·s。", "number «150» 150 | range «100，200» 100..200 | number «1 000 MPa» 1000 [mpa] | number «5» 5"],
  ["评分为50（60，80）。", "number «50» 50 | number «60» 60 | number «80» 80"],
  // Countries (八国), parts and modules, rounds are counted things; 一部分 is "some", 国内 no country.
  ["我们与南亚八国分三部分进行了两轮实验，一部分患者在国内。", "number «八国» 8 [country] | number «三部分» 3 [part] | number «两轮» 2 [round]"],
  // Leaves count a growth stage (三叶期, the 3-leaf stage); clover (三叶草) is no count.
  ["于三叶期和5叶期取样，三叶草。", "number «三» 3 | number «5» 5"],
  // 每年3月 is March; a century is an ordinal (19世纪, the 19th); a season names its years.
  ["每年3月采样，21世纪和二十世纪，2015/16和2019/2020年度。", "date «3月» ?-3-? | ordinal «21世纪» 21 [ordinal] | ordinal «二十世纪» 20 [ordinal] ⚓ 2015/16 ; 2019/2020"],
  // `3级或3级以上` is "grade 3 or higher": one number, its bound written with it again.
  ["3级或3级以上不良事件，60岁及60岁以上，60岁或70岁以上。", "number «3» 3 >= | number «60岁» 60 [year] >= | number «60岁» 60 [year] >= | number «70岁» 70 [year] >="],
  // 以上 bounds the number before it, not one further back with another number between.
  ["入射角达50°时吸收率仍保持在80%以上。", "number «50» 50 | percent «80%» 80 >="],
  // 以下 bounds the number before it as 以上 does; a comparative word before the number compares the whole phrase.
  ["海拔3000 m以上站点的增温速率高于1000 m以下站点，5岁以下儿童。", "number «3000 m» 3000 [m] >= | number «1000 m» 1000 [m] <= | number «5岁» 5 [year] <="],
  // 千 after digits is thousands, with 余 after it too (not 千克, 千米); 万余 is more than its 万.
  ["约5千人，3千余例，3万余例，2300多万元，体重5千克。","number «5千人» 5000 [patient] ~ d-3 | number «3千余例» 3000 [patient] > d-3 | number «3万余例» 30000 [patient] > d-4 | number «2300多万» 23000000 > d-4 | number «5千克» 5 [kg]"],
  // Two neighbouring numerals are a range (三四天, 3 to 4 days); 一二 and non-neighbours are not.
  ["症状持续三四天，两三个村庄，二三十岁，三四百例，一二组，三五天。", "range «三四天» 3..4 [day] | range «两三» 2..3 | range «二三十岁» 20..30 [year] | range «三四百例» 300..400 [patient] | number «一二组» 2 [group]"],
  // 成 counts tenths (七成 = 70%); not in 一成不变 or 分成.
  ["七成以上的农户，近三成，一成不变，分成两组。", "percent «七成» 70 >= | percent «三成» 30 ~ | number «两组» 2 [group]"],
  // 隔日 (every other day) is the period its 1次 restates; a bracket's unit takes a power.
  ["患者最佳矫正视力由20/200提高至20/40。", "ratio «20/200» 20/200 | ratio «20/40» 20/40"],
  ["43-A1型骨折21例。", "number «21例» 21 [patient] ⚓ 43-A1"],
  ["两组分别有2例和4例发生并发症。", "number «两组» 2 [group] | number «2例» 2 [patient] | number «4例» 4 [patient]"],
  ["约每七位长者即有一位独居。", "fraction «七位长者即有一位» 1/7"],
  ["与第1四分位数组相比，第4四分位数组风险更高。", "(none) ⚓ 第1四分位 ; 第4四分位"],
  ["每增加1个标准差，风险升高12%。", "percent «12%» 12 ⚓ 1个标准差"],
  ["BMI每增加1个单位，风险升高12%。","percent «12%» 12 ⚓ 1个单位"],
  ["患病率为4‰。", "number «4‰» 4 [permille]"],
  ["约3成仍不知晓。", "percent «3成» 30 ~"],
  ["野外工作于2017年7月和8月进行。", "date «2017年7月» 2017-7-? | date «8月» 2017-8-?"],
  ["2017年7月和8个月龄婴儿。", "date «2017年7月» 2017-7-? | number «8个月» 8 [month]"],
  ["减产31.4%[4,5]，如既往报道[12-13]。", "percent «31.4%» 31.4 d1 ⚓ [4,5] ; [12-13]"],
  ["最常见的3种型别为HPV52、16、58型，检出率依次为4.1%、3.2%、2.7%。", "number «3种» 3 [kind] | percent «4.1%» 4.1 d1 | percent «3.2%» 3.2 d1 | percent «2.7%» 2.7 d1 ⚓ HPV52、16、58型"],
  ["约三成仍不知晓。", "percent «三成» 30 ~"],
  ["3成功率较高。", "number «3» 3"],
  ["三成人参与。", "(none)"],
  ["患者接受2.5 mg·kg-1·d-1治疗，瑞芬太尼0.1 μg/(kg·min)，液体2 mL·kg-1·h-1。","number «2.5 mg·kg-1·d-1» 2.5 [mg/kg/day] d1 | number «0.1 μg/(kg·min)» 0.1 [μg/kg/minute] d1 | number «2 mL·kg-1·h-1» 2 [ml/kg/hour] ⚓ kg-1 ; d-1 ; kg-1 ; h-1"],
  // Measure words of things make a numeral a count; not where they start a word (二头肌, 批准), nor 四处 (everywhere) or 一批 (a).
  ["检测了四批样品，分离出三株菌，六头牛，两层，服用三片，接种两针，两节课，两处，一批样品，四处，肱二头肌，批准两项。","number «四批» 4 [batch] | number «三株» 3 [strain] | number «六» 6 | number «两层» 2 [layer] | number «三片» 3 [tablet] | number «两针» 2 [dose] | number «两节课» 2 [session] | number «两» 2 | number «两» 2"],
  ["使用Fe3O4纳米颗粒、Ti-6Al-4V合金和HCV NS3/4A蛋白酶进行3次试验。","number «3次试验» 3 [study] ⚓ Fe3O4 ; Ti-6Al-4V ; NS3/4A"],
  ["心功能iii～iv级，Clavien-Dindo ≥Ⅱ级并发症。","range «iii～iv» 3..4 | number «Ⅱ» 2 >="],
  ["吉西他滨于d1、d8给药，卡培他滨于第1～14天给药。","number «d1» 1 [day] | number «d8» 8 [day] | range «1～14天» 1..14 [day]"],
  ["信迪利单抗200 mg d1，顺铂75 mg/m2，d1。","number «200 mg» 200 [mg] | number «d1» 1 [day] | number «75 mg/m2» 75 [mg/m2] | number «d1» 1 [day]"],
  // A bound before a proportion in words is part of it.
  ["逾半数（56.2%）为女性，约三分之一吸烟。", "fraction «半数» 1/2 > | percent «56.2%» 56.2 d1 | fraction «三分之一» 1/3 ~"],
  // Tenths before the people counted, and after a hedge whatever follows: 近三成为 is nearly 30% who are.
  ["三成患者吸烟，近三成为吸烟者，约3成为成人，三成为一组。", "percent «三成» 30 | percent «三成» 30 ~ | percent «3成» 30 ~ | number «一组» 1 [group]"],
  // The Republic of China's calendar: 民國104年 is 2015, a time, and 民國104年1月 January 2015.
  ["分析民國104年至108年資料。", "(none) ⚓ 104年至108"],
  ["納入民國104年1月至108年12月就診者。", "date «民國104年1月» 2015-1-? | date «108年12月» 2019-12-?"],
  ["研究点位于北纬36°15′，东经117°30′。", "number «36°15′» 36.25 d2 | number «117°30′» 117.5 d2"],
  ["10^7次循环下的疲劳极限为560 MPa。", "number «10^7次循环» 10000000 [cycle] d-7 | number «560 MPa» 560 [mpa]"],
  ["PCR扩增35个循环。", "number «35个循环» 35 [cycle]"],
  ["均值为5.1，标准差为1.2。", "number «5.1» 5.1 d1 | number «1.2» 1.2 d1"],
  ["每10人中有1人吸烟。", "fraction «10人中有1人» 1/10 [patient]"],
  ["两组分含量较高。", "number «两» 2"],
  ["手术时间为（385.2±62.4）min。", "number «385.2» 385.2 [minute] d1 | number «62.4» 62.4 [minute] d1"],
  ["手术时间为385.2±62.4 min。", "number «385.2» 385.2 [minute] d1 | number «62.4 min» 62.4 [minute] d1"],
  ["住院时间为(12.9±5.1) d，Cohen's d=0.5。", "number «12.9» 12.9 [day] d1 | number «5.1» 5.1 [day] d1 | number «0.5» 0.5 d1"],
  ["HPV16型感染12例。", "number «12例» 12 [patient] ⚓ HPV16型"],
  ["隔日给药1次，eGFR<60 mL·min-1·(1.73 m2)-1，2 mg·(kg·d)-1。", "number «1次» 1 [time] | number «60 mL·min-1» 60 [ml/minute] < | number «2 mg» 2 [mg] ⚓ 1.73 m2 ; min-1 ; -1 ; -1"],
  ["磷脂酰肌醇蛋白聚糖3(Glypican-3)高表达。", "(none) ⚓ 聚糖3 ; Glypican-3"],
  ["人源类溶菌酶蛋白6（LYZL6）表达。", "(none) ⚓ 蛋白6 ; LYZL6"],
  ["Toll样受体4表达上调。", "(none) ⚓ 受体4"],
  ["人源类溶菌酶蛋白 6（LYZL6）表达。", "(none) ⚓ 蛋白 6 ; LYZL6"],
  ["尿蛋白 6 例阳性。", "number «6 例» 6 [patient]"],
  ["协同转运蛋白 - 1和2的抑制剂。", "number «1» 1 | number «2» 2"],
  ["基质金属蛋白酶-9表达升高。", "(none) ⚓ 酶-9"],
  ["血清白蛋白30 g/L。", "number «30 g/L» 30 [g/l]"],
  // A value glued to the name of what it measures, grouped by a space or opening a range, is no numbered name.
  ["乳酸脱氢酶1 286 U/L，肌酸激酶12 560 U/L，乳酸脱氢酶865～3 420 U/L。", "number «1 286 U/L» 1286 [u/l] | number «12 560 U/L» 12560 [u/l] | range «865～3 420 U/L» 865..3420 [u/l]"],
  ["尿蛋白阳性6例。", "number «6例» 6 [patient]"],
  ["水分按GB 5009.3-2016测定。", "(none) ⚓ GB 5009.3-2016"],
  ["添加剂符合GB/T 2760-2014。", "(none) ⚓ GB/T 2760-2014"],
  ["采用SPSS 22.0软件进行统计分析。", "(none) ⚓ SPSS 22.0"],
  ["采用Stata14.0分析数据。", "(none) ⚓ Stata14.0"],
  ["采用V3.0版软件。", "(none) ⚓ V3.0"],
  ["齿式为I3/3，C1/1，P4/4，M3/3。", "(none) ⚓ I3/3,C1/1,P4/4,M3/3"],
  ["5-HT2A受体和5-FU。", "(none) ⚓ 5-HT2A ; 5-FU"],
  ["4-1BB表达于30%的细胞。", "percent «30%» 30 ⚓ 4-1BB"],
  ["这是第四次全国调查。", "ordinal «第四次» 4 [ordinal]"],
  ["第4届大会在北京召开。", "ordinal «第4届» 4 [ordinal]"],
  ["第3个月时复查。", "number «3个月» 3 [month]"],
  ["本文报道1例Castleman病。", "number «1例» 1 [patient]"],
  ["差异有统计学意义(P<2.5×10⁻⁵)。", "pvalue «P<2.5×10⁻⁵» 0.000025 < d6"],
  ["差异有统计学意义(P＜1.2×10-3)。", "pvalue «P＜1.2×10-3» 0.0012 < d4"],
  ["差异有统计学意义(P=1.2e-3)。", "pvalue «P=1.2e-3» 0.0012 = d4"],
  ["国家自然科学基金（81770123）资助。", "(none) ⚓ 81770123"],
  ["国家重点研发计划（2018YFC1311900）。", "(none) ⚓ 2018YFC1311900"],
  ["本项目纳入12345例患者。", "number «12345例» 12345 [patient]"],
  ["64例MM患者入组。", "number «64例» 64 [patient]"],
  // List items without their opening bracket.
  ["结果表明：1)沙丘分布在沙漠边缘；2)30例患者有效。", "number «30例» 30 [patient]"],
  ["亚组（n：5）改善。", "number «5» 5"],
  ["结果表明：1)安全，2)30例患者有效。", "number «30例» 30 [patient]"],
  ["17p13缺失见于8例患者。", "number «8例» 8 [patient] ⚓ 17p13"],
  ["8例携带有t（14;16）和17p13缺失。", "number «8例» 8 [patient] ⚓ t(14;16) ; 17p13"],
  ["MTHFR 677C>T多态性见于120例患者。", "number «120例» 120 [patient] ⚓ 677C>T"],
  ["以2015年4月—2017年2月收治的患者24例为对象。","date «2015年4月» 2015-4-? | date «2017年2月» 2017-2-? | number «24例» 24 [patient]"],
  ["会议于2019年5月12日至14日召开，6月15日和16日复会。","date «2019年5月12日» 2019-5-12 | date «14日» 2019-5-14 | date «6月15日» ?-6-15 | date «16日» ?-6-16"],
  ["以 2015 年 4 月—2017 年 2 月收治的患者为对象。","date «2015 年 4 月» 2015-4-? | date «2017 年 2 月» 2017-2-?"],
  ["以2015.04—2017.02收治的患者24例为对象。","date «2015.04» 2015-4-? | date «2017.02» 2017-2-? | number «24例» 24 [patient]"],
  ["选择2015/1至2016/1就诊的患者，体重2015.5 g。","date «2015/1» 2015-1-? | date «2016/1» 2016-1-? | number «2015.5 g» 2015.5 [g] d1"],
  ["数据收集至2019年7月1日。","date «2019年7月1日» 2019-7-1"],
  ["检索至2019-07-01。","date «2019-07-01» 2019-7-1"],
  ["随访于2018-03结束。","date «2018-03» 2018-3-?"],
  ["最好在10月底前完成接种。","date «10月» ?-10-?"],
  ["研究时间为2018年3月至2019年5月。","date «2018年3月» 2018-3-? | date «2019年5月» 2019-5-?"],
  ["研究时间为2018年3月至5月。","date «2018年3月» 2018-3-? | date «5月» 2018-5-?"],
  // A bare span of months, 月 at one end or both: a range of months that may be calendar months (maybeCalendarMonths).
  ["样品于生长季（5—9月）采集，春季（3—4月）采样。", "range «5—9月» 5..9 [month] | range «3—4月» 3..4 [month]"],
  ["样品4月至9月采集。", "range «4月至9月» 4..9 [month]"],
  // A dash after a number's unit joins a span, it is no minus: 5月—9月, 3个月-6个月 (a minus after 为 stays one).
  ["样品于每年（5月—9月）采集，随访3个月-6个月，温度为-3℃。", "range «5月—9月» 5..9 [month] | range «3个月-6个月» 3..6 [month] | number «-3℃» -3 [celsius]"],
  // A span of months into the next year: both ends are months of the calendar; a comparative before calendar months bounds nothing.
  ["冬季（12月至次年2月）阳性率高于6—8月，10月—翌年1月为高峰，高于3个月。", "date «12月» ?-12-? | date «2月» ?-2-? | range «6—8月» 6..8 [month] | date «10月» ?-10-? | date «1月» ?-1-? | number «3个月» 3 [month] >"],
  // Provinces and counties counted without a measure word; 省级 is a level.
  ["广西、贵州和广东三省份及12县，3省级机构。", "number «三» 3 | number «12» 12 | number «3» 3"],
  // A point in time up to a calendar year is no span of weeks.
  ["2022年第40周至2023年第39周，随访6周至2019年。", "number «40周» 40 [week] | number «39周» 39 [week] | number «6周» 6 [week] ⚓ 2022 ; 2023 ; 2019"],
  // A minus after 为 or 是 stays one though a period's 年 stands before it.
  ["2004—2007年APC为3.9%，2007—2013年为-6.8%，2013年是-2.2%。", "percent «3.9%» 3.9 d1 | percent «-6.8%» -6.8 d1 | percent «-2.2%» -2.2 d1 ⚓ 2004—2007 ; 2007—2013 ; 2013"],
  ["选择2015年1~12月就诊的孕妇。","date «2015年1» 2015-1-? | date «12月» 2015-12-?"],
  ["选择2015年1\\~12月就诊的孕妇。","date «2015年1» 2015-1-? | date «12月» 2015-12-?"],
  ["发病率在20世纪80年代上升。","date «20世纪80年代» 1980s"],
  ["发病率在二十世纪八十年代上升。","date «二十世纪八十年代» 1980s"],
  ["发病率在80年代上升。","date «80年代» 1980s"],
  // An event named by its month and day in quotation marks is that date; a quoted value is still a decimal.
  ["郑州“7·20”特大暴雨与“5·12”汶川地震，pH为“7.5”。","date «7·20» ?-7-20 | date «5·12» ?-5-12 | number «7.5» 7.5 d1"],
  // An earthquake's magnitude glued to its scale is its value, not a name.
  ["泸定县发生Ms6.8地震，矩震级为Mw6.6。","number «6.8» 6.8 d1 | number «6.6» 6.6 d1"],
  // Two decades of one century, 世纪 and 年代 written once: the 1980s–1990s.
  ["华北在20世纪80—90年代变干，与二十世纪六十～七十年代相比。","date «20世纪80» 1980s | date «90年代» 1990s | date «二十世纪六十» 1960s | date «七十年代» 1970s"],
  ["2000年之后发病率上升。","(none) ⚓ 2000"],
  ["在第0天(D)、D14、D28记录评分。","number «0天» 0 [day] | number «D14» 14 [day] | number «D28» 28 [day]"],
  ["在第０天(D)、D１４、D２８记录评分。","number «０天» 0 [day] | number «D１４» 14 [day] | number «D２８» 28 [day]"],
  ["残基D166和D168突变。","(none) ⚓ D166 ; D168"],
  ["随访6月。","number «6月» 6 [month]"],
  ["2019-2020年度接种1剂次。","number «1剂» 1 [dose] ⚓ 2019-2020"],
  ["出生于2013 年2月15日。","date «2013 年2月15日» 2013-2-15"],
  ["有效率为(2/41，4.9%)。","fraction «2/41» 2/41 | percent «4.9%» 4.9 d1"],
  ["差异有统计学意义(P＜0.05)。","pvalue «P＜0.05» 0.05 < d2"],
  ["共纳入１２例患者。","number «１２例» 12 [patient]"],
  ["1，3，5年生存率分别为90%、80%和70%。","number «1» 1 | number «3» 3 | number «5年» 5 [year] | percent «90%» 90 | percent «80%» 80 | percent «70%» 70"],
  ["经2,4-D处理。","(none) ⚓ 2,4-D"],
  // Forms of unseen abstracts, each a category: a number after a bracketed abbreviation (not Th17's), chemical locants, counts like years, trial phases, seconds, times as multiples, IHC scores, k-fold, weeks+days, ranges over two units.
  ["C反应蛋白（CRP）12.5 mg/L，左室射血分数（LVEF）42.6%。","number «12.5 mg/L» 12.5 [mg/l] d1 | percent «42.6%» 42.6 d1"],
  ["部分缓解（PR）8例，深静脉血栓(DVT) 12例，辅助性T细胞（Th）17细胞升高。","number «8例» 8 [patient] | number «12例» 12 [patient] ⚓ 17"],
  ["血清5-羟色胺（5-HT）、8-羟基脱氧鸟苷和1,25-二羟维生素D3水平降低。","(none) ⚓ 5 ; 8 ; 1,25 ; 5-HT ; D3"],
  ["采用3-(4,5-二甲基噻唑-2)-2,5-二苯基四氮唑溴盐（MTT）法和4',6-二脒基-2-苯基吲哚（DAPI）染色。","(none) ⚓ 3 ; 4,5 ; 2 ; 2,5 ; 4',6 ; 2"],
  ["给予5-氟尿嘧啶3-5周，3-甲组12例。","range «3-5周» 3..5 [week] | number «3» 3 | number «12例» 12 [patient] ⚓ 5"],
  ["共收集2019份样本，检索到2061篇文献，纳入1998户家庭、2003株菌。","number «2019» 2019 | number «2061» 2061 | number «1998» 1998 | number «2003株» 2003 [strain]"],
  ["2019年版指南于2019年发布。","(none) ⚓ 2019 ; 2019"],
  ["在这项1b/2期试验中，这项3期项目包括2个3期部分。","number «2» 2 ⚓ 1b/2期 ; 3期 ; 3期"],
  ["分3期进行，2期影像，3期部分患者。","number «3» 3 | number «2» 2 | number «3» 3"],
  ["耗时30 s，45秒，200 ms。","number «30 s» 30 [second] | number «45秒» 45 [second] | number «200 ms» 200 [ms]"],
  ["HER2（+++）20例，（++）5例，（-）3例，CD4+ T细胞。","number «20例» 20 [patient] | number «5例» 5 [patient] | number «3例» 3 [patient] ⚓ (+++) ; (++) ; (-) ; HER2 ; CD4+"],
  ["采用五折交叉验证和10折交叉验证，商品打五折。","number «五折» 5 [fold] | number «10折» 10 [fold]"],
  ["分娩孕周为孕34+2周，38周+6天，36周2天，3+2周。","number «34+2周» 240 [day] | number «38周+6天» 272 [day] | number «36周2天» 254 [day] | number «3» 3 | number «2周» 2 [week]"],
  ["孕39+2、40+1和41+5周。","number «39+2» 275 [day] | number «40+1» 281 [day] | number «41+5周» 292 [day]"],
  ["病变分为3型，其中2型最多；菌株聚为5个基因型，分为三型。","number «3型» 3 [kind] | number «5个基因型» 5 [kind] | number «三型» 3 [kind] ⚓ 2型"],
  // Days raised after the weeks, alone and in a span; not an ion's charge or a cell's marker.
  ["胎龄为27⁺³～33⁺¹周，孕38⁺²周，27+3～33+1周；Ca²⁺和CD4⁺细胞。","range «27⁺³～33⁺¹周» 192..232 [day] | number «38⁺²周» 268 [day] | range «27+3～33+1周» 192..232 [day] ⚓ CD4"],
  // A span whose one end alone has days: the whole weeks a range, the days apart (as `36周至37周+6天`); was 6 weeks, or the range 1 to 32.
  ["胎龄26～31⁺⁶周，胎龄28⁺¹～32周。","range «26～31» 26..31 [week] | number «⁶» 6 [day] | number «28⁺¹» 197 [day] | number «32周» 32 [week]"],
  // Pairs of a patient and a carer counted in 组 are cases; the groups the pairs are divided into stay groups.
  ["选取患儿及其家长120组，按随机数字表法分为2组，各60组；另将患者分为3组，各20组。","number «120组» 120 [patient] | number «2组» 2 [group] | number «60组» 60 [patient] | number «3组» 3 [group] | number «20组» 20 [group]"],
  // A later span of months of the year a span before it names, told by the same words after both; a follow-up of months stays a duration.
  ["2022年1—6月出院的为对照组，7—12月出院的为干预组。","date «2022年1» 2022-1-? | date «6月» 2022-6-? | date «7» 2022-7-? | date «12月» 2022-12-?"],
  ["选取2022年1—6月收治的患者，随访7～12月后复查。","date «2022年1» 2022-1-? | date «6月» 2022-6-? | range «7～12月» 7..12 [month]"],
  // The one of 另1个, 另一组 is `the other`, no count; 另有1例 adds one.
  ["其中1个社区为干预组，另1个社区为对照组；另一组为空白；另有1例失访。","number «1» 1 | number «1例» 1 [patient]"],
  ["持续6分钟～24小时。","range «6分钟～24小时» 6..1440 [minute]"],
  ["按1∶2∶1至1∶4∶1混合。","(none) ⚓ 1:2:1至1:4:1"],
  ["全球可导致300万~500万重症病例。","range «300万~500万» 3000000..5000000 d-4"],
  ["全球可导致3~5万例死亡。","range «3~5万例死亡» 30000..50000 [death] d-4"],
  ["约2300多万人受影响。","number «2300多万人» 23000000 [patient] > ~ d-4"],
  ["共20余例。","number «20余例» 20 [patient] >"],
  ["消费量从994亿下降至885亿。","number «994亿» 99400000000 d-8 | number «885亿» 88500000000 d-8"],
  ["消费量从 994 下降至 885 亿支。","number «994» 99400000000 d-8 | number «885 亿» 88500000000 d-8"],
  ["万人空巷。","(none)"],
  ["年龄1岁9个月～75岁。","range «1岁9个月～75岁» 21..900 [month]"],
  ["年龄为1岁9个月。","number «1岁9个月» 21 [month]"],
  ["6月龄~5岁儿童。","range «6月龄~5岁» 6..60 [month]"],
  // An age in days or weeks at the low end, as animals' and infants' ages are written.
  ["28日龄～18岁患儿，6周龄～6月龄犬，2周龄至8周龄仔猪。","range «28日龄～18岁» 28..6574.5 [day] | range «6周龄～6月» 6..26.089285714285715 [week] | range «2周龄至8周» 2..8 [week]"],
  // A hard-wrapped line may part 月龄; it stays an age, never the month of June.
  ["6月\n龄~5岁儿童，≥6月\n龄婴儿。","range «6月\n龄~5岁» 6..60 [month] | number «6月» 6 [month] >="],
  ["≥9岁儿童仅需接种1剂次。","number «9岁» 9 [year] >= | number «1剂» 1 [dose]"],
  ["共13萬人。","number «13萬人» 130000 [patient] d-4"],
  ["共3億人受影響。","number «3億人» 300000000 [patient] d-8"],
  // The rest of a large number in digits after 万 or 亿 is one number, stated to every digit.
  ["分析541萬7,699人次，支出1亿2,345万元，共3亿500万6,000人。","number «541萬7,699» 5417699 | number «1亿2,345万» 123450000 d-4 | number «3亿500万6,000人» 305006000 [patient]"],
  ["兩組均有改善。","number «兩組» 2 [group]"],
  // 間 counts hospitals in Hong Kong; not 间隔, 间期.
  ["入住兩間分區醫院及2家三甲医院，两次间隔期。","number «兩間分區醫院» 2 [center] | number «2家三甲医院» 2 [center] | number «两次» 2 [time]"],
  ["隨訪6個月。","number «6個月» 6 [month]"],
  ["治療持續12週。","number «12週» 12 [week]"],
  ["平均年齡為72歲。","number «72歲» 72 [year]"],
  ["共1O例。","number «1O例» 10 [patient]"],
  ["损耗代价为O.5985。","number «O.5985» 0.5985 d4"],
  ["密钥长度为l6。","number «l6» 16"],
  ["措施包括：1)加强宣传，2)制定规则。","(none)"],
  ["研究于3月开始。","date «3月» ?-3-?"],
  ["治疗从3月后开始。","number «3月» 3 [month]"],
  ["随访1至3月。","range «1至3月» 1..3 [month]"],
  ["差异有统计学意义（P=0·03）。","pvalue «P=0·03» 0.03 = d2"],
  ["数十年内无法获得证据。","number «十年» 10 [year] ~"],
  ["数百例患者接受治疗。","number «百例» 100 [patient] ~"],
  ["在过去十年中发病率上升。","number «十年» 10 [year]"],
  ["例数32例。","number «32例» 32 [patient]"],
  // Forms of unseen abstracts: clinical codes are identifiers compared by their system, not amounts (a bare sum is arithmetic).
  ["穿刺显示40例患者Gleason评分4+3=7分。","number «40例» 40 [patient] ⚓ 4+3=7"],
  ["12例患者肿瘤分期为ypT0N0。","number «12例» 12 [patient] ⚓ ypT0N0"],
  ["30例患者病灶为BI-RADS 4b类。","number «30例» 30 [patient] ⚓ 4b"],
  ["50例患者中20例为Child-Pugh B级。","fraction «50例患者中20例» 20/50 [patient] ⚓ B"],
  ["纳入ICD-10编码为I21.0的患者。","(none) ⚓ I21.0 ; ICD-10"],
  ["针刺足三里（ST36）4周。","number «4周» 4 [week] ⚓ ST36"],
  ["使用P3代细胞。","(none) ⚓ P3"],
  ["共获得8个230Th年龄。","number «8» 8 ⚓ 230Th"],
  ["测定了25颗锆石的δ13C值和206Pb/238U年龄。","number «25» 25 ⚓ 13C ; 206Pb ; 238U"],
  ["无肝期（52.7±13.8）min。","number «52.7» 52.7 [minute] d1 | number «13.8» 13.8 [minute] d1"],
  ["在这项1b/2期研究中纳入40例患者。","number «40例» 40 [patient] ⚓ 1b/2期"],
  ["120例患者中40例为CKD 3b期。","fraction «120例患者中40例» 40/120 [patient] ⚓ 3b"],
  ["ⅢA期、3b～4期和4～5期患者，2a期试验。","range «4～5» 4..5 ⚓ ⅢA ; 3b~4 ; 2a期"],
  ["5岁以下儿童死亡率下降了20%。","number «5岁» 5 [year] <= | percent «20%» 20"],
  // Thousands glued to K before a Latin name, as English reads them; not kelvin before Chinese, nor a resolution.
  ["利用55K SNP芯片对411份材料分型，在300K下，4K分辨率，共37个位点（P＜10-4）。","number «55K» 55000 d-3 | number «411» 411 | number «300» 300 | number «37» 37 | pvalue «P＜10-4» 0.00009999999999999999 < d4 ⚓ 4K"],
  // A number like a year before a squared or cubed length (km2, hm2, m3/s) is an amount.
  ["林地和草地分别增加了1268 km2和2035 km2，流量为1980 m3/s，2015年面积为2010 hm2。","number «1268 km2» 1268 [km2] | number «2035 km2» 2035 [km2] | number «1980» 1980 | number «2010 hm2» 2010 [ha] ⚓ km2 ; km2 ; m3 ; hm2 ; 2015"],
  ["水稻产量为528 kg/亩，纯收入为2 564元/亩，施氮225 kg·hm⁻²，经营规模50亩以上。", "number «528 kg/亩» 528 [kg/mu] | number «2 564元/亩» 2564 [yuan/mu] | number «225 kg·hm⁻²» 225 [kg/ha] | number «50亩» 50 [mu] >="],
  // The mu written as its area, 667 m², after a yield's slash; a plot of 667 m² is still an area.
  ["产量为494 kg/667m2，收入2 564元/667m2，小区面积667 m2。", "number «494 kg/667m2» 494 [kg/mu] | number «2 564元/667m2» 2564 [yuan/mu] | number «667 m2» 667 [m2] ⚓ m2 ; 667m2 ; 667m2"],
  // A flattened power of ten before a volume: 476.1×10⁸ m³ (476.1亿m3).
  ["径流量由476.1×108 m3降至269.4×108 m3。", "number «476.1×108 m3» 47610000000 [m3] d-7 | number «269.4×108 m3» 26940000000 [m3] d-7 ⚓ m3 ; m3"],
  // A scale of time (centennial, decadal) is no number of years; 近百年 (the past century) is.
  ["识别出8次百年尺度干旱事件和十年际变化，近百年来气温上升。","number «8次» 8 [time] | number «百年» 100 [year] ~"],
  ["4次实验均使用第3代细胞，第3代药物。","number «4次» 4 [time] | ordinal «第3代» 3 [ordinal] ⚓ 第3代"],
  // Ages in years;months (3;0～5;11岁): each one age in months, the 岁 after it its own.
  ["48名3;0～5;11岁儿童和12名成人，其中1名4;6岁。","number «48名» 48 [patient] | range «3;0～5;11岁» 36..71 [month] | number «12名» 12 [patient] | number «1名» 1 [patient] | number «4;6岁» 54 [month]"],
  // A time of day: 8:00, 上午8时, 下午4点 (16:00); not 8小时, a duration, nor 1∶50, a ratio.
  ["于8:00、上午8时、下午4点和16：30采血，血清按1∶50稀释，处理8小时。","number «8:00» 480 [clock] | number «8时» 480 [clock] | number «4点» 960 [clock] | number «16：30» 990 [clock] | ratio «1∶50» 1/50 | number «8小时» 8 [hour]"],
  // A span of the day: 上午 or 下午 is both ends'; with no part of the day, 8至10时 stays a range.
  ["于上午8时至10时和下午2—4时采集样本，另于8至10时。","number «8时» 480 [clock] | number «10时» 600 [clock] | number «2» 840 [clock] | number «4时» 960 [clock] | range «8至10» 8..10"],
  // A 24-hour time keeps its hour after a span from the evening.
  ["夜雨（北京时20:00—08:00）占60%以上。","number «20:00» 1200 [clock] | number «08:00» 480 [clock] | percent «60%» 60 >="],
  // 千分之三 is three per mille, as 3‰; 百分之三 a percentage, 三分之一 a fraction.
  ["患病率为千分之三，另为百分之三，三分之一，千分之二点五。","number «千分之三» 3 [permille] | percent «百分之三» 3 | fraction «三分之一» 1/3 | number «千分之二点五» 2.5 [permille] d1"],
  // A passage number with its P-name in brackets before 细胞 is a passage too, not an ordinal.
  ["取对数生长期第3代（P3）细胞，处理24 h。","number «24 h» 24 [hour] ⚓ 第3代 ; P3"],
  ["第2相代谢涉及3种酶，Ⅱ相反应。","number «3种» 3 [kind] ⚓ 第2相 ; Ⅱ相"],
  ["40例骨折中12例为43-C型。","fraction «40例骨折中12例» 12/40 [patient] ⚓ 43-C"],
  ["年最大日降水量（RX1day）增加了5%。","percent «5%» 5 ⚓ RX1day"],
  ["40例患者Gleason评分7分（3+4）。","number «40例» 40 [patient] ⚓ 7分(3+4)"],
  // 次 after 循环 counts cycles (of a battery's charge and discharge): `循环200次` is `200 cycles`, as `200次循环` is.
  ["循环200次后容量保持率为88.7%，充放电循环500次后为80.2%。","number «200次» 200 [cycle] | percent «88.7%» 88.7 d1 | number «500次» 500 [cycle] | percent «80.2%» 80.2 d1"],
  ["每周给药1次，共循环治疗3次。","number «1次» 1 [time] | number «3次» 3 [time]"],
  // A locant glued to 羟 with no hyphen names the compound; 1+级 is a grade, no IHC score; a count may follow a Gleason code's bracket.
  ["血清25羟维生素D、1,25二羟维生素D3和5羟色胺。","(none) ⚓ 25 ; 1,25 ; 5 ; D3"],
  // Kelvin set apart from its number, as ℃ is read.
  ["在298 K下测定，液氮温度为77 K。","number «298 K» 298 [kelvin] | number «77 K» 77 [kelvin]"],
  // Primed locants before any name, a diol's locants, and a locant after a clause's comma (folded to `,`).
  ["以4,4′-二氨基二苯醚和3,3′,4,4′-联苯四甲酸二酐为单体，副产物为1,4-戊二醇（3.5%）。","percent «3.5%» 3.5 d1 ⚓ 4,4′ ; 3,3′,4,4′ ; 1,4"],
  ["结果，5-氟尿嘧啶组有效率为80%，3-甲组为60%。","percent «80%» 80 | number «3» 3 | percent «60%» 60 ⚓ 5"],
  // A half-life's symbol and an orthogonal array whose powers were flattened (`L9(34)` is L9(3⁴)).
  ["t1/2为（3.84±0.62）h，t1/2β为4.1 h；采用L9(34)正交试验。","number «3.84» 3.84 [hour] d2 | number «0.62» 0.62 [hour] d2 | number «4.1 h» 4.1 [hour] d1 ⚓ t1/2 ; t1/2β ; L9(34)"],
  ["改良Ashworth分级1+级12例，HER2 2+ 5例。","number «1» 1 | number «12例» 12 [patient] | number «5例» 5 [patient] ⚓ 2+ ; HER2"],
  ["Gleason评分7分（3+4）24例。","number «24例» 24 [patient] ⚓ 7分(3+4)"],
  // 不少于, 不低于, 不小于 are "at least", not the 少于 (fewer than) they end with.
  ["疗程不少于12周，年龄不低于18岁，不小于5 mm，少于3次。","number «12周» 12 [week] >= | number «18岁» 18 [year] >= | number «5 mm» 5 [mm] >= | number «3次» 3 [time] <"],
  // A bound or an approximation in words before white space of any width.
  ["疗程至少\u300012周，约\u00a030次随访，共不足 5 例。", "number «12周» 12 [week] >= | number «30次» 30 [time] ~ | number «5 例» 5 [patient] <"],
  ["第\u00a03次随访时，辅助性T细胞（Th）\u00a017细胞升高。", "ordinal «第\u00a03次» 3 [ordinal] ⚓ 17"],
  ["差值为-0.45，共\u00a03万人，差值（-1.2）。", "number «-0.45» -0.45 d2 | number «3万人» 30000 [patient] d-4 | number «-1.2» -1.2 d1"],
  // An estimate's label in capitals keeps the sign of the decimal after it; after 至 a hyphen is a sign, as after ～.
  ["每年下降2.6%（APC −2.6；95% CI −3.1至−2.0），MD -1.20。", "percent «2.6%» 2.6 d1 | number «−2.6» -2.6 d1 | percent «95%» 95 | range «−3.1至−2.0» -3.1..-2 d1 | number «-1.20» -1.2 d2"],
  // A multiple after 之 is one; 之一 stays "one of".
  ["男性約為女性之兩倍，為三者之一。", "number «兩倍» 2 [fold]"],
  // A hyphen after a solvent joins two components of a mobile phase; after a verb it is a minus.
  ["流动相为乙腈-0.1%甲酸，变化为-0.43。", "percent «0.1%» 0.1 d1 | number «-0.43» -0.43 d2"],
  // A limit a standard sets, with a modal verb after 不: the pharmacopoeia's 不得少于 (not less than), 不得过 (not more than).
  ["含量不得少于9.0%，水分不得过13.0%，每日不宜超过5 mg，不应低于2 h，不得低于3次。", "percent «9.0%» 9 >= d1 | percent «13.0%» 13 <= d1 | number «5 mg» 5 [mg] <= | number «2 h» 2 [hour] >= | number «3次» 3 [time] >="],
  // A count after a name's number and a space is no thousands group of the two.
  ["检出blaKPC-2 104株，IL-6 120例。", "number «104株» 104 [strain] | number «120例» 120 [patient] ⚓ blaKPC-2 ; IL-6"],
  // A measure per volume or mass written with a power of -1, as Chinese journals ask; lengths in bp and kb, masses in kDa.
  ["降至0.125 μg·mL⁻¹、4 mg·L-1和8 g·kg⁻¹。", "number «0.125 μg·mL⁻¹» 0.125 [μg/ml] d3 | number «4 mg·L-1» 4 [mg/l] | number «8 g·kg⁻¹» 8 [g/kg] ⚓ L-1"],
  ["扩增1 500 bp片段，分子质量约53 kDa。", "number «1 500 bp» 1500 [bp] | number «53 kDa» 53 [kda] ~"],
  // A licence for laboratory animals and an accession number of a sequence name things.
  ["小鼠（许可证号SCXK（湘）2019-0004）；GenBank登录号OQ123456。", "(none) ⚓ SCXK(湘)2019-0004 ; OQ123456"],
  // Globin mutations by their names older than HGVS, with a Roman numeral of their own.
  ["检出c.-78A>G（-28）9例，c.316-197C>T（IVS-Ⅱ-654）11例，CD41-42 30例，-28（A>G）4例，第12/13密码子突变6例。", "number «9例» 9 [patient] | number «11例» 11 [patient] | number «30例» 30 [patient] | number «4例» 4 [patient] | number «6例» 6 [patient] ⚓ c.-78A>G ; c.316-197C>T ; CD41-42 ; 第12/13密码子 ; IVS-Ⅱ-654 ; -28 ; -28(A>G)"],
  // A signed number in brackets is an amount, not a list marker.
  ["A组评分下降（-28），B组升高（+3）。", "number «-28» -28 | number «+3» 3"],
  // A share in digits before 的, 以上, 左右; not before a grade.
  ["近1/3的患者曾发生骨折，2/3以上有效，1/4左右复发，3/4级不良反应少见。", "fraction «1/3» 1/3 ~ | fraction «2/3» 2/3 | fraction «1/4» 1/4 | number «3» 3 | number «4» 4"],
  // A slash between two means with their SDs, unbracketed: a pressure, not a fraction 14/98.
  ["诊室血压为168±14/98±10 mmHg，12/36例＜130/80 mmHg。", "number «168» 168 | number «14» 14 | number «98» 98 [mmhg] | number «10 mmHg» 10 [mmhg] | fraction «12/36例» 12/36 [patient] | number «130» 130 [mmhg] < | number «80 mmHg» 80 [mmhg]"],
  // A range of types is one name (`type 3-5`), and so are two of them (`types 1 and 2`, `type 3 or 5`).
  ["BARC 3～5型出血，3-5型，2型糖尿病，1、2型。", "(none) ⚓ 3~5型 ; 3-5型 ; 2型 ; 1、2型"],
  ["大出血（BARC 3或5型）12例。", "number «12例» 12 [patient] ⚓ 3或5型"],
  ["纳入1型和2型糖尿病患者45例。", "number «45例» 45 [patient] ⚓ 1型和2型"],
  // A minus after a conjunction or a list comma (和, 与, 及, 、, 比) is a sign, though a number stands before it.
  ["logMAR视力分别为-0.05±0.06和-0.03±0.07，变化量为-1.2、-0.8与-0.5，比值为0.5比-0.2。", "number «-0.05» -0.05 d2 | number «0.06» 0.06 d2 | number «-0.03» -0.03 d2 | number «0.07» 0.07 d2 | number «-1.2» -1.2 d1 | number «-0.8» -0.8 d1 | number «-0.5» -0.5 d1 | number «0.5» 0.5 d1 | number «-0.2» -0.2 d1"],
  // The SD of one mean and the next mean after 至 are a change, no range.
  ["用药数量由2.4±0.8种减少至0.3±0.6种，DLQI由15.2±5.1至2.3±2.0。", "number «2.4» 2.4 [kind] d1 | number «0.8种» 0.8 [kind] d1 | number «0.3» 0.3 [kind] d1 | number «0.6种» 0.6 [kind] d1 | number «15.2» 15.2 d1 | number «5.1» 5.1 d1 | number «2.3» 2.3 d1 | number «2.0» 2 d1"],
  // A dose in the morning and one in the evening is two times, one claim; a count after it is its own.
  ["每日1剂，早晚分服；或分早晚温服，早晚各服1次；水煎分早晚2次服。", "number «1剂» 1 [dose] | number «早晚» 2 [time] | number «分早晚» 2 [time] | number «早晚各服1次» 2 [time] | number «2次» 2 [time]"],
  // A sugar's phosphate is a chemical locant.
  ["葡萄糖-6-磷酸脱氢酶缺乏症12例，果糖-1,6-二磷酸治疗3例。", "number «12例» 12 [patient] | number «3例» 3 [patient] ⚓ 6 ; 1,6"],
  // A locant after a clause's comma: the comma joins no list of locants.
  ["血糖2.1 mmol/L，17-羟孕酮＞200 nmol/L。", "number «2.1 mmol/L» 2.1 [mmol/l] d1 | number «200 nmol/L» 200 [nmol/l] > ⚓ 17"],
  // Members of a pedigree by generation and place name, not count; not a longer name's part.
  ["患者7例（男4例，女3例），分别为Ⅰ-2、Ⅱ-4、Ⅲ：5和Ⅳ-1，IVS-Ⅱ-654。", "number «7例» 7 [patient] | number «4例» 4 [patient] | number «3例» 3 [patient] ⚓ Ⅰ-2 ; Ⅱ-4 ; Ⅲ:5 ; Ⅳ-1 ; IVS-Ⅱ-654"],
  // Flattened powers: a negative one after a bracketed mantissa or a bound, exponents up to 49, and before a density (cm-3), which is no size.
  ["积分流量为（3.4±0.5）×10-9 ph·cm-2·s-1，光度为2.3×1033 erg·s-1。", "number «3.4» 3.4 d1 | number «0.5» 0.5 d1 | number «10-9» 1e-9 d9 | number «2.3×1033» 2.3e+33 d-32 ⚓ cm-2 ; s-1 ; s-1"],
  ["缺陷态密度由1.86×1016 cm-3降至7.4×1015 cm-3，2.5×105 mm不变。", "number «1.86×1016 cm» 18600000000000000 [cm] d-14 | number «7.4×1015 cm» 7400000000000000 [cm] d-14 | number «2.5» 2.5 d1 | number «105 mm» 105 [mm] ⚓ cm-3 ; cm-3"],
  ["偏差小于10-4。", "number «10-4» 0.00009999999999999999 < d4"],
  ["在p＝100、200和500的条件下模拟。", "number «100» 100 | number «200» 200 | number «500» 500"],
  // A model named by its size in billions (not a name's `Qwen-72B`); a grading scale (百分制); a school year (二年级); a share
  // before a Chinese word (后1/3的, not 1/3日); a catalyst reused for cycles (循环使用4次).
  ["其中Qwen-72B模型优于7B模型，参数量0.3M。", "number «7B» 7000000000 d-9 | number «0.3M» 300000 d-5 ⚓ Qwen-72B"],
  ["按百分制评分，二年级学生焦虑最高，四年级最低。", "number «百» 100 | ordinal «二年级» 2 [ordinal] | ordinal «四年级» 4 [ordinal]"],
  // School grades by their stage (初一 to 初三 are grades 7 to 9, 高一 to 高三 grades 10 to 12) and a range naming 年级 once;
  // not 提高一倍, 最高三次, a lipid (高三酰甘油) or a lunar date (正月初一).
  ["对七年级至高三年级学生及初中二年级学生进行调查。", "ordinal «七年级» 7 [ordinal] | ordinal «高三年级» 12 [ordinal] | ordinal «初中二年级» 8 [ordinal]"],
  ["初一712名、初二698名、初三655名，分别为4.1%、5.9%和7.9%。", "ordinal «初一» 7 [ordinal] | number «712名» 712 [patient] | ordinal «初二» 8 [ordinal] | number «698名» 698 [patient] | ordinal «初三» 9 [ordinal] | number «655名» 655 [patient] | percent «4.1%» 4.1 d1 | percent «5.9%» 5.9 d1 | percent «7.9%» 7.9 d1"],
  ["选取初一至高二学生和四至九年级儿童，于第一学期施测。", "ordinal «初一» 7 [ordinal] | ordinal «高二» 11 [ordinal] | ordinal «四» 4 [ordinal] | ordinal «九年级» 9 [ordinal] | ordinal «第一学期» 1 [ordinal]"],
  ["剂量提高一倍，最高三次，高三酰甘油血症于正月初一加重。", "number «一倍» 1 [fold] by | number «三次» 3 [time]"],
  // The number of a part of a study in numerals (实验一 = Experiment 1), where the part's name ends; not 研究一致 or 一中学.
  ["实验一中，40名大学生参加；样本二（612名）用于验证。", "number «一» 1 | number «40名» 40 [patient] | number «二» 2 | number «612名» 612 [patient]"],
  ["多项研究一致认为，研究一中学生的焦虑较高。", "(none)"],
  ["处于后1/3的学生效应较大，于1/3日入组。", "fraction «1/3» 1/3 | number «1» 1 | number «3日» 3 [day]"],
  ["循环使用4次后，去除率仍为88.3%。", "number «4次» 4 [cycle] | percent «88.3%» 88.3 d1"],
  // The one point of a score a change is counted in names the unit ("per point"); ten points are a step of their own.
  ["服药顾虑每增加1分，OR=1.09；每增加10分，OR=2.37。", "number «1.09» 1.09 d2 | number «10» 10 | number «2.37» 2.37 d2 ⚓ 1分"],
  ["半数以上患者存在复发恐惧。", "fraction «半数» 1/2"],
  // A group's size in a bracket after its name; a list's markers stay order.
  ["患者分为干预组（48）和对照组（46）：（1）健康教育；（2）随访。", "number «48» 48 | number «46» 46"],
  // One 第 and one counter of ranks around a list rank each of its numbers; an article of a statute is numbered.
  ["基于第五、六、七次和第5、6、7次人口普查数据，依《刑法》第二百六十六条定罪，第3、7、14天测定。", "ordinal «第五» 5 [ordinal] | ordinal «六» 6 [ordinal] | ordinal «七次» 7 [ordinal] | ordinal «第5» 5 [ordinal] | ordinal «6» 6 [ordinal] | ordinal «7次» 7 [ordinal] | number «二百六十六» 266 | number «3» 3 | number «7» 7 | number «14天» 14 [day]"],
  // Values in brackets after 为 (Chao's tone letters) are no citation markers; those after a word still are.
  ["4个声调的调值分别为[31]、[53]和[13]，前人研究[12]和[13]已有报道。", "number «4» 4 | number «31» 31 | number «53» 53 | number «13» 13 ⚓ [12] ; [13]"],
  // A page number alone on its line, framed (`·1124·`, `- 7 -`), where a sentence starts or runs on: no amount.
  ["比例升至32.9%；\n·1124·\n12个站点中有8个增温，\n- 7 -\n其余不变。", "percent «32.9%» 32.9 d1 | fraction «12个站点中有8个» 8/12"],
  // The paragraph of a statute after its article (第二款, Paragraph 2); not 第三条路.
  ["修订后该法第三条第二款强化了司法审查，第三条路。", "number «三» 3 | number «二» 2"],
  // A motion segment of the spine (`L3/4`, `L4～5`, `C5-6`) is one name, as `L5/S1` is.
  ["病变节段：L3/4 9例，L4～5 45例，C5-6 14例。", "number «9例» 9 [patient] | number «45例» 45 [patient] | number «14例» 14 [patient] ⚓ L3/4 ; L4~5 ; C5-6"],
  // A minus after a comparison's sign is a sign.
  ["T值≤－2.5为骨质疏松，-2.5＜T值＜-1.0为骨量减少。", "number «－2.5» -2.5 <= d1 | number «-2.5» -2.5 d1 | number «-1.0» -1 < d1"],
  // Sizes of groups in brackets one apart are sizes still.
  ["太极拳组（42）、振动组（43）和对照组（42）。", "number «42» 42 | number «43» 43 | number «42» 42"],
  // A classification's name glued before a full-width numeral; two numerals make a range of types.
  ["CroweⅠ型或Ⅱ型及GardenⅢ～Ⅳ型骨折。", "(none) ⚓ Ⅰ型 ; Ⅱ型 ; Ⅲ~Ⅳ型"],
  // Teeth by their FDI numbers listed after the tooth's name are positions; a counter after a number makes it a count.
  ["24例患者的第一磨牙（36、46）及对颌牙（26或16）完成修复，36牙，患牙12颗。", "number «24例» 24 [patient] | number «36» 36 | number «12» 12 ⚓ 36、46 ; 26或16"],
  ["11、21牙根尖吸收量分别为（0.52±0.28）mm和（0.91±0.37）mm，36/46牙位。", "number «0.52» 0.52 [mm] d2 | number «0.28» 0.28 [mm] d2 | number «0.91» 0.91 [mm] d2 | number «0.37» 0.37 [mm] d2 ⚓ 11、21 ; 36/46"],
  // A muscle's strength graded out of five (4/5级) states its grade; 4/5的患者 is a share.
  ["18例肌力恢复至4/5级，4/5的患者可行走。", "number «18例» 18 [patient] | number «4» 4 | fraction «4/5» 4/5 ⚓ /5"],
  // Capacity in 万kW and 万千瓦, generation in 亿千瓦时, areas in 平方公里: units a translation converts (198 MW).
  ["装机容量19.8万kW，另一座120万千瓦，年发电量3.5亿千瓦时，流域面积4.6平方公里。", "number «19.8万kW» 198000 [kw] d-3 | number «120万千瓦» 1200000 [kw] d-4 | number «3.5亿千瓦时» 350000000 [kwh] d-7 | number «4.6平方公里» 4.6 [km2] d1"],
  // Industry standards with an em dash before their year (`TB 10093—2017`, `DL/T 596—1996`) are names, no range.
  ["比按《铁路桥涵地基和基础设计规范》（TB 10093—2017）计算的值高18.2%，符合DL/T 596—1996。", "percent «18.2%» 18.2 d1 ⚓ TB 10093-2017 ; DL/T 596-1996"],
  // A span or a size grows by a multiple too: `延长了1倍` is doubled, as `增加了1倍` is.
  ["货架期延长了1倍，硬度增大了0.5倍。", "number «1倍» 1 [fold] by | number «0.5倍» 0.5 [fold] by d1"],
  // A rate of an index per decade has no unit: its value and the period's 10, compared per year in alignment (0.0062/a).
  ["NDVI增速为0.062/10a，北部超过0.12/10a。", "number «0.062» 0.062 d3 | number «10» 10 | number «0.12» 0.12 > d2 | number «10» 10"],
  // A number like a year before the counter of patches, scenes or pairs of a dataset counts them.
  ["训练集7120块、验证集1024块、测试集2048块，共2016景影像，2048对。", "number «7120» 7120 | number «1024» 1024 | number «2048» 2048 | number «2016» 2016 | number «2048» 2048"],
  // Heart and breathing rates: 次/分 is beats per minute, not times.
  ["心率由（82±9）次/分降至（64±8）次/min，呼吸20次/分钟，每周2次。", "number «82» 82 [bpm] | number «9» 9 [bpm] | number «64» 64 [bpm] | number «8» 8 [bpm] | number «20次/分钟» 20 [bpm] | number «2次» 2 [time]"],
  // An interval's label glued to a negative bound: the bound, not a name CI-6.
  ["风险差为－2.85个百分点，95%CI－6.75～1.05。", "number «－2.85个百分点» -2.85 [pp] d2 | percent «95%» 95 | range «－6.75～1.05» -6.75..1.05 d2"],
  // A dose in ten thousands glued to its enzyme: no numbered name 酶2.
  ["每12 h注入尿激酶2万～5万U，或尿激酶10万U。", "number «12 h» 12 [hour] | range «2万～5万U» 20000..50000 [u] d-4 | number «10万U» 100000 [u] d-4"],
  // Grades of reperfusion are names.
  ["成功再灌注（mTICI 2b～3级）的患者132例，eTICI 2b50级40例。", "number «132例» 132 [patient] | number «40例» 40 [patient] ⚓ 2b~3 ; 2b50"],
  // Coronary disease by its number of vessels is a name (`three-vessel disease`); 2支支架 still counts stents.
  ["三支病变患者301例，单支病变45例，3支血管病变，植入2支支架。", "number «301例» 301 [patient] | number «45例» 45 [patient] | number «2» 2 ⚓ 三支病变 ; 单支病变 ; 3支血管病变"],
  // The one year of age a change is counted in (`per 1-year increase`).
  ["年龄每增加1岁，OR＝1.03。", "number «1.03» 1.03 d2 ⚓ 1岁"],
  // A karyotype after a list comma and a chromosome lost before its deletion are names; a proportion as a negative power of ten.
  ["附加异常：47,XX,+8 4例，45,X,-Y 3例；−7/del(7q) 5例。", "number «4例» 4 [patient] | number «3例» 3 [patient] | number «5例» 5 [patient] ⚓ 47,XX,+8 ; 45,X,-Y ; -7 ; del(7q)"],
  ["MRD＜10⁻⁴者71例，≥1×10⁻³者15例。", "number «10⁻⁴» 0.00009999999999999999 < d4 | number «71例» 71 [patient] | number «1×10⁻³» 0.001 >= d3 | number «15例» 15 [patient]"],
  // An acronym that opens with a standard's letters (HG, high-grade dysplasia) before a count is no standard; a standard at a sentence's end is.
  ["LGD 29例，HGD 17例；实验室通过ISO 15189。", "number «29例» 29 [patient] | number «17例» 17 [patient] ⚓ ISO 15189"],
  // A study's period as year-month at both ends of a dash (GB/T 7408), as Chinese journals print it.
  ["回顾2015-01—2021-12我院收治的83例患者资料。", "date «2015-01» 2015-1-? | date «2021-12» 2021-12-? | number «83例» 83 [patient]"],
  // Asymmetric errors a PDF flattened, in either order, are the value's.
  ["时延为2.1+0.6-0.4 d，质量为1.53-0.11+0.12 M⊙。", "number «2.1» 2.1 d1 | number «1.53» 1.53 d2 ⚓ +0.6-0.4 ; -0.11+0.12"],
  // A list of locants glued by a hyphen to any word names atoms (1,2,3,4-四氢喹啉, 1,4-加成); a range of weeks after a list comma
  // stays one; the ångström is a length.
  ["18种喹啉被还原为相应的1,2,3,4-四氢喹啉，经历1,4-氢加成和1,2-加成过程。", "number «18种» 18 [kind] ⚓ 1,2,3,4 ; 1,4 ; 1,2"],
  ["第1，2-3周各取样5次，晶格常数为8.32 Å。", "number «1» 1 | range «2-3周» 2..3 [week] | number «5次» 5 [time] | number «8.32 Å» 8.32 [angstrom] d2"],
  // Units of imaging and nuclear medicine.
  ["有效剂量（4.01±1.00）mSv（120 kVp），噪声（12.6±2.3）HU，给予370 MBq（10 mCi）。", "number «4.01» 4.01 [msv] d2 | number «1.00» 1 [msv] d2 | number «120 kVp» 120 [kv] | number «12.6» 12.6 [hu] d1 | number «2.3» 2.3 [hu] d1 | number «370 MBq» 370 [mbq] | number «10 mCi» 10 [mci]"],
  // Star alleles: names, the 型 after them no type of a number.
  ["CYP3A5*1/*1型24例，*1/*3型98例，*3/*3型123例；HLA-B*58:01携带者12例。", "number «24例» 24 [patient] | number «98例» 98 [patient] | number «123例» 123 [patient] | number «12例» 12 [patient] ⚓ *1/*1 ; *1/*3 ; *3/*3 ; CYP3A5 ; *58:01"],
  // A range from a plain number to a power of ten; a note of how IU and copies convert.
  ["线性范围为10～1.0×10⁹ IU/mL，按1 IU＝5.82拷贝换算。", "range «10～1.0×10⁹ IU/mL» 10..1000000000 [iu/ml] ⚓ 1 IU=5.82拷贝"],
  // A cooperative-group trial by its protocol number.
  ["按RTOG 90-05标准给予周边剂量。", "(none) ⚓ RTOG 90-05"],
  // All three Child-Pugh classes.
  ["Child-Pugh A、B、C级各6例。", "number «6例» 6 [patient] ⚓ A、B、C"],
  // Vitamin D metabolites after a Chinese prefix and its hyphen: no minus 25.
  ["3-差向-25(OH)D3占总25(OH)D的4.2%，1,25(OH)2D3为45 pmol/L。", "number «3» 3 | percent «4.2%» 4.2 d1 | number «45 pmol/L» 45 [pmol/l] ⚓ 25(OH)D3 ; 25(OH)D ; 1,25(OH)2D3"],
  // A vaccine's valency counts no doses: 九价, 13价 (`9-valent`); 价格 is a price.
  ["接种九价HPV疫苗和13价肺炎疫苗，价格为1 318元。", "number «九价» 9 [valent] | number «13价» 13 [valent] | number «1 318» 1318"],
  // The one a cost is per and a rate's unit as a fraction of one: read, and stated by `per death averted`, `per 100 000`.
  ["每避免1例死亡的成本为987万元，发病率以1/10万表示。", "number «1例死亡» 1 [death] | number «987万» 9870000 d-4 | fraction «1/10万» 1/100000"],
  // A standard's letters before a count of things are an acronym (the GBD study's 21 regions); the standard keeps its number.
  ["在GBD 21个地区中降幅最大，依据GB 2760—2014判定。", "number «21» 21 ⚓ GB 2760-2014"],
  // A span's far end takes the year written before its near end, the next year where the span crosses a new year.
  ["分析2022年3月1日至4月30日和2022年12月5日至1月10日的数据。", "date «2022年3月1日» 2022-3-1 | date «4月30日» 2022-4-30 | date «2022年12月5日» 2022-12-5 | date «1月10日» 2023-1-10"],
];

describeExtractionTable('Chinese extraction table', 'zh', rows);
