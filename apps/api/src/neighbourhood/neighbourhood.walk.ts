import type { EntityManager } from '@mikro-orm/core';
import { IdLists, raw, sql, type Sql } from '../path/id-lists.js';
import { Direction } from '../relation/relation-direction.js';
import type { RelationFilter } from '../relation/relation.args.js';
import { RELATION_KINDS } from '../relation/relation-kind.js';

export const DEFAULT_NEIGHBOURHOOD_SIZE = 50;
export const MAX_NEIGHBOURHOOD_SIZE = 200;
/** Most relations a neighbourhood lists: its actors can share many more (two hubs, hundreds of meetings). */
export const MAX_NEIGHBOURHOOD_RELATIONS = 1_000;
/**
 * Most relation rows one hop reads: two hops from a hub reach other hubs, whose links together
 * can be a good part of the graph. Past it the hop ranks what it read and says `capped`.
 */
export const NEIGHBOURHOOD_LINK_BUDGET = 20_000;

/** A relation's strength: the magnitude of its kind's cooperation–conflict score, from the vocabulary. */
const STRENGTH_SQL = `case kind ${Object.entries(RELATION_KINDS)
  .map(([kind, { score }]) => `when '${kind}' then ${Math.abs(score)}`)
  .join(' ')} else 0 end`;
const RECENCY_SQL = 'coalesce(date_end, date_start)';

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** The filter's conditions on a relation row, the same as `relations(filter:)` applies. */
function filterSql(filter: RelationFilter | null | undefined): Sql {
  const conditions: string[] = ['1 = 1'];
  const params: unknown[] = [];
  const bySlug = 'select id from actor where slug = ?';
  if (filter?.kinds?.length) {
    conditions.push(`kind in (${placeholders(filter.kinds)})`);
    params.push(...filter.kinds);
  }
  if (filter?.categories?.length) {
    conditions.push(`category in (${placeholders(filter.categories)})`);
    params.push(...filter.categories);
  }
  if (filter?.source) {
    conditions.push(`source_id in (${bySlug})`);
    params.push(filter.source);
  }
  if (filter?.target) {
    conditions.push(`target_id in (${bySlug})`);
    params.push(filter.target);
  }
  if (filter?.actor) {
    conditions.push(`(source_id in (${bySlug}) or target_id in (${bySlug}))`);
    params.push(filter.actor, filter.actor);
  }
  if (filter?.from || filter?.to) {
    conditions.push('date_start is not null');
    if (filter.to) {
      conditions.push('date_start <= ?');
      params.push(filter.to);
    }
    if (filter.from) {
      conditions.push('date_end >= ?');
      params.push(filter.from);
    }
  }
  return { sql: conditions.join(' and '), params };
}

/**
 * The actors one hop from `frontier` along `direction`, other than `known`, strongest first: by
 * the strongest kind among their relations with the frontier, then how many, then the latest;
 * at most `limit`. One aggregate over the relation indexes on source and target; the id lists
 * are one parameter each, so the statement is the same whatever the size of the hop.
 */
function nextHopSql(
  lists: IdLists,
  frontier: number[],
  known: number[],
  direction: Direction,
  filter: Sql,
  limit: number,
): Sql {
  const branches: Sql[] = [];
  const branch = (other: string, end: string): Sql =>
    sql`select ${raw(other)} as other, ${raw(STRENGTH_SQL)} as strength, ${raw(RECENCY_SQL)} as recency, id from relation
      where ${lists.in(end, frontier)} and ${lists.notIn(other, known)} and ${filter}`;
  if (direction !== Direction.INCOMING) branches.push(branch('target_id', 'source_id'));
  if (direction !== Direction.OUTGOING) branches.push(branch('source_id', 'target_id'));
  const walked = branches.reduce((all, part) => sql`${all} union all ${part}`);
  // `links` says how many rows were read: one past the budget means the hop stopped reading.
  return sql`select other, sum(count(*)) over () as links
      from (${walked} limit ${NEIGHBOURHOOD_LINK_BUDGET + 1}) walked
      group by other
      order by max(strength) desc, count(*) desc, max(recency) desc nulls last, max(id) desc
      limit ${limit}`;
}

/**
 * The rows of a statement, through the ORM's connection (unforked), not `readRows`: its named
 * prepared statements let PostgreSQL settle on a generic plan, poor for id-list parameters.
 */
async function rows(em: EntityManager, { sql: text, params }: Sql): Promise<Record<string, number | string | null>[]> {
  const result: unknown = await em.getConnection().execute(text, params);
  return result as Record<string, number | string | null>[];
}

/** How far and which way to walk from the centre, and which relations to follow. */
export interface NeighbourhoodRequest {
  /** 1 or 2. */
  hops: number;
  /** Most actors to reach besides the centre. */
  first: number;
  direction: Direction;
  filter?: RelationFilter | null;
}

/** The actors reached from a centre and, read when first asked for, the relations shown among them. */
export interface NeighbourhoodWalk {
  /** The ids of the actors reached, the centre left out, nearest and most strongly linked first. */
  actorIds: number[];
  /** Whether actors were left out (past `first`, or past the link budget of a hop). */
  capped: boolean;
  /**
   * The ids of the relations shown, strongest first, at most MAX_NEIGHBOURHOOD_RELATIONS + 1 (one
   * more than shown says that some were left out). Read once, when first asked for.
   */
  relationIds(): Promise<number[]>;
}

/**
 * Walks out from the actor `centreId`: what `neighbourhood` answers and the exports of a focused
 * network view write, so both name the same actors and relations.
 */
export async function walkNeighbourhood(
  em: EntityManager,
  centreId: number,
  { hops, first, direction, filter }: NeighbourhoodRequest,
): Promise<NeighbourhoodWalk> {
  const conditions = filterSql(filter);
  const lists = new IdLists(em);

  // Each hop asks for one more than it may keep, to know whether it had to leave some out.
  let capped = false;
  const layers: number[][] = [[centreId]];
  for (let hop = 1; hop <= hops; hop++) {
    const room = first - layers.slice(1).flat().length;
    const frontier = layers.at(-1) ?? [];
    // Nothing to reach, or no room left and already known to be capped: no need to ask.
    if (!frontier.length || (room === 0 && capped)) break;
    const next = await rows(em, nextHopSql(lists, frontier, layers.flat(), direction, conditions, room + 1));
    const found = next.map((row) => Number(row.other));
    if (found.length > room || Number(next[0]?.links ?? 0) > NEIGHBOURHOOD_LINK_BUDGET) capped = true;
    layers.push(found.slice(0, room));
    if (room === 0) break;
  }
  const reached = layers.flat();
  // A relation is shown when both ends are reached and it was followed from an actor short of the last hop.
  const inner = layers.slice(0, hops).flat();
  // Each branch is driven by the index on the end it was followed from (an `or` of the two
  // would leave SQLite scanning the table).
  const followedFrom = (end: string, other: string) =>
    sql`select id from relation where ${lists.in(end, inner)} and ${lists.in(other, reached)}`;
  const walked =
    direction === Direction.OUTGOING
      ? followedFrom('source_id', 'target_id')
      : direction === Direction.INCOMING
        ? followedFrom('target_id', 'source_id')
        : sql`${followedFrom('source_id', 'target_id')} union ${followedFrom('target_id', 'source_id')}`;

  let relationIds: Promise<number[]> | undefined;
  return {
    actorIds: layers.slice(1).flat(),
    capped,
    relationIds: () =>
      (relationIds ??= rows(
        em,
        sql`select id from relation
          where id in (${walked}) and ${conditions}
          order by ${raw(STRENGTH_SQL)} desc, ${raw(RECENCY_SQL)} desc nulls last, id desc
          limit ${MAX_NEIGHBOURHOOD_RELATIONS + 1}`,
      ).then((found) => found.map((row) => Number(row.id)))),
  };
}
