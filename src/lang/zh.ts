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
