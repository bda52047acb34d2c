/**
 * The way `paths` used to work, kept as the reference the database search is tested against:
 * every relation, position and participation loaded, then a breadth-first walk in memory.
 */
import type { EntityManager } from '@mikro-orm/core';
import { Participation } from '../src/event/participation.entity.js';
import { Position } from '../src/position/position.entity.js';
import { Relation } from '../src/relation/relation.entity.js';

/** A link between two actors: a relation, a position (holder ↔ organisation) or a shared event. */
export type Link =
  { type: 'Relation'; entity: Relation } | { type: 'Position'; entity: Position } | { type: 'Event'; eventId: number };

/** Undirected multigraph of actors: actor id → neighbour id → the links between them. */
export type ActorGraph = Map<number, Map<number, Link[]>>;

function addLink(graph: ActorGraph, a: number, b: number, link: Link) {
  if (a === b) return;
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    let neighbours = graph.get(from);
    if (!neighbours) graph.set(from, (neighbours = new Map<number, Link[]>()));
    let links = neighbours.get(to);
    if (!links) neighbours.set(to, (links = []));
    links.push(link);
  }
}

/** Loads every link: three queries whatever the size of the graph. */
export async function loadActorGraph(em: EntityManager): Promise<ActorGraph> {
  const graph: ActorGraph = new Map();
  const [relations, positions, participations] = await Promise.all([
    em.find(Relation, {}, { orderBy: { id: 'asc' } }),
    em.find(Position, { organization: { $ne: null } }, { orderBy: { id: 'asc' } }),
    em.find(Participation, {}, { orderBy: { id: 'asc' } }),
  ]);
  for (const relation of relations)
    addLink(graph, relation.source.id, relation.target.id, { type: 'Relation', entity: relation });
  for (const position of positions) {
    if (position.organization) {
      addLink(graph, position.holder.id, position.organization.id, { type: 'Position', entity: position });
    }
  }
  const byEvent = new Map<number, number[]>();
  for (const participation of participations) {
    const actors = byEvent.get(participation.event.id) ?? [];
    if (!actors.includes(participation.actor.id)) actors.push(participation.actor.id);
    byEvent.set(participation.event.id, actors);
  }
  for (const [eventId, actors] of byEvent) {
    actors.forEach((a, i) => actors.slice(i + 1).forEach((b) => addLink(graph, a, b, { type: 'Event', eventId })));
  }
  return graph;
}

/** Hop counts from `origin` to every actor it reaches (breadth-first). */
function distancesFrom(graph: ActorGraph, origin: number): Map<number, number> {
  const distance = new Map([[origin, 0]]);
  let frontier = [origin];
  for (let hops = 1; frontier.length; hops++) {
    const next: number[] = [];
    for (const current of frontier) {
      for (const neighbour of graph.get(current)?.keys() ?? []) {
        if (!distance.has(neighbour)) {
          distance.set(neighbour, hops);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

/**
 * Simple paths (no actor twice) from `from` to `to` of at most `maxLength` hops, shortest first,
 * at most `limit` of them. Breadth-first over partial paths, pruned by the distance left to the
 * target, so no work is spent on branches that cannot arrive in time.
 */
export function findPaths(graph: ActorGraph, from: number, to: number, maxLength: number, limit: number): number[][] {
  const toTarget = distancesFrom(graph, to);
  const distance = toTarget.get(from);
  if (distance === undefined || distance > maxLength) return [];
  const found: number[][] = [];
  let frontier = [{ last: from, path: [from] }];
  while (frontier.length && found.length < limit) {
    const next: typeof frontier = [];
    for (const { last, path } of frontier) {
      for (const neighbour of graph.get(last)?.keys() ?? []) {
        if (path.includes(neighbour)) continue;
        const remaining = toTarget.get(neighbour);
        if (remaining === undefined || path.length + remaining > maxLength) continue;
        const extended = [...path, neighbour];
        if (neighbour === to) found.push(extended);
        else next.push({ last: neighbour, path: extended });
      }
    }
    frontier = next;
  }
  return found.slice(0, limit);
}

/** One hop of a path: two actors and every link between them. */
export interface Hop {
  fromId: number;
  toId: number;
  links: Link[];
}

/** The hops of a path of actor ids. */
export function hopsOf(graph: ActorGraph, path: readonly number[]): Hop[] {
  const [start, ...rest] = path;
  if (start === undefined) return [];
  let fromId = start;
  return rest.map((toId) => {
    const hop = { fromId, toId, links: graph.get(fromId)?.get(toId) ?? [] };
    fromId = toId;
    return hop;
  });
}
