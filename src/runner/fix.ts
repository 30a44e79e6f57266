import { readFile, writeFile } from 'node:fs/promises';
import { applyFixes } from '../fix.js';
import { ENCODING_LABEL, type EncodingName } from '../encoding/decode.js';
import type { FileReport } from '../report/schema.js';
import type { Fix } from '../types.js';

export interface FixOutcome {
  /** The fixed text, when there was anything to fix and it may be used. */
  text?: string;
  /** The fixes that make `text`, in text order, none overlapping: an editor applies them as one edit. */
  fixes?: Fix[];
  /** Why the file was left as it was, for a warning on stderr. */
  refused?: string;
}

/** The fixes of one linted file; a file whose fixes overlap is not fixed at all. */
export function planFix(file: FileReport, source: string): FixOutcome {
  if (!file.diagnostics.some((d) => d.fix)) return {};
  const result = applyFixes(source, file.diagnostics);
  if (result.skipped.length > 0) return { refused: `not fixing ${file.path}: ${result.skipped.length} of its fixes overlap others` };
  return result.text === source ? {} : { text: result.text, fixes: result.applied };
}

/**
 * Why a file read from disk cannot take its fixes, or undefined when it can. Only UTF-8
 * is written back (a BOM kept as it was): rewriting another encoding, or bytes that
 * could not be decoded, would change more than the fixes. --fix-dry-run asks the same,
 * so that it never shows a diff that --fix would not apply (nor `patch` could, on bytes
 * in another encoding).
 */
export function fixRefusal(path: string, encoding: EncodingName, invalidBytes: boolean): string | undefined {
  if (encoding !== 'utf-8' && encoding !== 'utf-8-bom') return `not fixing ${path}: it is ${ENCODING_LABEL[encoding]}, and fixes are written to UTF-8 files only`;
  if (invalidBytes) return `not fixing ${path}: it has bytes that are not UTF-8, which writing it would replace`;
  return undefined;
}

/** Write the fixed text unless the file cannot take it (see fixRefusal) or changed on disk since it was read. */
export async function writeFix(path: string, source: string, fixed: string, encoding: EncodingName = 'utf-8', invalidBytes = false): Promise<string | undefined> {
  const refused = fixRefusal(path, encoding, invalidBytes);
  if (refused) return refused;
  const bom = encoding === 'utf-8-bom' ? '\uFEFF' : '';
  let now: string;
  try {
    now = await readFile(path, 'utf8');
  } catch {
    return `not fixing ${path}: it can no longer be read`;
  }
  if (now !== bom + source) return `not fixing ${path}: it changed since it was read`;
  await writeFile(path, bom + fixed, 'utf8');
  return undefined;
}

/** A unified diff of one file, with git's a/ and b/ prefixes, as `git apply` and `patch -p1` read it. */
export async function unifiedDiff(path: string, before: string, after: string): Promise<string> {
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
  const p = path.replace(/\\/g, '/');
  return createTwoFilesPatch(`a/${p}`, `b/${p}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
