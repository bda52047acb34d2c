import { describeEachDatabase } from '@parley/test-support/vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrationsByDialect } from '../src/db/migrations/index.js';
import { createTestDatabase } from './databases.js';

describe('migrations', () => {
  it.each(['sqlite', 'postgresql'] as const)('lists every %s migration file, in order', (dialect) => {
    const folder = fileURLToPath(new URL(`../src/db/migrations/${dialect}/`, import.meta.url));
    const files = readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(migrationsByDialect[dialect].map((migration) => migration.name)).toEqual(files);
  });
});

describeEachDatabase('the migrated schema', (database) => {
  it('matches the entities (run `npm run migration:create` after changing one)', async () => {
    const db = await createTestDatabase(database);
    try {
      const pending = await db.orm.schema.getUpdateSchemaSQL({ wrap: false });
      // SQLite cannot alter check constraints in place, so its differ re-creates tables whose
      // checks it cannot compare: only PostgreSQL's diff is exact enough to hold to zero.
      if (database === 'postgresql') expect(pending.trim()).toBe('');
      else expect(pending).not.toMatch(/add column|create table `(?!\w+__temp_alter)/);
    } finally {
      await db.drop();
    }
  });
});
