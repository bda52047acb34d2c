import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
}

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
    extensions: [Migrator],
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
    return { ...common, driver: PostgreSqlDriver, clientUrl: databaseUrl };
  }
  const file = databaseUrl.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  return { ...common, driver: BetterSqliteDriver, dbName: file };
}

export async function openDatabase(databaseUrl: string, options: OrmFlags = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, options));
}

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((migration) => migration.name);
}
