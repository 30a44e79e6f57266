import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../rules/index.js';
import { FORMATS, HELP } from '../cli/args.js';
import type { Rule } from '../rule.js';
import { optionsPage } from './options-page.js';
import { rulePage, ruleTable } from './rule-page.js';
import { tour } from './tour.js';

export const RULE_DOCS_DIR = 'docs/rules';

/** A file the generator owns: its path from the repository root, and its whole text. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->` replaced; the markers stay. */
export function splice(readme: string, name: string, text: string): string {
  const [startMark, endMark] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const start = readme.indexOf(startMark);
  const end = readme.indexOf(endMark);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${startMark} and ${endMark}, in that order`);
  return `${readme.slice(0, start + startMark.length)}\n${text}\n${readme.slice(end)}`;
}

/**
 * Every generated file, computed from the rules, the CLI's help, the tour's seed and the
 * README under `root`; sorted by path, no dates, so two runs on one tree give the same bytes.
 */
export function generateDocs(root: string, all: readonly Rule[] = rules): GeneratedFile[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const files: GeneratedFile[] = [
    { path: 'README.md', content: splice(splice(readme, 'tour', tour(root)), 'rules', ruleTable(all)) },
    { path: 'docs/options.md', content: optionsPage(HELP, FORMATS) },
    ...all.map((rule) => ({ path: `${RULE_DOCS_DIR}/${rule.meta.id}.md`, content: rulePage(rule, all) })),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Rule pages on disk that no rule generates any more (a rule renamed or removed). */
export function orphanRulePages(root: string, generated: readonly GeneratedFile[]): string[] {
  const wanted = new Set(generated.map((f) => f.path));
  let names: string[];
  try {
    names = readdirSync(join(root, RULE_DOCS_DIR));
  } catch {
    return [];
  }
  return names.map((n) => `${RULE_DOCS_DIR}/${n}`).filter((p) => p.endsWith('.md') && !wanted.has(p)).sort();
}

/** Write every generated file under `root` and remove orphaned rule pages; says what it did, a line a file. */
export function writeDocs(root: string): string[] {
  const generated = generateDocs(root);
  const changed: string[] = [];
  for (const file of generated) {
    const path = join(root, file.path);
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === file.content) continue;
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file.content);
    changed.push(`wrote ${file.path}`);
  }
  for (const orphan of orphanRulePages(root, generated)) {
    rmSync(join(root, orphan));
    changed.push(`removed ${orphan}`);
  }
  return changed;
}
