import type { EntityClass, EntityManager, EntityProperty } from '@mikro-orm/core';
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
    const items: T[] = [];
    // The mapper reads the entity's columns only, not the query's own (`list_…`).
    for (const row of rows) {
      const item = map(row);
      items.push(item);
      byParent.get(Number(row[PARENT]))?.push(item);
    }
    const loading = reader.loading(entity, items);
    if (loading) await loading;
  }
  return parentIds.map((id) => byParent.get(id) ?? []);
}

/** `?, ?, ?` for a list of values bound one by one. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** The many-to-one properties, by entity name, whose targets are loaded with the rows that refer to them. */
const loadedWithRows = new Map<string, readonly string[]>();

/**
 * Declares many-to-one fields whose resolver is `loaders.referenced(Target, root.field)`: when a
 * query selects one of them on the entity's type, a read of the entity's rows loads their
 * targets before handing the rows on (in the same batch their field resolvers would have made),
 * and the field resolvers then answer from what is loaded, without a promise per row.
 */
export function loadWithRows(entity: EntityClass<object>, fields: readonly string[]): void {
  loadedWithRows.set(entity.name, fields);
}

/** A resolved promise to schedule batches after the current promise jobs, as DataLoader does. */
const settled = Promise.resolve();

/** The values asked for since the last batch went out, and what they found once it has answered. */
class Batch<V, T> {
  readonly values: V[] = [];
  /** Resolves once the batch has answered (or rejects with its failure). */
  answer!: Promise<void>;
  #answers: (T | null)[] = [];
  #byValue?: Map<V, T | null>;

  answered(answers: (T | null)[]): void {
    this.#answers = answers;
  }

  /** What `value` found, by value: indexed on first use, as most batches are only waited on whole. */
  answerFor(value: V): T | null {
    if (!this.#byValue) {
      this.#byValue = new Map();
      this.values.forEach((asked, index) => this.#byValue?.set(asked, this.#answers[index] ?? null));
    }
    return this.#byValue.get(value) ?? null;
  }
}

/**
 * Looks entities up by a unique value, batched as DataLoader batches (the values asked for while
 * the current promise jobs run go out together, once each), and keeps what it found for the
 * request: a value already found is answered without a promise (`found`), and a whole list of
 * values is loaded with one promise (`loadAll`), where DataLoader makes one or two per value. A
 * batch that fails fails every value it asked for, for the rest of the request.
 */
export class ByValueLoader<V, T> {
  /** What each value found, null for nothing; absent until its batch has answered. */
  readonly #found = new Map<V, T | null>();
  /** The promise handed out for each value. */
  readonly #promises = new Map<V, Promise<T | null>>();
  /** The batch each value was asked in (kept once answered: `#found` is looked at first). */
  readonly #asked = new Map<V, Batch<V, T>>();
  /** The batch still to go out. */
  #batch: Batch<V, T> | undefined;

  constructor(private readonly fetch: (values: V[]) => Promise<(T | null)[]>) {}

  /** What `value` found, null for nothing, or undefined when it has not been loaded yet. */
  found(value: V): T | null | undefined {
    return this.#found.get(value);
  }

  /** The entity with this value, or null. */
  load(value: V): Promise<T | null> {
    let promise = this.#promises.get(value);
    if (promise) return promise;
    const found = this.#found.get(value);
    if (found !== undefined) promise = Promise.resolve(found);
    else {
      const batch = this.#ask(value);
      promise = batch.answer.then(() => batch.answerFor(value));
    }
    this.#promises.set(value, promise);
    return promise;
  }

  /** Resolves once every value has been looked up, found or not; a failed lookup is left to `load`. */
  loadAll(values: readonly V[]): Promise<void> {
    let batches: Set<Batch<V, T>> | undefined;
    for (const value of values) {
      if (this.#found.has(value)) continue;
      (batches ??= new Set()).add(this.#ask(value));
    }
    if (!batches) return settled;
    return Promise.all([...batches].map((batch) => batch.answer)).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Forgets `value`, so that it is read again. */
  clear(value: V): this {
    this.#found.delete(value);
    this.#promises.delete(value);
    this.#asked.delete(value);
    return this;
  }

  /** The batch `value` was asked in, else the one still to go out (made and scheduled when there is none). */
  #ask(value: V): Batch<V, T> {
    const asked = this.#asked.get(value);
    if (asked) return asked;
    let batch = this.#batch;
    if (!batch) {
      const created = new Batch<V, T>();
      created.answer = new Promise((resolve, reject) => {
        void settled.then(() => process.nextTick(() => this.#send(created).then(resolve, reject)));
      });
      this.#batch = batch = created;
    }
    batch.values.push(value);
    this.#asked.set(value, batch);
    return batch;
  }

  /** Sends a batch and keeps what each of its values found. */
  async #send(batch: Batch<V, T>): Promise<void> {
    if (this.#batch === batch) this.#batch = undefined;
    const answers = await this.fetch(batch.values);
    batch.answered(answers);
    batch.values.forEach((value, index) => {
      // A value cleared meanwhile is read again when next asked.
      if (this.#asked.get(value) === batch) this.#found.set(value, answers[index] ?? null);
    });
  }
}

/**
 * The DataLoaders of one request, each made on first use and dropped with the request. Features
 * define their loaders as factories next to their entities; this cache knows none of them.
 * MikroORM batches single references itself; these batch "the children of each parent".
 */
export class RequestLoaders {
  readonly #loaders = new Map<unknown, unknown>();
  /** The loaders by id, by entity: asked for once per row of a page, without building their key. */
  readonly #byId = new Map<EntityClass<object>, ByValueLoader<number, object>>();
  /** This request's reads: SQL mapped into plain instances, no identity map. */
  readonly reader: Reader;

  constructor(em: EntityManager) {
    this.reader = new Reader(em, (entity, items) => this.#loadReferences(entity, items));
  }

  /**
   * Loads the targets of the fields `loadWithRows` declared for `entity` that the query selects:
   * one `loadMany` per field, batched as the field resolvers' own loads would be. A failed load is
   * left to the field resolvers, which get the same error from the loader's cache.
   */
  #loadReferences(entity: EntityClass<object>, items: readonly object[]): Promise<unknown> | undefined {
    const fields = loadedWithRows.get(entity.name);
    if (!fields) return undefined;
    const loads: Promise<unknown>[] = [];
    for (const field of fields) {
      if (!this.reader.selects(entity.name, field)) continue;
      const properties = this.reader.meta(entity).properties as Record<string, EntityProperty | undefined>;
      const target = properties[field]?.targetMeta?.class;
      if (!target) continue;
      const ids: number[] = [];
      for (const item of items) {
        const id = (item as Record<string, { id: number } | null | undefined>)[field]?.id;
        if (id != null) ids.push(id);
      }
      if (ids.length) loads.push(this.#loaderById(target).loadAll(ids));
    }
    return loads.length ? Promise.all(loads) : undefined;
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
  ): ByValueLoader<V, T> {
    const key = `${entity.name} by ${property}`;
    const known = this.#loaders.get(key) as ByValueLoader<V, T> | undefined;
    if (known) return known;
    const reader = this.reader;
    const loader = new ByValueLoader<V, T>(async (values) => {
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
    });
    this.#loaders.set(key, loader);
    return loader;
  }

  /** The entity with this id, or null, batched with every other id the response asks for. */
  byId<T extends { id: number }>(entity: EntityClass<T>, id: number): Promise<T | null> {
    return this.#loaderById(entity).load(id);
  }

  /** `oneBy(entity, 'id')`, looked up by the entity alone. */
  #loaderById<T extends { id: number }>(entity: EntityClass<T>): ByValueLoader<number, T> {
    let loader = this.#byId.get(entity) as ByValueLoader<number, T> | undefined;
    if (!loader) {
      loader = this.oneBy<T, number>(entity, 'id');
      this.#byId.set(entity, loader);
    }
    return loader;
  }

  /**
   * The entity a many-to-one property refers to (`{ id }` or a reference), or null when it is
   * empty: as it is when this request has already loaded it (see `loadWithRows`), else a promise.
   */
  referenced<T extends { id: number }>(
    entity: EntityClass<T>,
    reference: { id: number } | null | undefined,
  ): T | null | Promise<T | null> {
    if (!reference) return null;
    const loader = this.#loaderById(entity);
    const found = loader.found(reference.id);
    return found !== undefined ? found : loader.load(reference.id);
  }
}
