import type { EntityClass } from '@mikro-orm/core';
import type { FormattedExecutionResult } from 'graphql';
import { expect } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { readRows } from '../src/common/read.js';
import type { Viewer } from '../src/common/viewer.js';
import { historyTables } from '../src/history/history-tables.js';
import type { TestApi } from './harness.js';

/** An editor, the least role that may read the history and revert. */
export const editor: Viewer = { userId: 7, name: 'Eda Editor', role: 'editor' };

/** A public query of one node (or more), with its variables. */
export interface NodeQuery {
  query: string;
  variables?: Record<string, unknown>;
}

/** Every table the history records (entities' and lists of links'), by entity or list name. */
function recordedTables(api: TestApi): Map<string, { table: string; versionColumn?: string }> {
  const tables = historyTables(api.db.orm.em);
  return new Map([
    ...[...tables.byEntity.values()].map((table) => [table.entity, table] as const),
    ...tables.lists.map((list) => [list.name, { table: list.table }] as const),
  ]);
}

/**
 * How many rows each table the history records holds, by entity (or list) name, in one
 * statement; only those of `entities` when given. Shows that a refused mutation wrote nothing and
 * a revert left nothing behind.
 */
export async function countRows(api: TestApi, entities?: EntityClass<object>[]): Promise<Record<string, number>> {
  const em = api.db.orm.em.fork();
  const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
  const tables = [...recordedTables(api)]
    .filter(([name]) => !entities || entities.some((entity) => entity.name === name))
    .sort(([a], [b]) => a.localeCompare(b));
  // Positional aliases: list names hold a dot, which quoting would split.
  const counts = tables.map(([, { table }], index) => `(select count(*) from ${quote(table)}) as c${String(index)}`);
  const [row] = await readRows(em, `select ${counts.join(', ')}`, []);
  return Object.fromEntries(tables.map(([name], index) => [name, Number(row?.[`c${String(index)}`])]));
}

/**
 * Every row of every table the history records, without versions (a revert moves them forward
 * on purpose): the whole stored story, to compare exactly before a change and after its revert.
 */
export async function storedRows(api: TestApi): Promise<Record<string, Record<string, unknown>[]>> {
  const em = api.db.orm.em.fork();
  const stored: Record<string, Record<string, unknown>[]> = {};
  for (const [name, { table, versionColumn }] of recordedTables(api)) {
    const rows = await readRows(em, `select * from ${em.getPlatform().quoteIdentifier(table)}`, []);
    stored[name] = rows
      .map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => column !== versionColumn)))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return stored;
}

/** The id of the latest recorded change, 0 when there is none. */
export async function latestChangeId(api: TestApi): Promise<number> {
  const [row] = await readRows(api.db.orm.em, 'select max(id) as latest from change', []);
  return Number(row?.latest ?? 0);
}

export async function revert(
  api: TestApi,
  changeId: string,
  viewer: Viewer = editor,
): Promise<FormattedExecutionResult> {
  const { result } = await api.request(
    `mutation Revert($changeId: ID!) { revert(input: { changeId: $changeId }) { change { id kind } reverted { id revertedBy { id } } } }`,
    { changeId },
    viewer,
  );
  return result;
}

/** The global ID of a change from its database id. */
export function changeGlobalId(id: number): string {
  return toGlobalId('Change', id);
}

/**
 * Runs `mutate` (one change), checks it changed what `nodeQuery` shows, reverts it through the
 * API and checks that the query answers exactly as before and every table holds as many rows.
 * Returns the global IDs of the change and of its revert.
 */
export async function expectRevertRestores(
  api: TestApi,
  nodeQuery: NodeQuery,
  mutate: () => Promise<unknown>,
  viewer: Viewer = editor,
): Promise<{ change: string; revert: string }> {
  const read = async () => (await api.request(nodeQuery.query, nodeQuery.variables, viewer)).result;
  const before = await read();
  expect(before.errors).toBeUndefined();
  const countsBefore = await countRows(api);
  const latestBefore = await latestChangeId(api);

  await mutate();
  const latest = await latestChangeId(api);
  expect(latest, 'the mutation recorded a change').toBeGreaterThan(latestBefore);
  expect(await read(), 'the mutation changed what the query shows').not.toEqual(before);

  const change = changeGlobalId(latest);
  const reverted = await revert(api, change, viewer);
  expect(reverted.errors).toBeUndefined();
  expect(await read()).toEqual(before);
  expect(await countRows(api)).toEqual(countsBefore);
  const revertId = (reverted.data as { revert: { change: { id: string } } }).revert.change.id;
  return { change, revert: revertId };
}
