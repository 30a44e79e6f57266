import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // A set-up that imports every module (tests/redos.test.ts) takes seconds on a loaded 2-core
    // machine: the limit guards against a hang, never against slowness.
    hookTimeout: 300_000,
  },
});
