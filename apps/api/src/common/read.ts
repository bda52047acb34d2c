import type { EntityClass, EntityKey, EntityManager, EntityMetadata, EntityProperty, Platform } from '@mikro-orm/core';
import { checkDeadline } from './deadline.js';
import type { FieldsByType } from './read-selection.js';
import { buildRowMapper, columnsOfProperty, type Row, type RowMapper } from './row-mapper.js';

export type { Row } from './row-mapper.js';

/** Told of every read statement before it runs. */
export type ReadListener = (sql: string, params: readonly unknown[]) => void;

const readListeners = new Set<ReadListener>();

/** Calls `listener` with every read statement from now on, until the returned function is called. */
export function onRead(listener: ReadListener): () => void {
  readListeners.add(listener);
  return () => readListeners.delete(listener);
}

/** What the pooled connections of the two drivers offer a read. */
interface PgClient {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: Row[] }>;
}
interface SqliteDatabase {
  prepare(sql: string): { all(...params: unknown[]): Row[] };
}
interface PooledClient {
  acquireConnection(): Promise<PgClient | SqliteDatabase>;
  releaseConnection(connection: unknown): Promise<unknown>;
  positionBindings?(sql: string): string;
  /** `postgresql`, `better-sqlite3`. */
  dialect: string;
}

/** The query builder's client of the ORM's connection, which holds the pool of driver connections. */
function clientOf(em: EntityManager): PooledClient {
  return (em.getConnection() as unknown as { getKnex(): { client: PooledClient } }).getKnex().client;
}

/**
 * Statements already translated (PostgreSQL's `$1`), and row mappers by the columns they read.
 * Reads that fetch only the selected columns make a text and a mapper per selection, so crafted
 * queries could make thousands: 500 keeps every hot one and well under a few MB of heap.
 */
const MAX_CACHED_STATEMENTS = 500;
/**
 * SQLite statements kept prepared per connection. Each holds its compiled program outside the
 * heap, about 20 KB for a read with a join (measured), and batched reads make a new text for
 * every length of their `in (…)` list: 500 keeps every hot statement and about 10 MB.
 */
const MAX_PREPARED_SQLITE = 500;
const pgStatements = new Map<string, { text: string; name?: string }>();
/** Names given to PostgreSQL prepared statements so far; never reused, so a name always means one text. */
let preparedNames = 0;
/** Past this many, statements run unnamed: each pooled connection keeps every statement it prepared. */
const MAX_PREPARED = 500;
const sqliteStatements = new WeakMap<SqliteDatabase, Map<string, ReturnType<SqliteDatabase['prepare']>>>();

/** A cache that forgets everything when full: the API's statements are few shapes, so it rarely fills. */
function cached<V>(cache: Map<string, V>, key: string, make: () => V, max = MAX_CACHED_STATEMENTS): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= max) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * Runs one read statement (`?` placeholders, values bound by the driver) and returns its rows.
 * Every SQL statement the API's read path sends goes through this function, so that whatever
 * must watch them all (a deadline, a log, a count) has one place to live. It borrows a pooled
 * connection and runs the statement on the driver itself: the ORM's and the query builder's
 * layers cost more per statement than the driver does, and a read needs none of them. SQLite
 * statements are prepared once per connection.
 */
export async function readRows(em: EntityManager, sql: string, params: readonly unknown[]): Promise<Row[]> {
  // Reads bypass the ORM, so its onQuery hook never sees them: the operation's deadline is checked here.
  checkDeadline();
  for (const listener of readListeners) listener(sql, params);
  const client = clientOf(em);
  const connection = await client.acquireConnection();
  try {
    if ('prepare' in connection) {
      let statements = sqliteStatements.get(connection);
      if (!statements) {
        statements = new Map();
        sqliteStatements.set(connection, statements);
      }
      return cached(statements, sql, () => connection.prepare(sql), MAX_PREPARED_SQLITE).all(...params);
    }
    const statement = cached(pgStatements, sql, () => ({
      text: client.positionBindings?.(sql) ?? sql,
      name: preparedNames < MAX_PREPARED ? `parley_read_${++preparedNames}` : undefined,
    }));
    return (await connection.query({ ...statement, values: [...params] })).rows;
  } catch (error) {
    // The ORM's exception types (TableNotFoundException, …), as for the statements it sends itself.
    throw error instanceof Error ? em.getDriver().convertException(error) : error;
  } finally {
    await client.releaseConnection(connection);
  }
}

/** The mappers of each database's entities, built on first use (each database has its own platform). */
const mappersByPlatform = new WeakMap<Platform, Map<string, RowMapper<unknown>>>();

/** What a read of one entity's table selects and how its rows become instances. */
export interface EntityRead<T> {
  /** The select list over `table` (a table name or alias): the columns read, or `table.*`. */
  columns: (table: string) => string;
  map: RowMapper<T>;
}

/** Called with the instances of every read of an entity; resolves once whatever it loads with them is loaded. */
export type RowsRead = (entity: EntityClass<object>, items: readonly object[]) => Promise<unknown> | undefined;

/** The properties each selection reads of each entity (with the extra ones a statement needs). */
const propertiesBySelection = new WeakMap<FieldsByType, Map<string, string[]>>();

/**
 * Reads for one request: rows through `readRows`, mapped into plain instances of the entity
 * classes. No identity map and no unit of work: reads never change what they read; writes (the
 * importer) keep using the ORM.
 */
export class Reader {
  /** Which SQL the database speaks: PostgreSQL and SQLite differ in what a statement may use. */
  readonly dialect: 'postgresql' | 'sqlite';
  /** The fields the request's query selects, by type; without it, reads fetch every column. */
  #selection?: FieldsByType;

  /**
   * The entity manager reads are made through: never forked, its connection and metadata are all
   * reads use. `rowsRead` is told of the instances of every read (see `RequestLoaders`).
   */
  constructor(
    readonly em: EntityManager,
    private readonly rowsRead?: RowsRead,
  ) {
    this.dialect = clientOf(em).dialect === 'postgresql' ? 'postgresql' : 'sqlite';
  }

  /** Whether the query selects `field` on the type named `type`; false when reads fetch every column. */
  selects(type: string, field: string): boolean {
    return this.#selection?.get(type)?.has(field) ?? false;
  }

  /** What loads with the instances of one read of `entity` (see `RequestLoaders`), or undefined when nothing does. */
  loading<T extends object>(entity: EntityClass<T>, items: T[]): Promise<unknown> | undefined {
    return items.length > 0 ? this.rowsRead?.(entity, items) : undefined;
  }

  /** The rows of one statement. */
  rows(sql: string, params: readonly unknown[]): Promise<Row[]> {
    return readRows(this.em, sql, params);
  }

  /**
   * From now on, read only the columns `fields` needs of each entity: those of the properties
   * named like the fields selected on its GraphQL type, the declared needs of its field
   * resolvers, its id and what each statement names itself (its order, its lookup column). An
   * entity whose type the query does not name at all is read whole.
   */
  select(fields: FieldsByType): void {
    this.#selection = fields;
  }

  /**
   * How to read `entity` for this request: its select list and its mapper. `needs` are the
   * properties the statement itself uses (ordering columns, the column looked up by).
   */
  read<T extends object>(entity: EntityClass<T>, needs: readonly string[] = []): EntityRead<T> {
    const properties = this.#properties(entity, needs);
    if (!properties) return { columns: (table) => `${table}.*`, map: this.mapper(entity) };
    const meta = this.meta(entity);
    const columns = properties.flatMap((name) => columnsOfProperty(meta.properties[name as EntityKey<T>]));
    return {
      columns: (table) => columns.map((column) => `${table}.${column}`).join(', '),
      map: this.#mapperOf(entity, properties),
    };
  }

  /** The properties to read of an entity, sorted, or null for all of them. */
  #properties<T extends object>(entity: EntityClass<T>, needs: readonly string[]): string[] | null {
    const selection = this.#selection;
    const fields = selection?.get(entity.name);
    if (!selection || !fields) return null;
    let cache = propertiesBySelection.get(selection);
    if (!cache) propertiesBySelection.set(selection, (cache = new Map<string, string[]>()));
    const key = `${entity.name} ${needs.join(',')}`;
    let properties = cache.get(key);
    if (properties === undefined) {
      const meta = this.meta(entity);
      const wanted = new Set(['id', ...needs, ...fields]);
      properties = meta.props
        .filter((prop) => wanted.has(prop.name) && !prop.embedded && columnsOfProperty(prop).length > 0)
        .map((prop) => prop.name)
        .sort();
      cache.set(key, properties);
    }
    return properties;
  }

  /** The rows of one statement over an entity's table, as instances of it. */
  async entities<T extends object>(
    entity: EntityClass<T>,
    sql: string,
    params: readonly unknown[],
    map: RowMapper<T> = this.mapper(entity),
  ): Promise<T[]> {
    const rows = await this.rows(sql, params);
    const items = rows.map(map);
    const loading = this.loading(entity, items);
    if (loading) await loading;
    return items;
  }

  /** The ORM's metadata of an entity: its table and columns. */
  meta<T extends object>(entity: EntityClass<T>): EntityMetadata<T> {
    return this.em.getMetadata().get<T>(entity.name);
  }

  /** The column a property of an entity is stored in. */
  column<T extends object>(entity: EntityClass<T>, property: string): string {
    const prop = this.meta(entity).properties[property as EntityKey<T>] as EntityProperty<T> | undefined;
    const column = prop?.fieldNames[0];
    if (!column) throw new Error(`${entity.name}.${property} has no column`);
    return column;
  }

  /** Maps rows of an entity's table, every column read, into instances of it (columns the entity lacks are ignored). */
  mapper<T extends object>(entity: EntityClass<T>): RowMapper<T> {
    return this.#mapperOf(entity);
  }

  /** The mapper of rows holding the columns of `properties` (all of them when absent). */
  #mapperOf<T extends object>(entity: EntityClass<T>, properties?: readonly string[]): RowMapper<T> {
    const platform = this.em.getPlatform();
    let mappers = mappersByPlatform.get(platform);
    if (!mappers) {
      mappers = new Map();
      mappersByPlatform.set(platform, mappers);
    }
    const key = properties ? `${entity.name} ${properties.join(',')}` : entity.name;
    let mapper = mappers.get(key) as RowMapper<T> | undefined;
    if (!mapper) {
      // One mapper per set of properties a query reads: few, but bounded against crafted queries.
      if (mappers.size >= MAX_CACHED_STATEMENTS) mappers.clear();
      mapper = buildRowMapper(this.meta(entity), platform, properties && new Set(properties));
      mappers.set(key, mapper);
    }
    return mapper;
  }
}
