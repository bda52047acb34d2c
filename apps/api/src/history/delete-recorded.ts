import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { ChangeOperation } from './change-kind.js';
import { activeRecorder, type RecordedRow } from './change-recorder.js';
import { rowsFollowingDeletes } from './following-rows.js';
import { HistorySql } from './history-sql.js';
import { historyTables, toRecord } from './history-tables.js';

/**
 * `em.nativeDelete` that the change being recorded still sees: the rows are read first, with
 * the rows the database deletes or changes along with them, and recorded as deleted. For bulk
 * writers (the importer clearing a document) that delete without loading entities.
 */
export async function deleteRecorded<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
): Promise<number> {
  const recorder = activeRecorder();
  const table = historyTables(em).byEntity.get(entity.name);
  if (recorder && table) {
    const rows = (await (em as SqlEntityManager).createQueryBuilder(entity).select('*').where(where).execute('all', false)) as Record<
      string,
      unknown
    >[];
    if (rows.length) {
      const ids = rows.map((row) => Number(row.id));
      const deleted: RecordedRow[] = rows.map((row) => ({
        entity: entity.name,
        rowId: Number(row.id),
        operation: ChangeOperation.DELETE,
        before: toRecord(table, row),
        after: null,
      }));
      const following = await rowsFollowingDeletes(
        new HistorySql(em),
        historyTables(em),
        new Map([[entity.name, ids]]),
        new Set(),
      );
      await recorder.record(em, [...deleted, ...following]);
    }
  }
  return em.nativeDelete(entity, where);
}
