import { SourceDocument } from '../document.js';
import { budget } from '../budget.js';
import { runRules, type LintOptions } from '../lint.js';
import { analyzePair } from '../pair/explicit.js';
import type { JsonDiagnostic, Notice } from '../report/schema.js';

export interface ExplicitPairReport {
  pairs: { en: string; zh: string; score: number }[];
  /** Offsets, lines and columns count within the `en` or the `zh` text, the one each location's `lang` names. */
  diagnostics: JsonDiagnostic[];
  /** Checks a rule left undone and why (`rule-budget`); absent when there are none. */
  notices?: Notice[];
}

/** Lint a given English/Chinese pair; locations are relative to the side they fall in. */
export function lintExplicitPair(en: string, zh: string, options: LintOptions = {}): ExplicitPairReport {
  const check = budget(options.timeBudgetMs);
  const analysis = analyzePair(en, zh, options.path);
  check();
  const { zhOffset } = analysis;
  // Made for the first finding that needs it: most pairs have few or none.
  let sides: { en: SourceDocument; zh: SourceDocument } | undefined;
  const local = <T extends { offset: number; length: number }>(loc: T) => {
    const zhSide = loc.offset >= zhOffset;
    const offset = zhSide ? loc.offset - zhOffset : loc.offset;
    sides ??= { en: new SourceDocument(en), zh: new SourceDocument(zh) };
    const doc = zhSide ? sides.zh : sides.en;
    const start = doc.positionAt(offset);
    const end = doc.positionAt(offset + loc.length);
    return { ...loc, offset, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  const notices: Notice[] = [];
  const diagnostics = runRules(analysis, options, check, notices).map((d) => {
    const out: JsonDiagnostic = { ...local(d), related: d.related.map(local) };
    if (d.fix) out.fix = { ...d.fix, offset: d.fix.offset >= zhOffset ? d.fix.offset - zhOffset : d.fix.offset };
    return out;
  });
  return { pairs: analysis.pairs.map((p) => ({ en: p.en.passage.id, zh: p.zh.passage.id, score: p.score })), diagnostics, ...(notices.length > 0 ? { notices } : {}) };
}
