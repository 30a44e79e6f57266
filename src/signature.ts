import type { FileReport, JsonDiagnostic } from './report/schema.js';

/** The path as it is written in baselines and SARIF: forward slashes, no leading `./`. */
export function portablePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/**
 * What identifies a finding across runs: its rule, its file and the claim texts
 * it is about (its own and its counterpart's), never its line or offset, so
 * that editing or moving text elsewhere does not make it a new finding.
 */
export function signatureOf(path: string, d: JsonDiagnostic): string {
  const texts = [d.text, ...d.related.map((r) => r.text)].map((t) => t.replace(/\s+/g, ' ').trim());
  // node:crypto is taken when first needed (a baseline, SARIF): loading it is a few ms of every run's start-up.
  return process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(JSON.stringify([d.ruleId, portablePath(path), texts]))
    .digest('hex')
    .slice(0, 32);
}

/** Signatures of one file's findings in report order, with the occurrence number that tells equal ones apart. */
export function signaturesOf(file: FileReport): { signature: string; occurrence: number }[] {
  const seen = new Map<string, number>();
  return file.diagnostics.map((d) => {
    const signature = signatureOf(file.path, d);
    const occurrence = seen.get(signature) ?? 0;
    seen.set(signature, occurrence + 1);
    return { signature, occurrence };
  });
}
