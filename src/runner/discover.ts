import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { LINTED_EXTENSIONS } from '../input/index.js';

/** Extensions linted when a directory is given; a file named explicitly is linted whatever its name. */
const TEXT_EXTENSIONS = new RegExp(`\\.(?:${LINTED_EXTENSIONS.join('|')})$`, 'i');
const SKIP_DIRS = new Set(['node_modules', '.git']);

export function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many open files';
  return (err as Error).message.split('\n')[0]!;
}

/** A path that could not be read (one line, naming it), or one left out on purpose (`skipped`), which does not fail the run. */
export interface PathProblem {
  path: string;
  message: string;
  skipped?: boolean;
}

const cannotRead = (path: string, err: unknown): PathProblem => ({ path, message: `cannot read ${path}: ${describe(err)}` });

/** A config's ignorePatterns, asked while walking: an ignored folder is not entered, an ignored file not listed. */
export type IgnoreCheck = (path: string, isDir?: boolean) => Promise<boolean>;

interface Found {
  files: string[];
  /** Files found and left out by the ignore check. */
  ignored: string[];
}

async function walk(dir: string, out: Found, seen: Set<string>, problems: PathProblem[], ignores: IgnoreCheck, wants: IgnoreCheck): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push(cannotRead(dir, err));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const info = await stat(path);
        isDir = info.isDirectory();
        isFile = info.isFile();
      } catch (err) {
        // A dangling link to a picture is none of our business; a loop, or a text file we cannot reach, is.
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP' || TEXT_EXTENSIONS.test(e.name)) problems.push(cannotRead(path, err));
        continue;
      }
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || (await ignores(path, true))) continue;
      let real: string;
      try {
        real = await realpath(path);
      } catch (err) {
        problems.push(cannotRead(path, err));
        continue;
      }
      // A link back to a folder already walked would loop for ever.
      if (seen.has(real)) {
        problems.push({ path, message: `skipped ${path}: symbolic link loop (leads back to ${real})`, skipped: true });
        continue;
      }
      seen.add(real);
      await walk(path, out, seen, problems, ignores, wants);
    } else if (isFile && (TEXT_EXTENSIONS.test(e.name) || (await wants(path)))) (await ignores(path) ? out.ignored : out.files).push(path);
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
  const found = await glob([`**/*.{${LINTED_EXTENSIONS.join(',')}}`], { cwd: dir, caseSensitiveMatch: false, ignore: [...ALWAYS_IGNORED, ...ignore], onlyFiles: true });
  return found.sort(byName).map((f) => join(dir, f));
}

/**
 * Expand the command-line paths into files, in a stable order: files as given,
 * directories recursively (their text, Markdown, XML, HTML and DOCX files), and globs.
 * `ignore` holds glob patterns (a config's ignorePatterns) that directories and globs
 * skip, relative to the directory searched (for a glob, its fixed leading part).
 * A path that cannot be read is named in `problems` and the others are still expanded.
 */
/**
 * `ignores` and `wants` ask the config that governs a path whether it ignores it, and
 * whether it lints its extension besides the built-in ones (`extensions`).
 */
export async function collectPaths(
  paths: string[],
  ignore: string[] = [],
  ignores: IgnoreCheck = async () => false,
  wants: IgnoreCheck = async () => false,
): Promise<Found & { problems: PathProblem[] }> {
  const found: Found = { files: [], ignored: [] };
  const problems: PathProblem[] = [];
  const sift = async (list: string[]) => {
    for (const f of list) (await ignores(f) ? found.ignored : found.files).push(f);
  };
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      if (GLOB_MAGIC.test(p)) {
        let matched: string[];
        try {
          matched = await expandGlob(p, ignore);
        } catch (globErr) {
          problems.push(cannotRead(p, globErr));
          continue;
        }
        if (matched.length === 0) problems.push({ path: p, message: `no files match ${p}` });
        await sift(matched);
        continue;
      }
      problems.push(cannotRead(p, err));
      continue;
    }
    if (info.isDirectory()) {
      if (ignore.length > 0) {
        try {
          await sift(await walkIgnoring(p, ignore));
        } catch (err) {
          problems.push(cannotRead(p, err));
        }
        continue;
      }
      const seen = new Set<string>();
      try {
        seen.add(await realpath(p));
      } catch (err) {
        problems.push(cannotRead(p, err));
        continue;
      }
      await walk(p, found, seen, problems, ignores, wants);
    } else await sift([p]);
  }
  return { ...found, problems };
}

/** Expand the command-line paths; the first path that cannot be read ends the run. */
export async function expandPaths(paths: string[], ignore: string[] = []): Promise<string[]> {
  const { files, problems } = await collectPaths(paths, ignore);
  if (problems.length > 0) throw new UsageError(problems[0]!.message);
  return files;
}

/** From this size a buffer is a mapping of its own (glibc's initial threshold is 128 KiB) that matters when freed. */
const INPUT_BUFFER_MAPPED = 1 << 20;

/**
 * A buffer for a whole input. glibc raises its mmap threshold to the size of any mapped
 * block freed under 32 MiB, and from then on serves every smaller allocation from a heap
 * it gives back only when twice that is free at its top: after a 20 MB document was read
 * and dropped, the run kept about 30 MiB more for good. A block of more than 32 MiB,
 * of which only `size` bytes are ever touched (and so resident), leaves the threshold alone.
 */
function inputBuffer(size: number): Buffer {
  return size < INPUT_BUFFER_MAPPED ? Buffer.allocUnsafeSlow(size) : Buffer.allocUnsafeSlow(Math.max(size, 32 * 2 ** 20 + 1)).subarray(0, size);
}

/** Chunks joined into one buffer (`Buffer.concat`), through `inputBuffer`. */
function joined(chunks: Buffer[], total: number): Buffer {
  if (chunks.length === 1) return chunks[0]!;
  const out = inputBuffer(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export type ReadResult = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'too-large'; size: number } | { kind: 'error'; message: string };

/** The file's bytes, unless it is over `maxBytes` (then it is not read at all). */
export async function readBytes(path: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // It was listed a moment ago: say that it went away rather than that it never was.
    const reason = code === 'ENOENT' ? 'it disappeared during the run' : describe(err);
    return { kind: 'error', message: `cannot read ${path}: ${reason}` };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { kind: 'error', message: `cannot read ${path}: is a directory` };
    if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
    // Read to the end rather than trusting the size: pipes and /proc files report 0. Into
    // one buffer of the size stated (and a byte more, to see the end): a large file read
    // in small copies left their memory with the process after they were joined.
    const chunks: Buffer[] = [];
    let total = 0;
    for (let size = info.size + 1; ; size = 1 << 16) {
      const buf = inputBuffer(size);
      let filled = 0;
      while (filled < size) {
        const { bytesRead } = await handle.read(buf, filled, size - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
        total += bytesRead;
        if (total > maxBytes) return { kind: 'too-large', size: total };
      }
      chunks.push(filled === size ? buf : buf.subarray(0, filled));
      if (filled < size) break;
    }
    return { kind: 'bytes', bytes: joined(chunks, total) };
  } catch (err) {
    return { kind: 'error', message: `cannot read ${path}: ${describe(err)}` };
  } finally {
    await handle.close().catch(() => {});
  }
}

/** The first `n` bytes of a file (fewer when it is shorter); empty when it cannot be read. */
export async function readHead(path: string, n: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buf = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } catch {
    return new Uint8Array();
  } finally {
    await handle?.close().catch(() => {});
  }
}

export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${describe(err)}`);
  }
}

export async function readStdinBytes(maxBytes: number, input: AsyncIterable<Buffer | string> = process.stdin): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > maxBytes) return { kind: 'too-large', size: total };
    chunks.push(bytes);
  }
  return { kind: 'bytes', bytes: joined(chunks, total) };
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
