import type { EntityClass } from '@mikro-orm/core';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import type { Context } from '../common/context.js';
import { badUserInput, notFound } from '../common/errors.js';
import type { RequestLoaders } from '../common/loaders.js';
import { Direction } from '../relation/relation-direction.js';
import { RelationFilter } from '../relation/relation.args.js';
import { Relation } from '../relation/relation.entity.js';
import {
  DEFAULT_NEIGHBOURHOOD_SIZE,
  MAX_NEIGHBOURHOOD_RELATIONS,
  MAX_NEIGHBOURHOOD_SIZE,
  walkNeighbourhood,
} from './neighbourhood.walk.js';
import { Neighbourhood } from './neighbourhood.type.js';

/** Fixed cost in the complexity limit, on top of what is selected: a few SQL aggregates over the centre's links. */
const NEIGHBOURHOOD_COMPLEXITY = 2_000;

/** The entities with these ids, in this order, through the request's batched reads. */
async function byIds<T extends { id: number }>(
  loaders: RequestLoaders,
  entity: EntityClass<T>,
  ids: number[],
): Promise<T[]> {
  const found: (T | null)[] = await Promise.all(ids.map((id) => loaders.byId(entity, id)));
  return found.filter((item): item is T => item !== null);
}

@Resolver()
export class NeighbourhoodResolver {
  @Query(() => Neighbourhood, {
    complexity: NEIGHBOURHOOD_COMPLEXITY,
    description:
      'The actors within one or two hops of an actor through relations, and the relations among them, computed by the server: around a hub, the most strongly linked first, at most `first` actors.',
  })
  async neighbourhood(
    @Arg('slug', () => String, { description: 'Slug of the actor at the centre.' }) slug: string,
    @Arg('hops', () => Int, { nullable: true, defaultValue: 1, description: 'How far to go: 1 or 2 hops.' })
    hopsArg: number | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_NEIGHBOURHOOD_SIZE,
      description: `Most actors to return besides the centre (1 to ${MAX_NEIGHBOURHOOD_SIZE}); \`capped\` says when more were there.`,
    })
    firstArg: number | null,
    @Arg('direction', () => Direction, {
      nullable: true,
      defaultValue: Direction.BOTH,
      description: 'Follow relations out of each actor (what it did), into it (what was done to it), or both.',
    })
    directionArg: Direction | null,
    @Arg('filter', () => RelationFilter, {
      nullable: true,
      description:
        'Follow and list only the relations this filter keeps (as `relations(filter:)` does); all when omitted.',
    })
    filter: RelationFilter | null,
    @Ctx() context: Context,
  ): Promise<Neighbourhood> {
    const hops = hopsArg ?? 1;
    const first = firstArg ?? DEFAULT_NEIGHBOURHOOD_SIZE;
    const direction = directionArg ?? Direction.BOTH;
    if (hops !== 1 && hops !== 2) throw badUserInput('"hops" must be 1 or 2.', 'hops');
    if (first < 1 || first > MAX_NEIGHBOURHOOD_SIZE)
      throw badUserInput(`"first" must be between 1 and ${MAX_NEIGHBOURHOOD_SIZE}.`, 'first');
    // Reads go through the request's reader: no fork of the entity manager, no ORM entities.
    const { loaders } = context;
    const { reader } = loaders;
    const centre = await loaders.oneBy<Actor, string>(Actor, 'slug').load(slug);
    if (!centre) throw notFound(`No actor has the slug "${slug.slice(0, 120)}".`, 'slug');
    const walk = await walkNeighbourhood(reader.em, centre.id, { hops, first, direction, filter });
    const actors = await byIds(loaders, Actor, walk.actorIds);
    const neighbourhood = Object.assign(new Neighbourhood(), { actor: centre, actors });
    // The relations (and whether they were capped) are read only when asked for: around a hub
    // they are a thousand entities, which a client drawing only the actors does not need.
    return Object.defineProperties(neighbourhood, {
      relations: {
        enumerable: true,
        get: async () => {
          const shown = (await walk.relationIds()).slice(0, MAX_NEIGHBOURHOOD_RELATIONS);
          return byIds(loaders, Relation, shown);
        },
      },
      capped: {
        enumerable: true,
        get: async () => walk.capped || (await walk.relationIds()).length > MAX_NEIGHBOURHOOD_RELATIONS,
      },
    });
  }
}
