import { describeEachDatabase } from '@parley/test-support/vitest';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { expect, it } from 'vitest';
import { createContext } from '../src/common/context.js';
import { useTestApi } from './harness.js';
import { graphql } from './gql/index.js';
import { type ActorsPageQuery } from './gql/graphql.js';

const ActorsPageQuery = graphql(`
  query ActorsPageQuery($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {
    actors(search: $search, kinds: $kinds, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          name
          kind
        }
      }
      nodes {
        slug
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const ActorBySlugQuery = graphql(`
  query ActorBySlugQuery($slug: String!) {
    actor(slug: $slug) {
      id
      slug
      name
      aliases
      kind
      summary
    }
  }
`);

const NodeByIdQuery = graphql(`
  query NodeByIdQuery($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Actor {
        slug
      }
    }
  }
`);

/** The first error names the bad input and is a BAD_USER_INPUT, which clients tell apart from failures. */
function expectBadUserInput(result: { errors?: readonly GraphQLFormattedError[] }, message: RegExp) {
  const [error] = result.errors ?? [];
  expect(error?.message).toMatch(message);
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
}

describeEachDatabase('actors', (database) => {
  const api = useTestApi(database);

  it('finds an actor by a search that ignores case and accents', async () => {
    const result = await api.execute(ActorsPageQuery, { search: 'MADURO' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.actors.nodes.map((actor) => actor.slug)).toContain('nicolas-maduro');
    const rodriguez = await api.execute(ActorsPageQuery, { search: 'rodriguez' });
    expect(rodriguez.data?.actors.edges.map((edge) => edge.node.name)).toContain('Jorge Rodríguez');
  });

  it('pages through every actor exactly once with cursors', async () => {
    const all = await api.execute(ActorsPageQuery, { first: 100 });
    const total = all.data!.actors.totalCount;
    expect(total).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result: FormattedExecutionResult<ActorsPageQuery> = await api.execute(ActorsPageQuery, {
        first: 4,
        after,
      });
      const connection = result.data!.actors;
      expect(connection.totalCount).toBe(total);
      seen.push(...connection.nodes.map((node) => node.slug));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data!.actors.nodes.map((node) => node.slug));
    expect(new Set(seen).size).toBe(total);
  });

  it('defaults to 20 per page and filters by kind', async () => {
    const result = await api.execute(ActorsPageQuery, {});
    expect(result.data?.actors.nodes.length).toBe(Math.min(20, result.data!.actors.totalCount));
    const states = await api.execute(ActorsPageQuery, { kinds: ['STATE'], first: 100 });
    expect(states.data?.actors.edges.every((edge) => edge.node.kind === 'STATE')).toBe(true);
    expect(states.data?.actors.nodes.map((node) => node.slug)).toEqual(
      expect.arrayContaining(['venezuela', 'colombia']),
    );
  });

  it('returns an actor by slug, null for an unknown slug', async () => {
    const maduro = await api.execute(ActorBySlugQuery, { slug: 'nicolas-maduro' });
    expect(maduro.data?.actor).toMatchObject({ name: 'Nicolás Maduro', kind: 'PERSON' });
    expect(maduro.data?.actor?.aliases).toContain('Maduro');
    const nobody = await api.execute(ActorBySlugQuery, { slug: 'no-such-actor' });
    expect(nobody.errors).toBeUndefined();
    expect(nobody.data?.actor).toBeNull();
  });

  it('fetches the same actor again through node(id)', async () => {
    const maduro = await api.execute(ActorBySlugQuery, { slug: 'nicolas-maduro' });
    const again = await api.execute(NodeByIdQuery, { id: maduro.data!.actor!.id });
    expect(again.data?.node).toMatchObject({ __typename: 'Actor', slug: 'nicolas-maduro' });
  });

  it('answers bad input with a clear BAD_USER_INPUT error', async () => {
    expectBadUserInput(await api.execute(ActorsPageQuery, { first: 1000 }), /"first" must be between 0 and 100/);
    expectBadUserInput(await api.execute(ActorsPageQuery, { after: 'not-a-cursor' }), /"after" is not a cursor/);
    expectBadUserInput(
      await api.execute(ActorsPageQuery, { search: 'maduro '.repeat(5000) }),
      /"search" is limited to \d+ characters/,
    );
    const badId = await api.execute(NodeByIdQuery, { id: '%%%' });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses crafted cursors and cursors of another list, as BAD_USER_INPUT', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const page = await api.execute(ActorsPageQuery, { first: 2 });
    const endCursor = page.data!.actors.pageInfo.endCursor!;
    const next = await api.execute(ActorsPageQuery, { first: 2, after: endCursor });
    expect(next.errors).toBeUndefined();
    const crafted = [
      encode([{ $ne: null }]),
      encode(['Actor:slug:asc', { $ne: null }]),
      encode(['Actor:slug:asc', ['a']]),
      encode(['Actor:slug:asc', 'a', 'b']),
      encode(['Actor:slug:asc']),
      encode(['Actor:id:asc', 'nicolas-maduro']),
      encode(['Figure:id:asc', 1]),
      encode({ 0: 'Actor:slug:asc', 1: 'a' }),
      Buffer.from(JSON.stringify(['Actor:slug:asc', 'a'])).toString('base64') + '==',
    ];
    const figures = await api.server.apollo.executeOperation(
      { query: '{ figures(first: 1) { pageInfo { endCursor } } }' },
      { contextValue: createContext(api.db.orm.em) },
    );
    if (figures.body.kind !== 'single') throw new Error('expected a single result');
    const figureCursor = (figures.body.singleResult.data as { figures: { pageInfo: { endCursor: string } } }).figures
      .pageInfo.endCursor;
    for (const after of [...crafted, figureCursor]) {
      const result = await api.execute(ActorsPageQuery, { first: 2, after });
      expect(result.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message, after).toMatch(/"after" is not a cursor returned by this list/);
    }
  });
});
