import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every operation written with `graphql(...)` in the web app and the tests,
 * generated from the committed SDL (schema.graphql), which the API prints.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: [
    '../../apps/web/src/**/*.{ts,tsx}',
    '../../apps/api/test/**/*.ts',
    '../../tests/**/*.ts',
    '!../../**/node_modules/**',
    '!../../**/dist/**',
  ],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { Date: 'string' },
        documentMode: 'documentNode',
      },
    },
  },
};

export default config;
