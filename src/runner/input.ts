import type { TimeBudgetError } from '../budget.js';
import { decode, ENCODING_LABEL, type EncodingName } from '../encoding/decode.js';
import type { FileReport, Notice } from '../report/schema.js';

export interface FileOutcome {
  file: FileReport;
  /** The decoded text ('' when skipped), for excerpts. */
  text: string;
  /** Whether the file was linted (false: skipped, and `file.skipped` says why). */
  linted: boolean;
}

type SkipCode = NonNullable<FileReport['skipped']>;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}

function skipped(path: string, code: SkipCode, message: string, encoding?: string): FileOutcome {
  return { file: skippedReport(path, code, message, encoding), text: '', linted: false };
}

function skippedReport(path: string, code: SkipCode, message: string, encoding?: string): FileReport {
  const notice: Notice = { code, severity: 'warning', message };
  return { path, ...(encoding ? { encoding } : {}), skipped: code, notices: [notice], passages: [], pairs: [], diagnostics: [] };
}

/** The report of a file that ran over its time budget: skipped, never half-reported. */
export function overBudget(path: string, err: TimeBudgetError): FileReport {
  return skippedReport(path, 'time-budget', `skipped: ${err.message}`);
}

export function tooLarge(path: string, size: number, maxBytes: number): FileOutcome {
  return skipped(path, 'too-large', `skipped: ${formatBytes(size)} is over --max-file-size ${formatBytes(maxBytes)}`);
}

/** Text ready to lint, with what decoding it had to say. */
export interface DecodedInput {
  path: string;
  text: string;
  encoding: EncodingName;
  notices: Notice[];
}

/** Decode one input; a binary file comes back as its skipped outcome. */
export function decodeInput(path: string, bytes: Uint8Array): DecodedInput | FileOutcome {
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') return skipped(path, 'binary', `skipped: not a text file (${decoded.what})`);
  if (decoded.kind === 'undecided') return skipped(path, 'unknown-encoding', `skipped: ${decoded.why}`);
  const { text, encoding } = decoded;
  const notices: Notice[] = [];
  if (decoded.invalidCount > 0) {
    const at = decoded.invalid.map((p) => p.byteOffset);
    const more = decoded.invalidCount > at.length ? ` and ${decoded.invalidCount - at.length} more` : '';
    const n = decoded.invalidCount;
    notices.push({
      code: 'invalid-bytes',
      severity: 'warning',
      message: `${n} invalid ${ENCODING_LABEL[encoding]} byte sequence${n === 1 ? '' : 's'} at byte ${at.join(', ')}${more}, read as U+FFFD`,
      byteOffset: at[0]!,
    });
  }
  return { path, text, encoding, notices };
}

/** The outcome of a decoded input once linted (`file` may be the report of a file over its time budget). */
export function finishInput(input: DecodedInput, file: FileReport, text = input.text): FileOutcome {
  const { path, encoding } = input;
  if (file.skipped) {
    const notices = [...input.notices, ...(file.notices ?? [])];
    return { file: { path, encoding, skipped: file.skipped, notices, passages: [], pairs: [], diagnostics: [] }, text: '', linted: false };
  }
  const { format, units, passages, pairs, diagnostics } = file;
  const notices = [...input.notices, ...(file.notices ?? [])];
  const structure = format ? { format, ...(units ? { units } : {}) } : {};
  return { file: { path, encoding, ...structure, ...(notices.length ? { notices } : {}), passages, pairs, diagnostics }, text, linted: true };
}
