// textlint over the benchmark's JSONL pairs, through its own API in one process: each
// record linted as a plain-text document (its English, a blank line, its Chinese) with the
// number-scanning rule of bench/textlint-rules/numbers.js. Prints the records and messages.
// node bench/textlint-jsonl.js corpus.jsonl
// The rule is a file, not a package, so it is given to textlint's kernel as its CLI's
// --rulesdir gives it (loadTextlintrc finds rules only as packages); @textlint/kernel and
// the text plugin come with textlint.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { TextlintKernelDescriptor } from '@textlint/kernel';
import textPlugin from '@textlint/textlint-plugin-text';
import { createLinter } from 'textlint';
import numbers from './textlint-rules/numbers.js';

const descriptor = new TextlintKernelDescriptor({
  rules: [{ ruleId: 'numbers', rule: numbers }],
  plugins: [{ pluginId: 'text', plugin: textPlugin.default ?? textPlugin }],
  filterRules: [],
});
const linter = createLinter({ descriptor });
let records = 0;
let messages = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line === '') continue;
  const { id, en, zh } = JSON.parse(line);
  const result = await linter.lintText(`${en}\n\n${zh}\n`, `${id}.txt`);
  messages += result.messages.length;
  records++;
}
process.stdout.write(`${JSON.stringify({ records, messages })}\n`);
