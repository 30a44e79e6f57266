/**
 * Page chrome and metadata that surround an abstract on a copied web page.
 * Each test returns the reason a line is not abstract prose, or undefined.
 */
import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';

const EN_CHROME = EN.CHROME;
const ZH_CHROME = ZH.CHROME;

/** `基金项目：…`, `Key words: …`: a labelled line of the journal's front matter. */
const EN_LABEL_LINE = new RegExp(`^(?:${EN.EN_CHROME_LABELS.join('|')})\\s*[:：]`, 'i');
const ZH_LABELS = ZH.ZH_CHROME_LABELS.join('|');
const ZH_LABEL_LINE = new RegExp(`^(?:[\\[【](?:${ZH_LABELS})[\\]】]|(?:${ZH_LABELS})(?:\\s*[:：]|\\s+\\S))`, 'i');
/** `Received 12 January 2020; accepted …`: the journal's dates, with or without a colon. */
const EN_DATE_LINE = /^(?:received|revised|accepted|published(?: online)?)(?:\s+(?:on|date)\b)?[\s:：]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;
/** `2024年第104卷第12期`, `41卷3期`, `2020，41(3):215`: the issue a Chinese article appeared in. */
const ZH_CITATION =
  /第\s*\d+\s*卷(?:\s*第\s*\d+\s*期)?|(?<!\d)\d+\s*卷\s*(?:第\s*)?\d+\s*期|(?<!\d)\d{4}\s*年\s*第\s*\d+\s*期|(?<!\d)(?:19|20)\d{2}\s*[,，]\s*\d+\s*[(（]\s*\d+\s*[)）]\s*[:：]\s*\d+/;
const ZH_COPYRIGHT = /©|版权所有|\bcopyright\b/i;

/**
 * `Autor: | Name, Name |`: a key–value row of a metadata table. The value is the
 * rest of the line, read by `metadataCell`: a pattern that trimmed it too would
 * backtrack quadratically over a long run of spaces.
 */
export const METADATA_ROW = /^\s*([\p{L}][\p{L} .]{0,40}):\s*\|(.*)$/u;

/** The cell of a metadata row without its spaces and closing bar. */
export function metadataCell(rest: string): string {
  const value = rest.trim();
  return value.endsWith('|') ? value.slice(0, -1).trimEnd() : value;
}
const TABLE_RULE = /^[\s|:-]+$/;
const AFFILIATION =
  /\b(?:Institute|University|School|Department|Dept\.|Hospital|Cent(?:er|re)|College|Laborator(?:y|ies)|Faculty|Academy|Clinic)\b/;
const POSTCODE_OR_COUNTRY =
  /\b\d{5,6}\b|,\s*(?:China|P\.\s?R\.\s?China|USA|United States|Japan|Korea|Taiwan|Hong Kong|Singapore|UK|United Kingdom|Germany|France|Italy|Canada|Australia)\.?\s*$/;
const CITATION =
  /\bdoi:\s*10\.\d{4,}|^\s*doi:?\s*10\.\d{4,}|\b(?:19|20)\d{2}\b[^.;]{0,20};\s*\d+\s*\(\s*\d+\s*\)\s*:\s*\d+|^\s*(?:19|20)\d{2}\s*,\s*\d+\s*\(\s*\d+\s*\)\s*(?::\s*)?$|^\s*\d+\s*[-–]\s*\d+\.?\s*$/i;
const NAME_PART = /^(?:[A-Z][\p{L}'’.-]*)(?:\s+[A-Z][\p{L}'’.-]*){0,3}$/u;
const MACHINE_TOKEN = /\b[a-z]+\.[a-z]+_[a-z_]+\b/;

function isAuthorList(line: string): boolean {
  const parts = line.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => NAME_PART.test(p)) && !/[.!?]\s/.test(line);
}

/** Many words, no commas, no sentence ends, mostly terms: a subject or keyword list, not prose. */
function isKeywordDump(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (MACHINE_TOKEN.test(line) && words.length >= 8) return true;
  if (words.length < 15 || /[,;]/.test(line) || /[.!?](?:\s|$)/.test(line)) return false;
  // A title is mostly lower-case words; a subject dump is mostly capitalized terms.
  const capitalized = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalized >= words.length * 0.5;
}

export function boilerplateReason(line: string, lang: 'en' | 'zh' | 'und' | 'other'): string | undefined {
  const text = line.trim();
  if (!text) return undefined;
  if (TABLE_RULE.test(text)) return 'table rule';
  if (lang === 'zh') {
    if (ZH_LABEL_LINE.test(text)) return 'front matter';
    if (text.length < 100 && (ZH_CHROME.some((re) => re.test(text)) || ZH_COPYRIGHT.test(text))) return 'page chrome';
    if (text.length < 160 && (ZH_CITATION.test(text) || CITATION.test(text))) return 'citation';
    return undefined;
  }
  if (EN_LABEL_LINE.test(text) || (text.length < 160 && EN_DATE_LINE.test(text))) return 'front matter';
  // Chrome is short; a long line that mentions copyright is an abstract with its licence line.
  if (text.length < 300 && EN_CHROME.some((re) => re.test(text))) return 'page chrome';
  if (CITATION.test(text)) return 'citation';
  if (AFFILIATION.test(text) && POSTCODE_OR_COUNTRY.test(text) && text.length < 400) return 'affiliation';
  if (isAuthorList(text)) return 'author list';
  if (isKeywordDump(text)) return 'keyword list';
  return undefined;
}
