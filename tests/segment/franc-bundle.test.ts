import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll as packageFrancAll } from 'franc';
import { data } from 'franc/data.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script's module, plain JavaScript
import { francAllOver, readModels } from '../../scripts/franc.mjs';
// @ts-expect-error: a build script's module, plain JavaScript
import { modelsFile } from '../../scripts/franc-models.mjs';

/** What franc.cjs answers: over the tables the build keeps in franc-models.bin. */
const francAll = francAllOver(readModels(modelsFile())) as typeof packageFrancAll;

const SEEDS = join(import.meta.dirname, '../../seeds');

/** Every line and paragraph of the seeds, and texts of each script franc models, of every length around its minimum. */
function texts(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(SEEDS)) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    for (const block of [...text.split(/\n\s*\n/), ...text.split('\n')]) if (block.trim() !== '') out.push(block.slice(0, 2500));
  }
  out.push(
    'Dies ist ein deutscher Satz über Hunde und Katzen, die im Garten spielen.',
    'Ceci est une phrase française sur les chiens et les chats du jardin.',
    'Это предложение на русском языке о собаках и кошках в саду.',
    'هذه جملة باللغة العربية عن الكلاب والقطط في الحديقة.',
    'यह बगीचे में कुत्तों और बिल्लियों के बारे में हिंदी में एक वाक्य है।',
    'זה משפט בעברית על כלבים וחתולים בגינה.',
    'これは庭の犬と猫についての日本語の文です。',
    // A trigram holding a `|` is found in no model, not across two of them.
    'a|b c|d e|f the|and ion|tio of |the and|ent',
    'Copyright © 2019 Elsevier Ltd. All rights reserved.',
    '', 'short', '12345 67890 !!!', 'x'.repeat(3000),
  );
  return out;
}

describe("the bundle's franc (scripts/franc.mjs, over the tables of scripts/franc-models.mjs)", () => {
  it("answers as franc's own francAll, scores and order", () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(100);
    for (const text of all) {
      for (const options of [{ minLength: 20 }, {}, { only: ['eng', 'fra', 'sco'] }, { ignore: ['eng'] }]) {
        expect(francAll(text, options)).toEqual(packageFrancAll(text, options));
      }
    }
  });

  it('reads models whose trigrams are three UTF-16 units each, as it reads them by position, and each once, as it keeps one rank', () => {
    for (const languages of Object.values(data)) {
      for (const model of Object.values(languages)) {
        const trigrams = model.split('|');
        expect(trigrams.every((t) => t.length === 3)).toBe(true);
        expect(new Set(trigrams).size).toBe(trigrams.length);
      }
    }
  });
});
