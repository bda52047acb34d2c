import { ChangeOperation } from './change-kind.js';
import type { RecordedRow } from './change-recorder.js';
import type { HistorySql } from './history-sql.js';
import { pushTo } from './history-sql.js';
import { toRecord, type ColumnRow, type HistoryTables } from './history-tables.js';

export const rowKey = (entity: string, id: unknown) => `${entity}:${String(id)}`;

function groupBy(rows: ColumnRow[], column: string): Map<number, ColumnRow[]> {
  const groups = new Map<number, ColumnRow[]>();
  for (const row of rows) {
    const owner = Number(row[column]);
    pushTo(groups, owner, row);
  }
  return groups;
}

/**
 * The rows the database changes by itself when these rows are deleted, read before they are:
 * rows whose foreign key cascades (an actor's evidence, and their own dependants in turn), rows
 * whose key is set to null, and the lists of links that name a deleted row. The unit of work
 * never sees these writes, so the history records them here: a delete keeps all it takes to put
 * the node back with everything that hung on it. Rows in `skip` are recorded elsewhere.
 */
export async function rowsFollowingDeletes(
  sql: HistorySql,
  tables: HistoryTables,
  deleted: ReadonlyMap<string, readonly number[]>,
  skip: ReadonlySet<string>,
): Promise<RecordedRow[]> {
  const deletes = new Map<string, RecordedRow>();
  const nulled = new Map<string, RecordedRow>();
  const lists = new Map<string, RecordedRow>();
  const gone = new Set<string>();
  for (const [entity, ids] of deleted) for (const id of ids) gone.add(rowKey(entity, id));

  const queue = [...deleted].map(([entity, ids]) => ({ entity, ids: [...ids] }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { entity, ids } = next;
    if (!ids.length) continue;

    for (const list of tables.listsOf.get(entity) ?? []) {
      const links = groupBy(await sql.rowsWhereIn(list.table, list.ownerColumn, ids), list.ownerColumn);
      for (const [owner, rows] of links) {
        lists.set(rowKey(list.name, owner), {
          entity: list.name,
          rowId: owner,
          operation: ChangeOperation.DELETE,
          before: rows,
          after: [],
        });
      }
    }
    for (const list of tables.lists.filter((candidate) => candidate.target === entity)) {
      const naming = await sql.rowsWhereIn(list.table, list.targetColumn, ids);
      const owners = [...new Set(naming.map((row) => Number(row[list.ownerColumn])))].filter(
        (owner) => !lists.has(rowKey(list.name, owner)),
      );
      const whole = groupBy(await sql.rowsWhereIn(list.table, list.ownerColumn, owners), list.ownerColumn);
      const removed = new Set(ids);
      for (const [owner, rows] of whole) {
        lists.set(rowKey(list.name, owner), {
          entity: list.name,
          rowId: owner,
          operation: ChangeOperation.UPDATE,
          before: rows,
          after: rows.filter((row) => !removed.has(Number(row[list.targetColumn]))),
        });
      }
    }

    for (const { from, column, onDelete } of tables.referringTo.get(entity) ?? []) {
      const cascaded: number[] = [];
      for (const row of await sql.rowsWhereIn(from.table, column, ids)) {
        const key = rowKey(from.entity, row.id);
        if (skip.has(key) || gone.has(key)) continue;
        const before = toRecord(from, row);
        if (onDelete === 'cascade') {
          gone.add(key);
          nulled.delete(key);
          deletes.set(key, {
            entity: from.entity,
            rowId: Number(row.id),
            operation: ChangeOperation.DELETE,
            before,
            after: null,
          });
          cascaded.push(Number(row.id));
        } else {
          const earlier = nulled.get(key);
          const after = { ...((earlier?.after as ColumnRow | undefined) ?? before), [column]: null };
          nulled.set(key, {
            entity: from.entity,
            rowId: Number(row.id),
            operation: ChangeOperation.UPDATE,
            before: (earlier?.before as ColumnRow | undefined) ?? before,
            after,
          });
        }
      }
      if (cascaded.length) queue.push({ entity: from.entity, ids: cascaded });
    }
  }
  // A list whose owner is itself deleted goes with it, whichever way it was reached first.
  for (const [key, list] of lists) {
    const owner = list.entity.split('.')[0] ?? '';
    if (gone.has(rowKey(owner, list.rowId)) && list.operation !== ChangeOperation.DELETE) {
      lists.set(key, { ...list, operation: ChangeOperation.DELETE, after: [] });
    }
  }
  return [...deletes.values(), ...nulled.values(), ...lists.values()];
}
