import type { IndexCallback } from '@mikro-orm/core';

/**
 * Index definitions that MikroORM's `@Index({ properties })` cannot spell. The schema differ
 * compares indexes with an `expression` by name only, so the migration that creates one must
 * match the SQL written here.
 */

/**
 * Options for a b-tree index on one nullable foreign key that leaves out the rows where it is
 * null (`@Index(skippingNulls<Evidence>('relation'))`, named like any other index). Evidence has
 * one owner column per kind of fact and exactly one of them is set on each row, so each owner
 * index holds only that kind's spans instead of every row of the table. Both dialects use it for
 * `column = …` and `column in (…)`, which imply `column is not null`.
 */
export function skippingNulls<T>(property: string & keyof T) {
  const expression: IndexCallback<T> = (table, columns, indexName) => {
    const column = columns[property];
    return `create index "${indexName}" on "${table.name}" ("${column}") where "${column}" is not null`;
  };
  // Listing the property also stops SQLite's automatic foreign key index, which has the same name.
  return { properties: [property], expression };
}

/**
 * An index for `column like '%words%'` (the API's text search): on PostgreSQL a GIN index of
 * trigrams (extension pg_trgm), which serves a LIKE with a leading wildcard; SQLite has no such
 * index and keeps a plain b-tree. MikroORM names the PostgreSQL table with its schema and the
 * SQLite one without, which is how the two are told apart.
 */
export function containsSearch<T>(property: string & keyof T): IndexCallback<T> {
  return (table, columns, indexName) => {
    const column = columns[property];
    return table.schema
      ? `create index "${indexName}" on "${table.name}" using gin ("${column}" gin_trgm_ops)`
      : `create index "${indexName}" on "${table.name}" ("${column}")`;
  };
}
