// franc's trigram models (franc 6.2.0) as the tables scripts/franc.mjs reads, made when the bundle
// is built and kept beside franc.cjs as franc-models.bin: a run reads the tables with one read of
// a file, where franc cuts some 49,000 trigrams out of its models' text and sets each as the key
// of a dictionary when it is imported.
import { data } from 'franc/data.js';

/** Where a trigram's entries start: its three UTF-16 units mixed, to a slot of a power-of-two table. */
export function slotOf(a, b, c, slots) {
  return (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c) & (slots - 1);
}

/**
 * One script's models as a table: its entries (a trigram's units, its model's index in franc's
 * order, its rank in that model) sorted by slot, and where each slot's entries start. Every
 * model's trigrams are three units and a `|`, each once (tests/segment/franc-bundle.test.ts).
 */
function table(languages) {
  const names = Object.keys(languages);
  const entries = names.flatMap((name, model) => languages[name].split('|').map((trigram, rank) => ({ trigram, model, rank })));
  if (entries.length > 0xffff || entries.some((e) => e.trigram.length !== 3)) throw new Error('a franc model that the tables of scripts/franc-models.mjs cannot hold');
  let slots = 1;
  while (slots < entries.length) slots *= 2;
  const slot = (e) => slotOf(e.trigram.charCodeAt(0), e.trigram.charCodeAt(1), e.trigram.charCodeAt(2), slots);
  entries.sort((x, y) => slot(x) - slot(y));
  const start = new Int32Array(slots + 1);
  for (const e of entries) start[slot(e) + 1]++;
  for (let s = 0; s < slots; s++) start[s + 1] += start[s];
  const units = new Uint16Array(3 * entries.length);
  entries.forEach((e, i) => {
    for (let k = 0; k < 3; k++) units[3 * i + k] = e.trigram.charCodeAt(k);
  });
  return { names, start, units, model: Uint16Array.from(entries, (e) => e.model), rank: Uint16Array.from(entries, (e) => e.rank) };
}

/**
 * Every script's table in one file: a header (its length, then JSON: each script's model names
 * and the lengths of its arrays), then the arrays, each at a multiple of four bytes.
 */
export function modelsFile() {
  const header = {};
  const arrays = [];
  for (const [script, languages] of Object.entries(data)) {
    const { names, start, units, model, rank } = table(languages);
    header[script] = { names, slots: start.length - 1, entries: model.length };
    arrays.push(start, units, model, rank);
  }
  const json = Buffer.from(JSON.stringify(header));
  const parts = [Buffer.from(Uint32Array.of(json.length).buffer), json];
  let length = 4 + json.length;
  for (const array of [null, ...arrays]) {
    const pad = (4 - (length % 4)) % 4;
    parts.push(Buffer.alloc(pad));
    length += pad;
    if (array) {
      parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
      length += array.byteLength;
    }
  }
  return Buffer.concat(parts);
}
