import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { FULL_TEXT_CONFIG, fullTextTable } from './full-text.js';
import { SEARCH_SOURCES, tableOf, type SearchSource } from './search-sources.js';
import { toFtsMatch, toTsQuery, type SearchTerms } from './search-text.js';

/** Where a hit stands in the ranked list: what a cursor holds. */
export interface SearchPosition {
  rank: number;
  kindOrder: number;
  id: number;
}

export interface RankedHit extends SearchPosition {
  source: SearchSource;
}

/** Around each matched word in the marked texts the database returns; neither occurs in stored text. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

export interface Sql {
  sql: string;
  params: (string | number)[];
}

type Row = Record<string, string | number | null>;

async function rows(em: EntityManager, { sql, params }: Sql): Promise<Row[]> {
  const result: unknown = await em.getConnection().execute(sql, params);
  return result as Row[];
}

/**
 * The SQL of a full-text search in one dialect: each source's matches with their relevance (from
 * its full-text index), all kinds in one ranked list. Nothing here reads a row that does not match.
 */
abstract class SearchDialect {
  constructor(
    protected readonly em: EntityManager,
    protected readonly terms: SearchTerms,
  ) {}

  /** The matches of one source: `kind_order`, `id`, and `rank` (with `withRank`). */
  protected abstract matches(source: SearchSource, kindOrder: number, withRank: boolean): Sql;

  /** Per row of one source, each indexed column's text with the matched words between MARK_START and MARK_END. */
  abstract markedColumns(source: SearchSource, ids: number[]): Promise<Map<number, string[]>>;

  private union(sources: readonly SearchSource[], withRank: boolean): Sql {
    const parts = sources.map((source) => this.matches(source, SEARCH_SOURCES.indexOf(source), withRank));
    return {
      sql: parts.map((part) => part.sql).join(' union all '),
      params: parts.flatMap((part) => part.params),
    };
  }

  /** The SQL of one page of hits, best first, after `after` (rank descending, then kind, then id). */
  pageSql(sources: readonly SearchSource[], after: SearchPosition | null, limit: number): Sql {
    const union = this.union(sources, true);
    const params = [...union.params];
    let where = '';
    if (after) {
      where = 'where rank < ? or (rank = ? and (kind_order > ? or (kind_order = ? and id > ?)))';
      params.push(after.rank, after.rank, after.kindOrder, after.kindOrder, after.id);
    }
    params.push(limit);
    return {
      sql: `select kind_order, id, rank from (${union.sql}) hits ${where} order by rank desc, kind_order, id limit ?`,
      params,
    };
  }

  /** One page of hits, best first, after `after`. */
  async page(sources: readonly SearchSource[], after: SearchPosition | null, limit: number): Promise<RankedHit[]> {
    const found = await rows(this.em, this.pageSql(sources, after, limit));
    return found.map((row) => {
      const kindOrder = Number(row.kind_order);
      const source = SEARCH_SOURCES[kindOrder];
      if (!source) throw new Error(`unknown search source ${kindOrder}`);
      return { source, kindOrder, id: Number(row.id), rank: Number(row.rank) };
    });
  }

  /** How many hits there are in all. */
  async count(sources: readonly SearchSource[]): Promise<number> {
    const union = this.union(sources, false);
    const [row] = await rows(this.em, {
      sql: `select count(*) as count from (${union.sql}) hits`,
      params: union.params,
    });
    return Number(row?.count ?? 0);
  }
}

/** PostgreSQL: `@@` against the GIN index of each table's stored tsvectors, ranked by `ts_rank`. */
class PostgresSearch extends SearchDialect {
  private readonly query = toTsQuery(this.terms);
  private readonly tsQuery = `to_tsquery('${FULL_TEXT_CONFIG}'::regconfig, ?)`;

  protected matches(source: SearchSource, kindOrder: number, withRank: boolean): Sql {
    const index = fullTextTable(tableOf(this.em, source).table);
    // Normalisation 1 divides by the log of the text's length: a name that matches outranks a
    // long text that happens to contain the word. float8, so that a cursor's rank compares equal.
    const rank = withRank ? `, (ts_rank("vector", ${this.tsQuery}, 1) * ${source.weight})::float8 as rank` : '';
    return {
      sql: `select ${kindOrder} as kind_order, "id"${rank} from "${index}" where "vector" @@ ${this.tsQuery}`,
      params: withRank ? [this.query, this.query] : [this.query],
    };
  }

  async markedColumns(source: SearchSource, ids: number[]): Promise<Map<number, string[]>> {
    if (!ids.length) return new Map();
    const { table, columns } = tableOf(this.em, source);
    const options = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
    const marked = columns.map(
      (column, index) =>
        `ts_headline('${FULL_TEXT_CONFIG}'::regconfig, coalesce("${column}", ''), ${this.tsQuery}, ?) as c${index}`,
    );
    const found = await rows(this.em, {
      sql: `select id, ${marked.join(', ')} from "${table}" where id in (${ids.map(() => '?').join(', ')})`,
      params: [...columns.flatMap(() => [this.query, options]), ...ids],
    });
    return new Map(found.map((row) => [Number(row.id), columns.map((_, index) => String(row[`c${index}`] ?? ''))]));
  }
}

/** SQLite: MATCH against each table's FTS5 index, ranked by `bm25` (negated: higher is better). */
class SqliteSearch extends SearchDialect {
  private readonly match = toFtsMatch(this.terms);

  protected matches(source: SearchSource, kindOrder: number, withRank: boolean): Sql {
    const fts = fullTextTable(tableOf(this.em, source).table);
    const rank = withRank ? `, -bm25(\`${fts}\`) * ${source.weight} as rank` : '';
    return {
      sql: `select ${kindOrder} as kind_order, rowid as id${rank} from \`${fts}\` where \`${fts}\` match ?`,
      params: [this.match],
    };
  }

  async markedColumns(source: SearchSource, ids: number[]): Promise<Map<number, string[]>> {
    if (!ids.length) return new Map();
    const { table, columns } = tableOf(this.em, source);
    const fts = fullTextTable(table);
    const marked = columns.map((_, index) => `highlight(\`${fts}\`, ${index}, char(1), char(2)) as c${index}`);
    const found = await rows(this.em, {
      sql: `select rowid as id, ${marked.join(', ')} from \`${fts}\` where \`${fts}\` match ? and rowid in (${ids.map(() => '?').join(', ')})`,
      params: [this.match, ...ids],
    });
    return new Map(found.map((row) => [Number(row.id), columns.map((_, index) => String(row[`c${index}`] ?? ''))]));
  }
}

/** The search SQL for the database `em` works on. */
export function searchDialect(em: EntityManager, terms: SearchTerms): SearchDialect {
  return em.getPlatform() instanceof PostgreSqlPlatform ? new PostgresSearch(em, terms) : new SqliteSearch(em, terms);
}
