import { rmSync, truncateSync } from 'node:fs';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it } from 'vitest';
import { openDatabase, sqliteFileOf } from '../src/db/orm.js';
import type { TestDatabase } from './databases.js';
import { startListeningServer, type ListeningServer } from './harness.js';

/**
 * Runs a check against a server listening on a database of its own: several checks here break
 * their server for good (draining, a removed file), so none may share one with another check.
 */
async function withOwnServer(
  database: TestDatabase['name'],
  check: (running: ListeningServer) => Promise<void>,
): Promise<void> {
  const running = await startListeningServer(database);
  try {
    await check(running);
  } finally {
    await running.close();
  }
}

describeEachDatabase('health checks', (database) => {
  it('is ready when the schema answers', async () => {
    await withOwnServer(database, async ({ url }) => {
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
      expect(ready.headers.get('connection')).not.toBe('close');
    });
  });

  if (database === 'postgresql') {
    it('answers 503 within about a second when the database does not answer in time', async () => {
      await withOwnServer(database, async ({ url, db }) => {
        // Another session holds a lock the probe's query has to wait for.
        const other = await openDatabase(db.url);
        const em = other.em.fork();
        await em.begin();
        try {
          await em
            .getConnection()
            .execute('lock table document in access exclusive mode', [], 'run', em.getTransactionContext());
          const started = Date.now();
          const response = await fetch(`${url}/readyz`);
          expect(response.status).toBe(503);
          expect(Date.now() - started).toBeLessThan(2500);
        } finally {
          await em.rollback();
          await other.close(true);
        }
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
      });
    });
  } else {
    it('answers 503 when the SQLite file is truncated or removed under it', async () => {
      await withOwnServer(database, async ({ url, db }) => {
        const file = sqliteFileOf(db.url) ?? '';
        truncateSync(file, 100);
        expect((await fetch(`${url}/readyz`)).status).toBe(503);
        truncateSync(file, 0);
        expect((await fetch(`${url}/readyz`)).status).toBe(503);
        rmSync(file);
        const missing = await fetch(`${url}/readyz`);
        expect(missing.status).toBe(503);
        expect(await missing.json()).toEqual({ status: 'unavailable', reason: 'database not answering' });
      });
    });
  }

  it('stops being ready the moment it drains, while staying alive', async () => {
    await withOwnServer(database, async ({ url, server }) => {
      server.drain();
      const draining = await fetch(`${url}/readyz`);
      expect(draining.status).toBe(503);
      expect(await draining.json()).toEqual({ status: 'unavailable', reason: 'shutting down' });
      expect(draining.headers.get('connection')).toBe('close');
      // Liveness is not readiness: the process is still healthy while it drains.
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    });
  });
});
