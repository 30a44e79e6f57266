import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireWithCodeCache } from '../../src/cli/code-cache.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir();

describe('requireWithCodeCache', () => {
  // An ASCII file is taken byte for byte rather than decoded; any other is read as UTF-8.
  it.each([
    ['ASCII', 'exports.text = "\\u6B21 \\u2013 10\\u2030"; exports.pattern = /\\uFF5E/.test("1\\uFF5E3");', 'ascii.cjs'],
    ['UTF-8', 'exports.text = "次 – 10‰"; exports.pattern = /～/.test("1～3");', 'utf8.cjs'],
  ])('loads a file in %s with the text and patterns it spells', (_, source, name) => {
    const file = join(dir, name);
    writeFileSync(file, source);
    const loaded = requireWithCodeCache(file);
    expect(loaded.cache).toBe('none');
    expect(loaded.exports).toEqual({ text: '次 – 10‰', pattern: true });
  });
});
