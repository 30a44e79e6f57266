import { sameDate } from '../extract/dates.js';
import { powerOfTen } from '../extract/numerals.js';
import { SIGNED_MEASURE } from '../extract/statistics-zh.js';
import type { Claim } from '../types.js';

/** Half a unit of the last reported digit: `47.1` stands for [47.05, 47.15]. */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** Significant digits of a value written with `decimals` decimals: 47 has 2, 0.5 has 1. */
function significantDigits(value: number, decimals: number): number {
  const units = Math.round(Math.abs(value) * 10 ** decimals);
  return units === 0 ? 0 : String(units).length;
}

/**
 * Two written values name the same number at the coarser of their precisions:
 * 47.1 and 47 do, if the coarser one keeps two significant digits; 0.64 and 1 do not.
 */
export function sameNumber(a: number, da: number, b: number, db: number): boolean {
  if (a === b) return true;
  const tol = Math.max(halfUnit(da), halfUnit(db));
  // Exact decimals (8 vs 8.0) compare exactly; rounding tolerance only when precisions differ.
  if (da === db) return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
  const [coarse, dc] = da < db ? [a, da] : [b, db];
  if (significantDigits(coarse, dc) < 2) return false;
  return Math.abs(a - b) <= tol + 1e-12;
}

/** Days in each unit of duration: a month is a twelfth of the year, so that 24 months is 2 years to the day. */
export const DAYS: Record<string, number> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 };

/** Counts of patients by their tumour response (units.ts reads `9 CR`, `2例SD`). */
const RESPONSES = new Set(['CR', 'PR', 'SD', 'PD', 'NE']);

/** Units that count the times something was given or done: `3次`, `2剂`, `2 sessions`. */
export const TIMES_GIVEN = new Set(['time', 'dose', 'session']);

/**
 * The same measure, one side naming what it is per elsewhere in the sentence:
 * `80 mg per square meter` and `每平方米体表面积80 mg`; or the same people counted.
 */
export function sameMeasure(a: string, b: string): boolean {
  if (a === b) return true;
  // Deaths are patients counted: `12 deaths` is `死亡12例`.
  if ((a === 'death' && b === 'patient') || (a === 'patient' && b === 'death')) return true;
  // So are responses: `9 CR` is `CR 9例`, `9 patients achieved CR`.
  if ((RESPONSES.has(a) && b === 'patient') || (a === 'patient' && RESPONSES.has(b))) return true;
  // 株 counts plants and trees as well as strains, which English counts as individuals: `687 individuals` is `687株`.
  if ((a === 'strain' && b === 'patient') || (a === 'patient' && b === 'strain')) return true;
  // Doses and sessions are times given: `three doses of vaccine` is `接种3次`, `divided into two doses`
  // is `分2次`, `3 sessions per week` is `每周3次`.
  if (TIMES_GIVEN.has(a) && TIMES_GIVEN.has(b)) return true;
  // Components are counted by kind as much as by part: `4 components` is `4种成分`; and what is divided
  // into groups, by kind: `clustered into 3 groups` is `聚为3类`.
  if (b === 'kind' ? a === 'part' || a === 'group' : a === 'kind' && (b === 'part' || b === 'group')) return true;
  // Enzyme activity in international units or units, as laboratories and translators write either: `50 IU/L` is `50 U/L`.
  if (a.replace(/^iu(?=\/|$)/, 'u') === b.replace(/^iu(?=\/|$)/, 'u')) return true;
  // `mg/kg` and `mg/kg/day`: what one states per, the other may leave out (a dose a day), but not change.
  const [baseA, ...perA] = a.split('/');
  const [baseB, ...perB] = b.split('/');
  const [fewer, more] = perA.length <= perB.length ? [perA, perB] : [perB, perA];
  return baseA === baseB && (fewer.length === 0 || (fewer.length < more.length && fewer.every((p) => more.includes(p))));
}

/**
 * Units of one dimension that a translation converts between, each as a multiple of the
 * dimension's base: `1.5 h` is `90 min`, `150 mmHg` is `20.0 kPa` (Chinese journals long asked
 * for kPa), `5 mm` is `0.5 cm`, `mg/L` is `μg/mL`. Days, weeks, months and years are DAYS.
 */
const CONVERTIBLE: Record<string, readonly [dimension: string, factor: number]> = {
  // A day is 24 hours exactly (`3 d` = `72 h`); months and years convert by DAYS.
  ms: ['time', 1e-3], second: ['time', 1], minute: ['time', 60], hour: ['time', 3600], day: ['time', 86400], week: ['time', 604800],
  pg: ['mass', 1e-12], ng: ['mass', 1e-9], μg: ['mass', 1e-6], mg: ['mass', 1e-3], g: ['mass', 1], kg: ['mass', 1e3], t: ['mass', 1e6],
  // Emission inventories: a teragram or a megatonne is 10⁶ t (`1.12 Tg` = `112万t`), a petagram or a gigatonne 10⁹ t.
  gg: ['mass', 1e9], tg: ['mass', 1e12], megatonne: ['mass', 1e12], petagram: ['mass', 1e15], gigatonne: ['mass', 1e15],
  angstrom: ['length', 1e-10], nm: ['length', 1e-9], μm: ['length', 1e-6], mm: ['length', 1e-3], cm: ['length', 1e-2], m: ['length', 1], km: ['length', 1e3],
  ml: ['volume', 1e-3], dl: ['volume', 0.1], l: ['volume', 1],
  // Lengths squared and cubed: `15.8 km3` is `158亿m3`, `2.5 cm3` is `2.5 mL`.
  μm3: ['volume', 1e-15], mm3: ['volume', 1e-6], cm3: ['volume', 1e-3], dm3: ['volume', 1], m3: ['volume', 1e3], km3: ['volume', 1e12],
  μm2: ['area', 1e-12], mm2: ['area', 1e-6], cm2: ['area', 1e-4], dm2: ['area', 1e-2], m2: ['area', 1],
  // Absorbed doses: radiotherapy writes gray and centigray, CT milligray.
  mgy: ['dose', 1e-3], cgy: ['dose', 1e-2], gy: ['dose', 1],
  // Equivalent and effective doses of radiation protection; activity in becquerels or curies (`370 MBq` = `10 mCi`).
  μsv: ['equivalent dose', 1e-6], msv: ['equivalent dose', 1e-3], sv: ['equivalent dose', 1],
  bq: ['activity', 1], kbq: ['activity', 1e3], mbq: ['activity', 1e6], gbq: ['activity', 1e9], tbq: ['activity', 1e12],
  μci: ['activity', 3.7e4], mci: ['activity', 3.7e7], ci: ['activity', 3.7e10],
  // Photon energies in electronvolts.
  kev: ['photon energy', 1e3], mev: ['photon energy', 1e6],
  pmol: ['amount', 1e-12], nmol: ['amount', 1e-9], μmol: ['amount', 1e-6], mmol: ['amount', 1e-3],
  // `mpa` is the megapascal (units.ts reads `MPa` only, never the millipascal `mPa`).
  mmhg: ['pressure', 133.322], cmh2o: ['pressure', 98.0665], pa: ['pressure', 1], kpa: ['pressure', 1000], mpa: ['pressure', 1e6], gpa: ['pressure', 1e9],
  // A fragment in base pairs or kilobases (`1.5 kb` = `1 500 bp`), a protein in daltons or kilodaltons.
  nt: ['sequence', 1], bp: ['sequence', 1], kb: ['sequence', 1e3], mb: ['sequence', 1e6], da: ['molecular mass', 1], kda: ['molecular mass', 1e3],
  // Ages in geology, against the years Chinese writes with 万 and 亿: 2.5 Ma is 250万年.
  year: ['age', 1], ka: ['age', 1e3], ma: ['age', 1e6], ga: ['age', 1e9],
  // Mass fractions: `5.2 ppm` is `5.2 mg/kg` and `5.2 μg/g`, `12 ppb` is `12 μg/kg` (PARTS_PER for `5.2×10⁻⁶`).
  ppm: ['mass/mass', 1e-6], ppb: ['mass/mass', 1e-9],
  // Land: a hectare is 15 亩; money (`yuan`) is read only per area, where a translation converts the area.
  ha: ['area', 1e4], mu: ['area', 1e4 / 15], km2: ['area', 1e6], yuan: ['money', 1],
  // Capacity and generation: power engineering writes MW and GWh where Chinese writes 万kW and 万kWh.
  w: ['power', 1], kw: ['power', 1e3], mw: ['power', 1e6], gw: ['power', 1e9], tw: ['power', 1e12],
  wh: ['energy', 1], kwh: ['energy', 1e3], mwh: ['energy', 1e6], gwh: ['energy', 1e9], twh: ['energy', 1e12],
};

/** The power of ten of a part per million or billion: `5.2 ppm` is the `5.2×10⁻⁶` Chinese standards write with no unit. */
const PARTS_PER: Record<string, number> = { ppm: 6, ppb: 9 };

/**
 * A part per million or billion written as the plain fraction it is (`5.2 ppm` as `5.2×10⁻⁶`), with the decimals that
 * fraction is written to; undefined for any other claim.
 */
export function asPlainFraction(c: Claim): { value: number; decimals: number } | undefined {
  const k = c.unit === undefined ? undefined : PARTS_PER[c.unit];
  return k === undefined || c.kind !== 'number' ? undefined : { value: powerOfTen(c.value, -k), decimals: c.decimals + k };
}

/** The powers of ten PARTS_PER names, for a plain fraction looked up among amounts in ppm and ppb. */
export const PARTS_PER_UNITS: readonly [unit: string, power: number][] = Object.entries(PARTS_PER);

/** `5.2 ppm` and `5.2×10⁻⁶`: one mass fraction, the second with no unit. */
function partsPerAsPlain(parts: Claim, plain: Claim): boolean {
  const f = plain.unit === undefined && plain.kind === 'number' ? asPlainFraction(parts) : undefined;
  return f !== undefined && (parts.comparator ?? '') === (plain.comparator ?? '') && sameNumber(f.value, f.decimals, plain.value, plain.decimals);
}

/** An amount of a measure a unit names (`90 mg/m2`, `2.5 h`, `12 cm`), which no percentage can state. */
export function measured(c: Claim): boolean {
  return c.kind !== 'percent' && c.unit !== undefined && CONVERTIBLE[c.unit.split('/')[0]!] !== undefined;
}

/** A unit's dimension and size in its base: `mg/l` is mass per volume, 1e-3; `mg/kg/day` mass per mass per time. */
function dimensionOf(unit: string): readonly [string, number] | undefined {
  const [base, ...per] = unit.split('/');
  let out = CONVERTIBLE[base!];
  for (const p of per) {
    const d = CONVERTIBLE[p];
    if (!out || !d) return undefined;
    out = [`${out[0]}/${d[0]}`, out[1] / d[1]];
  }
  return out;
}

/**
 * Temperatures on the two scales the versions write (`1 173 K` and `900 ℃`): an offset, not a factor, so
 * they stay out of CONVERTIBLE and of what `conversion` returns.
 */
const KELVIN_AT_ZERO_CELSIUS = 273.15;
export function temperatureScales(a: string, b: string): boolean {
  return (a === 'kelvin' && b === 'celsius') || (a === 'celsius' && b === 'kelvin');
}
/** A value converted to another unit that rounds to what is written there, with `d` decimals. */
function roundsTo(converted: number, written: number, d: number): boolean {
  return Math.abs(converted - written) <= halfUnit(d) + 1e-9 * Math.max(1, Math.abs(written));
}
function temperatureIn(value: number, from: string): number {
  return from === 'kelvin' ? value - KELVIN_AT_ZERO_CELSIUS : value + KELVIN_AT_ZERO_CELSIUS;
}
/**
 * The same temperature on both scales, each converted rounding to what the other writes (`298 K` = `25 ℃`,
 * whether the author took 273 or 273.15); or the same value on both, a difference of temperature (`a rise
 * of 5 K`, `升高5 ℃`), which has no offset.
 */
function sameTemperature(a: number, da: number, ua: string, b: number, db: number): boolean {
  if (a === b) return true;
  return roundsTo(temperatureIn(a, ua), b, db) && roundsTo(temperatureIn(b, ua === 'kelvin' ? 'celsius' : 'kelvin'), a, da);
}

/** What one of unit `from` is in unit `to`, when the two are different units of one dimension. */
export function conversion(from: string, to: string): number | undefined {
  if (from === to) return undefined;
  const [a, b] = [dimensionOf(from), dimensionOf(to)];
  return a && b && a[0] === b[0] ? a[1] / b[1] : undefined;
}

/**
 * A value in another unit that a translation may convert it to: `12` weeks in months
 * (2.76), `150` mmHg in kPa (20.0); undefined where the units are the same or unrelated.
 */
export function valueInUnit(value: number, from: string, to: string): number | undefined {
  const f = conversion(from, to);
  if (f !== undefined) return value * f;
  if (temperatureScales(from, to)) return temperatureIn(value, from);
  return from !== to && from in DAYS && to in DAYS ? (value * DAYS[from]!) / DAYS[to]! : undefined;
}

/**
 * Two values in convertible units that state the same amount: each, converted to the
 * other's unit, rounds to what the other writes (`140 mmHg` = `18.7 kPa`, 18.665; and 18.7 kPa
 * = 140.3 mmHg), so that `1 g` is not `1400 mg`.
 */
export function sameConverted(a: number, da: number, ua: string, b: number, db: number, ub: string): boolean {
  const f = conversion(ua, ub);
  if (f === undefined) return false;
  const [forward, back] = [roundsTo(a * f, b, db), roundsTo(b / f, a, da)];
  if (forward && back) return true;
  // A value converted by a large factor keeps as many significant digits as its source, two at least,
  // not its precision: `9 860 yuan/ha` is `657元/亩` (657.3), though 657 × 15 is 9 855; `145 mmHg` is
  // not `19 kPa`, nor `100 min` `2 h`.
  const kept = (converted: number, dc: number, source: number, ds: number) => certainDigits(converted, dc) >= Math.max(2, certainDigits(source, ds));
  return forward ? kept(b, db, a, da) : back && kept(a, da, b, db);
}

/** Significant digits, a whole number's trailing zeros left out (they may be rounding): 3 for `9 860`, `657`, `7.92`. */
function certainDigits(value: number, decimals: number): number {
  let v = Math.abs(value);
  if (decimals === 0) while (v !== 0 && v % 10 === 0) v /= 10;
  return significantDigits(v, decimals);
}

/** Bounds that a conversion keeps: the same comparator, or one whose strictness the words leave open (`50亩以上`, "more than 3.33 ha"). */
function sameBoundKind(a: Claim, b: Claim): boolean {
  return a.comparator === b.comparator || ((a.looseBound === true || b.looseBound === true) && a.comparator?.[0] === b.comparator?.[0]);
}

/** Units that cannot describe the same quantity (3 months and 3 patients). */
export function unitsConflict(a: Claim, b: Claim): boolean {
  return (
    a.unit !== undefined && b.unit !== undefined && !sameMeasure(a.unit, b.unit) && !(a.unit in DAYS && b.unit in DAYS) &&
    conversion(a.unit, b.unit) === undefined && !temperatureScales(a.unit, b.unit)
  );
}

/** A duration in days: `12 weeks` is 84, `3 months` 91.3; undefined for a claim that is no duration. */
export function durationDays(c: Claim): number | undefined {
  const f = c.unit ? DAYS[c.unit] : undefined;
  return f === undefined ? undefined : c.value * f;
}

/** Which way a bound points: 1 for a lower bound (`>`, `≥`), −1 for an upper one, 0 for none. */
function boundDirection(c: Claim): number {
  return c.comparator === '>' || c.comparator === '>=' ? 1 : c.comparator === '<' || c.comparator === '<=' ? -1 : 0;
}

/**
 * Whole-number bounds of one direction stated strictly or not: `≥9岁` is "more than 8 years",
 * `≤ 5` is "fewer than 6". The values each side would write as a strict bound; undefined otherwise.
 * Only for what comes in whole numbers, counts and ages in days to years: a share or a measure
 * (`more than 70%`, `below 86 km`) has values between, so `71%以上` is another bound.
 */
function strictBounds(a: Claim, b: Claim): [number, number] | undefined {
  const strict = (c: Claim) => (c.comparator === '>=' ? c.value - 1 : c.comparator === '<=' ? c.value + 1 : c.value);
  if (a.comparator === b.comparator || boundDirection(a) === 0 || boundDirection(a) !== boundDirection(b)) return undefined;
  if (a.decimals !== 0 || b.decimals !== 0 || !Number.isInteger(a.value) || !Number.isInteger(b.value)) return undefined;
  if (!comesWhole(a) || !comesWhole(b)) return undefined;
  return [strict(a), strict(b)];
}

/** Bounds of one direction written with signs (or words that fix it), one strict and the other not: `>2 cm`, `≥2 cm`. */
function strictnessDiffers(a: Claim, b: Claim): boolean {
  return (
    a.comparator !== undefined && b.comparator !== undefined && a.comparator !== b.comparator && boundDirection(a) !== 0 &&
    boundDirection(a) === boundDirection(b) && a.looseBound !== true && b.looseBound !== true
  );
}

/** A count, or an age or a span in whole days to years: not a share, nor a measure a unit converts. */
function comesWhole(c: Claim): boolean {
  return c.kind === 'number' && (c.unit === undefined || c.unit in DAYS || !(c.unit in CONVERTIBLE || c.unit === 'celsius' || c.unit === 'kelvin'));
}

/** `6月龄~5岁` and `6-59 months`: an end stated in whole years covers the months of that year, and the month before it. */
function sameAgeInYears(years: Claim, months: Claim): boolean {
  return !!years.highYears && !months.highYears && months.high! >= years.high! - 1 && months.high! <= years.high! + 11;
}

/** `8 am`, `8:00` and the bare `8` of `8时`, `8 o'clock`: a full hour is its hour, on a 12- or a 24-hour clock. */
function clockHour(clock: Claim, hour: Claim): boolean {
  if (clock.unit !== 'clock' || hour.unit !== undefined || hour.kind !== 'number' || hour.comparator || !Number.isInteger(hour.value) || clock.value % 60 !== 0) return false;
  return clock.value / 60 === hour.value || clock.value / 60 === hour.value + 12;
}

/** `3～5岁` and `3;0-5;11`, `36 to 71 months`: ages in whole years run to the last month of the last year. */
function wholeYearsAsMonths(years: Claim, months: Claim): boolean {
  return (
    years.unit === 'year' && months.unit === 'month' && years.decimals === 0 && months.decimals === 0 &&
    months.low === years.low! * 12 && months.high === years.high! * 12 + 11
  );
}

/** Months written as a calendar month is: `6月`, `3—5月`, `4月至9月`, with no `个` (nor `龄`, an age). */
const BARE_MONTHS = /^\d{1,2}\s*(?:(?:月\s*)?[-—–~～至到]\s*\d{1,2}\s*)?月$/;

/**
 * `6月`, `3—5月`, `4月至9月` with no `个` (`术后6月`, `花期为3—5月`) are calendar months as often as a
 * duration: the months an English month name states (`in June`, `from March to May`) state them.
 */
export function maybeCalendarMonths(c: Claim): boolean {
  return c.lang === 'zh' && c.unit === 'month' && !c.comparator && BARE_MONTHS.test(c.text);
}

/** `1月` against the month an English month name alone states (`in January`): see maybeCalendarMonths. */
function monthAsDuration(month: Claim, months: Claim): boolean {
  const d = month.date;
  return (
    month.kind === 'date' && d !== undefined && d.month !== undefined && d.year === undefined && d.day === undefined &&
    months.kind === 'number' && maybeCalendarMonths(months) && months.value === d.month
  );
}

/**
 * `P=0.000`, a p-value printed at zero (statistics software's way), and the bound the other
 * version writes for it (`P<0.001`, `P<0.01`): the same p-value, below half of its last digit.
 * pvalue-bounds reports the zero on its own.
 */
function shownAsZero(zero: Claim, bound: Claim): boolean {
  return zero.value === 0 && (zero.comparator === undefined || zero.comparator === '=') && (bound.comparator === '<' || bound.comparator === '<=') && bound.value >= halfUnit(zero.decimals);
}

/**
 * `nine out of ten`, `one in five`, `1/4` and the 90%, 20%, 25% the other version writes for them:
 * a proportion in words, or a simple one in digits (a tenth or coarser, not a count such as 8/17), is a percentage.
 * Not where either stands beside the other kind (`25% (2/8)`): there each version writes both.
 */
function proportionAsPercent(proportion: Claim, percent: Claim): boolean {
  return (
    proportion.kind === 'fraction' && (proportion.form === 'words' || (proportion.den ?? Infinity) <= 10) && percent.kind === 'percent' &&
    proportion.beside === undefined && percent.beside === undefined && sameNumber(100 * proportion.value, 12, percent.value, percent.decimals)
  );
}

/**
 * `The accuracy was 0.923` and `准确率为92.3%`: a proportion written as a decimal fraction of one,
 * with at least two decimals, is the percentage of the same digits.
 */
function decimalAsPercent(decimal: Claim, percent: Claim): boolean {
  return (
    decimal.kind === 'number' && decimal.unit === undefined && !decimal.comparator && decimal.value > 0 && decimal.value < 1 && decimal.decimals >= 2 &&
    percent.kind === 'percent' && !percent.comparator && percent.decimals === decimal.decimals - 2 && sameNumber(100 * decimal.value, percent.decimals, percent.value, percent.decimals)
  );
}

/**
 * `0.85-0.92` and `85%～92%`: a range of proportions written as decimal fractions of one, as
 * decimalAsPercent reads one (the interval of a pooled sensitivity, which a translation gives in per cent).
 */
function decimalRangeAsPercent(decimal: Claim, percent: Claim): boolean {
  return (
    decimal.unit === undefined && percent.unit === 'percent' && decimal.low! >= 0 && decimal.high! <= 1 && decimal.decimals >= 2 && percent.decimals === decimal.decimals - 2 &&
    sameNumber(100 * decimal.low!, percent.decimals, percent.low!, percent.decimals) && sameNumber(100 * decimal.high!, percent.decimals, percent.high!, percent.decimals)
  );
}

/** `1 in 1,000` and `1‰`, `1 in 200` and `0.5%`: one in N is the rate per mille or per cent it makes. */
function oneInAsRate(oneIn: Claim, rate: Claim): boolean {
  if (oneIn.kind !== 'fraction' || oneIn.num !== 1 || !oneIn.den || oneIn.beside !== undefined || rate.comparator) return false;
  const per = rate.kind === 'percent' ? 100 : rate.kind === 'number' && rate.unit === 'permille' ? 1000 : undefined;
  return per !== undefined && sameNumber(per / oneIn.den, 12, rate.value, rate.decimals);
}

/**
 * `MRD＜10⁻⁴` and `MRD <0.01%`, `1×10⁻³` and `0.1%`: a proportion written as a negative power of ten
 * (residual disease, a detection limit) is the percentage a hundred times it, with the same bound.
 */
const NEGATIVE_POWER = /10\s?(?:⁻|\^\s?\(?\s?[-−]|\(\s?[-−]|[-−]\d)/;
function powerAsPercent(power: Claim, percent: Claim): boolean {
  return (
    power.kind === 'number' && power.unit === undefined && power.value > 0 && power.value < 1 && NEGATIVE_POWER.test(power.text) &&
    percent.kind === 'percent' && (power.comparator ?? '') === (percent.comparator ?? '') && sameNumber(100 * power.value, percent.decimals, percent.value, percent.decimals)
  );
}

/** `4‰` and `0.4%`: per mille is a tenth of a percent. */
function permilleAsPercent(permille: Claim, percent: Claim): boolean {
  return (
    permille.kind === 'number' && permille.unit === 'permille' && percent.kind === 'percent' && (permille.comparator ?? '') === (percent.comparator ?? '') &&
    sameNumber(permille.value / 10, permille.decimals + 1, percent.value, percent.decimals)
  );
}

/** `增加了1倍` and "2-fold", "doubled": grown by one times is twice as much (ZH.INCREASE_BY_BEFORE). */
function increasedBy(by: Claim, multiple: Claim): boolean {
  return by.increaseBy === true && multiple.unit === 'fold' && sameNumber(by.value + 1, by.decimals, multiple.value, multiple.decimals);
}

/** `升高了0.5倍` and "50% higher", `增加了1倍` and "increased by 100%": grown by a multiple is grown by its percentage. */
function increasedByPercent(by: Claim, percent: Claim): boolean {
  return (
    by.increaseBy === true && by.unit === 'fold' && percent.kind === 'percent' && !percent.comparator &&
    sameNumber(100 * by.value, Math.max(0, by.decimals - 2), percent.value, percent.decimals)
  );
}

/**
 * `第2剂` and "the second dose", `第3天` and "the 3rd day": a number after 第 is the rank an
 * ordinal names, in words or in digits with a suffix.
 */
function rankAsOrdinal(rank: Claim, ordinal: Claim): boolean {
  return rank.rank === true && ordinal.kind === 'ordinal' && rank.value === ordinal.value;
}

/** `once a week for 4 weeks` and `每周1次，共4次`: a course of one dose each period gives as many doses as it lasts periods. */
function courseAsTimes(course: Claim, times: Claim): boolean {
  return course.onceEach === true && times.unit !== undefined && TIMES_GIVEN.has(times.unit) && !times.comparator && course.value === times.value;
}

/** `第1、2天各行血液透析1次` and `2 sessions on days 1 and 2`: once at each of two listed times is twice in all. */
function eachOfListed(each: Claim, total: Claim): boolean {
  return each.eachOf !== undefined && total.unit !== undefined && TIMES_GIVEN.has(total.unit) && !total.comparator && each.value * each.eachOf === total.value;
}

/** Two values of opposite sign where the sign says something: one is a coefficient (SIGNED_MEASURE). */
export function signsDisagree(a: Claim, b: Claim): boolean {
  return (a.measure === SIGNED_MEASURE || b.measure === SIGNED_MEASURE) && a.value * b.value < 0;
}

/**
 * Two values that a meaningful sign or a bound sets opposite, however near their sizes: `r = -0.45`
 * and `r = 0.45`, a bare score's `≤12` and `≥12`. Neither stands for the other anywhere in a version.
 * Bounds with a unit stay stated by each other there (`<60岁或≥60岁` states the 60 of `≥60 years`):
 * in place, opposite ones are a mismatch of their own (`larger than 3 cm` and `<3 cm`).
 */
export function oppositeClaims(a: Claim, b: Claim): boolean {
  return signsDisagree(a, b) || (a.unit === undefined && b.unit === undefined && boundDirection(a) * boundDirection(b) < 0);
}

/**
 * `T-score -1.0 to -2.5` and `T值-2.5～-1.0`: a band of values below zero is written from either end (from
 * the mild end down, or from the lowest up), so the same two ends in the other order state the same band.
 */
function negativeBandSwapped(a: Claim, b: Claim): boolean {
  if (Math.max(a.low!, a.high!, b.low!, b.high!) > 0 || Math.min(a.low!, a.high!) === 0) return false;
  return sameNumber(a.low!, a.decimals, b.high!, b.decimals) && sameNumber(a.high!, a.decimals, b.low!, b.decimals);
}

/** One claim written as two kinds, each test taking the claims in its own order: a month and a duration, a share and a percentage… */
const ACROSS_KINDS: readonly ((a: Claim, b: Claim) => boolean)[] = [monthAsDuration, proportionAsPercent, decimalAsPercent, powerAsPercent, permilleAsPercent, oneInAsRate, increasedByPercent, rankAsOrdinal];

/** The same claim in both versions, whatever form each is written in. */
export function sameClaim(a: Claim, b: Claim): boolean {
  // `每周2次` and `twice a day`: counts of times in two periods (each version may leave its period out).
  if (a.per !== undefined && b.per !== undefined && a.per !== b.per) return false;
  if (a.kind !== b.kind) {
    for (const same of ACROSS_KINDS) if (same(a, b) || same(b, a)) return true;
    return false;
  }
  switch (a.kind) {
    case 'fraction':
    case 'ratio':
      return a.num === b.num && a.den === b.den;
    case 'range':
      if (decimalRangeAsPercent(a, b) || decimalRangeAsPercent(b, a)) return true;
      if (unitsConflict(a, b)) return false;
      if (wholeYearsAsMonths(a, b) || wholeYearsAsMonths(b, a)) return true;
      if (a.unit && b.unit && temperatureScales(a.unit, b.unit)) {
        return sameTemperature(a.low!, a.decimals, a.unit, b.low!, b.decimals) && sameTemperature(a.high!, a.decimals, a.unit, b.high!, b.decimals);
      }
      if (a.unit && b.unit && conversion(a.unit, b.unit) !== undefined) {
        return sameConverted(a.low!, a.decimals, a.unit, b.low!, b.decimals, b.unit) && sameConverted(a.high!, a.decimals, a.unit, b.high!, b.decimals, b.unit);
      }
      // `半年至3年` and `6 months to 3 years`: durations in two units compare in days, as numbers do.
      if (a.unit && b.unit && a.unit !== b.unit && a.unit in DAYS && b.unit in DAYS) {
        const days = (v: number, unit: string) => v * DAYS[unit]!;
        const near = (x: number, y: number) => Math.abs(x - y) <= Math.max(3.5, 0.02 * Math.max(x, y));
        return near(days(a.low!, a.unit), days(b.low!, b.unit)) && near(days(a.high!, a.unit), days(b.high!, b.unit));
      }
      return (
        (sameNumber(a.low!, a.decimals, b.low!, b.decimals) &&
          (sameNumber(a.high!, a.decimals, b.high!, b.decimals) || sameAgeInYears(a, b) || sameAgeInYears(b, a))) ||
        negativeBandSwapped(a, b)
      );
    case 'date':
      return sameDate(a.date ?? {}, b.date ?? {});
    case 'pvalue':
      if (shownAsZero(a, b) || shownAsZero(b, a)) return true;
      return sameNumber(a.value, a.decimals, b.value, b.decimals) && (a.comparator === b.comparator || !a.comparator || !b.comparator);
    default: {
      if (courseAsTimes(a, b) || courseAsTimes(b, a) || eachOfListed(a, b) || eachOfListed(b, a) || partsPerAsPlain(a, b) || partsPerAsPlain(b, a)) return true;
      if (unitsConflict(a, b)) return false;
      if (clockHour(a, b) || clockHour(b, a)) return true;
      if (a.unit !== b.unit && a.unit && b.unit && !sameMeasure(a.unit, b.unit)) {
        if (conversion(a.unit, b.unit) !== undefined) return sameBoundKind(a, b) && sameConverted(a.value, a.decimals, a.unit, b.value, b.decimals, b.unit);
        if (temperatureScales(a.unit, b.unit)) return sameBoundKind(a, b) && sameTemperature(a.value, a.decimals, a.unit, b.value, b.decimals);
        // 6 months and half a year: durations compare in days, within a week's slack.
        const da = durationDays(a);
        const db = durationDays(b);
        return da !== undefined && db !== undefined && Math.abs(da - db) <= Math.max(3.5, 0.02 * da);
      }
      if (increasedBy(a, b) || increasedBy(b, a)) return true;
      // `larger than 3 cm` and `<3 cm`: bounds that point opposite ways are two claims.
      if (boundDirection(a) * boundDirection(b) < 0) return false;
      // `60岁以上` and "over 60": a bound whose strictness the words leave open is either.
      if (a.value === b.value && sameBoundKind(a, b)) return true;
      const bounds = strictBounds(a, b);
      if (bounds) return bounds[0] === bounds[1];
      // `＜9.7 ng/mL` and `≤9.7 ng/mL`, `>2 cm` and `≥2 cm`: each version's signs say on which side the cut-off
      // itself falls, and a share or a measure has values between that no whole step covers.
      if (strictnessDiffers(a, b)) return false;
      // A sign may be carried by a word instead (`fell by 7.2`, `下降7.2`): compare magnitudes;
      // a coefficient's sign is its meaning (`r = -0.45` is no `r = 0.45`).
      if (Math.sign(a.value) !== Math.sign(b.value)) return !signsDisagree(a, b) && sameNumber(Math.abs(a.value), a.decimals, Math.abs(b.value), b.decimals);
      return sameNumber(a.value, a.decimals, b.value, b.decimals);
    }
  }
}

/** Every number a claim states, for the lenient question "is this value anywhere over there?". */
export function componentValues(c: Claim): number[] {
  if (c.kind === 'fraction' || c.kind === 'ratio') return [c.num!, c.den!, c.value];
  if (c.kind === 'range') return [c.low!, c.high!];
  return [c.value];
}

/** The first of componentValues, without building the list. */
export function firstValue(c: Claim): number {
  if (c.kind === 'fraction' || c.kind === 'ratio') return c.num!;
  if (c.kind === 'range') return c.low!;
  return c.value;
}

/** The power of ten of a value's leading digit: 12.4 → 1, 0.05 → -2; 0 has none. */
function magnitude(v: number): number | undefined {
  return v === 0 ? undefined : Math.floor(Math.log10(Math.abs(v)) + 1e-9);
}

/**
 * Two different values that one edit or slip could turn into each other: of the same
 * order of magnitude (or one apart, as `1174` and `11,174` or `10⁻³` and `10⁻⁴`) and
 * written with about as many decimals. `166` and `1`, or `5` and `200`, are not.
 */
export function nearInForm(a: Claim, b: Claim): boolean {
  const [ma, mb] = [magnitude(a.value), magnitude(b.value)];
  if (ma === undefined || mb === undefined) return ma === mb;
  return Math.abs(ma - mb) <= 1 && Math.abs(a.decimals - b.decimals) <= 1;
}
