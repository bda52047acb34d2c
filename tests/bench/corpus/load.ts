import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { dialectOf, migrate, openDatabase } from '@parley/api/dist/db/orm.js';
import { CorpusGenerator, type CorpusSize } from '@parley/api/test/corpus/generate.js';
import { TABLE_NAMES, type Batch } from '@parley/api/test/corpus/tables.js';
import { writePostgres, type LoadProgress } from '@parley/api/test/corpus/write-postgres.js';
import { writeSqlite } from './write-sqlite.js';

/** The API's folder: relative SQLite paths in DATABASE_URL are relative to it, as for `npm start`. */
const apiRoot = fileURLToPath(new URL('../../../apps/api/', import.meta.url));

export interface LoadOptions extends CorpusSize {
  databaseUrl: string;
  /** Empty the corpus tables first when the database already holds data (otherwise refuse). */
  replace?: boolean;
  /**
   * Apply the migrations up to this one only, and record the later ones as applied without
   * running them: a schema as it was, which the server will not migrate further (for "before"
   * measurements).
   */
  schemaAt?: string;
  /** Progress on stderr (default true). */
  quiet?: boolean;
}

export interface LoadResult {
  databaseUrl: string;
  rows: Record<string, number>;
  seconds: number;
  /** Slugs of the actors with the highest degree, busiest first. */
  hubs: string[];
}

/** `sqlite:relative/path` made absolute against the API's folder (what the server does when started with npm). */
export function absoluteDatabaseUrl(databaseUrl: string): string {
  if (dialectOf(databaseUrl) === 'postgresql') return databaseUrl;
  const file = databaseUrl.replace(/^sqlite:(\/\/)?/, '');
  return `sqlite:${resolve(apiRoot, file)}`;
}

export function sqliteFile(databaseUrl: string): string {
  return absoluteDatabaseUrl(databaseUrl).slice('sqlite:'.length);
}

/** Creates the PostgreSQL database the URL names when it does not exist yet. */
export async function ensurePostgresDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) await admin.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

async function migrateSchema(databaseUrl: string, schemaAt: string | undefined): Promise<void> {
  const orm = await openDatabase(databaseUrl);
  try {
    if (!schemaAt) {
      await migrate(orm);
      return;
    }
    const migrator = orm.migrator;
    await migrator.up({ to: schemaAt });
    for (const pending of await migrator.getPendingMigrations()) {
      await migrator.getStorage().logMigration({ name: pending.name, context: null });
    }
  } finally {
    await orm.close(true);
  }
}

async function rowsIn(databaseUrl: string, table: string): Promise<number> {
  if (dialectOf(databaseUrl) === 'sqlite') {
    const db = new Database(sqliteFile(databaseUrl), { readonly: true });
    try {
      return db.prepare<[], { n: number }>(`select count(*) as n from "${table}"`).get()!.n;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(`select count(*) as n from "${table}"`)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function emptyTables(databaseUrl: string): Promise<void> {
  const tables = [...TABLE_NAMES].reverse();
  if (dialectOf(databaseUrl) === 'sqlite') {
    const db = new Database(sqliteFile(databaseUrl));
    try {
      db.pragma('foreign_keys = OFF');
      db.transaction(() => {
        for (const table of tables) db.exec(`delete from "${table}"`);
      })();
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`truncate ${tables.map((table) => `"${table}"`).join(', ')} restart identity`);
  } finally {
    await client.end();
  }
}

/** Progress on one stderr line: rows per second and how far through the relations. */
function progressLine(totalRelations: number, quiet: boolean): LoadProgress & { rows: Record<string, number> } {
  const started = Date.now();
  const rows: Record<string, number> = Object.fromEntries(TABLE_NAMES.map((table) => [table, 0]));
  let lastDraw = 0;
  let all = 0;
  const tty = process.stderr.isTTY;
  const draw = (force = false) => {
    if (quiet) return;
    const now = Date.now();
    if (!force && now - lastDraw < (tty ? 200 : 5000)) return;
    lastDraw = now;
    const seconds = (now - started) / 1000;
    const done = rows.relation! / totalRelations;
    const width = 30;
    const bar = '#'.repeat(Math.round(done * width)).padEnd(width, '.');
    const line = `[${bar}] ${(done * 100).toFixed(0).padStart(3)}% relations ${rows.relation!.toLocaleString('en')}/${totalRelations.toLocaleString('en')}, ${all.toLocaleString('en')} rows, ${Math.round(all / Math.max(seconds, 0.001)).toLocaleString('en')} rows/s, ${seconds.toFixed(0)} s`;
    process.stderr.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
  };
  return {
    rows,
    batch(batch: Batch) {
      for (const table of TABLE_NAMES) {
        rows[table]! += batch[table].length;
        all += batch[table].length;
      }
      draw();
    },
    phase(name: string) {
      if (all) draw(true);
      if (!quiet) process.stderr.write(`${tty ? '\n' : ''}${((Date.now() - started) / 1000).toFixed(1)} s: ${name}\n`);
    },
  };
}

/**
 * Migrates the database with the API's own migrations, then writes a generated corpus into it.
 * A database that already holds data is refused unless `replace` is set.
 */
export async function loadCorpus(options: LoadOptions): Promise<LoadResult> {
  const databaseUrl = absoluteDatabaseUrl(options.databaseUrl);
  const dialect = dialectOf(databaseUrl);
  const started = Date.now();
  if (dialect === 'postgresql') await ensurePostgresDatabase(databaseUrl);
  await migrateSchema(databaseUrl, options.schemaAt);
  if ((await rowsIn(databaseUrl, 'actor')) > 0 || (await rowsIn(databaseUrl, 'document')) > 0) {
    if (!options.replace) {
      throw new Error(`${databaseUrl} already holds data: pass --replace to empty it first`);
    }
    await emptyTables(databaseUrl);
  }

  const generator = new CorpusGenerator(options);
  const progress = progressLine(options.relations, options.quiet ?? false);
  if (dialect === 'postgresql') await writePostgres(databaseUrl, generator.batches(), progress);
  else writeSqlite(sqliteFile(databaseUrl), generator.batches(), progress);
  progress.phase('done');
  return {
    databaseUrl,
    rows: progress.rows,
    seconds: (Date.now() - started) / 1000,
    hubs: [0, 1, 2].map((rank) => generator.slugOfRank(rank)),
  };
}
