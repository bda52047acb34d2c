import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';

/**
 * Typed documents for the command's own operations (src/operations.ts), generated against the
 * committed SDL of @parley/schema with the client preset, set up as the schema package sets it up.
 */

/**
 * The client preset does not forward `dedupeOperationSuffix` to the file of operation types; this
 * passes it on, so that `query PressureQuery` gives `PressureQuery`, not `PressureQueryQuery`.
 */
const clientPresetDedupingSuffixes: typeof clientPreset = {
  ...clientPreset,
  buildGeneratesSection: async (options) =>
    (await clientPreset.buildGeneratesSection(options)).map((output) => ({
      ...output,
      config: { ...output.config, dedupeOperationSuffix: true },
    })),
};

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  generates: {
    './src/gql/': {
      preset: clientPresetDedupingSuffixes,
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: { Date: 'string' },
        documentMode: 'documentNode',
        enumsAsTypes: true,
      },
    },
  },
};

export default config;
