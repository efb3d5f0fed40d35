// The one vitest configuration of the repository. Each package's vitest.config.ts re-exports it, so every
// package finds its tests in the same place, applies the same fast-check settings (the test kit's setup:
// more runs under CI=true, FC_NUM_RUNS, FC_SEED) and has the same time limit.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: [fileURLToPath(new URL('./packages/testkit/src/vitest-setup.ts', import.meta.url))],
    testTimeout: 60_000,
  },
});
