import { describeEachDatabase } from '@parley/test-support/vitest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiToken } from '../src/auth/api-token.entity.js';
import { ErrorCode } from '../src/common/error-code.js';
import { addToken, addUser, codeOf, postGraphql, snapshotRows } from './auth-fixtures.js';
import { startListeningServer, type ListeningServer } from './harness.js';

const WHO_AM_I = '{ viewer { name role } }';
const A_PUBLIC_READ = '{ documents { totalCount } }';

describeEachDatabase('API tokens over HTTP', (database) => {
  let server: ListeningServer;
  beforeAll(async () => {
    server = await startListeningServer(database, { seed: true });
    await addUser(server.db, 'ada', 'admin');
    await addUser(server.db, 'eddie', 'editor');
    await addUser(server.db, 'rita', 'reader', { password: null });
  });
  afterAll(() => server.close());

  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

  it('acts as the token’s user, and records when it was used', async () => {
    const { secret, id } = await addToken(server.db, 'eddie');
    const answer = await postGraphql(server.url, WHO_AM_I, { headers: bearer(secret) });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ viewer: { name: 'eddie', role: 'EDITOR' } });
    const token = await server.db.orm.em.fork().findOneOrFail(ApiToken, { id });
    expect(token.lastUsedAt).toBeInstanceOf(Date);
  });

  it('is anonymous without a token: viewer is null and public reads answer', async () => {
    const answer = await postGraphql(server.url, `{ viewer { name } documents { totalCount } }`);
    expect(answer.body.data).toEqual({ viewer: null, documents: { totalCount: 1 } });
  });

  it.each([
    ['a garbage', () => Promise.resolve('parley_not-a-token-anyone-made')],
    ['another service’s', () => Promise.resolve('ghp_somebody-elses-token')],
    [
      'a revoked',
      async () => {
        const { secret, id } = await addToken(server.db, 'eddie');
        await server.db.orm.em.fork().nativeUpdate(ApiToken, { id }, { revokedAt: new Date() });
        return secret;
      },
    ],
    [
      'an expired',
      async () => {
        const { secret, id } = await addToken(server.db, 'eddie', { expiresInDays: 1 });
        await server.db.orm.em.fork().nativeUpdate(ApiToken, { id }, { expiresAt: new Date(Date.now() - 1000) });
        return secret;
      },
    ],
  ])('refuses %s token with UNAUTHENTICATED, even on a public read, writing nothing', async (_, make) => {
    const secret = await make();
    const before = await snapshotRows(server.db);
    const read = await postGraphql(server.url, A_PUBLIC_READ, { headers: bearer(secret) });
    expect(read.status).toBe(401);
    expect(read.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(codeOf(read.body)).toBe(ErrorCode.UNAUTHENTICATED);
    expect(read.body.data).toBeUndefined();
    const write = await postGraphql(server.url, 'mutation { createApiToken(input: {}) { secret } }', {
      headers: bearer(secret),
    });
    expect(codeOf(write.body)).toBe(ErrorCode.UNAUTHENTICATED);
    const exported = await fetch(`${server.url}/export/relations.csv`, { headers: bearer(secret) });
    expect(exported.status).toBe(401);
    expect(await snapshotRows(server.db)).toEqual(before);
  });

  it('refuses an Authorization header that is not a Bearer token', async () => {
    const answer = await postGraphql(server.url, A_PUBLIC_READ, { headers: { authorization: 'Basic YWRhOnB3' } });
    expect(answer.status).toBe(401);
    expect(codeOf(answer.body)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('stops working at once when revoked, on the next request', async () => {
    const { secret, id } = await addToken(server.db, 'eddie');
    expect((await postGraphql(server.url, WHO_AM_I, { headers: bearer(secret) })).status).toBe(200);
    const revoke = await postGraphql(
      server.url,
      'mutation($id: ID!) { revokeApiToken(input: { id: $id }) { token { active revokedAt } } }',
      { variables: { id: String(id) }, headers: bearer(secret) },
    );
    expect(revoke.body.errors).toBeUndefined();
    expect(revoke.body.data).toMatchObject({ revokeApiToken: { token: { active: false } } });
    expect((await postGraphql(server.url, WHO_AM_I, { headers: bearer(secret) })).status).toBe(401);
  });

  it('stops working while its user is disabled', async () => {
    await addUser(server.db, 'dora', 'editor');
    const { secret } = await addToken(server.db, 'dora');
    const admin = await addToken(server.db, 'ada');
    const disable = await postGraphql(
      server.url,
      'mutation { updateUser(input: { name: "dora", disabled: true }) { user { active } } }',
      { headers: bearer(admin.secret) },
    );
    expect(disable.body.data).toEqual({ updateUser: { user: { active: false } } });
    expect((await postGraphql(server.url, WHO_AM_I, { headers: bearer(secret) })).status).toBe(401);
  });

  it('lets a reader make, list and revoke their own tokens, and no one else’s', async () => {
    const rita = await addToken(server.db, 'rita');
    const created = await postGraphql(
      server.url,
      'mutation { createApiToken(input: { label: "laptop", expiresInDays: 30 }) { secret token { id prefix label user { name } expiresAt } } }',
      { headers: bearer(rita.secret) },
    );
    expect(created.body.errors).toBeUndefined();
    const { secret, token } = (
      created.body.data as { createApiToken: { secret: string; token: { id: string; prefix: string } } }
    ).createApiToken;
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(created.body.data).toMatchObject({ createApiToken: { token: { label: 'laptop', user: { name: 'rita' } } } });
    // The new secret works, and the listing never shows it again.
    expect((await postGraphql(server.url, WHO_AM_I, { headers: bearer(secret) })).body.data).toEqual({
      viewer: { name: 'rita', role: 'READER' },
    });
    const listed = await postGraphql(server.url, '{ apiTokens { id prefix label } }', { headers: bearer(rita.secret) });
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(listed.body.data).toMatchObject({
      apiTokens: expect.arrayContaining([{ id: token.id, prefix: token.prefix, label: 'laptop' }]) as unknown,
    });

    const eddies = await addToken(server.db, 'eddie');
    const before = await snapshotRows(server.db);
    const forOthers = [
      await postGraphql(server.url, '{ apiTokens(user: "eddie") { id } }', { headers: bearer(rita.secret) }),
      await postGraphql(server.url, 'mutation { createApiToken(input: { user: "eddie" }) { secret } }', {
        headers: bearer(rita.secret),
      }),
      await postGraphql(server.url, `mutation { revokeApiToken(input: { id: "${eddies.id}" }) { token { id } } }`, {
        headers: bearer(rita.secret),
      }),
    ];
    expect(forOthers.map((answer) => codeOf(answer.body))).toEqual([
      ErrorCode.FORBIDDEN,
      ErrorCode.FORBIDDEN,
      ErrorCode.FORBIDDEN,
    ]);
    // lastUsedAt of rita's token may move; nothing else may.
    const after = await snapshotRows(server.db);
    expect({ ...after, tokensLastUsed: undefined }).toEqual({ ...before, tokensLastUsed: undefined });
    expect((await postGraphql(server.url, WHO_AM_I, { headers: bearer(eddies.secret) })).status).toBe(200);
  });

  it('lets an admin manage users and anyone’s tokens, and no one below', async () => {
    const ada = await addToken(server.db, 'ada');
    const eddie = await addToken(server.db, 'eddie');
    const createUser =
      'mutation { createUser(input: { name: "newcomer", role: EDITOR }) { user { name role canSignIn } } }';
    const refused = await postGraphql(server.url, createUser, { headers: bearer(eddie.secret) });
    expect(codeOf(refused.body)).toBe(ErrorCode.FORBIDDEN);
    expect(refused.body.errors?.[0]?.extensions?.requiredRole).toBe('admin');
    const created = await postGraphql(server.url, createUser, { headers: bearer(ada.secret) });
    expect(created.body.data).toEqual({ createUser: { user: { name: 'newcomer', role: 'EDITOR', canSignIn: false } } });
    const users = await postGraphql(server.url, '{ users { name } }', { headers: bearer(ada.secret) });
    expect(users.body.data).toMatchObject({ users: expect.arrayContaining([{ name: 'newcomer' }]) as unknown });
    const forNewcomer = await postGraphql(
      server.url,
      'mutation { createApiToken(input: { user: "newcomer" }) { secret } }',
      { headers: bearer(ada.secret) },
    );
    const { secret } = (forNewcomer.body.data as { createApiToken: { secret: string } }).createApiToken;
    expect((await postGraphql(server.url, WHO_AM_I, { headers: bearer(secret) })).body.data).toEqual({
      viewer: { name: 'newcomer', role: 'EDITOR' },
    });
    expect(codeOf((await postGraphql(server.url, '{ users { name } }', { headers: bearer(eddie.secret) })).body)).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(codeOf((await postGraphql(server.url, '{ users { name } }')).body)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('keeps the last active admin an admin', async () => {
    const ada = await addToken(server.db, 'ada');
    const answer = await postGraphql(
      server.url,
      'mutation { updateUser(input: { name: "ada", role: READER }) { user { role } } }',
      {
        headers: bearer(ada.secret),
      },
    );
    expect(codeOf(answer.body)).toBe(ErrorCode.BAD_USER_INPUT);
    expect((await postGraphql(server.url, WHO_AM_I, { headers: bearer(ada.secret) })).body.data).toEqual({
      viewer: { name: 'ada', role: 'ADMIN' },
    });
  });
});
