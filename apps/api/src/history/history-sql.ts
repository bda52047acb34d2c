import type { EntityManager } from '@mikro-orm/core';
import type { ColumnRow } from './history-tables.js';

/** Most values bound in one statement: well under both databases' limits (SQLite 32766, PostgreSQL 65535). */
const MAX_PARAMS = 2000;

/** Splits `items` into runs of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += size) runs.push(items.slice(start, start + size));
  return runs;
}

/** Adds `value` to the list under `key` (in place: lists of thousands grow in linear time). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Statements in the transaction `em` works in, whatever it is: the history's writes commit or roll back with the change. */
export class HistorySql {
  constructor(private readonly em: EntityManager) {}

  isSqlite(): boolean {
    return this.em.getPlatform().constructor.name.toLowerCase().includes('sqlite');
  }

  quote(identifier: string): string {
    return this.em.getPlatform().quoteIdentifier(identifier);
  }

  async all(sql: string, params: readonly unknown[] = []): Promise<ColumnRow[]> {
    const rows: unknown = await this.em
      .getConnection()
      .execute(sql, [...params], 'all', this.em.getTransactionContext());
    return rows as ColumnRow[];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<void> {
    await this.em.getConnection().execute(sql, [...params], 'run', this.em.getTransactionContext());
  }

  /** The rows of `table` whose `column` is one of `values`, in id order. */
  async rowsWhereIn(table: string, column: string, values: readonly unknown[]): Promise<ColumnRow[]> {
    const rows: ColumnRow[] = [];
    for (const run of chunks([...new Set(values)], MAX_PARAMS)) {
      rows.push(
        ...(await this.all(
          `select * from ${this.quote(table)} where ${this.quote(column)} in (${run.map(() => '?').join(', ')}) order by ${this.quote('id')}`,
          run,
        )),
      );
    }
    return rows;
  }

  /** Inserts rows of the same columns, as many per statement as the bound-value limit allows. */
  async insert(table: string, rows: readonly ColumnRow[]): Promise<void> {
    const first = rows[0];
    if (!first) return;
    const columns = Object.keys(first);
    const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
    for (const run of chunks(rows, perStatement)) {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      await this.run(
        `insert into ${this.quote(table)} (${columns.map((column) => this.quote(column)).join(', ')}) values ${run.map(() => tuple).join(', ')}`,
        run.flatMap((row) => columns.map((column) => row[column] ?? null)),
      );
    }
  }

  async update(table: string, id: number, values: ColumnRow): Promise<void> {
    const columns = Object.keys(values).filter((column) => column !== 'id');
    if (!columns.length) return;
    await this.run(
      `update ${this.quote(table)} set ${columns.map((column) => `${this.quote(column)} = ?`).join(', ')} where ${this.quote('id')} = ?`,
      [...columns.map((column) => values[column] ?? null), id],
    );
  }

  async deleteWhereIn(table: string, column: string, values: readonly unknown[]): Promise<void> {
    for (const run of chunks([...new Set(values)], MAX_PARAMS)) {
      await this.run(
        `delete from ${this.quote(table)} where ${this.quote(column)} in (${run.map(() => '?').join(', ')})`,
        run,
      );
    }
  }
}
