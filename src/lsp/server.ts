import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import {
  CodeActionKind,
  createConnection,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigLoader } from '../config/load.js';
import { readBaseline, type Baseline } from '../baseline.js';
import { formatOf } from '../input/index.js';
import { Runner } from '../runner/index.js';
import type { FileReport, JsonDiagnostic } from '../report/schema.js';
import { VERSION } from '../version.js';
import { noticeToLspDiagnostic, toLspDiagnostic, toQuickFix, touches, type Target } from './convert.js';

/** Language ids that carry prose: VS Code says `plaintext`, Neovim names the filetype `text`. */
export const LINTED_LANGUAGES: ReadonlySet<string> = new Set(['plaintext', 'text', 'markdown', 'xml', 'html']);

/** How long typing must pause before a changed document is linted again. */
export const DEFAULT_DEBOUNCE_MS = 200;

interface Linted {
  version: number;
  diagnostics: JsonDiagnostic[];
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
  const runnerFor = async (uri: string): Promise<{ runner: Runner; path: string; file: boolean }> => {
    const path = pathOf(uri);
    const file = path !== uri;
    const lookup = file ? path : join(process.cwd(), 'untitled');
    const accepted = await baseline;
    const settings = { ...(accepted ? { baseline: accepted } : {}), ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}) };
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
    const { runner, path, file } = await runnerFor(uri);
    // Lint the text as it is now: it may have changed, or closed, while the config was read.
    const document = documents.get(uri);
    if (!document || !LINTED_LANGUAGES.has(document.languageId)) return undefined;
    cancel(uri);
    let diagnostics: JsonDiagnostic[];
    let report: FileReport | undefined;
    try {
      // The same Runner as the command line's, time budget included: one hostile document must not stall the editor.
      const text = document.getText();
      // XML and HTML documents are read as their articles' abstracts, findings placed in the markup.
      // An XML file that is no JATS or PubMed article (a build file, a config) is none of zhenlint's business.
      const markup = document.languageId === 'xml' || document.languageId === 'html';
      const format = markup ? await formatOf(path, Buffer.from(text.slice(0, 4096))) : 'text';
      const skip = (file && (await runner.ignores(path))) || (markup && (format === 'text' || format === 'docx' || format === 'pdf'));
      report = skip ? undefined : (await runner.lintText(path, text, undefined, format)).file;
      diagnostics = report?.diagnostics ?? [];
    } catch (err) {
      // One document the pipeline chokes on must not take the editor's server down with it.
      connection.console.error(`zhenlint: could not lint ${uri}: ${(err as Error)?.message ?? String(err)}`);
      return undefined;
    }
    const result = { version: document.version, diagnostics };
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
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'zhenlint', version: VERSION },
    };
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

  connection.onCodeAction(async ({ textDocument, range, context }): Promise<CodeAction[]> => {
    if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    // Fixes must be computed on the text the client is looking at, not on a debounced older copy.
    const current = linted.get(document.uri);
    const result = current?.version === document.version ? current : await lintNow(document);
    // The text may have moved on while the lint waited; offer nothing rather than edits for another version.
    const now = documents.get(document.uri);
    if (!result || !now || result.version !== now.version) return [];
    const target: Target = { uri: now.uri, document: now };
    return result.diagnostics
      .map((d) => toQuickFix(target, d, versionedEdits))
      .filter((a): a is CodeAction => a !== undefined && touches(a.diagnostics![0]!.range, range));
  });

  connection.onShutdown(() => {
    for (const uri of [...timers.keys()]) cancel(uri);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
