import { describeEachDatabase } from '@parley/test-support/vitest';
import { postGraphQL } from '@parley/test-support';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { runWithDeadline } from '../src/common/deadline.js';
import { ErrorCode } from '../src/common/error-code.js';
import { Actor } from '../src/actor/actor.entity.js';
import { openDatabase } from '../src/db/orm.js';
import { createServer } from '../src/server.js';
import { silentLogger, startListeningServer, type ListeningServer } from './harness.js';

/** Four rounds of loading, one after the other: actors, their relations, those relations' ends, theirs. */
const nested = `{ actors(first: 20) { nodes { slug relations(first: 10) { kind target {
  slug relations(first: 5) { kind } } } } } }`;

async function withServer(
  database: Parameters<typeof startListeningServer>[0],
  options: Parameters<typeof startListeningServer>[1],
  check: (running: ListeningServer) => Promise<void>,
): Promise<void> {
  const running = await startListeningServer(database, { seed: true, ...options });
  try {
    await check(running);
  } finally {
    await running.close();
  }
}

describeEachDatabase('execution limits', (database) => {
  it('refuses to start a statement after the deadline, whichever way it is issued', async () => {
    await withServer(database, {}, async ({ db }) => {
      const em = db.orm.em.fork();
      // A zero deadline has passed by the time the first statement starts.
      await expect(runWithDeadline(0, () => em.find(Actor, {}, { limit: 1 }))).rejects.toMatchObject({
        extensions: { code: ErrorCode.TIMEOUT },
      });
      await expect(
        runWithDeadline(0, () => em.getConnection().execute('select count(*) as n from actor')),
      ).rejects.toMatchObject({ extensions: { code: ErrorCode.TIMEOUT } });
      // Outside an operation (start-up, imports) and within the deadline, statements run.
      expect(await em.getConnection().execute('select count(*) as n from actor')).toHaveLength(1);
      expect(await runWithDeadline(60_000, () => em.find(Actor, {}, { limit: 1 }))).toHaveLength(1);
    });
  });

  it('answers TIMEOUT once, and keeps answering, when an operation runs past a tiny deadline', async () => {
    await withServer(database, { requestDeadlineMs: 1 }, async ({ url }) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const { status, json } = await postGraphQL(url, { query: nested });
        expect(status).toBe(200);
        const codes = json?.errors?.map((error) => error.extensions?.code);
        expect(codes).toEqual([ErrorCode.TIMEOUT]);
        expect(json?.errors?.[0]?.extensions).toMatchObject({ deadlineMs: 1 });
      }
      // Fields that need no database are still answered, and so are the probes.
      expect((await postGraphQL(url, { query: '{ __typename }' })).json).toEqual({ data: { __typename: 'Query' } });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    });
    // The same query within the default deadline is answered in full.
    await withServer(database, {}, async ({ url }) => {
      const { json } = await postGraphQL(url, { query: nested });
      expect(json?.errors).toBeUndefined();
      const actors = json?.data?.actors as { nodes: unknown[] } | undefined;
      expect(actors?.nodes.length).toBeGreaterThan(5);
    });
  });

  it('replaces an answer over the size cap with RESPONSE_TOO_LARGE, and sends one at the cap', async () => {
    const query = '{ actors(first: 100) { nodes { slug name kind } } }';
    let size = 0;
    await withServer(database, {}, async ({ url }) => {
      const { text, json } = await postGraphQL(url, { query });
      expect(json?.errors).toBeUndefined();
      size = Buffer.byteLength(text);
    });
    expect(size).toBeGreaterThan(2000);
    await withServer(database, { maxResponseBytes: size }, async ({ url }) => {
      const { status, text } = await postGraphQL(url, { query });
      expect(status).toBe(200);
      expect(Buffer.byteLength(text)).toBe(size);
    });
    await withServer(database, { maxResponseBytes: size - 1 }, async ({ url }) => {
      const refused = await postGraphQL(url, { query }, { accept: 'application/graphql-response+json' });
      expect(refused.status).toBe(400);
      expect(refused.json).toEqual({
        errors: [
          {
            message: expect.stringContaining('first') as unknown,
            extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, maxBytes: size - 1 },
          },
        ],
      });
      // Over plain JSON a request error is answered 200, as the media type asks.
      expect((await postGraphQL(url, { query }, { accept: 'application/json' })).status).toBe(200);
      // Smaller answers still go out.
      const small = await postGraphQL(url, { query: '{ actors(first: 1) { nodes { slug } } }' });
      expect(small.json?.errors).toBeUndefined();
    });
  });

  if (database === 'postgresql') {
    it('ends a statement at the statement timeout, answering TIMEOUT, and keeps serving', async () => {
      await withServer(database, {}, async ({ db }) => {
        // A server over a pool with a short statement timeout, while another session locks a table.
        const orm = await openDatabase(db.url, { statementTimeoutMs: 300 });
        const server = await createServer({ orm, logger: silentLogger });
        const listener = await new Promise<Server>((resolve) => {
          const started = server.listen(0, '127.0.0.1', () => resolve(started));
        });
        const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
        const locker = await openDatabase(db.url);
        const em = locker.em.fork();
        try {
          await em.begin();
          await em
            .getConnection()
            .execute('lock table actor in access exclusive mode', [], 'run', em.getTransactionContext());
          // Twice: a query asked again runs compiled, and must answer the same.
          for (let time = 0; time < 2; time++) {
            const started = Date.now();
            const { json } = await postGraphQL(url, { query: '{ actors(first: 1) { nodes { slug } } }' });
            const tookMs = Date.now() - started;
            expect(json?.errors?.map((error) => error.extensions?.code)).toEqual([ErrorCode.TIMEOUT]);
            expect(tookMs).toBeLessThan(3000);
          }
          await em.rollback();
          const after = await postGraphQL(url, { query: '{ actors(first: 1) { nodes { slug } } }' });
          expect(after.json?.errors).toBeUndefined();
        } finally {
          await locker.close(true);
          listener.closeAllConnections();
          await new Promise((resolve) => listener.close(resolve));
          await server.stop();
          await orm.close(true);
        }
      });
    });
  }
});
