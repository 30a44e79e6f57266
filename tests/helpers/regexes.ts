import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from './run-cli.js';

export interface RegexSite {
  file: string;
  line: number;
  endLine: number;
  /** Known for literals; for `new RegExp(…)` it is read at run time (see captureConstructed). */
  source?: string;
  flags?: string;
  kind: 'literal' | 'constructor';
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every source file of the linter: src/ and rules/. */
export function sourceFiles(): string[] {
  return [...tsFiles(join(ROOT, 'src')), ...tsFiles(join(ROOT, 'rules'))].sort();
}

/** Every regex literal and every `RegExp(…)` construction in the source, found by parsing it. */
export function regexSites(): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const path of sourceFiles()) {
    const file = relative(ROOT, path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        sites.push({ file, line: lineOf(node.getStart(sf)), endLine: lineOf(node.getEnd()), source: text.slice(1, slash), flags: text.slice(slash + 1), kind: 'literal' });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        sites.push({ file, line: lineOf(node.getStart(sf)), endLine: lineOf(node.getEnd()), kind: 'constructor' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}

export interface Constructed {
  source: string;
  flags: string;
  /** `src/extract/atoms.ts:72`, the first caller in src/ or rules/. */
  at?: { file: string; line: number };
}

/**
 * Record every `new RegExp(…)` made while `body` runs (module loading included),
 * with the source line that made it, so constructed patterns are checked as they are
 * really built, whatever they interpolate.
 */
export async function captureConstructed(body: () => Promise<void>): Promise<Constructed[]> {
  const Original = globalThis.RegExp;
  const seen: Constructed[] = [];
  const record = (args: unknown[]) => {
    const re = new Original(args[0] as string, args[1] as string | undefined);
    const frames = (new Error().stack ?? '').split('\n').slice(2);
    let at: Constructed['at'];
    for (const f of frames) {
      // Matched after the checkout's own path, which may itself contain `rules/` or `src/`.
      const m = f.includes(ROOT) ? /^((?:src|rules)\/[\w/.-]+\.ts):(\d+)/.exec(f.slice(f.indexOf(ROOT) + ROOT.length)) : null;
      if (m) {
        at = { file: m[1]!, line: Number(m[2]) };
        break;
      }
    }
    seen.push({ source: re.source, flags: re.flags, ...(at ? { at } : {}) });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    await body();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}
