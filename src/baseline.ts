import { readFile } from 'node:fs/promises';
import { UsageError } from './errors.js';
import type { FileReport } from './report/schema.js';
import { portablePath, signatureOf } from './signature.js';

/** The findings a project has accepted, by signature, so that only new ones are reported. */
export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export interface BaselineEntry {
  file: string;
  ruleId: string;
  /** The claim texts the finding is about, for a person reading the baseline; the signature is what matches. */
  texts: string[];
  signature: string;
  /** How many findings share the signature: a second copy of the same mistake is still new. */
  count: number;
}

export function createBaseline(files: FileReport[]): Baseline {
  const byKey = new Map<string, BaselineEntry>();
  for (const file of files) {
    for (const d of file.diagnostics) {
      const signature = signatureOf(file.path, d);
      const entry = byKey.get(signature);
      if (entry) entry.count++;
      else byKey.set(signature, { file: portablePath(file.path), ruleId: d.ruleId, texts: [d.text, ...d.related.map((r) => r.text)], signature, count: 1 });
    }
  }
  const findings = [...byKey.values()].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.ruleId.localeCompare(b.ruleId) || (a.signature < b.signature ? -1 : 1),
  );
  return { version: 1, findings };
}

/** Why a baseline file cannot be used, or undefined when it can. */
export function baselineProblem(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'expected an object with "version" and "findings"';
  const b = data as Record<string, unknown>;
  if (b.version !== 1) return `version: expected 1, got ${JSON.stringify(b.version)}`;
  if (!Array.isArray(b.findings)) return 'findings: expected an array';
  for (const [i, f] of (b.findings as unknown[]).entries()) {
    const e = f as Record<string, unknown> | null;
    if (!e || typeof e !== 'object') return `findings[${i}]: expected an object`;
    if (typeof e.signature !== 'string' || !/^[0-9a-f]{32}$/.test(e.signature)) return `findings[${i}].signature: expected 32 hex digits`;
    if (!Number.isInteger(e.count) || (e.count as number) < 1) return `findings[${i}].count: expected a whole number ≥ 1`;
  }
  return undefined;
}

/** A baseline file, checked; what is wrong with it is one line naming the file. */
export async function readBaseline(path: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read baseline ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`invalid baseline ${path}: not valid JSON`);
  }
  const problem = baselineProblem(data);
  if (problem) throw new UsageError(`invalid baseline ${path}: ${problem}`);
  return data as Baseline;
}
