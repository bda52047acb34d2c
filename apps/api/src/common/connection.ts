import { Utils, type EntityClass, type EntityKey, type EntityName } from '@mikro-orm/core';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors.js';
import { placeholders, type SqlPart } from './loaders.js';
import type { Reader } from './read.js';
import type { OrderBy } from './order.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageRequest } from './page.args.js';

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Type>Connection` and `<Type>Edge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, plural: string) {
  const typeName = nodeType.name;

  @ObjectType(`${typeName}Edge`, { description: `One ${typeName} in a page of ${plural}, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${typeName}.` })
    node!: T;
  }

  @ObjectType()
  abstract class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: `The ${plural} of this page, each with its cursor.` })
    edges!: Edge[];

    @Field(() => [nodeType], { description: `The ${plural} of this page, without cursors.` })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} match, across all pages.` })
    totalCount!: number;
  }

  return Connection;
}

/** Checks `first`/`after` and returns a usable page size; bad values are client errors. */
export function checkPageArgs({ first, after }: PageRequest): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`, 'first');
  }
  if (after != null) decodeCursor(after);
  return size;
}

/** Whether a selection set, through its fragments, selects the field `name`. */
function selects(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  return (selectionSet?.selections ?? []).some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === name;
      case Kind.INLINE_FRAGMENT:
        return selects(selection.selectionSet, name, info);
      case Kind.FRAGMENT_SPREAD:
        return selects(info.fragments[selection.name.value]?.selectionSet, name, info);
    }
  });
}

/** Whether the connection field being resolved asks for its `totalCount` (always, without `info`). */
export function asksForTotalCount(info: GraphQLResolveInfo | undefined): boolean {
  return !info || info.fieldNodes.some((node) => selects(node.selectionSet, 'totalCount', info));
}

/**
 * Cursors are opaque to clients but not to the server: base64url of the JSON array
 * `[list, ...values]`, where `list` names the entity and order the cursor was made for
 * (`Actor:slug:asc`) and `values` are the ordering columns of the item it points at.
 */
type CursorValue = string | number;

/** What a cursor made for this entity and order says it belongs to. */
export function cursorList<T extends object>(entity: EntityName<T>, orderBy: OrderBy<T>): string {
  const order = Object.entries(orderBy).map(([column, direction]) => `${column}:${String(direction)}`);
  return [Utils.className(entity), ...order].join(':');
}

export function encodeCursor(list: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([list, ...values]), 'utf8').toString('base64url');
}

const notACursor = () => badUserInput('"after" is not a cursor returned by this list.', 'after');

/**
 * The list and values of a cursor, strictly: base64url of a JSON array whose first item is a
 * list name and whose others are plain strings or numbers, so that nothing a client crafts (an
 * object such as `{"$ne": null}`) reaches the ORM as a query operator.
 */
export function decodeCursor(cursor: string): { list: string; values: CursorValue[] } {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw notACursor();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notACursor();
  }
  if (!Array.isArray(decoded) || decoded.length < 2) throw notACursor();
  const [list, ...values] = decoded as unknown[];
  if (typeof list !== 'string') throw notACursor();
  const plain = values.filter(
    (value): value is CursorValue => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
  );
  if (plain.length !== values.length) throw notACursor();
  return { list, values: plain };
}

/** The values of a cursor made for `list` with `columns` ordering columns; any other is a client error. */
function cursorValuesFor(cursor: string, list: string, columns: number): CursorValue[] {
  const decoded = decodeCursor(cursor);
  if (decoded.list !== list || decoded.values.length !== columns) throw notACursor();
  return decoded.values;
}

/** The conditions a root list is filtered by, ANDed; one that can match nothing empties the list. */
export type Conditions = (SqlPart | typeof NOTHING)[];

/** A condition no row meets (a filter naming an actor that does not exist): the page is empty, unasked. */
export const NOTHING = Symbol('nothing');

/** The column of a page's statement that holds the count of the whole list. */
const TOTAL_COUNT = 'list_total_count';

/** `column in (…)` over the given values. */
export function isIn(column: string, values: readonly unknown[]): SqlPart {
  return { sql: `${column} in (${placeholders(values)})`, params: [...values] };
}

/** The values of a cursor, checked against the types of the ordering properties (so SQL never sees a mismatch). */
function typedCursorValues(values: CursorValue[], types: readonly string[]): CursorValue[] {
  values.forEach((value, index) => {
    if ((types[index] === 'number') !== (typeof value === 'number')) throw notACursor();
  });
  return values;
}

/**
 * One page of a Relay connection, keyset-paginated on a unique order (so pages stay stable
 * while rows are added) in one parameterised statement through the request's reader: no ORM,
 * no identity map. `hasNextPage` comes from fetching one row more than the page; the rows are
 * counted only when the query asks for `totalCount` (pass `info`), in the same statement.
 */
export async function paginate<T extends object>(
  reader: Reader,
  entity: EntityClass<T>,
  conditions: Conditions,
  orderBy: OrderBy<T>,
  args: PageRequest,
  info?: GraphQLResolveInfo,
): Promise<ConnectionShape<T>> {
  const first = checkPageArgs(args);
  const includeCount = asksForTotalCount(info);
  const list = cursorList(entity, orderBy);
  const meta = reader.meta(entity);
  const properties = Object.keys(orderBy);
  const columns = properties.map((property) => reader.column(entity, property));
  const descending = Object.values(orderBy).map((direction) => String(direction).toLowerCase() === 'desc');
  // One comparison of the whole row of ordering columns: the order must run one way.
  if (descending.some((down) => down !== descending[0])) throw new Error(`${list}: mixed directions`);
  const after =
    args.after == null
      ? undefined
      : typedCursorValues(
          cursorValuesFor(args.after, list, properties.length),
          properties.map((property) => meta.properties[property as EntityKey<T>].runtimeType),
        );
  if (conditions.includes(NOTHING))
    return connectionOf([], false, after !== undefined, includeCount ? 0 : -1, () => '');
  const where = conditions.filter((condition): condition is SqlPart => condition !== NOTHING);
  const filter = where.length ? ` where ${where.map((part) => `(${part.sql})`).join(' and ')}` : '';
  const filterParams = where.flatMap((part) => part.params);
  const keyset =
    after === undefined
      ? []
      : [
          {
            sql:
              columns.length === 1
                ? `${columns[0]} ${descending[0] ? '<' : '>'} ?`
                : `(${columns.join(', ')}) ${descending[0] ? '<' : '>'} (${placeholders(after)})`,
            params: after,
          },
        ];
  const pageWhere = [...where, ...keyset];
  const order = columns.map((column, index) => `${column} ${descending[index] ? 'desc' : 'asc'}`).join(', ');
  const count = { sql: `select count(*) as total from ${meta.tableName}${filter}`, params: filterParams };
  // The ordering properties make the cursors, whatever the query selects.
  const read = reader.read(entity, properties);
  // The count rides in the page's statement, a subquery PostgreSQL and SQLite run once: one
  // statement, not two. Every row carries it, so only an empty page goes without.
  let carried: unknown;
  const rows = await reader.entities(
    entity,
    `select ${read.columns(meta.tableName)}` +
      (includeCount ? `, (${count.sql}) as ${TOTAL_COUNT}` : '') +
      ` from ${meta.tableName}` +
      (pageWhere.length ? ` where ${pageWhere.map((part) => `(${part.sql})`).join(' and ')}` : '') +
      ` order by ${order} limit ?`,
    [...(includeCount ? count.params : []), ...pageWhere.flatMap((part) => part.params), first + 1],
    (row) => {
      carried ??= row[TOTAL_COUNT];
      return read.map(row);
    },
  );
  // Not counted only when not asked for, so never sent. An empty first page counts nothing; after
  // a cursor, the rows before it may still match.
  const totalCount = !includeCount
    ? -1
    : carried !== undefined
      ? Number(carried)
      : after === undefined
        ? 0
        : Number((await reader.rows(count.sql, count.params))[0]?.total ?? 0);
  const nodes = rows.slice(0, first);
  const cursorOf = (node: T) =>
    encodeCursor(
      list,
      properties.map((property) => (node as Record<string, unknown>)[property]),
    );
  return connectionOf(nodes, rows.length > first, after !== undefined, totalCount, cursorOf);
}

/**
 * A connection of a page's nodes. Their cursors are made when first read (edges, start or end
 * cursor): a query that asks for `nodes` only, as most lists do, encodes none.
 */
function connectionOf<T>(
  nodes: T[],
  hasNextPage: boolean,
  hasPreviousPage: boolean,
  totalCount: number,
  cursorOf: (node: T) => string,
): ConnectionShape<T> {
  let cursors: string[] | undefined;
  const cursorsOf = () => (cursors ??= nodes.map(cursorOf));
  const pageInfo = Object.assign(new PageInfo(), { hasNextPage, hasPreviousPage });
  Object.defineProperties(pageInfo, {
    startCursor: { get: () => cursorsOf()[0] ?? null, enumerable: true, configurable: true },
    endCursor: { get: () => cursorsOf().at(-1) ?? null, enumerable: true, configurable: true },
  });
  let edges: { cursor: string; node: T }[] | undefined;
  return {
    get edges() {
      return (edges ??= nodes.map((node, index) => ({ cursor: cursorsOf()[index] ?? '', node })));
    },
    nodes,
    totalCount,
    pageInfo,
  };
}
