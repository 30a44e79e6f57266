import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const EXTENSION = join(ROOT, 'editors', 'vscode');
const require = createRequire(import.meta.url);

/** Run a node script from the repository's root; its output is part of the failure message. */
function node(args: string[]): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

/**
 * The `vscode` module exists only inside the editor. The stand-in has every class, enum and
 * namespace that @types/vscode declares (empty ones): enough for the bundle to load, and a
 * name the bundle needs at load time that the real API does not have would still fail.
 */
function vscodeStub(): Record<string, unknown> {
  const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const stub: Record<string, unknown> = {};
  for (const m of declarations.matchAll(/^\s*export (class|enum|namespace) (\w+)/gm)) stub[m[2]!] ??= m[1] === 'class' ? class {} : {};
  return stub;
}

/** Load the built extension as VS Code does, require('vscode') answered by the stand-in. */
function loadExtension(): Record<string, unknown> {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  const stub = vscodeStub();
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub : original.call(this, request, ...rest);
  };
  try {
    return require(join(EXTENSION, 'dist', 'extension.js')) as Record<string, unknown>;
  } finally {
    loader._load = original;
  }
}

interface ServerCommand {
  command: string;
  args: string[];
  shell: boolean;
}

describe('the VS Code extension in editors/vscode', () => {
  let extension: Record<string, unknown>;
  beforeAll(() => {
    rmSync(join(EXTENSION, 'dist'), { recursive: true, force: true });
    // Type-checked against the VS Code API, then bundled with vscode-languageclient into one CommonJS file.
    const typecheck = node([require.resolve('typescript/bin/tsc'), '-p', join(EXTENSION, 'tsconfig.json')]);
    expect(typecheck).toEqual({ code: 0, output: '' });
    const build = node([join(EXTENSION, 'build.mjs')]);
    expect(build).toEqual({ code: 0, output: '' });
    extension = loadExtension();
  }, 120_000);

  it('builds to a CommonJS module that exports activate and deactivate', () => {
    expect(typeof extension.activate).toBe('function');
    expect(typeof extension.deactivate).toBe('function');
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8')) as { main: string; activationEvents: string[]; engines: { vscode: string } };
    expect(manifest.main).toBe('./dist/extension.js');
    // Activated for exactly the languages whose documents it hands to the server.
    expect(manifest.activationEvents).toEqual((extension.LANGUAGES as string[]).map((l) => `onLanguage:${l}`));
    expect(extension.LANGUAGES).toEqual(['plaintext', 'markdown', 'xml', 'html']);
    // The engine the bundled client requires.
    const client = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8')) as { engines: { vscode: string } };
    expect(manifest.engines.vscode).toBe(client.engines.vscode);
  });

  it('hands the server every saved or unsaved document of those languages, with the typing pause from the settings', () => {
    const options = (extension.clientOptions as (debounceMs: number) => unknown)(350);
    expect(options).toEqual({
      documentSelector: [
        { scheme: 'file', language: 'plaintext' },
        { scheme: 'untitled', language: 'plaintext' },
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'markdown' },
        { scheme: 'file', language: 'xml' },
        { scheme: 'untitled', language: 'xml' },
        { scheme: 'file', language: 'html' },
        { scheme: 'untitled', language: 'html' },
      ],
      initializationOptions: { debounceMs: 350 },
    });
  });

  it('starts zhenlint --lsp --stdio from the setting, else the workspace node_modules, else the PATH', () => {
    const serverCommand = extension.serverCommand as (setting: string | undefined, folders: string[], exists: (p: string) => boolean, platform?: string) => ServerCommand;
    const args = ['--lsp', '--stdio'];
    const installed = (path: string) => path === '/work/b/node_modules/.bin/zhenlint';
    expect(serverCommand(undefined, ['/work/a', '/work/b'], installed, 'linux')).toEqual({ command: '/work/b/node_modules/.bin/zhenlint', args, shell: false });
    expect(serverCommand('', ['/work/a'], installed, 'linux')).toEqual({ command: 'zhenlint', args, shell: false });
    expect(serverCommand('  tools/zhenlint ', ['/work/a', '/work/b'], installed, 'linux')).toEqual({ command: '/work/a/tools/zhenlint', args, shell: false });
    expect(serverCommand('/opt/zhenlint/bin/zhenlint', ['/work/b'], installed, 'linux')).toEqual({ command: '/opt/zhenlint/bin/zhenlint', args, shell: false });
    expect(serverCommand('tools/zhenlint', [], installed, 'linux')).toEqual({ command: 'tools/zhenlint', args, shell: false });
    // On Windows npm installs a .cmd shim, which only a shell can start.
    expect(serverCommand(undefined, [], () => false, 'win32')).toEqual({ command: 'zhenlint.cmd', args, shell: true });
  });
});
