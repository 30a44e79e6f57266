import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError } from './errors.js';

/** Read from the working directory when present, as ESLint reads `.eslintignore`. */
export const IGNORE_FILE_NAME = '.zhenlintignore';

/** The ignore file a run reads: the one `--ignore-path` names, which must exist, or `.zhenlintignore` where there is one. */
export function ignoreFileOf(ignorePath: string | undefined): { path: string; required: boolean } {
  return ignorePath !== undefined ? { path: ignorePath, required: true } : { path: IGNORE_FILE_NAME, required: false };
}

/** An ignore file read like `.gitignore`: patterns relative to its folder, `dir/` for folders, `!` to take a path back. */
export interface IgnoreFile {
  /** The file as the messages name it (relative to the working directory). */
  shown: string;
  /** Whether it ignores a path (relative to the working directory or absolute); a folder is asked with `isDir`. */
  ignores(path: string, isDir?: boolean): boolean;
}

/**
 * Read an ignore file. A missing file is no file when `required` is false (the default
 * `.zhenlintignore`); one named with `--ignore-path` must exist.
 */
export async function readIgnoreFile(file: string, required: boolean): Promise<IgnoreFile | undefined> {
  const shown = relative(process.cwd(), resolve(file)) || file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return undefined;
    throw new ConfigError(`cannot read ignore file ${shown}: ${code === 'ENOENT' ? 'no such file' : (code ?? (err as Error).message)}`);
  }
  // Loaded only when there is an ignore file to read.
  const { default: ignore } = await import('ignore');
  const matcher = ignore().add(text);
  const base = dirname(resolve(file));
  return {
    shown,
    ignores(path, isDir = false) {
      const rel = relative(base, resolve(path));
      // Paths outside the file's folder are none of its business (the library refuses them).
      if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return false;
      const posix = rel.split(sep).join('/');
      return matcher.ignores(isDir ? `${posix}/` : posix);
    },
  };
}
