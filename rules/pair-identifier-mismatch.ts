import { langName } from '../src/align/triangulate.js';
import { defineRule } from '../src/rule.js';
import { RELEASE_AT_END } from '../src/extract/atoms.js';
import type { Anchor, AnchorKind, Bead, Fix, Lang } from '../src/types.js';

const WHAT: Record<AnchorKind, string> = {
  registration: 'registration number',
  doi: 'DOI',
  grant: 'grant number',
  software: 'software version',
  standard: 'standard',
  ratio: 'ratio',
  snp: 'SNP',
  ihc: 'immunohistochemistry score',
  code: 'code',
};

/** Clinical codes by their system (the scope before any `:`). */
const CODE_WHAT: Record<string, string> = {
  gleason: 'Gleason score',
  tnm: 'TNM stage',
  birads: 'BI-RADS category',
  childpugh: 'Child-Pugh class',
  icd: 'ICD code',
  acupoint: 'acupoint',
  passage: 'cell passage',
  stage: 'stage',
  phase: 'trial phase',
  variant: 'sequence variant',
  formula: 'chemical formula',
  type: 'type',
  licence: 'animal licence number',
  accession: 'accession number',
};

function what(a: Anchor): string {
  return a.kind === 'code' ? (CODE_WHAT[a.scope!.split(':')[0]!] ?? 'code') : WHAT[a.kind!];
}

/** `GB 5009.3-2016` and `GB 5009.3` name one standard: a year left out is no disagreement. */
function sameIdentifier(a: Anchor, b: Anchor): boolean {
  if (a.key === b.key) return true;
  // `T2N1` and `T2N1M0` name one stage: a metastasis stage left out is no disagreement.
  if (a.kind === 'code' && a.scope === 'tnm') return /^[A-Z\d]*$/.test(a.key + b.key) && (a.key.startsWith(b.key) || b.key.startsWith(a.key)) && /^M/.test((a.key.length > b.key.length ? a.key : b.key).slice(Math.min(a.key.length, b.key.length)));
  if (a.kind !== 'standard') return false;
  const [na, ya] = a.key.split('-');
  const [nb, yb] = b.key.split('-');
  return na === nb && (!ya || !yb);
}

/**
 * Types one version joins and the other names apart (`type I or II` and `Ⅰ型或Ⅱ型`, `types I and II` and
 * `Ⅰ～Ⅱ型`; keys `1-2`, `1`, `2`): a type every one of whose members the other version names is stated there.
 */
function namedAmong(a: Anchor, others: Anchor[]): boolean {
  if (a.kind !== 'code' || a.scope !== 'type') return false;
  const members = new Set(others.flatMap((o) => o.key.split('-')));
  return a.key.split('-').every((m) => members.has(m));
}

/** Digits as 0, letters as a: `NCT01894373` and `NCT01894374` have one shape, so one can replace the other. */
function shape(text: string): string {
  return text.replace(/\d/g, '0').replace(/\p{L}/gu, 'a');
}

/** The registries' own number forms: a digit dropped or doubled breaks them. */
const REGISTRY_FORM: Record<string, RegExp> = {
  NCT: /^NCT\d{8}$/,
  ISRCTN: /^ISRCTN\d{8}$/,
  ACTRN: /^ACTRN\d{14}$/,
  CHICTR: /^CHICTR(?:\d{10}|[A-Z]{2,4}\d{8})$/,
};

const REGISTRY_NAME: Record<string, string> = { NCT: 'ClinicalTrials.gov', ISRCTN: 'ISRCTN registry', ACTRN: 'ANZCTR', CHICTR: 'ChiCTR' };

/** False for a registration number that does not have its registry's form; true for anything else. */
function wellFormed(a: Anchor): boolean {
  const form = a.kind === 'registration' && a.scope !== undefined ? REGISTRY_FORM[a.scope] : undefined;
  return !form || form.test(a.key);
}


/**
 * Write the other version's identifier in place of this one, where both are written
 * the same way or this one is malformed and the other is not.
 */
function fixFor(wrong: Anchor, right: Anchor): Fix | undefined {
  if (shape(wrong.text) === shape(right.text) || (!wellFormed(wrong) && wellFormed(right))) {
    return { offset: wrong.offset, length: wrong.length, replacement: right.text };
  }
  if (wrong.kind !== 'software') return undefined;
  // `SPSS 22.0` against `IBM SPSS Statistics 25.0`: only the release is to change.
  const w = RELEASE_AT_END.exec(wrong.text);
  const r = RELEASE_AT_END.exec(right.text);
  if (!w || !r || shape(w[0]) !== shape(r[0])) return undefined;
  return { offset: wrong.offset + w.index, length: w[0].length, replacement: r[0] };
}

type Group = Map<string, Anchor[]>;

/** Identifiers of one kind and scope (`registration|NCT`, `software|stata`), each stated once, in text order. */
function groups(anchors: Anchor[]): Group {
  const out: Group = new Map();
  for (const a of anchors) {
    if (!a.kind || a.scope === undefined) continue;
    const id = `${a.kind}|${a.scope}`;
    const list = out.get(id) ?? out.set(id, []).get(id)!;
    if (!list.some((b) => sameIdentifier(a, b))) list.push(a);
  }
  return out;
}

/**
 * A name with one number (`IL-6`, `HPV16`, `EV71`, `TGF-β1`, `CV-A16`, `A549`): the name (two letters or
 * more, hyphens left out, or one Greek letter, `β1` of `TGF-β1`, or the Q of a quantile group, `Q2`; and the
 * letters after the number, `IL-1β`) and its number. `HPV16/18`, `miR-155-5p` and other single Latin letters
 * (`P25`, `L4`, `S1`) are not read.
 */
const NUMBERED_NAME = /^(\p{L}(?:-?\p{L})+|[α-ω]|Q)-?(\d{1,4})(\p{L}{0,2})\+?$/iu;

interface NamedNumber {
  anchor: Anchor;
  name: string;
  number: string;
}

function numberedNames(anchors: Anchor[]): NamedNumber[] {
  const out: NamedNumber[] = [];
  for (const a of anchors) {
    // A chemical formula of one count (`CCl4`) too: the comparison of formulas weighs whole versions,
    // which one of several `CCl4` changed leaves unequal in number only.
    if (a.kind !== undefined && !(a.kind === 'code' && a.scope?.startsWith('formula:'))) continue;
    const m = NUMBERED_NAME.exec(a.text);
    if (m) out.push({ anchor: a, name: `${m[1]!.replace(/-/g, '').toUpperCase()}|${m[3]!.toUpperCase()}`, number: String(Number(m[2])) });
  }
  return out;
}

/** Two numbers of one length that differ in one digit. */
function oneDigitApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let apart = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) apart++;
  return apart === 1;
}

/**
 * Rating scales named by their number of items (`HAMD-17`, `HAMD-24`, `PHQ-9`, `GAD-7`, `SCL-90`, `SF-36`): the
 * versions of one scale, not members of a family that one language may write for another, so numbers of such a
 * name that differ in more than one digit disagree too (`HAMD-17` against `HAMD-24`).
 */
const ITEM_COUNT_SCALES = new Set(['HAMD', 'HAMA', 'HDRS', 'HRSD', 'PHQ', 'GAD', 'SCL', 'DASS', 'SF', 'ADASCOG', 'BPRS', 'NPI']);

/** Numbers of one name that are two of its values: one digit apart, or any two versions of a rating scale. */
function apart(name: string, a: string, b: string): boolean {
  return oneDigitApart(a, b) || (name.endsWith('|') && ITEM_COUNT_SCALES.has(name.slice(0, -1)));
}

/** The numbers of a name that `side` states more often than `other`. */
function extra(side: NamedNumber[], other: NamedNumber[], name: string): string[] {
  const counts = new Map<string, number>();
  for (const n of other) if (n.name === name) counts.set(n.number, (counts.get(n.number) ?? 0) + 1);
  const out: string[] = [];
  for (const n of side) {
    if (n.name !== name) continue;
    const left = counts.get(n.number) ?? 0;
    if (left > 0) counts.set(n.number, left - 1);
    else out.push(n.number);
  }
  return out;
}

/**
 * The number of a name that aligned sentences state differently (`IL-6` against `IL-4`, `HPV16` against
 * `HPV46`): the only one of its name on each side there, which one version states nowhere. A name a
 * version adds, leaves out or moves to another sentence is no disagreement. The version whose number
 * the other states nowhere, while its own states the other's elsewhere, is the likely wrong one;
 * when both are stated nowhere, the Chinese is reported.
 */
function* numberedNameMismatches(en: Anchor[], zh: Anchor[], beads: Bead[]): Generator<{ wrong: Anchor; right: Anchor; wrongLang: Lang; decided: boolean }> {
  const names = { en: numberedNames(en), zh: numberedNames(zh) };
  if (names.en.length === 0 || names.zh.length === 0) return;
  const stated = (side: NamedNumber[], name: string, number: string) => side.some((n) => n.name === name && n.number === number);
  for (const bead of beads) {
    const e = names.en.filter((n) => bead.en.includes(n.anchor.sentence));
    const z = names.zh.filter((n) => bead.zh.includes(n.anchor.sentence));
    for (const name of new Set(e.map((n) => n.name))) {
      // As multisets: one of three `EV71` changed is `EV74` against `EV71`.
      const onlyE = [...new Set(extra(e, z, name))];
      const onlyZ = [...new Set(extra(z, e, name))];
      // One digit slipped (`IL-6` against `IL-4`, `HPV16` against `HPV18`); numbers that differ more name
      // another member of the family as often (`CD4` and `CD44`, `miR-20a` and `miR-200a`, `ZNF217` and `ZNF271`
      // in published pairs), which one version may write for the other, but not of a rating scale's items.
      if (onlyE.length !== 1 || onlyZ.length !== 1 || !apart(name, onlyE[0]!, onlyZ[0]!)) continue;
      const eNowhere = !stated(names.zh, name, onlyE[0]!);
      const zNowhere = !stated(names.en, name, onlyZ[0]!);
      if (!eNowhere && !zNowhere) continue;
      const ea = e.find((n) => n.name === name && n.number === onlyE[0])!.anchor;
      const za = z.find((n) => n.name === name && n.number === onlyZ[0])!.anchor;
      if (eNowhere && !zNowhere) yield { wrong: ea, right: za, wrongLang: 'en', decided: true };
      else yield { wrong: za, right: ea, wrongLang: 'zh', decided: !eNowhere };
    }
  }
}

export default defineRule({
  meta: {
    id: 'pair-identifier-mismatch',
    description:
      'A registration number, DOI, grant number, standard, software version, ratio of three or more parts, SNP, immunohistochemistry score or clinical code (Gleason, TNM, lettered stage, BI-RADS, Child-Pugh, ICD, acupoint, cell passage, trial phase, type, HGVS sequence variant, chemical formula) that both versions state must be the same in both, as must the number of a name (`IL-6`, `HPV16`) in aligned sentences.',
    severity: 'error',
    scope: 'pair',
    examples: {
      valid: [
        'The trial enrolled 120 patients and was registered at ClinicalTrials.gov (NCT01894373).\n本试验纳入120例患者，已在美国临床试验注册中心注册（NCT01894373）。',
        'Data were analysed with Stata 14.0.\n采用 Stata 14 软件进行数据分析。',
        'Moisture was measured according to GB 5009.3-2016.\n水分按 GB 5009.3 测定。',
        'Analyses used SPSS 22.0.\n本研究纳入 120 例患者。',
      ],
      invalid: [
        {
          text: 'The trial enrolled 120 patients and was registered at ClinicalTrials.gov (NCT01894373).\n本试验纳入120例患者，已在美国临床试验注册中心注册（NCT01894374）。',
          errors: [
            { line: 2, column: 28, text: 'NCT01894374', severity: 'error', message: 'Chinese registration number NCT01894374 differs from English NCT01894373; both versions must name the same one.' },
          ],
          output: 'The trial enrolled 120 patients and was registered at ClinicalTrials.gov (NCT01894373).\n本试验纳入120例患者，已在美国临床试验注册中心注册（NCT01894373）。',
        },
        {
          text: 'Data were analysed with Stata 14.0.\n采用 Stata 16.0 软件进行数据分析。',
          errors: [
            { line: 2, column: 4, text: 'Stata 16.0', severity: 'error', message: 'Chinese software version Stata 16.0 differs from English Stata 14.0; both versions must name the same one.' },
          ],
          output: 'Data were analysed with Stata 14.0.\n采用 Stata 14.0 软件进行数据分析。',
        },
      ],
    },
  },
  check(ctx) {
    const pair = ctx.pair;
    // Offsets of the identifiers reported below, which the comparison of numbered names leaves to them.
    const reported = new Set<number>();
    const en = groups(pair.en.anchors);
    const zh = groups(pair.zh.anchors);
    for (const [id, zs] of zh) {
      const es = en.get(id);
      if (!es) continue;
      // Only a one-for-one difference is a disagreement; an identifier stated in one version only is not this rule's concern.
      const onlyZh = zs.filter((z) => !es.some((e) => sameIdentifier(e, z)) && !namedAmong(z, es));
      const onlyEn = es.filter((e) => !zs.some((z) => sameIdentifier(e, z)) && !namedAmong(e, zs));
      if (onlyZh.length === 0 || onlyZh.length !== onlyEn.length) continue;
      onlyZh.forEach((z, i) => {
        const e = onlyEn[i]!;
        // A registration number without its registry's form is the wrong one; otherwise nothing decides, and the Chinese is reported.
        const enWrong = !wellFormed(e) && wellFormed(z);
        const [wrong, right, wrongLang, rightLang]: [Anchor, Anchor, Lang, Lang] = enWrong ? [e, z, 'en', 'zh'] : [z, e, 'zh', 'en'];
        const head = `${langName(wrongLang)} ${what(wrong)} ${wrong.text} differs from ${langName(rightLang)} ${right.text}`;
        const decided = !wellFormed(wrong) && wellFormed(right);
        const fix = fixFor(wrong, right);
        reported.add(wrong.offset);
        ctx.report({
          span: { offset: wrong.offset, length: wrong.length, lang: wrongLang, text: wrong.text },
          message: decided
            ? `${head}: ${right.text} has the form of a ${REGISTRY_NAME[right.scope!] ?? right.scope} number and ${wrong.text} does not, so the ${langName(wrongLang)} is likely wrong.`
            : `${head}; both versions must name the same one.`,
          related: [{ claim: { offset: right.offset, length: right.length, lang: rightLang }, message: `${langName(rightLang)} states ${right.text} here.` }],
          actual: wrong.text,
          expected: right.text,
          ...(fix ? { fix } : {}),
        });
      });
    }
    for (const { wrong, right, wrongLang, decided } of numberedNameMismatches(pair.en.anchors, pair.zh.anchors, pair.beads)) {
      if (reported.has(wrong.offset) || reported.has(right.offset)) continue;
      const rightLang: Lang = wrongLang === 'en' ? 'zh' : 'en';
      const head = `${langName(wrongLang)} ${wrong.kind === undefined ? 'name' : what(wrong)} ${wrong.text} differs from ${langName(rightLang)} ${right.text} in the aligned sentence`;
      ctx.report({
        span: { offset: wrong.offset, length: wrong.length, lang: wrongLang, text: wrong.text },
        message: decided
          ? `${head}; the ${langName(wrongLang)} states ${right.text} elsewhere and the ${langName(rightLang)} states ${wrong.text} nowhere, so the ${langName(wrongLang)} is likely wrong.`
          : `${head}; both versions must name the same one.`,
        related: [{ claim: { offset: right.offset, length: right.length, lang: rightLang }, message: `${langName(rightLang)} states ${right.text} here.` }],
        actual: wrong.text,
        expected: right.text,
        ...(shape(wrong.text) === shape(right.text) ? { fix: { offset: wrong.offset, length: wrong.length, replacement: right.text } } : {}),
      });
    }
  },
});
