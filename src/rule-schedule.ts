/** One step of a file's rule run: a passage's rules, a pair's rules, or a passage no later step reads. */
export type RuleStep = { passage: number } | { pair: number } | { release: number };

/**
 * The order a file's rules run in: passage by passage, each pair as soon as the later of its
 * passages is done, and each passage released after the last step that reads it, so that
 * what rules work out on a passage need not be kept until the end of a long document.
 * `pairs` gives the index of each pair's English and Chinese passage.
 */
export function ruleSchedule(passages: number, pairs: readonly (readonly [en: number, zh: number])[]): readonly RuleStep[] {
  // An explicit pair, or a text of one abstract in each language: the same few steps for every record of a batch.
  if (passages === 2 && pairs.length === 1 && pairs[0]![0] + pairs[0]![1] === 1) return pairs[0]![0] === 0 ? ONE_PAIR : ONE_PAIR_ZH_FIRST;
  return schedule(passages, pairs);
}

function schedule(passages: number, pairs: readonly (readonly [en: number, zh: number])[]): RuleStep[] {
  const pairsAfter: number[][] = Array.from({ length: passages }, () => []);
  const lastUse = Array.from({ length: passages }, (_, i) => i);
  pairs.forEach(([en, zh], j) => {
    const ready = Math.max(en, zh);
    pairsAfter[ready]!.push(j);
    lastUse[en] = Math.max(lastUse[en]!, ready);
    lastUse[zh] = Math.max(lastUse[zh]!, ready);
  });
  const releasedAfter: number[][] = Array.from({ length: passages }, () => []);
  lastUse.forEach((last, i) => releasedAfter[last]!.push(i));
  const steps: RuleStep[] = [];
  for (let i = 0; i < passages; i++) {
    steps.push({ passage: i });
    for (const j of pairsAfter[i]!) steps.push({ pair: j });
    for (const k of releasedAfter[i]!) steps.push({ release: k });
  }
  return steps;
}

const ONE_PAIR: readonly RuleStep[] = Object.freeze(schedule(2, [[0, 1]]));
const ONE_PAIR_ZH_FIRST: readonly RuleStep[] = Object.freeze(schedule(2, [[1, 0]]));
