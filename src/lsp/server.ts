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
import { lint } from '../lint.js';
import type { JsonDiagnostic } from '../report/schema.js';
import { VERSION } from '../version.js';
import { toLspDiagnostic, toQuickFix, touches, type Target } from './convert.js';

/** Language ids that carry prose: VS Code says `plaintext`, Neovim names the filetype `text`. */
export const LINTED_LANGUAGES: ReadonlySet<string> = new Set(['plaintext', 'text', 'markdown']);

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
  let versionedEdits = false;

  const cancel = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
  };

  const lintNow = (document: TextDocument): Linted | undefined => {
    if (!LINTED_LANGUAGES.has(document.languageId)) return undefined;
    cancel(document.uri);
    let diagnostics: JsonDiagnostic[];
    try {
      diagnostics = lint(document.getText(), { path: pathOf(document.uri) }).files[0]!.diagnostics;
    } catch (err) {
      // One document the pipeline chokes on must not take the editor's server down with it.
      connection.console.error(`zhenlint: could not lint ${document.uri}: ${(err as Error)?.message ?? String(err)}`);
      return undefined;
    }
    const result = { version: document.version, diagnostics };
    linted.set(document.uri, result);
    const target: Target = { uri: document.uri, document };
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: diagnostics.map((d) => toLspDiagnostic(target, d)),
    });
    return result;
  };

  const lintSoon = (document: TextDocument) => {
    if (!LINTED_LANGUAGES.has(document.languageId)) return;
    cancel(document.uri);
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) lintNow(current);
      }, debounceMs),
    );
  };

  connection.onInitialize((params): InitializeResult => {
    debounceMs = debounceFrom(params.initializationOptions);
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
  documents.onDidOpen(({ document }) => lintNow(document));
  documents.onDidChangeContent(({ document }) => {
    if (linted.get(document.uri)?.version !== document.version) lintSoon(document);
  });
  documents.onDidClose(({ document }) => {
    cancel(document.uri);
    if (linted.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(({ textDocument, range, context }): CodeAction[] => {
    if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    // Fixes must be computed on the text the client is looking at, not on a debounced older copy.
    const current = linted.get(document.uri);
    const result = current?.version === document.version ? current : lintNow(document);
    if (!result) return [];
    const target: Target = { uri: document.uri, document };
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
