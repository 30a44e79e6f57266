import { UsageError } from '../cli/errors.js';

/** An unreadable or invalid config: one line naming the file, the key path and what was expected; exit 2. */
export class ConfigError extends UsageError {
  override name = 'ConfigError';
}
