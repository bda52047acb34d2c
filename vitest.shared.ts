import { defineConfig } from 'vitest/config';

/** Settings every package's vitest config starts from. */
export const sharedTestConfig = defineConfig({
  test: {
    // Two cores on CI: one file per worker keeps databases and browsers from starving each other.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    passWithNoTests: false,
  },
});
