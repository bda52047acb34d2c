import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it, vi } from 'vitest';
import { MAX_NODE_IDS } from '../src/schema/node.resolver.js';
import { useTestApi } from './harness.js';
import { graphql } from './gql/index.js';

const IdsQuery = graphql(`
  query IdsQuery {
    actors(first: 3) {
      nodes {
        id
        slug
      }
    }
    relations(first: 2) {
      nodes {
        id
        summary
      }
    }
  }
`);

const NodesQuery = graphql(`
  query NodesQuery($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Actor {
        slug
      }
      ... on Relation {
        summary
      }
    }
  }
`);

describeEachDatabase('nodes(ids:)', (database) => {
  const api = useTestApi(database);

  async function someIds() {
    const result = await api.execute(IdsQuery);
    expect(result.errors).toBeUndefined();
    return { actors: result.data!.actors.nodes, relations: result.data!.relations.nodes };
  }

  it('returns the objects of several types in the order asked, null where no object has the ID', async () => {
    const { actors, relations } = await someIds();
    const missingActor = Buffer.from('Actor:999999999', 'utf8').toString('base64url');
    const ids = [relations[1]!.id, actors[0]!.id, missingActor, relations[0]!.id, actors[2]!.id, actors[0]!.id];
    const result = await api.execute(NodesQuery, { ids });
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes).toEqual([
      { __typename: 'Relation', id: relations[1]!.id, summary: relations[1]!.summary },
      { __typename: 'Actor', id: actors[0]!.id, slug: actors[0]!.slug },
      null,
      { __typename: 'Relation', id: relations[0]!.id, summary: relations[0]!.summary },
      { __typename: 'Actor', id: actors[2]!.id, slug: actors[2]!.slug },
      { __typename: 'Actor', id: actors[0]!.id, slug: actors[0]!.slug },
    ]);
  });

  it('loads each type with one query, however many IDs of it are asked for', async () => {
    const { actors, relations } = await someIds();
    const connection = api.db.orm.em.getConnection();
    const spy = vi.spyOn(connection, 'execute');
    try {
      const result = await api.execute(NodesQuery, { ids: [...actors, ...relations].map((node) => node.id) });
      expect(result.data!.nodes).toHaveLength(actors.length + relations.length);
      expect(spy.mock.calls.length).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });

  it(`refuses more than ${MAX_NODE_IDS} IDs and malformed IDs with BAD_USER_INPUT`, async () => {
    const { actors } = await someIds();
    const tooMany = await api.execute(NodesQuery, {
      ids: Array.from({ length: MAX_NODE_IDS + 1 }, () => actors[0]!.id),
    });
    expect(tooMany.errors?.[0]?.message).toMatch(`"ids" takes at most ${MAX_NODE_IDS} IDs`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids' });
    const malformed = await api.execute(NodesQuery, { ids: [actors[0]!.id, '%%%'] });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await api.execute(NodesQuery, { ids: [] });
    expect(empty.data!.nodes).toEqual([]);
  });
});
