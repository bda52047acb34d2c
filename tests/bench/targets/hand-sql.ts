import type Database from 'better-sqlite3';
import type pg from 'pg';
import { RELATION_KINDS } from '@parley/api/dist/relation/relation-kind.js';

/**
 * The limit: each shape answered by hand-written SQL through the plain drivers (pg, better-sqlite3),
 * one or two statements per request, shaped into the same JSON the GraphQL servers are normalised
 * to. What a resolver layer costs is the distance from here. Pages are cut before joining (limit in
 * a subquery), so a hub's thousands of matches are never joined to their actors.
 */

/** A relation's strength as Parley ranks neighbours: the magnitude of its kind's score. */
const STRENGTH_SQL = `case kind ${Object.entries(RELATION_KINDS)
  .map(([kind, { score }]) => `when '${kind}' then ${Math.abs(score)}`)
  .join(' ')} else 0 end`;

export type Dialect = 'postgresql' | 'sqlite';

/** A connection that runs a statement (parameters `$1`, `$2`… in both dialects) and returns its rows. */
export interface Db {
  dialect: Dialect;
  all<T>(sql: string, params: unknown[]): Promise<T[]>;
}

export function postgresDb(pool: pg.Pool): Db {
  return {
    dialect: 'postgresql',
    all: async <T>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as T[],
  };
}

export function sqliteDb(db: Database.Database): Db {
  // better-sqlite3 binds `?` by position: `$n` becomes `?` and its value is passed where it occurs.
  const statements = new Map<string, { statement: Database.Statement; order: number[] }>();
  return {
    dialect: 'sqlite',
    all: <T>(sql: string, params: unknown[]) => {
      let prepared = statements.get(sql);
      if (!prepared) {
        const order: number[] = [];
        const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
          order.push(Number(n) - 1);
          return '?';
        });
        statements.set(sql, (prepared = { statement: db.prepare(text), order }));
      }
      return Promise.resolve(prepared.statement.all(...prepared.order.map((i) => params[i])) as T[]);
    },
  };
}

/** Writes one statement for both dialects: `= ids($n)` tests membership of an integer list, `json…` builds JSON. */
function sql(db: Db, text: string): string {
  if (db.dialect === 'postgresql') return text.replace(/=\s*ids\((\$\d+)\)/g, '= any($1::int[])');
  return text
    .replace(/=\s*ids\((\$\d+)\)/g, 'in (select value from json_each($1))')
    .replace(/\bjson_agg\(/g, 'json_group_array(')
    .replace(/\bjson_build_object\(/g, 'json_object(');
}

/** SQLite returns JSON built in SQL as text, PostgreSQL as parsed values. */
function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** An integer list as the dialect takes it. */
function idList(db: Db, ids: number[]): unknown {
  return db.dialect === 'postgresql' ? ids : JSON.stringify(ids);
}

export interface ShapeParams {
  slug?: string;
  category?: string;
  search?: string;
  from?: string;
  to?: string;
}

export const handSql: Record<string, (db: Db, params: ShapeParams) => Promise<unknown>> = {
  async actorBySlug(db, { slug }) {
    const [actor] = await db.all<{ aliases: unknown }>(
      sql(db, 'select slug, name, kind, aliases, summary from actor where slug = $1'),
      [slug],
    );
    return actor ? { ...actor, aliases: json(actor.aliases) } : null;
  },

  async actorsPage(db) {
    const [nodes, [count]] = await Promise.all([
      db.all(sql(db, 'select slug, name, kind from actor order by slug limit 50'), []),
      db.all<{ n: number | string }>('select count(*) as n from actor', []),
    ]);
    return { totalCount: Number(count!.n), nodes };
  },

  relationsOfCategory(db, { category }) {
    // SQLite, planning without the value, would take the category index and sort all the category's
    // relations; a unary + keeps it walking ids, which for a common category fills the page at once.
    const column = db.dialect === 'sqlite' ? '+category' : 'category';
    return db.all(
      sql(
        db,
        `select r.kind, s.name as source, t.name as target
           from (select id, kind, source_id, target_id from relation where ${column} = $1 order by id limit 100) r
           join actor s on s.id = r.source_id join actor t on t.id = r.target_id
          order by r.id`,
      ),
      [category],
    );
  },

  async incomingPressure(db, { slug }) {
    // The actor's id first: planned with the id itself, the page follows the hub's own statistics
    // (a subquery's value is unknown to the planner, which then sorts all the hub's relations).
    const [actor] = await db.all<{ id: number }>('select id from actor where slug = $1', [slug]);
    if (!actor) return [];
    const rows = await db.all<{ kind: string; source: string; evidence: unknown }>(
      sql(
        db,
        `select r.kind, s.name as source,
                (select json_agg(json_build_object('start', e.start_offset, 'end', e.end_offset, 'quote', e.quote))
                   from (select * from evidence where relation_id = r.id order by start_offset, id) e) as evidence
           from (select id, kind, source_id from relation
                  where target_id = $1 and category = 'PRESSURE'
                  order by id limit 50) r
           join actor s on s.id = r.source_id
          order by r.id`,
      ),
      [actor.id],
    );
    return rows.map((row) => ({ ...row, evidence: (json(row.evidence) as unknown[] | null) ?? [] }));
  },

  async eventsOfActor(db, { slug }) {
    const rows = await db.all<{ slug: string; title: string; start: string | null; participants: unknown }>(
      sql(
        db,
        `select ev.slug, ev.title, ev.date_start as start,
                (select json_agg(json_build_object('role', p.role, 'actor', p.name))
                   from (select p.id, p.role, a.name from participation p join actor a on a.id = p.actor_id
                          where p.event_id = ev.id order by p.id) p) as participants
           from event ev
          where ev.id in (select event_id from participation where actor_id = (select id from actor where slug = $1))
          order by ev.id limit 20`,
      ),
      [slug],
    );
    return rows.map((row) => ({ ...row, participants: json(row.participants) as unknown[] }));
  },

  async searchActors(db, { search }) {
    // The matches once (through the trigram index on PostgreSQL), then the page and the count of them.
    const [row] = await db.all<{ total: number | string; nodes: unknown }>(
      sql(
        db,
        `with matches as ${db.dialect === 'postgresql' ? 'materialized ' : ''}(
           select slug, name from actor where search_text like $1)
         select (select count(*) from matches) as total,
                (select json_agg(json_build_object('slug', slug, 'name', name))
                   from (select slug, name from matches order by slug limit 20) page) as nodes`,
      ),
      [`%${search}%`],
    );
    return { totalCount: Number(row!.total), nodes: (json(row!.nodes) as unknown[] | null) ?? [] };
  },

  async neighbourhood(db, { slug }) {
    // What Parley's `neighbourhood(hops: 2, first: 50)` answers: the centre's neighbours through
    // relations (both directions), strongest first, then their neighbours, strongest first, 50 in
    // all; `capped` when some were left out (one hop reads at most 20,000 relations).
    const rank = `order by max(strength) desc, count(*) desc, max(recency) desc nulls last, max(id) desc`;
    const walked = (frontier: string, known: string) =>
      `select target_id as other, ${STRENGTH_SQL} as strength, coalesce(date_end, date_start) as recency, id
         from relation where source_id in (${frontier}) and target_id not in (${known})
       union all
       select source_id, ${STRENGTH_SQL}, coalesce(date_end, date_start), id
         from relation where target_id in (${frontier}) and source_id not in (${known})`;
    const [centre] = await db.all<{ id: number }>(sql(db, 'select id from actor where slug = $1'), [slug]);
    if (!centre) return null;
    const first = await db.all<{ other: number; links: number | string }>(
      sql(
        db,
        `select other, sum(count(*)) over () as links
           from (${walked('$1', '$1')} limit 20001) walked group by other ${rank} limit 51`,
      ),
      [centre.id],
    );
    const hop1 = first.slice(0, 50).map((row) => row.other);
    let capped = first.length > 50 || Number(first[0]?.links ?? 0) > 20000;
    let hop2: number[] = [];
    if (!capped && hop1.length) {
      const known = 'select value from ' + (db.dialect === 'postgresql' ? 'unnest($2::int[]) value' : 'json_each($2)');
      const frontier = known.replace('$2', '$1');
      const second = await db.all<{ other: number; links: number | string }>(
        sql(
          db,
          `select other, sum(count(*)) over () as links
             from (${walked(frontier, known)} limit 20001) walked group by other ${rank} limit $3`,
        ),
        [idList(db, hop1), idList(db, [centre.id, ...hop1]), 51 - hop1.length],
      );
      capped = second.length > 50 - hop1.length || Number(second[0]?.links ?? 0) > 20000;
      hop2 = second.slice(0, 50 - hop1.length).map((row) => row.other);
    }
    const ids = [...hop1, ...hop2];
    const slugs = await db.all<{ id: number | string; slug: string }>(
      sql(db, 'select id, slug from actor where id = ids($1)'),
      [idList(db, ids)],
    );
    const slugOf = new Map(slugs.map((row) => [Number(row.id), row.slug]));
    return { actors: ids.map((id) => slugOf.get(id)), capped };
  },

  paths: (db, { from, to }) => pathLengths(db, from!, to!, 4, 10),
  paths3: (db, { from, to }) => pathLengths(db, from!, to!, 3, 10),
  paths2: (db, { from, to }) => pathLengths(db, from!, to!, 2, 10),
};

/** Each actor's neighbours in the graph `paths` searches: relations, positions and shared events. */
async function neighbours(db: Db, ids: number[]): Promise<Map<number, Set<number>>> {
  const rows = await db.all<{ a: number; b: number }>(
    sql(
      db,
      `select source_id as a, target_id as b from relation where source_id = ids($1)
       union select target_id, source_id from relation where target_id = ids($1)
       union select holder_id, organization_id from position where holder_id = ids($1) and organization_id is not null
       union select organization_id, holder_id from position where organization_id = ids($1)
       union select p.actor_id, q.actor_id from participation p join participation q on q.event_id = p.event_id
              where p.actor_id = ids($1) and q.actor_id <> p.actor_id`,
    ),
    [idList(db, ids)],
  );
  const adjacency = new Map<number, Set<number>>(ids.map((id) => [id, new Set()]));
  for (const { a, b } of rows) adjacency.get(a)?.add(b);
  return adjacency;
}

/**
 * The lengths of the first `limit` simple paths (no actor twice) of at most `maxLength` (≤ 4) hops
 * between two actors, shortest first — what Parley's `paths(first: limit)` returns, as lengths.
 * Meet in the middle: the neighbours of both ends, then the neighbours of those (two statements).
 */
export async function pathLengths(db: Db, fromSlug: string, toSlug: string, maxLength: number, limit: number) {
  if (maxLength > 4) throw new Error('hand-written paths go up to 4 hops');
  const ends = await db.all<{ id: number; slug: string }>(
    sql(db, 'select id, slug from actor where slug in ($1, $2)'),
    [fromSlug, toSlug],
  );
  const from = ends.find((end) => end.slug === fromSlug)?.id;
  const to = ends.find((end) => end.slug === toSlug)?.id;
  if (from === undefined || to === undefined) return null;
  const first = await neighbours(db, [from, to]);
  const fromSide = first.get(from)!;
  const toSide = first.get(to)!;
  const counts = [0, 0, 0, 0, 0];
  const enough = () => counts.reduce((sum, n) => sum + n, 0) >= limit;
  if (fromSide.has(to)) counts[1]!++;
  for (const middle of fromSide) if (middle !== to && toSide.has(middle)) counts[2]!++;
  if (maxLength >= 3 && !enough()) {
    const second = await neighbours(
      db,
      [...new Set([...fromSide, ...toSide])].filter((id) => id !== from && id !== to),
    );
    for (const a of fromSide) {
      if (a === to) continue;
      for (const b of second.get(a) ?? []) if (b !== from && b !== to && toSide.has(b)) counts[3]!++;
    }
    if (maxLength >= 4 && !enough()) {
      // x next to some a (next to from) and to some b (next to to), all five actors different.
      const nextToTheEnd = new Map<number, number[]>();
      for (const b of toSide) {
        if (b === from) continue;
        for (const x of second.get(b) ?? []) nextToTheEnd.set(x, [...(nextToTheEnd.get(x) ?? []), b]);
      }
      for (const a of fromSide) {
        if (a === to) continue;
        for (const x of second.get(a) ?? []) {
          if (x === from || x === to) continue;
          for (const b of nextToTheEnd.get(x) ?? []) if (b !== a && b !== x) counts[4]!++;
        }
      }
    }
  }
  return counts.flatMap((n, length) => Array<number>(n).fill(length)).slice(0, limit);
}
