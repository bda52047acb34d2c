import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DatabaseName } from '@parley/test-support';
import type { FormattedExecutionResult } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createContext } from '../src/context.js';
import { seedDatabase } from '../src/db/seed.js';
import { createServer, type ParleyServer } from '../src/server.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface TestApi {
  db: TestDatabase;
  server: ParleyServer;
  /** Runs a typed operation in-process; the result is typed by the document. */
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<FormattedExecutionResult<TData>>;
}

export const silentLogger = pino({ level: 'silent' });

/**
 * A fresh database of the given kind (seeded with the story unless `seed: false`) and the API
 * over it, for the suite it is called in; both are removed after the suite.
 */
export function useTestApi(name: DatabaseName, options: { seed?: boolean } = {}): TestApi {
  const api = {} as TestApi;
  beforeAll(async () => {
    api.db = await createTestDatabase(name);
    if (options.seed !== false) await seedDatabase(api.db.orm);
    api.server = await createServer({ orm: api.db.orm, logger: silentLogger });
    api.execute = async (document, variables) => {
      const response = await api.server.apollo.executeOperation(
        { query: document, variables },
        { contextValue: createContext(api.db.orm.em, silentLogger) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as FormattedExecutionResult<never>;
    };
  });
  afterAll(async () => {
    await api.server?.stop();
    await api.db?.drop();
  });
  return api;
}
