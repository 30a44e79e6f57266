import { isCount, isProportionWord } from '../cohort.js';
import type { EvaluationContext, Evaluation } from '../evaluation.js';
import { firstAtOrAfter, inTextOrder, passageIndex } from '../passage-index.js';
import * as en from '../../lang/en.js';
import * as zh from '../../lang/zh.js';
import { componentValues, halfUnit } from '../../numbers/equality.js';
import { formatPercent } from '../../numbers/rounding.js';
import type { PassageInfo } from '../../pair/index.js';
import type { Claim } from '../../types.js';

export const ID = 'subgroup-sum';
/**
 * `480 patients (242 … and 238 …)`, `17 例，其中男 8 例、女 9 例`, `312例患者，随机分为A组（158例）和B组（154例）`:
 * a group followed by the parts it splits into.
 */
const SPLIT_OPEN = /^\s*(?:[(（]|(?:,\s*)?(?:including|of whom|comprising)\s+|(?:[,，]\s*)?(?:其中|包括)\s*|[,，]\s*(?=男)|[,，]\s*(?:(?:被|均)?随机|按[^，。；\d]{0,8}?)?分(?:为|成|入))/i;
/**
 * The rest of an English clause that states a group, up to the colon its parts follow (`were enrolled: 104 …`):
 * no end of a sentence or clause, no bracket, and the first part right after the colon.
 */
const COLON_OPEN = /^[^:;.()（）]*?:\s*(?=\d)/;
const COLON_REACH = 160;
/** A split that opens with a bracket (SPLIT_OPEN), and a bracket between two parts. */
const BRACKET_OPEN = /^\s*[(（]/;
const BRACKET = /[()（）]/;
/** Between two parts: a conjunction, and the brackets of a size written after its group's name (`A组（158例）和B组（154例）`). */
const PART_GAP = /^[)）]?[^\d()（）;；。]{0,40}?(?:\band\b|和|与|及|、|,|，)[^\d()（）;；。]{0,12}[(（]?$/i;
/**
 * A part's name made of capitals and digits (`C5/6 43例`, `L5/S1 in 14`, `31-A2型61例`, `T12`): a segment, a
 * fracture's class, never a number of the list, so its digits do not break the gap between two parts.
 */
const PART_LABEL = /(?<![A-Za-z\d.])(?:\d{1,3}-)?[A-Z]{1,3}\d{1,2}(?:\/[A-Z]{0,2}\d{1,2})?(?![\d.])/g;
/** What every PART_LABEL holds, a capital beside a digit: most gaps have none, and are not rewritten. */
const LABEL_SIGN = /[A-Z]\d|\d-?[A-Z]/;
/** A letter or a Han character right after a number. */
const BEFORE_A_WORD = /^\s?[\u4e00-\u9fffA-Za-z]/;
/** How far after a group its list of parts may open, and how far after the list (within its clause) a word may say it was all of the group. */
const OPEN_REACH = 80;
const CLOSE_REACH = 60;
const OPEN_BRACKET = /[(（]/;
/**
 * Earlier fractions with one denominator weighed as the total a sentence's subgroups split;
 * past this many, the search stops and says so.
 */
const TOTAL_REACH = 64;

/** Whether the text between two parts joins them, a part's name of capitals and digits read as a name. */
function partGap(gap: string): boolean {
  return PART_GAP.test(gap) || (gap.length <= 60 && LABEL_SIGN.test(gap) && PART_GAP.test(gap.replace(PART_LABEL, 'X')));
}

export function evaluate(info: PassageInfo, _all: PassageInfo[], ctx: EvaluationContext): Evaluation[] {
  const out: Evaluation[] = [];
  const { claims } = info;
  const index = passageIndex(info);
  const lang = info.passage.lang;
  const rel = (o: number) => o - info.passage.offset;
  const isPart = (c: Claim) => c.kind === 'fraction' && c.den! > 0 && !isProportionWord(c);
  const fractions = inTextOrder(claims.filter(isPart));
  // Fractions by denominator and by denominator and numerator, each in text order.
  const byDen = new Map<number, Claim[]>();
  const byDenNum = new Map<string, Claim[]>();
  const file = <K>(map: Map<K, Claim[]>, key: K, f: Claim) => {
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  };
  if (fractions.length > 2) for (const f of fractions) {
    file(byDen, f.den!, f);
    file(byDenNum, `${f.den}/${f.num}`, f);
  }

  // Subgroup fractions in one sentence whose denominators add up to an earlier fraction's.
  for (const s of fractions.length > 2 ? info.passage.sentences : []) {
    const all = index.claimsIn(s.index).filter(isPart);
    if (all.length < 2) continue;
    // The parts are the last fractions of the sentence; an earlier one may be the total they split.
    // Sums and rate bounds of every tail, from the end, so that each tail costs one step.
    const m = all.length;
    const denSum = new Array<number>(m + 1).fill(0);
    const numSum = new Array<number>(m + 1).fill(0);
    const rateLo = new Array<number>(m + 1).fill(Infinity);
    const rateHi = new Array<number>(m + 1).fill(-Infinity);
    for (let k = m - 1; k >= 0; k--) {
      const f = all[k]!;
      denSum[k] = denSum[k + 1]! + f.den!;
      numSum[k] = numSum[k + 1]! + f.num!;
      rateLo[k] = Math.min(rateLo[k + 1]!, f.num! / f.den!);
      rateHi[k] = Math.max(rateHi[k + 1]!, f.num! / f.den!);
    }
    let found: { k: number; total: Claim; match: boolean } | undefined;
    for (let k = 0; k + 2 <= m && !found; k++) {
      const before = all[k]!.offset;
      const d = denSum[k]!;
      // A total with the parts' own numerator sum holds; any other in the range of the parts' rates does not.
      const exact = byDenNum.get(`${d}/${numSum[k]}`);
      if (exact && exact[0]!.offset < before) {
        found = { k, total: exact[firstAtOrAfter(exact, before) - 1]!, match: true };
        break;
      }
      // The pooled rate lies between the subgroup rates: a total outside them is another outcome.
      const same = byDen.get(d) ?? [];
      const end = firstAtOrAfter(same, before);
      for (let j = end - 1; j >= Math.max(0, end - TOTAL_REACH); j--) {
        const t = same[j]!;
        // A total that counts a subgroup named as a group is the trait the subgroups are split by, not
        // their outcome: `24 of 228 were ctDNA-positive`, then `16 of the 24 positive and 19 of the 204
        // negative relapsed` (`24例阳性患者中16例`). A bare `2/8` names no group, and is still summed.
        if (t.value >= rateLo[k]! - 1e-9 && t.value <= rateHi[k]! + 1e-9 && !countsANamedPart(t, all, k, lang) && !isTheSplit(t, all, k, claims)) {
          found = { k, total: t, match: false };
          break;
        }
      }
      if (!found && end > TOTAL_REACH) {
        ctx.skip(
          `the last ${m - k} fractions of sentence ${s.index + 1} of passage ${info.passage.id} (${all[k]!.text}, …) add up to a total out of ${d}; ` +
            `only the ${TOTAL_REACH} nearest of the ${end} earlier fractions out of ${d} were weighed as that total, and the sentence was not checked further.`,
        );
        break;
      }
    }
    if (!found) continue;
    const parts = all.slice(found.k);
    const { total } = found;
    const den = denSum[found.k]!;
    const num = numSum[found.k]!;
    const sums = `${parts.map((f) => f.num).join(' + ')} = ${num} of ${parts.map((f) => f.den).join(' + ')} = ${den}`;
    const holds = found.match;
    out.push({
      rule: ID,
      constraint: `${parts.map((f) => f.text).join(', ')} split ${total.text}: ${sums}`,
      holds,
      claims: [parts[0]!, ...parts.slice(1), total],
      ...(holds ? {} : {
        problem: {
          claim: parts[0]!,
          message: `The subgroups ${parts.map((f) => f.text).join(' and ')} add up to ${num}/${den} (${formatPercent(num, den, 1)}%), but the total they split is ${total.text}.`,
          related: [{ claim: total, message: 'The total the subgroups split.' }, ...parts.slice(1).map((f) => ({ claim: f, message: 'Another subgroup.' }))],
          actual: `${num}/${den}`,
          expected: total.text,
        },
      }),
    });
  }

  // A count of patients followed by the parts it splits into; in `553例患者中，203例（其中…）` the group is the fraction's numerator.
  const whole = lang === 'en' ? en.WHOLE_SPLIT : zh.WHOLE_SPLIT;
  const arm = lang === 'en' ? en.ARM_PART : zh.ARM_PART;
  for (const c of claims) {
    const group = isCount(c) ? c.value : c.kind === 'fraction' && !c.approx && !c.comparator ? c.num : undefined;
    if (group === undefined || c.unit !== 'patient') continue;
    // Folded on first use: a passage with no group of patients is not folded for this check.
    const text = index.text;
    const next = text.slice(rel(c.offset + c.length), rel(c.offset + c.length) + OPEN_REACH);
    const opened = SPLIT_OPEN.exec(next.replace(/^\s*(?:[\p{L}\s-]{0,30}?)(?=[(（,，])/u, ''));
    // `220 patients … were enrolled: 104 underwent …`: the clause that states the group ends in a colon and the parts follow it.
    const colon = opened || lang !== 'en' ? undefined : COLON_OPEN.exec(text.slice(rel(c.offset + c.length), rel(c.offset + c.length) + COLON_REACH));
    const open = opened ?? colon;
    if (!open) continue;
    const here = index.claimsIn(c.sentence);
    // Parts that share a bracket opened after the group end with it: `32名学习者(初级11名，中级11名，高级10名)和10名母语者`
    // adds a group of its own after the bracket, where `分为A组（158例）和B组（154例）` brackets each part's size alone.
    const inBracket = opened !== null && BRACKET_OPEN.test(opened[0]);
    const parts: Claim[] = [];
    const from = colon ? c.offset + c.length + colon[0].length : c.offset + 1;
    // Parts in the bracket right after their group end where it closes: a count after it (`恶性139例（…其他7例），良性35例`,
    // `grade II in 3 (transfusion in 2, leakage in 1), grade IIIa in 1`) is another group, the first one's sibling,
    // though a bracket may also close each part's size (`A组（158例）和B组（154例）`, opened by 分为, not by a bracket).
    const brackets = OPEN_BRACKET.test(open[0]) ? bracketDepth(text, rel(c.offset + c.length)) : undefined;
    for (let j = firstAtOrAfter(here, from); j < here.length; j++) {
      const x = here[j]!;
      if (!isCount(x) || (x.unit !== undefined && x.unit !== 'patient') || brackets?.outsideAt(rel(x.offset))) break;
      // A bare Chinese number before a word is what the word makes it, a grade or a level (`（3级肝毒性和4级中性粒细胞减少）`),
      // never a count of patients, which takes its 例 or stands alone (`A组（158）`).
      if (x.unit === undefined && lang === 'zh' && BEFORE_A_WORD.test(text.slice(rel(x.offset + x.length), rel(x.offset + x.length) + 2))) break;
      const prev = parts[parts.length - 1];
      if (prev && !partGap(text.slice(rel(prev.offset + prev.length), rel(x.offset)))) break;
      if (inBracket && parts.length >= 2 && !BRACKET.test(text.slice(rel(parts[parts.length - 2]!.offset), rel(prev!.offset))) && BRACKET.test(text.slice(rel(prev!.offset + prev!.length), rel(x.offset)))) break;
      if (!prev && rel(x.offset) - rel(colon ? from : c.offset + c.length) > (colon ? 0 : 60)) break;
      // `男54例，女44例，…分为两组，各49例`: the size of each group after the sexes is no third part.
      const xEnd = rel(x.offset + x.length);
      if (lang === 'en' ? en.EACH_AFTER.test(text.slice(xEnd, xEnd + 30)) : zh.EACH_BEFORE.test(text.slice(Math.max(0, rel(x.offset) - 4), rel(x.offset)))) break;
      parts.push(x);
    }
    if (parts.length < 2) continue;
    const end = parts[parts.length - 1]!;
    const rest = text.slice(rel(end.offset + end.length), rel(end.offset + end.length) + 40);
    // Only a closed list: the parenthesis or clause ends after the last part, with no further number.
    const span = text.slice(rel(c.offset + c.length), rel(end.offset + end.length));
    // Men and women split a group whatever follows; other lists must close after the last part.
    const sexes = /男[^女]*女|\bmen\b.*\bwomen\b|\bmales?\b.*\bfemales?\b/i;
    const bySex = parts.length === 2 && sexes.test(span);
    if (!bySex && !/^[^\d]*?(?:[)）;；。]|$)/.test(rest)) continue;
    const around = span + text.slice(rel(end.offset + end.length), rel(end.offset + end.length) + CLOSE_REACH).split(/[;；。]/)[0];
    if (/%/.test(text.slice(rel(parts[0]!.offset), rel(end.offset + end.length) + 3))) continue;
    // Parts in parentheses right after the group are all of it. `其中…`, `including…`, `of whom…` may name only
    // some members: those parts are summed when they are the arms of the study, men and women, or the text
    // says they are all of it (`分别`, `divided into`, `respectively`).
    const all = colon !== undefined || /[(（]|comprising/i.test(open[0]) || (parts.length === 2 && sexes.test(around)) || arm.test(span) || whole.test(around);
    if (!all) continue;
    const sum = parts.reduce((s, x) => s + x.value, 0);
    const holds = sum === group;
    out.push({
      rule: ID,
      constraint: `${parts.map((x) => x.value).join(' + ')} = ${sum}, the ${c.text.trim()}`,
      holds,
      claims: [c, ...parts],
      ...(holds ? {} : {
        problem: {
          claim: c,
          message: `The parts ${parts.map((x) => x.value).join(' + ')} add up to ${sum}, not to the ${group} they split.`,
          related: parts.map((x) => ({ claim: x, message: 'A part of the group.' })),
          actual: String(group),
          expected: String(sum),
        },
      }),
    });
  }
  sexesOfTheCohort(info, out);
  partOverItsGroup(info, out);
  sharesOfOneGroup(info, out);
  return out;
}

/**
 * The brackets opened after `from`, walked once as the parts are met in text order: whether a place stands outside
 * every bracket opened so far, after one was (`其他7例），良性病变35例`); not where a part's own bracket opens again
 * before it (`A组（48名）和B组（46名）`).
 */
function bracketDepth(text: string, from: number): { outsideAt: (to: number) => boolean } {
  let depth = 0;
  let opened = false;
  let pos = from;
  return {
    outsideAt(to: number): boolean {
      for (; pos < to; pos++) {
        const ch = text[pos];
        if (ch === '(' || ch === '（') {
          depth++;
          opened = true;
        } else if (ch === ')' || ch === '）') depth--;
      }
      return opened && depth <= 0;
    },
  };
}

/** `of whom`, `of them`: a text without one states no part after its group in English. */
const OF_WHOM = /\bof\s+(?:whom|them)\b/i;
/** `例次`: times counted, not patients. */
const TIMES_AFTER_ZH = /^\s*次/;
/** An English opening of the sexes that names the women first (`118 women and 19 men`, `33 were female and 64 male`). */
const WOMEN_FIRST_EN = /^\d+ (?:were )?(?:women|females?|girls)/i;
const DIGIT = /\d/;

/**
 * A count of patients and, right after it, the first of some of them (`in 14 patients, 12 of whom had …`,
 * `14 patients, of whom 12 …`, `14例，其中12例…`): whatever the list goes on to say, that part cannot be more than
 * its group. Only failures are pushed, so the eval's constraint counts stay as they were.
 */
function partOverItsGroup(info: PassageInfo, out: Evaluation[]): void {
  const lang = info.passage.lang;
  const text = info.passage.text;
  if (lang === 'en' ? !OF_WHOM.test(text) : !text.includes('其中')) return;
  const rel = (o: number) => o - info.passage.offset;
  const ordered = inTextOrder(info.claims);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [c, x] = [ordered[i]!, ordered[i + 1]!];
    if (!isCount(c) || c.unit !== 'patient' || !isCount(x) || x.sentence !== c.sentence || x.value <= c.value) continue;
    const gap = text.slice(rel(c.offset + c.length), rel(x.offset));
    const after = text.slice(rel(x.offset + x.length), rel(x.offset + x.length) + 12);
    if (lang === 'en') {
      if (x.unit !== undefined && x.unit !== 'patient') continue;
      // `14 patients, of whom 16 …`, or `14 patients, 16 of whom …`.
      if (!en.SOME_OF_THEM.test(gap) || (!OF_WHOM.test(gap) && !en.SOME_OF_THEM_AFTER.test(after))) continue;
    } else if (x.unit !== 'patient' || !zh.SOME_OF_THEM.test(gap) || TIMES_AFTER_ZH.test(after)) continue;
    out.push({
      rule: ID,
      constraint: `${x.value} ≤ ${c.value}, the ${c.text.trim()} it is part of`,
      holds: false,
      claims: [c, x],
      problem: {
        claim: x,
        message: `The part ${x.value} is more than the ${c.value} it is part of.`,
        related: [{ claim: c, message: 'The group it is part of.' }],
        actual: String(x.value),
        expected: `at most ${c.value}`,
      },
    });
  }
}

/**
 * The sexes of the patients opening a sentence, no group named before them, in either order: `结果 男7例，女5例`,
 * `结果 患者女212例，男63例`, `There were 7 boys and 5 girls`, `There were 118 women and 19 men`,
 * `The patients (212 women, 63 men) were aged …`.
 */
const SEXES_OPEN = {
  zh: /^(?:结果[:：\s]*)?(?:患(?:者|儿)\s*)?(?:男(?:性|童|孩)?\s*(\d+)\s*(?:例|名|人)\s*[，,、]\s*女(?:性|童|孩)?|女(?:性|童|孩)?\s*(\d+)\s*(?:例|名|人)\s*[，,、]\s*男(?:性|童|孩)?)\s*(\d+)\s*(?:例|名|人)/,
  en: /^(?:Results?[:.\s]*)?(?:There were |The (?:patients|participants|children|subjects) \()(\d+) (?:men|males|boys|women|females|girls)(?: and|,) (\d+) (?:men|males|boys|women|females|girls)\b/i,
};
/**
 * The sexes opening a clause after what the sentence says first of the patients, their age: `平均年龄（20.3±1.6）岁，
 * 男64名，女33名`, `The mean age was 20.3 ± 1.6 years; 64 were male and 33 female`. Groups as SEXES_OPEN's.
 */
const SEXES_CLAUSE = {
  zh: /[，,；;]\s?(?:患(?:者|儿)\s?)?(?:男(?:性|童|孩)?\s?(\d+)\s?(?:例|名|人)\s?[，,、]\s?女(?:性|童|孩)?|女(?:性|童|孩)?\s?(\d+)\s?(?:例|名|人)\s?[，,、]\s?男(?:性|童|孩)?)\s?(\d+)\s?(?:例|名|人)/g,
  en: /;\s?(\d+) (?:were )?(?:men|males?|boys|women|females?|girls)(?: and|,) (\d+)(?: were)? (?:men|males?|boys|women|females?|girls)\b/gi,
};
/**
 * A sentence that opens with the sexes of the patients splits the cohort the abstract stated earlier (its first count
 * of patients). Reported only when the sum is no number stated before it: a sentence may split the deaths or the
 * responders stated just before. Only failures are pushed, so the eval's constraint counts stay as they were.
 */
function sexesOfTheCohort(info: PassageInfo, out: Evaluation[]): void {
  const lang = info.passage.lang;
  const index = passageIndex(info);
  let cohort: Claim | undefined;
  const before = new Set<number>();
  for (const s of info.passage.sentences) {
    const here = index.claimsIn(s.index);
    let m = cohort ? SEXES_OPEN[lang].exec(s.text.trimStart()) : null;
    let from = 0;
    if (!m && cohort && here.length >= 2) {
      const clause = SEXES_CLAUSE[lang];
      clause.lastIndex = 0;
      m = clause.exec(s.text);
      if (m) {
        const at = s.offset + m.index;
        from = here.findIndex((c) => c.offset >= at);
      }
    }
    if (m && cohort && from >= 0 && here.length >= from + 2) {
      const [first, second] = [here[from]!, here[from + 1]!];
      const sum = first.value + second.value;
      // The sexes in text order; the message names them in that order.
      const womenFirst = lang === 'zh' ? m[2] !== undefined : WOMEN_FIRST_EN.test(m[0].slice(m[0].search(DIGIT)));
      const stated = lang === 'zh' ? [Number(m[1] ?? m[2]), Number(m[3])] : [Number(m[1]), Number(m[2])];
      if (first.value === stated[0] && second.value === stated[1] && isCount(first) && isCount(second) && !before.has(sum) && !here.slice(0, from).some((c) => componentValues(c).includes(sum))) {
        out.push({
          rule: ID,
          constraint: `${first.value} + ${second.value} = ${sum}, the ${cohort.text.trim()}`,
          holds: false,
          claims: [cohort, first, second],
          problem: {
            claim: cohort,
            message: `The ${womenFirst ? 'women and men' : 'men and women'} ${first.value} + ${second.value} add up to ${sum}, not to the ${cohort.value} stated before, nor to any number stated before them.`,
            related: [first, second].map((x) => ({ claim: x, message: 'A part of the group.' })),
            actual: String(cohort.value),
            expected: String(sum),
          },
        });
      }
    }
    for (const c of here) {
      for (const v of componentValues(c)) before.add(v);
      if (!cohort && isCount(c) && c.unit === 'patient') cohort = c;
    }
  }
}

/**
 * Whether a fraction is the split of its group into the parts' own two groups, both stated as counts before the
 * parts: `Of 2,608 children tested, 436 were positive and 2,172 negative`, then `5.5% (24/436) of cases and 24.4%
 * (530/2,172) of controls`. The parts count another outcome within each of the two groups, not that one.
 */
function isTheSplit(t: Claim, parts: Claim[], k: number, claims: Claim[]): boolean {
  if (parts.length - k !== 2) return false;
  const [a, b] = [parts[k]!, parts[k + 1]!];
  const rest = t.den! - t.num!;
  if (!((a.den === t.num && b.den === rest) || (b.den === t.num && a.den === rest))) return false;
  return claims.some((c) => isCount(c) && c.value === rest && c.offset > t.offset && c.offset < a.offset);
}

/** Between a count and its share (`361 (69.0%)`, `7,126 cases (73.9%)`, `361例（69.0%）`, `482例，38.9%`), and between one share and the next count. */
const COUNT_SHARE_GAP = /^\s*(?:(?:例|名|人|株|次|\p{Script=Latin}+)\s*)?[(（,，]\s*$/u;
const SHARE_NEXT_GAP = /^[^\d;；。]{0,60}$/;
/** How far from 100% the shares of one list may add up and still be the whole group split into its parts. */
const WHOLE_SLACK = 2.5;

/**
 * Three parts or more of one group, each a count and its share of the group, whose shares add up to about 100%:
 * `Of 523 patients, 361 (69.0%) were treated successfully, 58 (11.1%) died, 67 (12.8%) were lost to follow-up,
 * and 37 (7.1%) had treatment failure`, `壹期7 126例（73.9%），贰期1 764例（18.3%），叁期747例（7.8%）`. The group is
 * the count stated before the list that every share is of; the parts must add up to it. A list whose shares add
 * up to far from 100% counts traits that overlap, and is left alone. Only failures are pushed.
 */
function sharesOfOneGroup(info: PassageInfo, out: Evaluation[]): void {
  const text = info.passage.text;
  if (!text.includes('%')) return;
  const rel = (o: number) => o - info.passage.offset;
  const ordered = inTextOrder(info.claims);
  const gapOf = (a: Claim, b: Claim) => text.slice(rel(a.offset + a.length), rel(b.offset));
  let run: [Claim, Claim][] = [];
  // Where the last pair's share stands in `ordered`: the next pair of the list comes right after it.
  let lastAt = -2;
  const close = () => {
    if (run.length >= 3) checkShares(run, ordered, out);
    run = [];
  };
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [c, p] = [ordered[i]!, ordered[i + 1]!];
    if (partOf(c) === undefined || p.kind !== 'percent' || p.comparator || p.approx || p.sentence !== c.sentence || !COUNT_SHARE_GAP.test(gapOf(c, p))) continue;
    const prev = run[run.length - 1];
    // Between two parts only words, and the numbers that name a part rather than count it (`stage II in 1,764`, `贰期1 764例`).
    if (prev && (prev[1].sentence !== c.sentence || !SHARE_NEXT_GAP.test(gapOf(prev[1], c)) || !namesOnly(ordered, lastAt + 1, i))) close();
    run.push([c, p]);
    lastAt = i + 1;
    i++;
  }
  close();
}

/** A part's count: a count, or the count of a fraction that states its group first (`Of 523 patients, 361`). */
function partOf(c: Claim): number | undefined {
  if (isCount(c)) return c.value;
  return c.kind === 'fraction' && c.form === 'digits' && !c.approx && !c.comparator && Number.isInteger(c.num) ? c.num : undefined;
}

/** Whether the claims from `from` up to `to` (not included) are all numbers written as words or numerals, names of parts. */
function namesOnly(ordered: Claim[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ordered[k]!.form === 'digits' || ordered[k]!.kind !== 'number') return false;
  return true;
}

function checkShares(run: [Claim, Claim][], ordered: Claim[], out: Evaluation[]): void {
  let lo = 0;
  let hi = Infinity;
  let shares = 0;
  let sum = 0;
  for (const [c, p] of run) {
    const h = halfUnit(p.decimals);
    if (p.value - h <= 0) return;
    const part = partOf(c)!;
    lo = Math.max(lo, part / ((p.value + h) / 100));
    hi = Math.min(hi, part / ((p.value - h) / 100));
    shares += p.value;
    sum += part;
  }
  if (lo > hi + 1e-9 || Math.abs(shares - 100) > WHOLE_SLACK) return;
  const first = run[0]![0];
  const within = (v: number) => v >= lo - 1e-9 && v <= hi + 1e-9;
  // `Of 523 patients, 361 (69.0%)`: the first part is read with its group, as a fraction.
  let group: { claim: Claim; size: number } | undefined = first.kind === 'fraction' && within(first.den!) ? { claim: first, size: first.den! } : undefined;
  const stated = new Set<number>();
  for (const x of ordered) {
    if (x.offset >= first.offset) break;
    for (const v of componentValues(x)) stated.add(v);
    // The last count before the list that every share can be of, unless the first part states its group itself.
    if (group?.claim !== first && isCount(x) && within(x.value)) group = { claim: x, size: x.value };
  }
  if (!group || sum === group.size || stated.has(sum)) return;
  out.push({
    rule: ID,
    constraint: `${run.map(([c]) => partOf(c)).join(' + ')} = ${sum}, the ${group.size} of ${group.claim.text.trim()}`,
    holds: false,
    claims: group.claim === first ? run.map(([c]) => c) : [group.claim, ...run.map(([c]) => c)],
    problem: {
      claim: first,
      message: `The parts ${run.map(([c, p]) => `${partOf(c)} (${p.text})`).join(' + ')} are shares of ${group.size} that add up to about 100%, but their counts add up to ${sum}, not to the ${group.size} stated before.`,
      related: [
        ...(group.claim === first ? [] : [{ claim: group.claim, message: 'The group the parts split.' }]),
        ...run.slice(1).map(([c]) => ({ claim: c, message: 'Another part.' })),
      ],
      actual: String(sum),
      expected: String(group.size),
    },
  });
}

/** Whether a fraction's numerator is the denominator of a part, from the k-th on, that names its group. */
function countsANamedPart(t: Claim, parts: Claim[], k: number, lang: 'en' | 'zh'): boolean {
  for (let i = k; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.den === t.num && (lang === 'en' ? en.NAMES_ITS_GROUP : zh.NAMES_ITS_GROUP).test(p.text)) return true;
  }
  return false;
}
