import type { EntityClass, EntityKey, EntityManager, EntityMetadata, EntityProperty, Platform } from '@mikro-orm/core';
import { buildRowMapper, type Row, type RowMapper } from './row-mapper.js';

export type { Row } from './row-mapper.js';

/**
 * Runs one read statement (`?` placeholders, values bound by the driver) and returns its rows.
 * Every SQL statement the API's read path sends goes through this function, so that whatever
 * must watch them all (a deadline, a log, a count) has one place to live.
 */
export async function readRows(em: EntityManager, sql: string, params: readonly unknown[]): Promise<Row[]> {
  return (await em.getConnection().execute(sql, [...params], 'all')) as Row[];
}

/** The mappers of each database's entities, built on first use (each database has its own platform). */
const mappersByPlatform = new WeakMap<Platform, Map<string, RowMapper<unknown>>>();

/**
 * Reads for one request: rows through `readRows`, mapped into plain instances of the entity
 * classes. No identity map and no unit of work: reads never change what they read; writes (the
 * importer) keep using the ORM.
 */
export class Reader {
  constructor(private readonly em: EntityManager) {}

  /** The rows of one statement. */
  rows(sql: string, params: readonly unknown[]): Promise<Row[]> {
    return readRows(this.em, sql, params);
  }

  /** The rows of one statement over an entity's table, as instances of it. */
  async entities<T extends object>(entity: EntityClass<T>, sql: string, params: readonly unknown[]): Promise<T[]> {
    const rows = await this.rows(sql, params);
    const map = this.mapper(entity);
    return rows.map(map);
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

  /** Maps rows of an entity's table into instances of it (columns the entity lacks are ignored). */
  mapper<T extends object>(entity: EntityClass<T>): RowMapper<T> {
    const platform = this.em.getPlatform();
    let mappers = mappersByPlatform.get(platform);
    if (!mappers) {
      mappers = new Map();
      mappersByPlatform.set(platform, mappers);
    }
    let mapper = mappers.get(entity.name) as RowMapper<T> | undefined;
    if (!mapper) {
      mapper = buildRowMapper(this.meta(entity), platform);
      mappers.set(entity.name, mapper as RowMapper<unknown>);
    }
    return mapper;
  }
}
