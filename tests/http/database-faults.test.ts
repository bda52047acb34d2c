import { postGraphQL, startServer, type RunningServer } from '@parley/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createThrowawayPostgres,
  throwawayPostgresUnavailable,
  type ThrowawayPostgres,
} from '../support/throwaway-postgres.js';

const query = '{ actors(first: 3) { nodes { slug } } }';

/** Polls `check` every 50 ms until it holds; returns how long that took, or fails after `limitMs`. */
async function timeUntil(check: () => Promise<boolean>, limitMs: number, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`${what}: not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const readyzStatus = async (url: string) => (await fetch(`${url}/readyz`)).status;

const unavailable = throwawayPostgresUnavailable();
if (unavailable) console.warn(`SKIPPED: database fault tests need a throw-away PostgreSQL cluster: ${unavailable}.`);

/**
 * The built server over a PostgreSQL cluster the test owns, which it stops, restarts, freezes and
 * thaws: readiness must notice within a second, queries must fail with a code that says the
 * database is at fault, and the server must recover by itself.
 */
(unavailable ? describe.skip : describe)('database faults on a throw-away PostgreSQL cluster', () => {
  let cluster: ThrowawayPostgres | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    cluster = await createThrowawayPostgres();
    server = await startServer('sqlite', {
      DATABASE_URL: cluster.url,
      STATEMENT_TIMEOUT_MS: '1000',
      REQUEST_DEADLINE_MS: '5000',
    });
  }, 120_000);
  afterAll(async () => {
    cluster?.thaw();
    await server?.stop();
    cluster?.destroy();
  });

  it('answers DATABASE_UNAVAILABLE while the database is stopped, and recovers after a restart', async () => {
    const { url } = server!;
    expect((await postGraphQL(url, { query })).json?.errors).toBeUndefined();

    cluster!.stop();
    const notReadyMs = await timeUntil(async () => (await readyzStatus(url)) === 503, 1000, '/readyz 503');
    const started = Date.now();
    const down = await postGraphQL(url, { query });
    const failMs = Date.now() - started;
    expect(down.status).toBeLessThan(500);
    expect(down.json?.errors?.map((error) => error.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    cluster!.start();
    const recoveryMs = await timeUntil(
      async () => (await readyzStatus(url)) === 200 && (await postGraphQL(url, { query })).json?.errors === undefined,
      10_000,
      'recovery after restart',
    );
    console.log(
      `database stopped: /readyz 503 after ${notReadyMs} ms, a query failed with DATABASE_UNAVAILABLE in ${failMs} ms; ` +
        `restarted: ready and answering after ${recoveryMs} ms`,
    );
    expect(server!.logs()).not.toMatch(/"level":60/);
  }, 60_000);

  it('answers 503 and times queries out while the database is frozen, and recovers when it thaws', async () => {
    const { url } = server!;
    expect((await postGraphQL(url, { query })).json?.errors).toBeUndefined();

    cluster!.freeze();
    let readyMs: number;
    let outcome: Awaited<ReturnType<typeof postGraphQL>>;
    let queryMs: number;
    try {
      const probeStarted = Date.now();
      expect(await readyzStatus(url)).toBe(503);
      readyMs = Date.now() - probeStarted;
      const started = Date.now();
      outcome = await postGraphQL(url, { query });
      queryMs = Date.now() - started;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      cluster!.thaw();
    }
    const codes = outcome.json?.errors?.map((error) => error.extensions?.code);
    expect(outcome.status).toBeLessThan(500);
    expect(codes).toHaveLength(1);
    expect(['TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(codes?.[0]);
    expect(readyMs).toBeLessThan(1500);
    // The statement timeout (1 s) plus the client's second of grace, or the 3 s connect timeout.
    expect(queryMs).toBeLessThan(4500);

    const recoveryMs = await timeUntil(
      async () => (await readyzStatus(url)) === 200 && (await postGraphQL(url, { query })).json?.errors === undefined,
      10_000,
      'recovery after thaw',
    );
    console.log(
      `database frozen: /readyz 503 in ${readyMs} ms, a query failed with ${codes?.[0]} in ${queryMs} ms; ` +
        `thawed: ready and answering after ${recoveryMs} ms`,
    );
    expect(server!.logs()).not.toMatch(/"level":60/);
  }, 60_000);
});
