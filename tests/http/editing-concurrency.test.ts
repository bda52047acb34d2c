import { postGraphQL, runApiCli, startServer, type RunningServer } from '@parley/test-support';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { seedStoryPath } from '@parley/story';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const CALLS = 50;
const READ = `query { relations(first: 1) { nodes { id version summary } } }`;
const UPDATE = `mutation ($input: UpdateRelationInput!) { updateRelation(input: $input) { relation { id version summary } } }`;
const DELETE = `mutation ($input: DeleteRelationInput!) { deleteRelation(input: $input) { deletedId } }`;
const CREATE_DOCUMENT = `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } } }`;
/** What a refused mutation must not have changed, counted through the public API. */
const COUNTS = `query {
  documents { totalCount }
  actors { totalCount }
  relations { totalCount }
  relation: relations(first: 1) { nodes { id version summary } }
}`;

/** Runs a CLI command against the servers' database and returns what it printed on stdout. */
function cli(databaseUrl: string, tool: 'user' | 'token' | 'import', args: string[]) {
  const ran = runApiCli(tool, args, databaseUrl);
  expect(ran.status, ran.stderr).toBe(0);
  return ran;
}

/** A new API token for the user, made with `npm run token -- create`: its secret and its ID. */
function newToken(databaseUrl: string, user: string) {
  const ran = cli(databaseUrl, 'token', ['create', '--user', user, '--label', 'editing-concurrency']);
  const id = /^token (\d+) /m.exec(ran.stderr)?.[1];
  if (!id) throw new Error(`no token ID in: ${ran.stderr}`);
  return { secret: ran.stdout.trim(), id };
}

/**
 * Editing over real HTTP, as deployed: on PostgreSQL two server processes share one database
 * (SQLite is for one process), editors authenticate with API tokens made by the CLI, and fifty
 * saves of one relation from the same version race each other across both servers.
 */
describeEachDatabase('editing over HTTP with API tokens', (database) => {
  const servers: RunningServer[] = [];
  const tokens: Record<'editor' | 'reader' | 'revoked', string> = { editor: '', reader: '', revoked: '' };

  beforeAll(async () => {
    const first = await startServer(database);
    servers.push(first);
    if (database === 'postgresql') {
      servers.push(await startServer(database, {}, { databaseUrl: first.databaseUrl }));
    }
    const url = first.databaseUrl;
    cli(url, 'user', ['create', '--role', 'editor', '--name', 'desk-editor']);
    cli(url, 'user', ['create', '--role', 'reader', '--name', 'desk-reader']);
    tokens.editor = newToken(url, 'desk-editor').secret;
    tokens.reader = newToken(url, 'desk-reader').secret;
    const revoked = newToken(url, 'desk-editor');
    cli(url, 'token', ['revoke', revoked.id]);
    tokens.revoked = revoked.secret;
  }, 120_000);

  afterAll(async () => {
    // The first server made the database: it goes last, and drops it.
    for (const server of [...servers].reverse()) await server.stop();
  });

  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  async function counts() {
    const { json } = await postGraphQL(servers[0]!.url, { query: COUNTS });
    expect(json?.errors).toBeUndefined();
    return json?.data;
  }

  async function firstRelation() {
    const { json } = await postGraphQL(servers.at(-1)!.url, { query: READ });
    const relation = (json?.data as { relations: { nodes: { id: string; version: number; summary: string }[] } })
      .relations.nodes[0];
    if (!relation) throw new Error('the seeded story has no relation');
    return relation;
  }

  it(`lets exactly one of ${CALLS} concurrent updates from the same version through, across the servers`, async () => {
    const relation = await firstRelation();
    const responses = await Promise.all(
      Array.from({ length: CALLS }, (_, index) =>
        postGraphQL(
          servers[index % servers.length]!.url,
          {
            query: UPDATE,
            variables: { input: { id: relation.id, version: relation.version, summary: `Saved by editor ${index}.` } },
          },
          as(tokens.editor),
        ),
      ),
    );

    const saved = responses.filter(({ json }) => json?.data?.updateRelation);
    const conflicts = responses.filter(({ json }) => json?.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(CALLS - 1);
    for (const { json } of conflicts) {
      expect(json?.errors?.[0]?.extensions?.currentVersion).toBe(relation.version + 1);
    }
    const winner = (saved[0]!.json!.data!.updateRelation as { relation: { summary: string } }).relation;
    // Every server reads the one stored result: the old version plus one, with the winner's words.
    for (const server of servers) {
      const { json } = await postGraphQL(server.url, { query: READ });
      expect((json?.data as { relations: { nodes: unknown[] } }).relations.nodes[0]).toEqual({
        id: relation.id,
        version: relation.version + 1,
        summary: winner.summary,
      });
    }
  });

  it.each([
    { who: 'no token', headers: (): Record<string, string> => ({}), code: 'UNAUTHENTICATED' },
    { who: 'a reader token', headers: () => as(tokens.reader), code: 'FORBIDDEN' },
    { who: 'a revoked token', headers: () => as(tokens.revoked), code: 'UNAUTHENTICATED' },
  ])('refuses every mutation with $who ($code) and writes nothing', async ({ headers, code }) => {
    const before = await counts();
    const relation = await firstRelation();
    const attempts = [
      { query: UPDATE, variables: { input: { id: relation.id, version: relation.version, summary: 'Not allowed.' } } },
      { query: DELETE, variables: { input: { id: relation.id, version: relation.version, cascade: true } } },
      { query: CREATE_DOCUMENT, variables: { input: { slug: 'not-allowed', title: 'Not allowed', text: 'No.' } } },
    ];
    for (const server of servers) {
      for (const attempt of attempts) {
        const { json } = await postGraphQL(server.url, attempt, headers());
        expect(json?.errors?.map((error) => error.extensions?.code)).toEqual([code]);
        expect(json?.data ?? null).toBeNull();
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps an edit made over HTTP from a re-import: `npm run import` exits 1 naming the document, --force replaces it', async () => {
    const relation = await firstRelation();
    const { json } = await postGraphQL(
      servers[0]!.url,
      {
        query: UPDATE,
        variables: { input: { id: relation.id, version: relation.version, summary: 'Kept from imports.' } },
      },
      as(tokens.editor),
    );
    expect(json?.errors).toBeUndefined();

    // The seed story with a changed title: a different bundle for the same document.
    const folder = mkdtempSync(join(tmpdir(), 'parley-reimport-'));
    try {
      const bundle = JSON.parse(readFileSync(seedStoryPath, 'utf8')) as {
        document: { title: string; textFile: string };
      };
      bundle.document.title += ' (revised)';
      copyFileSync(join(dirname(seedStoryPath), bundle.document.textFile), join(folder, bundle.document.textFile));
      const file = join(folder, 'story.json');
      writeFileSync(file, JSON.stringify(bundle));

      const refused = runApiCli('import', [file], servers[0]!.databaseUrl);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(
        /document "us-venezuela-talks-2024-04-11" changed since its last import \(1 fact was edited in the product\)/,
      );
      expect((await firstRelation()).summary).toBe('Kept from imports.');

      const forced = cli(servers[0]!.databaseUrl, 'import', ['--force', file]);
      expect(forced.stdout).toMatch(/us-venezuela-talks-2024-04-11 replaced/);
      expect((await firstRelation()).summary).not.toBe('Kept from imports.');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
