import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { User } from '../src/auth/user.entity.js';
import { SESSION_COOKIE, startSession } from '../src/auth/sessions.js';
import { seedDatabase } from '../src/db/seed.js';
import { createServer, type ParleyServer } from '../src/server.js';
import { addToken, addUser, PASSWORD } from './auth-fixtures.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { silentLogger } from './harness.js';

/** A request as sent on the wire: the body as it goes out (a string is sent as UTF-8). */
interface WireRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** An answer as it came off the wire: headers in their order, the body undecoded. */
interface WireAnswer {
  status: number;
  headers: [name: string, value: string][];
  body: Buffer;
}

function send(url: string, { method = 'POST', path = '/graphql', headers = {}, body }: WireRequest) {
  return new Promise<WireAnswer>((resolve, reject) => {
    const request = httpRequest(`${url}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < response.rawHeaders.length; i += 2) {
          headers.push([response.rawHeaders[i]!.toLowerCase(), response.rawHeaders[i + 1]!]);
        }
        resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * An answer with what differs between two servers by nature masked: the date, a request id the
 * server made up, a session's secret and end, and the ETag when the body differs (it tags the body).
 */
function comparable(answer: WireAnswer, sameBody: boolean) {
  return {
    status: answer.status,
    headers: answer.headers.map(([name, value]) => {
      if (name === 'date') return [name, '…'];
      if (name === 'x-request-id' && /^[0-9a-f-]{36}$/.test(value)) return [name, 'a made-up id'];
      if (name === 'etag' && !sameBody) return [name, '…'];
      if (name === 'set-cookie') return [name, value.replace(/=[^;]+/, '=…').replace(/Expires=[^;]+/, 'Expires=…')];
      return [name, value];
    }),
    body: answer.body.toString('utf8').replace(/"requestId":"[^"]+"/g, '"requestId":"…"'),
  };
}

const ALLOWED_ORIGIN = 'https://explorer.example';
const json = { 'content-type': 'application/json' };
const graphqlResponse = { ...json, accept: 'application/graphql-response+json' };
const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
const ACTORS = '{ actors(first: 3) { nodes { slug name } } }';

describe('GraphQL POSTs answered outside Express', () => {
  let db: TestDatabase;
  let session: string;
  let token: string;
  const servers: { server: ParleyServer; listener: Server; url: string }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await seedDatabase(db.orm);
    await addUser(db, 'sam', 'editor');
    token = (await addToken(db, 'sam')).secret;
    const em = db.orm.em.fork();
    session = (await startSession(em, await em.findOneOrFail(User, { name: 'sam' }))).secret;
    for (const graphqlThroughExpress of [false, true]) {
      const server = await createServer({
        orm: db.orm,
        logger: silentLogger,
        corsOrigins: [ALLOWED_ORIGIN],
        graphqlThroughExpress,
      });
      const listener = await new Promise<Server>((resolve) => {
        const started = server.listen(0, '127.0.0.1', () => resolve(started));
      });
      servers.push({ server, listener, url: `http://127.0.0.1:${String((listener.address() as AddressInfo).port)}` });
    }
  });

  afterAll(async () => {
    for (const { server, listener } of servers) {
      listener.closeAllConnections();
      await new Promise((resolve) => listener.close(resolve));
      await server.stop();
    }
    await db.drop();
  });

  /** Sends the request to both servers; checks which of them went through Express's app. */
  async function both(request: WireRequest, { outsideExpress }: { outsideExpress: boolean }) {
    const [lean, express] = servers;
    // Express's app hands every request it gets to its `handle` method (untyped).
    const throughApp = vi.spyOn(lean!.server.app as unknown as { handle: (...args: unknown[]) => void }, 'handle');
    try {
      const leanAnswer = await send(lean!.url, request);
      expect(throughApp).toHaveBeenCalledTimes(outsideExpress ? 0 : 1);
      const expressAnswer = await send(express!.url, request);
      return { lean: leanAnswer, express: expressAnswer };
    } finally {
      throughApp.mockRestore();
    }
  }

  /** What each request is, and something its answer shows (in the headers or body), so it is known to be that case. */
  const requests: [string, WireRequest, string][] = [
    ['a query', { headers: graphqlResponse, body: body(ACTORS) }, '"slug"'],
    [
      'a query asking for plain JSON',
      { headers: { ...json, accept: 'application/json' }, body: body(ACTORS) },
      'content-type: application/json; charset=utf-8',
    ],
    ['a query without Accept', { headers: json, body: body(ACTORS) }, 'content-type: application/json; charset=utf-8'],
    [
      'a query with variables and a query string',
      {
        path: '/graphql?x=1',
        headers: graphqlResponse,
        body: body('query($n: Int!) { actors(first: $n) { totalCount } }', { n: 1 }),
      },
      '"totalCount"',
    ],
    [
      'a field that does not exist',
      { headers: graphqlResponse, body: body('{ actors { nope } }') },
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a field that does not exist, over plain JSON',
      { headers: { ...json, accept: 'application/json' }, body: body('{ actors { nope } }') },
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a syntax error', { headers: graphqlResponse, body: body('{ actors(') }, 'GRAPHQL_PARSE_FAILED'],
    ['no query', { headers: graphqlResponse, body: '{}' }, 'BAD_REQUEST'],
    ['an empty body', { headers: graphqlResponse, body: '' }, 'BAD_REQUEST'],
    ['malformed JSON', { headers: graphqlResponse, body: '{"query": ' }, 'Unexpected end of JSON input'],
    [
      'JSON that is not an object',
      { headers: graphqlResponse, body: '"{ actors { totalCount } }"' },
      'is not valid JSON',
    ],
    [
      'a body over the limit',
      { headers: graphqlResponse, body: body(`{ actors { totalCount } } # ${'x'.repeat(110_000)}`) },
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a charset the parser refuses',
      { headers: { 'content-type': 'application/json; charset=latin1' }, body: body(ACTORS) },
      'unsupported charset',
    ],
    [
      'a gzipped body',
      { headers: { ...graphqlResponse, 'content-encoding': 'gzip' }, body: gzipSync(body(ACTORS)) },
      '"slug"',
    ],
    [
      'a simple POST without the preflight header (CSRF)',
      { headers: { 'content-type': 'text/plain' }, body: body(ACTORS) },
      'Cross-Site Request Forgery',
    ],
    [
      'a form post (CSRF)',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=x' },
      'Cross-Site Request Forgery',
    ],
    ['no content type', { headers: { 'apollo-require-preflight': 'true' }, body: body(ACTORS) }, 'BAD_REQUEST'],
    [
      'from an allowed origin',
      { headers: { ...graphqlResponse, origin: ALLOWED_ORIGIN }, body: body(ACTORS) },
      'access-control-allow-origin: https://explorer.example',
    ],
    [
      'from another origin',
      { headers: { ...graphqlResponse, origin: 'https://elsewhere.example' }, body: body(ACTORS) },
      'vary: Accept-Encoding, Origin',
    ],
    [
      'compression accepted, a small answer',
      { headers: { ...graphqlResponse, 'accept-encoding': 'gzip' }, body: body(ACTORS) },
      'vary: Origin, Accept-Encoding',
    ],
    [
      'compression accepted, a large answer',
      {
        headers: { ...graphqlResponse, 'accept-encoding': 'gzip, br' },
        body: body('{ actors(first: 100) { nodes { slug name } } }'),
      },
      'content-encoding: br',
    ],
    [
      'compression accepted from an allowed origin',
      {
        headers: { ...graphqlResponse, 'accept-encoding': 'gzip', origin: ALLOWED_ORIGIN },
        body: body('{ actors(first: 100) { nodes { slug name } } }'),
      },
      'content-encoding: gzip',
    ],
    [
      'a forwarded request id',
      { headers: { ...graphqlResponse, 'x-request-id': 'proxy-1.2:3' }, body: body(ACTORS) },
      'x-request-id: proxy-1.2:3',
    ],
    [
      'a forwarded request id that is not safe',
      { headers: { ...graphqlResponse, 'x-request-id': 'a b' }, body: body(ACTORS) },
      'x-request-id: ',
    ],
    [
      'a mutation without a viewer',
      { headers: graphqlResponse, body: body('mutation { createApiToken(input: {}) { secret } }') },
      'UNAUTHENTICATED',
    ],
    [
      'a working API token',
      { headers: { ...graphqlResponse, authorization: 'Bearer TOKEN' }, body: body('{ viewer { name role } }') },
      '"name":"sam"',
    ],
    [
      'an unknown API token',
      { headers: { ...graphqlResponse, authorization: 'Bearer nope' }, body: body('{ viewer { name } }') },
      'UNAUTHENTICATED',
    ],
    [
      'a malformed Authorization header',
      { headers: { ...graphqlResponse, authorization: 'Basic x' }, body: body('{ viewer { name } }') },
      'UNAUTHENTICATED',
    ],
    [
      'a session cookie',
      { headers: { ...graphqlResponse, cookie: `${SESSION_COOKIE}=SESSION` }, body: body('{ viewer { name role } }') },
      '"name":"sam"',
    ],
    [
      'a session cookie from another site',
      {
        headers: { ...graphqlResponse, cookie: `${SESSION_COOKIE}=SESSION`, 'sec-fetch-site': 'cross-site' },
        body: body('{ viewer { name } }'),
      },
      'cross-site request forgery',
    ],
    [
      'a stale session cookie',
      { headers: { ...graphqlResponse, cookie: `${SESSION_COOKIE}=gone` }, body: body('{ viewer { name } }') },
      'set-cookie: parley_session=;',
    ],
    [
      'a stale session cookie behind an HTTPS proxy',
      {
        headers: { ...graphqlResponse, cookie: `${SESSION_COOKIE}=gone`, 'x-forwarded-proto': 'https' },
        body: body('{ viewer { name } }'),
      },
      'Secure',
    ],
    [
      'a sign-in',
      {
        headers: graphqlResponse,
        body: body(
          'mutation($name: String!, $password: String!) { signIn(input: { name: $name, password: $password }) { viewer { name } } }',
          { name: 'sam', password: PASSWORD },
        ),
      },
      'set-cookie: parley_session=',
    ],
  ];

  it.each(requests)('%s: the same status, headers and body as through Express', async (_name, request, shows) => {
    const headers = Object.fromEntries(
      Object.entries(request.headers ?? {}).map(([name, value]) => [
        name,
        value.replace('TOKEN', token).replace('SESSION', session),
      ]),
    );
    const { lean, express } = await both({ ...request, headers }, { outsideExpress: true });
    const wire = [...lean.headers.map(([name, value]) => `${name}: ${value}`), lean.body.toString('utf8')].join('\n');
    expect(wire).toContain(shows);
    const sameBody = lean.body.equals(express.body);
    expect(comparable(lean, sameBody)).toEqual(comparable(express, sameBody));
  });

  it.each<[string, WireRequest]>([
    [
      'a GET',
      {
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent(ACTORS)}`,
        headers: { 'apollo-require-preflight': 'true' },
      },
    ],
    [
      'a preflight',
      { method: 'OPTIONS', headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST' } },
    ],
    ['a POST below /graphql', { path: '/graphql/', headers: graphqlResponse, body: body(ACTORS) }],
    ['a POST to another path', { path: '/healthz', headers: graphqlResponse, body: body(ACTORS) }],
  ])('%s goes through Express', async (_name, request) => {
    const { lean, express } = await both(request, { outsideExpress: false });
    const sameBody = lean.body.equals(express.body);
    expect(comparable(lean, sameBody)).toEqual(comparable(express, sameBody));
  });

  // Last: a server that drains stays draining.
  it('asks the client to close the connection while draining, as through Express', async () => {
    for (const { server } of servers) server.drain();
    const { lean, express } = await both({ headers: graphqlResponse, body: body(ACTORS) }, { outsideExpress: true });
    expect(lean.headers).toContainEqual(['connection', 'close']);
    expect(comparable(lean, true)).toEqual(comparable(express, true));
  });
});
