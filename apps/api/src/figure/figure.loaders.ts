import DataLoader from 'dataloader';
import { Attribution } from '../attribution/attribution.entity.js';
import { firstPerParent, placeholders } from '../common/loaders.js';
import type { Reader } from '../common/read.js';
import { Figure } from './figure.entity.js';

/**
 * The first `first` figures each actor is the source of (through their attribution), in id order,
 * in one query.
 */
export function figuresSourcedBy(first: number) {
  return (reader: Reader) =>
    new DataLoader<number, Figure[]>((actorIds) => {
      const figure = reader.meta(Figure).tableName;
      const attribution = reader.meta(Attribution).tableName;
      return firstPerParent(
        reader,
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
