import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Direction } from './relation-direction.js';
import type { RelationCategory, RelationKind } from './relation-kind.js';
import { Relation } from './relation.entity.js';

export interface RelationsOfActorKey {
  actorId: number;
  direction: Direction;
  kinds?: RelationKind[] | null;
  categories?: RelationCategory[] | null;
}

/**
 * The relations each actor stands at an end of, filtered by direction, kind and category: one
 * query for every actor a response lists, whatever filters each asks for.
 */
export function relationsOfActor(em: EntityManager) {
  return new DataLoader<RelationsOfActorKey, Relation[], string>(
    async (keys) => {
      const actorIds = [...new Set(keys.map((key) => key.actorId))];
      const rows = await em.find(
        Relation,
        { $or: [{ source: { $in: actorIds } }, { target: { $in: actorIds } }] },
        { orderBy: { id: 'asc' } },
      );
      return keys.map(({ actorId, direction, kinds, categories }) =>
        rows.filter(
          (row) =>
            ((direction !== Direction.INCOMING && row.source.id === actorId) ||
              (direction !== Direction.OUTGOING && row.target.id === actorId)) &&
            (!kinds?.length || kinds.includes(row.kind)) &&
            (!categories?.length || categories.includes(row.category)),
        ),
      );
    },
    { cacheKeyFn: (key) => JSON.stringify([key.actorId, key.direction, key.kinds, key.categories]) },
  );
}
