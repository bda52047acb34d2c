import { describeEachDatabase } from '@parley/test-support/vitest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Session } from '../src/auth/session.entity.js';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  MAX_FAILED_SIGN_INS,
  MAX_FAILED_SIGN_INS_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
  signInLimiter,
} from '../src/auth/sign-in-limiter.js';
import { openDatabase } from '../src/db/orm.js';
import { createServer } from '../src/server.js';
import { ErrorCode } from '../src/common/error-code.js';
import { addToken, addUser, codeOf, PASSWORD, postGraphql, snapshotRows } from './auth-fixtures.js';
import { silentLogger, startListeningServer, type ListeningServer, useTestApi } from './harness.js';

const SIGN_IN =
  'mutation($name: String!, $password: String!) { signIn(input: { name: $name, password: $password }) { viewer { name role } } }';
const SIGN_OUT = 'mutation { signOut { signedOut } }';
const WHO_AM_I = '{ viewer { name role } }';

describeEachDatabase('sign-in with a session cookie', (database) => {
  let server: ListeningServer;
  let origin: string;
  beforeAll(async () => {
    server = await startListeningServer(database);
    origin = server.url;
    await addUser(server.db, 'sam', 'editor');
  });
  afterAll(() => server.close());

  /** Signs `name` in; returns the answer and the cookie to send back (`parley_session=…`). */
  async function signIn(name: string, password = PASSWORD, headers: Record<string, string> = {}) {
    const answer = await postGraphql(server.url, SIGN_IN, {
      variables: { name, password },
      headers: { origin, ...headers },
    });
    const setCookie = answer.headers.getSetCookie();
    return { answer, setCookie, cookie: setCookie[0]?.split(';')[0] ?? '' };
  }

  it('sets an HttpOnly, SameSite=Strict cookie for the whole site that signs the browser in', async () => {
    const { answer, setCookie, cookie } = await signIn('sam');
    expect(answer.body).toEqual({ data: { signIn: { viewer: { name: 'sam', role: 'EDITOR' } } } });
    expect(setCookie).toHaveLength(1);
    const attributes = setCookie[0]?.split(/;\s*/).slice(1) ?? [];
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict']));
    // Plain HTTP: a Secure cookie would never come back.
    expect(attributes).not.toContain('Secure');
    expect(cookie).toMatch(/^parley_session=[\w-]{43}$/);

    const viewer = await postGraphql(server.url, WHO_AM_I, { headers: { cookie, origin } });
    expect(viewer.body).toEqual({ data: { viewer: { name: 'sam', role: 'EDITOR' } } });
    // A browser's same-origin GET carries Sec-Fetch-Site rather than Origin.
    const viaGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent(WHO_AM_I)}`, {
      headers: { cookie, 'sec-fetch-site': 'same-origin', 'apollo-require-preflight': 'true' },
    });
    expect(await viaGet.json()).toEqual({ data: { viewer: { name: 'sam', role: 'EDITOR' } } });
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    const { setCookie } = await signIn('sam', PASSWORD, {
      'x-forwarded-proto': 'https',
      origin: origin.replace('http:', 'https:'),
    });
    expect(setCookie[0]?.split(/;\s*/)).toContain('Secure');
  });

  it('ends the session on the server when signing out: the old cookie no longer works', async () => {
    const { cookie } = await signIn('sam');
    const out = await postGraphql(server.url, SIGN_OUT, { headers: { cookie, origin } });
    expect(out.body).toEqual({ data: { signOut: { signedOut: true } } });
    expect(out.headers.getSetCookie()[0]).toMatch(/^parley_session=;.*Expires=Thu, 01 Jan 1970/);
    // The browser would forget the cookie; a copy of it must not sign anyone in either.
    const replayed = await postGraphql(server.url, WHO_AM_I, { headers: { cookie, origin } });
    expect(replayed.body).toEqual({ data: { viewer: null } });
    expect(
      codeOf(
        (
          await postGraphql(server.url, 'mutation { createApiToken(input: {}) { secret } }', {
            headers: { cookie, origin },
          })
        ).body,
      ),
    ).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('replaces the session when a signed-in browser signs in again', async () => {
    const first = await signIn('sam');
    const second = await signIn('sam', PASSWORD, { cookie: first.cookie });
    expect(second.cookie).not.toBe(first.cookie);
    expect((await postGraphql(server.url, WHO_AM_I, { headers: { cookie: first.cookie, origin } })).body).toEqual({
      data: { viewer: null },
    });
    expect((await postGraphql(server.url, WHO_AM_I, { headers: { cookie: second.cookie, origin } })).body).toEqual({
      data: { viewer: { name: 'sam', role: 'EDITOR' } },
    });
  });

  it('refuses a request signed in by cookie from another origin, before doing anything', async () => {
    const { cookie } = await signIn('sam');
    const before = await snapshotRows(server.db);
    const fromElsewhere = [
      await postGraphql(server.url, 'mutation { createApiToken(input: {}) { secret } }', {
        headers: { cookie, origin: 'https://evil.example' },
      }),
      await postGraphql(server.url, WHO_AM_I, { headers: { cookie, 'sec-fetch-site': 'same-site' } }),
      await postGraphql(server.url, WHO_AM_I, { headers: { cookie, 'sec-fetch-site': 'cross-site', origin: 'null' } }),
    ];
    for (const answer of fromElsewhere) {
      expect(answer.status).toBe(400);
      expect(codeOf(answer.body)).toBe(ErrorCode.BAD_REQUEST);
      expect(answer.body.data).toBeUndefined();
    }
    const exported = await fetch(`${server.url}/export/relations.csv`, {
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(exported.status).toBe(400);
    expect(await snapshotRows(server.db)).toEqual(before);
  });

  it('does not bind API tokens to an origin: they carry no ambient authority', async () => {
    const { secret } = await addToken(server.db, 'sam');
    const answer = await postGraphql(server.url, WHO_AM_I, {
      headers: { authorization: `Bearer ${secret}`, origin: 'https://tool.example' },
    });
    expect(answer.body).toEqual({ data: { viewer: { name: 'sam', role: 'EDITOR' } } });
  });

  it('refuses a wrong password, an unknown name and a disabled user alike, setting no cookie', async () => {
    await addUser(server.db, 'gone', 'editor');
    await server.db.orm.em.fork().nativeUpdate('User', { name: 'gone' }, { disabledAt: new Date() });
    const sessions = await server.db.orm.em.fork().count(Session);
    for (const [name, password] of [
      ['sam', 'not the password at all'],
      ['nobody-by-that-name', PASSWORD],
      ['gone', PASSWORD],
    ] as const) {
      const { answer, setCookie } = await signIn(name, password);
      expect(codeOf(answer.body)).toBe(ErrorCode.UNAUTHENTICATED);
      expect(answer.body.errors?.[0]?.message).toBe('Wrong name or password.');
      expect(setCookie).toEqual([]);
    }
    expect(await server.db.orm.em.fork().count(Session)).toBe(sessions);
  });

  it(`locks a name out after ${MAX_FAILED_SIGN_INS} wrong passwords, even for the right one`, async () => {
    const name = `locked-${database}`;
    await addUser(server.db, name, 'reader');
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      const { answer } = await signIn(name, 'a wrong guess, again');
      expect(answer.body.errors?.[0]?.message).toBe('Wrong name or password.');
    }
    const { answer, setCookie } = await signIn(name);
    expect(answer.status).toBe(429);
    expect(codeOf(answer.body)).toBe(ErrorCode.SIGN_IN_LOCKED);
    const extensions = answer.body.errors?.[0]?.extensions;
    expect(extensions).toMatchObject({ lockedBy: 'name' });
    expect(extensions?.retryAfter).toBeGreaterThan(0);
    expect(extensions?.retryAfter).toBeLessThanOrEqual(SIGN_IN_WINDOW_MS / 1000);
    expect(answer.headers.get('retry-after')).toBe(String(extensions?.retryAfter));
    expect(setCookie).toEqual([]);
    // Other names are not affected.
    expect((await signIn('sam')).answer.body.errors).toBeUndefined();
  });

  it('locks out an address that fails for many names, whatever name it tries next', async () => {
    // An address of this test's own (the proxy header is trusted from loopback).
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    const em = server.db.orm.em;
    for (let attempt = 1; attempt < MAX_FAILED_SIGN_INS_PER_ADDRESS; attempt++) {
      await signInLimiter.recordFailure(em, { name: `guess-${String(attempt)}`, address: '203.0.113.7' });
    }
    const last = await signIn('one-more-guess', 'wrong', headers);
    expect(codeOf(last.answer.body)).toBe(ErrorCode.UNAUTHENTICATED);
    const { answer } = await signIn('sam', PASSWORD, headers);
    expect(codeOf(answer.body)).toBe(ErrorCode.SIGN_IN_LOCKED);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ lockedBy: 'address' });
    // From another address the same user signs in.
    expect((await signIn('sam', PASSWORD, { 'x-forwarded-for': '203.0.113.8' })).answer.body.errors).toBeUndefined();
  });

  it('shares the count between two instances of the server on one database', async () => {
    // A second server process's app: its own ORM and connections, the same database.
    const orm = await openDatabase(server.db.url);
    const other = await createServer({ orm, logger: silentLogger });
    const listener = await new Promise<Server>((resolve) => {
      const started = other.listen(0, '127.0.0.1', () => resolve(started));
    });
    const otherUrl = `http://127.0.0.1:${String((listener.address() as AddressInfo).port)}`;
    try {
      const name = `shared-${database}`;
      await addUser(server.db, name, 'reader');
      const headers = { 'x-forwarded-for': '203.0.113.20' };
      for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
        // Every other guess goes to the other instance: neither alone saw enough to lock the name.
        const url = attempt % 2 ? otherUrl : server.url;
        const answer = await postGraphql(url, SIGN_IN, {
          variables: { name, password: 'guess' },
          headers: { ...headers, origin: url },
        });
        expect(codeOf(answer.body)).toBe(ErrorCode.UNAUTHENTICATED);
      }
      for (const url of [server.url, otherUrl]) {
        const answer = await postGraphql(url, SIGN_IN, {
          variables: { name, password: PASSWORD },
          headers: { ...headers, origin: url },
        });
        expect(codeOf(answer.body)).toBe(ErrorCode.SIGN_IN_LOCKED);
      }
    } finally {
      listener.closeAllConnections();
      await new Promise((resolve) => listener.close(resolve));
      await other.stop();
      await orm.close(true);
    }
  });
});

describeEachDatabase('sign-in in-process', (database) => {
  const api = useTestApi(database, { seed: false });

  it('refuses to sign in where no cookie can be set', async () => {
    await addUser(api.db, 'sam', 'editor');
    const { result } = await api.request(SIGN_IN, { name: 'sam', password: PASSWORD });
    expect(codeOf(result)).toBe(ErrorCode.BAD_REQUEST);
    expect(await api.db.orm.em.fork().count(Session)).toBe(0);
  });
});
