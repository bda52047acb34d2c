import type { AnyEntity, ChangeSet, Collection, EventSubscriber, FlushEventArgs, UnitOfWork } from '@mikro-orm/core';
import { ChangeOperation } from './change-kind.js';
import { activeRecorder, type RecordedRow } from './change-recorder.js';
import { rowKey, rowsFollowingDeletes } from './following-rows.js';
import { HistorySql, chunks, pushTo } from './history-sql.js';
import { historyTables, toRecord, type ColumnRow, type HistoryTables, type RecordedList } from './history-tables.js';

/** A list of links the flush rewrites, with its links before. */
interface ListBefore {
  collection: Collection<AnyEntity>;
  list: RecordedList;
  before: ColumnRow[];
}

/** What `onFlush` read before the flush wrote, for `afterFlush` to complete. */
interface PendingFlush {
  sets: { changeSet: ChangeSet<AnyEntity>; entity: string; operation: ChangeOperation; id?: number }[];
  before: Map<string, ColumnRow>;
  following: RecordedRow[];
  lists: ListBefore[];
}

/** Rows of one entity read back and recorded per run. */
const RECORD_RUN = 500;

const idOf = (entity: object): number | undefined => {
  const id = (entity as { id?: unknown }).id;
  return typeof id === 'number' ? id : undefined;
};

function operationOf(changeSet: ChangeSet<AnyEntity>): ChangeOperation {
  if (changeSet.type.startsWith('create')) return ChangeOperation.CREATE;
  return changeSet.type.startsWith('delete') ? ChangeOperation.DELETE : ChangeOperation.UPDATE;
}

/** Reads the rows of each entity's ids, as recorded, by row key. */
async function readRows(sql: HistorySql, tables: HistoryTables, ids: Map<string, number[]>) {
  const rows = new Map<string, ColumnRow>();
  for (const [entity, list] of ids) {
    const table = tables.byEntity.get(entity);
    if (!table || !list.length) continue;
    for (const row of await sql.rowsWhereIn(table.table, 'id', list))
      rows.set(rowKey(entity, row.id), toRecord(table, row));
  }
  return rows;
}

function idsByEntity(items: { entity: string; id?: number }[]): Map<string, number[]> {
  const ids = new Map<string, number[]>();
  for (const { entity, id } of items) if (id !== undefined) pushTo(ids, entity, id);
  return ids;
}

/**
 * Records every flush made inside a recorded change (see `recording`): before the flush writes,
 * it reads the rows it will update or delete, the rows the database will change by itself (a
 * cascade), and the lists it will rewrite; after, the rows as written. Flushes outside a change,
 * or outside its transaction, are none of its business.
 */
export class HistorySubscriber implements EventSubscriber {
  private readonly pending = new WeakMap<UnitOfWork, PendingFlush>();

  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    if (!activeRecorder() || !em.isInTransaction()) return;
    const tables = historyTables(em);
    const sql = new HistorySql(em);
    const sets = uow
      .getChangeSets()
      .filter((changeSet) => tables.byEntity.has(changeSet.meta.className))
      .map((changeSet) => ({
        changeSet,
        entity: changeSet.meta.className,
        operation: operationOf(changeSet),
        id: idOf(changeSet.entity),
      }));
    const existing = sets.filter((set) => set.operation !== ChangeOperation.CREATE);
    const before = await readRows(sql, tables, idsByEntity(existing));
    const deleted = idsByEntity(sets.filter((set) => set.operation === ChangeOperation.DELETE));
    const written = new Set(existing.map((set) => rowKey(set.entity, set.id)));
    const following = await rowsFollowingDeletes(sql, tables, deleted, written);
    const followed = new Set(following.map((row) => rowKey(row.entity, row.rowId)));

    const lists: ListBefore[] = [];
    for (const collection of uow.getCollectionUpdates()) {
      const name = `${collection.owner.constructor.name}.${collection.property.name}`;
      const list = tables.lists.find((candidate) => candidate.name === name);
      const owner = idOf(collection.owner);
      if (!list || (owner !== undefined && followed.has(rowKey(list.name, owner)))) continue;
      const links = owner === undefined ? [] : await sql.rowsWhereIn(list.table, list.ownerColumn, [owner]);
      lists.push({ collection, list, before: links });
    }
    this.pending.set(uow, { sets, before, following, lists });
  }

  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const pending = this.pending.get(uow);
    this.pending.delete(uow);
    const recorder = activeRecorder();
    if (!pending || !recorder) return;
    const tables = historyTables(em);
    const sql = new HistorySql(em);
    const sets = pending.sets.map((set) => ({ ...set, id: set.id ?? idOf(set.changeSet.entity) }));
    // Entity by entity, a bounded run at a time: an import's thousands of rows are read back and
    // recorded in pieces, never all held at once.
    const byEntity = new Map<string, typeof sets>();
    for (const set of sets) pushTo(byEntity, set.entity, set);
    for (const entitySets of byEntity.values()) {
      for (const run of chunks(entitySets, RECORD_RUN)) {
        const after = await readRows(
          sql,
          tables,
          idsByEntity(run.filter((set) => set.operation !== ChangeOperation.DELETE)),
        );
        const rows: RecordedRow[] = [];
        for (const { entity, id, operation } of run) {
          if (id === undefined) continue;
          const key = rowKey(entity, id);
          rows.push({
            entity,
            rowId: id,
            operation,
            before: operation === ChangeOperation.CREATE ? null : (pending.before.get(key) ?? null),
            after: operation === ChangeOperation.DELETE ? null : (after.get(key) ?? null),
          });
        }
        await recorder.record(em, rows);
      }
    }
    const rows: RecordedRow[] = [];
    rows.push(...pending.following);
    for (const { collection, list, before } of pending.lists) {
      const owner = idOf(collection.owner);
      if (owner === undefined) continue;
      const links = await sql.rowsWhereIn(list.table, list.ownerColumn, [owner]);
      if (JSON.stringify(links) === JSON.stringify(before)) continue;
      rows.push({
        entity: list.name,
        rowId: owner,
        operation: !before.length
          ? ChangeOperation.CREATE
          : !links.length
            ? ChangeOperation.DELETE
            : ChangeOperation.UPDATE,
        before,
        after: links,
      });
    }
    await recorder.record(em, rows);
  }
}
