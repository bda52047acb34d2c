import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Evidence, type EvidenceOwner } from './evidence/evidence.entity.js';
import { Figure } from './figure/figure.entity.js';
import { Relation } from './relation/relation.entity.js';
import type { RelationCategory, RelationKind } from './relation/relation-kind.js';

type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

export interface RelationsOfActorKey {
  actorId: number;
  direction: Direction;
  kinds?: RelationKind[] | null;
  categories?: RelationCategory[] | null;
}

/** Reads the id of a many-to-one value, whether a loaded entity or an unloaded reference. */
function idOf(value: unknown): number | undefined {
  return (value as { id?: number } | undefined)?.id;
}

/**
 * Per-request batching for "the children of each parent" (one SELECT … IN (…) per field, however
 * many parents a query lists), on top of MikroORM's own dataloader for single references.
 */
export function createLoaders(em: EntityManager) {
  const childLoaders = new Map<string, DataLoader<number, unknown[]>>();

  /** Rows of `entity` whose many-to-one `field` points at each given parent id. */
  function childrenOf<T extends object>(
    entity: EntityName<T> & { name: string },
    field: string & keyof T,
    orderBy: QueryOrderMap<T> = { id: 'asc' } as QueryOrderMap<T>,
  ): DataLoader<number, T[]> {
    const cacheKey = `${entity.name}.${field}`;
    let loader = childLoaders.get(cacheKey) as DataLoader<number, T[]> | undefined;
    if (!loader) {
      loader = new DataLoader<number, T[]>(async (parentIds) => {
        const rows = await em.find(entity, { [field]: { $in: [...parentIds] } } as FilterQuery<T>, { orderBy });
        return parentIds.map((parentId) => rows.filter((row) => idOf(row[field]) === parentId));
      });
      childLoaders.set(cacheKey, loader as DataLoader<number, unknown[]>);
    }
    return loader;
  }

  const relationsOfActor = new DataLoader<RelationsOfActorKey, Relation[], string>(
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
            ((direction !== 'INCOMING' && row.source.id === actorId) ||
              (direction !== 'OUTGOING' && row.target.id === actorId)) &&
            (!kinds?.length || kinds.includes(row.kind)) &&
            (!categories?.length || categories.includes(row.category)),
        ),
      );
    },
    { cacheKeyFn: (key) => JSON.stringify([key.actorId, key.direction, key.kinds, key.categories]) },
  );

  const figuresSourcedBy = new DataLoader<number, Figure[]>(async (actorIds) => {
    const rows = await em.find(
      Figure,
      { attribution: { source: { $in: [...actorIds] } } },
      { populate: ['attribution'], orderBy: { id: 'asc' } },
    );
    return actorIds.map((actorId) => rows.filter((row) => row.attribution.getEntity().source?.id === actorId));
  });

  return {
    childrenOf,
    relationsOfActor,
    figuresSourcedBy,
    /** The evidence spans of one kind of fact, in text order. */
    evidenceOf: (owner: EvidenceOwner) => childrenOf(Evidence, owner, { start: 'asc', id: 'asc' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
