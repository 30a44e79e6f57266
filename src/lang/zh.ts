import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { ROMAN, ROMAN_ANY_CASE, type AbstractSection } from './en.js';

/**
 * What zhenlint knows about Chinese: numerals, measure words, units and counted
 * subjects, qualifier words, cohort words and page chrome. Extraction, segmentation
 * and rules read these tables; the parsing logic itself stays language-neutral.
 */

export const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
export const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * A number written with 亿 or 万 and the rest in digits after it, as Taiwanese and Hong Kong text
 * writes exact large counts: `541万7,699` (5,417,699), `1亿2,345万`, `3亿500万6,000`. Groups: the
 * digits before 亿, before 万, and after the last scale word. Not a digit or decimal point after the
 * rest (it would be another number), nor a date's 年, 月 or 日 (`10万2019年` is two numbers).
 */
const SCALE_PART = String.raw`\d{1,3},\d{3}|\d{1,4}`;
export const MIXED_SCALE = new RegExp(
  String.raw`(?<![\d.,])(?:(\d{1,4})亿(?:(${SCALE_PART})万)?|(${SCALE_PART})万)(${SCALE_PART})?(?![\d.]|,\d|\s?[年月日])`,
  'g',
);

/**
 * Before the base of a rate: `每100患者年`, `每10万人`, and after each value `176.4/10万`; a base in brackets, as an
 * antibacterial use density writes it after each value (`46.8 DDDs/（100人·d）降至38.2 DDDs/（100人·d）`).
 */
export const RATE_BASE_BEFORE = /(?:每|\/)\s*(?:[(（]\s*)?$/;

/** Between the N and the M of `每七位长者即有一位`, `每10人中有1人` (one in seven, one in ten). */
export const EVERY_N_HAS = /^\s*[位名人个例]\p{Script=Han}{0,6}?(?:\s*(?:就|即|便))?\s*有\s*$/u;
/** The counter of a person after a count: `一位`, `1人`. */
export const PERSON_COUNTER = /^\s*[位名人例]/;
/** The counter of persons glued to a fraction's denominator, `41/63例` (not the person-times of `例次`, `人次`). */
export const FRACTION_PERSON_COUNTER = /^[位名人例](?!次)/;
/**
 * What makes a slash between digits something else than a share when it follows the denominator:
 * a date, a code or a counter (`1/3日`, `2/2型`, `3/4级`, `12/40例次`). Other words may follow a share
 * (`后1/3的学生`, `2/3以上`, `1/4左右`).
 */
export const FRACTION_NOT_BEFORE = /^[\/\p{Script=Latin}\d年月日号期型级代届版天周岁例名位人次个只株头组项种篇份家所]/u;

/**
 * A period that the `1次`, `1剂` or `1个周期` after it in the clause restates: `每3周给药1次` (every 3
 * weeks, as `每隔3周给药1次` writes it too), `每周1次` (weekly), `每半年1次` (twice yearly), `每2年接受1次筛查`, `每6 h 1次`, `隔日给药1次`, `每日1剂`, `每21天为1个周期`;
 * and a cycle a duration defines (`28 d为1个周期`, `4周为1个疗程`: a 28-day cycle, 4-week courses).
 */
export const PERIOD_OF_ONCE = new RegExp(
  String.raw`每\s*(?:隔\s*)?(?:(?:\d+|[${NUMERAL_CHARS}]+|半)\s*)?(?:个月|月|周|星期|年|天|日|晚|小时|分钟|h\b|min\b|d\b)|隔\s*(?:日|天|周|月|年)|(?:个月|周|星期|天|日|d)\s*为\s*$`,
);

/**
 * How often something happens, as times in a period: `每半年1次`, `每日2次`, `每2周注射1次`, `每隔6个月评估1次`,
 * `隔日1次`, `2次/d`, `1次/2周`, `一日3次`. Groups: 1 the period's count (`2`, `两`, `半`) and 2 its
 * unit after 每, then 3 the times later in the clause (once when none is stated); 4 the unit after
 * 隔 (every other) and 5 its times; 6 the times, 7 the period's count and 8 its unit of `次/周`;
 * 9 the unit and 10 the times of `一日3次`. FREQUENCY_PERIODS gives each unit in hours.
 */
export const FREQUENCY = new RegExp(
  String.raw`每 ?(?:隔 ?)?(\d+|[一二两三四五六七八九十]+|半)? ?个?(小时|h|天|日|d|晚|周|星期|w|月|季度|季|年)(?:[^，。；,;\d]{0,12}?(\d+|[一二两三四五六七八九十]+) ?次)?` +
    String.raw`|隔(日|天|周|月|年)(?:[^，。；,;\d]{0,12}?(\d+|[一二两三四五六七八九十]+) ?次)?` +
    String.raw`|(\d+) ?次 ?\/ ?(\d+)? ?(h|d|w|小时|天|日|周|月|年)` +
    String.raw`|[一1] ?(日|天|周|月|年) ?(\d+|[一二两三四五六七八九十]+) ?次`,
  'g',
);
export const FREQUENCY_PERIODS: Record<string, number> = {
  小时: 1, h: 1, 天: 24, 日: 24, d: 24, 晚: 24, 周: 168, 星期: 168, w: 168, 月: 730.5, 季度: 2191.5, 季: 2191.5, 年: 8766,
};

/**
 * A course given once each period, before its length in that period: `每周1次，连续4周`, `每日1次，共14天`. The
 * length counts the doses too: `once a week for 4 doses`. The period is the first group.
 */
export const ONCE_EACH_BEFORE = /每\s?([日天周月])\s?(?:1|一)\s?次\s?[，,]?\s?(?:连续|共|持续)?\s?(?:用药|给药|治疗)?\s?$/;
/**
 * The period before a count of times given (`每日2次`, `每天1次`, `每周治疗3次`, `每晚1次`, `每周按压耳穴3～5次`), the
 * words of what is done between; the period is the first group. Not `隔日` (every other day) nor `每2周` (every second week).
 */
export const TIMES_PER_BEFORE = /每\s?(日|天|晚|周|星期|月)[^\d，,；;。、：:（）()]{0,6}$/;
/** The period after a count of times given: `2次/d`, `3次/周`, `1次/日`. The period is the first group. */
export const TIMES_PER_AFTER = /^\s?\/\s?(d|日|天|周|w|wk|月)(?![A-Za-z\d])/;
/**
 * A count given once at each of the times listed before 各: `第1、2天各行血液透析1次` (2 sessions, on days 1 and 2),
 * `产前6周和2周各免疫1次` (immunized twice). The list is the first group.
 */
export const EACH_OF_LISTED_BEFORE = /(\d{1,3}(?:个月|[天日周月年])?(?:\s?[、和及]\s?\d{1,3}(?:个月|[天日周月年])?){1,5})\s?各[^，,。；;\d]{0,8}$/;

/** The base of a rate written as a sign, with no number: `3.2‰`, `3.2/千`, `每千人`; `5.6/万`, `每万人`. */
export const RATE_SIGNS: readonly (readonly [base: number, sign: RegExp])[] = [
  [1000, /‰|[每/]\s*千(?![万亿])|千分之/],
  // `万元GDP能耗`, `万元产值`: 万元 with no number before it is "per 10,000 yuan" (not `1万元`, `数万元`).
  [10000, /[每/]\s*万|万分之|(?<![\d.〇零一二三四五六七八九十百千两万亿数几余多]\s?)万元/],
];

/**
 * Measure words that count things one by one (`3个地点`, `4种药物`, `四批样品`, `三株菌`, `六头牛`, `两层`,
 * `三片`, `两针`, `两节课`), not a level, a time or an age (`3级`, `3期`, `3年`); each with the characters
 * after it that make a word of its own instead (`二头肌` biceps, `批准`, `处理`, `根据`, `条件`).
 */
const THING_MEASURE_WORDS: Record<string, string> = {
  个: '', 种: '', 项: '', 家: '', 类: '', 所: '', 篇: '', 份: '', 只: '', 部: '', 款: '', 枚: '', 瓶: '', 袋: '', 座: '', 栋: '',
  处: '理方置于在', 株: '高距行', 条: '件例目', 套: '餐管', 台: '阶', 批: '准复号次量', 层: '次面级流', 片: '区段刻面',
  针: '刺灸法对', 节: '段点律食约日', 头: '肌部痛颈皮发晕', 尾: '部', 块: '状', 张: '力', 支: '架持气队',
  根: '据本源部管系治除', 颗: '粒',
  // Hong Kong's measure word of hospitals and rooms (`兩間醫院`); not 间隔, 间期, 间歇, 间接, 间质 ….
  间: '隔期歇接质断距充皮隙脑位苯日',
  // Places counted by their own noun, with no measure word (`湖北、江苏、河南3省`, `广西、贵州和广东3省份`, `5市`,
  // `12县`, `3国`); not 省级, 省内, 市场, 县城, 县域, 村民, 国际 ….
  省: '级内外会略时力', 市: '级场民区值', 县: '级域城区市委', 村: '级民', 国: '际内外产家',
};
const measureWords = (words: [string, string][]) => words.map(([word, not]) => (not ? `${word}(?![${not}])` : word)).join('|');
export const THING_COUNTER = new RegExp(String.raw`^\s*(?:${measureWords(Object.entries(THING_MEASURE_WORDS))})`);
/**
 * The same, for a numeral (COUNTER), but for `类`, which numerals were never read with: `五类` against a
 * count a PDF glued (`fivekinds`), which only digits are sought in, would be a new false alarm.
 */
const THING_MEASURE = measureWords(Object.entries(THING_MEASURE_WORDS).filter(([word]) => word !== '类'));

/** After the count of a group a share is then taken in: `420名受试者中`, `120例中`. */
export const GROUP_AMONG_AFTER = /^\p{Script=Han}{0,6}中/u;

/**
 * Between the N and the M of a share of things, as of persons (`17例中8例`): `60对样品中有41个`,
 * `156个样点中的23个`, `40眼中12眼`; a measure word of things, pairs (对) or eyes, the things, 中.
 * Not `12个月中`, a duration, nor `对照`, `对比`.
 */
export const OUT_OF_THINGS = new RegExp(
  String.raw`^\s*(?:(?:${THING_MEASURE})(?!月)|对(?![照比于])|眼)\p{Script=Han}{0,6}?中\s*(?:[,，]\s*)?(?:(?:的|有)\s*)?$`,
  'u',
);
/** The measure word of the M of such a share: the N's own or 个. */
export const SHARE_COUNTER = new RegExp(String.raw`^\s*(?:${THING_MEASURE}|对|眼)`);

/**
 * Measure words of whole things or persons, as a pattern: a number before one counts, so it has no
 * decimals (`0.125 3例` is 0.125 and 3例). Not person-time (`12 345.678 9人年`).
 */
export const WHOLE_COUNTERS = '(?:[例名位只株头个组项种篇份家所]|人(?![年月日天]))';

/**
 * Measure words and units that make a run of numerals an amount: 十七名, 三个周期, 千粒重 (the weight of 1000 grains),
 * 九价 (a vaccine's valency, `9-valent`; not 价格, 价值, 价位, 价钱).
 */
export const COUNTER = new RegExp(
  String.raw`^\s*(?:例|名|位|人|次|个|周|天|日|年|岁|项|组|种|倍(?!体)|级|小时|分钟|剂|疗程|周期|只|份|所|家|篇|轮|期|粒|臂|因素|点|部分|国(?![内际外企有籍土庆])|叶(?![草绿酸])|折(?=\s*(?:交叉|验证))|分制|价(?![格值位钱款])|${THING_MEASURE})`,
);

/** The mu written as its area after a slash, as agronomy does in both languages (`494 kg/667m2`): a unit, whose 667 is no amount. */
export const MU_AS_AREA = String.raw`667\s?m\s?[2²](?![\d.])`;
/** Areas of land: 公顷 (hm², ha), and 亩, a fifteenth of a hectare, in which Chinese agriculture counts. */
export const AREA_WORDS = { ha: String.raw`公顷|hm\s?[2²]|hm(?=\s?(?:[-−]2|⁻²))|ha`, mu: String.raw`亩|${MU_AS_AREA}` };
/** Money a yield or income per area is counted in: `2 564元/亩`. */
export const MONEY_WORDS = String.raw`元|yuan`;

/** Units and counted subjects after a number, normalized to the names both languages share. */
export const UNITS: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/^\s*个?月/, 'month'],
  // 周岁 is full years of age, 周期 and 周次 (`10⁷周次`, of a fatigue test) cycles.
  [/^\s*(?:周(?![岁期次])|星期)/, 'week'],
  // `7 d`, `(12.4±5.1) d`: days as Chinese journals abbreviate them (not `d =`, Cohen's d).
  [/^\s*(?:天|日|d(?![A-Za-z\d'’=(-]))/, 'day'],
  [/^\s*年/, 'year'],
  [/^\s*周?岁/, 'year'],
  // Chinese text writes hours and minutes as often in SI symbols: `24 h尿蛋白`, `90 min`.
  [/^\s*(?:(?:个)?小时|h\b)/, 'hour'],
  [/^\s*(?:分钟|min\b)/, 'minute'],
  [/^\s*(?:秒钟?|s(?![A-Za-z\d'’=(\/-]|\.[A-Za-z]))/, 'second'],
  [/^\s*ms(?![A-Za-z\d'’=(\/-]|\.[A-Za-z])/, 'ms'],
  [/^\s*(?:°\s*C|℃)/, 'celsius'],
  // Per mille: `4‰` is the `0.4%` of the other version, and `12.3‰` a rate per 1,000.
  [/^\s*‰/, 'permille'],
  // Measures in characters, as popular and older texts write them: `165厘米`, `65公斤`.
  [/^\s*厘米/, 'cm'],
  [/^\s*毫米/, 'mm'],
  [/^\s*千米|^\s*公里/, 'km'],
  [/^\s*平方(?:千米|公里)/, 'km2'],
  [/^\s*立方(?:千米|公里)/, 'km3'],
  [/^\s*平方厘米/, 'cm2'],
  [/^\s*立方厘米/, 'cm3'],
  [/^\s*平方米/, 'm2'],
  [/^\s*立方米/, 'm3'],
  // Power and energy in characters: `120万千瓦`, `3.5亿千瓦时` (src/extract/units.ts reads `kW`, `MWh`).
  [/^\s*千瓦时/, 'kwh'],
  [/^\s*兆瓦时/, 'mwh'],
  [/^\s*千瓦/, 'kw'],
  [/^\s*兆瓦/, 'mw'],
  [/^\s*吉瓦/, 'gw'],
  [/^\s*米(?![粒饭])/, 'm'],
  [/^\s*(?:千克|公斤)/, 'kg'],
  [/^\s*毫克/, 'mg'],
  [/^\s*毫升/, 'ml'],
  // Not the Sprague-Dawley of `12 SD大鼠`.
  [/^\s*(?:例\s*)?(CR|PR|SD|PD|NE)\b(?!\s*大鼠)/, (m) => m[1]!],
  [/^\s*例?\s*(?:死亡)/, 'death'],
  // 人年 and 人次 are person-years and person-times, 例次 the times of an event (episodes), not people.
  [/^\s*(?:例(?!次)|名|位|人(?![年次]))/, 'patient'],
  // `10^7次循环` counts cycles (of a fatigue test, a PCR), not times.
  [/^\s*(?:个周期|周期|周次|个疗程|疗程|次循环|个循环|循环)/, 'cycle'],
  // Heart and breathing rates: `72次/分`, `次/min`, `次·min⁻¹` are beats (breaths) per minute, not times.
  [/^\s*次\s?(?:\/\s?(?:分钟|分|min\b)|[·•⋅]\s?min\s?(?:-1|−1|⁻¹))/, 'bpm'],
  // Trials repeated are counted as `10 trials` counts them (src/lang/en.ts COUNTED): `10次试验的平均准确率`; not
  // experiments (`4次实验`), which English counts with no unit.
  [/^\s*次\s*试验/, 'study'],
  [/^\s*次/, 'time'],
  // 二倍体, 三倍体: ploidy, a term.
  [/^\s*倍(?!体)/, 'fold'],
  // The k of a k-fold cross-validation: 十折交叉验证 (ten-fold), 5折验证; not a discount (打五折).
  [/^\s*折(?=\s*(?:交叉|验证))/, 'fold'],
  [/^\s*个?百分点/, 'pp'],
  // A vaccine's valency: 九价, 13价 (`9-valent`); not 价格, 价值.
  [/^\s*价(?![格值位钱款])/, 'valent'],
  [/^\s*mm\s?hg/i, 'mmhg'],
  [/^\s*cm\s?h2o/i, 'cmh2o'],
  [/^\s*个细胞\s*\/\s*(kg|kilogram)/, 'cells/kg'],
];

/** Words before a number that make it approximate. */
export const APPROX_BEFORE = /(?:约|近|大约|将近|~)\s*$/;

/**
 * Before a multiple that says by how much a value grew (`增加了1倍`, `提高2倍`): by the
 * standard reading it became one more times as much (增加了1倍 is doubled, 2-fold), though
 * many write it for the multiple itself. `增至2倍`, `是…的2倍` say what it became. A span or a speed grows
 * too: `货架期延长了1倍` is `the shelf life was doubled`.
 */
export const INCREASE_BY_BEFORE = /(?:增加|提高|升高|上升|增长|增高|扩大|增大|增强|加快|加大|延长)了?(?:\s*(?:逾|超过|近|约))?\s*$/;

/** `数十年`, `数百例`, `上千人`: several tens, hundreds or thousands, an order of magnitude rather than a number. */
export const SEVERAL_BEFORE = /[数上]\s*$/;
export const SEVERAL_SCALE = /^[十百千万]/;

/**
 * 二 with these measure words is a term or a rank (`二级预防` secondary, `二倍体` diploid,
 * `二期` stage II, `二元` binary). `二次` is not even read (src/extract/atoms.ts). The two
 * times of `早晚分服` (MORNING_AND_EVENING) are implied, as `both` is.
 */
export const TERM_NOT_COUNT = /^二\s*(?:倍|级|期|类|代|型|阶|维|元)|^分?\s*早晚/;

/**
 * A dose in the morning and one in the evening, with no count of them after (`早晚分服`,
 * `分早晚温服`, `早晚各服1次`): the `twice daily` or `two doses` of the other version. Read as
 * two times, which may state a count over there but is never itself reported (TERM_NOT_COUNT):
 * `taken in the morning and evening` writes no number. `分早晚2次服` counts its own two.
 */
export const MORNING_AND_EVENING = /(?:分\s?)?早晚\s?(?:各\s?(?:服用?|服药|给药|用药|口服|温服)?\s?[1一]\s?次|(?=(?:分|各)?\s?(?:温|口)?服))/g;

/** Words that say "one" of a thing without digits: `一例`, `单个`, `该患者`, `此例`, `每株`. */
export const ONE_WITHOUT_NUMBER = /[一单每][例名位个株只份项种]|[该此](?:例|名|位|株|患者|病例)/;

/** Words before a number that bound it; `loose` as in English's (src/lang/en.ts). */
export const COMPARATOR_WORDS: [RegExp, '<' | '<=' | '>' | '>=', loose?: 'loose'][] = [
  [/(?:超过|大于|高于|多于|逾)\s*$/, '>', 'loose'],
  // A limit a standard sets puts a modal verb after the 不: `不得少于9.0%` (the pharmacopoeia's "not less
  // than"), `不应低于`, `不宜超过`, `不得过13.0%`; read as the bare 不少于, 不超过.
  [/(?:至少|不(?:得|应|宜|可|能)?(?:少于|低于|小于)|≥|等于或大于|大于或等于|大于等于)\s*$/, '>='],
  // Not 不小于, 不低于, 不少于 (at least), whose tails these are.
  [/(?:不足|(?<!不(?:得|应|宜|可|能)?)(?:小于|低于|少于))\s*$/, '<', 'loose'],
  [/(?:最多|不(?:得|应|宜|可|能)?(?:超过|高于|大于|多于)|不得过|≤|等于或小于|小于或等于|小于等于)\s*$/, '<='],
];
/**
 * A calendar month or span of months (no 个, no 龄): what a comparative before it compares is the
 * period, no bound of a number (`高于6—9月（10.3%）`, higher than in June to September).
 */
export const CALENDAR_MONTHS_AT = /^\d{1,2}\s*(?:月\s*)?(?:(?:[-—–~～至到]|至次年|至翌年)\s*\d{1,2}\s*)?月(?!\s*龄)/;
/** The comparatives of COMPARATOR_WORDS that compare two things named after them: 高于, 低于, 多于. */
export const COMPARATIVE_BEFORE = /(?:高于|低于|多于|少于|大于|小于|优于)\s*$/;
/** The last character of every form of APPROX_BEFORE and COMPARATOR_WORDS (English's QUALIFIER_ENDS). */
export const QUALIFIER_ENDS = new Set(['过', '于', '逾', '少', '足', '多', '约', '近', '~', '≥', '≤']);

/** Words that say a `20/40` is a Snellen visual acuity (English's VISUAL_ACUITY). */
export const VISUAL_ACUITY = /视力|BCVA|UCVA|BCDVA|UDVA|CDVA|Snellen/i;

/** Words that name study arms or groups, as a regex source: `对照` names the controls a case-control study matches to its cases. */
export const ARM_WORDS = '组|对照';

/**
 * Verbs that say a count is the group studied; a retrospective analysis of N cases studies them, as `analyzed` does.
 * `可接受`, `难以接受` and `接受度` (acceptable, acceptability) receive no one: `约需36例……质量可接受` states no cohort.
 */
export const ENROLL = /纳入|入组|招募|收治|选取|选择|入选|共有?|(?<!可|难以|不能)接受(?![度性])|回顾性?分析/;

/** Things a fraction may count other than the people of the cohort: `1 180份标本中1 102份`, `40眼中12眼`, a patient's `8条运动神经中4条`, `12针中8针`. */
export const NOT_PERSONS_AFTER = /^\s*(?:份|眼|颗|株|个病灶|处|个结节|枚|次|条|针|个肾小球)/;

/** The offspring of the women a study enrolls (`240例新生儿`, `2例胎儿`), as OFFSPRING in src/lang/en.ts. */
export const OFFSPRING = /新生儿|胎儿|婴儿|围产儿|活产儿|双胎儿|子代/;

/**
 * Words that say a count is not the analysed group, as a regex source: the cases an outbreak or surveillance found
 * (`共确诊麻疹病例21例`, `累计报告病例1 533例`), of which later counts (of contacts, of doses) are no part.
 */
export const NOT_COHORT_WORDS = '筛选|筛查|每年|(?:共|累计)(?:确诊|报告|发现|报道)';

/** Lines of page chrome around an abstract copied from a web page. */
export const CHROME: RegExp[] = [
  /^(?:期刊|出版社|关键词|资金|作者|评论|推荐|主要评分|次要评分|新颖性|重要性|科学严谨性|评价这篇论文|评分不足|暂无数据|摘要|全文|参考文献|相关文章|引用|下载|收藏|分享)$/,
  /卷\s*\d+\s*[,，]\s*期\s*\d+/,
  /页码\s*[-–—]?\s*$/,
  // 登录 and 注册 as the page's log-in buttons, not the 注册 (registration) of a trial.
  /向作者\/读者索取更多资源|我是这篇论文的作者|认领此论文|^(?:登录|注册)(?:\s*[/|]\s*(?:登录|注册))?$|版权所有/,
];

/** What follows a month named alone that makes it a date: 10月底, 5月初, 3月中旬, 6月份. */
export const MONTH_PART_AFTER = /^\s*(?:底|初|末|上旬|中旬|下旬|份)/;

/** Words before a month named alone that make it a date: 于3月, 截至6月, 自10月, 每年3月. */
export const MONTH_BEFORE = /(?:于|截至|截止|自|从|每年|当年|次年|同年|翌年)\s*$/;

/** What after `N月` makes it a number of months: 3月后, 6月内, 3月以上, 1月左右. */
export const DURATION_AFTER = /^\s*(?:[后内间]|以[上来内后]|左右|余)/;

/** The far end of a span of months into the next year: `12月至次年2月`, `10月—翌年1月`. */
export const SPAN_TO_NEXT_YEAR_AFTER = /^\s*(?:至|到|-|~|—|–)\s*(?:次年|翌年|来年|第二年)\s*\d{1,2}\s*月/;

/** What joins the two ends of a calendar span, or two months of a list: 2018年3月至5月, 5月中旬至8月, 2017年7月和8月. */
export const DATE_SPAN_JOIN = /^\s*(?:(?:底|初|末|上旬|中旬|下旬|份)\s*)?(?:至|到|-|~|和|及|与|、)\s*$/;

/** Digits of the tens of a decade in numerals: 八十年代. */
export const DECADE_WORDS: Record<string, number> = {
  二十: 20, 三十: 30, 四十: 40, 五十: 50, 六十: 60, 七十: 70, 八十: 80, 九十: 90,
};

/**
 * Traditional characters and their simplified forms, one UTF-16 unit for one so that
 * offsets stay valid: `13萬` reads as `13万`, `6個月` as `6个月`, `檢查結果顯示` as `检查结果显示`.
 * The table is OpenCC's (TSCharacters), one simplified form for each traditional
 * character: its keys are characters that simplified Chinese never writes (`著` is not one).
 */
export function traditionalToSimplified(fold: (traditional: number, simplified: number) => void): void {
  // Entries are `from to|`; one of one UTF-16 unit each is `X Y|`. Read by character code:
  // splitting the 29 kB table into strings costs more than the whole fold at start-up.
  const table = TS_CHARACTERS;
  const SPACE = 32;
  for (let at = 0; at < table.length; ) {
    const end = table.indexOf('|', at);
    const stop = end < 0 ? table.length : end;
    if (stop - at === 3 && table.charCodeAt(at + 1) === SPACE) fold(table.charCodeAt(at), table.charCodeAt(at + 2));
    at = stop + 1;
  }
}

/** Between the years and the months of one age: `1岁9个月`. */
export const AGE_YEARS_MONTHS = /^\s*岁\s*(?:零\s*)?$/;
/** Before the hour of a time of day: the morning (`上午8时`) or the afternoon and evening (`下午4点`, `晚上9时`). */
export const MORNING_BEFORE = /(?:上午|早上|早晨|清晨|凌晨)\s?$/;
export const AFTERNOON_BEFORE = /(?:下午|晚上|傍晚|夜间)\s?$/;
/** After the hour of a time of day: `8时`, `4点` (not `8小时`, a duration). */
export const CLOCK_HOUR_AFTER = /^\s?[时点]/;
/** After the near end of a span of the day, its far end and the word for the hour: `2|—4时`, `8|至10点`. */
export const CLOCK_RANGE_END = /^\s?(?:-|—|–|~|～|至|到)\s?\d{1,2}\s?[时点]/;

/** After the years of a period a rate is per, written `a` (annus): `℃/10 a`, `mm·(10a)-1`. */
export const ANNI_AFTER = /^\s?a(?![A-Za-z])/;

/** After a measure with its unit, the years it is per (group 1; none is one year): `1.2 mm/10 a`, `0.3 ℃·(10 a)-1`, `12 mm/a`. */
export const PER_YEARS_AFTER = /^\s?(?:\/|·)\s?\(?(\d{1,3})?\s?a(?![A-Za-z])/;
/** Whether a text holds a rate per years anywhere (PER_YEARS_AFTER, unanchored). */
export const PER_YEARS_ANYWHERE = /[/·]\s?\(?\d{0,3}\s?a(?![A-Za-z])/;

/** A sentence that speaks of ages, where `3;0～5;11岁` is years;months. */
export const AGE_WORDS = /岁|年龄|月龄/;

/** Verbs of a change before its far end, as a regex source: 从994下降至885亿. */
export const CHANGE_VERBS = '下降|降低|减少|降|增加|增长|上升|升高|提高|升';

/** A change before the share it changed by (English's CHANGED_BY_SHARE_BEFORE): `降低约一半（2.3%比4.7%）`, `缩短了三分之一`. */
export const CHANGED_BY_SHARE_BEFORE = new RegExp(String.raw`(?:${CHANGE_VERBS}|缩短|延长|缩小|扩大)了?(?:\s*(?:逾|超过|近|约|大约|将近))?\s*$`);

/** The measure word of the dates a data set was taken at: `4期影像` (images of four dates), `3期土地利用数据`; not `期间`, `期末`. */
export const TIME_SLICES = /^\s*期(?![间末中初限内])/;
/** Before the step of a change: `每增加1 h`, `每升高1 ℃`, `每多1年`. */
export const STEP_BEFORE = /每\s*(?:增加|升高|提高|增长|上升|延长|减少|降低|下降|缩短|多|少)了?\s*$/;
/**
 * Before the one thing a rate or a cost is counted per, gained, averted or found: `每获得1个QALY` (per QALY
 * gained), `每避免1例死亡` (per death averted), `每检出1例` (per case detected), `每多摄入1份` (each additional
 * serving), the one English leaves unsaid.
 */
export const PER_ONE_BEFORE = /每\s*(?:多|少|获得|赢得|挽救|拯救|避免|预防|减少|检出|发现|诊断|治愈|增加|提高)\p{Script=Han}{0,2}?\s*$/u;
/** A scale of time named by a power of ten of years: `百年尺度` (centennial-scale), `千年尺度`, `十年际` (decadal). */
export const TIME_SCALE_WORD = /^[十百千万]年(?:尺度|际)/;
/** Halves: 半年, 半个月, 一半, 半数. */
export const HALF = /(?<![一二两三四五六七八九十])半(?:个)?(年|月|天|小时)|(?:一半|半数)/g;
export const HALF_UNITS: Record<string, string> = { 年: 'year', 月: 'month', 天: 'day', 日: 'day', 周: 'week', 小时: 'hour' };
/** A whole number and a half of a duration: `1年半`, `2个半月`, `3天半`, `两个半小时`; group 1 the number, group 2 or 3 the unit. */
export const AND_HALF = /(?<![\d一二两三四五六七八九十])(\d+|[一二两三四五六七八九十]+)\s*(?:个\s*半\s*(月|小时)|(年|天|日|周)\s*半)/g;

/**
 * After a count, in its clause, that none of what it counts had the finding: `20只鸭均未检出` (none of the 20
 * ducks, `0 of 20`), `20例患者均无复发`, `30例中无一例`.
 */
export const NONE_OF_ALL_AFTER = /^[^，,。；;：:（(]{0,10}?(?:均未|均无|均没有|都未|都没有|全部未|全未|无一)/;
/** After a count, that it is split evenly by sex (`SD大鼠12只，雌雄各半`, `志愿者24名（男女各半）`): two halves, which English states. */
export const HALF_EACH_AFTER = /^[^。；;\d]{0,14}?(?:雌雄|男女|公母)各半/;

/** `无死亡`: a count of zero. */
export const NONE = /(?:无|未发生|没有)(?=\s*(?:死亡|患者死亡))/g;

/** Headings of a structured Chinese abstract (`目的`, `方法`, …), by the section they open. */
export const ABSTRACT_HEADINGS: Record<AbstractSection, readonly string[]> = {
  abstract: ['摘要', '摘 要', '中文摘要'],
  background: ['背景', '研究背景', '引言'],
  objective: ['目的', '目标', '研究目的'],
  methods: ['方法', '对象与方法', '资料与方法', '材料与方法', '对象和方法', '资料和方法', '材料和方法', '研究方法'],
  results: ['结果', '研究结果'],
  conclusion: ['结论', '研究结论'],
};

// ---- Reported statistics: study design words (rules/statistic-recompute.ts, src/constraints/groups.ts)

/** One group measured twice: a paired test (配对 t, McNemar's χ²), not a two-group one; a mean ± SD `由28.7±6.4降至21.3±5.9`. */
export const PAIRED_DESIGN = /配对|自身(?:前后)?对照|治疗前后|前后比较|麦克尼马尔|[由从]\s*[（(]?-?\d[\d.]*\s*±\s*\d[\d.]*[）)]?[^，。；±]{0,8}?(?:降|升|增|减|提高|下降|上升|增加|减少|改善)[低高加少]?[至到为]\s*[（(]?-?\d[\d.]*\s*±/;
/** The two time points of a within-group comparison. */
export const TIME_BEFORE = /(?:治疗|干预|手术|术|护理|训练|用药)前|基线/;
export const TIME_AFTER = /(?:治疗|干预|手术|术|护理|训练|用药)后/;
/** `均数±标准误`: the spread beside a mean is a standard error, not an SD. */
export const STANDARD_ERROR = /标准误/;
/** Patients lost after allocation: the groups analysed are no longer the sizes stated. */
export const DROPOUT = /脱落|失访|退出|剔除/;
/** Before the size of each of several groups (`各49例`, `每组40只`): no one part of a list. */
export const EACH_BEFORE = /(?:各|每个?组)\s*$/;
/** `各45例`, `每组40只`: two groups of one size. */
export const EACH_GROUP_SIZE = /(?:各|每组)\s*(\d+)\s*(?:例|名|人|只|位)/g;
/** `观察组45例，对照组47例`: a group named by its size, then a pause (not `3例出现`, which counts events). */
export const GROUP_SIZE = /(?<![各每两三四诸])组\s*(?:患者\s*)?(\d+)\s*(?:例|名|人|只|位)(?=[,、;)和与及。]|$)/g;

/**
 * Labels that open a line of page chrome around a Chinese abstract: dates of receipt
 * and revision, funding, affiliations, correspondence, classification codes, keywords.
 */
export const ZH_CHROME_LABELS = [
  '收稿日期', '修回日期', '接受日期', '录用日期', '网络出版日期', '出版日期', '基金项目', '资助项目', '作者单位',
  '通信作者', '通讯作者', '第一作者', '作者简介', '中图分类号', '中图法分类号', '文献标志码', '文献标识码',
  '文章编号', '关键词', '关键字', '引用本文', '引用格式', '本文引用格式', 'DOI',
];

/**
 * Name endings of proteins, genes and receptors that a number completes:
 * `白细胞介素-6`, `磷脂酰肌醇蛋白聚糖3`, `Toll样受体4`, `基质金属蛋白酶-9`.
 */
export const ZH_NAME_ENDINGS = ['介素', '干扰素', '因子', '蛋白', '聚糖', '酶', '受体', '抗体', '抗原', '基因', '氨酸', '肽', '激素', '趋化因子', '家族'];

/**
 * How a Chinese chemical name goes on after a locant and its hyphen: a substituent or ring
 * (`5-羟色胺`, `5-氟尿嘧啶`, `6-巯基嘌呤`, `3-甲基腺嘌呤`, `2-苯基吲哚`), perhaps multiplied
 * (`1,25-二羟维生素D3`, `2,5-二苯基`) or deoxy (`脱氧`); a sugar's phosphate (`葡萄糖-6-磷酸`,
 * `1,6-二磷酸果糖`). An alkyl stem (甲, 乙, 丙…) only with its suffix, perhaps multiplied between them
 * (`1,4-丁二醇`, `1,3-丙二醇`, `1,6-己二胺`, `1,4-丁二酸`): `3-甲组` is no chemical.
 */
export const CHEMICAL_AFTER_LOCANT = '(?:[二三四五六]|脱氧)?(?:[羟氟氯溴碘巯氨硝苯脒噻吲嘌嘧吡喹呋咪哌酰羧氰磺膦]|磷酸|[甲乙丙丁戊己庚辛][二三四]?(?:基|氧|酰|酸|醇|烷|烯|胺|腈))';
/** The last character of a ring or substituent that a locant may follow: `噻唑-2`, `吲哚-3`, `苯基-4`. */
export const CHEMICAL_BEFORE_LOCANT = '[唑哚啶呤喃嗪啉咯吩基]';

/**
 * A counter after a number like a year makes it a count: `2019份样本`, `2061篇文献`, `2016家医院`,
 * `1998户`, `2003株`, `2010只`, `2015个`, `2020项`, `2018次`, `2019所`; the patches, scenes, frames and pairs of
 * image datasets (`测试集2048块`, `2016景`, `2048对`) (`2019年`, `2019版` stay years).
 */
export const COUNTER_NOT_YEAR = /^\s*(?:份|家|户|篇|株|只|个|项|次|所|条|批|台|套|头|枚|颗|张|幅|段|块|根|座|栋|棵|景|帧|辆|艘|对)/;

/** Between the weeks and the days of a gestational age, and after the days: `34+2周`, `34周+2天`, `34周2天`. */
export const WEEKS_PLUS_DAYS = {
  gap: /^\s?(?:\+|周\s?\+?)\s?$/,
  weeksAfter: /^\s?周/,
  daysAfter: /^\s?[天日d]/,
  /** The further ages of a list that names the weeks once, after the last: the `、40+1和41+5` of `39+2、40+1和41+5周`. */
  listTail: /^(?:\s?(?:[、，,]|和|及|或|与)\s?(?:[2-4]\d)\s?\+\s?[0-6](?!\d)){1,6}/,
};

/** Counters after 第 that make an ordinal, not a time point: 第四届, 第4次, 第2代, 第1季度. */
export const ZH_ORDINAL_COUNTERS = ['届', '次', '代', '版', '位', '名', '批', '轮', '例', '个', '组', '阶段', '部分', '作者', '类', '种', '季度', '世纪', '年级', '学期'];

/**
 * Before a count of times that counts cycles (`循环200次`, `充放电循环500次后`, a catalyst `循环使用4次后`):
 * `200 cycles`, `after four cycles`, as `200次循环` is.
 */
export const CYCLES_BEFORE = /(?:循环(?:使用|利用)?|充放电)了?\s?$/;
/**
 * A life or a count of cycles before its value in the same clause (`疲劳寿命为1.2×105～3.8×106次`, `循环次数达5000次`):
 * a fatigue test's or a battery's cycles, `1.2×105 to 3.8×106 cycles`, not times something was done.
 */
export const LIFE_IN_CYCLES_BEFORE = /(?:寿命|循环次数)[^，,。；;\d]{0,8}$/;

/**
 * Solvents of a mobile phase or an extraction, which a hyphen joins to the next component:
 * `乙腈-0.1%甲酸` is acetonitrile and 0.1% formic acid, no minus 0.1%.
 */
export const SOLVENTS = ['乙腈', '甲醇', '乙醇', '异丙醇', '水', '正己烷', '石油醚', '乙酸乙酯', '二氯甲烷', '三氯甲烷', '氯仿', '丙酮', '四氢呋喃'];

/**
 * 第 before a number that is no rank of ZH_ORDINAL_COUNTERS: `第2剂` is the second dose, as `dose 2` is;
 * so is each number of a list after one 第 (`第3、7、14天`, the 3rd, 7th and 14th day).
 */
export const RANK_BEFORE = /第\s?(?:\d{1,3}\s?[、,和及]\s?)*$/;

/**
 * A rank in numerals after 第 before any noun (`第三声`, `第四级`, `第二节课`): read as an amount only before a
 * rank's counter (ZH_ORDINAL_COUNTERS), it still names the number an English label gives (`tone 3`, `level 4`).
 */
export const RANK_IN_NUMERALS = /第([零〇一二两三四五六七八九十]{1,4})/g;

/**
 * A grade, stage or degree by Roman numerals, one or two of them: `Ⅲ级`, `Ⅲ～Ⅳ级`,
 * `NYHA III级`, `Ⅱ度`, `Ⅲ期` (but not a trial's phase, `Ⅲ期临床试验`, named like `3期试验`),
 * the numbers `3～4级` writes. Not `Ⅱ型`, a type being a name in both forms, nor `Ⅲ类`,
 * where 类 would be read as what is counted (`三类`, three kinds).
 */
export const ROMAN_GRADE = new RegExp(
  String.raw`(?:(?<![A-Za-z])(?=[IVXivx])|(?<![\u2160-\u216B])(?=[\u2160-\u216B]))(${ROMAN_ANY_CASE})(?:\s*[-~—–、和或至到]\s*(${ROMAN_ANY_CASE}))?(?![A-Za-z])(?=\s*(?:[级度]|期(?![间刊内])(?![\u4e00-\u9fff、]{0,10}?(?:试验|研究))))`,
  'dg',
);

/**
 * The first numerals of a list of grades or stages that writes the counter once, after its last (`ISS Ⅰ、Ⅱ、Ⅲ期`,
 * `Ⅰ、Ⅱ、Ⅲ、Ⅳ级`): what stands right before a ROMAN_GRADE, each a grade as the last ones are.
 */
export const ROMAN_LIST_BEFORE = new RegExp(String.raw`(?<![A-Za-z\u2160-\u216B])(?:${ROMAN_ANY_CASE}[、,，]){1,4}$`);

/**
 * The era before a year of the Republic of China's calendar, which Taiwanese journals write:
 * `民國104年` is 2015, a time as a year in digits is, never an amount of years.
 */
export const ROC_ERA_BEFORE = /民国\s*$/;

/**
 * Tenths as a share: `七成以上` is more than 70%, `近三成` nearly 30%, `约3成仍不知晓` about 30%,
 * `三成患者` 30% of the patients (not 一成不变, 分成, 三成人, 3成功): before a bound, a hedge,
 * punctuation or the people counted; after a hedge, whatever follows (`近三成为吸烟者`, `约三成人`).
 */
const TENTH_FOLLOWS = String.raw`(?=以上|以下|左右|上下|多|的|仍|已|均|患者|病人|病例|受访者|调查对象|研究对象|儿童|学生|居民|老年人|女性|男性|农户|家庭|企业|用户|[，,。；;、）)～~—-]|$)`;
/** The words before tenths that say a share is meant: about, nearly, more than, only, make up. */
const TENTH_HEDGE = '(?:近|约|大约|将近|接近|逾|超过|超|不足|不到|仅|只有|占)';
export const TENTHS = new RegExp(
  String.raw`(?<![零〇一二两三四五六七八九十百千万亿\d.])([一二两三四五六七八九])成(?:(?<=${TENTH_HEDGE}\s*[一二两三四五六七八九]成)|${TENTH_FOLLOWS})`,
  'g',
);
/** The `成` after a digit that makes it tenths (`约3成`), as TENTHS reads them after a numeral. */
export const TENTH_AFTER = new RegExp(String.raw`^成${TENTH_FOLLOWS}`);
/** A hedge just before a digit: then any `成` after it is tenths (`近3成为`). */
export const TENTH_HEDGE_BEFORE = new RegExp(String.raw`${TENTH_HEDGE}\s*$`);

/**
 * Two neighbouring numerals, an approximate count: `三四天` is 3 or 4 days, `两三个` 2 or 3,
 * `二三十岁` 20 to 30 years (groups 1 and 2 the numerals, 3 the power both share).
 */
export const NEIGHBOURS = /^([两二三四五六七八])([三四五六七八九])([十百千万]?)$/;

/**
 * The size of a model written with an English scale letter (`K`, `M`, `B`): after 参数量 or
 * 规模 (`参数量为0.3M`, `模型规模为7B`) or before 参数 (`7B参数模型`), as `0.3M parameters`
 * writes it; billions before 模型 (`7B模型`, a model named by its size, as `the 7B model` is; not
 * `Qwen-72B模型`, a name). Elsewhere `2M` is molar and `5 K` kelvin.
 */
/**
 * Thousands glued to `k` or `K` before a Latin name, as English writes them (`55K SNP芯片`, `10k images`):
 * `300K下` is kelvin, `4K` a resolution (English's THOUSANDS_K).
 */
export const THOUSANDS_K = /(?<![\w.])(\d+(?:\.\d+)?)(?:k|(?<=\d\d|\.\d)K)(?=\s?[A-Za-z])(?![A-Za-z\d])/g;
export const SCALED_SIZE = /(?:(?<=(?:参数量|参数规模|规模)\s?[为是达到约仅近:：]{0,3}\s?)(\d+(?:\.\d+)?)\s?([KMB])|(?<![\w.-])(\d+(?:\.\d+)?)\s?([KMB])(?=\s?个?参数|(?<=B)\s?(?:大语言|语言|大)?模型))(?![A-Za-z\d])/g;
/** The power of ten of a scale letter. */
export const SCALE_LETTERS: Record<string, number> = { K: 3, M: 6, B: 9 };

/**
 * Ordinals without 第: a quarter of a year (`2020年一季度`, `1季度`, Q1), a century (`19世纪`, the 19th) and a
 * school year (`二年级`, the second year or grade 2; not two years).
 */
/**
 * After 第 and a numeral, the article or paragraph of a statute: `第二百六十六条` is Article 266,
 * `第二款` Paragraph 2 (not 第三条路, a third way).
 */
export const ARTICLE_AFTER = /^\s*(?:条(?![路道])|款)/;
export const ORDINAL_AFTER = /^\s*(?:季度|世纪|年级)/;

/**
 * School grades named by the stage, as Chinese counts them (初一 to 初三 are grades 7 to 9, 高一 to 高三
 * grades 10 to 12; 初中二年级, 高三年级 the same): the stage and its offset from grade 1. Read only where the
 * words around name a grade (`高一学生`, `初一712名`, `初一至初三`), never in 提高一倍, 最高三次, 高三酰甘油
 * or the lunar 正月初一.
 */
export const SCHOOL_STAGES: Record<string, number> = { 初: 6, 初中: 6, 高: 9, 高中: 9 };
export const SCHOOL_STAGE_BEFORE = /(?<![提最较更越月正腊比偏升拔增抬崇])(初中|高中|初|高)$/;
export const SCHOOL_GRADE_AFTER =
  /^(?:\s?(?:年级|学年|学生|生|班|期末|期中|上学期|下学期|学段|阶段|男生|女生|分别|均|各|共)|\s?\d|\s?[、，,和与及至到—～~\-（(）)。；：:]|\s*$)/;
/** The rest of a range or list of grades that names 年级 once, after the last: the `至九` of `四至九年级`. */
export const GRADES_SHARED_AFTER = new RegExp(`^(?:\\s?[至到～~—–\\-、,，和及与]\\s?[${'零〇一二三四五六七八九十'}]+)+\\s?年级`);

/** What zhenlint knows about Chinese that extraction and alignment read. */

/**
 * Things counted by a number (after its measure word) whose name both languages
 * share: `两组` and `two groups`, `四种类型` and `four types`. 组织, 组成, 组合 and
 * 组分 (tissue, composition, combination, component) are words, not groups.
 */
export const COUNTED: [RegExp, string][] = [
  [/^\s*(?:个\s*)?组(?![织成合件]|分(?!别))/, 'group'],
  // Types counted: `4个亚型`, `3个基因型`, and the `3型` after a verb of dividing (DIVIDED_INTO), which
  // alone is no type's name (`1型糖尿病` is, src/extract/atoms.ts).
  // Kinds of dose are the dose levels English counts as doses: `3种剂量` is `three doses` (a 剂量组 stays a group).
  [/^\s*种\s*(?:不同\s*)?剂量(?!\s*组)/, 'dose'],
  [/^\s*(?:种|类(?![似型])|个?(?:亚|基因|血清)?型)/, 'kind'],
  [/^\s*个?方面/, 'aspect'],
  [/^\s*个?因素/, 'factor'],
  [/^\s*个?维度/, 'dimension'],
  [/^\s*个?参[数量]/, 'parameter'],
  // After a measure word, a short name of the kind may come first: `2家三甲医院`, `兩間分區醫院`, `77个研究中心`.
  [/^\s*(?:(?:个(?!月)|家|所|间)\p{Script=Han}{0,4}?)?(?:医疗中心|中心|医院)/u, 'center'],
  [/^\s*个?国(?![内际外企有籍土庆])/, 'country'],
  [/^\s*个?(?:组成)?部分|^\s*个?模块/, 'part'],
  [/^\s*轮/, 'round'],
  [/^\s*(?:项|篇)\s*(?:研究|试验|RCT)/, 'study'],
  [/^\s*个?基因(?!型)/, 'gene'],
  [/^\s*(?:剂(?!量|型)|针(?![刺灸法对]))/, 'dose'],
  [/^\s*批(?![准复号次量])/, 'batch'],
  [/^\s*株(?![高距行])/, 'strain'],
  [/^\s*层(?![次面级流])/, 'layer'],
  [/^\s*片(?![区段刻面])/, 'tablet'],
  [/^\s*节(?:课)?(?![段点律食约日])/, 'session'],
];

/**
 * Verbs that divide into kinds: after one, `3型` and `三型` count types (`分为3型`, three types) rather
 * than name one (`2型糖尿病`, type 2 diabetes).
 */
export const DIVIDED_INTO = String.raw`(?:分为|分成|归为|归纳为|聚为|聚成|划分为|分型为)`;

/** The names of the things of COUNTED, anywhere in a sentence: a bare count beside one of them may count it. */
export const THING_NAMES: Record<string, RegExp> = {
  group: /组(?![织成合件]|分(?!别))/,
  kind: /种|类(?![似])/,
  aspect: /方面/,
  factor: /因素/,
  dimension: /维度/,
  parameter: /参[数量]|指标/,
  center: /中心|医院/,
  country: /国家|[一二两三四五六七八九十]国/,
  part: /部分|模块/,
  round: /轮/,
  study: /研究|试验/,
  gene: /基因/,
  dose: /剂(?!量|型)|针(?![刺灸法对])/,
  batch: /批(?![准复号次量])/,
  strain: /株(?![高距行])|菌株/,
  layer: /层(?![次面级流])/,
  tablet: /片(?![区段刻面])/,
  session: /节课|课时/,
};

/** Words that state one value for several things at once (`两组均为90%`, `每组10只`): a repeat need not be written out. */
export const DISTRIBUTIVE = /[均都皆各]|每个?组/;

/** Words that stand for a count of all the things counted (`均`, `都`: all of them), unlike 分别. */
export const ONCE_FOR_ALL = DISTRIBUTIVE;

/** The `均` that makes a p-value one for all comparisons, right before it or after its P: `均P＜0.05`, `P均<0.05`. */
export const P_FOR_ALL_BEFORE = /均\s*$/;
export const P_FOR_ALL_WITHIN = /均/;

/** The general counter and a noun after a count, which name what it counts: `3个阶段`, `两个方面`. */
export const COUNTER_AND_NOUN = /^个\p{Script=Han}{2}/u;

/** Words that state the other side of a threshold without its number: `60岁及以上…其余`, `以下`, `不足`. */
export const COMPLEMENT_WORDS = /其余|其他|其它|剩余|余下|以下|以上|不足|未满|低于|高于|超过/;

/** The list separator and the words that join the last item of a list: `A、B和C`. */
export const LIST_SEPARATOR = '、';
export const LIST_JOIN = /和|及|与|或/;
/** Words between two values of one list, besides a comma: `35.4%和39.3%`, `（412±56）min比（338±47）min`, and the Latin `vs`. */
export const LIST_GAP_WORDS = String.raw`和|与|及|、|比|或|vs\.?|versus`;

/** People a cohort is made of. */
const PERSON = '(?:成人|成年人|儿童|患儿|小儿|男性|女性|男|女|老年人|老人|青少年|婴幼儿|婴儿|新生儿|患者|病人|病例)';

/**
 * `4例成人和2例儿童`, `成人4例和儿童2例`: one group stated as the sum of two. The gap
 * between the two counts names a kind of person on one side of the conjunction.
 */
export const CONJOINED_GAP_AFTER = new RegExp(`^\\s*${PERSON}\\s*(?:和|与|及|以及|、)\\s*$`);
export const CONJOINED_TAIL = new RegExp(`^\\s*${PERSON}`);
export const CONJOINED_GAP_BEFORE = new RegExp(`^\\s*(?:和|与|及|以及|、)\\s*${PERSON}\\s*$`);
export const CONJOINED_HEAD = new RegExp(`${PERSON}\\s*$`);
/**
 * `16名音乐学院学生（女9名）与17名非音乐专业大学生`: two groups compared, each named after its count; between the
 * counts, once what brackets hold is left out, the first group's name and the conjunction, in one clause.
 */
export const GROUPS_COMPARED_GAP = /^[^，。；;：:,、（）()]{1,40}(?:与|和|及|以及)\s*$/;
export const BRACKETED = /[（(][^（）()]*[）)]/g;

/** Words before a count that make it a part of a group stated without a number: `纳入住院患者，其中Ⅲ型38例`. */
export const PART_BEFORE = /其中/;
/** Before the one of `另1个`, `另一组`: the other of two, not a count (`另有1例` adds one, and is read). */
export const OTHER_ONE_BEFORE = /另\s?$/;
/** People counted in pairs, a patient and the one who cares for them: `患儿及其家长`, `母婴`, `夫妇`. */
const DYAD_SOURCE = String.raw`(?:及其|和|与|及)(?:主要)?(?:家长|父母|家属|照顾者|照护者|配偶|母亲|父亲)|母婴|亲子|夫妇|母子|父子`;
export const DYAD = new RegExp(DYAD_SOURCE);
/** Before the count of such pairs, in 组 (`患儿及其家长120组`, `母婴共80组`). */
export const DYAD_COUNT_BEFORE = new RegExp(String.raw`(?:${DYAD_SOURCE})\s*(?:共\s*)?$`);
/** Before the base of a rate of cases (`每发现1例`, `每治疗17例`, `每100例`): one case per so many, never the cohort. */
export const PER_CASE_BEFORE = /每\s*(?:[发治诊筛检救新确][现疗断查出治增诊]\s*)?$/;
/**
 * Between two counts of a list (`纳入Ⅱ期12例，Ⅲ期20例`): at most a noun after the first, a separator,
 * and the label of the second, if any (its group 1).
 */
export const LIST_OF_COUNTS_GAP = /^\p{Script=Han}{0,4}[，、；;,]([^\d，、；;,。：:（）()\s]{0,6})$/u;

/** A proportion in words (`三分之一`, `一半`, `半数以上`): a share, never a count out of a group of 3 or 2. */
export const PROPORTION_WORD = /分之|半/;
/**
 * A copula before a sign: `2007—2013年为-6.8%` states a value after a period's 年, where a digit and
 * its unit before a dash (`5月-9月`) would make it a range.
 */
export const COPULA_BEFORE_SIGN = /(?:为|是)\s*$/;
/** Words that may carry a value's sign (English's SIGN_IN_WORDS): `下降14.8%` is `-14.8%`, `零下80 ℃`, `负值`, `西经73.5°`, `深部…-1 050 m水平`. */
export const SIGN_IN_WORDS = /降|减|低|少|负|零下|亏|损|缩|落|下滑|增|升|高|变化|差值|相差|之差|差为|西经|南纬|深|标高|海拔|井下/;
/**
 * A fraction that names the group it counts out of (English's NAMES_ITS_GROUP): `63例耳鸣患者中41例`,
 * `35例T3期患者中12例`; `10例中有1例` names none.
 */
export const NAMES_ITS_GROUP = /[例名位人只][^\d，,。；]{1,12}?中/;
/** The group named before such a fraction: `随访的98例中76例`. */
export const GROUP_NAMED_BEFORE = /\p{Script=Han}的\s*$/u;
/** Words before a number that make it approximate: `约1/3的患者` is a share, not a count out of 3. */
export const APPROXIMATE_BEFORE = /(?:约|大约|近|将近|接近|大概)\s*$/;

/**
 * Words saying that the parts listed after a group are all of it: `分别`, `分为`,
 * `随机分为`, `包括…共`. A `其中…` list without one may name only some members.
 */
export const WHOLE_SPLIT = /分别|分为|分成|分入|随机|合计|总计|共计/;
/** Right after a count of patients, the first of some of them (`检出早期胃癌14例，其中12例京都评分≥4分`): a part, never more than its group. */
export const SOME_OF_THEM = /^\s*[，,]\s*其中\s*$/;
/** Parts that name the arms or groups of a study. */
export const ARM_PART = /组/;
/** A bracket after the name of a group, which may hold its size: `干预组（48）`. */
export const GROUP_BRACKET_BEFORE = /组\s?[(（]\s?$/;

/** Solutions whose name states their strength: `生理盐水` is 0.9%氯化钠 (see EN.STRENGTH_NAMES). */
export const STRENGTH_NAMES: [RegExp, number][] = [[/生理盐水|生理氯化钠/, 0.9]];

/** The verbs of a change that rises and of one that falls, of two characters (`升`, `增`, `降`, `减` alone are added where they may stand). */
const RISE_VERBS = '增加|增长|增高|提高|升高|上升|上涨|延长';
const FALL_VERBS = '降低|下降|减少|减低|缩短|回落';
/**
 * A verb or noun of change right before the amount it names, by the way it goes (English's
 * CHANGE_UP_BEFORE, CHANGE_DOWN_BEFORE): `增加20%`, `升高至35.2%`, `增幅为12%` (up); `降低了20%`,
 * `降至8.1%`, `降幅为30%` (down). `改善` is left out, as `improved` is in English.
 */
export const CHANGE_UP_BEFORE = new RegExp(String.raw`(?:(?:${RISE_VERBS})(?:了|到|至)?|(?:升|增|涨)(?:到|至))(?:幅度)?(?:为|达)?(?:\s*(?:约|近|逾|超过))?\s*$|(?:增幅|升幅|涨幅)(?:为|达)?(?:\s*(?:约|近|逾))?\s*$`);
export const CHANGE_DOWN_BEFORE = new RegExp(String.raw`(?:(?:${FALL_VERBS}|降)(?:了|到|至)?|(?:减|跌)(?:到|至))(?:幅度)?(?:为|达)?(?:\s*(?:约|近|逾|超过))?\s*$|(?:降幅|减幅|跌幅)(?:为|达)?(?:\s*(?:约|近|逾))?\s*$`);
/**
 * Between the two ends of a change, `由A降至B`, `从A升高到B`: the verb says which way the values go, so its
 * ends must go that way (read by range-order). A clause of its own between them (a comma) is no such gap.
 */
export const CHANGE_TO_UP = new RegExp(String.raw`^[^，,；;。\d]{0,12}?(?:${RISE_VERBS}|升|增)(?:至|到)[^，,；;。\d]{0,8}$`);
export const CHANGE_TO_DOWN = new RegExp(String.raw`^[^，,；;。\d]{0,12}?(?:${FALL_VERBS}|降|减)(?:至|到)[^，,；;。\d]{0,8}$`);
/** What opens the first end of such a change: `由`, `从`, with a time or a bracket before the value (`由术前（`). */
export const CHANGE_FROM = /(?:由|从)[^，,；;。\d由从]{0,8}$/;
/** The year or span of years an end of a change is stated for (`由2012年的52.3%降至2017年的39.8%`, `由1956—1985年的476.1亿m3`). */
export const CHANGE_END_PERIOD = /\d{4}(?:\s*[—–~～-]\s*\d{4})?\s*年(?:的|时)?$/;
/**
 * After a change's second end, its size as a share of the first, in a clause of only its word (`由476.1亿m3降至269.4亿m3，
 * 减少了43.4%`, `由2.86 MPa提高至4.12 MPa，增幅达44.1%`); a subject between them (`，可使淹没面积减少23%`) is another change.
 */
export const CHANGE_SHARE_AFTER = new RegExp(String.raw`^[^，,；;。\d]{0,10}?[，,]?\s*(?:(?:${RISE_VERBS}|${FALL_VERBS})(?:了)?(?:幅度)?|(?:增|升|涨|降|减|跌)幅)(?:为|达)?\s*$`);
/** Before a change's first end, its size stated first and the change in a bracket (`提高26.4%（由14.4 g/kg提高至18.2 g/kg）`). */
export const CHANGE_SHARE_THEN_ENDS = /^\s*[（(]\s*$/;

/**
 * A scale's grades and the excellent-and-good rate they give (`优41例，良22例，可5例，优良率92.6%`): groups are
 * 优, 良, then 可 (or 中, 一般) and 差, then the rate; read by rate-from-counts.
 */
export const GRADES_AND_RATE = /优\s*(\d+)\s*例\s*[,，、]\s*良\s*(\d+)\s*例(?:\s*[,，、]\s*(?:可|中|一般)\s*(\d+)\s*例)?(?:\s*[,，、]\s*差\s*(\d+)\s*例)?[^。；;\d]{0,12}?优良率(?:为|达)?\s*(\d+(?:\.\d+)?)\s*%/g;

/**
 * The number of a part of a study written in numerals (`实验一`, `研究二`, `样本一`): the `Experiment 1`, `Study 2`,
 * `Sample 1` of the English. Only where the part's name ends (`实验一中`, `样本一（486名）`), never `研究一致`, `一中学`.
 */
export const STUDY_PART_BEFORE = /(?:实验|研究|样本|子研究)$/;
export const STUDY_PART_AFTER = /^(?:中(?!学)|[的和与及、，,。；：:（(）)]|\s*$)/;

/** What a value is of, which a translation keeps beside it (EN.VALUE_LABELS, whose ids these share): `灵敏度为85.2%`, `对照组76.7%`. */
export const VALUE_LABELS: readonly [id: string, re: RegExp][] = [
  ['sensitivity', /灵敏度|敏感度|灵敏性|敏感性/g],
  ['specificity', /特异度|特异性/g],
  ['positive predictive value', /阳性预测值|PPV/g],
  ['negative predictive value', /阴性预测值|NPV/g],
  ['observation group', /观察组/g],
  ['control group', /对照组/g],
  ['intervention group', /干预组/g],
  ['experimental group', /实验组/g],
  ['placebo group', /安慰剂组/g],
  ['men', /男性|男孩|男生/g],
  ['women', /女性|女孩|女生/g],
  ['group', /(?<![A-Za-z])([A-D])组/g],
];
/** What ends the clause a label and its value share: a comma, a conjunction, a comparison. */
export const VALUE_LABEL_CLAUSE_END = /[，,；;：:、]|和|与|及|而|高于|低于|优于|大于|小于|多于|少于|相比/g;
/** A sentence that lists labels and then their values in order (`分别为`). */
export const VALUE_LABELS_LISTED = /分别/;
