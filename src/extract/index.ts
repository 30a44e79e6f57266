import type { Anchor, Claim, Comparator, Lang, Passage, Sentence } from '../types.js';
import { findAtoms, type Atom } from './atoms.js';
import { foldWidth } from './numerals.js';
import { matchUnit, matchUnitBefore } from './units.js';

export interface Extraction {
  claims: Claim[];
  anchors: Anchor[];
}

const RANGE_SEP_EN = /^\s*(?:-|~|to)\s*$/i;
const RANGE_SEP_ZH = /^\s*(?:-|~|至|到)\s*$/;
const FRACTION_SEP = /^\s*\/\s*$/;
const OF_SEP = /^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+)?$/i;
const RATIO_SEP = /^\s*:\s*$/;
const P_BEFORE = /(?:^|[^\p{L}])[Pp](?:\s*-?\s*values?)?\s*(<=|>=|[<>=≤≥])\s*$/u;
const APPROX_EN = /\b(?:about|approximately|approx\.|around|nearly|roughly|almost|~)\s*$/i;
const APPROX_ZH = /(?:约|近|大约|将近|~)\s*$/;
const CMP_EN: [RegExp, Comparator][] = [
  [/\b(?:more than|over|greater than|above|exceeding)\s*$/i, '>'],
  [/\b(?:at least|no less than|≥)\s*$/i, '>='],
  [/\b(?:less than|under|below|fewer than)\s*$/i, '<'],
  [/\b(?:at most|up to|no more than|≤)\s*$/i, '<='],
];
const CMP_ZH_BEFORE: [RegExp, Comparator][] = [
  [/(?:超过|大于|高于|多于)\s*$/, '>'],
  [/(?:至少|不少于|≥)\s*$/, '>='],
  [/(?:不足|小于|低于|少于)\s*$/, '<'],
  [/(?:最多|不超过|≤)\s*$/, '<='],
];
const LIST_MARKER = /(?:^|[;；:：。.\s])\s*[(（]\s*$/;
const YEAR = /^(?:19|20)\d{2}$/;

function normalizeComparator(op: string): Comparator {
  if (op === '≤') return '<=';
  if (op === '≥') return '>=';
  return op as Comparator;
}

interface Reader {
  lang: Lang;
  folded: string;
  text: string;
  base: number;
  atoms: Atom[];
  sentence: Sentence;
  passage: Passage;
  claims: Claim[];
  anchors: Anchor[];
  counter: { n: number };
}

function gap(r: Reader, a: Atom, b: Atom): string {
  return r.folded.slice(a.end, b.start);
}

function emit(r: Reader, start: number, end: number, claim: Omit<Claim, 'id' | 'offset' | 'length' | 'text' | 'lang' | 'passage' | 'sentence'>): Claim {
  const c: Claim = {
    id: `${r.passage.id}c${++r.counter.n}`,
    lang: r.lang,
    offset: r.base + start,
    length: end - start,
    text: r.text.slice(start, end),
    passage: r.passage.id,
    sentence: r.sentence.index,
    ...claim,
  };
  r.claims.push(c);
  return c;
}

function anchorOf(r: Reader, start: number, end: number) {
  const text = r.text.slice(start, end);
  r.anchors.push({ offset: r.base + start, length: end - start, text, key: text.replace(/\D/g, ''), sentence: r.sentence.index });
}

function qualifiers(r: Reader, start: number): { comparator?: Comparator; approx?: boolean } {
  const before = r.folded.slice(Math.max(0, start - 24), start);
  const out: { comparator?: Comparator; approx?: boolean } = {};
  if ((r.lang === 'en' ? APPROX_EN : APPROX_ZH).test(before)) out.approx = true;
  for (const [re, cmp] of r.lang === 'en' ? CMP_EN : CMP_ZH_BEFORE) if (re.test(before)) out.comparator = cmp;
  if (r.lang === 'zh') {
    const after = r.folded.slice(start, start + 40);
    if (/^[^，。；,;]*?(?:以上)/.test(after) && !out.comparator) out.comparator = '>=';
  }
  return out;
}

function readSentence(r: Reader): void {
  const { atoms, folded, lang } = r;
  let lastPercent: Claim | undefined;
  let lastFraction: Claim | undefined;
  const besideGap = /^\s*[(（\[,，]\s*$/;
  const link = (c: Claim, prev: Claim | undefined, prevEnd: number) => {
    if (prev && besideGap.test(folded.slice(prevEnd - r.base, c.offset - r.base))) {
      c.beside = prev.id;
      prev.beside = c.id;
    }
  };
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    const before = folded.slice(Math.max(0, a.start - 30), a.start);
    const afterA = folded.slice(a.end, a.end + 30);

    // List markers (1), (2): order, not amount.
    if (a.integer && a.form === 'digits' && /^\s*[)）]/.test(afterA) && LIST_MARKER.test(before) && a.value < 50) continue;
    // "T helper (Th) 17", "辅助性 T 细胞 17(Th17)": the number is part of a cell name.
    const digits = folded.slice(a.start, a.end);
    // The digits are matched as a string, not spliced into a pattern: a long digit run made the pattern too large to compile.
    if (/[(（][A-Za-z]{1,6}[)）]\s*$/.test(before) || /^\s*[(（][A-Za-z]{1,6}([^)）]*)[)）]/.exec(afterA)?.[1] === digits) {
      anchorOf(r, a.start, a.end);
      continue;
    }

    // p-values: P< 0.05, P＜0.05, p = .036
    const p = P_BEFORE.exec(before);
    if (p) {
      emit(r, a.start - p[0].length + p[0].search(/[Pp]/), a.end, {
        kind: 'pvalue', value: a.value, decimals: a.decimals, form: a.form, comparator: normalizeComparator(p[1]!),
      });
      continue;
    }

    if (b) {
      const g = gap(r, a, b);
      const bAfter = folded.slice(b.end, b.end + 30);
      // Fractions: 8/17, 1 of 6 (not 1/2a, not dates).
      if (a.integer && b.integer && FRACTION_SEP.test(g) && !/^[\/\p{L}\d]/u.test(folded.slice(b.end, b.end + 1)) && folded[a.start - 1] !== '/') {
        const c = emit(r, a.start, b.end, { kind: 'fraction', value: a.value / b.value, num: a.value, den: b.value, decimals: 0, form: 'digits' });
        link(c, lastPercent, lastPercent ? lastPercent.offset + lastPercent.length : 0);
        lastFraction = c;
        i++;
        continue;
      }
      if (lang === 'en' && a.integer && b.integer && OF_SEP.test(g)) {
        const unit = matchUnit(bAfter, lang);
        const end = b.end;
        const c = emit(r, a.start, end, {
          kind: 'fraction', value: a.value / b.value, num: a.value, den: b.value, decimals: 0,
          form: a.form === 'digits' && b.form === 'digits' ? 'digits' : 'words', ...(unit ? { unit: unit.unit } : {}),
        });
        link(c, lastPercent, lastPercent ? lastPercent.offset + lastPercent.length : 0);
        lastFraction = c;
        i++;
        continue;
      }
      if (lang === 'zh' && a.integer && b.integer && /^\s*例(?:患者|病例)?中\s*(?:有\s*)?$/.test(g) && /^\s*例/.test(bAfter)) {
        const c = emit(r, a.start, b.end + bAfter.indexOf('例') + 1, {
          kind: 'fraction', value: b.value / a.value, num: b.value, den: a.value, decimals: 0, form: a.form, unit: 'patient',
        });
        lastFraction = c;
        i++;
        continue;
      }
      if (a.integer && b.integer && RATIO_SEP.test(g) && a.value < 100 && b.value < 100) {
        emit(r, a.start, b.end, { kind: 'ratio', value: a.value / b.value, num: a.value, den: b.value, decimals: 0, form: 'digits' });
        i++;
        continue;
      }
      // Ranges: 8-24 months, 3 ~ 36 months, 3～36个月, 56 to 112 days, 0.34 to 0.77, 10%-20%.
      // `10%-20%`: the first percent sign belongs to the range.
      const sepText = g.replace(/^\s*%/, '');
      const isBetween = lang === 'en' && /\bbetween\s+$/i.test(before) && /^\s+and\s+$/i.test(g);
      if ((lang === 'en' ? RANGE_SEP_EN : RANGE_SEP_ZH).test(sepText) || isBetween) {
        const aText = folded.slice(a.start, a.end);
        const bText = folded.slice(b.start, b.end);
        if (YEAR.test(aText) && YEAR.test(bText)) {
          anchorOf(r, a.start, b.end);
          i++;
          continue;
        }
        const pct = /^\s*%/.exec(bAfter);
        const unit = pct ? undefined : matchUnit(bAfter, lang);
        const end = b.end + (pct ? pct[0].length : unit ? unit.length : 0);
        emit(r, a.start, end, {
          kind: 'range', value: a.value, low: a.value, high: b.value, decimals: Math.max(a.decimals, b.decimals),
          form: a.form === b.form ? a.form : 'digits',
          ...(pct ? { unit: 'percent' } : unit ? { unit: unit.unit } : {}),
          ...qualifiers(r, a.start),
        });
        i++;
        continue;
      }
    }

    // Percentages: 47.1%, 47.1 %, 80%(no death…)
    const pct = /^\s*%/.exec(afterA);
    if (pct) {
      const c = emit(r, a.start, a.end + pct[0].length, {
        kind: 'percent', value: a.value, decimals: a.decimals, form: a.form, ...qualifiers(r, a.start),
      });
      if (lastFraction) link(c, lastFraction, lastFraction.offset + lastFraction.length);
      lastPercent = c;
      continue;
    }

    const text = folded.slice(a.start, a.end);
    const unit = matchUnit(afterA, lang);
    const unitBefore = matchUnitBefore(before, lang);
    if (YEAR.test(text) && a.form === 'digits' && (!unit || unit.unit === 'year') && !unitBefore) {
      anchorOf(r, a.start, a.end);
      continue;
    }
    const end = a.end + (unit && lang === 'zh' ? unit.length : 0);
    emit(r, a.start, end, {
      kind: 'number', value: a.value, decimals: a.decimals, form: a.form,
      ...(unit ? { unit: unit.unit } : unitBefore && unitBefore !== 'ordinal' ? { unit: unitBefore } : {}),
      ...qualifiers(r, a.start),
    });
  }
}

/** Read every numeric claim of a passage, sentence by sentence. */
export function extractPassage(passage: Passage, source: string): Extraction {
  const claims: Claim[] = [];
  const anchors: Anchor[] = [];
  const counter = { n: 0 };
  for (const sentence of passage.sentences) {
    const text = source.slice(sentence.offset, sentence.offset + sentence.length);
    const folded = foldWidth(text);
    const { atoms, mask } = findAtoms(folded, passage.lang, sentence.offset, sentence.index);
    anchors.push(...mask.anchors);
    readSentence({ lang: passage.lang, folded, text, base: sentence.offset, atoms, sentence, passage, claims, anchors, counter });
  }
  return { claims, anchors };
}
