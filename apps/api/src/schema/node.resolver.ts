import type { EntityClass } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { badUserInput } from '../common/errors.js';
import { fromGlobalId } from '../common/global-id.js';
import { NodeEntity, type SomeNodeEntity } from '../common/node.entity.js';
import { Node } from '../common/node.interface.js';
import { hasRole, type Role } from '../common/viewer.js';
import { entities } from '../db/entities.js';
import { Change, ChangeRow } from '../history/change.entity.js';
import { Suggestion } from '../suggestions/suggestion.entity.js';

type NodeType = EntityClass<SomeNodeEntity>;

/** Most global IDs one `nodes` call takes: a page of a client's cache, not a table scan. */
export const MAX_NODE_IDS = 100;

function isNodeType(entity: EntityClass<object>): entity is NodeType {
  return entity.prototype instanceof NodeEntity;
}

/** Every entity that is a GraphQL Node, by its type name: its class name, as in its global IDs. */
const nodeTypes = new Map(
  entities.flatMap((entity): [string, NodeType][] => (isNodeType(entity) ? [[entity.name, entity]] : [])),
);

/**
 * Nodes only some roles may read, by type name: anyone else gets null, as for an ID nothing has
 * (the history holds whole rows, deleted ones included).
 */
const restrictedTypes = new Map<string, { entity: EntityClass<{ id: number }>; role: Role }>([
  ['Change', { entity: Change, role: 'editor' }],
  ['ChangeRow', { entity: ChangeRow, role: 'editor' }],
  ['Suggestion', { entity: Suggestion, role: 'editor' }],
]);

/** The entity of a type name the viewer may fetch by ID, if any. */
function fetchableType(typeName: string, viewer: Context['viewer']): EntityClass<{ id: number }> | undefined {
  const restricted = restrictedTypes.get(typeName);
  if (restricted) return viewer && hasRole(viewer.role, restricted.role) ? restricted.entity : undefined;
  return nodeTypes.get(typeName);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global ID; null when none has it.' })
  async node(
    @Arg('id', () => ID, { description: 'A global ID from some `id` field.' }) id: string,
    @Ctx() { loaders, viewer }: Context,
  ): Promise<Node | null> {
    const { typeName, id: key } = fromGlobalId(id);
    const entity = fetchableType(typeName, viewer);
    if (!entity) return null;
    return (await loaders.byId(entity, key)) as Node | null;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Fetches objects by their global IDs, in the order given: one query per type, not one per ID. An item is null where no object has that ID. At most ${MAX_NODE_IDS} IDs.`,
    // Each ID may be a whole object: the cost of the selection once per ID.
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Math.max((args.ids as unknown[]).length, 1),
  })
  async nodes(
    @Arg('ids', () => [ID], { description: `Global IDs from \`id\` fields; at most ${MAX_NODE_IDS}.` })
    ids: string[],
    @Ctx() { em, viewer }: Context,
  ): Promise<(object | null)[]> {
    if (ids.length > MAX_NODE_IDS) {
      throw badUserInput(`"ids" takes at most ${MAX_NODE_IDS} IDs, got ${ids.length}.`, 'ids');
    }
    const wanted = ids.map((id) => fromGlobalId(id));
    const keysByType = new Map<EntityClass<{ id: number }>, Set<number>>();
    for (const { typeName, id } of wanted) {
      const entity = fetchableType(typeName, viewer);
      if (entity) keysByType.set(entity, (keysByType.get(entity) ?? new Set()).add(id));
    }
    const found = new Map<string, { id: number }>();
    for (const [entity, keys] of keysByType) {
      const rows = await em.find(entity, { id: { $in: [...keys] } });
      for (const row of rows) found.set(`${entity.name}:${row.id}`, row);
    }
    return wanted.map(({ typeName, id }) => found.get(`${typeName}:${id}`) ?? null);
  }
}
