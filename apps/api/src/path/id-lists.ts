import type { EntityManager } from '@mikro-orm/core';

/** A statement and its parameters, in placeholder order. */
export interface Sql {
  sql: string;
  params: unknown[];
}

/**
 * Lists of actor ids as one parameter each, whatever their length: an int array on PostgreSQL
 * (`= any(?::int[])`, which the planner turns into index conditions), a JSON array on SQLite.
 * Either way the statement's text, and so the number of statements, does not grow with the graph.
 */
export class IdLists {
  readonly #postgres: boolean;

  constructor(em: EntityManager) {
    // PostgreSQL is the dialect with schemas; SQLite is the other one.
    const platform = em.getPlatform() as { supportsSchemas?: () => boolean };
    this.#postgres = platform.supportsSchemas?.() ?? false;
  }

  /** `column` is one of `ids`, with the parameter to bind where it stands. */
  in(column: string, ids: readonly number[]): Sql {
    return this.#postgres
      ? { sql: `${column} = any(?::int[])`, params: [`{${ids.join(',')}}`] }
      : { sql: `${column} in (select value from json_each(?))`, params: [JSON.stringify(ids)] };
  }

  /**
   * `column` is one of the values a subquery selects (one column). On PostgreSQL the values are
   * gathered into an array first, so the column's index is probed once per value, as with `in`.
   */
  inSelect(column: string, values: Sql): Sql {
    return this.#postgres
      ? { sql: `${column} = any(array(${values.sql}))`, params: values.params }
      : { sql: `${column} in (${values.sql})`, params: values.params };
  }

  /** `ids` as a table of one column, `value`, to select from. */
  table(ids: readonly number[]): Sql {
    return this.#postgres
      ? { sql: `unnest(?::int[]) as ids(value)`, params: [`{${ids.join(',')}}`] }
      : { sql: `json_each(?)`, params: [JSON.stringify(ids)] };
  }

  /** `column` is none of `ids`. */
  notIn(column: string, ids: readonly number[]): Sql {
    return this.#postgres
      ? { sql: `${column} <> all(?::int[])`, params: [`{${ids.join(',')}}`] }
      : { sql: `${column} not in (select value from json_each(?))`, params: [JSON.stringify(ids)] };
  }
}

/** Joins fragments and their parameters in order. */
export function sql(strings: TemplateStringsArray, ...parts: (Sql | string | number)[]): Sql {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  parts.forEach((part, i) => {
    if (typeof part === 'object') {
      text += part.sql;
      params.push(...part.params);
    } else {
      text += '?';
      params.push(part);
    }
    text += strings[i + 1] ?? '';
  });
  return { sql: text, params };
}

/** An optional fragment: empty when absent. */
export function optional(part: Sql | string): Sql {
  return typeof part === 'string' ? { sql: part, params: [] } : part;
}

/** SQL text spliced in as it is (never a value from the request). */
export function raw(text: string): Sql {
  return { sql: text, params: [] };
}
