import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Attribution } from '../attribution/attribution.entity.js';
import { firstPerParent, placeholders } from '../common/loaders.js';
import { Figure } from './figure.entity.js';

/**
 * The first `first` figures each actor is the source of (through their attribution), in id order,
 * in one query.
 */
export function figuresSourcedBy(first: number) {
  return (em: EntityManager) =>
    new DataLoader<number, Figure[]>((actorIds) => {
      const figure = em.getMetadata().get<Figure>(Figure.name).tableName;
      const attribution = em.getMetadata().get<Attribution>(Attribution.name).tableName;
      return firstPerParent(
        em,
        Figure,
        actorIds,
        {
          branches: (ids) => [
            {
              sql:
                `select ${figure}.*, ${attribution}.source_id as list_parent from ${figure}` +
                ` join ${attribution} on ${attribution}.id = ${figure}.attribution_id` +
                ` where ${attribution}.source_id in (${placeholders(ids)})`,
              params: [...ids],
            },
          ],
          orderBy: 'id',
        },
        first,
      );
    });
}
