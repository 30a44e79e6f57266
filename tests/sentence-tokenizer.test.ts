import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpus } from '../bench/generate.js';
import { fastTokenizer, naturalTokenizer } from '../src/segment/sentences.js';
import { ROOT } from './helpers/run-cli.js';

describe('the one-pass English sentence tokenizer', () => {
  const lines = [
    ...readdirSync(`${ROOT}seeds`).flatMap((f) => readFileSync(`${ROOT}seeds/${f}`, 'utf8').split(/\r?\n/)),
    ...[...corpus(200, 4)].flatMap((a) => a.en.split('\n')),
    'See https://example.org/a.b?x=1. Then e.g. Fig. 2 shows $1.5 vs. $2! Done... "Yes." {{DELIM_0}} ok.',
    'Smith et al. reported 1,234.5 mg/kg (i.e., more). Was it? Yes!',
    'Write to a.b@example.org. Or see WWW.Example.org. Or FTP://x.y/z. No address here. Nor a number!',
  ].filter((l) => l.trim());

  it('splits exactly as natural does', () => {
    const natural = naturalTokenizer();
    const fast = fastTokenizer();
    const differing = lines.filter((l) => JSON.stringify(fast.tokenize(l)) !== JSON.stringify(natural.tokenize(l)));
    expect(differing).toEqual([]);
    expect(fast.tokenize('Smith et al. reported 1,234.5 mg/kg (i.e., more). Was it? Yes!')).toEqual([
      'Smith et al. reported 1,234.5 mg/kg (i.e., more).',
      'Was it?',
      'Yes!',
    ]);
  });
});
