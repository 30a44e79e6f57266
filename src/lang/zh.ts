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
