import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import { TABLE_NAMES, TABLES, type Batch, type TableName, type Value } from './tables.js';

/**
 * Bulk loading into PostgreSQL: the secondary indexes, unique and foreign key constraints are
 * dropped, every table is streamed with `COPY … FROM STDIN` on its own connection at once, and
 * then the indexes and constraints are rebuilt from their own definitions (so the rebuild
 * validates every reference) and the tables vacuumed and analysed.
 */

/** One value in COPY's text format. */
function encode(value: Value): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

interface Definition {
  table: string;
  name: string;
  sql: string;
}

async function secondaryStructures(client: pg.Client) {
  const tables = TABLE_NAMES as string[];
  const constraints = await client.query<Definition & { type: string }>(
    `select t.relname as table, c.conname as name, c.contype as type,
            format('alter table %I add constraint %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid)) as sql
       from pg_constraint c join pg_class t on t.oid = c.conrelid
      where c.connamespace = current_schema()::regnamespace and c.contype in ('f', 'u') and t.relname = any($1)
      order by c.contype desc, c.conname`,
    [tables],
  );
  const indexes = await client.query<Definition>(
    `select i.tablename as table, i.indexname as name, i.indexdef as sql
       from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = any($1)
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.connamespace = current_schema()::regnamespace)
      order by i.indexname`,
    [tables],
  );
  return {
    uniques: constraints.rows.filter((row) => row.type === 'u'),
    foreignKeys: constraints.rows.filter((row) => row.type === 'f'),
    indexes: indexes.rows,
  };
}

/** Runs statements on `parallel` connections at once. */
async function runSpread(url: string, statements: string[], parallel: number, setup: string[] = []) {
  const queue = [...statements];
  await Promise.all(
    Array.from({ length: Math.min(parallel, queue.length) }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const sql of setup) await client.query(sql);
        for (let sql = queue.shift(); sql !== undefined; sql = queue.shift()) await client.query(sql);
      } finally {
        await client.end();
      }
    }),
  );
}

export interface LoadProgress {
  /** Called after each batch is handed to the database. */
  batch(batch: Batch): void;
  phase(name: string): void;
}

export async function writePostgres(url: string, batches: Iterable<Batch>, progress: LoadProgress): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { uniques, foreignKeys, indexes } = await secondaryStructures(admin);
    progress.phase('dropping indexes and constraints');
    for (const fk of foreignKeys) await admin.query(`alter table "${fk.table}" drop constraint "${fk.name}"`);
    for (const unique of uniques) await admin.query(`alter table "${unique.table}" drop constraint "${unique.name}"`);
    for (const index of indexes) await admin.query(`drop index "${index.name}"`);

    progress.phase('copying rows');
    const clients: pg.Client[] = [];
    const streams = new Map<TableName, Writable>();
    const finished: Promise<void>[] = [];
    for (const table of TABLE_NAMES) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      clients.push(client);
      // The load is repeatable from scratch; what a crash loses is only the corpus.
      await client.query('set synchronous_commit = off');
      const stream = client.query(
        copyFrom(`copy "${table}" (${TABLES[table].map((c) => `"${c}"`).join(', ')}) from stdin`),
      );
      finished.push(
        new Promise((resolve, reject) => {
          stream.on('finish', resolve);
          stream.on('error', reject);
        }),
      );
      streams.set(table, stream);
    }
    try {
      for (const batch of batches) {
        const waits: Promise<void>[] = [];
        for (const table of TABLE_NAMES) {
          const rows = batch[table];
          if (!rows.length) continue;
          const columns = TABLES[table];
          let chunk = '';
          for (const row of rows as Record<string, Value>[]) {
            chunk += columns.map((column) => encode(row[column]!)).join('\t') + '\n';
          }
          const stream = streams.get(table)!;
          if (!stream.write(chunk)) {
            waits.push(
              new Promise((resolve, reject) => {
                stream.once('drain', resolve);
                stream.once('error', reject);
              }),
            );
          }
        }
        await Promise.all(waits);
        progress.batch(batch);
      }
      for (const stream of streams.values()) stream.end();
      await Promise.all(finished);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }

    progress.phase(`building ${uniques.length + indexes.length} indexes`);
    const maintenance = ["set maintenance_work_mem = '256MB'", 'set max_parallel_maintenance_workers = 0'];
    await runSpread(
      url,
      [...uniques, ...indexes].map((definition) => definition.sql),
      2,
      maintenance,
    );
    progress.phase(`checking ${foreignKeys.length} foreign keys`);
    await runSpread(
      url,
      foreignKeys.map((definition) => definition.sql),
      2,
      maintenance,
    );

    progress.phase('vacuum and analyse');
    for (const table of TABLE_NAMES) {
      await admin.query(
        `select setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce((select max(id) from "${table}"), 0) + 1, false)`,
      );
    }
    await admin.query(`vacuum (analyze) ${TABLE_NAMES.map((table) => `"${table}"`).join(', ')}`);
  } finally {
    await admin.end();
  }
}
