import Database from 'better-sqlite3';
import { TABLE_NAMES, TABLES, type Batch, type Value } from '@parley/api/test/corpus/tables.js';
import type { LoadProgress } from '@parley/api/test/corpus/write-postgres.js';

/**
 * Bulk loading into SQLite: indexes dropped, foreign key enforcement off and no syncing while one
 * transaction inserts every row through prepared statements; then the indexes are rebuilt, every
 * reference checked (`pragma foreign_key_check`) and the tables analysed.
 */
export function writeSqlite(file: string, batches: Iterable<Batch>, progress: LoadProgress): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -262144');
    db.pragma('temp_store = MEMORY');

    progress.phase('dropping indexes');
    const indexes = db
      .prepare<[], { name: string; sql: string }>(
        `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${TABLE_NAMES.map(() => '?').join(', ')})`,
      )
      .all(...(TABLE_NAMES as []));
    for (const index of indexes) db.exec(`drop index "${index.name}"`);

    progress.phase('inserting rows');
    const inserts = new Map(
      TABLE_NAMES.map((table) => {
        const columns = TABLES[table];
        const statement = db.prepare(
          `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        );
        return [table, { columns, statement }] as const;
      }),
    );
    const sqliteValue = (value: Value) => (typeof value === 'boolean' ? Number(value) : value);
    db.exec('begin');
    for (const batch of batches) {
      for (const table of TABLE_NAMES) {
        const { columns, statement } = inserts.get(table)!;
        for (const row of batch[table] as Record<string, Value>[]) {
          statement.run(columns.map((column) => sqliteValue(row[column]!)));
        }
      }
      progress.batch(batch);
    }
    db.exec('commit');

    progress.phase(`building ${indexes.length} indexes`);
    for (const index of indexes) db.exec(index.sql);
    progress.phase('checking foreign keys');
    const broken = db.prepare('pragma foreign_key_check').all();
    if (broken.length) throw new Error(`foreign keys broken: ${JSON.stringify(broken.slice(0, 5))}`);
    progress.phase('analyse');
    db.exec('analyze');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
