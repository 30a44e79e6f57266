import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import {
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ResponseError,
  ShowMessageRequest,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageRequestParams,
} from 'vscode-languageserver-protocol';

const BIN = fileURLToPath(new URL('../../bin/zhenlint.js', import.meta.url));

/** A language client as an editor would be: the built command spawned with --lsp --stdio, spoken to over pipes. */
export class TestClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly exited: Promise<number | null>;
  stderr = '';
  private readonly published: PublishDiagnosticsParams[] = [];
  private waiters: Array<() => void> = [];
  /** Every window/showMessageRequest received, oldest first. */
  readonly messages: ShowMessageRequestParams[] = [];
  /** Every capability the server registered (client/registerCapability), oldest first. */
  readonly registrations: Registration[] = [];
  /** Whether to answer window/showMessageRequest; when false the client refuses it with an error, as some do. */
  answerMessages = true;

  constructor(args: string[] = ['--lsp', '--stdio']) {
    this.child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest(ShowMessageRequest.type, (params) => {
      this.messages.push(params);
      if (!this.answerMessages) throw new ResponseError(-32601, 'window/showMessageRequest is not supported');
      return null;
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.listen();
  }

  /** `watchFiles`: the client can watch files for the server (workspace/didChangeWatchedFiles, registered dynamically). */
  async initialize(initializationOptions?: unknown, documentChanges = true, watchFiles = false): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { workspaceEdit: { documentChanges }, ...(watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}) },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Every publishDiagnostics received so far, oldest first. */
  get all(): readonly PublishDiagnosticsParams[] {
    return this.published;
  }

  /** The next publishDiagnostics (after those already taken by `next`). */
  private taken = 0;
  async next(timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    while (this.published.length <= this.taken) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no publishDiagnostics within ${timeoutMs} ms; server stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.published[this.taken++]!;
  }

  /** Wait for the process to end, failing rather than hanging when it does not. */
  async exitCode(timeoutMs = 5_000): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`server still running after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Tear down whatever is left; safe after the server has already exited. */
  dispose(): void {
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}
