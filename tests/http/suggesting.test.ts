import { postGraphQL, runApiCli, startServer, type RunningServer } from '@parley/test-support';
import { seedStoryPath } from '@parley/story';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const CREATE_DOCUMENT = `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } } }`;
const SUGGEST = `mutation ($id: ID!) { suggestFacts(documentId: $id) { added document { suggestions(first: 1) { totalCount } } } }`;

/** The seed story's text repeated to about 90 kB: as long an article as a request can carry. */
function longArticle(): string {
  const story = JSON.parse(readFileSync(seedStoryPath, 'utf8')) as { document: { textFile: string } };
  const text = readFileSync(join(dirname(seedStoryPath), story.document.textFile), 'utf8');
  return Array.from({ length: Math.floor(90_000 / text.length) }, () => text).join('\n\n');
}

let server: RunningServer | undefined;
let token = '';

beforeAll(async () => {
  server = await startServer('sqlite');
  const made = runApiCli('user', ['create', '--role', 'editor', '--name', 'reading-editor'], server.databaseUrl);
  expect(made.status, made.stderr).toBe(0);
  const issued = runApiCli(
    'token',
    ['create', '--user', 'reading-editor', '--label', 'suggesting'],
    server.databaseUrl,
  );
  expect(issued.status, issued.stderr).toBe(0);
  token = issued.stdout.trim();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/**
 * Reading an article is synchronous work whose time grows with the text. The server reads on a
 * worker thread, so a health probe sent while a long article is read is answered at once rather
 * than after the reading: no probe may wait for half the reading's time.
 */
it('keeps answering other requests while it reads a long article', async () => {
  const headers = { authorization: `Bearer ${token}` };
  const created = await postGraphQL(
    server!.url,
    {
      query: CREATE_DOCUMENT,
      variables: { input: { slug: 'long-read', title: 'A long read', text: longArticle(), publishedAt: '2024-04-11' } },
    },
    headers,
  );
  expect(created.json?.errors, JSON.stringify(created.json?.errors)).toBeUndefined();
  const id = (created.json?.data as { createDocument: { document: { id: string } } }).createDocument.document.id;

  const started = performance.now();
  const state = { reading: true };
  const suggested = postGraphQL(server!.url, { query: SUGGEST, variables: { id } }, headers).finally(() => {
    state.reading = false;
  });
  const probes: number[] = [];
  while (state.reading) {
    const sent = performance.now();
    const response = await fetch(`${server!.url}/healthz`);
    expect(response.status).toBe(200);
    probes.push(performance.now() - sent);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const { json } = await suggested;
  const readingMs = performance.now() - started;
  expect(json?.errors, JSON.stringify(json?.errors)).toBeUndefined();
  // The article was read: the seed story's facts are proposed (stored on creation, found again now).
  const answer = json?.data as { suggestFacts: { document: { suggestions: { totalCount: number } } } };
  expect(answer.suggestFacts.document.suggestions.totalCount).toBeGreaterThan(20);
  const slowest = Math.max(...probes);
  console.log(`reading ${Math.round(readingMs)} ms, ${probes.length} health probes, slowest ${Math.round(slowest)} ms`);
  expect(slowest).toBeLessThan(Math.max(readingMs / 2, 100));
}, 120_000);
