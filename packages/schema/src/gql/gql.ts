/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ActorsPageQuery($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {\n    actors(search: $search, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id slug name kind } }\n      nodes { slug }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.ActorsPageQueryDocument,
    "\n  query ActorBySlugQuery($slug: String!) {\n    actor(slug: $slug) { id slug name aliases kind summary }\n  }\n": typeof types.ActorBySlugQueryDocument,
    "\n  query NodeByIdQuery($id: ID!) {\n    node(id: $id) { __typename id ... on Actor { slug } }\n  }\n": typeof types.NodeByIdQueryDocument,
    "\n  query MiniRelationsQuery {\n    relations(filter: { source: \"rufus-firefly\" }) {\n      nodes {\n        kind category summary demand\n        date { text start end precision }\n        attribution { kind text source { slug } }\n        event { slug location }\n        evidence { start end quote document { slug } }\n      }\n    }\n  }\n": typeof types.MiniRelationsQueryDocument,
};
const documents: Documents = {
    "\n  query ActorsPageQuery($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {\n    actors(search: $search, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id slug name kind } }\n      nodes { slug }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.ActorsPageQueryDocument,
    "\n  query ActorBySlugQuery($slug: String!) {\n    actor(slug: $slug) { id slug name aliases kind summary }\n  }\n": types.ActorBySlugQueryDocument,
    "\n  query NodeByIdQuery($id: ID!) {\n    node(id: $id) { __typename id ... on Actor { slug } }\n  }\n": types.NodeByIdQueryDocument,
    "\n  query MiniRelationsQuery {\n    relations(filter: { source: \"rufus-firefly\" }) {\n      nodes {\n        kind category summary demand\n        date { text start end precision }\n        attribution { kind text source { slug } }\n        event { slug location }\n        evidence { start end quote document { slug } }\n      }\n    }\n  }\n": types.MiniRelationsQueryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorsPageQuery($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {\n    actors(search: $search, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id slug name kind } }\n      nodes { slug }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ActorsPageQuery($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {\n    actors(search: $search, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id slug name kind } }\n      nodes { slug }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorBySlugQuery($slug: String!) {\n    actor(slug: $slug) { id slug name aliases kind summary }\n  }\n"): (typeof documents)["\n  query ActorBySlugQuery($slug: String!) {\n    actor(slug: $slug) { id slug name aliases kind summary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeByIdQuery($id: ID!) {\n    node(id: $id) { __typename id ... on Actor { slug } }\n  }\n"): (typeof documents)["\n  query NodeByIdQuery($id: ID!) {\n    node(id: $id) { __typename id ... on Actor { slug } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MiniRelationsQuery {\n    relations(filter: { source: \"rufus-firefly\" }) {\n      nodes {\n        kind category summary demand\n        date { text start end precision }\n        attribution { kind text source { slug } }\n        event { slug location }\n        evidence { start end quote document { slug } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MiniRelationsQuery {\n    relations(filter: { source: \"rufus-firefly\" }) {\n      nodes {\n        kind category summary demand\n        date { text start end precision }\n        attribution { kind text source { slug } }\n        event { slug location }\n        evidence { start end quote document { slug } }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;