import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, getNamedType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONNECTION_KEY_ARGS, createCache } from './apollo';

const schema = buildSchema(
  readFileSync(createRequire(import.meta.url).resolve('@parley/schema/schema.graphql'), 'utf8'),
);

describe('the Apollo cache', () => {
  it('pages every connection on Query, one list per value of its other arguments', () => {
    const connections = Object.values(schema.getQueryType()?.getFields() ?? {})
      .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
      .map((field) => [
        field.name,
        field.args
          .map((arg) => arg.name)
          .filter((name) => name !== 'first' && name !== 'after')
          .sort(),
      ]);
    const policies = Object.entries(CONNECTION_KEY_ARGS).map(([field, keyArgs]) => [field, [...keyArgs].sort()]);
    expect(policies.sort()).toEqual(connections.sort());
  });

  it('matches a fragment on Node to the type that implements it', () => {
    const cache = createCache();
    // A plain string, not a tagged document: this is no operation of the explorer's to generate types for.
    const query = parse(`
      query NodeFact {
        node(id: "relation-1") {
          ...Fact
        }
      }
      fragment Fact on Node {
        __typename
        id
        ... on Relation {
          summary
        }
      }
    `);
    cache.writeQuery({ query, data: { node: { __typename: 'Relation', id: 'relation-1', summary: 'Urged talks.' } } });
    expect(cache.readQuery({ query })).toEqual({
      node: { __typename: 'Relation', id: 'relation-1', summary: 'Urged talks.' },
    });
  });

  it('keeps the fields of a date that two queries ask differently of the same fact', () => {
    const cache = createCache();
    const wordsQuery = parse(`
      query RelationDateWords {
        node(id: "relation-1") {
          __typename
          id
          ... on Relation {
            date {
              text
              start
            }
          }
        }
      }
    `);
    const rangeQuery = parse(`
      query RelationDateRange {
        node(id: "relation-1") {
          __typename
          id
          ... on Relation {
            date {
              start
              end
            }
          }
        }
      }
    `);
    const relation = { __typename: 'Relation', id: 'relation-1' };
    cache.writeQuery({
      query: wordsQuery,
      data: { node: { ...relation, date: { __typename: 'PartialDate', text: 'Tuesday', start: '2024-04-09' } } },
    });
    cache.writeQuery({
      query: rangeQuery,
      data: { node: { ...relation, date: { __typename: 'PartialDate', start: '2024-04-09', end: '2024-04-09' } } },
    });
    expect(cache.readQuery({ query: wordsQuery })).toEqual({
      node: { ...relation, date: { __typename: 'PartialDate', text: 'Tuesday', start: '2024-04-09' } },
    });
  });
});
