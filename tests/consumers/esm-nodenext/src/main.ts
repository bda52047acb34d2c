// A consumer of @parley/schema: a ready document, an operation of its own, and the schema's facts.
import {
  ActorProfileQueryDocument,
  ErrorCode,
  RelationKind,
  relationKinds,
  type ActorProfileQuery,
  type DateString,
  type Relation,
} from '@parley/schema';
import { graphql } from './gql/index.js';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';

/** An operation of this package's own, typed by the codegen preset against the shipped SDL. */
export const WhoMetQuery = graphql(`
  query WhoMetQuery($slug: String!, $from: Date) {
    actor(slug: $slug) {
      name
      relations(kinds: [MET_WITH]) {
        date {
          start
        }
        target {
          name
        }
      }
    }
    events(filter: { from: $from }) {
      totalCount
    }
  }
`);

export function metNames(data: ResultOf<typeof WhoMetQuery>): string[] {
  return data.actor?.relations.map((relation) => relation.target.name) ?? [];
}

export const whoMetVariables: VariablesOf<typeof WhoMetQuery> = { slug: 'nicolas-maduro', from: '2024-01-01' };

export function profileName(data: ActorProfileQuery): string | undefined {
  return data.actor?.name;
}

export function profileKinds(data: ResultOf<typeof ActorProfileQueryDocument>): RelationKind[] {
  return data.actor?.relations.map((relation) => relation.kind) ?? [];
}

/** Schema types are there for code that is not tied to one operation. */
export function describeRelation(relation: Pick<Relation, 'kind' | 'summary'>): string {
  const { category, score } = relationKinds[relation.kind];
  return `${relation.summary} (${category}, ${score})`;
}

const firstDay: DateString = '2024-04-09';

const operationName = (document: { definitions: readonly unknown[] }) =>
  (document.definitions[0] as { name?: { value: string } }).name?.value;

console.log(
  JSON.stringify({
    ready: operationName(ActorProfileQueryDocument),
    own: operationName(WhoMetQuery),
    metWith: relationKinds[RelationKind.MET_WITH].category,
    notFound: ErrorCode.NOT_FOUND,
    firstDay,
  }),
);
