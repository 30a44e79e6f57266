import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { SparseSource, type SourceText } from '../report/excerpt.js';
import { materialize, type ListedFileReport } from '../report/listed.js';
import type { FileReport } from '../report/schema.js';
import { VERSION } from '../version.js';
import { describe } from './discover.js';

/** The cache file `--cache` uses when `--cache-location` names none: in the working directory, as ESLint's `.eslintcache`. */
export const DEFAULT_CACHE_NAME = '.zhenlintcache';
/** Raised when the file's shape changes, so that an old file is read as no cache rather than misread. */
const CACHE_FORMAT = 1;

interface CacheEntry {
  /** Content, settings and zhenlint version, hashed together (cacheKey). */
  key: string;
  file: FileReport;
  /** The decoded text, kept only when there are findings to show it beside. */
  text?: string;
  /** Of a file streamed article by article, the source kept around its findings, and the text's length. */
  excerpts?: { pieces: [number, string][]; length: number };
}

interface CacheData {
  format: typeof CACHE_FORMAT;
  entries: Record<string, CacheEntry>;
}

/** `--cache-location`: a file, or a folder (one that exists, or a path ending in a slash) to hold `.zhenlintcache`. */
export function cacheFile(location: string | undefined): string {
  if (location === undefined) return resolve(DEFAULT_CACHE_NAME);
  const folder = /[\\/]$/.test(location) || (existsSync(location) && statSync(location).isDirectory());
  return resolve(folder ? join(location, DEFAULT_CACHE_NAME) : location);
}

/** A hash from node:crypto, loaded when `--cache` first needs it rather than at every start-up. */
const sha256 = () => process.getBuiltinModule('node:crypto').createHash('sha256');

/** A file's cache key: its bytes, the settings that decide its report (as JSON) and the zhenlint version. */
export function cacheKey(settings: string, content: Uint8Array): string {
  return sha256().update(`${VERSION}\0${settings}\0`).update(content).digest('hex');
}

/** The same key, for a file read as a stream (a large JATS or PubMed file, never held whole). */
export async function cacheKeyOfFile(settings: string, path: string): Promise<string | undefined> {
  const hash = sha256().update(`${VERSION}\0${settings}\0`);
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

function isCacheData(data: unknown): data is CacheData {
  if (data === null || typeof data !== 'object') return false;
  const { format, entries } = data as Partial<CacheData>;
  return format === CACHE_FORMAT && entries !== null && typeof entries === 'object' && !Array.isArray(entries);
}

/**
 * The reports of files already linted (`--cache`), by absolute path: a file whose bytes,
 * settings and zhenlint version hash to the stored key is not linted again. A cache that
 * cannot be read is said and started afresh; one that cannot be written is said and the
 * run goes on: the cache never changes a run's result.
 */
export class LintCache {
  private readonly touched = new Set<string>();
  private changed = false;

  private constructor(
    readonly path: string,
    private readonly entries: Record<string, CacheEntry>,
    private readonly say: (message: string) => void,
  ) {}

  static async open(path: string, say: (message: string) => void): Promise<LintCache> {
    const shown = relative(process.cwd(), path) || path;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // No cache yet (its folder may not exist yet either): nothing to say.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') say(`cannot read the cache ${shown} (${describe(err)}); linting every file`);
      return new LintCache(path, {}, say);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (!isCacheData(data)) {
      say(`the cache ${shown} cannot be read as a zhenlint cache; linting every file and writing it anew`);
      return new LintCache(path, {}, say);
    }
    return new LintCache(path, data.entries, say);
  }

  /** The stored outcome of a file, when its key is the one stored. */
  get(path: string, key: string): { file: FileReport; text: SourceText; linted: true } | undefined {
    const abs = resolve(path);
    const entry = Object.hasOwn(this.entries, abs) ? this.entries[abs] : undefined;
    if (!entry || entry.key !== key) return undefined;
    this.touched.add(abs);
    const text: SourceText = entry.excerpts ? SparseSource.fromPieces(entry.excerpts.pieces, entry.excerpts.length) : (entry.text ?? '');
    return { file: entry.file, text, linted: true };
  }

  /** Keep a linted file's outcome; a skipped one (over its time budget, unreadable markup) is linted again next time. */
  set(path: string, key: string, outcome: { file: ListedFileReport; text: SourceText; linted: boolean }): void {
    if (!outcome.linted) return;
    const abs = resolve(path);
    this.touched.add(abs);
    const { text } = outcome;
    const shown = outcome.file.diagnostics.length > 0;
    const kept = !shown ? {} : typeof text === 'string' ? (text ? { text } : {}) : text instanceof SparseSource ? { excerpts: { pieces: text.pieces(), length: text.length } } : {};
    this.entries[abs] = { key, file: materialize(outcome.file), ...kept };
    this.changed = true;
  }

  /** Write the cache (to a temporary file, then renamed over it, so that a reader never sees half a file); files that are gone are left out. */
  async save(): Promise<void> {
    for (const abs of Object.keys(this.entries)) {
      if (this.touched.has(abs) || existsSync(abs)) continue;
      delete this.entries[abs];
      this.changed = true;
    }
    if (!this.changed && existsSync(this.path)) return;
    const data: CacheData = { format: CACHE_FORMAT, entries: this.entries };
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      if (!existsSync(dirname(this.path))) await mkdir(dirname(this.path), { recursive: true });
      await writeFile(temporary, JSON.stringify(data), 'utf8');
      await rename(temporary, this.path);
    } catch (err) {
      await rm(temporary, { force: true }).catch(() => {});
      const shown = relative(process.cwd(), this.path) || this.path;
      this.say(`cannot write the cache ${shown} (${describe(err)}); the next run lints every file`);
    }
  }
}
