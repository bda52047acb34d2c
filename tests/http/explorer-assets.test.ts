import { startServer, type RunningServer } from '@parley/test-support';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const webDist = join(dirname(createRequire(import.meta.url).resolve('@parley/web/package.json')), 'dist');

/** A hashed script of the current build, as index.html names it. */
function someAsset(): string {
  const index = readFileSync(join(webDist, 'index.html'), 'utf8');
  const match = /src="(\/assets\/[^"]+\.js)"/.exec(index);
  if (!match) throw new Error('index.html names no script');
  return match[1]!;
}

describe('the explorer over HTTP', () => {
  let server: RunningServer | undefined;
  let url: string;
  beforeAll(async () => {
    server = await startServer('sqlite');
    url = server.url;
  });
  afterAll(async () => {
    await server?.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, { headers: { 'accept-encoding': 'gzip, br', ...headers } });

  it('answers every view with the app, and a path that names none with 404 and the same app', async () => {
    for (const path of ['/', '/network', '/statements', '/figures', '/actors/nicolas-maduro']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toMatch(/<div id="root"[ >]/);
    }
    // A view's address naming an actor or a document that does not exist: the view's own
    // not-found page, rendered by the server, with its status.
    for (const [path, heading] of [
      ['/actors/anyone', 'No such actor'],
      ['/documents/some-story', 'No such document'],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain(`<h1>${heading}</h1>`);
    }
    for (const path of ['/no/such/page', '/actors', '/actors/a/b', '/statement']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      // The app renders its own not-found page from the same HTML.
      expect(await response.text()).toMatch(/<div id="root"[ >]/);
    }
  });

  it('names the scripts of the view asked for in its page, so they load with the app', async () => {
    const preloads = (html: string) =>
      [...html.matchAll(/<link rel="modulepreload" [^>]*href="(\/assets\/[^"]+\.js)">/g)].map(([, script]) => script!);
    const preloaded = async (path: string) => preloads(await (await get(path)).text());
    const network = await preloaded('/network');
    expect(network.some((script) => /\/network-page-[\w-]+\.js$/.test(script))).toBe(true);
    const reader = await preloaded('/documents/us-venezuela-talks-2024-04-11');
    expect(reader.some((script) => /\/reader-page-[\w-]+\.js$/.test(script))).toBe(true);
    expect(reader.some((script) => script.includes('network-page'))).toBe(false);
    for (const script of new Set([...network, ...reader])) expect((await get(script)).status, script).toBe(200);
    // A path that names no view gets the app as built, which loads the not-found page itself.
    expect(await preloaded('/no/such/page')).toEqual(preloads(readFileSync(join(webDist, 'index.html'), 'utf8')));
  });

  it('sends the story views with their content and the answers they were drawn from', async () => {
    const overview = await (await get('/')).text();
    expect(overview).toContain('<title>Overview · Parley</title>');
    expect(overview).toContain('<h1>Who pressured whom, who met whom, when — and says who</h1>');
    // The story's link, read from the database: the content arrives with the page.
    expect(overview).toMatch(
      /<a [^>]*href="\/documents\/us-venezuela-talks-2024-04-11"[^>]*>US officials met secretly/,
    );

    const reader = await (await get('/documents/us-venezuela-talks-2024-04-11')).text();
    expect(reader).toMatch(/<title>US officials met secretly with Maduro’s team[^<]*· Parley<\/title>/);
    expect(reader).toMatch(/<h1>US officials met secretly with Maduro’s team/);

    // The answers, for the app to start from: JSON in a data block, with no `<` that could end it.
    const block = /<script type="application\/json" id="parley-server-data">([^]*?)<\/script>/.exec(reader);
    expect(block).not.toBeNull();
    expect(block![1]).not.toContain('<');
    const cache = JSON.parse(block![1]!) as Record<string, unknown>;
    expect(Object.keys(cache).some((key) => key.startsWith('Document:'))).toBe(true);
  });

  it('sends signed-in visitors, the playground and the forms the plain page, which the app fills in', async () => {
    const rendered = (html: string) => html.includes('id="parley-server-data"');
    expect(rendered(await (await get('/network')).text())).toBe(true);
    const signedIn = await get('/network', { cookie: 'theme=dark; parley_session=not-checked-here' });
    // Caches keep the variants apart: the render depends on credentials and on the device.
    for (const header of ['Cookie', 'Authorization', 'Sec-CH-UA-Mobile']) {
      expect(signedIn.headers.get('vary'), header).toMatch(new RegExp(`\\b${header}\\b`, 'i'));
    }
    expect(rendered(await signedIn.text())).toBe(false);
    expect(rendered(await (await get('/network', { authorization: 'Bearer some-token' })).text())).toBe(false);
    for (const path of ['/playground', '/sign-in', '/documents/new']) {
      const html = await (await get(path)).text();
      expect(rendered(html), path).toBe(false);
      expect(html, path).toContain('Opening Parley');
    }
  });

  it('keeps hashed assets for a year and makes index.html revalidate', async () => {
    const page = await get('/network');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await get(someAsset());
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    const missing = await get('/assets/no-such-chunk-123.js');
    expect(missing.status).toBe(404);
  });

  it('compresses scripts, pages and GraphQL answers for clients that accept it', async () => {
    const asset = await get(someAsset());
    expect(asset.headers.get('content-encoding')).toMatch(/^(gzip|br)$/);
    const plain = await fetch(`${url}${someAsset()}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.text()).length).toBeGreaterThan(1000);
    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ relations(first: 100) { nodes { id summary } } }' }),
    });
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    const body = (await answer.json()) as { data?: { relations?: { nodes?: unknown[] } } };
    expect(body.data?.relations?.nodes?.length).toBeGreaterThan(0);
  });

  it('serves robots.txt', async () => {
    const robots = await get('/robots.txt');
    expect(robots.status).toBe(200);
    expect(await robots.text()).toMatch(/^User-agent: \*/m);
  });

  it('leaves the server its own paths', async () => {
    expect((await get('/healthz')).status).toBe(200);
    // GraphQL answers below its own path, as GraphQL: never with the explorer's page.
    const graphqlPath = await get('/graphql/extra');
    expect(graphqlPath.status).toBe(400);
    expect(await graphqlPath.text()).not.toMatch(/<div id="root"[ >]/);
  });
});
