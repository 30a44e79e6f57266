import type { Anchor, Claim } from './types.js';

/**
 * Keys that both versions of an abstract write the same way: normalized numbers,
 * identifiers and Latin acronyms. Pairing and sentence alignment score by them.
 */
const valueKeys = new Map<number, string>();
const VALUE_KEY_CACHE_SIZE = 4096;

export function valueKey(value: number): string {
  // The same few values recur in every sentence of a pair; toPrecision is not cheap.
  let key = valueKeys.get(value);
  if (key === undefined) {
    key = String(Number(value.toPrecision(12)));
    if (valueKeys.size >= VALUE_KEY_CACHE_SIZE) valueKeys.clear();
    valueKeys.set(value, key);
  }
  return key;
}

export function claimKeys(claim: Claim): string[] {
  switch (claim.kind) {
    case 'fraction':
    case 'ratio':
      return [`n:${valueKey(claim.num!)}`, `n:${valueKey(claim.den!)}`, `${claim.kind}:${claim.num}/${claim.den}`];
    case 'range':
      return [`n:${valueKey(claim.low!)}`, `n:${valueKey(claim.high!)}`];
    case 'percent':
      return [`%:${valueKey(claim.value)}`];
    default:
      return [`n:${valueKey(claim.value)}`];
  }
}

const ACRONYM = /\b[A-Za-z][A-Za-z-]*[A-Za-z]\b/g;

/** Latin words of two or more letters; in Chinese prose these are acronyms and names. */
export function latinTokens(text: string): string[] {
  return (text.match(ACRONYM) ?? []).map((t) => t.toLowerCase());
}

export function anchorKeys(anchors: Anchor[]): string[] {
  return anchors.map((a) => `id:${a.key}`);
}
