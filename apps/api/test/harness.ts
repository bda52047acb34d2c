import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DatabaseName } from '@parley/test-support';
import type { DocumentNode, FormattedExecutionResult } from 'graphql';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, vi } from 'vitest';
import { createContext } from '../src/common/context.js';
import { onRead } from '../src/common/read.js';
import type { Viewer } from '../src/common/viewer.js';
import { seedDatabase } from '../src/db/seed.js';
import { createServer, type ParleyServer, type ServerOptions } from '../src/server.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface TestApi {
  db: TestDatabase;
  server: ParleyServer;
  /** Runs a typed operation in-process; the result is typed by the document. */
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    viewer?: Viewer,
  ): Promise<FormattedExecutionResult<TData>>;
  /** Runs any operation in-process, with the HTTP status Apollo would answer it with (undefined: 200). */
  request(
    query: string | DocumentNode,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ): Promise<{ status: number | undefined; result: FormattedExecutionResult }>;
}

export const silentLogger = pino({ level: 'silent' });

/** The SQL statements a piece of code sends: the read path's and any the ORM sends, in order. */
export interface StatementRecorder {
  readonly statements: string[];
  stop(): void;
}

/** Records every statement sent from now on (through the read path or the ORM) until `stop()`. */
export function recordStatements(db: TestDatabase): StatementRecorder {
  const statements: string[] = [];
  const stopReads = onRead((sql) => statements.push(sql));
  const connection = db.orm.em.getConnection();
  const execute = connection.execute.bind(connection);
  const spy = vi.spyOn(connection, 'execute').mockImplementation((query, ...rest) => {
    statements.push(query);
    return execute(query, ...rest);
  });
  return {
    statements,
    stop() {
      stopReads();
      spy.mockRestore();
    },
  };
}

/**
 * A fresh database of the given kind (seeded with the story unless `seed: false`) and the API
 * over it, for the suite it is called in; both are removed after the suite.
 */
export function useTestApi(name: DatabaseName, options: { seed?: boolean } = {}): TestApi {
  // Filled in by beforeAll; the suite's tests only run once it has.
  const api = {} as TestApi;
  // What afterAll must clean up, even when beforeAll failed half-way.
  let db: TestDatabase | undefined;
  let server: ParleyServer | undefined;
  beforeAll(async () => {
    db = api.db = await createTestDatabase(name);
    if (options.seed !== false) await seedDatabase(db.orm);
    server = api.server = await createServer({ orm: db.orm, logger: silentLogger });
    const { apollo } = server;
    const em = db.orm.em;
    api.request = async (query, variables, viewer) => {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(em, silentLogger, viewer) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { status: response.http.status, result: response.body.singleResult };
    };
    api.execute = async (document, variables, viewer) =>
      (await api.request(document, variables, viewer)).result as FormattedExecutionResult<never>;
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });
  return api;
}

export interface ListeningServer {
  url: string;
  server: ParleyServer;
  db: TestDatabase;
  /** Closes every connection, stops the server and drops its database. */
  close(): Promise<void>;
}

/**
 * The HTTP app over a new database of its own, listening on a free port: for checks that need real
 * HTTP (headers, logs, readiness) or that break their server (draining, a removed file).
 */
export async function startListeningServer(
  name: DatabaseName,
  options: Partial<Omit<ServerOptions, 'orm'>> & { seed?: boolean } = {},
): Promise<ListeningServer> {
  const { seed, ...serverOptions } = options;
  const db = await createTestDatabase(name);
  if (seed) await seedDatabase(db.orm);
  const server = await createServer({ logger: silentLogger, ...serverOptions, orm: db.orm });
  const listener = await new Promise<Server>((resolve) => {
    const started = server.listen(0, '127.0.0.1', () => resolve(started));
  });
  return {
    url: `http://127.0.0.1:${(listener.address() as AddressInfo).port}`,
    server,
    db,
    close: async () => {
      listener.closeAllConnections();
      await new Promise((resolve) => listener.close(resolve));
      await server.stop();
      await db.drop();
    },
  };
}
