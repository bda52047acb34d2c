import { createRequire } from 'node:module';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.js';

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    resolve: {
      // One copy of graphql: type-graphql and graphql-scalars load the CommonJS build under Node,
      // and a second (ESM) copy would fail graphql's instanceof checks.
      alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
    },
    test: {
      include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
      setupFiles: ['test/setup.ts'],
    },
  }),
);
