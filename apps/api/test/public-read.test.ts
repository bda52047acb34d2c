import { describeEachDatabase } from '@parley/test-support/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../src/common/error-code.js';
import { loadConfig } from '../src/config.js';
import { addToken, addUser, codeOf, PASSWORD, postGraphql } from './auth-fixtures.js';
import { startListeningServer, type ListeningServer } from './harness.js';

describe('PARLEY_PUBLIC_READ', () => {
  it('is on unless set to false, and refuses anything but true or false', () => {
    expect(loadConfig({}).publicRead).toBe(true);
    expect(loadConfig({ PARLEY_PUBLIC_READ: 'false' }).publicRead).toBe(false);
    expect(() => loadConfig({ PARLEY_PUBLIC_READ: 'no' })).toThrow(/PARLEY_PUBLIC_READ/);
  });
});

describeEachDatabase('PARLEY_PUBLIC_READ=false', (database) => {
  let server: ListeningServer;
  beforeAll(async () => {
    server = await startListeningServer(database, { seed: true, publicRead: false });
    await addUser(server.db, 'rita', 'reader');
  });
  afterAll(() => server.close());

  it('refuses anonymous queries, introspection and exports with UNAUTHENTICATED', async () => {
    for (const query of [
      '{ documents { totalCount } }',
      '{ __schema { queryType { name } } }',
      '{ viewer { name } actors { totalCount } }',
    ]) {
      const answer = await postGraphql(server.url, query);
      expect(answer.status).toBe(401);
      expect(codeOf(answer.body)).toBe(ErrorCode.UNAUTHENTICATED);
      expect(answer.body.data).toBeUndefined();
    }
    const exported = await fetch(`${server.url}/export/bundle.json`);
    expect(exported.status).toBe(401);
    expect(await exported.json()).toMatchObject({ errors: [{ extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
  });

  it('answers a reader’s token, for queries and exports', async () => {
    const { secret } = await addToken(server.db, 'rita');
    const headers = { authorization: `Bearer ${secret}` };
    const answer = await postGraphql(server.url, '{ documents { totalCount } }', { headers });
    expect(answer.body).toEqual({ data: { documents: { totalCount: 1 } } });
    const exported = await fetch(`${server.url}/export/relations.csv`, { headers });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('us-venezuela-talks-2024-04-11');
  });

  it('keeps sign-in, `viewer`, the health checks and the explorer open', async () => {
    expect((await postGraphql(server.url, '{ viewer { name } }')).body).toEqual({ data: { viewer: null } });
    const signIn = await postGraphql(
      server.url,
      'mutation($p: String!) { signIn(input: { name: "rita", password: $p }) { viewer { name } } }',
      {
        variables: { p: PASSWORD },
        headers: { origin: server.url },
      },
    );
    expect(signIn.body).toEqual({ data: { signIn: { viewer: { name: 'rita' } } } });
    const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const signedIn = await postGraphql(server.url, '{ documents { totalCount } }', {
      headers: { cookie, origin: server.url },
    });
    expect(signedIn.body).toEqual({ data: { documents: { totalCount: 1 } } });
    // The explorer's Save CSV is a plain link: the browser sends the cookie and says the page is the same origin.
    const linked = await fetch(`${server.url}/export/relations.csv?categories=PRESSURE`, {
      headers: { cookie, 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' },
    });
    expect(linked.status).toBe(200);
    expect(await linked.text()).toContain(',PRESSURE,');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    // The explorer's files are served (503 where the web app is not built, never 401).
    expect((await fetch(`${server.url}/`)).status).not.toBe(401);
  });
});
