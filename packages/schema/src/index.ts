/**
 * @parley/schema — the public contract of Parley's GraphQL API, for TypeScript clients.
 *
 * - `graphql(...)`: turns an operation written in the web app or tests into a typed document.
 * - Every schema type, enum and input as a TypeScript type (`Actor`, `RelationKind`, …), and every
 *   operation's result and variables types (`ActorSearchQueryQuery`, …).
 * - `ErrorCode`: every code the API sends in an error's `extensions.code`, with what each means.
 * The printed SDL itself is exported as `@parley/schema/schema.graphql`, for tools that read it.
 */
export * from './gql/index.js';
export * from './gql/graphql.js';
export * from './error-codes.js';
