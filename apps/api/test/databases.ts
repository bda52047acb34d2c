import type { MikroORM } from '@mikro-orm/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { migrate, openDatabase } from '../src/db/orm.js';

export type DatabaseName = 'sqlite' | 'postgresql';

/** Where the PostgreSQL suites create their throw-away databases. */
export const POSTGRES_ADMIN_URL = process.env.PARLEY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresAvailable = await postgresAnswers();
if (!postgresAvailable) {
  const message = `PostgreSQL does not answer at ${POSTGRES_ADMIN_URL.replace(/\/\/[^@]*@/, '//')}: the PostgreSQL suites are SKIPPED.`;
  if (process.env.CI === 'true') throw new Error(`${message} CI must run them: start PostgreSQL.`);
  console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n${'!'.repeat(100)}\n`);
}

export interface TestDatabase {
  name: DatabaseName;
  url: string;
  orm: MikroORM;
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new, migrated, empty database of the given kind; `drop()` removes it. */
export async function createTestDatabase(name: DatabaseName): Promise<TestDatabase> {
  if (name === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
    const url = `sqlite:${join(dir, 'test.sqlite')}`;
    const orm = await openDatabase(url);
    await migrate(orm);
    return { name, url, orm, drop: async () => { await orm.close(true); rmSync(dir, { recursive: true, force: true }); } };
  }
  const dbName = `parley_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await admin((client) => client.query(`create database ${dbName}`));
  const url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
  const orm = await openDatabase(url);
  await migrate(orm);
  return {
    name,
    url,
    orm,
    drop: async () => {
      await orm.close(true);
      await admin((client) => client.query(`drop database if exists ${dbName} with (force)`));
    },
  };
}

/** Runs the same suite against SQLite and PostgreSQL (skipped loudly when PostgreSQL is absent). */
export function describeEachDatabase(title: string, suite: (name: DatabaseName) => void) {
  describe(`${title} [sqlite]`, () => suite('sqlite'));
  (postgresAvailable ? describe : describe.skip)(`${title} [postgresql]`, () => suite('postgresql'));
}
