import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@parley/test-support/vitest';
import type { TestDatabase } from './databases.js';
import { startListeningServer, type ListeningServer } from './harness.js';

describeEachDatabase('logs and masked errors', (database) => {
  const lines: string[] = [];
  let running: ListeningServer;
  let db: TestDatabase;
  let url: string;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    running = await startListeningServer(database, {
      seed: true,
      logger: pino({ level: 'debug' }, sink),
      slowRequestMs: 60_000,
    });
    ({ db, url } = running);
  });
  afterAll(() => running.close());

  it('masks an internal error with a request id, and logs it without SQL or variables', async () => {
    // Breaks the schema under the server: the next query fails inside the database driver.
    await db.orm.em.getConnection().execute('alter table actor rename to actor_gone');
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({
          query: 'query ActorBySlug($slug: String!) { actor(slug: $slug) { slug } }',
          operationName: 'ActorBySlug',
          variables: { slug: 'secret-slug-value' },
        }),
      });
      const requestId = response.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const text = await response.text();
      const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      });
      expect(text).not.toMatch(/select|actor_gone|secret-slug-value/i);

      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const failure = entries.find((entry) => entry.msg === 'unexpected error');
      expect(failure).toMatchObject({ level: 50, requestId, operation: 'ActorBySlug', path: 'actor' });
      expect((failure?.error as { type?: string } | undefined)?.type).toMatch(/Exception$/);
      const access = entries.find((entry) => entry.msg === 'request' && entry.requestId === requestId);
      expect(access).toMatchObject({ method: 'POST', path: '/graphql', operation: 'ActorBySlug', status: 200 });
      expect(access?.durationMs).toEqual(expect.any(Number));
      expect(access?.bytes).toBe(Buffer.byteLength(text));
      expect(lines.join('\n')).not.toMatch(/select |secret-slug-value/i);
    } finally {
      await db.orm.em.getConnection().execute('alter table actor_gone rename to actor');
    }
  });

  it('takes a sane request id from the proxy, and replaces any other', async () => {
    const forwarded = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'edge-42.abc' } });
    expect(forwarded.headers.get('x-request-id')).toBe('edge-42.abc');
    const hostile = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'a b\tc"{}' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes every line as JSON', async () => {
    // Lines of its own (an access line at least), whatever ran before.
    const before = lines.length;
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actors(first: 1) { nodes { slug } } }' }),
    });
    expect(lines.length).toBeGreaterThan(before);
    for (const line of lines) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
  });
});
