import type { AbstractSection } from './en.js';

/** Chinese language knowledge shared by the pipeline stages. */

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

/** One group measured twice: a paired test (配对 t, McNemar's χ²), not a two-group one. */
export const PAIRED_DESIGN = /配对|自身(?:前后)?对照|治疗前后|前后比较|麦克尼马尔/;
/** The two time points of a within-group comparison. */
export const TIME_BEFORE = /(?:治疗|干预|手术|术|护理|训练|用药)前|基线/;
export const TIME_AFTER = /(?:治疗|干预|手术|术|护理|训练|用药)后/;
/** `均数±标准误`: the spread beside a mean is a standard error, not an SD. */
export const STANDARD_ERROR = /标准误/;
/** Patients lost after allocation: the groups analysed are no longer the sizes stated. */
export const DROPOUT = /脱落|失访|退出|剔除/;
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

/** Counters after 第 that make an ordinal, not a time point: 第四届, 第4次, 第2代. */
export const ZH_ORDINAL_COUNTERS = ['届', '次', '代', '版', '位', '名', '批', '轮', '例', '个', '组', '阶段', '部分', '作者', '类', '种'];

/** What zhenlint knows about Chinese that extraction and alignment read. */

/**
 * Things counted by a number (after its measure word) whose name both languages
 * share: `两组` and `two groups`, `四种类型` and `four types`. 组织, 组成, 组合 and
 * 组分 (tissue, composition, combination, component) are words, not groups.
 */
export const COUNTED: [RegExp, string][] = [
  [/^\s*(?:个\s*)?组(?![织成合分件])/, 'group'],
  [/^\s*(?:种|类(?![似型]))/, 'kind'],
  [/^\s*个?方面/, 'aspect'],
  [/^\s*个?因素/, 'factor'],
  [/^\s*个?维度/, 'dimension'],
  [/^\s*个?参[数量]/, 'parameter'],
  [/^\s*(?:个|家|所)?(?:医疗中心|中心|医院)/, 'center'],
  [/^\s*个?国家/, 'country'],
  [/^\s*(?:项|篇)\s*(?:研究|试验|RCT)/, 'study'],
  [/^\s*个?基因/, 'gene'],
  [/^\s*剂(?!量|型)/, 'dose'],
];

/** Words that state one value for several things at once (`两组均为90%`): a repeat need not be written out. */
export const DISTRIBUTIVE = /[均都皆各]/;

/** The list separator and the words that join the last item of a list: `A、B和C`. */
export const LIST_SEPARATOR = '、';
export const LIST_JOIN = /和|及|与|或/;
