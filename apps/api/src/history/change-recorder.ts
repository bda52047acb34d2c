import type { EntityManager } from '@mikro-orm/core';
import { AsyncLocalStorage } from 'node:async_hooks';
import { ChangeKind, ChangeOperation } from './change-kind.js';
import { HistorySql } from './history-sql.js';
import type { ColumnRow } from './history-tables.js';

/** One row a change wrote: a node's row, or the whole of a list of links of its owner. */
export interface RecordedRow {
  entity: string;
  rowId: number;
  operation: ChangeOperation;
  before: ColumnRow | ColumnRow[] | null;
  after: ColumnRow | ColumnRow[] | null;
}

/** Who made a change and why, as the change records them. */
export interface ChangeHeader {
  kind: ChangeKind;
  summary: string;
  userId?: number | null;
  userName?: string | null;
  /** For a revert: the change it undoes. */
  revertsChangeId?: number;
}

/** Rows written per statement: a bounded batch, however many rows a change (an import) writes. */
const ROWS_PER_INSERT = 200;

/**
 * Records one change: its header on the first row it is given (a change that writes nothing is
 * not recorded), then its rows in bounded batches as they come, each in the transaction of the
 * writes it describes.
 */
export class ChangeRecorder {
  changeId?: number;
  private rowCount = 0;

  constructor(readonly header: ChangeHeader) {}

  async record(em: EntityManager, rows: readonly RecordedRow[]): Promise<void> {
    if (!rows.length) return;
    const sql = new HistorySql(em);
    const changeId = await this.open(em);
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await sql.insert(
        'change_row',
        rows.slice(start, start + ROWS_PER_INSERT).map((row) => ({
          change_id: changeId,
          entity: row.entity,
          row_id: row.rowId,
          operation: row.operation,
          before: row.before === null ? null : JSON.stringify(row.before),
          after: row.after === null ? null : JSON.stringify(row.after),
        })),
      );
    }
    this.rowCount += rows.length;
  }

  /** Records the change's header now, rows or not; returns its id. */
  async open(em: EntityManager): Promise<number> {
    return (this.changeId ??= await this.insertHeader(new HistorySql(em)));
  }

  /** Completes the header: how many rows, and on the change a revert undid, that it is undone. */
  async finish(em: EntityManager): Promise<void> {
    if (this.changeId === undefined) return;
    const sql = new HistorySql(em);
    await sql.update('change', this.changeId, { row_count: this.rowCount });
    if (this.header.revertsChangeId !== undefined) {
      await sql.update('change', this.header.revertsChangeId, { reverted_by_change_id: this.changeId });
    }
  }

  private async insertHeader(sql: HistorySql): Promise<number> {
    const { kind, summary, userId, userName, revertsChangeId } = this.header;
    const [row] = await sql.all(
      `insert into ${sql.quote('change')} (${['at', 'user_id', 'user_name', 'kind', 'summary', 'row_count', 'reverts_change_id'].map((column) => sql.quote(column)).join(', ')}) values (?, ?, ?, ?, ?, 0, ?) returning ${sql.quote('id')}`,
      [new Date().toISOString(), userId ?? null, userName ?? null, kind, summary, revertsChangeId ?? null],
    );
    return Number(row?.id);
  }
}

/** The change being recorded in this asynchronous context, if any. */
const activeChange = new AsyncLocalStorage<ChangeRecorder>();

/** The recorder of the change whose work is running here; undefined outside one. */
export function activeRecorder(): ChangeRecorder | undefined {
  return activeChange.getStore();
}

/**
 * Runs `work` as one recorded change in the transaction `em` is in: every flush inside it (the
 * history subscriber sees them) and whatever `work` records itself is one change. Flushes before
 * the change is completed, so the last writes are recorded too. Nested, it joins the outer change.
 */
export async function recording<T>(
  em: EntityManager,
  header: ChangeHeader,
  work: (recorder: ChangeRecorder) => Promise<T>,
): Promise<T> {
  if (!em.isInTransaction()) throw new Error('A change is recorded inside the transaction of its writes.');
  const outer = activeRecorder();
  if (outer) return work(outer);
  const recorder = new ChangeRecorder(header);
  return activeChange.run(recorder, async () => {
    const result = await work(recorder);
    await em.flush();
    await recorder.finish(em);
    return result;
  });
}
