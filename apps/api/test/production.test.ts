import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { ServerOptions } from '../src/server.js';
import { startListeningServer, type ListeningServer } from './harness.js';

/** An HTTP server over a fresh SQLite database with these switches; closed after the suite. */
function useServer(options: Omit<ServerOptions, 'orm' | 'logger'>) {
  const running = { url: '' };
  let server: ListeningServer;
  beforeAll(async () => {
    server = await startListeningServer('sqlite', options);
    running.url = server.url;
  });
  afterAll(() => server.close());
  return running;
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, text: await response.text() };
}

describe('production switches', () => {
  const production = useServer({
    production: true,
    introspection: false,
    playground: false,
    corsOrigins: ['https://explorer.example'],
  });
  const development = useServer({});

  it('suggests field names only outside production', async () => {
    const query = '{ actors { nodes { slu } } }';
    expect((await post(development.url, query)).text).toMatch(/Did you mean/);
    const quiet = await post(production.url, query);
    expect(quiet.text).toMatch(/GRAPHQL_VALIDATION_FAILED/);
    expect(quiet.text).not.toMatch(/Did you mean|slug/);
  });

  it('switches introspection and the playground off', async () => {
    const introspection = '{ __schema { types { name } } }';
    expect((await post(development.url, introspection)).text).toMatch(/"__schema"/);
    expect((await post(production.url, introspection)).text).toMatch(/GRAPHQL_VALIDATION_FAILED/);
    expect((await fetch(`${production.url}/playground`)).status).toBe(404);
    const browser = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(browser.status).not.toBe(302);
  });

  it('answers CORS only for the configured origins', async () => {
    const preflight = (url: string, origin: string) =>
      fetch(`${url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight(production.url, 'https://explorer.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    const other = await preflight(production.url, 'https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const sameOriginOnly = await preflight(development.url, 'https://explorer.example');
    expect(sameOriginOnly.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reads the switches from the environment', () => {
    expect(loadConfig({})).toMatchObject({ production: false, introspection: true, playground: true, corsOrigins: [] });
    expect(
      loadConfig({
        NODE_ENV: 'production',
        PARLEY_INTROSPECTION: 'false',
        PARLEY_PLAYGROUND: 'false',
        CORS_ORIGINS: 'https://a.example, https://b.example:8443/',
      }),
    ).toMatchObject({
      production: true,
      introspection: false,
      playground: false,
      corsOrigins: ['https://a.example', 'https://b.example:8443'],
    });
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });
});
