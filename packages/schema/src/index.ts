/**
 * @parley/schema — the public contract of Parley's GraphQL API, for TypeScript clients.
 *
 * - Every enum of the schema as a runtime constant and a type: `RelationKind.MET_WITH`,
 *   `Object.values(RelationKind)`, `RelationKind`.
 * - `possibleTypes`: which types implement which interface (`Node`), for Apollo Client's cache.
 * - `graphql(...)`: turns an operation or fragment written in the web app or tests into a typed
 *   document; every operation's result and variables types (`ActorSearchQuery`,
 *   `ActorSearchQueryVariables`) and every fragment's type.
 * - `FragmentType` and `getFragmentData`: a component takes `FragmentType<typeof ItsFragment>` and
 *   reads it with `getFragmentData`; a parent that spreads the fragment cannot read its fields.
 * - `ErrorCode`: every code the API sends in an error's `extensions.code`, with what each means.
 * The printed SDL itself is exported as `@parley/schema/schema.graphql`, for tools that read it.
 */
import generatedPossibleTypes from './gql/possible-types.js';

export * from './gql/enums.js';
export * from './gql/index.js';
export * from './gql/graphql.js';
export * from './error-codes.js';

/** For each interface, the types that implement it (`{ Node: ['Actor', …] }`), as the schema says. */
export const possibleTypes = generatedPossibleTypes.possibleTypes;
