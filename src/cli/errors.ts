/** A failure of the run itself (bad arguments, unreadable input): one line on stderr, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
