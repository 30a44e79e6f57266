import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { CliOptions } from './args.js';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';
import { emit, writeOut } from './output.js';
import { ignoreFileOf, readIgnoreFile } from '../config/ignore-file.js';
import { CONFIG_NAMES, ConfigLoader, overRules, printableConfig } from '../config/load.js';

/** The commands that answer without linting: --print-schema, --init, --print-config. Returns their exit code. */
export async function preRun(opt: CliOptions, io: Io): Promise<number | undefined> {
  if (opt.printSchema) {
    const { reportJsonSchema } = await import('../report/schema.js');
    await emit(JSON.stringify(reportJsonSchema(), null, 2) + '\n', opt.output, io.stdout);
    return 0;
  }
  if (opt.init) {
    const name = CONFIG_NAMES[0];
    const existing = CONFIG_NAMES.find((n) => existsSync(n));
    if (existing) throw new UsageError(`${existing} already exists here; not overwriting it`);
    const { starterConfig } = await import('../config/init.js');
    await writeFile(name, starterConfig(), 'utf8');
    await writeOut(io.stdout, `wrote ${name}\n`);
    return 0;
  }
  if (opt.printConfig !== undefined) {
    const config = await new ConfigLoader(opt.config).forPath(opt.printConfig);
    const printed = printableConfig(config, opt.printConfig);
    // --rule is part of the settings in force, as it is for ESLint's --print-config.
    // A file the ignore file ignores is as ignored as one a config's ignorePatterns do.
    const { path, required } = ignoreFileOf(opt.ignorePath);
    const ignoreFile = await readIgnoreFile(path, required);
    if (ignoreFile?.ignores(opt.printConfig)) printed.ignored = true;
    if (opt.rules.length > 0) printed.rules = overRules(printed.rules, await (await import('./rule-option.js')).parseRuleOptions(opt.rules));
    await emit(JSON.stringify(printed, null, 2) + '\n', opt.output, io.stdout);
    return 0;
  }
  return undefined;
}
