import { Cursor, type EntityManager, type EntityName, type FilterQuery } from '@mikro-orm/core';
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
  if (after != null) {
    let decoded: unknown;
    try {
      decoded = Cursor.decode(after);
    } catch {
      decoded = undefined;
    }
    if (!Array.isArray(decoded) || decoded.length === 0) {
      throw badUserInput('"after" is not a cursor returned by this list.', 'after');
    }
  }
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
  let cursor: Cursor<T>;
  try {
    cursor = await em.findByCursor(entity, where, {
      first,
      after: args.after ?? undefined,
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
    edges: nodes.map((node) => ({ cursor: cursor.from(node), node })),
    nodes,
    // Not counted only when not asked for, so never sent.
    totalCount: includeCount ? cursor.totalCount : -1,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: nodes.length ? cursor.startCursor : null,
      endCursor: nodes.length ? cursor.endCursor : null,
    }),
  };
}
