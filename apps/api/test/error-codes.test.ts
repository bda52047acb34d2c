import type { GraphQLRequest } from '@apollo/server';
import { beforeAll, expect, it } from 'vitest';
import { MAX_FAILED_SIGN_INS } from '../src/auth/sign-in-limiter.js';
import { SignInThrottle } from '../src/auth/sign-in-throttle.entity.js';
import { createContext } from '../src/common/context.js';
import { ErrorCode } from '../src/common/error-code.js';
import { toGlobalId } from '../src/common/global-id.js';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { Actor } from '../src/actor/actor.entity.js';
import { ActorKind } from '../src/actor/actor-kind.js';
import type { Viewer } from '../src/common/viewer.js';
import { runChange } from '../src/history/run-change.js';
import { silentLogger, useTestApi } from './harness.js';
import { changeGlobalId, editor, latestChangeId, revert } from './revert-check.js';

const reader: Viewer = { userId: 2, name: 'Rhea Reader', role: 'reader' };

/** Fans out through relations of relations: far more than the complexity limit allows. */
const tooComplex = `{ relations(first: 100) { nodes { source { relations { target { relations {
  target { relations { kind } } } } } } } } }`;

/** An edit of the story's first relation, for the codes of editing. */
const updateFirstRelation =
  'mutation ($input: UpdateRelationInput!) { updateRelation(input: $input) { relation { id } } }';
const firstRelation = toGlobalId('Relation', 1);

/** A request that makes the API send each code, sent in-process (the HTTP app's own codes are in tests/http). */
const requests: Partial<Record<ErrorCode, GraphQLRequest>> = {
  BAD_USER_INPUT: { query: '{ actors(first: 1000) { totalCount } }' },
  NOT_FOUND: { query: '{ paths(from: "gustavo-petro", to: "nobody-at-all") { length } }' },
  QUERY_TOO_COMPLEX: { query: tooComplex },
  GRAPHQL_PARSE_FAILED: { query: '{ actors(first: 3 { totalCount } }' },
  GRAPHQL_VALIDATION_FAILED: { query: '{ actors { nodes { password } } }' },
  OPERATION_RESOLUTION_FAILURE: { query: 'query A { documents { totalCount } } query B { figures { totalCount } }' },
  PERSISTED_QUERY_NOT_FOUND: { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
  BAD_REQUEST: { query: '' },
  UNAUTHENTICATED: { query: '{ users { name } }' },
  FORBIDDEN: { query: '{ users { name } }' },
  SIGN_IN_LOCKED: {
    query: 'mutation { signIn(input: { name: "locked-out", password: "a guess" }) { viewer { name } } }',
  },
  CONFLICT: { query: updateFirstRelation, variables: { input: { id: firstRelation, version: 999 } } },
};

/** Who sends a code's request, where the code depends on it (anonymous otherwise). */
const viewers: Partial<Record<ErrorCode, Viewer>> = {
  FORBIDDEN: { userId: 1, name: 'rita', role: 'reader' },
  CONFLICT: { userId: 2, name: 'edith', role: 'editor' },
};

/**
 * Sent only by the HTTP app, past a limit or on failure, and checked there (tests/http,
 * execution-limits and database-faults tests) or not at all.
 */
const notSentInProcess: ErrorCode[] = [
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.INTERNAL_SERVER_ERROR,
  ErrorCode.TIMEOUT,
  ErrorCode.RESPONSE_TOO_LARGE,
  ErrorCode.DATABASE_UNAVAILABLE,
];

describeEachDatabase('error codes', (database) => {
  const api = useTestApi(database);

  beforeAll(async () => {
    // A name with as many failures as it may have, just now.
    await api.db.orm.em.fork().insert(SignInThrottle, {
      key: 'name:locked-out',
      failures: MAX_FAILED_SIGN_INS,
      windowStartMs: Date.now(),
    });
  });

  it.each(Object.entries(requests))('sends %s when asked to', async (code, request) => {
    const response = await api.server.apollo.executeOperation(request, {
      contextValue: createContext(api.db.orm.em, silentLogger, viewers[code as ErrorCode]),
    });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('has a request for every listed code the GraphQL endpoint sends', () => {
    expect([...Object.keys(requests), ...notSentInProcess].sort()).toEqual(Object.keys(ErrorCode).sort());
  });

  it('sends FORBIDDEN to a reader asking for the history', async () => {
    const { result } = await api.request('{ recentChanges(first: 1) { totalCount } }', {}, reader);
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('sends CONFLICT when asked to revert a change twice', async () => {
    await runChange(createContext(api.db.orm.em, silentLogger, editor), 'Create an actor', (em) => {
      em.create(Actor, { slug: 'error-code-actor', name: 'Error Code', kind: ActorKind.PERSON, searchText: '' });
      return Promise.resolve();
    });
    const changeId = changeGlobalId(await latestChangeId(api));
    expect((await revert(api, changeId)).errors).toBeUndefined();
    expect((await revert(api, changeId)).errors?.[0]?.extensions?.code).toBe(ErrorCode.CONFLICT);
  });
});
