import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { badUserInput, notFound } from '../common/errors.js';
import type { SomeNodeEntity } from '../common/node.entity.js';
import type { Context } from '../common/context.js';
import { Event } from '../event/event.entity.js';
import { findPaths, hopsOf, loadActorGraph, type Link } from './actor-graph.js';
import { Path, PathStep } from './path.type.js';

/** A row loaded for a path by the id the graph gave; it is there, as the graph was read from the same database. */
function found<T>(byId: Map<number, T>, id: number, what: string): T {
  const row = byId.get(id);
  if (row === undefined) throw new Error(`${what} ${id} is on a path but could not be loaded`);
  return row;
}

export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 50;

@Resolver()
export class PathResolver {
  @Query(() => [Path], {
    description:
      'How one actor connects to another through relations, positions (holder ↔ organisation) and shared events: every path without repeated actors up to `maxLength` hops, shortest first.',
  })
  async paths(
    @Arg('from', () => String, { description: 'Slug of the actor to start from.' }) fromSlug: string,
    @Arg('to', () => String, { description: 'Slug of the actor to reach.' }) toSlug: string,
    @Arg('maxLength', () => Int, {
      nullable: true,
      defaultValue: 4,
      description: `Most hops a path may have (1 to ${MAX_PATH_LENGTH}).`,
    })
    maxLengthArg: number | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 10,
      description: `Most paths to return (1 to ${MAX_PATHS}).`,
    })
    firstArg: number | null,
    @Ctx() { em }: Context,
  ): Promise<Path[]> {
    const maxLength = maxLengthArg ?? 4;
    const first = firstArg ?? 10;
    if (maxLength < 1 || maxLength > MAX_PATH_LENGTH)
      throw badUserInput(`"maxLength" must be between 1 and ${MAX_PATH_LENGTH}.`, 'maxLength');
    if (first < 1 || first > MAX_PATHS) throw badUserInput(`"first" must be between 1 and ${MAX_PATHS}.`, 'first');
    const [from, to] = await Promise.all([em.findOne(Actor, { slug: fromSlug }), em.findOne(Actor, { slug: toSlug })]);
    if (!from) throw notFound(`No actor has the slug "${fromSlug.slice(0, 120)}".`, 'from');
    if (!to) throw notFound(`No actor has the slug "${toSlug.slice(0, 120)}".`, 'to');
    if (from.id === to.id) throw badUserInput('"from" and "to" are the same actor.', 'to');

    const graph = await loadActorGraph(em);
    const actorPaths = findPaths(graph, from.id, to.id, maxLength, first);
    const hops = actorPaths.map((ids) => hopsOf(graph, ids));
    const eventIds = hops
      .flat()
      .flatMap(({ links }) => links.flatMap((link) => (link.type === 'Event' ? [link.eventId] : [])));
    const [actors, events] = await Promise.all([
      em.find(Actor, { id: { $in: [...new Set(actorPaths.flat())] } }),
      em.find(Event, { id: { $in: [...new Set(eventIds)] } }),
    ]);
    const actorById = new Map(actors.map((actor) => [actor.id, actor]));
    const eventById = new Map(events.map((event) => [event.id, event]));
    const toNode = (link: Link): SomeNodeEntity =>
      link.type === 'Event' ? found(eventById, link.eventId, 'event') : link.entity;

    return hops.map((steps) =>
      Object.assign(new Path(), {
        length: steps.length,
        steps: steps.map(({ fromId, toId, links }) => {
          const [via, ...alternatives] = links.map(toNode);
          if (!via) throw new Error(`no link between actors ${fromId} and ${toId} on a path`);
          return Object.assign(new PathStep(), {
            from: found(actorById, fromId, 'actor'),
            to: found(actorById, toId, 'actor'),
            via,
            alternatives,
          });
        }),
      }),
    );
  }
}
