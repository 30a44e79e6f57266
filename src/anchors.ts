import type { Anchor, Claim } from './types.js';

/**
 * Keys that both versions of an abstract write the same way: normalized numbers,
 * identifiers and Latin acronyms. Pairing and sentence alignment score by them.
 */
export function valueKey(value: number): string {
  return String(Number(value.toPrecision(12)));
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
