import type { MikroORM } from '@mikro-orm/core';
import { AbstractSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { ImportResult } from '../importer/import-story.js';
import { migrate } from './orm.js';
import { seedDatabase } from './seed.js';

/** The PostgreSQL advisory lock that instances take to migrate and seed one at a time ("parley" in ASCII). */
export const STARTUP_LOCK_KEY = 0x70_61_72_6c_65_79;

/**
 * Migrates the database and, when it is empty, imports the seed story. On PostgreSQL several
 * instances may start at once: each waits for a transaction-scoped advisory lock first, so exactly
 * one applies the migrations and the seed and the others find nothing left to do. (The lock is
 * held by its own connection from the pool while the work runs on others.)
 */
export async function prepareDatabase(orm: MikroORM): Promise<{ applied: string[]; seeded: ImportResult | null }> {
  const work = async () => ({ applied: await migrate(orm), seeded: await seedDatabase(orm) });
  const connection = orm.em.getConnection();
  if (!(orm.config.getDriver() instanceof PostgreSqlDriver) || !(connection instanceof AbstractSqlConnection)) {
    return work();
  }
  return connection.getKnex().transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [STARTUP_LOCK_KEY]);
    return work();
  });
}
