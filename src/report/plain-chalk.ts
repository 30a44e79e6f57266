import type { ChalkInstance } from 'chalk';

/**
 * What chalk is at level 0, without loading it (an ES module package, a few ms of a run's
 * start-up): every style, chained or not, gives back its text as it is, as chalk's own
 * builder does (one argument as a string, several joined by spaces).
 */
export function plainChalk(): ChalkInstance {
  const paint: ChalkInstance = new Proxy((...texts: unknown[]) => (texts.length === 1 ? String(texts[0]) : texts.join(' ')), {
    // Not a promise: without its own `then`, it can be handed on by an async function.
    get: (_, key) => (key === 'level' ? 0 : key === 'then' ? undefined : paint),
  }) as unknown as ChalkInstance;
  return paint;
}
