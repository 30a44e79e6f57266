import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { HELP } from '../src/cli/args.js';
import { generateDocs, orphanRulePages, splice } from '../src/docs/generate.js';
import { parseHelpOptions } from '../src/docs/options-page.js';
import { ROOT } from './helpers/run-cli.js';

const generated = generateDocs(ROOT);

function onDisk(path: string): string | undefined {
  const full = join(ROOT, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

describe('generated docs', () => {
  it.each(generated.map((f) => [f.path, f] as const))('%s is up to date', (path, file) => {
    // A plain equality check, so the failure names the file and the fix rather than a 2,000-line diff.
    if (onDisk(path) !== file.content) expect.fail(`${path} is stale: run \`npm run docs\` and commit the result`);
  });

  it('leaves no page of a rule that no longer exists', () => {
    const orphans = orphanRulePages(ROOT, generated);
    if (orphans.length > 0) expect.fail(`${orphans.join(', ')} belong to no rule: run \`npm run docs\` and commit the result`);
  });

  it('are the same bytes on every run', () => {
    expect(generateDocs(ROOT)).toEqual(generated);
  });

  it('write one page per rule, each beside its rule file', () => {
    const pages = generated.map((f) => f.path).filter((p) => p.startsWith('docs/rules/'));
    expect(pages).toEqual(rules.map((r) => `docs/rules/${r.meta.id}.md`).sort());
    for (const r of rules) expect(existsSync(join(ROOT, 'rules', `${r.meta.id}.ts`))).toBe(true);
  });
});

describe('a rule page', () => {
  const page = generated.find((f) => f.path === 'docs/rules/percent-fraction.md')!.content;

  it('shows each reported example with the exact finding', () => {
    expect(page).toContain(
      '```text\nA total of 47.1% (17/36) of patients improved.\n```\n\n```\n1:19  error  percent-fraction  17/36 = 47.22%, which rounds to 47.2%, not the 47.1% written beside it.\n```',
    );
  });

  it('shows each silent example as silent', () => {
    expect(page).toContain('```text\n共有 47.1%(8/17)的患者改善。\n```\n\nNo finding.');
  });

  it('lists the options of the rule with their defaults', () => {
    expect(page).toContain('| `tolerance` | number | ≥ 0, ≤ 5 | `0` |');
    expect(page).toContain('{"rules":{"percent-fraction":["error",{"tolerance":0}]}}');
  });

  it('shows the text a fix gives', () => {
    const pvalue = generated.find((f) => f.path === 'docs/rules/pvalue-bounds.md')!.content;
    expect(pvalue).toContain('With `--fix`:\n\n```text\nThe difference was significant (P < 0.001).\n```');
  });
});

describe('the generated parts of the README', () => {
  it('are replaced between their markers only', () => {
    const readme = 'intro\n<!-- rules:start -->\nold\n<!-- rules:end -->\noutro\n';
    expect(splice(readme, 'rules', 'new')).toBe('intro\n<!-- rules:start -->\nnew\n<!-- rules:end -->\noutro\n');
  });

  it('need both markers', () => {
    expect(() => splice('no markers', 'rules', 'new')).toThrow('README.md needs the markers <!-- rules:start --> and <!-- rules:end -->, in that order');
  });

  it('include the stylish output of the 001 seed', () => {
    const readme = generated.find((f) => f.path === 'README.md')!.content;
    expect(readme).toContain('<!-- tour:start -->\n```\nseeds/001_b2d88acf0b6bdb1d.txt\n  5:215  warning  17/36 counts out of 36');
    expect(readme).toContain('✖ 3 problems (2 errors, 1 warning)\n  1 error potentially fixable with the `--fix` option.\n```\n<!-- tour:end -->');
  });
});

describe('the option table', () => {
  it('reads every option of the help, with meanings that span lines joined', () => {
    const options = parseHelpOptions(HELP);
    expect(options.find((o) => o.flags === '--report-unused-disable-directives')).toEqual({
      flags: '--report-unused-disable-directives',
      meaning: 'report zhenlint-disable comments that silence nothing',
    });
    expect(options.find((o) => o.flags === '-f, --format <name>')).toEqual({
      flags: '-f, --format <name>',
      meaning: 'stylish (default), json, jsonl (one line per record), sarif, github, junit, compact or html (a review page: both versions side by side, numbers marked)',
    });
    // Every long option the help names appears in the table.
    const named = [...HELP.matchAll(/^ {2,6}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]);
    expect(options.map((o) => o.flags.match(/--[\w-]+/)![0])).toEqual(named);
  });
});

describe('the architecture page', () => {
  const page = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const folders = (dir: string) =>
    readdirSync(join(ROOT, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !['node_modules', 'dist'].includes(e.name))
      .map((e) => e.name);

  it('lists every top-level folder and every folder of src/ in the layout', () => {
    const layout = page.slice(page.indexOf('## Repository layout'), page.indexOf('## Dependencies'));
    const missing = [...folders('.').map((f) => `${f}/`), ...folders('src').map((f) => `  ${f}/`)].filter((f) => !layout.includes(`\n${f} `));
    expect(missing).toEqual([]);
  });

  it('says why each dependency of package.json is there', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const deps = page.slice(page.indexOf('## Dependencies'));
    const names = [...Object.keys(pkg.dependencies!), ...Object.keys(pkg.devDependencies!)];
    expect(names.filter((n) => !deps.includes(`\`${n}\``))).toEqual([]);
  });
});

describe('links between the pages', () => {
  const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`), ...generated.map((f) => f.path)];
  // Code blocks are quoted text: neither links nor headings.
  const prose = (page: string) => readFileSync(join(ROOT, page), 'utf8').replace(/```[^`]*```/g, '');
  /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
  const anchors = (page: string) =>
    new Set([...prose(page).matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replaceAll(' ', '-')));

  it.each([...new Set(pages)])('%s links only to files and headings that exist', (page) => {
    const broken = [...prose(page).matchAll(/\]\(([^)#\s]*)(?:#([^)\s]*))?\)/g)]
      .filter((m) => !/^[a-z]+:/.test(m[1]!))
      .filter((m) => {
        const target = m[1] ? join(dirname(page), m[1]) : page;
        if (!existsSync(join(ROOT, target))) return true;
        return m[2] !== undefined && target.endsWith('.md') && !anchors(target).has(m[2]);
      })
      .map((m) => `${m[1]}${m[2] === undefined ? '' : `#${m[2]}`}`);
    expect(broken).toEqual([]);
  });
});
