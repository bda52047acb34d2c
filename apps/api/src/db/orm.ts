import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { AbstractSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeadline } from '../common/deadline.js';
import { HistorySubscriber } from '../history/history.subscriber.js';
import type { Logger } from '../logger.js';
import { PinoOrmLogger } from '../observability.js';
import { entities } from './entities.js';
import { migrationsByDialect } from './migrations/index.js';

export type Dialect = 'sqlite' | 'postgresql';

const here = dirname(fileURLToPath(import.meta.url));

/** `postgres://…` selects PostgreSQL; `sqlite:<path>` selects the embedded SQLite file. */
export function dialectOf(databaseUrl: string): Dialect {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgresql' : 'sqlite';
}

/** The file a `sqlite:` URL names, resolved; undefined for PostgreSQL and in-memory SQLite. */
export function sqliteFileOf(databaseUrl: string): string | undefined {
  if (dialectOf(databaseUrl) !== 'sqlite') return undefined;
  const file = databaseUrl.replace(/^sqlite:(\/\/)?/, '');
  return file === ':memory:' ? undefined : resolve(file);
}

export interface OrmFlags {
  debug?: boolean;
  /** Read and write migrations as TypeScript in src/ (the migration generator runs under SWC). */
  preferTs?: boolean;
  /** Where MikroORM's own messages go (as JSON lines); its default console logger otherwise. */
  logger?: Logger;
  /**
   * PostgreSQL: the server ends any statement running longer (`statement_timeout`), and the client
   * gives up on a server that does not answer at all a second later (a frozen or unreachable
   * host). For the serving connection pool only: migrations and imports may take longer.
   */
  statementTimeoutMs?: number;
  /** SQLite: how long a write waits for another process's write lock before failing (default 5 s). */
  busyTimeoutMs?: number;
}

/** How long opening a PostgreSQL connection may take before the database counts as unreachable. */
const CONNECT_TIMEOUT_MS = 3000;

export function ormOptions(databaseUrl: string, options: OrmFlags = {}): Options {
  const dialect = dialectOf(databaseUrl);
  const ormLogger = options.logger;
  const common = {
    entities,
    // Batch ref.load() and collection.load() across a request (1 query per level, not per parent).
    dataloader: DataloaderType.ALL,
    // Every request works on its own fork: the identity map must not leak between users.
    allowGlobalContext: false,
    debug: options.debug ?? false,
    ...(ormLogger ? { loggerFactory: () => new PinoOrmLogger(ormLogger, options.debug ?? false) } : {}),
    preferTs: options.preferTs ?? false,
    // Every statement passes here, whichever way it was issued (entity queries, query builders,
    // raw em.getConnection().execute): the one place an operation's deadline can stop new work.
    onQuery: (sql: string) => {
      checkDeadline();
      return sql;
    },
    extensions: [Migrator],
    // Records the writes of every change (runChange, imports) as they are flushed.
    subscribers: [new HistorySubscriber()],
    // The full-text indexes' companion tables (and SQLite's FTS5 shadow tables) are no entity's:
    // triggers keep them (see the full_text_search migration), the schema differ leaves them be.
    schemaGenerator: { skipTables: [/_fulltext(_[a-z]+)?$/] },
    migrations: {
      // One folder per dialect: the DDL differs (types, FK syntax), the history must not.
      path: resolve(here, 'migrations', dialect),
      pathTs: resolve(here, '../../src/db/migrations', dialect),
      glob: '!(*.d).{js,ts}',
      migrationsList: migrationsByDialect[dialect],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  } satisfies Partial<Options>;
  if (dialect === 'postgresql') {
    const timeout = options.statementTimeoutMs;
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: databaseUrl,
      driverOptions: {
        // A connection attempt to a stopped or frozen server fails in seconds, not minutes.
        ...(timeout ? { acquireConnectionTimeout: CONNECT_TIMEOUT_MS + timeout } : {}),
        connection: {
          connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
          ...(timeout ? { statement_timeout: timeout, query_timeout: timeout + 1000 } : {}),
        },
      },
    };
  }
  const file = databaseUrl.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const busyTimeoutMs = options.busyTimeoutMs;
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: file,
    ...(busyTimeoutMs
      ? {
          pool: {
            afterCreate: (connection: { pragma(source: string): unknown }, done: (error: Error | null) => void) => {
              connection.pragma(`busy_timeout = ${busyTimeoutMs}`);
              done(null);
            },
          },
        }
      : {}),
  };
}

export async function openDatabase(databaseUrl: string, options: OrmFlags = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, options));
}

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((migration) => migration.name);
}

/** The part of knex's PostgreSQL client that can cancel what a pooled connection runs. */
interface CancellingClient {
  pool?: { used: { resource: unknown }[] };
  cancelQuery(connection: unknown): Promise<unknown>;
}

/**
 * Cancels the statements still running on the pool's connections (PostgreSQL ends them on the
 * server, so none keeps waiting for a lock after its client went), so that closing the pool does
 * not wait for them. Returns how many there were. SQLite runs statements synchronously: none can
 * be running while this runs.
 */
export async function cancelRunningStatements(orm: MikroORM): Promise<number> {
  const connection = orm.em.getConnection();
  if (!(orm.config.getDriver() instanceof PostgreSqlDriver) || !(connection instanceof AbstractSqlConnection)) {
    return 0;
  }
  const client = connection.getKnex().client as CancellingClient;
  const busy = client.pool?.used.map((used) => used.resource) ?? [];
  await Promise.allSettled(busy.map((resource) => client.cancelQuery(resource)));
  return busy.length;
}
