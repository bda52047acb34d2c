import type { EntityClass, EntityKey, EntityManager, EntityProperty, FilterQuery } from '@mikro-orm/core';
import { ChangeOperation } from './change-kind.js';
import { activeRecorder, type RecordedRow } from './change-recorder.js';
import { rowsFollowingDeletes } from './following-rows.js';
import { HistorySql } from './history-sql.js';
import { historyTables, toRecord } from './history-tables.js';

/**
 * Deletes the rows of `entity` whose `property` (a column of its own, or a many-to-one) is one of
 * `values`, in one statement, as `em.nativeDelete` does, yet seen by the change being recorded:
 * the rows are read first, with the rows the database deletes or changes along with them, and
 * recorded as deleted. For bulk writers (the importer clearing a document) that delete without
 * loading entities.
 */
export async function deleteRecorded<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  property: string & keyof T,
  values: readonly number[],
): Promise<void> {
  if (!values.length) return;
  const tables = historyTables(em);
  const table = tables.byEntity.get(entity.name);
  const prop = em.getMetadata().get<T>(entity.name).properties[property as EntityKey<T>] as
    EntityProperty<T> | undefined;
  const column = prop?.fieldNames[0];
  const recorder = activeRecorder();
  if (recorder && table && column) {
    const sql = new HistorySql(em);
    const rows = await sql.rowsWhereIn(table.table, column, values);
    const deleted: RecordedRow[] = rows.map((row) => ({
      entity: entity.name,
      rowId: Number(row.id),
      operation: ChangeOperation.DELETE,
      before: toRecord(table, row),
      after: null,
    }));
    const ids = new Map([[entity.name, deleted.map((row) => row.rowId)]]);
    const following = await rowsFollowingDeletes(sql, tables, ids, new Set());
    await recorder.record(em, [...deleted, ...following]);
  }
  await em.nativeDelete(entity, { [property]: { $in: [...values] } } as FilterQuery<T>);
}
