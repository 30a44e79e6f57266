// The trivial bound: the least a checker of numbers in JSONL pairs could do. It reads the
// JSONL, splits each side into sentences with one regex and finds numbers with another,
// and prints how many of each it found. node bench/trivial-bound.js corpus.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const SENTENCE_END = /(?<=[.!?。！？])\s*/;
const NUMBER = /\d+(?:[.,]\d+)*/g;

let records = 0;
let sentences = 0;
let numbers = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line === '') continue;
  const { en, zh } = JSON.parse(line);
  for (const side of [en, zh]) {
    for (const sentence of side.split(SENTENCE_END)) {
      sentences++;
      numbers += sentence.match(NUMBER)?.length ?? 0;
    }
  }
  records++;
}
process.stdout.write(`${JSON.stringify({ records, sentences, numbers })}\n`);
