// franc's `francAll` (franc 6.2.0, MIT, by Titus Wormer), what the bundle's franc.cjs is built
// from instead of the package's index.js: the same scripts, models and arithmetic, but its
// models read from tables the build made (scripts/franc-models.mjs) instead of a dictionary of
// strings for each. franc builds those when it is imported (some 49,000 trigrams cut out and set
// as keys), which took 20-25 ms of every cold start whose text has Latin script that is not
// plainly English. tests/segment/franc-bundle.test.ts holds its answers to the package's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expressions } from 'franc/expressions.js';
// franc's own dependency, at the version franc (pinned) requires.
import { asTuples } from 'trigram-utils';
import { slotOf } from './franc-models.mjs';

const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

const own = {}.hasOwnProperty;

/** One script's models, as scripts/franc-models.mjs tables them. */
class ScriptModels {
  constructor({ names, slots }, start, units, model, rank) {
    Object.assign(this, { names, slots, start, units, model, rank });
  }

  /** franc's distance of each model from the text's trigram tuples ([trigram, count], by count). */
  distances(trigrams) {
    const { names, slots, start, units, model, rank } = this;
    const distance = new Array(names.length).fill(0);
    for (let t = 0; t < trigrams.length; t++) {
      const trigram = trigrams[t][0];
      const count = trigrams[t][1];
      for (let m = 0; m < names.length; m++) distance[m] += MAX_DIFFERENCE;
      const a = trigram.charCodeAt(0);
      const b = trigram.charCodeAt(1);
      const c = trigram.charCodeAt(2);
      const slot = slotOf(a, b, c, slots);
      // A model holds a trigram once: each entry found is the rank of one model.
      for (let e = start[slot]; e < start[slot + 1]; e++) {
        if (units[3 * e] !== a || units[3 * e + 1] !== b || units[3 * e + 2] !== c) continue;
        let difference = count - rank[e] - 1;
        if (difference < 0) difference = -difference;
        distance[model[e]] += difference - MAX_DIFFERENCE;
      }
    }
    return distance;
  }
}

/** The models of every script from the file scripts/franc-models.mjs makes, the arrays read in place. */
export function readModels(bytes) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const length = new Uint32Array(buffer, 0, 1)[0];
  const header = JSON.parse(Buffer.from(buffer, 4, length).toString());
  let at = 4 + length;
  const next = (Type, n) => {
    at += (4 - (at % 4)) % 4;
    const array = new Type(buffer, at, n);
    at += array.byteLength;
    return array;
  };
  const models = {};
  for (const [script, table] of Object.entries(header)) {
    models[script] = new ScriptModels(table, next(Int32Array, table.slots + 1), next(Uint16Array, 3 * table.entries), next(Uint16Array, table.entries), next(Uint16Array, table.entries));
  }
  return models;
}

/** franc's francAll over the given models. */
export function francAllOver(models) {
  return (value, options = {}) => {
    const only = [...(options.whitelist || []), ...(options.only || [])];
    const ignore = [...(options.blacklist || []), ...(options.ignore || [])];
    const minLength = options.minLength !== null && options.minLength !== undefined ? options.minLength : MIN_LENGTH;
    if (!value || value.length < minLength) return und();
    value = value.slice(0, MAX_LENGTH);
    const script = getTopScript(value, expressions);
    if (!script[0] || !own.call(models, script[0])) {
      if (!script[0] || script[1] === 0 || !allow(script[0], only, ignore)) return und();
      return singleLanguageTuples(script[0]);
    }
    return normalize(value, getDistances(asTuples(value), models[script[0]], only, ignore));
  };
}

let bundled;
/** franc's francAll over the models kept beside the bundle's franc.cjs (which has `__dirname`). */
export function francAll(value, options) {
  bundled ??= francAllOver(readModels(readFileSync(join(__dirname, 'franc-models.bin'))));
  return bundled(value, options);
}

export function franc(value, options) {
  return francAll(value, options)[0][0];
}

function normalize(value, distances) {
  const min = distances[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  let index = -1;
  while (++index < distances.length) distances[index][1] = 1 - (distances[index][1] - min) / max || 0;
  return distances;
}

function getTopScript(value, scripts) {
  let topCount = -1;
  let topScript;
  for (const script in scripts) {
    if (own.call(scripts, script)) {
      const count = getOccurrence(value, scripts[script]);
      if (count > topCount) {
        topCount = count;
        topScript = script;
      }
    }
  }
  return [topScript, topCount];
}

function getOccurrence(value, expression) {
  const count = value.match(expression);
  return (count ? count.length : 0) / value.length || 0;
}

function getDistances(trigrams, models, only, ignore) {
  const all = models.distances(trigrams);
  const distances = [];
  models.names.forEach((language, m) => {
    if (allow(language, only, ignore)) distances.push([language, all[m]]);
  });
  return distances.length === 0 ? und() : distances.sort(sort);
}

function allow(language, only, ignore) {
  if (only.length === 0 && ignore.length === 0) return true;
  return (only.length === 0 || only.includes(language)) && !ignore.includes(language);
}

function und() {
  return singleLanguageTuples('und');
}

function singleLanguageTuples(language) {
  return [[language, 1]];
}

function sort(a, b) {
  return a[1] - b[1];
}
