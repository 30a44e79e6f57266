import type { ConfigLoader } from '../config/load.js';
import type { EncodingName } from '../encoding/decode.js';
import { lintOptionsFor } from '../config/load.js';
import { lintFile, type LintOptions } from '../lint.js';
import type { FileReport } from '../report/schema.js';
import type { CliOptions } from './args.js';
import { fixRefusal, planFix, unifiedDiff, writeFix } from './fix.js';
import { warn } from './setup.js';

export interface LintedFile {
  file: FileReport;
  /** The text the report is about: the fixed text after --fix or --fix-dry-run. */
  text: string;
  /** The unified diff of the fixes, with --fix-dry-run. */
  diff?: string;
}

/** The lint options for one path: its config, and what the command line adds. */
export async function lintOptionsForCli(opt: CliOptions, loader: ConfigLoader, path: string): Promise<LintOptions> {
  const lintOptions = lintOptionsFor(await loader.forPath(path), path);
  if (opt.reportUnusedDisableDirectives) lintOptions.reportUnusedDisableDirectives = 'error';
  lintOptions.timeBudgetMs = opt.maxFileTimeMs;
  return lintOptions;
}

/** How the text was read from disk, so that fixes are written back only where that is safe. */
export interface OnDisk {
  encoding: EncodingName;
  invalidBytes: boolean;
}

/**
 * Lint one text with the config that applies to its path, then fix it when asked and
 * report what is left. Throws a TimeBudgetError when the file is over its time budget.
 */
export async function lintOne(opt: CliOptions, loader: ConfigLoader, path: string, text: string, onDisk: OnDisk | undefined): Promise<LintedFile> {
  const lintText = async (t: string) => lintFile(t, await lintOptionsForCli(opt, loader, path));
  const file = await lintText(text);
  if (!opt.fix && !opt.fixDryRun) return { file, text };
  const plan = planFix(file, text);
  if (plan.refused) warn(plan.refused);
  if (plan.text === undefined) return { file, text };
  const refused = !onDisk ? undefined : opt.fix ? await writeFix(path, text, plan.text, onDisk.encoding, onDisk.invalidBytes) : fixRefusal(path, onDisk.encoding, onDisk.invalidBytes);
  if (refused) {
    warn(refused);
    return { file, text };
  }
  return {
    file: await lintText(plan.text),
    text: plan.text,
    ...(opt.fixDryRun ? { diff: await unifiedDiff(path, text, plan.text) } : {}),
  };
}
