import type { Viewer } from '../src/common/viewer.js';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { entities } from '../src/db/entities.js';
import { buildParleySchema } from '../src/schema/schema.js';
import { createContext } from '../src/common/context.js';
import { Evidence } from '../src/evidence/evidence.entity.js';
import { recordProposals } from '../src/suggestions/suggest-facts.js';
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

/**
 * Where a query finds objects of an entity type that `node(id:)` does not fetch: a list of a few
 * of them, with `$$` where the selection goes.
 */
const REACHED_THROUGH: Record<string, string> = {
  Attribution: 'relations(first: 5) { nodes { attribution { $$ } } }',
  Document: 'documents(first: 5) { nodes { $$ } }',
  Statement: 'statements(first: 5) { nodes { $$ } }',
  Change: 'recentChanges(first: 5) { nodes { $$ } }',
  ChangeRow: 'recentChanges(first: 5) { nodes { rows(first: 5) { nodes { $$ } } } }',
};

/** Asks as an editor: the history's types are theirs to read. */
const editor: Viewer = { userId: 1, name: 'Edda Editor', role: 'editor' };

/**
 * Users, tokens and sessions: the story holds none, and the auth feature reads them through the
 * ORM (every column), never through the column-selecting read path.
 */
const NOT_ON_THE_READ_PATH = new Set(['User', 'ApiToken', 'Session']);

describeEachDatabase('reads fetch the columns a query selects', (database) => {
  const api = useTestApi(database);
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildParleySchema();
    // The story holds no suggestion: store one of its own facts as one, through the storage path.
    const em = api.db.orm.em.fork();
    const evidence = await em.findOne(Evidence, { relation: { $ne: null } }, { populate: ['relation', 'document'] });
    const relation = evidence?.relation?.getEntity();
    const document = evidence?.document.getEntity();
    if (!evidence || !relation || !document) throw new Error('the seed story has no relation with evidence');
    const quote = document.text.slice(evidence.start, evidence.end);
    await recordProposals(createContext(api.db.orm.em, undefined, editor), document.globalId, () =>
      Promise.resolve([
        {
          type: 'relations',
          fact: {
            key: 'read-columns',
            kind: relation.kind,
            source: 'x',
            target: 'y',
            summary: relation.summary,
            attribution: 'z',
            evidence: [{ quote }],
          },
          spans: [{ start: evidence.start, end: evidence.end }],
          confidence: 0.5,
        },
      ]),
    );
  });

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

  // A query that selects one field reads that field's columns only: a resolver reading anything
  // else that it did not declare (readsForField) fails here.
  it('answers every field of every entity type when it is the only field asked for', async () => {
    const em = api.db.orm.em.fork();
    let asked = 0;
    for (const entity of entities) {
      const type = schema.getType(entity.name);
      // Value objects (a partial date) are fields of entities, not read on their own.
      if (!isObjectType(type) || em.getMetadata().get(entity.name).embeddable) continue;
      if (NOT_ON_THE_READ_PATH.has(entity.name)) continue;
      const table = em.getMetadata().get(entity.name).tableName;
      const rows = (await em.getConnection().execute(`select id from ${table} order by id limit 5`)) as {
        id: number;
      }[];
      expect(rows.length, entity.name).toBeGreaterThan(0);
      const reachedBy = REACHED_THROUGH[entity.name];
      for (const field of Object.values(type.getFields())) {
        if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
        const selection = isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`;
        const queries = reachedBy
          ? [{ query: `{ ${reachedBy.replace('$$', selection)} }`, variables: {} }]
          : rows.map((row) => ({
              query: `query ($id: ID!) { node(id: $id) { ... on ${type.name} { ${selection} } } }`,
              variables: { id: toGlobalId(type.name, row.id) },
            }));
        for (const { query, variables } of queries) {
          const { result } = await api.request(query, variables, editor);
          expect(result.errors, `${type.name}.${field.name}`).toBeUndefined();
          asked++;
        }
      }
    }
    expect(asked).toBeGreaterThan(100);
  });
});
