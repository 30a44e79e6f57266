import { createBaseline } from '../baseline.js';
import type { FileReport } from '../report/schema.js';
import { emit } from './output.js';

export { readBaseline } from '../baseline.js';

export async function writeBaseline(path: string, files: FileReport[]): Promise<number> {
  const baseline = createBaseline(files);
  await emit(JSON.stringify(baseline, null, 2) + '\n', path);
  return baseline.findings.reduce((n, f) => n + f.count, 0);
}
