import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from './errors.js';

/** Extensions linted when a directory is given; a file named explicitly is linted whatever its name. */
const TEXT_EXTENSIONS = /\.(?:txt|text|md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (err as Error).message;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(path, out);
    } else if (e.isFile() && TEXT_EXTENSIONS.test(e.name)) out.push(path);
  }
}

const GLOB_MAGIC = /[*?[\]{}]/;
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A glob's fixed leading directories and the rest: `corpus/2024/**\/*.txt` → `corpus/2024` and `**\/*.txt`. */
function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  const firstMagic = parts.findIndex((p) => GLOB_MAGIC.test(p));
  const base = parts.slice(0, firstMagic).join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base, rest: parts.slice(firstMagic).join('/') };
}

/**
 * Files matching a glob (quoted on the command line, so expanded here). It is
 * searched from its fixed leading directories, which the ignore patterns are
 * relative to, as they are to a directory given as a path.
 */
async function expandGlob(pattern: string, ignore: string[]): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const { base, rest } = splitGlob(pattern);
  const found = await glob([rest], { cwd: base, ignore: [...ALWAYS_IGNORED, ...ignore], onlyFiles: true, expandDirectories: false });
  return found.sort(byName).map((f) => join(base, f));
}

/** The text files under a directory when ignore patterns (relative to it) apply. */
async function walkIgnoring(dir: string, ignore: string[]): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = await glob(['**/*.{txt,text,md,markdown}'], { cwd: dir, caseSensitiveMatch: false, ignore: [...ALWAYS_IGNORED, ...ignore], onlyFiles: true });
  return found.sort(byName).map((f) => join(dir, f));
}

/**
 * Expand the command-line paths into files, in a stable order: files as given,
 * directories recursively (their .txt, .text, .md and .markdown files), and globs.
 * `ignore` holds glob patterns (a config's ignorePatterns) that directories and globs
 * skip, relative to the directory searched (for a glob, its fixed leading part).
 */
export async function expandPaths(paths: string[], ignore: string[] = []): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      if (GLOB_MAGIC.test(p)) {
        const matched = await expandGlob(p, ignore);
        if (matched.length === 0) throw new UsageError(`no files match ${p}`);
        files.push(...matched);
        continue;
      }
      throw new UsageError(`cannot read ${p}: ${describe(err)}`);
    }
    if (info.isDirectory()) {
      try {
        if (ignore.length > 0) files.push(...(await walkIgnoring(p, ignore)));
        else await walk(p, files);
      } catch (err) {
        throw new UsageError(`cannot read ${p}: ${describe(err)}`);
      }
    } else files.push(p);
  }
  return files;
}

export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${describe(err)}`);
  }
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
