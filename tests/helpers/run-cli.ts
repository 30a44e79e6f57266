import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/zhenlint.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built command as a user would, without a terminal. */
export function runCli(args: string[], input?: string | Uint8Array, env: Record<string, string> = {}, cwd: string = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...env } as NodeJS.ProcessEnv,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
