import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  MarkupKind,
  type CodeAction,
  type Hover,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_NAMES, ConfigLoader } from '../config/load.js';
import { readBaseline, type Baseline } from '../baseline.js';
import { formatOf } from '../input/index.js';
import { Runner } from '../runner/index.js';
import { planFix } from '../runner/fix.js';
import type { FileReport, JsonDiagnostic } from '../report/schema.js';
import { VERSION } from '../version.js';
import { UNUSED_DIRECTIVE_ID } from '../directives.js';
import { HoverIndex, hoverMarkdown } from './hover.js';
import { admits, FIX_ALL_KIND, noticeToLspDiagnostic, rangeOf, toDisableLine, toFixAll, toLspDiagnostic, toQuickFix, touches, type Target } from './convert.js';

/** Language ids that carry prose: VS Code says `plaintext`, Neovim names the filetype `text`. */
export const LINTED_LANGUAGES: ReadonlySet<string> = new Set(['plaintext', 'text', 'markdown', 'xml', 'html']);

/**
 * Languages whose text is read as it stands: a `zhenlint-disable-line` comment can be
 * written in it, and the review's offsets are the document's, for hovers. XML and HTML are
 * read as their abstracts, without the markup's comments, so a directive there would
 * silence nothing.
 */
const PLAIN_LANGUAGES: ReadonlySet<string> = new Set(['plaintext', 'text', 'markdown']);

/** How long typing must pause before a changed document is linted again. */
export const DEFAULT_DEBOUNCE_MS = 200;

interface Linted {
  version: number;
  /** The report's path (for the fixes' messages) and the findings, as the Runner gave them. */
  path: string;
  diagnostics: JsonDiagnostic[];
  /** The numbers of the document's review, for hovers (plain text and Markdown). */
  hovers?: HoverIndex;
}

/** Whether `path` lies in `folder` or below it. */
function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

function pathOf(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

/** A baseline file named in the initialization options (`{"baseline": "zhenlint-baseline.json"}`), as `--baseline` names one. */
function baselineFrom(options: unknown): string | undefined {
  const value = (options as { baseline?: unknown } | null | undefined)?.baseline;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `{"maxFileTime": 5}`: seconds one document may take, as `--max-file-time` (default 30). */
function budgetFrom(options: unknown): number | undefined {
  const value = (options as { maxFileTime?: unknown } | null | undefined)?.maxFileTime;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value * 1000 : undefined;
}

function debounceFrom(options: unknown): number {
  const value = (options as { debounceMs?: unknown } | null | undefined)?.debounceMs;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_DEBOUNCE_MS;
}

/** stdout is the protocol channel: a stray console.log would corrupt it, so logging goes to the client. */
function routeConsole(connection: Connection): void {
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}

/**
 * Serve the Language Server Protocol on the given streams until the client says exit or
 * the input closes; vscode-languageserver ends the process in both cases.
 */
export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  const connection = createConnection(input, output);
  routeConsole(connection);
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let baseline: Promise<Baseline | undefined> = Promise.resolve(undefined);
  let timeBudgetMs: number | undefined;
  let versionedEdits = false;
  let watchesFiles = false;

  const cancel = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
  };

  // The newest version a lint has been asked for, set at once: the lint itself waits for the config.
  const requested = new Map<string, number>();
  // The config file that failed for each folder's search, with the error last shown for it, so a
  // broken config is announced once rather than on every keystroke, and again only after it changed.
  const configErrors = new Map<string, string>();

  /**
   * The config for a document, read afresh each time: a lookup is a few stat calls and one small
   * JSON file, which is cheaper than keeping a watcher honest. A document that is not a file
   * (untitled:) is linted as standard input is, with the config of the working directory.
   */
  const lookupOf = (uri: string): { lookup: string; file: boolean } => {
    const path = pathOf(uri);
    const file = path !== uri;
    return { lookup: file ? path : join(process.cwd(), 'untitled'), file };
  };
  const runnerFor = async (uri: string, review: boolean): Promise<{ runner: Runner; path: string; file: boolean }> => {
    const { lookup, file } = lookupOf(uri);
    const accepted = await baseline;
    const settings = { ...(accepted ? { baseline: accepted } : {}), ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}), review };
    const runner = new Runner(settings);
    try {
      const config = await runner.loader.forPath(lookup);
      if (config.file) configErrors.delete(config.file);
      return { runner, path: lookup, file };
    } catch (err) {
      const loader = runner.loader;
      const message = (err as Error)?.message ?? String(err);
      const key = loader.findFile(dirname(lookup)) ?? '';
      if (configErrors.get(key) !== message) {
        configErrors.set(key, message);
        // Typed void, but it is a request: a client that refuses it must not leave an unhandled rejection behind.
        const shown: unknown = connection.window.showErrorMessage(`zhenlint: ${message}; linting with the default rules`);
        Promise.resolve(shown).catch(() => undefined);
      }
      return { runner: new Runner({ loader: ConfigLoader.defaults(), ...settings }), path: lookup, file };
    }
  };

  const lintDocument = async (uri: string): Promise<Linted | undefined> => {
    const { runner, path, file } = await runnerFor(uri, PLAIN_LANGUAGES.has(documents.get(uri)?.languageId ?? ''));
    // Lint the text as it is now: it may have changed, or closed, while the config was read.
    const document = documents.get(uri);
    if (!document || !LINTED_LANGUAGES.has(document.languageId)) return undefined;
    cancel(uri);
    let diagnostics: JsonDiagnostic[];
    let report: FileReport | undefined;
    let hovers: HoverIndex | undefined;
    try {
      // The same Runner as the command line's, time budget included: one hostile document must not stall the editor.
      const text = document.getText();
      // XML and HTML documents are read as their articles' abstracts, findings placed in the markup.
      // An XML file that is no JATS or PubMed article (a build file, a config) is none of zhenlint's business.
      const markup = document.languageId === 'xml' || document.languageId === 'html';
      const format = markup ? await formatOf(path, Buffer.from(text.slice(0, 4096))) : 'text';
      const skip = (file && (await runner.ignores(path))) || (markup && (format === 'text' || format === 'docx' || format === 'pdf'));
      const result = skip ? undefined : await runner.lintText(path, text, undefined, format);
      report = result?.file;
      diagnostics = report?.diagnostics ?? [];
      if (result?.review && PLAIN_LANGUAGES.has(document.languageId)) hovers = new HoverIndex(result.review);
    } catch (err) {
      // One document the pipeline chokes on must not take the editor's server down with it.
      connection.console.error(`zhenlint: could not lint ${uri}: ${(err as Error)?.message ?? String(err)}`);
      return undefined;
    }
    const result = { version: document.version, path: report?.path ?? path, diagnostics, ...(hovers ? { hovers } : {}) };
    linted.set(uri, result);
    if ((requested.get(uri) ?? -Infinity) < document.version) requested.set(uri, document.version);
    const target: Target = { uri, document };
    void connection.sendDiagnostics({
      uri,
      version: document.version,
      diagnostics: [
        ...diagnostics.map((d) => toLspDiagnostic(target, d)),
        ...(report ? (report.notices ?? []).flatMap((n) => noticeToLspDiagnostic(target, n, report.passages) ?? []) : []),
      ],
    });
    return result;
  };

  // Lints run one after another, so diagnostics go out in the order the documents asked for them.
  let queue: Promise<unknown> = Promise.resolve();
  const lintNow = (document: TextDocument): Promise<Linted | undefined> => {
    if (!LINTED_LANGUAGES.has(document.languageId)) return Promise.resolve(undefined);
    requested.set(document.uri, document.version);
    const run = queue.then(() => lintDocument(document.uri));
    queue = run.catch(() => undefined);
    return run;
  };

  const lintSoon = (document: TextDocument) => {
    if (!LINTED_LANGUAGES.has(document.languageId)) return;
    cancel(document.uri);
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) void lintNow(current);
      }, debounceMs),
    );
  };

  /**
   * A config file was saved, created or deleted: lint again every open document it may
   * govern (those in its folder or below; a nearer config makes that a no-op, not a wrong
   * result). Configs are read afresh on every lint, so there is no cached copy to drop; a
   * watcher event and the save of the same file fall within one pause and make one lint.
   */
  const configChanged = (config: string) => {
    const folder = dirname(config);
    for (const document of documents.all()) {
      if (LINTED_LANGUAGES.has(document.languageId) && isWithin(folder, lookupOf(document.uri).lookup)) lintSoon(document);
    }
  };
  const isConfig = (uri: string) => uri.startsWith('file:') && (CONFIG_NAMES as readonly string[]).includes(basename(pathOf(uri)));

  connection.onInitialize((params): InitializeResult => {
    debounceMs = debounceFrom(params.initializationOptions);
    timeBudgetMs = budgetFrom(params.initializationOptions);
    const baselinePath = baselineFrom(params.initializationOptions);
    if (baselinePath !== undefined) {
      baseline = readBaseline(baselinePath).catch((err: unknown) => {
        const shown: unknown = connection.window.showErrorMessage(`zhenlint: ${(err as Error).message}; linting without a baseline`);
        Promise.resolve(shown).catch(() => undefined);
        return undefined;
      });
    }
    versionedEdits = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        // Saves are asked for so that saving an open config file re-lints the documents it governs.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'zhenlint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (!watchesFiles) return;
    // The client watches the disk for us, so a config changed outside the editor (git checkout, another program) counts too.
    const registered = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_NAMES.map((name) => ({ globPattern: `**/${name}` })) });
    registered.catch((err: unknown) => connection.console.warn(`zhenlint: cannot watch config files: ${(err as Error)?.message ?? String(err)}`));
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) if (isConfig(change.uri)) configChanged(pathOf(change.uri));
  });
  documents.onDidSave(({ document }) => {
    if (isConfig(document.uri)) configChanged(pathOf(document.uri));
  });

  // Opening is one event, so it is answered at once; typing is a stream, so it waits for a pause.
  documents.onDidOpen(({ document }) => void lintNow(document));
  documents.onDidChangeContent(({ document }) => {
    // Opening also counts as a change of content; that version is already on its way.
    if (requested.get(document.uri) !== document.version) lintSoon(document);
  });
  documents.onDidClose(({ document }) => {
    cancel(document.uri);
    requested.delete(document.uri);
    if (linted.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /**
   * The lint of the text the client is looking at now, not of a debounced older copy, and that
   * text; nothing when the text moved on while the lint waited (an answer for another version).
   */
  const lintOfCurrent = async (document: TextDocument): Promise<{ result: Linted; now: TextDocument } | undefined> => {
    const current = linted.get(document.uri);
    const result = current?.version === document.version ? current : await lintNow(document);
    const now = documents.get(document.uri);
    return result && now && result.version === now.version ? { result, now } : undefined;
  };

  // A number under the cursor: its counterpart in the other version and the checks that read it.
  connection.onHover(async ({ textDocument, position }): Promise<Hover | null> => {
    const document = documents.get(textDocument.uri);
    if (!document || !PLAIN_LANGUAGES.has(document.languageId)) return null;
    const lint = await lintOfCurrent(document);
    const hovers = lint?.result.hovers;
    if (!lint || !hovers) return null;
    const mark = hovers.at(lint.now.offsetAt(position));
    if (!mark) return null;
    return { contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(mark, hovers) }, range: rangeOf(lint.now, mark.offset, mark.length) };
  });

  connection.onCodeAction(async ({ textDocument, range, context }): Promise<CodeAction[]> => {
    const quickFixes = admits(context.only, CodeActionKind.QuickFix);
    // A source action is offered only when asked for by kind, as on save; it belongs to no cursor position.
    const fixAll = context.only !== undefined && admits(context.only, FIX_ALL_KIND);
    if (!quickFixes && !fixAll) return [];
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    // Fixes are computed on the text the client is looking at; none for another version.
    const lint = await lintOfCurrent(document);
    if (!lint) return [];
    const { result, now } = lint;
    const target: Target = { uri: now.uri, document: now };
    const actions: CodeAction[] = [];
    if (quickFixes) {
      const here = result.diagnostics.filter((d) => touches(rangeOf(now, d.offset, d.length), range));
      for (const d of here) {
        const fix = toQuickFix(target, d, versionedEdits);
        if (fix) actions.push(fix);
      }
      if (PLAIN_LANGUAGES.has(now.languageId)) {
        // One comment per rule and line, however many findings of that rule the line has.
        const offered = new Set<string>();
        for (const d of here) {
          const key = `${d.line}:${d.ruleId}`;
          if (d.ruleId === UNUSED_DIRECTIVE_ID || offered.has(key)) continue;
          offered.add(key);
          actions.push(toDisableLine(target, d, versionedEdits));
        }
      }
    }
    if (fixAll) {
      const plan = planFix({ path: result.path, passages: [], pairs: [], diagnostics: result.diagnostics }, now.getText());
      if (plan.refused) connection.console.warn(`zhenlint: ${plan.refused}`);
      if (plan.fixes) actions.push(toFixAll(target, plan.fixes, versionedEdits));
    }
    return actions;
  });

  connection.onShutdown(() => {
    for (const uri of [...timers.keys()]) cancel(uri);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
