import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it } from 'vitest';
import { recordStatements, useTestApi } from './harness.js';
import { graphql } from './gql/index.js';

const RelationsWithEverythingQuery = graphql(`
  query RelationsWithEverythingQuery($first: Int) {
    relations(first: $first) {
      nodes {
        source {
          slug
          positions {
            title
            organization {
              slug
            }
          }
        }
        target {
          slug
          relations(direction: INCOMING) {
            kind
          }
        }
        event {
          slug
          participants {
            actor {
              slug
            }
          }
        }
        attribution {
          kind
          source {
            slug
          }
        }
        evidence {
          quote
          document {
            slug
          }
        }
      }
    }
  }
`);

const RelationPageWithEndsQuery = graphql(`
  query RelationPageWithEndsQuery($first: Int) {
    relations(first: $first) {
      totalCount
      nodes {
        kind
        source {
          name
        }
        target {
          name
        }
      }
    }
  }
`);

const FilteredBySlugQuery = graphql(`
  query FilteredBySlugQuery($slug: String!) {
    events(first: 20, filter: { participant: $slug }) {
      totalCount
      nodes {
        slug
        participants {
          role
          actor {
            slug
          }
        }
      }
    }
    relations(first: 50, filter: { actor: $slug }) {
      totalCount
      nodes {
        source {
          slug
        }
        target {
          slug
        }
      }
    }
    statements(first: 20, speaker: $slug) {
      totalCount
      nodes {
        speaker {
          slug
        }
      }
    }
  }
`);

describeEachDatabase('batching', (database) => {
  const api = useTestApi(database);

  async function countQueries(first: number) {
    const recorder = recordStatements(api.db);
    try {
      const result = await api.execute(RelationsWithEverythingQuery, { first });
      expect(result.errors).toBeUndefined();
      return { statements: recorder.statements.length, relations: result.data!.relations.nodes.length };
    } finally {
      recorder.stop();
    }
  }

  const ActorListsWithChildrenQuery = graphql(`
    query ActorListsWithChildrenQuery($actors: Int, $each: Int) {
      actors(first: $actors) {
        nodes {
          slug
          relations(first: $each) {
            kind
            evidence(first: $each) {
              quote
            }
          }
          participations(first: $each) {
            role
          }
          statements(first: $each) {
            kind
          }
          positions(first: $each) {
            title
          }
          figures(first: $each) {
            amount
          }
          evidence(first: $each) {
            quote
          }
        }
      }
    }
  `);

  async function countListQueries(actors: number, each: number) {
    const recorder = recordStatements(api.db);
    try {
      const result = await api.execute(ActorListsWithChildrenQuery, { actors, each });
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.actors.nodes;
      const rows = nodes.reduce(
        (sum, actor) =>
          sum +
          actor.relations.length +
          actor.relations.reduce((spans, relation) => spans + relation.evidence.length, 0) +
          actor.participations.length +
          actor.statements.length +
          actor.positions.length +
          actor.figures.length +
          actor.evidence.length,
        0,
      );
      return { statements: recorder.statements.length, rows };
    } finally {
      recorder.stop();
    }
  }

  it('runs one statement per list field, however many parents and rows it returns', async () => {
    const small = await countListQueries(3, 1);
    const large = await countListQueries(30, 10);
    expect(large.rows).toBeGreaterThan(small.rows * 10);
    // The page, then one statement for each of the seven list fields.
    expect(small.statements).toBe(8);
    expect(large.statements).toBe(small.statements);
  });

  it('resolves relation fields with a fixed number of queries, not one per parent', async () => {
    const few = await countQueries(2);
    const many = await countQueries(40);
    expect(many.relations).toBeGreaterThan(few.relations * 5);
    // One SELECT per field level (plus the page), whatever the number of parents.
    expect(many.statements).toBeLessThan(20);
    expect(many.statements).toBeLessThan(many.relations);
    expect(many.statements - few.statements).toBeLessThan(6);
  });

  it('sends the same statements for a root page of 2 facts as for one of 20: page with its count, both ends at once', async () => {
    async function statementsFor(first: number) {
      const recorder = recordStatements(api.db);
      try {
        const result = await api.execute(RelationPageWithEndsQuery, { first });
        expect(result.errors).toBeUndefined();
        return { statements: recorder.statements.length, relations: result.data!.relations.nodes.length };
      } finally {
        recorder.stop();
      }
    }
    const few = await statementsFor(2);
    const many = await statementsFor(20);
    expect(many.relations).toBe(20);
    expect(few.statements).toBe(2);
    expect(many.statements).toBe(few.statements);
  });

  it('finds the actor an event or statement filter names by slug in the list’s own statement; an unknown slug lists nothing', async () => {
    async function filteredBy(slug: string) {
      const recorder = recordStatements(api.db);
      try {
        const result = await api.execute(FilteredBySlugQuery, { slug });
        expect(result.errors).toBeUndefined();
        return { data: result.data!, statements: recorder.statements };
      } finally {
        recorder.stop();
      }
    }
    const { data, statements } = await filteredBy('luis-gilberto-murillo');
    expect(data.events.nodes.length).toBeGreaterThan(0);
    expect(data.events.totalCount).toBeGreaterThanOrEqual(data.events.nodes.length);
    for (const event of data.events.nodes)
      expect(event.participants.map((participant) => participant.actor.slug)).toContain('luis-gilberto-murillo');
    expect(data.relations.nodes.length).toBeGreaterThan(0);
    for (const relation of data.relations.nodes)
      expect([relation.source.slug, relation.target.slug]).toContain('luis-gilberto-murillo');
    expect(data.statements.nodes.length).toBeGreaterThan(0);
    expect(data.statements.nodes.every((statement) => statement.speaker.slug === 'luis-gilberto-murillo')).toBe(true);
    // Only the relations look the slug up on its own (the lookup by slug reads `from actor where
    // slug in (…)`): their page is planned on the actor's id, which walks a hub's index in page order.
    expect(statements.filter((sql) => /^select [^()]* from actor where slug in\b/i.test(sql))).toHaveLength(1);
    // That lookup, three pages with their counts, the events' participants, then the actors they name
    // and those at the ends of the relations and statements: one batch per list whose rows arrive apart.
    expect(statements.length).toBeLessThanOrEqual(8);

    const nobody = await filteredBy('no-such-actor');
    expect(nobody.data).toEqual({
      events: { totalCount: 0, nodes: [] },
      relations: { totalCount: 0, nodes: [] },
      statements: { totalCount: 0, nodes: [] },
    });
    // The three pages, nothing loaded with their rows.
    expect(nobody.statements).toHaveLength(3);
  });
});
