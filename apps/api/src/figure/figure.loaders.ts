import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Figure } from './figure.entity.js';

/** The figures each actor is the source of (through their attribution), in one query. */
export function figuresSourcedBy(em: EntityManager) {
  return new DataLoader<number, Figure[]>(async (actorIds) => {
    const rows = await em.find(
      Figure,
      { attribution: { source: { $in: [...actorIds] } } },
      { populate: ['attribution'], orderBy: { id: 'asc' } },
    );
    return actorIds.map((actorId) => rows.filter((row) => row.attribution.getEntity().source?.id === actorId));
  });
}
