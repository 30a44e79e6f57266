import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';

export const FORMATS = ['stylish', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  paths: string[];
  format: Format;
  stdin: boolean;
  stdinFilename: string;
  color: boolean | undefined;
  maxWarnings: number | undefined;
  quiet: boolean;
  /** Files larger than this many bytes are skipped with a notice. */
  maxFileSize: number;
  /** Milliseconds one file may take before it is skipped with a notice. */
  maxFileTimeMs: number;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: zhenlint [options] [file|dir ...]

Lint bilingual English/Chinese abstracts: numbers that disagree between the
versions or with their own arithmetic.

Options:
  -f, --format <name>      stylish (default) or json
      --stdin              read the text from standard input
      --stdin-filename <p> the path to show for standard input
      --max-warnings <n>   exit 1 when there are more than n warnings
      --quiet              report errors only
      --max-file-size <n>  skip files larger than n bytes (suffix K, M or G; default 50M)
      --max-file-time <s>  skip a file that takes longer than s seconds (default 30)
      --color, --no-color  force colour on or off (default: on for a terminal)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 the run failed.
`;

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string', default: '<stdin>' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'max-file-size': { type: 'string', default: '50M' },
        'max-file-time': { type: 'string', default: '30' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (err) {
    // parseArgs explains itself well; keep its first sentence only.
    throw new UsageError(String((err as Error).message).split('\n')[0]!.replace(/\. To specify.*$/, '.'));
  }
  const v = parsed.values;
  const format = v.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}"; expected one of: ${FORMATS.join(', ')}`);
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings expects a whole number, got "${v['max-warnings']}"`);
    }
  }
  const maxFileSize = parseSize(v['max-file-size'] as string);
  const maxFileTime = Number(v['max-file-time']);
  if (!(maxFileTime > 0) || !Number.isFinite(maxFileTime)) {
    throw new UsageError(`--max-file-time expects a number of seconds above 0, got "${v['max-file-time']}"`);
  }
  const color = v['no-color'] ? false : v.color;
  return {
    paths: parsed.positionals,
    format: format as Format,
    stdin: v.stdin as boolean,
    stdinFilename: v['stdin-filename'] as string,
    color,
    maxWarnings,
    quiet: v.quiet as boolean,
    maxFileSize,
    maxFileTimeMs: maxFileTime * 1000,
    help: v.help as boolean,
    version: v.version as boolean,
  };
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `50M`, `512k`, `1048576`, `2.5MB` → bytes. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kmg]?)i?b?$/i.exec(text.trim().replace(/ /g, ''));
  const bytes = m ? Math.floor(Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!) : NaN;
  if (!(bytes > 0)) throw new UsageError(`--max-file-size expects a size such as 50M or 1048576, got "${text}"`);
  return bytes;
}
