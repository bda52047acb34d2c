import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it } from 'vitest';
import { recordStatements, useTestApi } from './harness.js';
import { graphql } from './gql/index.js';

const SEED = 'us-venezuela-talks-2024-04-11';

const NestedEvidenceQuery = graphql(`
  query NestedEvidenceQuery($slug: String!) {
    document(slug: $slug) {
      evidence {
        document {
          evidence {
            document {
              evidence {
                document {
                  text
                }
              }
            }
          }
        }
      }
    }
  }
`);

const DocumentEvidenceQuery = graphql(`
  query DocumentEvidenceQuery($slug: String!, $first: Int) {
    document(slug: $slug) {
      evidence(first: $first) {
        start
        quote
      }
      all: evidenceConnection(first: 1) {
        totalCount
      }
    }
  }
`);

const DocumentEvidencePageQuery = graphql(`
  query DocumentEvidencePageQuery($slug: String!, $first: Int, $after: String) {
    document(slug: $slug) {
      evidenceConnection(first: $first, after: $after) {
        nodes {
          start
          quote
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const ActorListsQuery = graphql(`
  query ActorListsQuery(
    $first: Int
    $relations: Int
    $direction: Direction
    $categories: [RelationCategory!]
    $evidence: Int
  ) {
    actors(first: $first) {
      nodes {
        slug
        relations(first: $relations, direction: $direction, categories: $categories) {
          id
          category
          source {
            slug
          }
          target {
            slug
          }
          evidence(first: $evidence) {
            quote
          }
        }
      }
    }
  }
`);

const CountedActorsQuery = graphql(`
  query CountedActorsQuery($first: Int) {
    actors(first: $first) {
      ... on ActorConnection {
        totalCount
      }
      nodes {
        slug
      }
    }
  }
`);

const UncountedActorsQuery = graphql(`
  query UncountedActorsQuery($first: Int) {
    actors(first: $first) {
      nodes {
        slug
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const CountedActorsAfterQuery = graphql(`
  query CountedActorsAfterQuery($first: Int, $after: String, $search: String) {
    actors(first: $first, after: $after, search: $search) {
      totalCount
      nodes {
        slug
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describeEachDatabase('bounded lists', (database) => {
  const api = useTestApi(database);

  async function statementsOf<T>(run: () => Promise<T>): Promise<{ result: T; statements: number; sql: string[] }> {
    const recorder = recordStatements(api.db);
    try {
      const result = await run();
      return { result, statements: recorder.statements.length, sql: [...recorder.statements] };
    } finally {
      recorder.stop();
    }
  }

  it('refuses evidence nested in evidence before running it, by the lists’ default sizes', async () => {
    const { result, statements } = await statementsOf(() => api.execute(NestedEvidenceQuery, { slug: SEED }));
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(statements).toBe(0);
  });

  it('returns a document’s spans up to the default, all of them on the seed story', async () => {
    const { data, errors } = await api.execute(DocumentEvidenceQuery, { slug: SEED });
    expect(errors).toBeUndefined();
    const spans = data!.document!.evidence;
    expect(spans).toHaveLength(data!.document!.all.totalCount);
    expect(spans.length).toBeGreaterThan(150);
    expect(spans.length).toBeLessThanOrEqual(200);
  });

  it('honours first: the first spans in text order', async () => {
    const all = (await api.execute(DocumentEvidenceQuery, { slug: SEED })).data!.document!.evidence;
    const { data, errors } = await api.execute(DocumentEvidenceQuery, { slug: SEED, first: 5 });
    expect(errors).toBeUndefined();
    expect(data!.document!.evidence).toEqual(all.slice(0, 5));
    const none = await api.execute(DocumentEvidenceQuery, { slug: SEED, first: 0 });
    expect(none.data!.document!.evidence).toEqual([]);
  });

  it.each([501, -1])('refuses first: %i above the maximum or below zero, naming the argument', async (first) => {
    const { data, errors } = await api.execute(DocumentEvidenceQuery, { slug: SEED, first });
    expect(data?.document ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('refuses a relation list above its maximum', async () => {
    const { errors } = await api.execute(ActorListsQuery, { first: 1, relations: 201 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('pages through a document’s spans with evidenceConnection, in the list’s order', async () => {
    const all = (await api.execute(DocumentEvidenceQuery, { slug: SEED })).data!.document!.evidence;
    const paged: typeof all = [];
    let after: string | null | undefined;
    for (;;) {
      const { data, errors } = await api.execute(DocumentEvidencePageQuery, { slug: SEED, first: 100, after });
      expect(errors).toBeUndefined();
      const page = data!.document!.evidenceConnection;
      paged.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it('cuts and filters each actor’s relations as the whole list filtered would', async () => {
    const whole = await api.execute(ActorListsQuery, { first: 40, relations: 20 });
    expect(whole.errors).toBeUndefined();
    const cut = await api.execute(ActorListsQuery, {
      first: 40,
      relations: 2,
      direction: 'INCOMING',
      categories: ['PRESSURE', 'COERCION'],
      evidence: 1,
    });
    expect(cut.errors).toBeUndefined();
    const actors = whole.data!.actors.nodes;
    expect(actors.length).toBeLessThan(40);
    expect(actors.some((actor) => actor.relations.length > 2)).toBe(true);
    actors.forEach((actor, index) => {
      const expected = actor.relations
        .filter((relation) => relation.target.slug === actor.slug)
        .filter((relation) => ['PRESSURE', 'COERCION'].includes(relation.category))
        .slice(0, 2)
        .map((relation) => ({ ...relation, evidence: relation.evidence.slice(0, 1) }));
      expect(cut.data!.actors.nodes[index]!.relations).toEqual(expected);
    });
    // BOTH lists a relation of the actor once, in id order.
    for (const actor of actors) {
      const ids = actor.relations.map((relation) =>
        Number(Buffer.from(relation.id, 'base64').toString().split(':')[1]),
      );
      expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
    }
  });

  it('counts a connection’s rows only when totalCount is asked for', async () => {
    const counted = await statementsOf(() => api.execute(CountedActorsQuery, { first: 5 }));
    const uncounted = await statementsOf(() => api.execute(UncountedActorsQuery, { first: 5 }));
    expect(counted.result.errors).toBeUndefined();
    expect(uncounted.result.errors).toBeUndefined();
    expect(counted.result.data!.actors.totalCount).toBeGreaterThan(5);
    expect(uncounted.result.data!.actors.pageInfo.hasNextPage).toBe(true);
    // The count rides in the page's statement: one statement either way, counting only when asked.
    expect(counted.statements).toBe(1);
    expect(uncounted.statements).toBe(1);
    expect(counted.sql.filter((sql) => /count\(/i.test(sql))).toHaveLength(1);
    expect(uncounted.sql.filter((sql) => /count\(/i.test(sql))).toEqual([]);
  });

  it('counts the whole list on any page: the first, an empty one, one past the end, one matching nothing', async () => {
    const all = await api.execute(CountedActorsAfterQuery, { first: 100 });
    expect(all.errors).toBeUndefined();
    const total = all.data!.actors.totalCount;
    expect(all.data!.actors.nodes).toHaveLength(total);
    expect(total).toBeGreaterThan(5);

    const none = await statementsOf(() => api.execute(CountedActorsAfterQuery, { first: 0 }));
    expect(none.result.data!.actors).toMatchObject({ totalCount: total, nodes: [], pageInfo: { hasNextPage: true } });
    expect(none.statements).toBe(1);

    const middle = await api.execute(CountedActorsAfterQuery, { first: 3 });
    expect(middle.data!.actors.totalCount).toBe(total);
    const next = await api.execute(CountedActorsAfterQuery, {
      first: 3,
      after: middle.data!.actors.pageInfo.endCursor,
    });
    expect(next.data!.actors.totalCount).toBe(total);
    expect(next.data!.actors.nodes.map((actor) => actor.slug)).toEqual(
      all.data!.actors.nodes.slice(3, 6).map((actor) => actor.slug),
    );

    // Past the last row the page is empty, and the count needs a statement of its own.
    const past = await statementsOf(() =>
      api.execute(CountedActorsAfterQuery, { first: 5, after: all.data!.actors.pageInfo.endCursor }),
    );
    expect(past.result.errors).toBeUndefined();
    expect(past.result.data!.actors).toMatchObject({ totalCount: total, nodes: [], pageInfo: { hasNextPage: false } });
    expect(past.statements).toBe(2);

    const unmatched = await statementsOf(() =>
      api.execute(CountedActorsAfterQuery, { first: 5, search: 'no actor is called this' }),
    );
    expect(unmatched.result.data!.actors).toMatchObject({ totalCount: 0, nodes: [] });
    expect(unmatched.statements).toBe(1);
  });
});
