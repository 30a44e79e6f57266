import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';

/** One decoded UTF-16 unit and the source range it was read from. */
export interface MappedChar {
  char: string;
  /** Where it starts in the source: the character itself, or the `&` of its entity. */
  at: number;
  /** Where its source ends (after the entity's last character). */
  end: number;
}

/**
 * Decodes the character references of a raw HTML text or attribute value, keeping for every
 * decoded character where it came from: the characters of an entity all point at its `&`,
 * so a diagnostic on `<` in `&lt;0.05` lands on the entity.
 */
export function decodeMapped(raw: string, base: number, mode: 'text' | 'attribute'): MappedChar[] {
  const out: MappedChar[] = [];
  let decoded: number[] = [];
  let consumedBy = 0;
  const decoder = new EntityDecoder(htmlDecodeTree, (cp, consumed) => {
    decoded.push(cp);
    consumedBy = consumed;
  });
  const decodingMode = mode === 'text' ? DecodingMode.Legacy : DecodingMode.Attribute;
  let i = 0;
  while (i < raw.length) {
    if (raw.charCodeAt(i) !== 0x26 /* & */) {
      out.push({ char: raw[i]!, at: base + i, end: base + i + 1 });
      i++;
      continue;
    }
    decoded = [];
    consumedBy = 0;
    decoder.startEntity(decodingMode);
    // -1: the entity runs to the end of the value; `end` settles it there.
    if (decoder.write(raw, i + 1) < 0) decoder.end();
    if (decoded.length === 0 || consumedBy <= 0) {
      out.push({ char: '&', at: base + i, end: base + i + 1 });
      i++;
      continue;
    }
    const end = base + i + consumedBy;
    for (const unit of String.fromCodePoint(...decoded)) {
      for (let k = 0; k < unit.length; k++) out.push({ char: unit[k]!, at: base + i, end });
    }
    i += consumedBy;
  }
  return out;
}
