import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../src/runner/discover.js';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhenlint-inputs-'));
  for (const f of ['a.txt', 'b.MD', 'notes.json', 'sub/c.markdown', 'sub/deep/d.text', 'node_modules/x/e.txt', '.git/f.txt', 'drafts/g.txt']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'text');
  }
  return dir;
}

describe('expandPaths', () => {
  it('walks directories for text files, skipping node_modules and .git', async () => {
    const dir = tree();
    const files = (await expandPaths([dir])).map((f) => f.slice(dir.length + 1));
    expect(files).toEqual(['a.txt', 'b.MD', 'drafts/g.txt', 'sub/c.markdown', 'sub/deep/d.text']);
  });

  it('skips ignore patterns in directories and globs', async () => {
    const dir = tree();
    const walked = (await expandPaths([dir], ['drafts/**'])).map((f) => f.slice(dir.length + 1));
    expect(walked).toEqual(['a.txt', 'b.MD', 'sub/c.markdown', 'sub/deep/d.text']);
    const globbed = (await expandPaths([`${dir}/**/*.txt`], ['drafts/**'])).map((f) => f.slice(dir.length + 1));
    expect(globbed).toEqual(['a.txt']);
  });

  it('keeps a file named explicitly whatever its extension', async () => {
    const dir = tree();
    expect(await expandPaths([join(dir, 'notes.json')])).toEqual([join(dir, 'notes.json')]);
  });
});
