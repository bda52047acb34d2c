import type { EntityManager } from '@mikro-orm/core';

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

/** One row of the expansion query: 0 relation (a source, b target), 1 position (a holder, b organisation), 2 participation (a actor, b event). */
interface LinkRow {
  k: number;
  id: number;
  a: number;
  b: number;
}

/** SQLite's and PostgreSQL's bound-parameter limits both allow five lists of this many ids. */
const IDS_PER_QUERY = 2_000;

function expansionSql(count: number): string {
  const ids = Array.from({ length: count }, () => '?').join(', ');
  return [
    // One row per pair and direction: its first relation is enough to rank the neighbour.
    `select 0 as k, min(id) as id, source_id as a, target_id as b from "relation" where source_id in (${ids}) group by source_id, target_id`,
    `select 0, min(id), source_id, target_id from "relation" where target_id in (${ids}) group by source_id, target_id`,
    `select 1, id, holder_id, organization_id from "position" where organization_id is not null and holder_id in (${ids})`,
    `select 1, id, holder_id, organization_id from "position" where organization_id in (${ids})`,
    `select 2, id, actor_id, event_id from "participation" where event_id in (select event_id from "participation" where actor_id in (${ids}))`,
  ]
    .join(' union all ')
    .concat(' limit ?');
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

  constructor(origin: number) {
    this.distance = new Map([[origin, 0]]);
    this.frontier = [origin];
  }

  /** Every actor within `depth` hops is known and every link of those within `depth - 1` is read. */
  get exhausted(): boolean {
    return this.frontier.length === 0;
  }
}

/**
 * Simple paths (no actor twice) from `from` to `to` of at most `maxLength` hops, shortest first, at
 * most `first`, read from the database a frontier at a time. Two breadth-first balls grow, from
 * each end, always the one with the smaller frontier, one query per expansion; once their radii
 * add up to L, every path of L hops has each of its links in the part read (a link of the path
 * either leaves an actor the first ball expanded or reaches one the second did), so paths of L
 * hops are enumerated in memory over that part. The search stops when `first` paths are found,
 * at `maxLength`, or when the budget runs out, and says which.
 */
export class PathSearch {
  readonly #graph: Subgraph = new Map();
  readonly #seen = new Set<number>();
  #linksRead = 0;
  #steps = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly budget: Readonly<PathSearchBudget> = PATH_SEARCH_BUDGET,
  ) {}

  /** The links between two adjacent actors of a found path. */
  linksBetween(a: number, b: number): PairLinks {
    const links = this.#graph.get(a)?.get(b);
    if (!links) throw new Error(`actors ${a} and ${b} are on a path but not linked`);
    return links;
  }

  async run(from: number, to: number, maxLength: number, first: number): Promise<PathSearchOutcome> {
    const outcome = await this.#search(from, to, maxLength, first);
    await this.#readRelationsOf(outcome.paths);
    return outcome;
  }

  async #search(from: number, to: number, maxLength: number, first: number): Promise<PathSearchOutcome> {
    const fromBall = new Ball(from);
    const toBall = new Ball(to);
    this.#seen.add(from).add(to);
    const found: number[][] = [];
    const outcome = (complete: boolean, searchedLength: number): PathSearchOutcome => ({
      paths: found.slice(0, first),
      complete,
      visited: this.#seen.size,
      searchedLength,
    });

    for (let length = 1; length <= maxLength; length++) {
      // Either ball holding its whole component means every link that can be on a path is read.
      if (!fromBall.exhausted && !toBall.exhausted) {
        if (this.#seen.size >= this.budget.actors) return outcome(false, length - 1);
        // Grow the side whose frontier has fewer links, not fewer actors: one hub outweighs many leaves.
        const ball = (await this.#costOf(fromBall)) <= (await this.#costOf(toBall)) ? fromBall : toBall;
        if (!(await this.#expand(ball))) return outcome(false, length - 1);
      }
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

  /** Reads every relation between the adjacent actors of `paths`: the search kept only each pair's first. */
  async #readRelationsOf(paths: readonly number[][]): Promise<void> {
    const pairs = new Map<string, readonly [number, number]>();
    for (const path of paths) {
      path.slice(1).forEach((b, i) => {
        const a = path[i] ?? b;
        pairs.set(a < b ? `${a}-${b}` : `${b}-${a}`, a < b ? [a, b] : [b, a]);
      });
    }
    const list = [...pairs.values()];
    for (let start = 0; start < list.length; start += 200) {
      const chunk = list.slice(start, start + 200);
      const where = chunk
        .map(() => '(source_id = ? and target_id = ?) or (source_id = ? and target_id = ?)')
        .join(' or ');
      const result: unknown = await this.em.getConnection().execute(
        `select id, source_id as a, target_id as b from "relation" where ${where}`,
        chunk.flatMap(([a, b]) => [a, b, b, a]),
      );
      for (const row of result as Record<'id' | 'a' | 'b', number | string>[]) {
        const [id, a, b] = [Number(row.id), Number(row.a), Number(row.b)];
        pairLinks(this.#graph, a, b).relations.push(id);
        pairLinks(this.#graph, b, a).relations.push(id);
      }
    }
  }

  /** Relation rows at the ball's frontier, counted from the covering indexes without reading them. */
  async #costOf(ball: Ball): Promise<number> {
    if (ball.cost !== undefined) return ball.cost;
    let cost = 0;
    for (let start = 0; start < ball.frontier.length; start += IDS_PER_QUERY) {
      const ids = ball.frontier.slice(start, start + IDS_PER_QUERY);
      const list = ids.map(() => '?').join(', ');
      const result: unknown = await this.em
        .getConnection()
        .execute(
          `select (select count(*) from "relation" where source_id in (${list})) + (select count(*) from "relation" where target_id in (${list})) as n`,
          [...ids, ...ids],
        );
      cost += Number((result as { n: number | string }[])[0]?.n ?? 0);
    }
    ball.cost = cost;
    return cost;
  }

  /** Reads every link of the ball's frontier and moves it one hop out; false when the budget ran out. */
  async #expand(ball: Ball): Promise<boolean> {
    const frontier = new Set(ball.frontier);
    const chunks: Record<keyof LinkRow, number | string>[][] = [];
    let read = 0;
    for (let start = 0; start < ball.frontier.length; start += IDS_PER_QUERY) {
      const ids = ball.frontier.slice(start, start + IDS_PER_QUERY);
      const left = this.budget.links - this.#linksRead - read;
      const params = [...ids, ...ids, ...ids, ...ids, ...ids, left + 1];
      const result: unknown = await this.em.getConnection().execute(expansionSql(ids.length), params);
      const chunk = result as Record<keyof LinkRow, number | string>[];
      if (chunk.length > left) return false;
      chunks.push(chunk);
      read += chunk.length;
    }
    this.#linksRead += read;

    // Rows are read in place (a frontier can bring tens of thousands); drivers may hand integers
    // back as strings (PostgreSQL's bigint), so each is read as a number.
    const participants = new Map<number, Map<number, number>>();
    for (const chunk of chunks) {
      for (const row of chunk) {
        const [k, id, a, b] = [Number(row.k), Number(row.id), Number(row.a), Number(row.b)];
        if (k === 2) {
          let byActor = participants.get(b);
          if (!byActor) participants.set(b, (byActor = new Map<number, number>()));
          byActor.set(a, Math.min(id, byActor.get(a) ?? Infinity));
        } else if (a !== b) {
          const forward = pairLinks(this.#graph, a, b);
          const backward = pairLinks(this.#graph, b, a);
          if (k === 0) {
            forward.relations.push(id);
            backward.relations.push(id);
          } else {
            (forward.positions ??= []).push(id);
            (backward.positions ??= []).push(id);
          }
        }
      }
    }
    let eventPairs = 0;
    for (const byActor of participants.values()) {
      for (const actor of byActor.keys()) if (frontier.has(actor)) eventPairs += byActor.size;
    }
    this.#linksRead += eventPairs;
    if (this.#linksRead > this.budget.links) return false;
    for (const [eventId, byActor] of participants) {
      const eventOrder = Math.min(...byActor.values());
      for (const [actor, actorPart] of byActor) {
        if (!frontier.has(actor)) continue;
        for (const [other, otherPart] of byActor) {
          if (other === actor) continue;
          const forward = pairLinks(this.#graph, actor, other);
          (forward.events ??= new Map()).set(eventId, [eventOrder, otherPart]);
          const backward = pairLinks(this.#graph, other, actor);
          (backward.events ??= new Map()).set(eventId, [eventOrder, actorPart]);
        }
      }
    }

    const next: number[] = [];
    for (const actor of frontier) {
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
