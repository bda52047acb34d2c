// A consumer that types its operations with gql.tada, against the SDL @parley/schema ships.
import type { DateString, RelationKind } from '@parley/schema';
import { initGraphQLTada, type ResultOf } from 'gql.tada';
import type { introspection } from './graphql-env.js';

export const graphql = initGraphQLTada<{ introspection: introspection; scalars: { Date: DateString } }>();

export const WhoMetQuery = graphql(`
  query WhoMetQuery($slug: String!) {
    actor(slug: $slug) {
      name
      relations(kinds: [MET_WITH]) {
        kind
        date {
          start
        }
        target {
          name
        }
      }
    }
  }
`);

export function metNames(data: ResultOf<typeof WhoMetQuery>): string[] {
  return data.actor?.relations.map((relation) => relation.target.name) ?? [];
}

export function kinds(data: ResultOf<typeof WhoMetQuery>): RelationKind[] {
  return data.actor?.relations.map((relation) => relation.kind) ?? [];
}

export function starts(data: ResultOf<typeof WhoMetQuery>): (DateString | null)[] {
  return data.actor?.relations.map((relation) => relation.date?.start ?? null) ?? [];
}
