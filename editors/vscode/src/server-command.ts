import { isAbsolute, join, resolve } from 'node:path';

/** How to start the language server: a program, its arguments, and whether it needs a shell (a Windows .cmd shim does). */
export interface ServerCommand {
  command: string;
  args: string[];
  shell: boolean;
}

export const SERVER_ARGS = ['--lsp', '--stdio'];

/**
 * The zhenlint to run: the `zhenlint.path` setting when given (relative to the first
 * workspace folder), else the first workspace folder's `node_modules/.bin/zhenlint`, so a
 * project lints with the version it pins, else `zhenlint` from the PATH.
 */
export function serverCommand(setting: string | undefined, folders: readonly string[], exists: (path: string) => boolean, platform: string = process.platform): ServerCommand {
  const windows = platform === 'win32';
  const of = (command: string): ServerCommand => ({ command, args: [...SERVER_ARGS], shell: windows && /\.(cmd|bat)$/i.test(command) });
  const configured = setting?.trim();
  if (configured) return of(isAbsolute(configured) || folders.length === 0 ? configured : resolve(folders[0]!, configured));
  for (const folder of folders) {
    const local = join(folder, 'node_modules', '.bin', windows ? 'zhenlint.cmd' : 'zhenlint');
    if (exists(local)) return of(local);
  }
  return of(windows ? 'zhenlint.cmd' : 'zhenlint');
}
