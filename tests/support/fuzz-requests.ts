import type { GraphQLSchema } from 'graphql';
import { randomRequest, type KnownSlugs } from './schema-queries.js';

/** Bodies that are not GraphQL requests at all: random bytes, broken JSON, wrong shapes. */
export function randomBody(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  switch (Math.floor(random() * 4)) {
    case 0:
      return Buffer.from(
        Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 256)),
      ).toString('latin1');
    case 1:
      return pick(['{', '{"query":', '[]', 'null', '"x"', '{"query": 5}', '{"query": "{", "variables": 3}']);
    case 2:
      return JSON.stringify({ query: '{ actors { totalCount } }', variables: pick([[], 'x', 7, { a: '\u0000' }]) });
    default:
      return JSON.stringify({ query: '{ __typename }', operationName: pick([5, 'Nope', null, {}]) });
  }
}

/** The fuzz run's mix: nine in ten a random query generated from the schema, one in ten a random body. */
export function fuzzBody(schema: GraphQLSchema, random: () => number, slugs: KnownSlugs): string | object {
  return random() < 0.1 ? randomBody(random) : randomRequest(schema, random, slugs);
}
