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

/** Measure words and units that make a run of numerals an amount: 十七名, 三个周期. */
export const COUNTER = /^\s*(?:例|名|位|人|次|个|周|天|日|年|岁|项|组|种|倍|级|小时|分钟|剂|疗程|周期|只|份|所|家|篇|轮|期)/;

/** Units and counted subjects after a number, normalized to the names both languages share. */
export const UNITS: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/^\s*个?月/, 'month'],
  [/^\s*(?:周|星期)/, 'week'],
  [/^\s*(?:天|日)/, 'day'],
  [/^\s*年/, 'year'],
  [/^\s*岁/, 'year'],
  [/^\s*(?:个)?小时/, 'hour'],
  [/^\s*分钟/, 'minute'],
  [/^\s*(?:°\s*C|℃)/, 'celsius'],
  [/^\s*例?\s*(CR|PR|SD|PD|NE)\b/, (m) => m[1]!],
  [/^\s*例?\s*(?:死亡)/, 'death'],
  // 人年 and 人次 are person-years and person-times, not people.
  [/^\s*(?:例|名|位|人(?![年次]))/, 'patient'],
  [/^\s*(?:个周期|周期|个疗程|疗程)/, 'cycle'],
  [/^\s*次/, 'time'],
  [/^\s*倍/, 'fold'],
  [/^\s*个?百分点/, 'pp'],
  [/^\s*mm\s?hg/i, 'mmhg'],
  [/^\s*个细胞\s*\/\s*(kg|kilogram)/, 'cells/kg'],
];

/** Words before a number that make it approximate. */
export const APPROX_BEFORE = /(?:约|近|大约|将近|~)\s*$/;

/** Words before a number that bound it. */
export const COMPARATOR_WORDS: [RegExp, '<' | '<=' | '>' | '>='][] = [
  [/(?:超过|大于|高于|多于)\s*$/, '>'],
  [/(?:至少|不少于|≥)\s*$/, '>='],
  [/(?:不足|小于|低于|少于)\s*$/, '<'],
  [/(?:最多|不超过|≤)\s*$/, '<='],
];

/** Words that name study arms or groups, as a regex source. */
export const ARM_WORDS = '组';

/** Verbs that say a count is the group studied. */
export const ENROLL = /纳入|入组|招募|收治|选取|选择|入选|共有?|接受/;

/** Words that say a count is not the analysed group, as a regex source. */
export const NOT_COHORT_WORDS = '筛选|筛查|每年';

/** Lines of page chrome around an abstract copied from a web page. */
export const CHROME: RegExp[] = [
  /^(?:期刊|出版社|关键词|资金|作者|评论|推荐|主要评分|次要评分|新颖性|重要性|科学严谨性|评价这篇论文|评分不足|暂无数据|摘要|全文|参考文献|相关文章|引用|下载|收藏|分享)$/,
  /卷\s*\d+\s*[,，]\s*期\s*\d+/,
  /页码\s*[-–—]?\s*$/,
  /向作者\/读者索取更多资源|我是这篇论文的作者|认领此论文|登录|注册|版权所有/,
];

/** What follows a month named alone that makes it a date: 10月底, 5月初, 3月中旬, 6月份. */
export const MONTH_PART_AFTER = /^\s*(?:底|初|末|上旬|中旬|下旬|份)/;

/** Words before a month named alone that make it a date: 于3月, 截至6月, 自10月. */
export const MONTH_BEFORE = /(?:于|截至|截止|自|从)\s*$/;

/** What after `N月` makes it a number of months: 3月后, 6月内, 3月以上, 1月左右. */
export const DURATION_AFTER = /^\s*(?:[后内间]|以[上来内后]|左右|余)/;

/** What joins the two ends of a calendar span: 2018年3月至5月, 5月中旬至8月. */
export const DATE_SPAN_JOIN = /^\s*(?:(?:底|初|末|上旬|中旬|下旬|份)\s*)?(?:至|到|-|~)\s*$/;

/** Digits of the tens of a decade in numerals: 八十年代. */
export const DECADE_WORDS: Record<string, number> = {
  二十: 20, 三十: 30, 四十: 40, 五十: 50, 六十: 60, 七十: 70, 八十: 80, 九十: 90,
};

/**
 * Traditional characters that zhenlint's Chinese tables write in simplified form, each
 * one UTF-16 unit for one so that offsets stay valid: `13萬` reads as `13万`, `6個月` as `6个月`.
 * Only characters of number forms, units, measure words and the words the rules read.
 */
export const TRADITIONAL_TO_SIMPLIFIED: Record<string, string> = {
  萬: '万', 億: '亿', 兩: '两', 個: '个', 週: '周', 歲: '岁', 點: '点', 與: '与', 於: '于', 組: '组',
  療: '疗', 時: '时', 鐘: '钟', 約: '约', 將: '将', 從: '从', 減: '减', 為: '为', 間: '间', 數: '数',
  較: '较', 達: '达', 顯: '显', 異: '异', 統: '统', 計: '计', 學: '学', 義: '义', 無: '无', 發: '发',
  齡: '龄', 項: '项', 種: '种', 級: '级', 劑: '剂', 輪: '轮', 隻: '只', 總: '总', 納: '纳', 選: '选',
  擇: '择', 錄: '录', 過: '过', 範: '范', 圍: '围', 區: '区', 風: '风', 險: '险', 緩: '缓', 穩: '稳',
  進: '进', 篩: '筛', 紀: '纪', 號: '号', 參: '参', 陽: '阳', 陰: '阴', 檢: '检', 驗: '验', 準: '准',
  後: '后', 內: '内', 單: '单', 雙: '双', 長: '长', 頻: '频', 記: '记', 載: '载', 醫: '医', 藥: '药',
  實: '实', 試: '试', 隨: '随', 訪: '访', 結: '结', 論: '论', 體: '体', 積: '积', 質: '质', 負: '负',
  變: '变', 國: '国', 際: '际', 對: '对', 顆: '颗', 處: '处', 條: '条', 張: '张', 頁: '页', 層: '层',
};

/** Between the years and the months of one age: `1岁9个月`. */
export const AGE_YEARS_MONTHS = /^\s*岁\s*(?:零\s*)?$/;

/** Verbs of a change before its far end, as a regex source: 从994下降至885亿. */
export const CHANGE_VERBS = '下降|降低|减少|降|增加|增长|上升|升高|提高|升';

/** Halves: 半年, 半个月, 一半, 半数. */
export const HALF = /(?<![一二两三四五六七八九十])半(?:个)?(年|月|天|小时)|(?:一半|半数)/g;
export const HALF_UNITS: Record<string, string> = { 年: 'year', 月: 'month', 天: 'day', 小时: 'hour' };

/** `无死亡`: a count of zero. */
export const NONE = /(?:无|未发生|没有)(?=\s*(?:死亡|患者死亡))/g;
