import type { Baseline } from '../baseline.js';
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { UnitMapper } from '../input/remap.js';
import { LineStarts } from '../line-breaks.js';
import type { BatchRecord } from '../batch/record.js';
import { runTasks } from '../batch/pool.js';
import type { Outcome, Task, TaskSettings } from '../batch/tasks.js';
import { readIgnoreFile, type IgnoreFile } from '../config/ignore-file.js';
import { ConfigLoader, lintOptionsFor, overRules } from '../config/load.js';
import { UsageError } from '../errors.js';
import type { LintOptions } from '../lint.js';
import { SparseSource, type SourceText } from '../report/excerpt.js';
import type { ListedFileReport } from '../report/listed.js';
import type { FileReport, Unreadable } from '../report/schema.js';
import { collectPaths, readBytes, readHead, readStdinBytes, type ReadResult } from './discover.js';
import { blockFilter, filtersOf, type FilterSettings } from './filters.js';
import { decodeInput, finishInput, tooLarge, type DecodedInput, type FileOutcome } from './input.js';
import { cacheKey, cacheKeyOfFile, LintCache } from './cache.js';
import { jobsFor } from './jobs.js';
import { extract, formatOf, isTextFile, LINTED_EXTENSIONS, type InputFormat } from '../input/index.js';
import { lintExtraction, lintUnit, unitReviews } from './unit.js';
import type { ReviewUnit } from '../review/model.js';
import { fixRefusal, planFix, unifiedDiff, writeFix } from './fix.js';

/** Files larger than this are skipped with a notice (`--max-file-size`). */
export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
/** JATS and PubMed files at least this large are read as a stream, article by article, whatever `--max-file-size` says. */
export const DEFAULT_STREAM_ABOVE = 2 * 1024 * 1024;
/** A text that takes longer than this is skipped with a notice (`--max-file-time`): in a CI job, an editor or a library call alike. */
export const DEFAULT_TIME_BUDGET_MS = 30_000;

/** Why --fix leaves a file of a format that is read but never written as it is. */
const NOT_REWRITTEN = {
  docx: (path: string) => `not fixing ${path}: a Word document is not rewritten; its findings give the paragraph (line) to change`,
  pdf: (path: string) => `not fixing ${path}: a PDF is not rewritten; its findings give the page (line) to change`,
};

/** What a run is asked to do, whichever door its inputs come in by. */
export interface RunOptions {
  /** One config file for every input; without it each input's folder is searched. */
  config?: string;
  /** Rule settings given directly (the library's), over those of any config. */
  rules?: LintOptions['rules'];
  /** Report `zhenlint-disable` comments that silence nothing, as errors. */
  reportUnusedDisableDirectives?: boolean;
  maxFileSize?: number;
  timeBudgetMs?: number;
  /** Keep errors only. */
  quiet?: boolean;
  /** Findings a project has accepted: only new ones are reported. */
  baseline?: Baseline;
  /** Write the fixes into the files, or compute them as a diff and write nothing. */
  fix?: 'write' | 'dry-run';
  /** Worker threads; undefined lets the run decide by its size. */
  jobs?: number;
  /** Read every input as this format; `auto` (the default) decides by extension and content. */
  inputFormat?: InputFormat | 'auto';
  /** Bytes from which a JATS or PubMed file is streamed (DEFAULT_STREAM_ABOVE). */
  streamAbove?: number;
  /** Keep the source around each finding of a streamed file, for excerpts (the stylish format). */
  excerpts?: boolean;
  /** Called as each article of a streamed file is linted (a progress bar counts them). */
  onUnit?: () => void;
  /** Where the run says what it skipped or could not do (a path it cannot read, a fix it refused). */
  warn?: (message: string) => void;
  /** The configs to use (an editor falls back to the defaults when a config is broken); by default they are searched for. */
  loader?: ConfigLoader;
  /** Keep the review of every unit (its text aligned, its numbers' fates) for an output that shows it; otherwise none is built. */
  review?: boolean;
  /** `--cache`: the cache file; a file whose content, settings and zhenlint version are unchanged is not linted again (files and folders only, never when fixing). */
  cache?: string;
  /** Called as each input is handed to the engine (a file, or a large XML file streamed): what a cached run skips. */
  onLint?: (path: string) => void;
  /** An ignore file read like `.gitignore` (`.zhenlintignore`); `required: false` when it may be absent. */
  ignoreFile?: { path: string; required: boolean };
  /** Called before an input of LARGE_INPUT_BYTES or more is linted, or once that much of a streamed one is read (the command line then tunes the heap for memory). */
  onLargeInput?: () => void;
}

/** An input this large is one long document, whose peak memory matters more than a few per cent of speed. */
export const LARGE_INPUT_BYTES = 4 * 2 ** 20;

/** A text linted in memory, and the unified diff of its fixes under `fix: 'dry-run'`. */
export interface TextResult extends FileOutcome {
  diff?: string;
  /** The review of each unit linted, under `review`. */
  review?: ReviewUnit[];
}

/** One linted (or skipped) input, and the unified diff of its fixes under `fix: 'dry-run'`. */
export interface FileResult extends Omit<FileOutcome, 'file' | 'text'> {
  /** Its report; a file streamed article by article has its lists packed (`materialize` gives arrays). */
  file: ListedFileReport;
  /** The decoded text ('' when skipped), or for a streamed file what is kept of it around its findings (`excerpts`). */
  text: SourceText;
  diff?: string;
  /** The review of each unit linted (one for a text file, one per article of a structured file), under `review`. */
  review?: ReviewUnit[];
}

/** How the text was read from disk, so that fixes are written back only where that is safe. */
interface OnDisk {
  encoding: DecodedInput['encoding'];
  invalidBytes: boolean;
}

/**
 * The one way from an input to a result. For every input (files, directories and globs,
 * standard input, JSONL records, an editor's document, a library call) it resolves the
 * config once (ignores applied while walking), reads and decodes, lints inline or on
 * the worker pool under the time budget, and runs the same filters (src/runner/filters.ts).
 * Front doors only say what they got and format what comes back.
 */
export class Runner {
  readonly loader: ConfigLoader;
  /** Inputs that could not be read: the run failed. */
  readonly unreadable: Unreadable[] = [];
  /** Inputs linted (not skipped), or whose report came from the cache. */
  linted = 0;
  /** Inputs whose report came from the cache (`cache`), not from linting. */
  fromCache = 0;
  private readonly say: (message: string) => void;
  private ignoreFile: Promise<IgnoreFile | undefined> | undefined;
  private baselineDigest: string | undefined;

  constructor(readonly options: RunOptions = {}) {
    this.loader = options.loader ?? new ConfigLoader(options.config);
    this.say = options.warn ?? (() => {});
  }

  private get filters(): FilterSettings {
    return filtersOf(this.options);
  }

  private get maxFileSize(): number {
    return this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  }

  /** The lint options for one path: its config, and what the run adds (unused directives, the time budget). */
  async lintOptions(path: string): Promise<LintOptions> {
    const options = lintOptionsFor(await this.loader.forPath(path), path);
    if (this.options.rules) options.rules = overRules(options.rules ?? {}, this.options.rules);
    if (this.options.reportUnusedDisableDirectives) options.reportUnusedDisableDirectives = 'error';
    options.timeBudgetMs = this.options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
    return options;
  }

  /** Whether the config that governs a path, or the ignore file, ignores it (a folder is asked with `isDir`). */
  async ignores(path: string, isDir = false): Promise<boolean> {
    return (await this.ignoredBy(path, isDir)) !== undefined;
  }

  /** What ignores a path, as the notices name it: `ignorePatterns in its config`, or the ignore file. */
  async ignoredBy(path: string, isDir = false): Promise<string | undefined> {
    if ((await this.loader.forPath(path)).ignores(path)) return 'ignorePatterns in its config';
    const { ignoreFile } = this.options;
    if (!ignoreFile) return undefined;
    this.ignoreFile ??= readIgnoreFile(ignoreFile.path, ignoreFile.required);
    const file = await this.ignoreFile;
    return file?.ignores(path, isDir) ? file.shown : undefined;
  }

  /**
   * Lint a text already in memory (an editor's document, a library call), read as `format`
   * (JATS, PubMed and HTML are read as their units, findings moved back into the markup);
   * fixed when the run fixes and it is on disk.
   */
  async lintText(path: string, text: string, onDisk?: OnDisk, format: InputFormat = 'text'): Promise<TextResult> {
    const options = await this.lintOptions(path);
    this.options.onLint?.(path);
    // The review shown is that of the text last linted: the fixed text when fixes were written.
    let review: ReviewUnit[] = [];
    const lintNow = async (t: string) => {
      review = [];
      const keep = this.options.review ? (unit: ReviewUnit) => review.push(unit) : undefined;
      return format === 'text' || format === 'docx' || format === 'pdf'
        ? lintUnit(t, options, this.filters, keep ? { label: path, keep } : undefined)
        : lintExtraction(path, await extract(format, { text: t, bytes: new Uint8Array() }), options, this.filters, keep);
    };
    const file = await lintNow(text);
    const done = (f: FileReport, t: string, diff?: string): TextResult => {
      if (!f.skipped) this.linted++;
      return { file: f, text: f.skipped ? '' : t, linted: !f.skipped, ...(diff !== undefined ? { diff } : {}), ...(this.options.review ? { review } : {}) };
    };
    if (!this.options.fix || file.skipped) return done(file, text);
    const plan = planFix(file, text);
    if (plan.refused) this.say(plan.refused);
    if (plan.text === undefined) return done(file, text);
    if (this.options.fix === 'write') {
      const refused = onDisk ? await writeFix(path, text, plan.text, onDisk.encoding, onDisk.invalidBytes) : '--fix cannot write to standard input';
      if (refused) {
        this.say(refused);
        return done(file, text);
      }
      return done(await lintNow(plan.text), plan.text);
    }
    // A diff of a file --fix would refuse to write could not be applied either: refuse it the same way.
    const refused = onDisk ? fixRefusal(path, onDisk.encoding, onDisk.invalidBytes) : undefined;
    if (refused) {
      this.say(refused);
      return done(file, text);
    }
    return done(await lintNow(plan.text), plan.text, await unifiedDiff(path, text, plan.text));
  }

  /**
   * A Word document or a PDF: its abstracts linted, findings located by paragraph or page
   * (a line of the report is a paragraph of the document, a page of the PDF); never rewritten.
   */
  private async lintBinary(path: string, bytes: Uint8Array, format: 'docx' | 'pdf'): Promise<FileResult> {
    this.options.onLint?.(path);
    const extraction = await extract(format, { text: '', bytes });
    const review: ReviewUnit[] = [];
    const file = lintExtraction(path, extraction, await this.lintOptions(path), this.filters, this.options.review ? (unit) => review.push(unit) : undefined);
    if (this.options.fix && file.diagnostics.length > 0) this.say(NOT_REWRITTEN[format](path));
    const linted = extraction.units.length > 0;
    if (linted) this.linted++;
    return { file, text: extraction.source, linted, ...(this.options.review ? { review } : {}) };
  }

  /** A large JATS or PubMed file, to be read as a stream: its format, or undefined for any other file (or when fixing). */
  private async streamable(path: string): Promise<'jats' | 'pubmed' | undefined> {
    const forced = this.options.inputFormat ?? 'auto';
    if (this.options.fix || (forced !== 'auto' && forced !== 'jats' && forced !== 'pubmed')) return undefined;
    const ext = extname(path).toLowerCase();
    if (forced === 'auto' && ext !== '.xml' && ext !== '.nxml') return undefined;
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      return undefined;
    }
    if (size < (this.options.streamAbove ?? DEFAULT_STREAM_ABOVE)) return undefined;
    // The stream is read as UTF-8; a file in another encoding is read whole, where it is detected.
    const head = await readHead(path, 8192);
    // The head may end inside a character: leave that one out.
    let end = head.length;
    while (end > 0 && (head[end - 1]! & 0xc0) === 0x80) end--;
    if (end > 0 && head[end - 1]! >= 0xc0) end--;
    if (!isUtf8(head.subarray(0, end))) return undefined;
    if (forced !== 'auto') return forced;
    if (ext === '.nxml') return 'jats';
    const { sniffXml } = await import('../input/xml.js');
    return sniffXml(new TextDecoder('utf-8').decode(head));
  }

  /**
   * A JATS or PubMed file read chunk by chunk (UTF-8), each article linted as soon as it
   * ends and only its report kept: a PubMed baseline file of any size in bounded memory.
   */
  private async lintXmlStream(path: string, format: 'jats' | 'pubmed'): Promise<FileResult> {
    const options = await this.lintOptions(path);
    this.options.onLint?.(path);
    const lines = new LineStarts();
    const excerpts = this.options.excerpts ? new SparseSource() : undefined;
    // Each article's findings are filtered as it ends; only their packed text is kept.
    const mapper = new UnitMapper(path, format, (offset) => lines.positionAt(offset), {
      filter: blockFilter(path, options.rules, this.filters),
      ...(excerpts ? { excerpts } : {}),
    });
    const { XmlStream } = await import('../input/xml.js');
    let units = 0;
    const review: ReviewUnit[] = [];
    const sink = unitReviews(path, this.filters, this.options.review ? (unit) => review.push(unit) : undefined);
    const xml = new XmlStream(format, (unit, slice) => {
      mapper.add(unit, lintUnit(unit.text, { ...options, path }, {}, sink(unit.id, units++)), slice);
      // Later articles are further on: the lines before this one's end are not asked for again.
      lines.forgetBefore(unit.offsets[unit.text.length]!);
      this.options.onUnit?.();
    });
    const decoder = new TextDecoder('utf-8');
    let length = 0;
    const take = (text: string) => {
      length += text.length;
      lines.add(text);
      xml.write(text);
    };
    let encoding: 'utf-8' | 'utf-8-bom' | undefined;
    let read = 0;
    try {
      for await (const chunk of createReadStream(path)) {
        const bytes = chunk as Buffer;
        encoding ??= bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
        if (read < LARGE_INPUT_BYTES && (read += bytes.length) >= LARGE_INPUT_BYTES) this.options.onLargeInput?.();
        take(decoder.decode(bytes, { stream: true }));
      }
    } catch (err) {
      const message = `cannot read ${path}: ${(err as Error).message}`;
      this.say(message);
      this.unreadable.push({ path, message });
      return { file: { path, passages: [], pairs: [], diagnostics: [] }, text: '', linted: false };
    }
    take(decoder.decode());
    const problems = xml.end();
    if (units === 0) {
      const file = lintExtraction(path, { format, source: '', units: [], problems }, options, this.filters);
      return { file, text: '', linted: false };
    }
    const { path: _path, ...file } = mapper.finish(problems);
    this.linted++;
    if (excerpts) excerpts.length = length;
    return { file: { path, encoding: encoding ?? 'utf-8', ...file }, text: excerpts ?? '', linted: true, ...(this.options.review ? { review } : {}) };
  }

  /** Bytes read from a path or standard input, in the format they are (`--input-format`, the extension or their first bytes). */
  private async lintRead(path: string, read: ReadResult, onDisk: boolean): Promise<FileResult | undefined> {
    if (read.kind === 'bytes') {
      if (read.bytes.length >= LARGE_INPUT_BYTES) this.options.onLargeInput?.();
      const format = await formatOf(path, read.bytes, this.options.inputFormat);
      if (format === 'docx' || format === 'pdf') return this.lintBinary(path, read.bytes, format);
      const taken = this.take(path, read);
      if (!taken) return undefined;
      return 'file' in taken ? taken : this.lintDecoded(taken, onDisk, format);
    }
    const taken = this.take(path, read);
    return taken && 'file' in taken ? taken : undefined;
  }

  /** Decoded text to lint, or the outcome of an input that was unreadable or skipped (said on the side). */
  private take(path: string, read: ReadResult): DecodedInput | FileResult | undefined {
    if (read.kind === 'error') {
      this.say(read.message);
      this.unreadable.push({ path, message: read.message });
      return undefined;
    }
    return read.kind === 'too-large' ? tooLarge(path, read.size, this.maxFileSize) : decodeInput(path, read.bytes);
  }

  private async lintDecoded(input: DecodedInput, onDisk: boolean, format: InputFormat = 'text'): Promise<FileResult> {
    const invalidBytes = input.notices.some((n) => n.code === 'invalid-bytes');
    const done = await this.lintText(input.path, input.text, onDisk ? { encoding: input.encoding, invalidBytes } : undefined, format);
    return { ...finishInput(input, done.file, done.text), ...(done.diff !== undefined ? { diff: done.diff } : {}), ...(done.review ? { review: done.review } : {}) };
  }

  /** Standard input, shown as `path` and linted with the config of that path (which may ignore it). */
  async lintStdin(path: string, input: AsyncIterable<Buffer | string> = process.stdin): Promise<FileResult | undefined> {
    const ignoredBy = await this.ignoredBy(path);
    if (ignoredBy) {
      this.say(`${path} is ignored by ${ignoredBy}`);
      return undefined;
    }
    return this.lintRead(path, await readStdinBytes(this.maxFileSize, input), false);
  }

  /**
   * Files, directories (searched for text files) and globs, in a stable order; a config's
   * ignorePatterns are applied while walking. Inline for a few files or when fixing,
   * otherwise on worker threads; the results come in input order either way.
   */
  async *lintPaths(paths: string[]): AsyncGenerator<FileResult> {
    const found = await collectPaths(
      paths,
      [],
      (path, isDir) => this.ignores(path, isDir),
      async (path) => (await this.loader.forPath(path)).extensions.includes(extname(path).slice(1).toLowerCase()),
    );
    const { problems } = found;
    if (found.files.length + found.ignored.length + problems.length === 0) {
      throw new UsageError(`no files to lint (${LINTED_EXTENSIONS.map((e) => `.${e}`).join(', ')}) found in ${paths.join(', ')}`);
    }
    for (const p of problems) this.say(p.message);
    // A link loop skipped inside a directory is said, not failed; a path that cannot be read fails the run.
    for (const p of problems) if (!p.skipped) this.unreadable.push({ path: p.path, message: p.message });
    const chosen: string[] = [];
    for (const path of found.files) chosen.push(path);
    const reasons = new Set<string>();
    // A file named and also found in a folder named is said once.
    for (const path of new Set(found.ignored)) {
      const by = (await this.ignoredBy(path))!;
      reasons.add(by.replace(/ in its config$/, ''));
      if (paths.includes(path)) this.say(`${path} is ignored by ${by}`);
    }
    if (chosen.length === 0 && found.ignored.length > 0 && problems.length === 0) {
      this.say(`every file found in ${paths.join(', ')} is ignored by ${[...reasons].join(' or ')}`);
    }
    // Structured files (XML, HTML, DOCX, PDF) are read on this thread, unit by unit.
    const structured = this.options.inputFormat !== undefined && this.options.inputFormat !== 'auto' && this.options.inputFormat !== 'text';
    // A review keeps what the pipeline read, which stays on the thread that read it.
    const inline = this.options.fix || this.options.review || structured || chosen.some((p) => !isTextFile(p));
    const { cache, keys, hits } = await this.cached(chosen);
    const jobs = inline ? 1 : jobsFor(this.options, chosen.length - hits.size);
    if (jobs === 1) {
      for (const path of chosen) {
        const hit = hits.get(path);
        if (hit) {
          yield hit;
          continue;
        }
        const stream = await this.streamable(path);
        const done = stream ? await this.lintXmlStream(path, stream) : await this.lintRead(path, await readBytes(path, this.maxFileSize), true);
        if (!done) continue;
        if (cache && keys.has(path)) cache.set(path, keys.get(path)!, done);
        yield done;
      }
      await cache?.save();
      return;
    }
    // Files are read, decoded and given their config here; workers get text and options.
    const order: (FileResult | DecodedInput)[] = [];
    const self = this;
    async function* tasks(): AsyncGenerator<Task> {
      for (const path of chosen) {
        const hit = hits.get(path);
        if (hit) {
          order.push(hit);
          continue;
        }
        const taken = self.take(path, await readBytes(path, self.maxFileSize));
        if (!taken) continue;
        order.push(taken);
        if ('file' in taken) continue;
        const options = await self.lintOptions(path);
        self.options.onLint?.(path);
        yield { kind: 'file', path, text: taken.text, options };
      }
    }
    // Skipped inputs keep their place between linted ones.
    const flushSkipped = function* (): Generator<FileResult> {
      while (order.length > 0 && 'file' in order[0]!) yield order.shift() as FileResult;
    };
    for await (const o of runTasks(tasks(), this.filters, { jobs })) {
      yield* flushSkipped();
      if (o.kind !== 'file') continue;
      const input = order.shift() as DecodedInput;
      const done = finishInput(input, o.file);
      if (done.linted) this.linted++;
      if (cache && keys.has(input.path)) cache.set(input.path, keys.get(input.path)!, done);
      yield done;
    }
    yield* flushSkipped();
    await cache?.save();
  }

  /**
   * With `cache`, the cache, each file's key and the files whose report it holds (counted
   * as linted, and as from the cache). Fixing always lints: the fix is the point; so does a
   * review, which the cache does not keep.
   */
  private async cached(paths: string[]): Promise<{ cache?: LintCache; keys: Map<string, string>; hits: Map<string, FileResult> }> {
    const keys = new Map<string, string>();
    const hits = new Map<string, FileResult>();
    if (this.options.cache === undefined || this.options.fix || this.options.review) return { keys, hits };
    const say = this.options.quiet ? () => {} : this.say;
    const cache = await LintCache.open(this.options.cache, say);
    for (const path of paths) {
      const settings = await this.cacheSettings(path);
      let key: string | undefined;
      if (await this.streamable(path)) key = await cacheKeyOfFile(settings, path);
      else {
        const read = await readBytes(path, this.maxFileSize);
        if (read.kind === 'bytes') key = cacheKey(settings, read.bytes);
      }
      if (key === undefined) continue;
      keys.set(path, key);
      const hit = cache.get(path, key);
      if (!hit) continue;
      hits.set(path, hit);
      this.linted++;
      this.fromCache++;
    }
    return { cache, keys, hits };
  }

  /** Everything besides its bytes that decides a file's report, as JSON: its config and rules, the filters, how it is read. */
  private async cacheSettings(path: string): Promise<string> {
    const { path: _path, ...options } = await this.lintOptions(path);
    const { baseline } = this.options;
    if (baseline && this.baselineDigest === undefined) this.baselineDigest = cacheKey('baseline', Buffer.from(JSON.stringify(baseline)));
    return JSON.stringify({
      path,
      options,
      quiet: this.options.quiet === true,
      baseline: this.baselineDigest ?? null,
      inputFormat: this.options.inputFormat ?? 'auto',
      maxFileSize: this.maxFileSize,
      streamAbove: this.options.streamAbove ?? DEFAULT_STREAM_ABOVE,
    });
  }

  /** The settings records are linted with: the config of the working directory (records have no folder of their own). */
  async recordSettings(): Promise<TaskSettings> {
    const options = await this.lintOptions(`${process.cwd()}/<records>`);
    const { path: _path, ...rest } = options;
    return { ...rest, ...this.filters };
  }

  /**
   * JSON Lines records (`{"id","text"}` or `{"id","en","zh"}`), one outcome a line in input
   * order, as soon as it and every line before it are done.
   */
  async *lintRecords(lines: AsyncIterable<string | BatchRecord> | Iterable<string | BatchRecord>, options: { jobs: number }): AsyncGenerator<Outcome> {
    const settings = await this.recordSettings();
    async function* tasks(): AsyncGenerator<Task> {
      let line = 0;
      for await (const item of lines) {
        line++;
        yield typeof item === 'string' ? { kind: 'line', line, text: item } : { kind: 'record', line, record: item };
      }
    }
    for await (const o of runTasks(tasks(), settings, { jobs: options.jobs })) {
      if (o.kind === 'record') this.linted++;
      yield o;
    }
  }

  /**
   * JSON Lines as runs of whole lines in bytes (readLineRuns): each run's records linted,
   * in input order, and given back as their output lines together, with its problems
   * numbered by their line in the whole input. `eager` when the input is known to be long
   * enough for worker threads to pay for themselves.
   */
  async *lintLineRuns(runs: AsyncIterable<Uint8Array>, options: { jobs: number; eager?: boolean }): AsyncGenerator<Extract<Outcome, { kind: 'lines' }>> {
    const settings = await this.recordSettings();
    async function* tasks(): AsyncGenerator<Task> {
      for await (const bytes of runs) yield { kind: 'lines', bytes };
    }
    let before = 0;
    for await (const o of runTasks(tasks(), settings, options)) {
      if (o.kind !== 'lines') continue;
      this.linted += o.records;
      yield { ...o, problems: o.problems.map((p) => ({ ...p, line: p.line + before })) };
      before += o.lines;
    }
  }
}
