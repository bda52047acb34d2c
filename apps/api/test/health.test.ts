import { rmSync, truncateSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { useTestApi } from './harness.js';
import { openDatabase, sqliteFileOf } from '../src/db/orm.js';

describeEachDatabase('health checks', (database) => {
  const api = useTestApi(database, { seed: false });
  let listener: Server;
  let url: string;
  beforeAll(async () => {
    listener = await new Promise<Server>((resolve) => {
      const started = api.server.app.listen(0, '127.0.0.1', () => resolve(started));
    });
    url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    listener.closeAllConnections();
    await new Promise((resolve) => listener.close(resolve));
  });

  it('is ready when the schema answers', async () => {
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('connection')).not.toBe('close');
  });

  if (database === 'postgresql') {
    it('answers 503 within about a second when the database does not answer in time', async () => {
      // Another session holds a lock the probe's query has to wait for.
      const other = await openDatabase(api.db.url);
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
  } else {
    it('answers 503 when the SQLite file is truncated or removed under it', async () => {
      const file = sqliteFileOf(api.db.url) ?? '';
      truncateSync(file, 100);
      expect((await fetch(`${url}/readyz`)).status).toBe(503);
      truncateSync(file, 0);
      expect((await fetch(`${url}/readyz`)).status).toBe(503);
      rmSync(file);
      const missing = await fetch(`${url}/readyz`);
      expect(missing.status).toBe(503);
      expect(await missing.json()).toEqual({ status: 'unavailable', reason: 'database not answering' });
    });
  }

  it('stops being ready the moment it drains, while staying alive', async () => {
    api.server.drain();
    const draining = await fetch(`${url}/readyz`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: 'unavailable', reason: 'shutting down' });
    expect(draining.headers.get('connection')).toBe('close');
    // Liveness is not readiness: the process is still healthy while it drains.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
