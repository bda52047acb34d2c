import autocannon from 'autocannon';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { postGraphQL, postgresAnswers, startServer, type RunningServer } from '@parley/test-support';

const query = '{ actors(first: 20) { nodes { slug name kind } } }';

let server: RunningServer | undefined;
let slowServer: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
  await slowServer?.stop();
});

/**
 * The built server under load (10 keep-alive connections, one request at a time each) gets
 * SIGTERM mid-run. Every request the clients had sent before the signal must be answered 2xx,
 * no response may be non-2xx, and the process must exit 0. Requests a client writes after the
 * signal on a connection the server has answered with `Connection: close`, and connections opened
 * after the listener closed (ECONNREFUSED), are the clients' own and are only counted.
 */
it('finishes in-flight requests on SIGTERM, then exits 0', async () => {
  server = await startServer('sqlite', { SHUTDOWN_GRACE_MS: '10000' });
  const running = server;
  let signalledAt = 0;
  const figures = {
    responses: 0,
    non2xx: 0,
    inFlightAtSignal: 0,
    inFlightAnswered: 0,
    refusedAfterSignal: 0,
    lostAfterSignal: 0,
    failures: [] as string[],
  };
  const waiting = new Set<object>();

  let finish = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const instance = autocannon(
    {
      url: `${running.url}/graphql`,
      connections: 10,
      pipelining: 1,
      duration: 10,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
      setupClient(typedClient) {
        // The client also emits request, connError and timeout; its type declares three events only.
        const client = typedClient as unknown as NodeJS.EventEmitter;
        // One request at a time per connection: `pending` is the one this client waits for.
        let pending: { beforeSignal: boolean } | undefined;
        const settle = () => {
          if (pending) waiting.delete(pending);
          pending = undefined;
        };
        client.on('request', () => {
          if (pending && !pending.beforeSignal) figures.lostAfterSignal++;
          settle();
          pending = { beforeSignal: signalledAt === 0 };
          waiting.add(pending);
        });
        client.on('response', (status: number) => {
          figures.responses++;
          if (status < 200 || status >= 300) {
            figures.non2xx++;
            figures.failures.push(`status ${status}`);
          }
          if (pending?.beforeSignal && signalledAt) figures.inFlightAnswered++;
          settle();
        });
        client.on('connError', (error: NodeJS.ErrnoException) => {
          if (pending?.beforeSignal)
            figures.failures.push(`${error.code ?? error.message} on a request sent before the signal`);
          else if (error.code === 'ECONNREFUSED') figures.refusedAfterSignal++;
          else figures.lostAfterSignal++;
          settle();
        });
        client.on('timeout', () => {
          if (pending?.beforeSignal) figures.failures.push('timeout on a request sent before the signal');
        });
      },
    },
    () => finish(),
  );

  await new Promise((resolve) => setTimeout(resolve, 2500));
  const responsesBeforeSignal = figures.responses;
  signalledAt = Date.now();
  figures.inFlightAtSignal = waiting.size;
  running.signal('SIGTERM');
  const exitCode = await running.exited;
  const drainMs = Date.now() - signalledAt;
  instance.stop();
  await finished;

  console.log(
    `shutdown under load: ${responsesBeforeSignal} responses before SIGTERM, ` +
      `${figures.inFlightAnswered} of ${figures.inFlightAtSignal} in flight at the signal answered, ${figures.non2xx} non-2xx, ` +
      `${figures.failures.length} failures, ${figures.refusedAfterSignal} new connections refused after close, ` +
      `${figures.lostAfterSignal} requests sent after Connection: close; drained and exited ${exitCode} in ${drainMs} ms`,
  );
  expect(responsesBeforeSignal).toBeGreaterThan(10);
  expect(figures.failures).toEqual([]);
  expect(figures.non2xx).toBe(0);
  expect(figures.inFlightAtSignal).toBeGreaterThan(0);
  expect(figures.inFlightAnswered).toBe(figures.inFlightAtSignal);
  expect(exitCode).toBe(0);
  expect(running.logs()).not.toMatch(/"level":(50|60)/);
});

/**
 * A request that outlives the grace period (its statement waits for a lock another session holds)
 * is cut when the period ends: the process closes Apollo and the database and exits 1, without
 * waiting for the statement. Needs PostgreSQL (a SQLite statement cannot be made to wait).
 */
it.skipIf(!(await postgresAnswers()))(
  'cuts a request longer than the grace period, closes the database and exits 1',
  async () => {
    slowServer = await startServer('postgresql', {
      SHUTDOWN_GRACE_MS: '500',
      STATEMENT_TIMEOUT_MS: '30000',
      REQUEST_DEADLINE_MS: '30000',
      LOG_LEVEL: 'info',
    });
    const running = slowServer;
    const database = new URL(running.databaseUrl).pathname.slice(1);
    const locker = new pg.Client({ connectionString: running.databaseUrl });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table actor in access exclusive mode');
      const request = postGraphQL(running.url, { query }).then(
        (response) => `answered ${response.status}`,
        (error: unknown) => `cut (${((error as Error).cause as { code?: string } | undefined)?.code ?? String(error)})`,
      );
      // The request is running when the signal comes: its statement waits for the lock.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const signalledAt = Date.now();
      running.signal('SIGTERM');
      const exitCode = await running.exited;
      const exitMs = Date.now() - signalledAt;
      const outcome = await request;
      const { rows } = await locker.query<{ n: string }>(
        'select count(*) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [database],
      );
      console.log(
        `grace period (500 ms) ran out: the request was ${outcome}, the process exited ${exitCode} ` +
          `${exitMs} ms after SIGTERM, ${rows[0]?.n} server connections left to its database`,
      );
      expect(outcome).toMatch(/^cut/);
      expect(exitCode).toBe(1);
      expect(exitMs).toBeLessThan(5000);
      expect(Number(rows[0]?.n)).toBe(0);
      expect(running.logs()).toMatch(/requests still running after the grace period: cutting them/);
      expect(running.logs()).toMatch(/stopped after the grace period/);
    } finally {
      await locker.query('rollback').catch(() => undefined);
      await locker.end();
    }
  },
);
