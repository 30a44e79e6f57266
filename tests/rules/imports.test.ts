import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const RULES = join(ROOT, 'rules');
const IMPORT = /\b(?:from|import)\s*\(?\s*'([^']+)'/g;

/** The rules/ files each file of a folder imports, as paths from the repository root. */
function ruleImports(folder: string): [string, string][] {
  const out: [string, string][] = [];
  for (const name of readdirSync(join(ROOT, folder)).filter((n) => n.endsWith('.ts'))) {
    const file = join(ROOT, folder, name);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!spec!.startsWith('.')) continue;
      const target = relative(ROOT, join(dirname(file), spec!));
      if (target.startsWith('rules/') && !target.startsWith('rules/index.')) out.push([relative(ROOT, file), target]);
    }
  }
  return out;
}

describe('rules do not import other rules', () => {
  it('no file in rules/ but the index imports another rule', () => {
    expect(readdirSync(RULES).length).toBeGreaterThan(10);
    expect(ruleImports('rules').filter(([from]) => from !== 'rules/index.ts')).toEqual([]);
  });

  it('the index registers every rule file', () => {
    const registered = ruleImports('rules').filter(([from]) => from === 'rules/index.ts').map(([, to]) => to.replace(/\.js$/, '.ts'));
    const files = readdirSync(RULES).filter((n) => n.endsWith('.ts') && n !== 'index.ts').map((n) => `rules/${n}`);
    expect(registered.sort()).toEqual(files.sort());
  });

  it('the constraint checks and the alignment import no rule', () => {
    expect([...ruleImports('src/constraints'), ...ruleImports('src/constraints/checks'), ...ruleImports('src/align')]).toEqual([]);
  });
});

describe('rules read the context of their scope', () => {
  it('no rule or rule helper asserts that the passage or the pair is there', () => {
    const files = [...readdirSync(RULES).map((n) => join(RULES, n)), join(ROOT, 'src/constraints/evaluation.ts')];
    const asserted = files.filter((f) => /ctx\.(?:passage|pair)!/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(asserted).toEqual([]);
  });
});
