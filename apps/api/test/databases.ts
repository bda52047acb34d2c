import type { MikroORM } from '@mikro-orm/core';
import { createScratchPostgres, type DatabaseName } from '@parley/test-support';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase } from '../src/db/orm.js';

export interface TestDatabase {
  name: DatabaseName;
  url: string;
  orm: MikroORM;
  /** Deletes every row (the schema and its migrations stay), for a test that needs an empty database. */
  empty(): Promise<void>;
  drop(): Promise<void>;
}

/** Deletes every row of every entity's table (requests work on forks: no identity map to forget). */
async function emptyDatabase(orm: MikroORM): Promise<void> {
  await orm.schema.clearDatabase();
}

/** A new, migrated, empty database of the given kind; `drop()` removes it. */
export async function createTestDatabase(name: DatabaseName): Promise<TestDatabase> {
  if (name === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
    const url = `sqlite:${join(dir, 'test.sqlite')}`;
    const orm = await openDatabase(url);
    await migrate(orm);
    return {
      name,
      url,
      orm,
      empty: () => emptyDatabase(orm),
      drop: async () => {
        await orm.close(true);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const scratch = await createScratchPostgres('parley_test');
  const orm = await openDatabase(scratch.url);
  await migrate(orm);
  return {
    name,
    url: scratch.url,
    orm,
    empty: () => emptyDatabase(orm),
    drop: async () => {
      await orm.close(true);
      await scratch.drop();
    },
  };
}
