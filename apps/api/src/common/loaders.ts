import type { EntityClass, EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { OrderBy } from './order.js';
import { Reader } from './read.js';

/** Makes one kind of DataLoader over a request's reader. */
export type LoaderFactory<K, V, C = K> = (reader: Reader) => DataLoader<K, V, C>;

/** The column each row names its parent by; every column named `list_…` is the query's own. */
const PARENT = 'list_parent';
/** The column the window function numbers each row within its parent by. */
const RANK = 'list_rank';
/**
 * Up to this many parents, each parent's rows are a branch of their own, cut by LIMIT, so the
 * database reads only the rows it returns; past it, one window function numbers the rows of all.
 */
const LIMIT_PER_PARENT_UP_TO = 50;

/** A piece of SQL and the values bound to its placeholders. */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** The condition that a column holds the id of one of the parents asked for. */
export type ParentMatch = (column: string) => SqlPart;

/** The rows of a list field: of one table, each with its parent's id as `list_parent`. */
export interface ParentRowsQuery {
  /**
   * SELECTs of the entity's columns (`columns(table)`: those the request reads) plus `<parent
   * id> as list_parent`, for the parents that `parents` matches; several are combined with UNION
   * ALL (each one free to use its own index).
   */
  branches(parents: ParentMatch, columns: (table: string) => string): SqlPart[];
  /** The ORDER BY of the rows within a parent, over the branches' column names. */
  orderBy: string;
  /** The entity's properties `orderBy` names, read whatever the query selects. */
  orderProperties: readonly string[];
}

/** `first` rows of a query, in the list's order. */
function limited(part: SqlPart, orderBy: string, first: number): SqlPart {
  return { sql: `select * from (${part.sql}) list_rows order by ${orderBy} limit ?`, params: [...part.params, first] };
}

/** Several queries as one, by UNION ALL, each kept whole as a derived table. */
function unionAll(parts: SqlPart[]): SqlPart {
  return {
    sql: parts.map((part, index) => `select * from (${part.sql}) list_part_${index}`).join(' union all '),
    params: parts.flatMap((part) => part.params),
  };
}

/** Parents given as a list of ids. */
function parentsIn(ids: readonly number[]): ParentMatch {
  return (column) => ({ sql: `${column} in (${placeholders(ids)})`, params: [...ids] });
}

/** The select list of an entity's columns over a table name or alias. */
export type Columns = (table: string) => string;

/** The one parent of a LATERAL subquery, one row of `list_parents`. */
const lateralParent: ParentMatch = (column) => ({ sql: `${column} = list_parents.list_id`, params: [] });

/** The first `first` rows of one parent (all its branches), in the list's order. */
function firstOfOneParent(query: ParentRowsQuery, parent: ParentMatch, columns: Columns, first: number): SqlPart {
  const branches = query.branches(parent, columns).map((branch) => limited(branch, query.orderBy, first));
  return branches.length === 1 && branches[0] ? branches[0] : limited(unionAll(branches), query.orderBy, first);
}

/**
 * The statement that returns the first `first` rows of each parent, in parent then list order.
 * PostgreSQL runs the per-parent query once per parent through LATERAL, planned once whatever
 * the number of parents (a UNION ALL of fifty branches costs more to plan than to run).
 */
function firstPerParentSql(
  parentIds: readonly number[],
  query: ParentRowsQuery,
  columns: Columns,
  first: number,
  lateral: boolean,
): SqlPart {
  const { orderBy } = query;
  if (lateral) {
    const rows = firstOfOneParent(query, lateralParent, columns, first);
    return {
      sql:
        `select list_rows.* from (select unnest(cast(? as integer[])) as list_id) list_parents` +
        ` cross join lateral (${rows.sql}) list_rows order by ${PARENT}, ${orderBy}`,
      params: [[...parentIds], ...rows.params],
    };
  }
  if (parentIds.length <= LIMIT_PER_PARENT_UP_TO) {
    const perParent = parentIds.map((id) => firstOfOneParent(query, parentsIn([id]), columns, first));
    const rows = unionAll(perParent);
    return { sql: `select * from (${rows.sql}) list_all order by ${PARENT}, ${orderBy}`, params: rows.params };
  }
  const rows = unionAll(query.branches(parentsIn(parentIds), columns));
  return {
    sql:
      `select * from (select list_rows.*, row_number() over (partition by ${PARENT} order by ${orderBy}) as ${RANK}` +
      ` from (${rows.sql}) list_rows) ranked where ${RANK} <= ? order by ${PARENT}, ${RANK}`,
    params: [...rows.params, first],
  };
}

/**
 * The first `first` rows of each parent, in one statement for every parent and cut in SQL, so the
 * database sends only what a response shows, however many children a parent has: a LIMIT per
 * parent for the few parents of most queries, a window function numbering the rows per parent
 * for many. Rows come back as read-only instances of the entity (see `Reader`).
 */
export async function firstPerParent<T extends object>(
  reader: Reader,
  entity: EntityClass<T>,
  parentIds: readonly number[],
  query: ParentRowsQuery,
  first: number,
): Promise<T[][]> {
  const byParent = new Map<number, T[]>(parentIds.map((id) => [id, []]));
  if (first > 0 && parentIds.length > 0) {
    const { columns, map } = reader.read(entity, query.orderProperties);
    const { sql, params } = firstPerParentSql(parentIds, query, columns, first, reader.dialect === 'postgresql');
    const rows = await reader.rows(sql, params);
    // The mapper reads the entity's columns only, not the query's own (`list_…`).
    for (const row of rows) byParent.get(Number(row[PARENT]))?.push(map(row));
  }
  return parentIds.map((id) => byParent.get(id) ?? []);
}

/** `?, ?, ?` for a list of values bound one by one. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/**
 * The DataLoaders of one request, each made on first use and dropped with the request. Features
 * define their loaders as factories next to their entities; this cache knows none of them.
 * MikroORM batches single references itself; these batch "the children of each parent".
 */
export class RequestLoaders {
  readonly #loaders = new Map<unknown, unknown>();
  /** This request's reads: SQL mapped into plain instances, no identity map. */
  readonly reader: Reader;

  constructor(em: EntityManager) {
    this.reader = new Reader(em);
  }

  /** This request's loader from `factory`: one per factory, or one per `key` when it is given. */
  get<K, V, C = K>(factory: LoaderFactory<K, V, C>, key: unknown = factory): DataLoader<K, V, C> {
    let loader = this.#loaders.get(key) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = factory(this.reader);
      this.#loaders.set(key, loader);
    }
    return loader;
  }

  /**
   * The first `first` rows of `entity` whose many-to-one `field` points at each given parent id, in
   * `orderBy` order: one statement per field, however many parents a query lists and however
   * many children each has.
   */
  childrenOf<T extends { id: number }>(
    entity: EntityClass<T>,
    field: string & keyof T,
    orderBy = { id: 'asc' } as OrderBy<T>,
    first = Number.MAX_SAFE_INTEGER,
  ): DataLoader<number, T[]> {
    // The order and the limit belong to the key: the same children cut or ordered otherwise are another answer.
    const key = `${entity.name}.${field} ${JSON.stringify(orderBy)} ${first}`;
    return this.get(
      (reader) =>
        new DataLoader<number, T[]>((parentIds) => {
          const meta = reader.meta(entity);
          const column = (name: string) => reader.column(entity, name);
          const order = Object.entries(orderBy)
            .map(([name, direction]) => `${column(name)} ${direction === 'desc' ? 'desc' : 'asc'}`)
            .join(', ');
          const parent = column(field);
          return firstPerParent(
            reader,
            entity,
            parentIds,
            {
              branches: (parents, columns) => {
                const match = parents(parent);
                return [
                  {
                    sql: `select ${columns(meta.tableName)}, ${parent} as ${PARENT} from ${meta.tableName} where ${match.sql}`,
                    params: match.params,
                  },
                ];
              },
              orderBy: order,
              orderProperties: Object.keys(orderBy),
            },
            first,
          );
        }),
      key,
    );
  }

  /**
   * The first `first` entities a many-to-many `pivot` table links each parent to, in the order
   * they were linked (the pivot's ids): one statement per field.
   */
  linkedTo<T extends { id: number }>(
    entity: EntityClass<T>,
    pivot: { table: string; parentColumn: string; childColumn: string },
    first: number,
  ): DataLoader<number, T[]> {
    const key = `${entity.name} via ${pivot.table}.${pivot.parentColumn} ${first}`;
    return this.get(
      (reader) =>
        new DataLoader<number, T[]>((parentIds) => {
          const table = reader.meta(entity).tableName;
          return firstPerParent(
            reader,
            entity,
            parentIds,
            {
              branches: (parents, columns) => {
                const match = parents(`link.${pivot.parentColumn}`);
                return [
                  {
                    sql:
                      `select ${columns(table)}, link.${pivot.parentColumn} as ${PARENT}, link.id as list_order from ${pivot.table} link` +
                      ` join ${table} on ${table}.id = link.${pivot.childColumn} where ${match.sql}`,
                    params: match.params,
                  },
                ];
              },
              orderBy: 'list_order',
              orderProperties: [],
            },
            first,
          );
        }),
      key,
    );
  }

  /**
   * The entity whose `property` (a unique column: `id`, `slug`) has each given value, or null:
   * one statement for every value a response asks for. Many-to-one fields load their target by
   * its id through this.
   */
  oneBy<T extends object, V extends string | number>(
    entity: EntityClass<T>,
    property: string & keyof T,
  ): DataLoader<V, T | null> {
    return this.get(
      (reader) =>
        new DataLoader<V, T | null>(async (values) => {
          const column = reader.column(entity, property);
          const table = reader.meta(entity).tableName;
          const { columns, map } = reader.read(entity, [property]);
          const found = await reader.entities(
            entity,
            `select ${columns(table)} from ${table} where ${column} in (${placeholders(values)})`,
            values,
            map,
          );
          const byValue = new Map(found.map((item) => [(item as Record<string, unknown>)[property], item]));
          return values.map((value) => byValue.get(value) ?? null);
        }),
      `${entity.name} by ${property}`,
    );
  }

  /** The entity with this id, or null, batched with every other id the response asks for. */
  byId<T extends { id: number }>(entity: EntityClass<T>, id: number): Promise<T | null> {
    return this.oneBy<T, number>(entity, 'id').load(id);
  }

  /** The entity a many-to-one property refers to (`{ id }` or a reference), or null when it is empty. */
  referenced<T extends { id: number }>(
    entity: EntityClass<T>,
    reference: { id: number } | null | undefined,
  ): Promise<T | null> {
    return reference ? this.byId(entity, reference.id) : Promise.resolve(null);
  }
}
