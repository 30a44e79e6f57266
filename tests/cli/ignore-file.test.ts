import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIgnoreFile } from '../../src/config/ignore-file.js';
import { runCli } from '../helpers/run-cli.js';
import { SEED_001, seedText, tempDir } from '../helpers/temp.js';

/** The files a compact report names, in order. */
const files = (r: { stdout: string }) => [...new Set(r.stdout.trimEnd().split('\n').filter(Boolean).map((l) => l.split(':')[0]))];

/** a.txt, drafts/d.txt, sub/keep.txt, sub/skip.txt and sub/deep/b.txt, each the 001 seed, and an ignore file. */
function project(ignore: string | undefined, name = '.zhenlintignore'): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'drafts'));
  mkdirSync(join(dir, 'sub', 'deep'), { recursive: true });
  for (const f of ['a.txt', 'drafts/d.txt', 'sub/keep.txt', 'sub/skip.txt', 'sub/deep/b.txt']) writeFileSync(join(dir, f), seedText(SEED_001));
  if (ignore !== undefined) writeFileSync(join(dir, name), ignore);
  return dir;
}

const GITIGNORE_LIKE = '# drafts are not checked\ndrafts/\nsub/*.txt\n!sub/keep.txt\n';

describe('.zhenlintignore', () => {
  it('is read like .gitignore from the working directory: comments, folders, `*` within a folder, `!` taking a file back', () => {
    const dir = project(GITIGNORE_LIKE);
    const r = runCli(['-f', 'compact', '.'], undefined, {}, dir);
    expect(files(r)).toEqual(['a.txt', 'sub/deep/b.txt', 'sub/keep.txt']);
    expect(r.stderr).toBe('');
    // Without it every file is linted.
    expect(files(runCli(['-f', 'compact', '.'], undefined, {}, project(undefined)))).toEqual(['a.txt', 'drafts/d.txt', 'sub/deep/b.txt', 'sub/keep.txt', 'sub/skip.txt']);
  });

  it('applies to globs and to files named on the command line, which are said to be ignored', () => {
    const dir = project(GITIGNORE_LIKE);
    expect(files(runCli(['-f', 'compact', 'sub/**/*.txt'], undefined, {}, dir))).toEqual(['sub/deep/b.txt', 'sub/keep.txt']);
    const named = runCli(['-f', 'compact', 'drafts/d.txt', 'sub/skip.txt', 'a.txt'], undefined, {}, dir);
    expect(files(named)).toEqual(['a.txt']);
    expect(named.stderr).toBe('zhenlint: drafts/d.txt is ignored by .zhenlintignore\nzhenlint: sub/skip.txt is ignored by .zhenlintignore\n');
    expect(named.code).toBe(1);
  });

  it('a folder whose every file is ignored is said and fails the run (exit 2), as with ignorePatterns', () => {
    const r = runCli(['-f', 'compact', 'drafts'], undefined, {}, project(GITIGNORE_LIKE));
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'zhenlint: every file found in drafts is ignored by .zhenlintignore\n']);
  });

  it('applies to --stdin-filename', () => {
    const r = runCli(['--stdin', '--stdin-filename', 'drafts/new.txt'], seedText(SEED_001), {}, project(GITIGNORE_LIKE));
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'zhenlint: drafts/new.txt is ignored by .zhenlintignore\n']);
  });

  it('adds to a config\'s ignorePatterns; each notice names what ignored the file', () => {
    const dir = project('a.txt\n');
    writeFileSync(join(dir, 'zhenlint.config.json'), '{ "ignorePatterns": ["sub/"] }');
    const r = runCli(['-f', 'compact', '.', 'a.txt', 'sub/keep.txt'], undefined, {}, dir);
    expect(files(r)).toEqual(['drafts/d.txt']);
    expect(r.stderr).toBe('zhenlint: a.txt is ignored by .zhenlintignore\nzhenlint: sub/keep.txt is ignored by ignorePatterns in its config\n');
    const none = runCli(['-f', 'compact', 'sub', 'a.txt'], undefined, {}, dir);
    expect(none.stderr).toBe('zhenlint: a.txt is ignored by .zhenlintignore\nzhenlint: every file found in sub, a.txt is ignored by ignorePatterns or .zhenlintignore\n');
  });

  it('--ignore-path reads another file instead, with patterns relative to its folder; a missing one is one line, exit 2', () => {
    const dir = project(GITIGNORE_LIKE);
    writeFileSync(join(dir, 'sub', 'lint-ignore'), 'deep/\n');
    expect(files(runCli(['-f', 'compact', '--ignore-path', 'sub/lint-ignore', '.'], undefined, {}, dir))).toEqual(['a.txt', 'drafts/d.txt', 'sub/keep.txt', 'sub/skip.txt']);
    const missing = runCli(['--ignore-path', 'nope', '.'], undefined, {}, dir);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', 'zhenlint: cannot read ignore file nope: no such file\n']);
  });

  it('--print-config says a file it ignores is ignored', () => {
    const dir = project(GITIGNORE_LIKE);
    const ignored = (path: string, ...more: string[]) => (JSON.parse(runCli(['--print-config', path, ...more], undefined, {}, dir).stdout) as { ignored: boolean }).ignored;
    expect([ignored('drafts/d.txt'), ignored('sub/skip.txt'), ignored('sub/keep.txt'), ignored('a.txt')]).toEqual([true, true, false, false]);
    writeFileSync(join(dir, 'other-ignore'), 'a.txt\n');
    expect([ignored('drafts/d.txt', '--ignore-path', 'other-ignore'), ignored('a.txt', '--ignore-path', 'other-ignore')]).toEqual([false, true]);
  });

  it('answers only for paths inside its folder, and for folders by `dir/` patterns', async () => {
    const dir = project('build/\n*.log\n');
    const file = (await readIgnoreFile(join(dir, '.zhenlintignore'), true))!;
    expect(file.ignores(join(dir, 'build'), true)).toBe(true);
    expect(file.ignores(join(dir, 'build'), false)).toBe(false);
    expect(file.ignores(join(dir, 'build', 'x.txt'))).toBe(true);
    expect(file.ignores(join(dir, 'a', 'b.log'))).toBe(true);
    expect(file.ignores(join(dir, '..', 'c.log'))).toBe(false);
    expect(await readIgnoreFile(join(dir, 'absent'), false)).toBeUndefined();
  });
});
