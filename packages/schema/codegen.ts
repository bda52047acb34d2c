import type { CodegenConfig } from '@graphql-codegen/cli';
import { dateScalarType, dateTimeScalarType, parleyClientPreset, parleyOutputConfig } from './src/codegen.js';

/**
 * What this package generates from the committed SDL (schema.graphql, printed by the API):
 *
 * - Facts of the schema itself, whatever the operations ask: every type, input and enum as a
 *   TypeScript type (`types.ts`), every enum as a runtime constant (`enums.ts`), which types
 *   implement which interface (`possible-types.ts`, for Apollo's cache), the SDL as a string
 *   (`sdl.ts`) and the introspection result (`introspection.json`).
 * - Typed documents for the public operations in `src/documents/` (`gql.ts`, `graphql.ts`,
 *   `fragment-masking.ts`), with the same preset consumers use for their own (`src/codegen.ts`).
 * The web app and the tests type their own operations with that preset, in their own packages.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    './src/gql/enums.ts': {
      plugins: ['typescript'],
      // `RelationKind.MET_WITH`, `Object.values(RelationKind)`, and the type `RelationKind`.
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
    './src/gql/types.ts': {
      plugins: ['typescript'],
      config: {
        enumValues: './enums.js',
        useTypeImports: true,
        scalars: { Date: dateScalarType, DateTimeISO: dateTimeScalarType },
        // Nullable fields are `T | null`, as the API sends them; optional only for inputs.
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        maybeValue: 'T | null',
      },
    },
    './src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true, deterministic: true },
    },
    './src/gql/sdl.ts': {
      plugins: ['./codegen-plugins/sdl-module.js'],
      config: { file: 'schema.graphql' },
    },
    './introspection.json': {
      plugins: ['./codegen-plugins/introspection-json.js'],
    },
    './src/gql/': {
      documents: ['src/documents/*.graphql'],
      preset: parleyClientPreset,
      // Kept on so that `FragmentType`, `getFragmentData` and `makeFragmentData` stay exported.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: parleyOutputConfig('./enums.js'),
    },
  },
};

export default config;
