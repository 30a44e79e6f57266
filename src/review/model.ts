import { rules, rulesById } from '../../rules/index.js';
import { percentsBesideFractions } from '../../rules/percent-fraction.js';
import type { ConstraintRule } from '../constraints/evaluation.js';
import { lowerBound } from '../constraints/passage-index.js';
import type { RuleEntry } from '../lint.js';
import type { JsonDiagnostic } from '../report/schema.js';
import type { Rule } from '../rule.js';
import type { Analysis, Claim, Lang, PairAlignment, PassageInfo, Sentence, Severity, Span } from '../types.js';

/**
 * What became of a number across the two versions: stated with the same value in the
 * other one (`matched`), in the same place with another value (`mismatched`), not there
 * (`missing`), or not compared at all (`unchecked`: a passage without a translation, a
 * kind of number that is not aligned). A number marked only because a finding points at
 * it is `unchecked` too.
 */
export type Fate = 'matched' | 'mismatched' | 'missing' | 'unchecked';

/** One arithmetic check a number takes part in, as the check itself words it. */
export interface ReviewCheck {
  ruleId: string;
  /** The check with its computed values and its verdict: `8/17 = 47.06% → 47.1% ✔`. */
  text: string;
  holds: boolean;
}

/** A marked number (or another span a finding points at), in unit offsets. */
export interface ReviewMark extends Span {
  id: string;
  lang: Lang;
  text: string;
  fate: Fate;
  /** The mark of the same number in the other version (matched or mismatched). */
  counterpart?: string;
  /** Some arithmetic check that reads this number does not hold. */
  failing: boolean;
  checks: ReviewCheck[];
  /** The findings (indexes into ReviewUnit.findings) that point at or refer to this mark. */
  findings: number[];
}

export interface ReviewSentence extends Span {
  lang: Lang;
  text: string;
  /** The marks inside this sentence, in text order, never overlapping. */
  marks: ReviewMark[];
}

/** One row of the side-by-side view: sentences of the two versions that say the same thing; an empty side is a gap. */
export interface ReviewRow {
  en: ReviewSentence[];
  zh: ReviewSentence[];
}

export interface ReviewFinding extends Span {
  ruleId: string;
  severity: Severity | 'info';
  message: string;
  lang: Lang | 'und';
  text: string;
  /** The marks this finding is about: its own place first, then the places it refers to. */
  marks: string[];
  /** The fix: the text it replaces and what it writes instead. */
  fix?: { original: string; replacement: string };
}

/**
 * The review of one unit (a text file, or one article of a structured file): its two
 * versions aligned sentence by sentence, every number with its fate and its checks, and
 * its findings. Plain data, free of any presentation, for the review page and the editor's hover.
 */
export interface ReviewUnit {
  /** The file's path, with the article's id or number for a unit of a structured file. */
  label: string;
  /** Paired passages, aligned; then passages without a translation, in one column. */
  rows: ReviewRow[];
  findings: ReviewFinding[];
}

interface Build {
  marks: Map<string, ReviewMark>;
  /** Marks by language, in text order, for finding which mark a span falls in. */
  ordered: Record<Lang, ReviewMark[]>;
}

function newMark(c: Claim, fate: Fate): ReviewMark {
  return { id: c.id, lang: c.lang, text: c.text, offset: c.offset, length: c.length, fate, failing: false, checks: [], findings: [] };
}

/** Every claim of a passage, overlapping ones dropped (the first in text order stays). */
function nonOverlapping(claims: readonly Claim[]): Claim[] {
  const sorted = [...claims].sort((a, b) => a.offset - b.offset || b.length - a.length);
  const out: Claim[] = [];
  let end = -1;
  for (const c of sorted) {
    if (c.offset < end) continue;
    out.push(c);
    end = c.offset + c.length;
  }
  return out;
}

function fatesOf(pair: PairAlignment, set: (c: Claim, fate: Fate, counterpart?: Claim) => void): void {
  for (const c of pair.unmatched) set(c, 'missing');
  for (const c of pair.surplus) set(c, 'missing');
  for (const d of pair.dropped) set(d.claim, 'missing');
  for (const l of pair.conflicts) {
    set(l.en, 'mismatched', l.zh);
    set(l.zh, 'mismatched', l.en);
  }
  for (const l of pair.links) {
    set(l.en, 'matched', l.zh);
    set(l.zh, 'matched', l.en);
  }
}

function isConstraintRule(rule: Rule): rule is Rule & ConstraintRule {
  return 'evaluate' in rule && typeof (rule as Partial<ConstraintRule>).evaluate === 'function';
}

function ruleOn(id: string, settings: Record<string, RuleEntry> | undefined): boolean {
  const entry = settings?.[id];
  return (Array.isArray(entry) ? entry[0] : entry) !== 'off';
}

const verdict = (holds: boolean) => (holds ? '✔' : '✘');

/** The tolerance a `percent-fraction` setting gives (`["error", { "tolerance": 0.1 }]`); none by default, as in the rule. */
function toleranceOf(entry: RuleEntry | undefined): number {
  const options = Array.isArray(entry) ? entry[1] : undefined;
  const tolerance = (options as { tolerance?: unknown } | undefined)?.tolerance;
  return typeof tolerance === 'number' ? tolerance : 0;
}

/** The checks a passage's numbers take part in: a percentage beside its fraction, and every constraint the rules evaluate. */
function addChecks(info: PassageInfo, all: PassageInfo[], build: Build, settings: Record<string, RuleEntry> | undefined): void {
  // A check that fails blames the number its finding points at (the first it reads), not the others it reads.
  const add = (claim: Claim, check: ReviewCheck, blamed: boolean) => {
    const mark = build.marks.get(claim.id);
    if (!mark || mark.checks.some((c) => c.text === check.text)) return;
    mark.checks.push(check);
    if (!check.holds && blamed) mark.failing = true;
  };
  if (ruleOn('percent-fraction', settings)) {
    for (const { fraction, percent, holds, exact, rounded } of percentsBesideFractions(info, toleranceOf(settings?.['percent-fraction']))) {
      const check = { ruleId: 'percent-fraction', text: `${fraction.text} = ${exact}% → ${rounded}%${holds ? '' : `, not ${percent.text.trim()}`} ${verdict(holds)}`, holds };
      add(fraction, check, true);
      add(percent, check, false);
    }
  }
  for (const rule of rules) {
    if (!isConstraintRule(rule) || !ruleOn(rule.meta.id, settings)) continue;
    for (const e of rule.evaluate(info, all)) {
      const check = { ruleId: rule.meta.id, text: `${e.constraint} ${verdict(e.holds)}`, holds: e.holds };
      e.claims.forEach((c, k) => add(c, check, k === 0));
    }
  }
}

/** The mark a span falls in, or a new mark for it when it falls in none (a finding about a word, an identifier). */
function markAt(build: Build, span: Span & { lang: Lang }, text: string): ReviewMark {
  const list = build.ordered[span.lang];
  // Marks never overlap, so their ends rise with their starts: the first that ends after the span starts is the only candidate.
  const i = lowerBound(list, span.offset + 1, (m) => m.offset + m.length);
  const hit = list[i];
  if (hit && hit.offset < span.offset + span.length) return hit;
  const mark: ReviewMark = { id: `s${span.offset}-${span.length}`, lang: span.lang, text, offset: span.offset, length: span.length, fate: 'unchecked', failing: false, checks: [], findings: [] };
  build.marks.set(mark.id, mark);
  list.splice(i, 0, mark);
  return mark;
}

function reviewSentence(info: PassageInfo, s: Sentence, build: Build): ReviewSentence {
  const list = build.ordered[info.passage.lang];
  const end = s.offset + s.length;
  const marks: ReviewMark[] = [];
  for (let i = lowerBound(list, s.offset, (m) => m.offset); i < list.length && list[i]!.offset < end; i++) {
    if (list[i]!.offset + list[i]!.length <= end) marks.push(list[i]!);
  }
  return { lang: info.passage.lang, offset: s.offset, length: s.length, text: s.text, marks };
}

/**
 * The rows of one pair: a row per bead, and each sentence no bead holds on a row of its
 * own (a gap on the other side), where it falls in its version.
 */
function pairRows(pair: PairAlignment, sentence: (info: PassageInfo, s: Sentence) => ReviewSentence): ReviewRow[] {
  const rows: ReviewRow[] = [];
  const next = { en: 0, zh: 0 };
  const flushBefore = (lang: Lang, until: number) => {
    const info = pair[lang];
    for (; next[lang] < until; next[lang]++) {
      const s = info.passage.sentences[next[lang]]!;
      rows.push(lang === 'en' ? { en: [sentence(info, s)], zh: [] } : { en: [], zh: [sentence(info, s)] });
    }
  };
  for (const bead of pair.beads) {
    if (bead.en.length) flushBefore('en', Math.min(...bead.en));
    if (bead.zh.length) flushBefore('zh', Math.min(...bead.zh));
    const side = (lang: Lang, indexes: number[]) => indexes.map((i) => sentence(pair[lang], pair[lang].passage.sentences[i]!));
    rows.push({ en: side('en', bead.en), zh: side('zh', bead.zh) });
    if (bead.en.length) next.en = Math.max(next.en, Math.max(...bead.en) + 1);
    if (bead.zh.length) next.zh = Math.max(next.zh, Math.max(...bead.zh) + 1);
  }
  flushBefore('en', pair.en.passage.sentences.length);
  flushBefore('zh', pair.zh.passage.sentences.length);
  return rows;
}

/**
 * The review of one unit from the pipeline's analysis and the unit's findings (their
 * offsets in the same text). `settings` are the rule settings the unit was linted with:
 * a rule turned off shows no checks.
 */
export function reviewUnit(label: string, analysis: Analysis, diagnostics: readonly JsonDiagnostic[], settings?: Record<string, RuleEntry>): ReviewUnit {
  const build: Build = { marks: new Map(), ordered: { en: [], zh: [] } };
  for (const info of analysis.passages) {
    for (const c of nonOverlapping(info.claims)) {
      const mark = newMark(c, 'unchecked');
      build.marks.set(mark.id, mark);
      build.ordered[c.lang].push(mark);
    }
  }
  for (const lang of ['en', 'zh'] as const) build.ordered[lang].sort((a, b) => a.offset - b.offset);
  for (const pair of analysis.pairs) {
    fatesOf(pair, (c, fate, counterpart) => {
      const mark = build.marks.get(c.id);
      if (!mark) return;
      mark.fate = fate;
      if (counterpart && build.marks.has(counterpart.id)) mark.counterpart = counterpart.id;
      else delete mark.counterpart;
    });
  }
  for (const info of analysis.passages) addChecks(info, analysis.passages, build, settings);

  const findings: ReviewFinding[] = diagnostics.map((d, index) => {
    const places = d.lang === 'und' ? [] : [{ ...d, lang: d.lang }, ...d.related];
    const marks: string[] = [];
    for (const place of places) {
      const mark = markAt(build, place, place.text);
      if (!mark.findings.includes(index)) mark.findings.push(index);
      if (!marks.includes(mark.id)) marks.push(mark.id);
    }
    // A finding of a passage rule on the number itself is an arithmetic check that fails.
    if (marks[0] && rulesById.get(d.ruleId)?.meta.scope === 'passage') build.marks.get(marks[0])!.failing = true;
    return {
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      lang: d.lang,
      text: d.text,
      offset: d.offset,
      length: d.length,
      marks,
      ...(d.fix ? { fix: { original: analysis.document.text.slice(d.fix.offset, d.fix.offset + d.fix.length), replacement: d.fix.replacement } } : {}),
    };
  });

  const sentence = (info: PassageInfo, s: Sentence) => reviewSentence(info, s, build);
  const rows: ReviewRow[] = analysis.pairs.flatMap((pair) => pairRows(pair, sentence));
  const paired = new Set(analysis.pairs.flatMap((p) => [p.en, p.zh]));
  for (const info of analysis.passages) {
    if (paired.has(info)) continue;
    for (const s of info.passage.sentences) rows.push(info.passage.lang === 'en' ? { en: [sentence(info, s)], zh: [] } : { en: [], zh: [sentence(info, s)] });
  }
  return { label, rows, findings };
}
