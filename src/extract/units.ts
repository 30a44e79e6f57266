import { COUNTED as COUNTED_EN } from '../lang/en.js';
import { COUNTED as COUNTED_ZH } from '../lang/zh.js';

/** Units and counted subjects, normalized so that `months` and `个月` compare equal. */
export interface UnitMatch {
  unit: string;
  length: number;
}

/**
 * Measures shared by both languages, written in Latin letters in both: `mg/kg`,
 * `mmol / l`, `mg per square meter`. Normalized to lower case without spaces.
 */
const MEASURE =
  /^\s*(cells|copies|mg|[µμ]g|ng|pg|kg|g|ml|mmol|[µμ]mol|nmol|iu|u|cm|mm|[µμ]m|gy|kpa|bpm|l)(?:\s*(?:\/|\bper\b)\s*(square meter|m2|m²|deciliter|dl|liter|litre|ml|l|kilogram|kg))?(?![A-Za-z\d])/i;
const PER: Record<string, string> = { 'square meter': 'm2', 'm²': 'm2', deciliter: 'dl', liter: 'l', litre: 'l', kilogram: 'kg' };

function measure(m: RegExpExecArray): string {
  const base = m[1]!.toLowerCase().replace('µ', 'μ');
  const per = m[2]?.toLowerCase();
  return per ? `${base}/${PER[per] ?? per}` : base;
}

type UnitTable = [RegExp, string | ((m: RegExpExecArray) => string)][];

const EN_UNITS: UnitTable = [
  [/^\s*(?:-\s*)?(?:months?|mo)\b/i, 'month'],
  [/^\s*(?:-\s*)?(?:weeks?|wk)\b/i, 'week'],
  [/^\s*(?:-\s*)?days?\b/i, 'day'],
  [/^\s*(?:-\s*)?(?:years?|yr)\b/i, 'year'],
  [/^\s*(?:-\s*)?(?:hours?|hrs?|h)\b/i, 'hour'],
  [/^\s*(?:-\s*)?(?:minutes?|min)\b/i, 'minute'],
  [/^\s*(?:°\s*C|℃)/, 'celsius'],
  [/^\s*(?:patients?|cases?|participants?|subjects?|adults?|individuals?|persons?|people|children|volunteers?|women|men|infants?|respondents?|responders?)\b(?!-)/i, 'patient'],
  [/^\s*(?:-\s*)?(?:cycles?|courses?)\b/i, 'cycle'],
  // `2.1 times higher` is a multiple, as 2.1倍; `3 times a week` a count.
  [/^\s*times\s+(?:higher|greater|lower|more|less|as)\b/i, 'fold'],
  [/^\s*times\b/i, 'time'],
  [/^\s*(?:-\s*)?fold\b/i, 'fold'],
  [/^\s*percentage\s+points?\b/i, 'pp'],
  [/^\s*mm\s?hg\b/i, 'mmhg'],
  [/^\s*(?:deaths?|died)\b/i, 'death'],
  [/^\s*(CR|PR|SD|PD|NE)\b/, (m) => m[1]!],
  [MEASURE, measure],
  ...COUNTED_EN,
];

const ZH_UNITS: UnitTable = [
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
  [MEASURE, measure],
  ...COUNTED_ZH,
];

/** `MM` (myeloma), `CM`, `MG` in capitals are acronyms, not millimetres or milligrams; `IU` is a unit. */
const ACRONYM_NOT_UNIT = /^(?!IU$)[A-Z]{2,}$/;

export function matchUnit(after: string, lang: 'en' | 'zh'): UnitMatch | undefined {
  const head = after.slice(0, 24);
  for (const [re, unit] of lang === 'zh' ? ZH_UNITS : EN_UNITS) {
    const m = re.exec(head);
    if (!m) continue;
    if (re === MEASURE && ACRONYM_NOT_UNIT.test(m[1]!)) continue;
    return { unit: typeof unit === 'string' ? unit : unit(m), length: m[0].length };
  }
  return undefined;
}

/** `day 56`, `第56天`: a point in time named by its number. */
export function matchUnitBefore(before: string, lang: 'en' | 'zh'): string | undefined {
  const tail = before.slice(-12);
  if (lang === 'en') {
    const m = /\b(day|week|month|year|cycle)\s+$/i.exec(tail);
    return m ? m[1]!.toLowerCase() : undefined;
  }
  return /第\s*$/.test(tail) ? 'ordinal' : undefined;
}
