import type { EntityClass } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { fromGlobalId } from '../common/global-id.js';
import { NodeEntity, type SomeNodeEntity } from '../common/node.entity.js';
import { Node } from '../common/node.interface.js';
import { entities } from '../db/entities.js';

type NodeType = EntityClass<SomeNodeEntity>;

function isNodeType(entity: EntityClass<object>): entity is NodeType {
  return entity.prototype instanceof NodeEntity;
}

/** Every entity that is a GraphQL Node, by its type name: its class name, as in its global IDs. */
const nodeTypes = new Map(
  entities.flatMap((entity): [string, NodeType][] => (isNodeType(entity) ? [[entity.name, entity]] : [])),
);

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global ID; null when none has it.' })
  async node(
    @Arg('id', () => ID, { description: 'A global ID from some `id` field.' }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<Node | null> {
    const { typeName, id: key } = fromGlobalId(id);
    const entity = nodeTypes.get(typeName);
    if (!entity) return null;
    return (await loaders.byId(entity, key)) as Node | null;
  }
}
