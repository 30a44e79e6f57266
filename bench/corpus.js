// The benchmark's corpus: `{id, en, zh}` records of real-sized abstract pairs. Built at bench
// time from the real pairs of ../shared/corpus (NEJM and Medline abstracts, cycled with new
// ids) when that folder is there; otherwise from generated abstracts, joined to the same size.
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from './generate.js';
import { ROOT } from './measure.js';

export const SHARED = join(ROOT, '../shared/corpus');

/** The real pairs, in a fixed order: NEJM first, then Medline by file name. */
function realPairs() {
  const files = [join(SHARED, 'nejm-pairs.jsonl'), ...readdirSync(join(SHARED, 'medline')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(SHARED, 'medline', f))];
  const pairs = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { id, en, zh } = JSON.parse(line);
      if (typeof en === 'string' && typeof zh === 'string') pairs.push({ id, en, zh });
    }
  }
  return pairs;
}

/** Generated pairs of the size of a real one: this many generated abstracts joined into each. */
const ABSTRACTS_PER_PAIR = 4;

function* generatedPairs(n, seed) {
  const parts = corpus(n * ABSTRACTS_PER_PAIR, seed);
  for (let i = 0; i < n; i++) {
    const group = Array.from({ length: ABSTRACTS_PER_PAIR }, () => parts.next().value);
    yield { id: `g${String(i + 1).padStart(6, '0')}`, en: group.map((a) => a.en).join('\n\n'), zh: group.map((a) => a.zh).join('\n\n') };
  }
}

/** Whether the real pairs are at hand. */
export function haveRealPairs() {
  return existsSync(join(SHARED, 'nejm-pairs.jsonl')) && existsSync(join(SHARED, 'medline'));
}

/** The pairs of the corpus, `n` of them: the real ones cycled (ids get `-<cycle>`), or generated ones. */
export function* benchPairs(n, seed = 1) {
  if (!haveRealPairs()) {
    yield* generatedPairs(n, seed);
    return;
  }
  const pairs = realPairs();
  for (let i = 0; i < n; i++) {
    const p = pairs[i % pairs.length];
    yield { id: `${p.id}-${Math.floor(i / pairs.length)}`, en: p.en, zh: p.zh };
  }
}

/** What the corpus is made of, for the report. */
export function corpusSource() {
  return haveRealPairs() ? 'real pairs (NEJM and Medline abstracts of ../shared/corpus, cycled)' : 'generated pairs (no ../shared/corpus here: 4 generated abstracts a pair, the size of a real one)';
}

function writeAll(path, pieces) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('error', reject);
    out.on('finish', resolve);
    let chunk = '';
    for (const piece of pieces) {
      chunk += piece;
      if (chunk.length > 1 << 20) {
        out.write(chunk);
        chunk = '';
      }
    }
    out.end(chunk);
  });
}

/** Write `n` pairs as JSONL `{id, en, zh}`. */
export function writePairsJsonl(path, n, seed = 1) {
  return writeAll(path, (function* () {
    for (const p of benchPairs(n, seed)) yield `${JSON.stringify(p)}\n`;
  })());
}

/** Write one long bilingual document of about `bytes` bytes: pair after pair, each English passage followed by its Chinese. */
export function writeLongDocument(path, bytes, seed = 1) {
  return writeAll(path, (function* () {
    let size = 0;
    for (const p of benchPairs(Number.MAX_SAFE_INTEGER, seed)) {
      const piece = `${p.en}\n\n${p.zh}\n\n`;
      size += Buffer.byteLength(piece);
      yield piece;
      if (size >= bytes) return;
    }
  })());
}
