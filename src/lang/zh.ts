/** Chinese language knowledge read by extraction and segmentation. */

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
