import type { EntityManager } from '@mikro-orm/core';
import { IdLists, optional, raw, sql, type Sql } from './id-lists.js';

/**
 * How much of the graph one path search may read: past any bound it stops and says so. The
 * actors bound caps the two breadth-first balls; the links bound caps the rows read (a linked
 * pair each way, a position, a participation, a pair met at an event: a hub's links can be many
 * more than its neighbours) and the steps bound the in-memory walk.
 */
export interface PathSearchBudget {
  actors: number;
  links: number;
  steps: number;
}

export const PATH_SEARCH_BUDGET: Readonly<PathSearchBudget> = Object.freeze({
  actors: 20_000,
  links: 100_000,
  steps: 200_000,
});

/** The links between one actor and a neighbour, as read; enough to order them without loading them. */
export interface PairLinks {
  /** While searching, the first relation each way; for the pairs of the paths returned, all of them. */
  relations: number[];
  /** Absent when there is none (most pairs): a search holds thousands of pairs. */
  positions?: number[];
  /** Event id → [the event's first participation id, the neighbour's first participation id in it]. */
  events?: Map<number, readonly [number, number]>;
}

/** A link between two actors, by table and id. */
export interface LinkRef {
  type: 'Relation' | 'Position' | 'Event';
  id: number;
}

/** The links of a pair in `via`-then-`alternatives` order: relations by id, positions by id, then shared events as first recorded. */
export function orderedLinks({ relations, positions = [], events = new Map() }: PairLinks): LinkRef[] {
  const byId = (a: number, b: number) => a - b;
  return [
    ...[...new Set(relations)].sort(byId).map((id) => ({ type: 'Relation' as const, id })),
    ...[...new Set(positions)].sort(byId).map((id) => ({ type: 'Position' as const, id })),
    ...[...events].sort(([, [a]], [, [b]]) => a - b).map(([id]) => ({ type: 'Event' as const, id })),
  ];
}

/** The part of the graph read so far: actor id → neighbour id → the links between them. */
type Subgraph = Map<number, Map<number, PairLinks>>;

/** What a search found: paths of actor ids in the order `paths` has always given them. */
export interface PathSearchOutcome {
  paths: number[][];
  /** False when the budget ran out before the answer was certain. */
  complete: boolean;
  /** Distinct actors reached by the search. */
  visited: number;
  /** Every path of at most this many hops was considered (those past `first` are left out). */
  searchedLength: number;
}

/**
 * One link read, seen from an actor `a` toward `b`: 0 a relation (the pair's first one in that
 * direction), 1 a position (holder ↔ organisation), 2 an event both took part in (`id` is the
 * event, `o` its first participation, `pa`/`pb` each one's first participation in it).
 */
interface LinkRow {
  k: number;
  id: number;
  a: number;
  b: number;
  o: number;
  pa: number;
  pb: number;
}

/** An event's first participation (over all its participants), for rows of `table` whose `id` is the event. */
const firstParticipation = (table: string) =>
  raw(`(select min(e.id) from "participation" e where e.event_id = ${table}.id)`);

/** Actors by id: a list, or a subquery selecting them as `value` (from a statement's own CTEs). */
type Actors = readonly number[] | Sql;

function isIn(lists: IdLists, column: string, actors: Actors): Sql {
  return 'sql' in actors ? lists.inSelect(column, actors) : lists.in(column, actors);
}

/**
 * Every link of `ends` (to `others` only, when given): one row per relation pair and direction
 * (its first relation), per position, and per shared event and pair of participations, each with
 * the event's first participation (`o`) taken over all of its participants. From the covering
 * indexes alone.
 */
function linksSql(lists: IdLists, ends: readonly number[], others?: Actors, firstOfEvent = true): Sql {
  const to = (column: string) => optional(others ? sql` and ${isIn(lists, column, others)}` : '');
  return unionAll([
    sql`select 0 as k, min(id) as id, source_id as a, target_id as b, 0 as o, 0 as pa, 0 as pb from "relation"
      where ${lists.in('source_id', ends)}${to('target_id')} group by source_id, target_id`,
    // Grouped in the order of the index on (target, source): aggregated as read, not hashed.
    sql`select 0, min(id), target_id, source_id, 0, 0, 0 from "relation"
      where ${lists.in('target_id', ends)}${to('source_id')} group by target_id, source_id`,
    ...positionAndEventLinks(lists, ends, others, firstOfEvent),
  ]);
}

/** The position and shared-event links of `ends` (to `others` only, when given), as in `linksSql`. */
function positionAndEventLinks(
  lists: IdLists,
  ends: readonly number[],
  others: Actors | undefined,
  firstOfEvent: boolean,
): Sql[] {
  const to = (column: string) => optional(others ? sql` and ${isIn(lists, column, others)}` : '');
  return [
    sql`select 1, id, holder_id, organization_id, 0, 0, 0 from "position"
      where organization_id is not null and ${lists.in('holder_id', ends)}${to('organization_id')}`,
    sql`select 1, id, organization_id, holder_id, 0, 0, 0 from "position"
      where ${lists.in('organization_id', ends)}${to('holder_id')}`,
    // The event's first participation is looked up only for the rows kept.
    sql`select 2 as k, id, a, b, ${firstOfEvent ? firstParticipation('shared') : raw('0')} as o, pa, pb from (select p.event_id as id,
        p.actor_id as a, q.actor_id as b, p.id as pa, q.id as pb
      from "participation" p join "participation" q on q.event_id = p.event_id and q.actor_id <> p.actor_id
      where ${lists.in('p.actor_id', ends)}) shared${optional(others ? sql` where ${isIn(lists, 'b', others)}` : '')}`,
  ];
}

function unionAll(parts: Sql[]): Sql {
  return parts.reduce((all, part) => sql`${all} union all ${part}`);
}

/**
 * The links between each frontier and the actors linked to both (the middles of paths a → m → b),
 * one row per linked pair: the link that ranks it (see `rankOf`): its first relation, else its
 * first position, else the shared event whose first participation comes first (with each side's
 * participations in it). The database reads both frontiers' links once and returns only those,
 * however many a hub has; the pair's other links are read for the paths returned only, when their
 * alternatives are asked for (`readAllLinksOf`).
 */
function middlesSql(lists: IdLists, a: readonly number[], b: readonly number[], limit: number, last?: LastStep): Sql {
  return sql`with near as materialized (${linksSql(lists, [...new Set([...a, ...b])], undefined, false)}),
    middles as (select b from near where ${lists.in('a', a)} intersect select b from near where ${lists.in('a', b)}),
    pairs as (select a, b, min(k) as k, min(case when k = 0 then id end) as relation,
        min(case when k = 1 then id end) as position from near where b in (select b from middles) group by a, b),
    shared as (select near.id, near.a, near.b, near.pa, near.pb from near
      join pairs on pairs.a = near.a and pairs.b = near.b and pairs.k = 2 where near.k = 2),
    chosen as (select k, case when k = 0 then relation else position end as id, a, b, 0 as o, 0 as pa, 0 as pb
      from pairs where k < 2
    union all
    select 2, id, a, b, o, pa, pb from (select id, a, b, o, pa, pb,
        rank() over (partition by a, b order by o) as pair_rank
      from (select shared.*, ${firstParticipation('shared')} as o from shared) events) ranked
      where pair_rank = 1)
    ${last ? firstPathsOnly(lists, a, b, last) : raw('select k, id, a, b, o, pa, pb from chosen')}
    limit ${limit}`;
}

/**
 * The last step of a search between two balls of radius 1 (`a` the start's neighbours, `b` the
 * end's): the walk takes the start's neighbours in rank order, each one's neighbours in rank order,
 * and so on, and stops after `need` paths. A middle m is on a path start → x → m → y → end when x
 * is linked to it and so is some y other than x and the start, so each x needs at most its first
 * `need` such middles (by the rank of the pair): those pairs, and the links of the other side to
 * them, are all the walk can use. One more row, `REACHED`, counts the middles not yet `seen`.
 */
function firstPathsOnly(lists: IdLists, a: readonly number[], b: readonly number[], last: LastStep): Sql {
  const { start, end, need, seen } = last;
  const order = raw('k, case when k = 2 then o else id end, pb');
  return sql`, toward as (select distinct a as y, b as m from chosen where ${lists.in('a', b)} and a <> ${start}),
    firsts as (select a, b, k, id, o, pb, row_number() over (partition by a, b order by ${order}) as nth from chosen
      where ${lists.in('a', a)} and a <> ${end} and b <> ${start} and b <> ${end}
        and exists (select 1 from toward where toward.m = chosen.b and toward.y <> chosen.a)),
    kept as (select a, b from (select a, b, row_number() over (partition by a order by ${order}, b) as place
      from firsts where nth = 1) placed where place <= ${need})
    select k, id, a, b, o, pa, pb from chosen
      where (${lists.in('a', a)} and exists (select 1 from kept where kept.a = chosen.a and kept.b = chosen.b))
        or (${lists.in('a', b)} and b in (select b from kept))
    union all
    select ${REACHED}, count(*), 0, 0, 0, 0, 0 from middles where ${lists.notIn('b', seen)}`;
}

/** What the last step needs to return only the links the first paths can use (see `firstPathsOnly`). */
interface LastStep {
  start: number;
  end: number;
  need: number;
  seen: readonly number[];
}

/**
 * Every link among `actors` (those of the paths returned): each relation (not only each pair's
 * first), position and shared event, each event with its first participation.
 */
function allLinksAmongSql(lists: IdLists, actors: readonly number[]): Sql {
  return unionAll([
    sql`select 0 as k, id, source_id as a, target_id as b, 0 as o, 0 as pa, 0 as pb from "relation"
      where ${lists.in('source_id', actors)} and ${lists.in('target_id', actors)}`,
    ...positionAndEventLinks(lists, actors, actors, true),
  ]);
}

/** Relation rows at `ends`, counted from the covering indexes without reading them. */
function relationCountSql(lists: IdLists, ends: readonly number[]): Sql {
  return sql`select (select count(*) from "relation" where ${lists.in('source_id', ends)})
    + (select count(*) from "relation" where ${lists.in('target_id', ends)}) as n`;
}

/** The `k` of a row that is no link but an actor's relation count (`id`), for `a` = `b` = that actor. */
const DEGREE = 3;
/** The `k` of a row that is no link but the number (`id`) of actors a statement reached and did not return. */
const REACHED = 4;

/**
 * `links` (at most `limit` rows) and, in the same statement, the relation count of each actor
 * `degreesOf` selects (as `value`; it may select from `found`, the links read): what deciding
 * the next step needs, without a round trip of its own.
 */
function withDegreesSql(links: Sql, limit: number, degreesOf: Sql | undefined): Sql {
  if (!degreesOf) return sql`${links} limit ${limit}`;
  return sql`with found as materialized (${links} limit ${limit})
    select k, id, a, b, o, pa, pb from found
    union all
    ${degreeRows(degreesOf)}`;
}

/** A `DEGREE` row for each actor `actors` selects (as `value`). */
function degreeRows(actors: Sql): Sql {
  return sql`select ${DEGREE}, (select count(*) from "relation" where source_id = value)
        + (select count(*) from "relation" where target_id = value), value, value, 0, 0, 0
      from (${actors}) actors`;
}

/**
 * Every link of a ball's `frontier` (at most `limit` rows) in one statement with what the next
 * steps need of the actors it reaches past `known` (`reached`): their links to the other ball's
 * frontier (`meet`, at most `limit` rows), and the relation counts of those actors and of
 * `uncounted` (when `degrees`).
 */
function expansionSql(
  lists: IdLists,
  {
    frontier,
    known,
    limit,
    meet,
    degrees,
    uncounted,
  }: {
    frontier: readonly number[];
    known: readonly number[];
    limit: number;
    meet: readonly number[] | undefined;
    degrees: boolean;
    uncounted: readonly number[];
  },
): Sql {
  const reached = raw('select value from reached');
  const met = meet
    ? sql` union all select k, id, a, b, o, pa, pb from (${linksSql(lists, meet, reached)} limit ${limit}) met`
    : raw('');
  const counted = uncounted.length ? sql` union select value from ${lists.table(uncounted)}` : raw('');
  return sql`with found as materialized (${linksSql(lists, frontier)} limit ${limit}),
      reached as materialized (select distinct b as value from found where ${lists.notIn('b', known)})
    select k, id, a, b, o, pa, pb from found${met}${degrees ? sql` union all ${degreeRows(sql`${reached}${counted}`)}` : raw('')}`;
}

function pairLinks(graph: Subgraph, from: number, to: number): PairLinks {
  let neighbours = graph.get(from);
  if (!neighbours) graph.set(from, (neighbours = new Map<number, PairLinks>()));
  let links = neighbours.get(to);
  if (!links) neighbours.set(to, (links = { relations: [] }));
  return links;
}

/** Where a neighbour stands in an actor's list: by its first relation, else position, else shared event. */
function rankOf(links: PairLinks): readonly [number, number, number] {
  if (links.relations.length) return [0, Math.min(...links.relations), 0];
  if (links.positions?.length) return [1, Math.min(...links.positions), 0];
  let best: readonly [number, number, number] = [2, Infinity, Infinity];
  for (const [eventOrder, part] of links.events?.values() ?? []) {
    if (eventOrder < best[1] || (eventOrder === best[1] && part < best[2])) best = [2, eventOrder, part];
  }
  return best;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference) return difference;
  }
  return 0;
}

/** One side of the bidirectional search: hop counts from its origin and the actors to expand next. */
class Ball {
  readonly distance: Map<number, number>;
  frontier: number[];
  depth = 0;
  /** How many relation rows expanding the frontier would touch, once counted. */
  cost: number | undefined;
  /** The other ball's depth when the links between the two frontiers were last read. */
  met = -1;

  /** Sets `cost` from the relation counts of actors, when every actor of the frontier has one. */
  countFrom(degrees: ReadonlyMap<number, number>): void {
    let cost = 0;
    for (const actor of this.frontier) {
      const degree = degrees.get(actor);
      if (degree === undefined) return;
      cost += degree;
    }
    this.cost = cost;
  }

  constructor(readonly origin: number) {
    this.distance = new Map([[origin, 0]]);
    this.frontier = [origin];
  }

  /** Every actor within `depth` hops is known and every link of those within `depth - 1` is read. */
  get exhausted(): boolean {
    return this.frontier.length === 0;
  }
}

/**
 * Below this many relation rows, growing a ball is cheaper than asking the database for the middles
 * of the paths (which reads both frontiers' links there): the ends of most questions are quiet.
 */
const CHEAP_EXPANSION = 2_000;

/**
 * When two hops are left between the balls: ask the database for the middles when both frontiers
 * are heavy (`auto`), always, or never (grow a ball instead). The answer is the same either way;
 * tests pin each strategy against the in-memory walk.
 */
export type MiddlesStrategy = 'auto' | 'always' | 'never';

/**
 * Simple paths (no actor twice) from `from` to `to` of at most `maxLength` hops, shortest first, at
 * most `first`, read from the database a few statements per length, never the whole graph.
 *
 * Two breadth-first balls grow, from each end, one query per expansion (always the side whose
 * frontier has fewer links). With radii a and b, the links read cover every path of a + b hops
 * (a link of the path either leaves an actor the first ball expanded or reaches one the second
 * did). One hop further needs only the links between the two frontiers (the "meeting", index
 * probes, read with the expansion before it); two hops further, the links of the actors linked to
 * both frontiers (the "middle" statements: the database intersects the frontiers' neighbours and
 * returns only those, and at the last length only those the first paths can use), so a frontier
 * holding a hub is joined in the database instead of read out row by row. Paths of each length
 * are then enumerated in memory over the part read, in rank order. The search stops when `first`
 * paths are found, at `maxLength`, or when the budget runs out, and says which.
 */
export class PathSearch {
  readonly #graph: Subgraph = new Map();
  readonly #seen = new Set<number>();
  readonly #lists: IdLists;
  #linksRead = 0;
  /** Actors the database reached but did not return (middles no first path goes through). */
  #reachedUnread = 0;
  #steps = 0;
  /** Every path of at most this many hops has all its links read. */
  #covered = 0;
  /** The longest path asked for: past it no step needs the frontiers' costs. */
  #maxLength = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly budget: Readonly<PathSearchBudget> = PATH_SEARCH_BUDGET,
    private readonly middles: MiddlesStrategy = 'auto',
  ) {
    this.#lists = new IdLists(em);
  }

  /**
   * The links between two adjacent actors of a found path. Each pair's first relation, position
   * and shared events are there after `run` (of the pairs met through the middles, the first link only); all of them after `readAllLinksOf`.
   */
  linksBetween(a: number, b: number): PairLinks {
    const links = this.#graph.get(a)?.get(b);
    if (!links) throw new Error(`actors ${a} and ${b} are on a path but not linked`);
    return links;
  }

  /** Searches; `linksBetween` then gives each hop's first link (its `via`). */
  async run(from: number, to: number, maxLength: number, first: number): Promise<PathSearchOutcome> {
    return this.#search(from, to, maxLength, first);
  }

  async #search(from: number, to: number, maxLength: number, first: number): Promise<PathSearchOutcome> {
    const fromBall = new Ball(from);
    const toBall = new Ball(to);
    this.#maxLength = maxLength;
    this.#seen.add(from).add(to);
    const found: number[][] = [];
    const outcome = (complete: boolean, searchedLength: number): PathSearchOutcome => ({
      paths: found.slice(0, first),
      complete,
      visited: this.#visited,
      searchedLength,
    });

    for (let length = 1; length <= maxLength; length++) {
      if (!(await this.#cover(fromBall, toBall, length, first - found.length))) return outcome(false, length - 1);
      const paths = this.#pathsOfLength(from, to, length, first - found.length);
      if (!paths) return outcome(false, length - 1);
      found.push(...paths);
      if (found.length >= first) return outcome(true, length);
      const apart =
        (fromBall.exhausted && !fromBall.distance.has(to)) || (toBall.exhausted && !toBall.distance.has(from));
      if (apart) return outcome(true, maxLength);
    }
    return outcome(true, maxLength);
  }

  /** Distinct actors reached so far. */
  get #visited(): number {
    return this.#seen.size + this.#reachedUnread;
  }

  /** Reads what the first `need` paths of `length` hops need; false when the budget ran out first. */
  async #cover(fromBall: Ball, toBall: Ball, length: number, need: number): Promise<boolean> {
    while (this.#covered < length) {
      // Either ball holding its whole component means every link that can be on a path is read.
      if (fromBall.exhausted || toBall.exhausted) {
        this.#covered = Infinity;
        return true;
      }
      if (this.#visited >= this.budget.actors) return false;
      const radii = fromBall.depth + toBall.depth;
      if (length === radii + 1) {
        if (!(await this.#meet(fromBall, toBall))) return false;
        this.#covered = radii + 1;
        continue;
      }
      const [fromCost, toCost] = [await this.#costOf(fromBall), await this.#costOf(toBall)];
      const [cheaper, cheaperCost] = fromCost <= toCost ? [fromBall, fromCost] : [toBall, toCost];
      const heavy = cheaperCost > CHEAP_EXPANSION && cheaperCost * 3 > fromCost + toCost;
      if (length === radii + 2 && (this.middles === 'always' || (this.middles === 'auto' && heavy))) {
        // Both frontiers are heavy: let the database find the middles instead of reading either out.
        // On the last length between balls of radius 1, only the links the first paths can use come back.
        const last = length === this.#maxLength && fromBall.depth === 1 && toBall.depth === 1 ? need : undefined;
        if (!(await this.#meet(fromBall, toBall)) || !(await this.#middles(fromBall, toBall, fromCost + toCost, last)))
          return false;
        this.#covered = radii + 2;
      } else {
        // The balls' costs decide the step after next: worth reading now only if there is one.
        // When the meeting of the frontiers comes next, its links come in the same statement
        // (the next turn's `#meet` then has nothing to read).
        const other = cheaper === fromBall ? toBall : fromBall;
        const meetsNext = length === radii + 2;
        if (!(await this.#expand(cheaper, this.#maxLength >= radii + 3, meetsNext ? other : undefined))) return false;
        this.#covered = Math.max(this.#covered, radii + 1);
      }
    }
    return true;
  }

  /** Runs a statement and reads its rows as numbers (PostgreSQL hands bigint aggregates back as strings). */
  async #rows<K extends string>({ sql, params }: Sql): Promise<Record<K, number>[]> {
    // Through the ORM's connection, not `readRows`: its named prepared statements let PostgreSQL
    // settle on a generic plan, which for id-list parameters of any size is several times slower.
    const result = (await this.em.getConnection().execute(sql, params)) as Record<K, number | string | null>[];
    return result.map((row) => {
      const numbers = {} as Record<K, number>;
      for (const key of Object.keys(row) as K[]) numbers[key] = Number(row[key] ?? 0);
      return numbers;
    });
  }

  /**
   * Reads every link between the adjacent actors of `paths` (the alternatives): the search kept
   * only each pair's first relation, and of the pairs met through the middles only the first link.
   */
  async readAllLinksOf(paths: readonly number[][]): Promise<void> {
    const pairs = new Set<string>();
    for (const path of paths) path.slice(1).forEach((b, i) => pairs.add(`${path[i]}-${b}`).add(`${b}-${path[i]}`));
    if (!pairs.size) return;
    const rows = await this.#rows<keyof LinkRow>(allLinksAmongSql(this.#lists, [...new Set(paths.flat())]));
    this.#add(rows.filter(({ a, b }) => pairs.has(`${a}-${b}`)));
  }

  /** Relation rows at the ball's frontier, counted from the covering indexes without reading them. */
  async #costOf(ball: Ball): Promise<number> {
    if (ball.cost === undefined) {
      const [row] = await this.#rows<'n'>(relationCountSql(this.#lists, ball.frontier));
      ball.cost = row?.n ?? 0;
    }
    return ball.cost;
  }

  /**
   * Reads links into the part read and returns the relation counts read with them (actor →
   * count); null when more links than the budget allows.
   */
  async #read(statement: (limit: number) => Sql): Promise<Map<number, number> | null> {
    const left = this.budget.links - this.#linksRead;
    if (left < 0) return null;
    const rows = await this.#rows<keyof LinkRow>(statement(left + 1));
    const degrees = new Map<number, number>();
    const links: LinkRow[] = [];
    let reached = 0;
    for (const row of rows) {
      if (row.k === DEGREE) degrees.set(row.a, row.id);
      else if (row.k === REACHED) reached += row.id;
      else links.push(row);
    }
    this.#linksRead += links.length;
    if (links.length > left) return null;
    const seenBefore = this.#seen.size;
    this.#add(links);
    // Of the actors counted as reached and not yet seen, those returned are now seen.
    if (reached) this.#reachedUnread += reached - (this.#seen.size - seenBefore);
    return degrees;
  }

  /** Adds links read to the part read, each to both of its actors. */
  #add(rows: readonly LinkRow[]): void {
    for (const { k, id, a, b, o, pa, pb } of rows) {
      if (a === b) continue;
      this.#seen.add(b);
      const forward = pairLinks(this.#graph, a, b);
      const backward = pairLinks(this.#graph, b, a);
      if (k === 0) {
        forward.relations.push(id);
        backward.relations.push(id);
      } else if (k === 1) {
        (forward.positions ??= []).push(id);
        (backward.positions ??= []).push(id);
      } else {
        // An actor may take part twice in an event: each side keeps its first participation.
        const forwardEvents = (forward.events ??= new Map<number, readonly [number, number]>());
        forwardEvents.set(id, [o, Math.min(forwardEvents.get(id)?.[1] ?? pb, pb)]);
        const backwardEvents = (backward.events ??= new Map<number, readonly [number, number]>());
        backwardEvents.set(id, [o, Math.min(backwardEvents.get(id)?.[1] ?? pa, pa)]);
      }
    }
  }

  /**
   * Reads the links between the two frontiers: with the balls, every path one hop longer than
   * their radii. When a longer path may be asked for, the frontiers' costs come with them.
   */
  async #meet(fromBall: Ball, toBall: Ball): Promise<boolean> {
    if (fromBall.met === toBall.depth && toBall.met === fromBall.depth) return true;
    const [ends, others] =
      fromBall.frontier.length <= toBall.frontier.length
        ? [fromBall.frontier, toBall.frontier]
        : [toBall.frontier, fromBall.frontier];
    const uncounted = [fromBall, toBall].flatMap((ball) => (ball.cost === undefined ? ball.frontier : []));
    const costsNeeded = this.#maxLength >= fromBall.depth + toBall.depth + 2 && uncounted.length > 0;
    const degrees = await this.#read((limit) =>
      withDegreesSql(
        linksSql(this.#lists, ends, others),
        limit,
        costsNeeded ? sql`select value from ${this.#lists.table(uncounted)}` : undefined,
      ),
    );
    if (!degrees) return false;
    for (const ball of [fromBall, toBall]) if (ball.cost === undefined) ball.countFrom(degrees);
    [fromBall.met, toBall.met] = [toBall.depth, fromBall.depth];
    return true;
  }

  /**
   * Reads the links of the actors linked to both frontiers (the middles of paths two hops longer
   * than the radii): the database reads both frontiers' links, `cost` rows, and returns only those;
   * given `need` (balls of radius 1, last length), only those the first `need` paths can use.
   */
  async #middles(fromBall: Ball, toBall: Ball, cost: number, need?: number): Promise<boolean> {
    if (this.#linksRead + cost > this.budget.links) {
      this.#linksRead += cost;
      return false;
    }
    this.#linksRead += cost;
    const last =
      need === undefined ? undefined : { start: fromBall.origin, end: toBall.origin, need, seen: [...this.#seen] };
    return (
      (await this.#read((limit) => middlesSql(this.#lists, fromBall.frontier, toBall.frontier, limit, last))) !== null
    );
  }

  /**
   * Reads every link of the ball's frontier and moves it one hop out; false when the budget ran
   * out. When a longer path may be asked for (`costNeeded`), the new frontier's cost comes with it;
   * given the other ball (`meet`), the links between the new frontier and the other's come too,
   * as `#meet` would read them.
   */
  async #expand(ball: Ball, costNeeded: boolean, meet?: Ball): Promise<boolean> {
    const degrees = await this.#read((limit) =>
      expansionSql(this.#lists, {
        frontier: ball.frontier,
        known: [...ball.distance.keys()],
        limit,
        meet: meet?.frontier,
        degrees: costNeeded,
        uncounted: costNeeded && meet?.cost === undefined ? (meet?.frontier ?? []) : [],
      }),
    );
    if (!degrees) return false;
    const next: number[] = [];
    for (const actor of ball.frontier) {
      for (const neighbour of this.#graph.get(actor)?.keys() ?? []) {
        if (ball.distance.has(neighbour)) continue;
        ball.distance.set(neighbour, ball.depth + 1);
        this.#seen.add(neighbour);
        next.push(neighbour);
      }
    }
    ball.frontier = next;
    ball.depth += 1;
    ball.cost = undefined;
    ball.countFrom(degrees);
    if (meet) {
      if (meet.cost === undefined) meet.countFrom(degrees);
      [ball.met, meet.met] = [meet.depth, ball.depth];
    }
    return true;
  }

  /**
   * Paths of exactly `length` hops over the part read, in the order a breadth-first walk over
   * each actor's neighbours (in rank order) meets them; null when the step budget runs out.
   */
  #pathsOfLength(from: number, to: number, length: number, limit: number): number[][] | null {
    // Hops to `to` within the part read: never fewer than in the whole graph, and exact for
    // every actor on a path of `length` hops, so it prunes without losing any.
    const toTarget = new Map([[to, 0]]);
    let layer = [to];
    for (let hops = 1; layer.length && hops <= length; hops++) {
      const next: number[] = [];
      for (const actor of layer) {
        for (const neighbour of this.#graph.get(actor)?.keys() ?? []) {
          if (toTarget.has(neighbour)) continue;
          toTarget.set(neighbour, hops);
          next.push(neighbour);
        }
      }
      layer = next;
    }
    const fromDistance = toTarget.get(from);
    if (fromDistance === undefined || fromDistance > length) return [];

    const ordered = new Map<number, number[]>();
    const neighboursOf = (actor: number): number[] => {
      let list = ordered.get(actor);
      if (!list) {
        const ranked = [...(this.#graph.get(actor) ?? [])].map(([id, links]) => ({ id, rank: rankOf(links) }));
        list = ranked.sort((a, b) => compareRanks(a.rank, b.rank)).map(({ id }) => id);
        ordered.set(actor, list);
      }
      return list;
    };

    const found: number[][] = [];
    const path = [from];
    const onPath = new Set(path);
    const walk = (actor: number): boolean => {
      if (++this.#steps > this.budget.steps) return false;
      const hops = path.length;
      for (const neighbour of neighboursOf(actor)) {
        if (found.length >= limit) return true;
        if (onPath.has(neighbour)) continue;
        const remaining = toTarget.get(neighbour);
        if (remaining === undefined || hops + remaining > length) continue;
        if (neighbour === to) {
          if (hops === length) found.push([...path, to]);
          continue;
        }
        if (hops === length) continue;
        path.push(neighbour);
        onPath.add(neighbour);
        const ok = walk(neighbour);
        path.pop();
        onPath.delete(neighbour);
        if (!ok) return false;
      }
      return true;
    };
    return walk(from) ? found : null;
  }
}
