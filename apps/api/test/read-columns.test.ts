import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it } from 'vitest';
import { recordStatements, useTestApi } from './harness.js';
import { graphql } from './gql/index.js';

const ActorNamesQuery = graphql(`
  query ActorNamesQuery($slug: String!) {
    actor(slug: $slug) {
      name
    }
    actors(first: 5) {
      nodes {
        name
      }
    }
    documents(first: 2) {
      nodes {
        title
      }
    }
  }
`);

const RelationEndsQuery = graphql(`
  query RelationEndsQuery {
    relations(first: 20) {
      nodes {
        kind
        source {
          name
        }
        target {
          name
        }
        evidence {
          start
        }
      }
    }
  }
`);

const EverythingOfAnActorQuery = graphql(`
  query EverythingOfAnActorQuery($slug: String!) {
    actor(slug: $slug) {
      name
      summary
      basis
    }
  }
`);

const DeclaredNeedsQuery = graphql(`
  query DeclaredNeedsQuery {
    events(first: 20) {
      nodes {
        title
        participants {
          attribution {
            kind
          }
        }
      }
    }
    relations(first: 5) {
      nodes {
        kindInfo {
          description
        }
        evidence {
          supports {
            id
          }
        }
      }
    }
  }
`);

/** A select list of a whole table (`relation.*`, `select * from actor`), not of a derived one. */
const WHOLE_TABLE = /\b(actor|document|relation|evidence)\.\*|select \* from "?(actor|document|relation|evidence)\b/;

/** The statements that read `table`: `from <table>` or a join of it. */
function reading(statements: string[], table: string): string[] {
  return statements.filter((sql) => new RegExp(`(from|join) "?${table}"?\\b`).test(sql));
}

describeEachDatabase('reads fetch the columns a query selects', (database) => {
  const api = useTestApi(database);

  it('reads no large text column when a query asks for names only', async () => {
    const recorder = recordStatements(api.db);
    const result = await api.execute(ActorNamesQuery, { slug: 'nicolas-maduro' });
    recorder.stop();
    expect(result.errors).toBeUndefined();
    expect(result.data?.actor?.name).toBe('Nicolás Maduro');
    expect(result.data?.actors.nodes).toHaveLength(5);
    expect(result.data?.documents.nodes[0]?.title).toEqual(expect.any(String));
    const actorReads = reading(recorder.statements, 'actor');
    const documentReads = reading(recorder.statements, 'document');
    expect(actorReads.length).toBeGreaterThan(0);
    expect(documentReads.length).toBeGreaterThan(0);
    for (const sql of [...actorReads, ...documentReads]) {
      expect(sql).not.toMatch(WHOLE_TABLE);
      expect(sql).not.toMatch(/summary|basis|search_text|aliases/);
      expect(sql).not.toMatch(/\btext\b/);
    }
  });

  it('reads neither a relation’s texts nor its evidence’s quotes when the query does not show them', async () => {
    const recorder = recordStatements(api.db);
    const result = await api.execute(RelationEndsQuery);
    recorder.stop();
    expect(result.errors).toBeUndefined();
    const relations = result.data?.relations.nodes ?? [];
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.every((relation) => relation.source.name && relation.target.name)).toBe(true);
    expect(relations.some((relation) => relation.evidence.length > 0)).toBe(true);
    for (const sql of recorder.statements) {
      expect(sql).not.toMatch(WHOLE_TABLE);
      expect(sql).not.toMatch(/summary|demand|lever|quote/);
    }
  });

  it('reads the columns a query asks for', async () => {
    const result = await api.execute(EverythingOfAnActorQuery, { slug: 'nicolas-maduro' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.actor?.summary).toEqual(expect.any(String));
  });

  it('reads what field resolvers need beyond the fields selected', async () => {
    const result = await api.execute(DeclaredNeedsQuery);
    expect(result.errors).toBeUndefined();
    const participants = result.data?.events.nodes.flatMap((event) => event.participants) ?? [];
    expect(participants.length).toBeGreaterThan(0);
    // Every participation has a source: its own, or its event's.
    for (const participant of participants) expect(participant.attribution.kind).toEqual(expect.any(String));
    const relations = result.data?.relations.nodes ?? [];
    expect(relations.every((relation) => relation.kindInfo.description)).toBe(true);
    expect(relations.flatMap((relation) => relation.evidence).every((evidence) => evidence.supports.id)).toBe(true);
  });
});
