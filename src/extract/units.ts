/** Units and counted subjects, normalized so that `months` and `个月` compare equal. */
export interface UnitMatch {
  unit: string;
  length: number;
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
  [/^\s*(?:patients?|cases?|participants?|subjects?|adults?|individuals?|persons?|people|children|volunteers?|women|men|infants?|respondents?|responders?)\b/i, 'patient'],
  [/^\s*(?:-\s*)?(?:cycles?|courses?)\b/i, 'cycle'],
  [/^\s*times\b/i, 'time'],
  [/^\s*(?:deaths?|died)\b/i, 'death'],
  [/^\s*(CR|PR|SD|PD|NE)\b/, (m) => m[1]!],
  [/^\s*(cells\/kg|mg\/kg|mg\/m2|mg\/m²|µg\/kg|μg\/kg|mg\/d|mg|μg|µg|g|kg|ml|mL|l|mmHg|mmol\/L|cm|mm)(?![\p{L}])/u, (m) => m[1]!.toLowerCase().replace('²', '2').replace('µ', 'μ')],
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
  [/^\s*(?:例|名|位|人)/, 'patient'],
  [/^\s*(?:个周期|周期|个疗程|疗程)/, 'cycle'],
  [/^\s*次/, 'time'],
  [/^\s*(?:个细胞\/kg)/, 'cells/kg'],
  [/^\s*(cells\/kg|mg\/kg|mg\/m2|mg\/m²|mg|μg|µg|g|kg|ml|mL|mmHg|mmol\/L|cm|mm)(?![\p{L}])/u, (m) => m[1]!.toLowerCase().replace('²', '2').replace('µ', 'μ')],
];

export function matchUnit(after: string, lang: 'en' | 'zh'): UnitMatch | undefined {
  const head = after.slice(0, 24);
  for (const [re, unit] of lang === 'zh' ? ZH_UNITS : EN_UNITS) {
    const m = re.exec(head);
    if (m) return { unit: typeof unit === 'string' ? unit : unit(m), length: m[0].length };
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
