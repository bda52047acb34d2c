import { DriverException, type EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Context } from '../common/context.js';
import { ErrorCode } from '../common/error-code.js';
import { notFound } from '../common/errors.js';
import { toGlobalId } from '../common/global-id.js';
import { ChangeKind, ChangeOperation } from './change-kind.js';
import { recording, type ChangeRecorder, type RecordedRow } from './change-recorder.js';
import { rowKey, rowsFollowingDeletes } from './following-rows.js';
import { HistorySql, pushTo } from './history-sql.js';
import {
  historyTables,
  parsedRow,
  toDatabase,
  toRecord,
  writtenBack,
  type ColumnRow,
  type HistoryTables,
  type RecordedList,
  type RecordedTable,
} from './history-tables.js';

/** What a change did to one row in all: its state before the change's first write and after its last. */
interface NetRow {
  entity: string;
  rowId: number;
  before: ColumnRow | ColumnRow[] | null;
  after: ColumnRow | ColumnRow[] | null;
}

function conflict(message: string, conflictingChangeId?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.CONFLICT,
      ...(conflictingChangeId ? { conflictingChangeId: toGlobalId('Change', conflictingChangeId) } : {}),
    },
  });
}

/**
 * The latest change after `after` that wrote any of these rows and still stands, if one did. A
 * later change undone by a revert that stands, and that revert, cancel out: together they left
 * the rows as they were (but for versions, which only move forward), so they are no obstacle.
 */
async function latestChangeTouching(sql: HistorySql, keys: { entity: string; rowId: number }[], after: number) {
  const byEntity = new Map<string, number[]>();
  for (const { entity, rowId } of keys) pushTo(byEntity, entity, rowId);
  const q = (name: string) => sql.quote(name);
  const undoneByStandingRevert = `c.${q('reverted_by_change_id')} is not null and exists (select 1 from ${q('change')} u where u.${q('id')} = c.${q('reverted_by_change_id')} and u.${q('reverted_by_change_id')} is null)`;
  const standingRevertOfLater = `c.${q('reverts_change_id')} is not null and c.${q('reverts_change_id')} > ? and c.${q('reverted_by_change_id')} is null`;
  let latest: number | undefined;
  for (const [entity, ids] of byEntity) {
    for (let start = 0; start < ids.length; start += 500) {
      const run = ids.slice(start, start + 500);
      const [row] = await sql.all(
        `select max(r.${q('change_id')}) as ${q('later')} from ${q('change_row')} r join ${q('change')} c on c.${q('id')} = r.${q('change_id')} where r.${q('entity')} = ? and r.${q('row_id')} in (${run.map(() => '?').join(', ')}) and r.${q('change_id')} > ? and not (${undoneByStandingRevert}) and not (${standingRevertOfLater})`,
        [entity, ...run, after, after],
      );
      const later = row?.later == null ? undefined : Number(row.later);
      if (later !== undefined && (latest === undefined || later > latest)) latest = later;
    }
  }
  return latest;
}

/** Every row of the change merged per row, in the order first written. */
async function netRowsOf(sql: HistorySql, changeId: number): Promise<NetRow[]> {
  const rows = await sql.all(
    `select * from ${sql.quote('change_row')} where ${sql.quote('change_id')} = ? order by ${sql.quote('id')}`,
    [changeId],
  );
  const net = new Map<string, NetRow>();
  for (const row of rows) {
    const entity = String(row.entity);
    const rowId = Number(row.row_id);
    const key = rowKey(entity, rowId);
    const before = parsedRow(row.before);
    const after = parsedRow(row.after);
    const earlier = net.get(key);
    net.set(key, earlier ? { ...earlier, after } : { entity, rowId, before, after });
  }
  return [...net.values()];
}

/** Writes the rows of a change back as they were before it, recording each write. */
class Reverter {
  private readonly sql: HistorySql;
  private readonly tables: HistoryTables;
  readonly recorded: RecordedRow[] = [];

  constructor(em: EntityManager) {
    this.sql = new HistorySql(em);
    this.tables = historyTables(em);
  }

  private table(entity: string): RecordedTable {
    const table = this.tables.byEntity.get(entity);
    if (!table) throw new Error(`The history holds rows of "${entity}", which is no longer an entity.`);
    return table;
  }

  private async current(table: RecordedTable, ids: number[]): Promise<Map<number, ColumnRow>> {
    const rows = await this.sql.rowsWhereIn(table.table, 'id', ids);
    return new Map(rows.map((row) => [Number(row.id), toRecord(table, row)]));
  }

  /** Puts deleted rows back, same ids, parents first. */
  async restore(rows: NetRow[]): Promise<void> {
    const ranked = [...rows].sort((a, b) => this.table(a.entity).rank - this.table(b.entity).rank);
    for (const row of ranked) {
      const table = this.table(row.entity);
      const values = writtenBack(table, row.before as ColumnRow, row.before as ColumnRow);
      await this.sql.insert(table.table, [toDatabase(table, values)]);
      this.recorded.push({
        entity: row.entity,
        rowId: row.rowId,
        operation: ChangeOperation.CREATE,
        before: null,
        after: values,
      });
    }
  }

  /** Sets updated rows back to what they were. */
  async setBack(rows: NetRow[]): Promise<void> {
    for (const row of rows) {
      const table = this.table(row.entity);
      const current = (await this.current(table, [row.rowId])).get(row.rowId);
      if (!current)
        throw conflict(`${row.entity} ${String(row.rowId)} no longer exists: there is nothing to set back.`);
      const values = writtenBack(table, row.before as ColumnRow, current);
      await this.sql.update(table.table, row.rowId, toDatabase(table, values));
      this.recorded.push({
        entity: row.entity,
        rowId: row.rowId,
        operation: ChangeOperation.UPDATE,
        before: current,
        after: values,
      });
    }
  }

  /** Puts lists of links back as they were, whole. */
  async relink(rows: NetRow[]): Promise<void> {
    for (const row of rows) {
      const list = this.tables.lists.find((candidate) => candidate.name === row.entity);
      if (!list) throw new Error(`The history holds a list "${row.entity}" the model no longer has.`);
      const links = (row.before ?? []) as ColumnRow[];
      const current = await this.linksOf(list, row.rowId);
      // Its owner was deleted (the links went with it) and the list was empty before: nothing to do.
      if (!links.length && !current.length) continue;
      await this.sql.deleteWhereIn(list.table, list.ownerColumn, [row.rowId]);
      await this.sql.insert(list.table, links);
      this.recorded.push({
        entity: row.entity,
        rowId: row.rowId,
        operation: !current.length
          ? ChangeOperation.CREATE
          : !links.length
            ? ChangeOperation.DELETE
            : ChangeOperation.UPDATE,
        before: current,
        after: links,
      });
    }
  }

  private linksOf(list: RecordedList, owner: number): Promise<ColumnRow[]> {
    return this.sql.rowsWhereIn(list.table, list.ownerColumn, [owner]);
  }

  /**
   * Deletes rows the change created, children first. Refused when rows the change did not
   * write hang on them (evidence added later): a revert never takes later work with it.
   */
  async remove(rows: NetRow[], changeId: number, written: ReadonlySet<string>): Promise<void> {
    const ids = new Map<string, number[]>();
    for (const row of rows) pushTo(ids, row.entity, row.rowId);
    // The change's own lists are put back whole afterwards, whatever the delete does to them.
    const following = (await rowsFollowingDeletes(this.sql, this.tables, ids, written)).filter(
      (row) => !written.has(rowKey(row.entity, row.rowId)),
    );
    if (following.length) {
      const later = await latestChangeTouching(this.sql, following, changeId);
      const [first] = following;
      throw conflict(
        `Rows written since depend on what change ${String(changeId)} created (${first?.entity ?? ''} ${String(first?.rowId ?? '')}); revert ${later ? `change ${String(later)} and others after it` : 'those'} first.`,
        later,
      );
    }
    const ranked = [...rows].sort((a, b) => this.table(b.entity).rank - this.table(a.entity).rank);
    for (const row of ranked) {
      const table = this.table(row.entity);
      const current = (await this.current(table, [row.rowId])).get(row.rowId);
      if (!current) continue;
      await this.sql.deleteWhereIn(table.table, 'id', [row.rowId]);
      this.recorded.push({
        entity: row.entity,
        rowId: row.rowId,
        operation: ChangeOperation.DELETE,
        before: current,
        after: null,
      });
    }
  }
}

/** The change a revert made and the change it undid. */
export interface RevertResult {
  changeId: number;
  revertedId: number;
}

/**
 * Undoes a change as a new change of kind `revert`, in one transaction: rows it created are
 * deleted, rows it deleted are put back with their ids, rows it updated are set back, lists of
 * links are put back whole; versions move forward, never back. Refused with CONFLICT when the
 * change is already reverted or a later change wrote any of its rows; nothing is written then.
 */
export async function revertChange(ctx: Context, changeId: number): Promise<RevertResult> {
  return ctx.em.fork().transactional(async (em) => {
    const sql = new HistorySql(em);
    // PostgreSQL: two reverts of one change at once run one after the other (SQLite has one writer anyway).
    const lock = sql.isSqlite() ? '' : ' for update';
    const [change] = await sql.all(`select * from ${sql.quote('change')} where ${sql.quote('id')} = ?${lock}`, [
      changeId,
    ]);
    if (!change) throw notFound(`There is no change ${toGlobalId('Change', changeId)}.`, 'changeId');
    if (change.reverted_by_change_id != null) {
      const by = Number(change.reverted_by_change_id);
      throw conflict(`Change ${String(changeId)} is already reverted, by change ${String(by)}.`, by);
    }
    const rows = await netRowsOf(sql, changeId);
    const later = await latestChangeTouching(sql, rows, changeId);
    if (later !== undefined) {
      throw conflict(
        `Change ${String(later)} has since written rows that change ${String(changeId)} wrote; revert it first.`,
        later,
      );
    }
    const header = {
      kind: ChangeKind.REVERT,
      summary: `Revert change ${String(changeId)}: ${String(change.summary)}`,
      userId: ctx.viewer?.userId ?? null,
      userName: ctx.viewer?.name ?? null,
      revertsChangeId: changeId,
    };
    try {
      return await recording(em, header, async (recorder: ChangeRecorder) => {
        const reverter = new Reverter(em);
        const isList = (row: NetRow) => row.entity.includes('.');
        const tableRows = rows.filter((row) => !isList(row) && (row.before !== null || row.after !== null));
        const restored = tableRows.filter((row) => row.after === null);
        const updated = tableRows.filter((row) => row.before !== null && row.after !== null);
        // The order keeps every key valid at every step: rows and lists set back first drop their
        // references to rows the change created, which then go (freeing their unique keys for the
        // rows put back); rows and lists set back to name a row put back wait for it.
        const restoredKeys = new Set(restored.map((row) => rowKey(row.entity, row.rowId)));
        const tables = historyTables(em);
        const namesRestored = (row: NetRow): boolean => {
          if (isList(row)) {
            const list = tables.lists.find((candidate) => candidate.name === row.entity);
            if (!list) return false;
            return (
              restoredKeys.has(rowKey(list.owner, row.rowId)) ||
              ((row.before ?? []) as ColumnRow[]).some((link) =>
                restoredKeys.has(rowKey(list.target, link[list.targetColumn])),
              )
            );
          }
          const before = row.before as ColumnRow;
          return (
            tables.byEntity
              .get(row.entity)
              ?.references.some(({ column, entity }) => restoredKeys.has(rowKey(entity, before[column]))) ?? false
          );
        };
        const lists = rows.filter(isList);
        await reverter.setBack(updated.filter((row) => !namesRestored(row)));
        await reverter.relink(lists.filter((row) => !namesRestored(row)));
        const written = new Set(rows.map((row) => rowKey(row.entity, row.rowId)));
        await reverter.remove(
          tableRows.filter((row) => row.before === null),
          changeId,
          written,
        );
        await reverter.restore(restored);
        await reverter.setBack(updated.filter(namesRestored));
        await reverter.relink(lists.filter(namesRestored));
        // Recorded even when there was nothing to undo, so that the change counts as reverted.
        const revertId = await recorder.open(em);
        await recorder.record(em, reverter.recorded);
        return { changeId: revertId, revertedId: changeId };
      });
    } catch (error) {
      // The rows cannot go back as they were (a unique key taken since, a row referred to):
      // the database refused, so the state moved on in a way the history does not show.
      if (error instanceof DriverException && /constraint|unique|foreign/i.test(error.message)) {
        throw conflict(
          `Change ${String(changeId)} cannot be undone as things stand: ${error.message.split('\n')[0] ?? ''}`,
        );
      }
      throw error;
    }
  });
}
