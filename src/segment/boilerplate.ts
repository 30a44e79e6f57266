/**
 * Page chrome and metadata that surround an abstract on a copied web page.
 * Each test returns the reason a line is not abstract prose, or undefined.
 */
import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';

const EN_CHROME = EN.CHROME;
const ZH_CHROME = ZH.CHROME;

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
    if (text.length < 100 && ZH_CHROME.some((re) => re.test(text))) return 'page chrome';
    return undefined;
  }
  // Chrome is short; a long line that mentions copyright is an abstract with its licence line.
  if (text.length < 300 && EN_CHROME.some((re) => re.test(text))) return 'page chrome';
  if (CITATION.test(text)) return 'citation';
  if (AFFILIATION.test(text) && POSTCODE_OR_COUNTRY.test(text) && text.length < 400) return 'affiliation';
  if (isAuthorList(text)) return 'author list';
  if (isKeywordDump(text)) return 'keyword list';
  return undefined;
}
