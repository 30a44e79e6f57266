import * as EN from '../lang/en.js';
import * as ZH from '../lang/zh.js';
import { passageIndex } from '../constraints/passage-index.js';
import type { Claim, ClaimLink, Lang, PairAlignment } from '../types.js';

const KNOWLEDGE: Record<Lang, { labels: readonly [string, RegExp][]; end: RegExp; listed: RegExp }> = {
  en: { labels: EN.VALUE_LABELS, end: EN.VALUE_LABEL_CLAUSE_END, listed: EN.VALUE_LABELS_LISTED },
  zh: { labels: ZH.VALUE_LABELS, end: ZH.VALUE_LABEL_CLAUSE_END, listed: ZH.VALUE_LABELS_LISTED },
};

type Side = PairAlignment['en'];

/** The labels of a text (VALUE_LABELS) by where they stand, a lettered group with its letter (`group B`). */
function labelsIn(text: string, lang: Lang): { at: number; id: string }[] {
  const out: { at: number; id: string }[] = [];
  for (const [id, re] of KNOWLEDGE[lang].labels) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ at: m.index, id: m[1] ?? m[2] ? `${id} ${m[1] ?? m[2]}` : id });
  }
  return out;
}

/**
 * The label of each value of a sentence whose clause holds that one label and no other value of its kind: `a
 * sensitivity of 85.2%`, `76.7% in the control group`, `对照组为76.7%`. A clause with two labels or two such values
 * says nothing of which is whose, nor does a sentence that lists its labels and then their values (`respectively`).
 */
function labelsOfSentence(side: Side, sentence: number): Map<Claim, string> {
  const out = new Map<Claim, string>();
  const { passage } = side;
  const s = passage.sentences[sentence];
  const lang = passage.lang;
  if (!s || KNOWLEDGE[lang].listed.test(s.text)) return out;
  const labels = labelsIn(s.text, lang);
  if (labels.length === 0) return out;
  const cuts = [0];
  const end = KNOWLEDGE[lang].end;
  end.lastIndex = 0;
  for (let m = end.exec(s.text); m; m = end.exec(s.text)) cuts.push(m.index);
  cuts.push(s.text.length);
  // Labels and claims are walked once each, clause by clause, in text order.
  labels.sort((a, b) => a.at - b.at);
  const claims = passageIndex(side).claimsIn(sentence);
  let [l, c] = [0, 0];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const to = cuts[k + 1]!;
    const ids = new Set<string>();
    for (; l < labels.length && labels[l]!.at < to; l++) ids.add(labels[l]!.id);
    const inClause: Claim[] = [];
    for (; c < claims.length && claims[c]!.offset - s.offset < to; c++) inClause.push(claims[c]!);
    if (ids.size !== 1) continue;
    const [id] = ids;
    const kinds = new Map<string, number>();
    for (const claim of inClause) kinds.set(claim.kind, (kinds.get(claim.kind) ?? 0) + 1);
    for (const claim of inClause) if (kinds.get(claim.kind) === 1) out.set(claim, id!);
  }
  return out;
}

/**
 * Two values that both versions state in one sentence, each beside a label, where one version gives each value the
 * other's label (`a sensitivity of 85.2% and a specificity of 76.4%` against `灵敏度为76.4%，特异度为85.2%`): every value
 * is stated on both sides, so linking by value sees nothing amiss. Each swap once, as [first link, second link] in
 * English order, with the English labels of the two.
 */
export function swappedLabels(pair: PairAlignment): [ClaimLink, ClaimLink, string, string][] {
  const bySentences = new Map<string, ClaimLink[]>();
  for (const link of pair.links) {
    const key = `${link.en.sentence}|${link.zh.sentence}`;
    const list = bySentences.get(key);
    if (list) list.push(link);
    else bySentences.set(key, [link]);
  }
  const out: [ClaimLink, ClaimLink, string, string][] = [];
  const cache = { en: new Map<number, Map<Claim, string>>(), zh: new Map<number, Map<Claim, string>>() };
  const labelOf = (lang: Lang, c: Claim) => {
    let m = cache[lang].get(c.sentence);
    if (!m) cache[lang].set(c.sentence, (m = labelsOfSentence(pair[lang], c.sentence)));
    return m.get(c);
  };
  for (const links of bySentences.values()) {
    if (links.length < 2) continue;
    // Each link whose two labels differ, by kind and labels, so that its mirror (the labels the other way) is looked up, not searched.
    const waiting = new Map<string, { link: ClaimLink; en: string; zh: string }>();
    for (const link of links) {
      const en = labelOf('en', link.en);
      const zh = en === undefined ? undefined : labelOf('zh', link.zh);
      if (en === undefined || zh === undefined || en === zh) continue;
      const mirror = waiting.get(`${link.en.kind}|${zh}|${en}`);
      if (mirror && mirror.link.en.value !== link.en.value) {
        const [x, y] = [mirror.link, link];
        out.push(x.en.offset < y.en.offset ? [x, y, mirror.en, en] : [y, x, en, mirror.en]);
        waiting.delete(`${link.en.kind}|${zh}|${en}`);
      } else waiting.set(`${link.en.kind}|${en}|${zh}`, { link, en, zh });
    }
  }
  return out.sort(([a], [b]) => a.zh.offset - b.zh.offset);
}
