import { createRequire } from 'node:module';

type Zod = typeof import('zod');
let zod: Zod | undefined;

/**
 * zod, loaded on first use. It costs about a tenth of a second to load, so a
 * run without a config file (and a rule whose options nobody set) never does;
 * rule metadata is synchronous, hence require rather than import().
 */
export function zodSync(): Zod {
  zod ??= createRequire(import.meta.url)('zod') as Zod;
  return zod;
}

/** A schema built on first use, for `RuleMeta.options`. */
export function lazySchema<T>(build: (z: Zod['z']) => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build(zodSync().z));
}
