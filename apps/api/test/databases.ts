import type { MikroORM } from '@mikro-orm/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { migrate, openDatabase } from '../src/db/orm.js';
import { createScratchPostgres, POSTGRES_ADMIN_URL, postgresAnswers, skipLoudly } from './postgres.js';

export type DatabaseName = 'sqlite' | 'postgresql';

const postgresAvailable = await postgresAnswers();
if (!postgresAvailable) {
  skipLoudly(
    'The PostgreSQL suites are',
    `PostgreSQL does not answer at ${POSTGRES_ADMIN_URL.replace(/\/\/[^@]*@/, '//')}`,
  );
}

export interface TestDatabase {
  name: DatabaseName;
  url: string;
  orm: MikroORM;
  drop(): Promise<void>;
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
    drop: async () => {
      await orm.close(true);
      await scratch.drop();
    },
  };
}

/** Runs the same suite against SQLite and PostgreSQL (skipped loudly when PostgreSQL is absent). */
export function describeEachDatabase(title: string, suite: (name: DatabaseName) => void) {
  describe(`${title} [sqlite]`, () => suite('sqlite'));
  (postgresAvailable ? describe : describe.skip)(`${title} [postgresql]`, () => suite('postgresql'));
}
