import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../vitest.shared.js';

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    test: {
      include: [
        'contract/**/*.test.ts',
        'cli/**/*.test.ts',
        'http/**/*.test.ts',
        'browser/**/*.test.ts',
        'bench/**/*.test.ts',
      ],
      testTimeout: 60_000,
    },
  }),
);
