import { readFile } from 'node:fs/promises';
import { baselineProblem, createBaseline, type Baseline } from '../baseline.js';
import type { FileReport } from '../report/schema.js';
import { UsageError } from './errors.js';
import { emit } from './output.js';

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

export async function writeBaseline(path: string, files: FileReport[]): Promise<number> {
  const baseline = createBaseline(files);
  await emit(JSON.stringify(baseline, null, 2) + '\n', path);
  return baseline.findings.reduce((n, f) => n + f.count, 0);
}
