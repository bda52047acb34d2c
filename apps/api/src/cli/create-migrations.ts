import 'reflect-metadata';
import { openDatabase, migrate } from '../db/orm.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Developer tool: writes the next migration for each dialect from the difference between the
 * entities and the schema the existing migrations build. Needs PostgreSQL for the postgresql one
 * (PARLEY_MIGRATIONS_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 */
const name = process.argv[2];
const sqliteUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'parley-migrations-')), 'scratch.sqlite')}`;
const adminUrl = process.env.PARLEY_MIGRATIONS_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratchDb = `parley_migrations_${process.pid}`;

async function createFor(url: string) {
  const orm = await openDatabase(url, { preferTs: true });
  try {
    await migrate(orm);
    const result = await orm.migrator.createMigration(undefined, false, false, name);
    console.log(result.fileName ? `wrote ${result.fileName}` : `no changes for ${url.split(':')[0]}`);
  } finally {
    await orm.close(true);
  }
}

await createFor(sqliteUrl);
const admin = await openDatabase(adminUrl);
await admin.em.getConnection().execute(`create database ${scratchDb}`);
try {
  await createFor(adminUrl.replace(/\/[^/]*$/, `/${scratchDb}`));
} finally {
  await admin.em.getConnection().execute(`drop database if exists ${scratchDb}`);
  await admin.close(true);
}
