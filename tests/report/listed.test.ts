import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/report/json.js';
import { concatListed, materialize, PackedList } from '../../src/report/listed.js';
import type { JsonDiagnostic } from '../../src/report/schema.js';

const packed = <T>(items: T[], transform?: (item: T) => T) => {
  const list = new PackedList<T>(transform);
  for (const item of items) list.push(item);
  return list;
};

describe('a packed list', () => {
  it('gives back its items as they were pushed, line ends, lone surrogates and all, past the size of a chunk', () => {
    const items = Array.from({ length: 600 }, (_, k) => ({ k, text: k % 3 ? `a\nb\u2028${k}` : '\ud800 47.1%（8/17）', nested: { list: [k, null, true] } }));
    const list = packed(items);
    expect(list.length).toBe(600);
    expect([...list]).toEqual(items);
    expect([...list.json()]).toEqual(items.map((i) => JSON.stringify(i)));
    expect(JSON.stringify(list)).toBe(JSON.stringify(items));
  });

  it('reads its items through a transform, and two lists one after the other', () => {
    const list = packed([{ id: 'u1.p1' }, { id: 'u1.p2' }]).withTransform((p) => ({ id: p.id.slice(3) }));
    expect([...list]).toEqual([{ id: 'p1' }, { id: 'p2' }]);
    expect([...list.json()]).toEqual(['{"id":"p1"}', '{"id":"p2"}']);
    const both = concatListed([{ id: 'x' }], list);
    expect([both.length, [...both]]).toEqual([3, [{ id: 'x' }, { id: 'p1' }, { id: 'p2' }]]);
  });

  it('materializes a file report with packed lists into one with arrays, its keys in order', () => {
    const d = { ruleId: 'r', severity: 'error', message: 'm', lang: 'en', text: '8/17', offset: 1, length: 4, line: 1, column: 2, endLine: 1, endColumn: 6, related: [] } as JsonDiagnostic;
    const file = materialize({ path: 'a.xml', encoding: 'utf-8', format: 'pubmed', units: packed([]), passages: [], pairs: packed([{ en: 'p1', zh: 'p2', score: 1 }]), diagnostics: packed([d]) });
    expect(JSON.stringify(file)).toBe(
      JSON.stringify({ path: 'a.xml', encoding: 'utf-8', format: 'pubmed', units: [], passages: [], pairs: [{ en: 'p1', zh: 'p2', score: 1 }], diagnostics: [d] }),
    );
    expect(Array.isArray(file.diagnostics)).toBe(true);
  });
});

describe('JSON written in pieces', () => {
  it('is JSON.stringify of the same value, indented or compact', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonChunks(value, 2)].join('')).toBe(JSON.stringify(value, null, 2));
        expect([...jsonChunks(value, 0)].join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('writes a packed list as the array of its items, at any depth, and leaves out what JSON.stringify leaves out', () => {
    const items = [{ a: 1, b: [1, 2], c: '\n' }, { a: 2, b: [], c: '' }];
    const value = { files: [{ path: 'x', gone: undefined, list: packed(items), empty: packed([]) }], f: () => 1, arr: [undefined, () => 1] };
    const plain = { files: [{ path: 'x', list: items, empty: [] }], arr: [null, null] };
    expect([...jsonChunks(value, 2)].join('')).toBe(JSON.stringify(plain, null, 2));
    expect([...jsonChunks(value, 0)].join('')).toBe(JSON.stringify(plain));
  });
});
