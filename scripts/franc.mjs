// franc's `francAll` (franc 6.2.0, MIT, by Titus Wormer), what the bundle's franc.cjs is built
// from instead of the package's index.js: the same scripts, models and arithmetic, but no
// dictionary of trigrams made of strings. franc builds one for each of its 163 models when it
// is imported (about 49,000 trigrams cut out and set as keys), which took 20-25 ms of every
// cold start whose text has Latin script that is not plainly English. Here the models of a
// script are read, when first needed, into one table keyed by each trigram's three UTF-16 units
// (every model's trigrams are three units and a `|`; tests/segment/franc-bundle.test.ts holds
// each to that, and the answers to those of the package), without making a string.
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
// franc's own dependency, at the version franc (pinned) requires.
import { asTuples } from 'trigram-utils';

const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

const own = {}.hasOwnProperty;

/** Slots of a script's table: a power of two above the trigrams of the largest script (some 38,000). */
const SLOTS = 1 << 16;
const slotOf = (a, b, c) => (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c) & (SLOTS - 1);

/**
 * The trigrams of a script's models, each entry one trigram of one model with its rank, chained
 * by slot. No model holds a trigram twice (the test holds each to that), so a trigram has one
 * rank in each model that has it.
 */
class ScriptModels {
  constructor(script) {
    const languages = data[script];
    this.names = Object.keys(languages);
    const texts = this.names.map((name) => languages[name]);
    const size = texts.reduce((n, text) => n + (text.length + 1) / 4, 0);
    this.head = new Int32Array(SLOTS).fill(-1);
    this.next = new Int32Array(size);
    this.units = new Uint16Array(3 * size);
    this.model = new Uint16Array(size);
    this.rank = new Uint16Array(size);
    let entry = 0;
    texts.forEach((text, m) => {
      for (let r = 0; 4 * r < text.length; r++, entry++) {
        // No destructuring here nor below: this loop runs some 38,000 times, at first in the interpreter.
        const a = text.charCodeAt(4 * r);
        const b = text.charCodeAt(4 * r + 1);
        const c = text.charCodeAt(4 * r + 2);
        this.units[3 * entry] = a;
        this.units[3 * entry + 1] = b;
        this.units[3 * entry + 2] = c;
        this.model[entry] = m;
        this.rank[entry] = r;
        const slot = slotOf(a, b, c);
        this.next[entry] = this.head[slot];
        this.head[slot] = entry;
      }
    });
  }

  /** franc's distance of each model from the text's trigram tuples ([trigram, count], by count). */
  distances(trigrams) {
    const { names, head, next, units, model, rank } = this;
    const distance = new Array(names.length).fill(0);
    for (let t = 0; t < trigrams.length; t++) {
      const trigram = trigrams[t][0];
      const count = trigrams[t][1];
      for (let m = 0; m < names.length; m++) distance[m] += MAX_DIFFERENCE;
      const a = trigram.charCodeAt(0);
      const b = trigram.charCodeAt(1);
      const c = trigram.charCodeAt(2);
      for (let e = head[slotOf(a, b, c)]; e >= 0; e = next[e]) {
        if (units[3 * e] !== a || units[3 * e + 1] !== b || units[3 * e + 2] !== c) continue;
        const m = model[e];
        let difference = count - rank[e] - 1;
        if (difference < 0) difference = -difference;
        distance[m] += difference - MAX_DIFFERENCE;
      }
    }
    return distance;
  }
}

/** @type {Record<string, ScriptModels>} */
const scripts = {};

export function franc(value, options) {
  return francAll(value, options)[0][0];
}

export function francAll(value, options = {}) {
  const only = [...(options.whitelist || []), ...(options.only || [])];
  const ignore = [...(options.blacklist || []), ...(options.ignore || [])];
  const minLength = options.minLength !== null && options.minLength !== undefined ? options.minLength : MIN_LENGTH;
  if (!value || value.length < minLength) return und();
  value = value.slice(0, MAX_LENGTH);
  const script = getTopScript(value, expressions);
  if (!script[0] || !own.call(data, script[0])) {
    if (!script[0] || script[1] === 0 || !allow(script[0], only, ignore)) return und();
    return singleLanguageTuples(script[0]);
  }
  return normalize(value, getDistances(asTuples(value), (scripts[script[0]] ??= new ScriptModels(script[0])), only, ignore));
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
