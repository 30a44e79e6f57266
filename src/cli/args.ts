import { parseArgs } from 'node:util';
import { INPUT_FORMATS, type InputFormat } from '../input/types.js';
import { UsageError } from './errors.js';

export const FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github', 'junit', 'compact', 'html'] as const;
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
  /** Serve the Language Server Protocol on stdin/stdout instead of linting files. */
  lsp: boolean;
  /** Options for configs, CI output, baselines and fixes. */
  config: string | undefined;
  printConfig: string | undefined;
  init: boolean;
  reportUnusedDisableDirectives: boolean;
  output: string | undefined;
  printSchema: boolean;
  writeBaseline: string | undefined;
  baseline: string | undefined;
  fix: boolean;
  fixDryRun: boolean;
  /** `--jsonl FILE|-`: read records from JSON Lines. */
  jsonl: string | undefined;
  /** `--input-format`: read every input as this format; `auto` decides by extension and content. */
  inputFormat: InputFormat | 'auto';
  /** Worker threads; undefined means the number of cores. */
  jobs: number | undefined;
  /** false with --no-progress; otherwise the bar shows on a terminal outside CI. */
  progress: boolean;
  /** `--rule 'id: severity'` as given, in order (checked against the rules in src/cli/rule-option.ts). */
  rules: string[];
  /** `--cache`: skip files whose content, config and zhenlint version are unchanged since the last run. */
  cache: boolean;
  cacheLocation: string | undefined;
  /** `--ignore-path`: an ignore file read instead of `.zhenlintignore` in the working directory. */
  ignorePath: string | undefined;
}

export const HELP = `Usage: zhenlint [options] [file|dir ...]

Lint bilingual English/Chinese abstracts: numbers that disagree between the
versions or with their own arithmetic.

Options:
  -f, --format <name>      stylish (default), json, jsonl (one line per record),
                           sarif, github, junit, compact or html (a review
                           page: both versions side by side, numbers marked)
  -o, --output <file>      write the report to a file instead of standard output
      --stdin              read the text from standard input
      --stdin-filename <p> the path to show for standard input
      --max-warnings <n>   exit 1 when there are more than n warnings (-1: no limit)
      --quiet              report errors only
      --max-file-size <n>  skip files larger than n bytes (suffix K, M or G; default 50M)
      --max-file-time <s>  skip a file that takes longer than s seconds (default 30)
      --color, --no-color  force colour on or off (default: on for a terminal)
      --lsp [--stdio]      run as a language server on stdin/stdout (--stdio is
                           accepted because LSP clients add it)
  -c, --config <file>      use this config file for every input (no search)
      --rule <'id: sev'>   set a rule over the config: 'id: severity' or
                           'id: [severity, {options}]'; repeatable
      --print-config <p>   print the configuration that applies to a file
      --init               write a starter zhenlint.config.json here
      --report-unused-disable-directives
                           report zhenlint-disable comments that silence nothing
      --print-schema       print the JSON Schema of the JSON report
      --write-baseline <f> record the current findings in a baseline file
      --baseline <f>       report only findings not in the baseline file
      --fix                write the fixes into the files
      --fix-dry-run        print the fixes as a unified diff, write nothing
      --cache              lint only files changed since the last run (content,
                           config or zhenlint version)
      --cache-location <p> the cache file, or a folder for it (default
                           .zhenlintcache)
      --ignore-path <file> read ignore patterns from this file instead of
                           .zhenlintignore in the working directory
      --input-format <f>   read inputs as text, jats, pubmed, html, docx or pdf
                           (default auto: by extension, and an .xml file by its
                           root element)
      --jsonl <file|->     read records, one JSON object a line: {"id","text"}
                           or an explicit pair {"id","en","zh"}; writes jsonl
  -j, --jobs <n>           worker threads (default: the number of cores)
      --no-progress        no progress bar (it shows only on a terminal)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 the run failed.
`;

/**
 * `--max-warnings -1` as ESLint takes it: parseArgs reads a value that starts with a
 * dash as an option, so a negative number is joined to its option first.
 */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    if (arg === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? '')) out.push(`${arg}=${argv[++i]}`);
    else out.push(arg);
  }
  return out;
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
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
        lsp: { type: 'boolean', default: false },
        // Added by LSP clients; vscode-languageserver reads --clientProcessId from argv itself.
        stdio: { type: 'boolean', default: false },
        clientProcessId: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'print-config': { type: 'string' },
        init: { type: 'boolean', default: false },
        'report-unused-disable-directives': { type: 'boolean', default: false },
        output: { type: 'string', short: 'o' },
        'print-schema': { type: 'boolean', default: false },
        'write-baseline': { type: 'string' },
        baseline: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        jsonl: { type: 'string' },
        'input-format': { type: 'string', default: 'auto' },
        jobs: { type: 'string', short: 'j' },
        'no-progress': { type: 'boolean', default: false },
        rule: { type: 'string', multiple: true, default: [] },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        'ignore-path': { type: 'string' },
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
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
      throw new UsageError(`--max-warnings expects a whole number, got "${v['max-warnings']}"`);
    }
    // -1: no limit, as in ESLint.
    if (maxWarnings === -1) maxWarnings = undefined;
  }
  if ((v.stdio || v.clientProcessId !== undefined) && !v.lsp) throw new UsageError('--stdio and --clientProcessId are only for --lsp');
  if (v.lsp && parsed.positionals.length > 0) throw new UsageError('--lsp takes no files: the editor sends the documents');
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs expects a whole number of 1 or more, got "${v.jobs}"`);
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
    lsp: v.lsp as boolean,
    config: v.config as string | undefined,
    printConfig: v['print-config'] as string | undefined,
    init: v.init as boolean,
    reportUnusedDisableDirectives: v['report-unused-disable-directives'] as boolean,
    output: v.output as string | undefined,
    printSchema: v['print-schema'] as boolean,
    writeBaseline: v['write-baseline'] as string | undefined,
    baseline: v.baseline as string | undefined,
    fix: v.fix as boolean,
    fixDryRun: v['fix-dry-run'] as boolean,
    jsonl: v.jsonl as string | undefined,
    inputFormat: inputFormatOf(v['input-format'] as string),
    jobs,
    progress: !v['no-progress'],
    rules: v.rule as string[],
    cache: v.cache as boolean,
    cacheLocation: v['cache-location'] as string | undefined,
    ignorePath: v['ignore-path'] as string | undefined,
  };
}

function inputFormatOf(text: string): InputFormat | 'auto' {
  if (text === 'auto' || (INPUT_FORMATS as readonly string[]).includes(text)) return text as InputFormat | 'auto';
  throw new UsageError(`unknown input format "${text}"; expected one of: auto, ${INPUT_FORMATS.join(', ')}`);
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `50M`, `512k`, `1048576`, `2.5MB` → bytes. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kmg]?)i?b?$/i.exec(text.trim().replace(/ /g, ''));
  const bytes = m ? Math.floor(Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!) : NaN;
  if (!(bytes > 0)) throw new UsageError(`--max-file-size expects a size such as 50M or 1048576, got "${text}"`);
  return bytes;
}
