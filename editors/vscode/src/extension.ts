import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverCommand } from './server-command';

export { serverCommand } from './server-command';

/** The languages the server lints (it leaves an XML or HTML file that is no article alone). */
export const LANGUAGES = ['plaintext', 'markdown', 'xml', 'html'] as const;

let client: LanguageClient | undefined;

/** The client's settings: every document of those languages, saved or not, and the typing pause from the settings. */
export function clientOptions(debounceMs: number): LanguageClientOptions {
  return {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: { debounceMs },
  };
}

function serverOptions(): ServerOptions {
  const setting = vscode.workspace.getConfiguration('zhenlint').get<string>('path');
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  const { command, args, shell } = serverCommand(setting, folders, existsSync);
  return { command, args, options: { shell, ...(folders[0] ? { cwd: folders[0] } : {}) } };
}

async function start(): Promise<void> {
  const debounceMs = vscode.workspace.getConfiguration('zhenlint').get<number>('debounceMs') ?? 200;
  client = new LanguageClient('zhenlint', 'zhenlint', serverOptions(), clientOptions(debounceMs));
  await client.start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const restart = async () => {
    await stop();
    await start();
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('zhenlint.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('zhenlint')) void restart();
    }),
  );
  await start();
}

export function deactivate(): Promise<void> {
  return stop();
}
