import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';

/**
 * What this package generates from the committed SDL (schema.graphql, printed by the API):
 *
 * - Facts of the schema itself, whatever the operations ask: every enum as a runtime constant
 *   (`enums.ts`), and which types implement which interface (`possible-types.ts`, for Apollo's cache).
 * - Typed documents for every operation and fragment written with `graphql(...)` (`gql.ts`,
 *   `graphql.ts`, `fragment-masking.ts`), from the explorer and from the tests.
 */

/**
 * The explorer's operations and fragments and the settings only they need, kept together: when the
 * explorer generates its own typed documents, this block moves to apps/web with them.
 */
const explorer = {
  documents: ['../../apps/web/src/**/*.{ts,tsx}'],
  /**
   * One masking mechanism: the client preset's type-level fragment masking. A component states its
   * data as a fragment next to itself and takes `FragmentType<typeof Fragment>`; a parent that spreads
   * the fragment can pass the object on but not read those fields. Chosen over Apollo Client's
   * runtime data masking because half the explorer's fragments are on value objects without identity
   * (Evidence, PartialDate), which Apollo's `useFragment` cannot watch in the cache, and because
   * components stay plain functions of their props: no cache subscription per component, renderable
   * in tests without a client. The explorer only reads, so Apollo's finer re-rendering would buy little.
   * The unmasking function is called `getFragmentData`, not `useFragment`: it is not a hook, and may
   * run in loops and conditions.
   */
  fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
};

/** Operations of the API's tests and the cross-package tests: no fragments, no masking needed. */
const testDocuments = ['../../apps/api/test/**/*.ts', '../../tests/**/*.ts'];

/**
 * The client preset forwards only some settings to the file of operation types, and not
 * `dedupeOperationSuffix`; this passes it on so that `query ActorSearchQuery` gives
 * `ActorSearchQuery` (and `ActorSearchQueryVariables`), not `ActorSearchQueryQuery`.
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
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    './src/gql/enums.ts': {
      plugins: ['typescript'],
      // `RelationKind.MET_WITH`, `Object.values(RelationKind)`, and the type `RelationKind`.
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
    './src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true, deterministic: true },
    },
    './src/gql/': {
      documents: [...explorer.documents, ...testDocuments, '!../../**/node_modules/**', '!../../**/dist/**'],
      preset: clientPresetDedupingSuffixes,
      presetConfig: { fragmentMasking: explorer.fragmentMasking },
      config: {
        // Operation types refer to the enums of enums.ts instead of declaring their own copies.
        enumValues: './enums.js',
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: { Date: 'string' },
        documentMode: 'documentNode',
      },
    },
  },
};

export default config;
