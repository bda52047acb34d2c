import { postGraphQL, startServer, type RunningServer } from '@parley/test-support';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { serverAudits } from 'graphql-http';
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';

describeEachDatabase('HTTP transport', (database) => {
  let server: RunningServer | undefined;
  let url: string;
  beforeAll(async () => {
    server = await startServer(database);
    url = server.url;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers health and readiness probes', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('keeps an idle keep-alive connection open for the next request, as clients and proxies expect', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = () =>
      new Promise<{ status?: number; reused: boolean; keepAlive?: string }>((resolve, reject) => {
        const asked = request(`${url}/healthz`, { agent }, (response) => {
          response.resume();
          response.on('end', () =>
            resolve({
              status: response.statusCode,
              reused: asked.reusedSocket,
              keepAlive: String(response.headers['keep-alive']),
            }),
          );
        });
        asked.on('error', reject);
        asked.end();
      });
    const first = await ask();
    expect(first).toMatchObject({ status: 200, reused: false, keepAlive: 'timeout=65' });
    // Longer than Node's default idle timeout (5 s), after which the server would have closed the socket.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await ask()).toMatchObject({ status: 200, reused: true });
    agent.destroy();
  });

  it('serves the seeded story on first start', async () => {
    const result = await postGraphQL(url, { query: '{ actor(slug: "nicolas-maduro") { name kind } }' });
    expect(result.status).toBe(200);
    expect(result.contentType).toMatch(/application\/(graphql-response\+)?json/);
    expect(result.json?.data).toEqual({ actor: { name: 'Nicolás Maduro', kind: 'PERSON' } });
  });

  it('rejects a syntax error with GRAPHQL_PARSE_FAILED', async () => {
    const result = await postGraphQL(url, { query: '{ actors(first: 3 { nodes { slug } } }' });
    expect(result.status).toBe(400);
    expect(result.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('rejects an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await postGraphQL(url, { query: '{ actors { nodes { password } } }' });
    expect(result.status).toBe(400);
    expect(result.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects first: 1000 and a malformed cursor with BAD_USER_INPUT, and keeps serving', async () => {
    const tooMany = await postGraphQL(url, { query: '{ actors(first: 1000) { totalCount } }' });
    expect(tooMany.json?.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(tooMany.json?.errors?.[0]?.message).toMatch(/first/);
    const badCursor = await postGraphQL(url, { query: '{ actors(after: "%%%") { totalCount } }' });
    expect(badCursor.json?.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const still = await postGraphQL(url, { query: '{ actors(first: 1) { totalCount } }' });
    expect(still.json?.errors).toBeUndefined();
  });

  it('refuses malformed JSON and oversized bodies without crashing', async () => {
    const malformed = await postGraphQL(url, '{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const huge = await postGraphQL(url, { query: `{ actors { totalCount } }${' '.repeat(200_000)}` });
    expect(huge.status).toBe(413);
    expect(huge.json?.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('limits query depth and aliases', async () => {
    let deep = 'slug';
    for (let level = 0; level < 15; level++) deep = `relations { source { ${deep} } }`;
    const tooDeep = await postGraphQL(url, { query: `{ actor(slug: "nicolas-maduro") { ${deep} } }` });
    expect(tooDeep.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: actor(slug: "nicolas-maduro") { slug }`).join(' ');
    const tooMany = await postGraphQL(url, { query: `{ ${aliases} }` });
    expect(tooMany.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query that could fetch too much with 400 QUERY_TOO_COMPLEX', async () => {
    // 100 relations × 10 of their source's relations × 10 of each target's × 10 quotes: about 112 000, over 100 000.
    const query =
      '{ relations(first: 100) { nodes { source { relations { target { relations { evidence { quote } } } } } } } }';
    const result = await postGraphQL(url, { query });
    expect(result.status).toBe(400);
    expect(result.json?.data).toBeUndefined();
    expect(result.json?.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent('{ actors { totalCount } }')}`);
    expect(response.status).toBe(400);
  });

  it('sends a browser that opens /graphql to the playground', async () => {
    const response = await fetch(`${url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml' },
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/playground');
  });

  it('serves the explorer for client routes and the playground', async () => {
    for (const path of ['/', '/actors/nicolas-maduro', '/playground']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toMatch(/<div id="root"[ >]/);
    }
  });

  it('passes every MUST and SHOULD of the GraphQL-over-HTTP audits', async () => {
    const audits = serverAudits({ url: `${url}/graphql` });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      // MUST failures are errors, SHOULD failures warnings; MAY ones (notices) are GETs that
      // CSRF prevention refuses without a preflight header, on purpose.
      if (result.status === 'error' || result.status === 'warn') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers request errors 200 over application/json and 4xx over application/graphql-response+json', async () => {
    const invalid = { query: '{ actors { nodes { password } } }' };
    const plain = await postGraphQL(url, invalid, { accept: 'application/json' });
    expect(plain.status).toBe(200);
    expect(plain.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const graphqlResponse = await postGraphQL(url, invalid, { accept: 'application/graphql-response+json' });
    expect(graphqlResponse.status).toBe(400);
  });

  it('names every client mistake with a client error code, never INTERNAL_SERVER_ERROR', async () => {
    const bySlug = 'query ($slug: String!) { actor(slug: $slug) { slug } }';
    const mistakes: [string, unknown, string][] = [
      ['NUL in a literal', { query: '{ actor(slug: "a\\u0000b") { slug } }' }, 'BAD_USER_INPUT'],
      ['NUL in a variable', { query: bySlug, variables: { slug: 'a\u0000b' } }, 'BAD_USER_INPUT'],
      ['an unpaired surrogate', { query: bySlug, variables: { slug: 'a\ud800b' } }, 'BAD_USER_INPUT'],
      ['a 300-character slug', { query: bySlug, variables: { slug: 'a'.repeat(300) } }, 'BAD_USER_INPUT'],
      ['a mutation', { query: 'mutation { x }' }, 'GRAPHQL_VALIDATION_FAILED'],
      ['a subscription', { query: 'subscription { x }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ];
    for (const [mistake, body, code] of mistakes) {
      const result = await postGraphQL(url, body);
      expect(result.json?.errors?.[0]?.extensions?.code, mistake).toBe(code);
      expect(result.status, mistake).toBe(400);
    }
    expect(server?.logs()).not.toMatch(/"level":50/);
  });
});
