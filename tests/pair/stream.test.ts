import { describe, expect, it } from 'vitest';
import type { AbstractSection } from '../../src/lang/en.js';
import { walkText } from '../../src/lint.js';
import { KeyNumbers, PAIR_WINDOW, PairStream, weigh, type PairingPassage, type Settled } from '../../src/pair/index.js';
import type { Lang } from '../../src/types.js';

/** A seeded generator of numbers in [0, 1): the same documents on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const SECTIONS: AbstractSection[] = ['background', 'objective', 'methods', 'results', 'conclusion'];

/**
 * Pairing summaries of a made-up file: passages of random language, length, sections and
 * keys drawn from a small pool, so that many candidates compete, tie and chain.
 */
function tangled(n: number, seed: number): PairingPassage[] {
  const next = random(seed);
  const numbers = new KeyNumbers();
  const pool = Math.max(4, Math.floor(n / 3));
  let offset = 0;
  return Array.from({ length: n }, (_, i) => {
    const lang: Lang = next() < 0.5 ? 'en' : 'zh';
    const length = Math.floor((lang === 'en' ? 300 : 100) * (0.5 + next() * 1.5));
    const text = (lang === 'en' ? 'x' : '中').repeat(length);
    const keys = Array.from({ length: Math.floor(next() * 7) }, () => `k${Math.floor(next() * pool)}`);
    const latin = Array.from({ length: Math.floor(next() * 3) }, () => `L${Math.floor(next() * 4)}`);
    const sections = new Set(next() < 0.15 ? SECTIONS.filter(() => next() < 0.7) : []);
    const p: PairingPassage = { passage: { id: `p${i + 1}`, lang, offset, length, text }, keys: { numbers: numbers.of(keys), latin: numbers.of(latin) }, sections };
    offset += length + 2;
    return p;
  });
}

/** What a stream settles, given the passages one at a time and looking every `every` passages (0: only at the end). */
function settle(passages: PairingPassage[], every: number): { settled: Settled[]; mostHolding: number } {
  const stream = new PairStream(weigh);
  const settled: Settled[] = [];
  let mostHolding = 0;
  passages.forEach((p, i) => {
    stream.add(p);
    mostHolding = Math.max(mostHolding, stream.holding);
    if (every > 0 && (i + 1) % every === 0) settled.push(...stream.settled());
  });
  settled.push(...stream.finish());
  return { settled, mostHolding };
}

const byPlace = (s: Settled) => ('alone' in s ? s.alone : Math.min(s.en, s.zh));
const sorted = (settled: Settled[]) => [...settled].sort((a, b) => byPlace(a) - byPlace(b));

describe('PairStream', () => {
  it('settles, looking as it goes, the pairs of reading the file whole', () => {
    // Short files weigh every pair of passages; long ones (over 2 × PAIR_WINDOW Chinese passages) a window.
    for (const [n, seeds] of [[12, 40], [60, 20], [200, 8], [600, 3]] as const) {
      for (let seed = 1; seed <= seeds; seed++) {
        const passages = tangled(n, seed);
        const whole = sorted(settle(passages, 0).settled);
        expect(whole.flatMap((s) => ('alone' in s ? [s.alone] : [s.en, s.zh])).sort((a, b) => a - b)).toEqual(passages.map((_, i) => i));
        for (const every of [1, 7]) expect(sorted(settle(passages, every).settled), `${n} passages, seed ${seed}, every ${every}`).toEqual(whole);
      }
    }
  });

  it('settles pairs as the file goes on: the passages it holds do not grow with the file', () => {
    const abstracts = (n: number) => {
      // Each abstract and its translation share their own numbers; a few common ones recur everywhere.
      const numbers = new KeyNumbers();
      const next = random(7);
      let offset = 0;
      return Array.from({ length: n }, (_, i) => {
        const own = [`a${i}`, `b${i}`, `c${i}`, `d${i}`];
        return (['en', 'zh'] as const).map((lang): PairingPassage => {
          const keys = [...own, `common${Math.floor(next() * 5)}`];
          const length = lang === 'en' ? 900 : 280;
          const p = { passage: { id: `p${2 * i + (lang === 'en' ? 1 : 2)}`, lang, offset, length, text: (lang === 'en' ? 'x' : '中').repeat(length) }, keys: { numbers: numbers.of(keys), latin: numbers.of([]) }, sections: new Set<AbstractSection>() };
          offset += length + 2;
          return p;
        });
      }).flat();
    };
    const small = settle(abstracts(100), 1);
    const large = settle(abstracts(2000), 1);
    expect(large.settled.filter((s) => 'pair' in s)).toHaveLength(2000);
    // A passage is held until no passage to come can be weighed against it: PAIR_WINDOW Chinese passages on.
    expect(large.mostHolding).toBe(small.mostHolding);
    expect(large.mostHolding).toBeLessThanOrEqual(4 * PAIR_WINDOW + 4);
  });
});

describe('walkText', () => {
  /** `n` abstracts, each English paragraph followed by its Chinese translation, each with numbers of its own. */
  const text = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const [a, b, w] = [10 + (i % 80), 200 + i, 3 + (i % 40)];
      const p = ((100 * a) / b).toFixed(1);
      return (
        `In cohort ${i + 1}, ${a} of ${b} patients (${p}%) responded to the treatment after ${w} weeks of follow-up in the study.\n\n` +
        `在第${i + 1}队列中，${b}例患者中有${a}例（${p}%）在随访${w}周后对治疗有反应。\n\n`
      );
    }).join('');

  it('holds the analyses of a few windows of passages, however long the text', () => {
    const visit = () => {
      const seen = { passages: 0, pairs: 0 };
      return { seen, visitor: { passage: () => void seen.passages++, pair: () => void seen.pairs++, release: () => {} } };
    };
    const [small, large] = [visit(), visit()];
    const heldSmall = walkText(text(150), small.visitor).mostHeld;
    const heldLarge = walkText(text(1200), large.visitor).mostHeld;
    expect(small.seen).toEqual({ passages: 300, pairs: 150 });
    expect(large.seen).toEqual({ passages: 2400, pairs: 1200 });
    expect(heldLarge).toBe(heldSmall);
    expect(heldLarge).toBeLessThan(300);
  });
});
