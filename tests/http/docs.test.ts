import { postGraphQL, runApiCli, startServer, type RunningServer } from '@parley/test-support';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsPackage, guideBlocks, guideQueries, type GuideRole } from '../support/guide-examples.js';

const queries = guideQueries();
/** The guides' curl commands that ask the local server something (`http://localhost:4000/…`). */
const curlCommands = guideBlocks().filter(
  (block) => block.language === 'sh' && block.text.startsWith('curl ') && block.text.includes('http://localhost:4000'),
);

describe('the guides', () => {
  it('have example queries to run, and every ```json after a query with variables gives them', () => {
    expect(queries.length).toBeGreaterThan(10);
    for (const { where, query, variables } of queries) {
      if (/^\s*query\s+\w+\s*\(/.test(query))
        expect(variables, `${where} has variables but no \`\`\`json of them`).toBeDefined();
    }
    expect(curlCommands.length).toBeGreaterThanOrEqual(2);
  });
});

/**
 * The users the guides' examples name: `alice`, an editor who signs in with this password, and
 * `exporter`, a reader with API tokens only. Examples marked `as=<role>` send a token of theirs;
 * curl commands find the reader's in `$PARLEY_TOKEN`.
 */
const GUIDE_USERS = {
  editor: { name: 'alice', password: 'correct horse battery staple' },
  reader: { name: 'exporter' },
} as const;

/** Makes the guides' users and an API token for each, with the API's CLI, as the guide tells. */
function makeGuideUsers(databaseUrl: string): Record<GuideRole, string> {
  const run = (tool: 'user' | 'token', args: string[], input?: string) => {
    const ran = runApiCli(tool, args, databaseUrl, input);
    if (ran.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed:\n${ran.stderr}`);
    return ran.stdout.trim();
  };
  const { editor, reader } = GUIDE_USERS;
  run('user', ['create', '--role', 'editor', '--name', editor.name, '--password-stdin'], editor.password);
  run('user', ['create', '--role', 'reader', '--name', reader.name]);
  return {
    editor: run('token', ['create', '--user', editor.name, '--label', 'guide examples']),
    reader: run('token', ['create', '--user', reader.name, '--label', 'guide examples']),
  };
}

describeEachDatabase('every example of the guides, against the seeded story', (database) => {
  let server: RunningServer | undefined;
  let tokens: Record<GuideRole, string> | undefined;
  beforeAll(async () => {
    server = await startServer(database);
    tokens = makeGuideUsers(server.databaseUrl);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it.each(queries)('$where answers as the guide says', async ({ query, variables, expectedError, as }) => {
    const headers: Record<string, string> = as ? { authorization: `Bearer ${tokens![as]}` } : {};
    const { status, json } = await postGraphQL(server!.url, { query, variables }, headers);
    if (expectedError) {
      expect(json?.errors?.map((error) => error.extensions?.code)).toContain(expectedError);
      return;
    }
    expect(json?.errors, JSON.stringify(json?.errors)).toBeUndefined();
    expect(status).toBe(200);
    // An example whose every root field is null or empty teaches nothing: the story must answer it.
    const roots = Object.values(json?.data ?? {});
    expect(roots.length).toBeGreaterThan(0);
    expect(roots.some((value) => value !== null && !(Array.isArray(value) && value.length === 0))).toBe(true);
  });

  it.each(curlCommands)('the curl command of $guide:$line runs as written', ({ text }) => {
    const folder = mkdtempSync(join(tmpdir(), 'parley-guide-curl-'));
    try {
      const command = text.replaceAll('http://localhost:4000', server!.url);
      const ran = spawnSync('sh', ['-c', `${command} -w '\n%{http_code}'`], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, PARLEY_TOKEN: tokens!.reader },
      });
      expect(ran.status, ran.stderr).toBe(0);
      const statusLine = ran.stdout.trim().split('\n').pop();
      expect(statusLine).toBe('200');
      if (command.includes('/graphql')) {
        const body = JSON.parse(ran.stdout.slice(0, ran.stdout.lastIndexOf('\n'))) as {
          data?: unknown;
          errors?: unknown;
        };
        expect(body.errors).toBeUndefined();
        expect(body.data).toBeTruthy();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the reference at /docs', () => {
  let server: RunningServer | undefined;
  let url: string;
  beforeAll(async () => {
    server = await startServer('sqlite');
    url = server.url;
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, { headers: { 'accept-encoding': 'gzip, br', ...headers }, redirect: 'manual' });

  /** The built page, as the build wrote it. */
  const builtPage = () => readFileSync(join(docsPackage, 'dist/index.html'), 'utf8');

  it('sends /docs to /docs/, which is the reference, revalidated on every visit and compressed', async () => {
    const bare = await get('/docs');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/docs/');
    const page = await get('/docs/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-encoding')).toMatch(/^(gzip|br)$/);
    const html = await page.text();
    // The guides, under their own anchors, and the reference of the schema.
    for (const anchor of [
      'getting-started',
      'authentication',
      'editing',
      'global-ids',
      'pagination',
      'filtering',
      'errors',
      'limits',
      'exports',
    ]) {
      expect(html).toContain(`id="${anchor}"`);
    }
    expect(html).toContain('id="query-relations"');
    expect(html).toContain('id="definition-RelationFilter"');
  });

  it('keeps its hashed script and stylesheet for a year, and answers 404 for what it does not have', async () => {
    const assets = [...builtPage().matchAll(/(?:src|href)="(assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets).toHaveLength(2);
    for (const asset of assets) {
      const response = await get(`/docs/${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control')).toMatch(/max-age=31536000/);
      expect(response.headers.get('cache-control')).toMatch(/immutable/);
      expect(response.headers.get('content-encoding')).toMatch(/^(gzip|br)$/);
    }
    for (const path of ['/docs/assets/spectaql.0000000000.min.js', '/docs/no-such-page.html', '/docs/guides/']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(await missing.text()).not.toMatch(/<div id="root"[ >]/);
    }
  });

  it('shows every error code with its meaning, and the limits table of the README', async () => {
    const html = await (await get('/docs/')).text();
    const { errorCodeDescriptions } = await import('@parley/schema');
    for (const code of Object.keys(errorCodeDescriptions)) expect(html).toContain(`<code>${code}</code>`);
    expect(html).toContain('MAX_RESPONSE_BYTES');
    expect(html).toContain('/export/graph.gexf');
  });
});
