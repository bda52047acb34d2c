import type { MikroORM } from '@mikro-orm/core';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContext } from '../../src/common/context.js';
import { openDatabase } from '../../src/db/orm.js';
import { seedDatabase } from '../../src/db/seed.js';
import { createServer, type ParleyServer } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../databases.js';
import { silentLogger } from '../harness.js';
import { editor } from './editing.js';

const UPDATE = `
  mutation ($input: UpdateRelationInput!) { updateRelation(input: $input) { relation { id version summary } } }`;
const READ = `query { relations(first: 1) { nodes { id version summary } } }`;

const CALLS = 50;

/**
 * Fifty editors save the same relation at once, each from the version they all read: one wins,
 * every other is told CONFLICT with the version to read again, and no save is lost silently.
 * On PostgreSQL the calls are spread over two servers with an ORM (and a pool) each, as two
 * processes over one database would be.
 */
describeEachDatabase('concurrent updates', (database) => {
  let db: TestDatabase;
  let secondOrm: MikroORM | undefined;
  const servers: ParleyServer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(database);
    await seedDatabase(db.orm);
    servers.push(await createServer({ orm: db.orm, logger: silentLogger }));
    if (database === 'postgresql') {
      secondOrm = await openDatabase(db.url);
      servers.push(await createServer({ orm: secondOrm, logger: silentLogger }));
    }
  });

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await secondOrm?.close(true);
    await db.drop();
  });

  async function run(server: ParleyServer, orm: MikroORM, query: string, variables?: Record<string, unknown>) {
    const response = await server.apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(orm.em, silentLogger, editor) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  }

  it(`lets exactly one of ${CALLS} concurrent updates from the same version through`, async () => {
    const orms = [db.orm, ...(secondOrm ? [secondOrm] : [])];
    const [first] = servers;
    if (!first) throw new Error('no server');
    const read = (await run(first, db.orm, READ)).data as { relations: { nodes: { id: string; version: number }[] } };
    const relation = read.relations.nodes[0];
    if (!relation) throw new Error('no relation');

    const results = await Promise.all(
      Array.from({ length: CALLS }, (_, index) => {
        const at = index % servers.length;
        const server = servers[at];
        const orm = orms[at];
        if (!server || !orm) throw new Error('no server');
        return run(server, orm, UPDATE, {
          input: { id: relation.id, version: relation.version, summary: `Saved by editor ${index}.` },
        });
      }),
    );

    const saved = results.filter((result) => !result.errors);
    const conflicts = results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(CALLS - 1);
    for (const conflict of conflicts) {
      expect(conflict.errors?.[0]?.extensions?.currentVersion).toBe(relation.version + 1);
    }
    const winner = (saved[0]?.data as { updateRelation: { relation: { summary: string } } }).updateRelation.relation;
    const after = (await run(first, db.orm, READ)).data as {
      relations: { nodes: { id: string; version: number; summary: string }[] };
    };
    expect(after.relations.nodes[0]).toEqual({
      id: relation.id,
      version: relation.version + 1,
      summary: winner.summary,
    });
  });
});
