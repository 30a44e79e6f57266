/** Units and counted subjects, normalized so that `months` and `个月` compare equal. */
import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';
import { lastWordOf } from './chars.js';
import { PatternTable } from './pattern-table.js';

type UnitTable = [RegExp, string | ((m: RegExpExecArray) => string)][];

export interface UnitMatch {
  unit: string;
  length: number;
}

/**
 * Measures shared by both languages, written in Latin letters in both: `mg/kg`,
 * `mmol / l`, `mg per square meter`, `ml/h`, `mg/d`, `mm/a`; with a power of -1 for the slash, as
 * Chinese journals ask (`μg·mL⁻¹`, `mg·L-1`, `g·kg⁻¹`, `mg L−1`). Normalized to lower case without spaces.
 * Not the length of a length squared (`28.6 m²/g`, `cm³`).
 */
const MEASURE =
  /^\s*(cells|copies|mg|[µμ]g|ng|pg|kg|g|ml|mmol|[µμ]mol|nmol|pmol|iu|u|cm|mm|[µμ]m|nm|km|m|cgy|mgy|gy|kpa|bpm|l)(?:\s*(?:\/|\bper\b)\s*(square meter|m2|m²|deciliter|dl|liter|litre|ml|l|kilogram|kg|minute|min|hour|hr|h|day|d|week|wk|second|sec|s|year|yr|a)|(?:\s?[·•⋅]\s?|\s)(m2|m²|dl|ml|l|kg|min|h|d|wk|s|a)\s?(?:-1|−1|\^-1|⁻¹))?(?![A-Za-z\d²³]|\.[A-Za-z]\.)/i;
/**
 * A dose per body weight and time, or any measure per two things: `mg/kg/d`, `mg/(kg·d)`, `mg/kg per
 * day`, `mg·kg-1·d-1`, `μg·kg⁻¹·min⁻¹`, `ml/(kg·h)`: normalized as `mg/kg/day`.
 */
const PER_TWO_BASE = String.raw`cells|copies|mg|[µμ]g|ng|pg|kg|g|ml|mmol|[µμ]mol|nmol|pmol|iu|u|l`;
const PER_UNIT = String.raw`m2|m²|kg|g|min|h|hr|d|day|wk|week|l|ml|dl`;
const INVERSE = String.raw`(?:-1|−1|\^-1|⁻¹)`;
const DOT = String.raw`[·•⋅.*]`;
const PER_TWO = new RegExp(
  String.raw`^\s*(${PER_TWO_BASE})\s?(?:\/\s?\(\s?(${PER_UNIT})\s?${DOT}\s?(${PER_UNIT})\s?\)|\/\s?(${PER_UNIT})\s?(?:\/|\s\bper\s)\s?(${PER_UNIT})|${DOT}\s?(${PER_UNIT})\s?${INVERSE}\s?${DOT}\s?(${PER_UNIT})\s?${INVERSE})(?![A-Za-z\d])`,
  'i',
);
function perTwo(m: RegExpExecArray): string {
  const base = m[1]!.toLowerCase().replace('µ', 'μ');
  const [a, b] = [m[2] ?? m[4] ?? m[6], m[3] ?? m[5] ?? m[7]].map((p) => {
    const lower = p!.toLowerCase();
    return PER[lower] ?? lower;
  });
  return `${base}/${a}/${b}`;
}
/**
 * A length unit squared or cubed, its superscript flattened by a PDF or kept: `km2`, `hm2`, `m3/s`, `cm³`,
 * which the measures above do not read (nor a year stand before: `2035 km2`, `1980 m3/s`).
 */
export const SQUARE_OR_CUBE_AFTER = /^\s?[khcdm]?m\s?[23²³](?![\dA-Za-z])/;
/**
 * A mass or money per area of land, and an area alone: `7.92 t/ha`, `89.6 Mg C/ha`, `180 kg N/hm2`, `kg/hm²`, `kg·hm⁻²`, `kg ha-1`, `38 460
 * yuan/ha`, `528 kg/亩`, `2 564元/亩`, `3.33 ha`, `50亩`; normalized as `t/ha`, `yuan/mu`, `ha` for equality.ts
 * to convert (a hectare is 15 亩). Money alone is no unit: only per area does a translation convert it.
 */
function areaTable(words: { ha: string; mu: string }, money: string): UnitTable {
  const area = `(?:(${words.ha})|(${words.mu}))`;
  const inverse = String.raw`\s?(?:-[12]|−[12]|⁻[¹²]|\^-[12])`;
  const name = (m: RegExpExecArray, at: number) => (m[at] !== undefined ? 'ha' : 'mu');
  const moneyWord = new RegExp(`^(?:${money})$`);
  // A megagram is a tonne: carbon stocks are written `89.6 Mg C/ha` (89.6 t/hm²), the element named between.
  const base = (b: string) => (moneyWord.test(b) ? 'yuan' : b === 'Mg' ? 't' : b.toLowerCase());
  const per = new RegExp(String.raw`^\s*(t|kg|g|Mg|${money})(?:\s?[CN](?![A-Za-z\d]))?\s?(?:(?:\/|\s?\bper\s)\s?${area}|(?:\s?[·•⋅]\s?|\s)${area}${inverse})(?![A-Za-z\d])`);
  return [
    [per, (m) => `${base(m[1]!)}/${name(m, m[2] !== undefined || m[3] !== undefined ? 2 : 4)}`],
    [new RegExp(String.raw`^\s*${area}(?![A-Za-z\d])`), (m) => name(m, 1)],
  ];
}
const EN_AREA = areaTable(EN.AREA_WORDS, EN.MONEY_WORDS);
const ZH_AREA = areaTable(ZH.AREA_WORDS, ZH.MONEY_WORDS);
/** Molar concentrations, case and all (`mM` is not `mm`): `50 μM` is `50 μmol/L`. */
const MOLAR = /^\s*([µμunpm])M(?![A-Za-z\d])/;
const molar = (m: RegExpExecArray) => `${m[1] === 'u' || m[1] === 'µ' ? 'μ' : m[1]}mol/l`;
/**
 * Lengths of nucleic acid and masses of molecules, case and all: `1.5 kb` is `1 500 bp`, `63 kDa` is
 * `6.3×10⁴ Da` (not `MB`, `DA`, `KB`, acronyms, nor a `Da` that starts a word).
 */
const SEQUENCE = /^\s*(bp|kb|kbp|Mb|nt|Da|kDa)(?![A-Za-z\d])/;
const sequence = (m: RegExpExecArray) => (m[1] === 'kbp' ? 'kb' : m[1]!.toLowerCase());
/** Geological ages: `2.5 Ma` (million years, 250万年), `1.8 Ga`, `12 ka`, `300 Myr`. */
// Not the surname Ma of a citation: `in 2015 Ma et al.`.
const AGE = /^\s*([kMG])(?:a|yr)(?![A-Za-z\d])(?!\s*(?:et al|&))/;
const age = (m: RegExpExecArray) => `${m[1]!.toLowerCase()}a`;
/** Pressures in pascals, case and all: `1 GPa` is `1 000 MPa` (not `mPa`, a thousandth, nor `MPA`, a drug). */
const PASCAL = /^\s*([kMG]?)Pa(?![A-Za-z\d])/;
const pascal = (m: RegExpExecArray) => `${m[1]!.toLowerCase()}pa`;
/**
 * Power and energy in watts and watt-hours, case and all: `198 MW` is `19.8万kW`, `41.2 GWh` is `4120万kWh`, as
 * Chinese power engineering counts capacity in 万kW. Not `mW` (its lower case would be the megawatt's), nor a
 * watt per something (`231 Wh/kg`, `0.55 yuan/kWh`), which is another measure.
 */
const WATT = /^\s*([kMGT]?)W(h?)(?![A-Za-z\d\/·•⋅])/;
const watt = (m: RegExpExecArray) => `${m[1]!.toLowerCase()}w${m[2]}`;
/**
 * Areas and volumes in a length unit squared or cubed, the superscript flattened by a PDF or kept: `4.6 km2`
 * is `460 hm²`, `15.8 km3` is `158亿m3`, `2.5 cm³` is `2.5 mL`. Not `km2/h`, `m3/s` or `m2 g-1` (per something),
 * nor a digit after a space (`6 m 3 times`) but a kilometre's (`120 km 2`, as PDFs write it); hectares (`hm2`)
 * are the land areas above.
 */
const SQUARE_OR_CUBE = /^\s*(?:(k)m\s?|([dcmµμ]?)m)(?:([23])|([²³]))(?![A-Za-z\d\/·•⋅])(?!\s?[A-Za-z]{1,3}\s?(?:-1|−1|⁻¹))/;
const squareOrCube = (m: RegExpExecArray) => `${(m[1] ?? m[2]!).replace('µ', 'μ')}m${m[3] ?? (m[4] === '²' ? '2' : '3')}`;
/** The tonne, in lower case: `7.5 t/hm²` is `7 500 kg/hm²` (not `3.0 T`, the tesla of an MRI, nor `2 t tests`). */
const TONNE = /^\s*t(?![A-Za-z\d'’=(-])(?!\s+tests?\b)/;
/**
 * Masses of emission inventories and budgets, case and all: teragrams and gigagrams (`1.12 Tg` is `112万t`, `86 Gg`),
 * petagrams of carbon (`1.5 Pg C`) and megatonnes and gigatonnes (`9.6 Mt`, `36.8 Gt`). Not a mass per something
 * (`Tg/a`, `Tg·a⁻¹`, `Mt yr-1`: a rate, another measure), nor the lower case of MEASURE's `pg`, a picogram, nor `kt`,
 * which meteorology writes for knots.
 */
const LARGE_MASS = /^\s*(Tg|Gg|Pg|Mt|Gt)(?![A-Za-z\d\/·•⋅])(?!\s?(?:yr|a)\s?(?:-1|−1|⁻¹))/;
const LARGE_MASS_NAMES: Record<string, string> = { Tg: 'tg', Gg: 'gg', Pg: 'petagram', Mt: 'megatonne', Gt: 'gigatonne' };
const largeMass = (m: RegExpExecArray) => LARGE_MASS_NAMES[m[1]!]!;
/**
 * The kelvin, a capital K set apart from its number as SI writes it (`1 173 K`, `298 K`): materials and
 * engineering abstracts give temperatures in kelvin where the other version writes ℃. Not a unit per kelvin
 * (`K-1`, `K⁻¹`, `K/min`: a rate or a difference, with no offset), nor a K glued to digits (thousands, `4K`).
 */
const KELVIN = /^\s+K(?![A-Za-z\d'’(\/·•⋅⁻−-]|\s?[-−⁻]1)/;
/**
 * The ångström, in the sign or the letter (`8.32 Å`, `3.4 Å`): crystallography and materials write it where
 * the other version may write nm (`0.832 nm`). Not a unit per ångström (`Å-1`, `Å⁻¹`: a wave vector).
 */
const ANGSTROM = /^\s*(?:[Å\u212B]|[Aa]ngstr(?:o|ö)ms?)(?![A-Za-z\d'’(\/·•⋅⁻−-]|\s?[-−⁻][1-3])/;
/**
 * Parts per million and per billion (`5.2 ppm`, `410 ppmv`, `12 ppb`): a mass fraction, which Chinese standards write as
 * `mg/kg`, `μg/g` or `5.2×10⁻⁶` instead (equality.ts converts them).
 */
const PARTS_PER = /^\s*pp([mb])v?(?![A-Za-z\d\/·•⋅])/;
const partsPer = (m: RegExpExecArray) => `pp${m[1]}`;
/**
 * Units of imaging, nuclear medicine and radiation protection, case and all: tube voltage (`120 kVp`, `120 kV`), a
 * linac's beam (`6 MV`), photon energy (`140 keV`), equivalent and effective dose (`4.01 mSv`, `28.6 μSv`), activity
 * (`370 MBq`, `10 mCi`, which equality.ts converts), CT numbers (`-612 HU`) and tube load (`250 mAs`). Not before a
 * slash or a dot (`MBq/kg`, `mSv·a⁻¹`: a measure per something, left unread as before); the millivolt `mV` stays unread.
 */
const RADIATION = /^\s*(kVp|kV|MV|keV|MeV|[mμµ]?Sv|[kMGT]?Bq|[mμµ]?Ci|HU|mAs)(?![A-Za-z\d\/·•⋅])/;
const RADIATION_NAMES: Record<string, string> = { kVp: 'kv', kV: 'kv', MV: 'megavolt', HU: 'hu', mAs: 'mas' };
const radiation = (m: RegExpExecArray) => RADIATION_NAMES[m[1]!] ?? m[1]!.toLowerCase().replace('µ', 'μ');
/** What a measure is per, in the names of equality.ts's units: `ml/h` is `ml/hour`, `mm/a` (per annum) `mm/year`. */
const PER: Record<string, string> = {
  'square meter': 'm2', 'm²': 'm2', deciliter: 'dl', liter: 'l', litre: 'l', kilogram: 'kg',
  min: 'minute', h: 'hour', hr: 'hour', d: 'day', wk: 'week', s: 'second', sec: 'second', a: 'year', yr: 'year',
};

function measure(m: RegExpExecArray): string {
  const base = m[1]!.toLowerCase().replace('µ', 'μ');
  const per = (m[2] ?? m[3])?.toLowerCase();
  return per ? `${base}/${PER[per] ?? per}` : base;
}

const EN_UNITS: UnitTable = [...EN.UNITS, ...EN_AREA, [MOLAR, molar], [SEQUENCE, sequence], [AGE, age], [PASCAL, pascal], [WATT, watt], [SQUARE_OR_CUBE, squareOrCube], [TONNE, 't'], [LARGE_MASS, largeMass], [KELVIN, 'kelvin'], [ANGSTROM, 'angstrom'], [PARTS_PER, partsPer], [RADIATION, radiation], [PER_TWO, perTwo], [MEASURE, measure], ...EN.COUNTED];
const ZH_UNITS: UnitTable = [...ZH.UNITS, ...ZH_AREA, [MOLAR, molar], [SEQUENCE, sequence], [AGE, age], [PASCAL, pascal], [WATT, watt], [SQUARE_OR_CUBE, squareOrCube], [TONNE, 't'], [LARGE_MASS, largeMass], [KELVIN, 'kelvin'], [ANGSTROM, 'angstrom'], [PARTS_PER, partsPer], [RADIATION, radiation], [PER_TWO, perTwo], [MEASURE, measure], ...ZH.COUNTED];

/** `MM` (myeloma), `CM`, `MG` in capitals are acronyms, not millimetres or milligrams; `IU` is a unit; `M` is molar, not metres. */
const ACRONYM_NOT_UNIT = /^(?!IU$)[A-Z]{2,}$|^M$/;

const NOT_SPACE = /\S/;

/**
 * The capital initial of a genus before its species (`612 H. pylori strains`, `35 K. pneumoniae`, `7 L.
 * pneumophila`, `10 G. lamblia`): microbiology counts isolates this way, and no unit is one capital letter
 * followed by a full stop and a word in lower case.
 */
const GENUS_INITIAL = /^\s*[A-Z]$/;
const SPECIES_AFTER = /^\.\s+[a-z]/;

/**
 * Every unit of both tables starts, after white space, with a Latin letter, a `-` or a
 * character beyond ASCII (`°`, `µ`, Han): after anything else (`,`, `)`, `%`, a digit),
 * which is what follows most numbers, none of the patterns is tried.
 */
function mayStartUnit(head: string): boolean {
  const at = head.search(NOT_SPACE);
  if (at < 0) return false;
  const c = head.charCodeAt(at);
  return c >= 128 || c === 45 || ((c | 32) >= 97 && (c | 32) <= 122);
}

const TABLES = { en: new PatternTable(EN_UNITS.map(([re]) => re)), zh: new PatternTable(ZH_UNITS.map(([re]) => re)) };

export function matchUnit(after: string, lang: 'en' | 'zh'): UnitMatch | undefined {
  const head = after.slice(0, 24);
  if (!mayStartUnit(head)) return undefined;
  const units = lang === 'zh' ? ZH_UNITS : EN_UNITS;
  for (let found = TABLES[lang].first(head); found; found = TABLES[lang].first(head, found.index + 1)) {
    const [re, unit] = units[found.index]!;
    const m = found.match as RegExpExecArray;
    if (re === MEASURE && ACRONYM_NOT_UNIT.test(m[1]!)) continue;
    if (GENUS_INITIAL.test(m[0]!) && SPECIES_AFTER.test(after.slice(m[0]!.length))) continue;
    return { unit: typeof unit === 'string' ? unit : unit(m), length: m[0]!.length };
  }
  return undefined;
}

/**
 * The base of a rate, part of its unit (`3.2 per 1,000`, `176.4/10万`, `每100患者年`): a power of ten
 * from 100 after `per`, a slash or `每`; `每3周` is every third week, `每组40例` forty a group.
 */
export function isRateBase(value: number, before: string, lang: 'en' | 'zh'): boolean {
  return value >= 100 && Number.isInteger(Math.log10(value)) && (lang === 'en' ? EN.RATE_BASE_BEFORE : ZH.RATE_BASE_BEFORE).test(before);
}

/** The words EN.UNIT_BEFORE ends with. */
const UNIT_BEFORE_WORDS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'cycle', 'cycles']);

/** `day 56`, `第56天`: a point in time named by its number. */
export function matchUnitBefore(before: string, lang: 'en' | 'zh'): string | undefined {
  const tail = before.slice(-12);
  // Most numbers follow no such word: the patterns are tried only after one.
  const last = lastWordOf(tail);
  if (lang === 'en') {
    const m = UNIT_BEFORE_WORDS.has(last) ? EN.UNIT_BEFORE.exec(tail) : null;
    return m ? m[1]!.toLowerCase() : undefined;
  }
  return last === '第' && /第\s*$/.test(tail) ? 'ordinal' : undefined;
}
