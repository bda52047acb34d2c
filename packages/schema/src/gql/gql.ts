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
    "\n  query RelationsWithEverythingQuery($first: Int) {\n    relations(first: $first) {\n      nodes {\n        source { slug positions { title organization { slug } } }\n        target { slug relations(direction: INCOMING) { kind } }\n        event { slug participants { actor { slug } } }\n        attribution { kind source { slug } }\n        evidence { quote document { slug } }\n      }\n    }\n  }\n": typeof types.RelationsWithEverythingQueryDocument,
    "\n  query MiniRelationsQuery {\n    relations(filter: { source: \"rufus-firefly\" }) {\n      nodes {\n        kind category summary demand\n        date { text start end precision }\n        attribution { kind text source { slug } }\n        event { slug location }\n        evidence { start end quote document { slug } }\n      }\n    }\n  }\n": typeof types.MiniRelationsQueryDocument,
    "\n  query DocumentSpansQuery($slug: String!) {\n    document(slug: $slug) {\n      title text publishedAt publishedAtBasis\n      publisher { slug }\n      contributors { slug }\n      evidence { start end quote supports { __typename id } }\n    }\n  }\n": typeof types.DocumentSpansQueryDocument,
    "\n  query WhoPressuredQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      relations(direction: INCOMING, categories: [PRESSURE, COERCION]) {\n        kind category modality summary demand lever\n        source { slug name }\n        attribution { kind text source { slug } }\n        evidence { quote start end }\n      }\n    }\n  }\n": typeof types.WhoPressuredQueryDocument,
    "\n  query RelationsByFilterQuery($filter: RelationFilter, $first: Int) {\n    relations(filter: $filter, first: $first) {\n      totalCount\n      nodes { kind category source { slug } target { slug } date { start end precision } }\n    }\n  }\n": typeof types.RelationsByFilterQueryDocument,
    "\n  query MeetingQuery($text: String) {\n    events(filter: { text: $text }) {\n      nodes {\n        slug title location secret\n        date { text start end precision basis }\n        attribution { kind text }\n        participants { role outcome actor { slug } evidence { quote } }\n      }\n    }\n  }\n": typeof types.MeetingQueryDocument,
    "\n  query NonResponsesQuery {\n    statements(kinds: [DECLINED_TO_COMMENT, NO_REPLY], first: 100) {\n      nodes { kind speaker { slug name } evidence { quote } }\n    }\n  }\n": typeof types.NonResponsesQueryDocument,
    "\n  query FiguresQuery {\n    figures(first: 100) {\n      nodes {\n        amount currency summary modality\n        period { text start end precision }\n        attribution { kind source { slug name } }\n        evidence { quote }\n      }\n    }\n  }\n": typeof types.FiguresQueryDocument,
    "\n  query NegotiationsQuery {\n    negotiations(first: 10) {\n      nodes {\n        slug title issues\n        parties { slug }\n        rounds { slug date { start } }\n        deadline { start precision basis }\n      }\n    }\n  }\n": typeof types.NegotiationsQueryDocument,
    "\n  query PathsQuery($from: String!, $to: String!, $maxLength: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength) {\n      length\n      steps {\n        from { slug } to { slug }\n        via {\n          __typename\n          ... on Relation { kind evidence { quote } }\n          ... on Position { title evidence { quote } }\n          ... on Event { slug evidence { quote } }\n        }\n      }\n    }\n  }\n": typeof types.PathsQueryDocument,
    "\n  query PositionsQuery($slug: String!) {\n    actor(slug: $slug) { positions { title acting organization { slug } evidence { quote } } }\n  }\n": typeof types.PositionsQueryDocument,
};
const documents: Documents = {
    "\n  query ActorsPageQuery($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {\n    actors(search: $search, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id slug name kind } }\n      nodes { slug }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.ActorsPageQueryDocument,
    "\n  query ActorBySlugQuery($slug: String!) {\n    actor(slug: $slug) { id slug name aliases kind summary }\n  }\n": types.ActorBySlugQueryDocument,
    "\n  query NodeByIdQuery($id: ID!) {\n    node(id: $id) { __typename id ... on Actor { slug } }\n  }\n": types.NodeByIdQueryDocument,
    "\n  query RelationsWithEverythingQuery($first: Int) {\n    relations(first: $first) {\n      nodes {\n        source { slug positions { title organization { slug } } }\n        target { slug relations(direction: INCOMING) { kind } }\n        event { slug participants { actor { slug } } }\n        attribution { kind source { slug } }\n        evidence { quote document { slug } }\n      }\n    }\n  }\n": types.RelationsWithEverythingQueryDocument,
    "\n  query MiniRelationsQuery {\n    relations(filter: { source: \"rufus-firefly\" }) {\n      nodes {\n        kind category summary demand\n        date { text start end precision }\n        attribution { kind text source { slug } }\n        event { slug location }\n        evidence { start end quote document { slug } }\n      }\n    }\n  }\n": types.MiniRelationsQueryDocument,
    "\n  query DocumentSpansQuery($slug: String!) {\n    document(slug: $slug) {\n      title text publishedAt publishedAtBasis\n      publisher { slug }\n      contributors { slug }\n      evidence { start end quote supports { __typename id } }\n    }\n  }\n": types.DocumentSpansQueryDocument,
    "\n  query WhoPressuredQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      relations(direction: INCOMING, categories: [PRESSURE, COERCION]) {\n        kind category modality summary demand lever\n        source { slug name }\n        attribution { kind text source { slug } }\n        evidence { quote start end }\n      }\n    }\n  }\n": types.WhoPressuredQueryDocument,
    "\n  query RelationsByFilterQuery($filter: RelationFilter, $first: Int) {\n    relations(filter: $filter, first: $first) {\n      totalCount\n      nodes { kind category source { slug } target { slug } date { start end precision } }\n    }\n  }\n": types.RelationsByFilterQueryDocument,
    "\n  query MeetingQuery($text: String) {\n    events(filter: { text: $text }) {\n      nodes {\n        slug title location secret\n        date { text start end precision basis }\n        attribution { kind text }\n        participants { role outcome actor { slug } evidence { quote } }\n      }\n    }\n  }\n": types.MeetingQueryDocument,
    "\n  query NonResponsesQuery {\n    statements(kinds: [DECLINED_TO_COMMENT, NO_REPLY], first: 100) {\n      nodes { kind speaker { slug name } evidence { quote } }\n    }\n  }\n": types.NonResponsesQueryDocument,
    "\n  query FiguresQuery {\n    figures(first: 100) {\n      nodes {\n        amount currency summary modality\n        period { text start end precision }\n        attribution { kind source { slug name } }\n        evidence { quote }\n      }\n    }\n  }\n": types.FiguresQueryDocument,
    "\n  query NegotiationsQuery {\n    negotiations(first: 10) {\n      nodes {\n        slug title issues\n        parties { slug }\n        rounds { slug date { start } }\n        deadline { start precision basis }\n      }\n    }\n  }\n": types.NegotiationsQueryDocument,
    "\n  query PathsQuery($from: String!, $to: String!, $maxLength: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength) {\n      length\n      steps {\n        from { slug } to { slug }\n        via {\n          __typename\n          ... on Relation { kind evidence { quote } }\n          ... on Position { title evidence { quote } }\n          ... on Event { slug evidence { quote } }\n        }\n      }\n    }\n  }\n": types.PathsQueryDocument,
    "\n  query PositionsQuery($slug: String!) {\n    actor(slug: $slug) { positions { title acting organization { slug } evidence { quote } } }\n  }\n": types.PositionsQueryDocument,
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
export function graphql(source: "\n  query RelationsWithEverythingQuery($first: Int) {\n    relations(first: $first) {\n      nodes {\n        source { slug positions { title organization { slug } } }\n        target { slug relations(direction: INCOMING) { kind } }\n        event { slug participants { actor { slug } } }\n        attribution { kind source { slug } }\n        evidence { quote document { slug } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelationsWithEverythingQuery($first: Int) {\n    relations(first: $first) {\n      nodes {\n        source { slug positions { title organization { slug } } }\n        target { slug relations(direction: INCOMING) { kind } }\n        event { slug participants { actor { slug } } }\n        attribution { kind source { slug } }\n        evidence { quote document { slug } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MiniRelationsQuery {\n    relations(filter: { source: \"rufus-firefly\" }) {\n      nodes {\n        kind category summary demand\n        date { text start end precision }\n        attribution { kind text source { slug } }\n        event { slug location }\n        evidence { start end quote document { slug } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MiniRelationsQuery {\n    relations(filter: { source: \"rufus-firefly\" }) {\n      nodes {\n        kind category summary demand\n        date { text start end precision }\n        attribution { kind text source { slug } }\n        event { slug location }\n        evidence { start end quote document { slug } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentSpansQuery($slug: String!) {\n    document(slug: $slug) {\n      title text publishedAt publishedAtBasis\n      publisher { slug }\n      contributors { slug }\n      evidence { start end quote supports { __typename id } }\n    }\n  }\n"): (typeof documents)["\n  query DocumentSpansQuery($slug: String!) {\n    document(slug: $slug) {\n      title text publishedAt publishedAtBasis\n      publisher { slug }\n      contributors { slug }\n      evidence { start end quote supports { __typename id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoPressuredQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      relations(direction: INCOMING, categories: [PRESSURE, COERCION]) {\n        kind category modality summary demand lever\n        source { slug name }\n        attribution { kind text source { slug } }\n        evidence { quote start end }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhoPressuredQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      relations(direction: INCOMING, categories: [PRESSURE, COERCION]) {\n        kind category modality summary demand lever\n        source { slug name }\n        attribution { kind text source { slug } }\n        evidence { quote start end }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationsByFilterQuery($filter: RelationFilter, $first: Int) {\n    relations(filter: $filter, first: $first) {\n      totalCount\n      nodes { kind category source { slug } target { slug } date { start end precision } }\n    }\n  }\n"): (typeof documents)["\n  query RelationsByFilterQuery($filter: RelationFilter, $first: Int) {\n    relations(filter: $filter, first: $first) {\n      totalCount\n      nodes { kind category source { slug } target { slug } date { start end precision } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingQuery($text: String) {\n    events(filter: { text: $text }) {\n      nodes {\n        slug title location secret\n        date { text start end precision basis }\n        attribution { kind text }\n        participants { role outcome actor { slug } evidence { quote } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingQuery($text: String) {\n    events(filter: { text: $text }) {\n      nodes {\n        slug title location secret\n        date { text start end precision basis }\n        attribution { kind text }\n        participants { role outcome actor { slug } evidence { quote } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NonResponsesQuery {\n    statements(kinds: [DECLINED_TO_COMMENT, NO_REPLY], first: 100) {\n      nodes { kind speaker { slug name } evidence { quote } }\n    }\n  }\n"): (typeof documents)["\n  query NonResponsesQuery {\n    statements(kinds: [DECLINED_TO_COMMENT, NO_REPLY], first: 100) {\n      nodes { kind speaker { slug name } evidence { quote } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiguresQuery {\n    figures(first: 100) {\n      nodes {\n        amount currency summary modality\n        period { text start end precision }\n        attribution { kind source { slug name } }\n        evidence { quote }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FiguresQuery {\n    figures(first: 100) {\n      nodes {\n        amount currency summary modality\n        period { text start end precision }\n        attribution { kind source { slug name } }\n        evidence { quote }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NegotiationsQuery {\n    negotiations(first: 10) {\n      nodes {\n        slug title issues\n        parties { slug }\n        rounds { slug date { start } }\n        deadline { start precision basis }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NegotiationsQuery {\n    negotiations(first: 10) {\n      nodes {\n        slug title issues\n        parties { slug }\n        rounds { slug date { start } }\n        deadline { start precision basis }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsQuery($from: String!, $to: String!, $maxLength: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength) {\n      length\n      steps {\n        from { slug } to { slug }\n        via {\n          __typename\n          ... on Relation { kind evidence { quote } }\n          ... on Position { title evidence { quote } }\n          ... on Event { slug evidence { quote } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PathsQuery($from: String!, $to: String!, $maxLength: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength) {\n      length\n      steps {\n        from { slug } to { slug }\n        via {\n          __typename\n          ... on Relation { kind evidence { quote } }\n          ... on Position { title evidence { quote } }\n          ... on Event { slug evidence { quote } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsQuery($slug: String!) {\n    actor(slug: $slug) { positions { title acting organization { slug } evidence { quote } } }\n  }\n"): (typeof documents)["\n  query PositionsQuery($slug: String!) {\n    actor(slug: $slug) { positions { title acting organization { slug } evidence { quote } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;