import { Cursor, Utils, type EntityManager, type EntityName, type FilterQuery } from '@mikro-orm/core';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors.js';
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

/**
 * One page of a Relay connection, keyset-paginated by MikroORM's `findByCursor` on a unique order
 * (so pages stay stable while rows are added). `hasNextPage` comes from fetching one row more than
 * the page; the rows are counted only when the query asks for `totalCount` (pass `info`).
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: OrderBy<T>,
  args: PageRequest,
  info?: GraphQLResolveInfo,
): Promise<ConnectionShape<T>> {
  const first = checkPageArgs(args);
  const includeCount = asksForTotalCount(info);
  const list = cursorList(entity, orderBy);
  const after =
    args.after == null ? undefined : Cursor.encode(cursorValuesFor(args.after, list, Object.keys(orderBy).length));
  // Our cursors wrap MikroORM's: its values, tagged with the list they belong to.
  const wrap = (inner: string) => encodeCursor(list, Cursor.decode(inner));
  let cursor: Cursor<T>;
  try {
    cursor = await em.findByCursor(entity, where, {
      first,
      after,
      orderBy,
      includeCount,
    });
  } catch (error) {
    // A cursor that decodes but does not fit this list's order (taken from another list).
    if (args.after != null && error instanceof Error && /cursor/i.test(error.message)) {
      throw badUserInput('"after" is not a cursor returned by this list.', 'after');
    }
    throw error;
  }
  const nodes = [...cursor.items] as T[];
  return {
    edges: nodes.map((node) => ({ cursor: wrap(cursor.from(node)), node })),
    nodes,
    // Not counted only when not asked for, so never sent.
    totalCount: includeCount ? cursor.totalCount : -1,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: nodes.length && cursor.startCursor ? wrap(cursor.startCursor) : null,
      endCursor: nodes.length && cursor.endCursor ? wrap(cursor.endCursor) : null,
    }),
  };
}
