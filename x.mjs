import { readFileSync, readdirSync } from 'node:fs';
import { segment } from './dist/src/segment/index.js';
import { extractPassage } from './dist/src/extract/index.js';
const files = process.argv[2] ? [process.argv[2]] : readdirSync('seeds').map((f) => 'seeds/' + f);
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const { blocks, passages } = segment(text);
  console.log('=====', f);
  for (const b of blocks) if (b.dropped) console.log('  drop', b.dropped, '|', b.text.slice(0, 50));
  for (const p of passages) {
    console.log(' P', p.id, p.lang, p.sentences.length, '|', p.text.slice(0, 60));
    const { claims, anchors } = extractPassage(p, text);
    console.log('   claims:', claims.map((c) => `${c.kind}:${c.text}${c.unit ? '[' + c.unit + ']' : ''}${c.beside ? '*' : ''}${c.comparator ?? ''}`).join('  '));
    console.log('   anchors:', anchors.map((a) => a.text).join('  '));
  }
}
