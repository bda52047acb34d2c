import type { EntityManager } from '@mikro-orm/core';
import { Document } from '../document/document.entity.js';
import { ChangeKind } from '../history/change-kind.js';
import { rowKey } from '../history/following-rows.js';
import { HistorySql } from '../history/history-sql.js';
import { historyTables, parsedRow, type ColumnRow, type HistoryTables } from '../history/history-tables.js';
import type { DocumentEdits } from './import-errors.js';

interface LaterRow {
  changeId: number;
  entity: string;
  rowId: number;
  before: ColumnRow | ColumnRow[] | null;
  after: ColumnRow | ColumnRow[] | null;
}

/**
 * The changes since the import that still count, in order: a revert and the change it undid
 * (both since the import) cancel out; a revert of something older is an edit of its own; other
 * imports (of other bundles) are no edit in the product.
 */
function liveChanges(changes: ColumnRow[]): Set<number> {
  const live = new Set<number>();
  for (const change of changes) {
    const id = Number(change.id);
    if (change.kind === ChangeKind.IMPORT) continue;
    const undone = change.reverts_change_id == null ? undefined : Number(change.reverts_change_id);
    if (undone !== undefined && live.has(undone)) live.delete(undone);
    else live.add(id);
  }
  return live;
}

/**
 * What a row is part of, as an edit of the document counts it: evidence is its fact's, a
 * participant its event's, a list of links its owner's; anything else is a fact of its own.
 */
function ownerOf(tables: HistoryTables, row: LaterRow): string {
  const list = tables.lists.find((candidate) => candidate.name === row.entity);
  if (list) return rowKey(list.owner, row.rowId);
  const values = (row.after ?? row.before) as ColumnRow | null;
  const references = tables.byEntity.get(row.entity)?.references ?? [];
  const parent =
    row.entity === 'Evidence'
      ? references.find(({ column, entity }) => entity !== Document.name && values?.[column] != null)
      : row.entity === 'Participation'
        ? references.find(({ entity }) => entity === 'Event')
        : undefined;
  if (!parent || !values) return rowKey(row.entity, row.rowId);
  const owner = { entity: parent.entity, rowId: Number(values[parent.column]), before: null, after: null, changeId: 0 };
  return ownerOf(tables, owner);
}

/**
 * What editors changed in a document since its last import, read from the history: every change
 * after the document's last import change that wrote one of its rows (its facts, their evidence
 * and parts, its lists, the actors it names) and was not undone since. Created and deleted rows
 * are told apart, so a fact created and another deleted count as two edits, not none. Undefined
 * when nothing changed.
 */
export async function editsSinceImport(em: EntityManager, document: Document): Promise<DocumentEdits | undefined> {
  const sql = new HistorySql(em);
  const tables = historyTables(em);
  const q = (name: string) => sql.quote(name);
  const [last] = await sql.all(
    `select max(${q('c')}.${q('id')}) as ${q('id')} from ${q('change')} ${q('c')} join ${q('change_row')} ${q('r')} on ${q('r')}.${q('change_id')} = ${q('c')}.${q('id')} where ${q('c')}.${q('kind')} = ? and ${q('r')}.${q('entity')} = ? and ${q('r')}.${q('row_id')} = ?`,
    [ChangeKind.IMPORT, Document.name, document.id],
  );
  const importId = Number(last?.id ?? 0);

  const changes = await sql.all(
    `select ${q('id')}, ${q('kind')}, ${q('reverts_change_id')} from ${q('change')} where ${q('id')} > ? order by ${q('id')}`,
    [importId],
  );
  const live = liveChanges(changes);
  if (!live.size) return undefined;

  // The document's rows: what its import wrote, and the actors its evidence names now.
  const owned = new Set<string>([rowKey(Document.name, document.id)]);
  for (const row of await sql.all(
    `select ${q('entity')}, ${q('row_id')} from ${q('change_row')} where ${q('change_id')} = ?`,
    [importId],
  ))
    owned.add(rowKey(String(row.entity), row.row_id));
  const evidence = tables.byEntity.get('Evidence')?.table ?? 'evidence';
  for (const row of await sql.all(
    `select distinct ${q('actor_id')} from ${q(evidence)} where ${q('document_id')} = ? and ${q('actor_id')} is not null`,
    [document.id],
  ))
    owned.add(rowKey('Actor', row.actor_id));

  const later: LaterRow[] = (
    await sql.all(
      `select ${q('change_id')}, ${q('entity')}, ${q('row_id')}, ${q('before')}, ${q('after')} from ${q('change_row')} where ${q('change_id')} > ? order by ${q('id')}`,
      [importId],
    )
  )
    .filter((row) => live.has(Number(row.change_id)))
    .map((row) => ({
      changeId: Number(row.change_id),
      entity: String(row.entity),
      rowId: Number(row.row_id),
      before: parsedRow(row.before),
      after: parsedRow(row.after),
    }));
  const ofDocument = (values: ColumnRow | ColumnRow[] | null) =>
    !!values && !Array.isArray(values) && Number(values.document_id) === document.id;
  // Rows made since, of the document's facts: their parts and evidence follow them.
  for (const row of later)
    if (ofDocument(row.before) || ofDocument(row.after)) owned.add(rowKey(row.entity, row.rowId));

  /** Per fact touched: its row as it was before the first change and after the last (undefined: only its parts changed). */
  const facts = new Map<string, { before?: unknown; after?: unknown; own: boolean }>();
  for (const row of later) {
    const owner = ownerOf(tables, row);
    if (!owned.has(rowKey(row.entity, row.rowId)) && !owned.has(owner)) continue;
    const own = owner === rowKey(row.entity, row.rowId);
    const earlier = facts.get(owner);
    if (!earlier) facts.set(owner, own ? { before: row.before, after: row.after, own } : { own });
    else if (own) facts.set(owner, { before: earlier.own ? earlier.before : row.before, after: row.after, own });
  }

  const edits = { documentEdited: false, edited: 0, created: 0, deleted: 0 };
  for (const [key, { before, after, own }] of facts) {
    if (key === rowKey(Document.name, document.id)) edits.documentEdited = true;
    else if (!own || (before && after)) edits.edited += 1;
    else if (after) edits.created += 1;
    else if (before) edits.deleted += 1;
  }
  const changed = edits.documentEdited || edits.edited + edits.created + edits.deleted > 0;
  return changed ? edits : undefined;
}
