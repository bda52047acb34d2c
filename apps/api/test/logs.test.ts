import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
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

describeEachDatabase('logs at warn', (database) => {
  const lines: string[] = [];
  let running: ListeningServer;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    // Every request counts as slow: at warn, only slow requests are written.
    running = await startListeningServer(database, { logger: pino({ level: 'warn' }, sink), slowRequestMs: -1 });
  });
  afterAll(() => running.close());

  it('writes a slow request with its id, and no access line at info', async () => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Few { actors(first: 1) { nodes { slug } } }', operationName: 'Few' }),
    });
    const requestId = response.headers.get('x-request-id');
    await response.text();
    await expect.poll(() => lines.length).toBeGreaterThan(0);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.find((entry) => entry.requestId === requestId)).toMatchObject({
      level: 40,
      msg: 'slow request',
      path: '/graphql',
      operation: 'Few',
      status: 200,
      slowMs: -1,
    });
    expect(entries.filter((entry) => entry.msg === 'request')).toEqual([]);
  });

  it('answers a client that accepts no encoding uncompressed, still varying on Accept-Encoding', async () => {
    // fetch always sends Accept-Encoding; node:http sends only the headers it is given.
    const { headers, body } = await new Promise<{ headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = httpRequest(
        `${running.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ headers: response.headers, body: text }));
        },
      );
      request.on('error', reject);
      request.end(JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' }));
    });
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers.vary).toMatch(/accept-encoding/i);
    const answer = JSON.parse(body) as { data?: { actors?: { totalCount?: unknown } } };
    expect(answer.data?.actors?.totalCount).toEqual(expect.any(Number));
  });
});
