import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { startServer, type RunningServer } from '@parley/test-support';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { afterAll, beforeAll, expect, it } from 'vitest';

const resolveScript = (name: string) => createRequire(import.meta.url).resolve(`@parley/api/dist/cli/${name}.js`);
const userScript = resolveScript('user');
const tokenScript = resolveScript('token');

/** Runs an administration CLI against `databaseUrl`, optionally piping `stdin`; never throws. */
function runCli(script: string, args: string[], databaseUrl: string, stdin?: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [script, ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(stdin ?? '');
  });
}

async function whoAmI(url: string, headers: Record<string, string>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ viewer { name role } }' }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describeEachDatabase('npm run user / npm run token', (database) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(database);
  });
  afterAll(() => server.stop());

  it('creates a user and a token that then works over HTTP, until revoked', async () => {
    const created = await runCli(
      userScript,
      ['create', '--role', 'editor', '--name', 'alice', '--password-stdin'],
      server.databaseUrl,
      'a long enough password\n',
    );
    expect(created).toMatchObject({ code: 0, stdout: 'created editor alice\n' });

    const listed = await runCli(userScript, ['list'], server.databaseUrl);
    expect(listed.stdout).toMatch(/^alice\s+editor\s+active\s+yes\s/m);

    const token = await runCli(
      tokenScript,
      ['create', '--user', 'alice', '--label', 'ci', '--expires-days', '7'],
      server.databaseUrl,
    );
    expect(token.code).toBe(0);
    const secret = token.stdout.trim();
    expect(secret).toMatch(/^parley_[\w-]{43}$/);
    expect(token.stderr).toContain('not shown again');

    expect(await whoAmI(server.url, { authorization: `Bearer ${secret}` })).toEqual({
      status: 200,
      body: { data: { viewer: { name: 'alice', role: 'EDITOR' } } },
    });

    // The listing shows the prefix, never the secret; the prefix revokes it.
    const tokens = await runCli(tokenScript, ['list', '--user', 'alice'], server.databaseUrl);
    expect(tokens.stdout).not.toContain(secret);
    const prefix = /parley_\S{6}/.exec(tokens.stdout)?.[0] ?? '';
    expect(secret.startsWith(prefix)).toBe(true);
    expect((await runCli(tokenScript, ['revoke', prefix], server.databaseUrl)).code).toBe(0);
    expect((await whoAmI(server.url, { authorization: `Bearer ${secret}` })).status).toBe(401);
  });

  it('refuses a taken name, a weak password and an unknown user, writing nothing', async () => {
    await runCli(userScript, ['create', '--role', 'reader', '--name', 'bob'], server.databaseUrl);
    const again = await runCli(userScript, ['create', '--role', 'admin', '--name', 'bob'], server.databaseUrl);
    expect(again).toMatchObject({ code: 1, stderr: 'error: A user is already called "bob".\n' });
    const weak = await runCli(
      userScript,
      ['create', '--role', 'reader', '--name', 'carol', '--password-stdin'],
      server.databaseUrl,
      'short\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 12 characters/);
    const nobody = await runCli(tokenScript, ['create', '--user', 'nobody'], server.databaseUrl);
    expect(nobody).toMatchObject({ code: 1, stderr: 'error: No user is called "nobody".\n' });
    const listed = await runCli(userScript, ['list'], server.databaseUrl);
    expect(listed.stdout).not.toMatch(/carol/);
    expect(listed.stdout).toMatch(/^bob\s+reader\s/m);
  });

  it('disables a user: their token stops working', async () => {
    await runCli(userScript, ['create', '--role', 'reader', '--name', 'dave'], server.databaseUrl);
    const secret = (await runCli(tokenScript, ['create', '--user', 'dave'], server.databaseUrl)).stdout.trim();
    expect((await whoAmI(server.url, { authorization: `Bearer ${secret}` })).status).toBe(200);
    expect(await runCli(userScript, ['disable', 'dave'], server.databaseUrl)).toMatchObject({
      code: 0,
      stdout: 'disabled dave\n',
    });
    expect((await whoAmI(server.url, { authorization: `Bearer ${secret}` })).status).toBe(401);
  });
});
