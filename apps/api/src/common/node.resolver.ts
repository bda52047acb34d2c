import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { Participation } from '../event/participation.entity.js';
import type { Context } from './context.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Figure } from '../figure/figure.entity.js';
import { Negotiation } from '../negotiation/negotiation.entity.js';
import { Position } from '../position/position.entity.js';
import { Relation } from '../relation/relation.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { fromGlobalId } from './global-id.js';
import { Node } from './node.interface.js';

const NODE_TYPES = {
  Actor,
  Attribution,
  Document,
  Event,
  Figure,
  Negotiation,
  Participation,
  Position,
  Relation,
  Statement,
} as const;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global ID; null when none has it.' })
  async node(
    @Arg('id', () => ID, { description: 'A global ID from some `id` field.' }) id: string,
    @Ctx() { em }: Context,
  ) {
    const { typeName, id: key } = fromGlobalId(id);
    const entity = NODE_TYPES[typeName as keyof typeof NODE_TYPES];
    if (!entity) return null;
    return (await em.findOne(entity, key)) as Node | null;
  }
}
