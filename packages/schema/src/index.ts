/**
 * @parley/schema — the public contract of Parley's GraphQL API, for TypeScript clients.
 *
 * - Every type, input and enum of the schema as a TypeScript type (`Actor`, `Relation`,
 *   `EventFilter`, `Scalars`, …); every enum also as a runtime constant: `RelationKind.MET_WITH`,
 *   `Object.values(RelationKind)`.
 * - `relationKinds`: each relation kind's category, PLOVER mapping, score and description, as the
 *   API defines them; `relationCategoryDescriptions` for the categories.
 * - `DateString`: the `Date` scalar's type, a yyyy-mm-dd string.
 * - Ready typed documents for the questions people ask (`ActorProfileQueryDocument`,
 *   `WhoPressuredWhomQueryDocument`, `EventsInRangeQueryDocument`, `ActorPathsQueryDocument`,
 *   `StatementsQueryDocument`, `FiguresQueryDocument`, `DocumentReaderQueryDocument`), each with its
 *   result and variables types (`ActorProfileQuery`, `ActorProfileQueryVariables`).
 * - `graphql(…)` returns those same documents from their text; for operations of your own, use the
 *   codegen preset `@parley/schema/codegen` (or gql.tada with `@parley/schema/schema.graphql`).
 * - `ErrorCode`: every code the API sends in an error's `extensions.code`, with what each means.
 * - `possibleTypes`: which types implement which interface (`Node`), for Apollo Client's cache.
 * - `schemaSdl`: the SDL as a string; also shipped as `@parley/schema/schema.graphql` and, as an
 *   introspection result, `@parley/schema/introspection.json`.
 */
import generatedPossibleTypes from './gql/possible-types.js';

export * from './gql/enums.js';
export * from './gql/types.js';
export * from './gql/index.js';
export * from './gql/graphql.js';
export { schemaSdl } from './gql/sdl.js';
export * from './error-codes.js';
export * from './relation-kinds.js';

/** The `Date` scalar (`2024-04-09`): a calendar date written yyyy-mm-dd, as the API sends and takes it. */
export type DateString = `${number}-${number}-${number}`;

/** For each interface, the types that implement it (`{ Node: ['Actor', …] }`), as the schema says. */
export const possibleTypes = generatedPossibleTypes.possibleTypes;
