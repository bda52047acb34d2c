import type { MikroORM } from '@mikro-orm/core';
import { createScratchPostgres } from '@parley/test-support';
import { postgresAvailable } from '@parley/test-support/vitest';
import { describe, expect, it } from 'vitest';
import { Document } from '../src/document/document.entity.js';
import { openDatabase } from '../src/db/orm.js';
import { prepareDatabase } from '../src/db/prepare.js';

describe.runIf(postgresAvailable)('startup of several instances [postgresql]', () => {
  it('migrates and seeds exactly once when two instances start at once on a fresh database', async () => {
    const scratch = await createScratchPostgres('parley_startup');
    const orms: MikroORM[] = [];
    try {
      orms.push(await openDatabase(scratch.url), await openDatabase(scratch.url));
      const [first, second] = await Promise.all(orms.map((orm) => prepareDatabase(orm)));
      const migrated = [first, second].filter((result) => result && result.applied.length > 0);
      const seeded = [first, second].filter((result) => result?.seeded);
      expect(migrated).toHaveLength(1);
      expect(seeded).toHaveLength(1);
      expect(await orms[0]!.em.fork().count(Document, {})).toBe(1);
      const history = await orms[0]!.migrator.getExecutedMigrations();
      expect(history).toHaveLength(migrated[0]?.applied.length ?? -1);
    } finally {
      await Promise.all(orms.map((orm) => orm.close(true)));
      await scratch.drop();
    }
  });
});
