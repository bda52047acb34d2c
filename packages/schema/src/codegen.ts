/**
 * `@parley/schema/codegen`: the GraphQL Code Generator settings a package needs to type its own
 * operations against Parley's shipped SDL. A consumer's `codegen.ts` is one call:
 *
 *     import { parleyCodegenConfig } from '@parley/schema/codegen';
 *     export default parleyCodegenConfig({ documents: ['src/**\/*.ts'], output: './src/gql/' });
 *
 * and `graphql-codegen --config codegen.ts` writes a `graphql()` that types every operation the
 * package writes, failing on a field, argument or type the schema does not have.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import { fileURLToPath } from 'node:url';

/** Where the shipped SDL is, on disk: the schema every consumer's operations are checked against. */
export const parleySchemaPath: string = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/**
 * The TypeScript type of the `Date` scalar (`2024-04-09`): a yyyy-mm-dd string, as the API sends and
 * takes it. The same as the `DateString` type `@parley/schema` exports.
 */
export const dateScalarType = '`${number}-${number}-${number}`';

/** The TypeScript type of the `DateTimeISO` scalar (`2026-11-29T10:15:30.000Z`): an ISO 8601 string in UTC. */
export const dateTimeScalarType = 'string';

/** How a consumer's generated code is told apart, and what it may change. */
export interface ParleyCodegenOptions {
  /** Files (globs) with the package's `graphql(…)` operations and fragments, relative to its codegen.ts. */
  documents: string | string[];
  /** The folder to write the typed `graphql()` into, ending in `/` (`'./src/gql/'`). */
  output: string;
  /**
   * Type-level fragment masking (the client preset's): a component takes `FragmentType<typeof F>`
   * and reads it with the unmask function. Off by default; `{ unmaskFunctionName: 'getFragmentData' }`
   * turns it on under a name that does not look like a React hook.
   */
  fragmentMasking?: false | { unmaskFunctionName?: string };
  /**
   * Where the operation types take the schema's enums from. `@parley/schema` (the default) makes
   * them the package's runtime constants (`RelationKind.MET_WITH`), so no enum is declared twice.
   */
  enumsFrom?: string;
  /** The SDL to check against; the shipped `schema.graphql` unless a test points elsewhere. */
  schema?: string;
  /** Further client-preset settings, applied last. */
  config?: Record<string, unknown>;
}

/**
 * The client preset, passing on one setting it drops: `dedupeOperationSuffix`, so that
 * `query ActorSearchQuery` gives the types `ActorSearchQuery` and `ActorSearchQueryVariables`,
 * not `ActorSearchQueryQuery`.
 */
export const parleyClientPreset: typeof clientPreset = {
  ...clientPreset,
  buildGeneratesSection: async (options) =>
    (await clientPreset.buildGeneratesSection(options)).map((output) => ({
      ...output,
      config: { ...output.config, dedupeOperationSuffix: true },
    })),
};

/**
 * The settings every output of a Parley consumer shares: `.js` import suffixes (they resolve under
 * NodeNext, Node16, Bundler and CommonJS alike), type-only imports, and the `Date` scalar typed.
 */
export function parleyOutputConfig(enumsFrom = '@parley/schema'): Record<string, unknown> {
  return {
    enumValues: enumsFrom,
    useTypeImports: true,
    emitLegacyCommonJSImports: false,
    scalars: { Date: dateScalarType, DateTimeISO: dateTimeScalarType },
    documentMode: 'documentNode',
  };
}

/** A complete codegen configuration: the package's operations, typed against the shipped SDL. */
export function parleyCodegenConfig(options: ParleyCodegenOptions): CodegenConfig {
  return {
    schema: options.schema ?? parleySchemaPath,
    documents: [
      ...(Array.isArray(options.documents) ? options.documents : [options.documents]),
      '!**/node_modules/**',
      '!**/dist/**',
    ],
    // A package that uses the preset has operations; finding none means the globs are wrong.
    ignoreNoDocuments: false,
    generates: {
      [options.output]: {
        preset: parleyClientPreset,
        presetConfig: { fragmentMasking: options.fragmentMasking ?? false },
        config: { ...parleyOutputConfig(options.enumsFrom), ...options.config },
      },
    },
  };
}
