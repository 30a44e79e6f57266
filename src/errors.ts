/** A failure of the run itself (bad arguments, unreadable input): one line on stderr, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An unreadable or invalid config: one line naming the file, the key path and what was expected; exit 2. */
export class ConfigError extends UsageError {
  override name = 'ConfigError';
}
