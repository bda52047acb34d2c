import { createRequire } from 'node:module';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../vitest.shared.js';

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    resolve: {
      // One copy of graphql, as in the API's suites: the API's modules that the contract suites
      // import, and the libraries they use (type-graphql, graphql-scalars, graphql-query-complexity),
      // must share it, or graphql's instanceof checks fail.
      alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
    },
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
