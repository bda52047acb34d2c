import DataLoader from 'dataloader';
import { Attribution } from '../attribution/attribution.entity.js';
import { firstPerParent } from '../common/loaders.js';
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
          branches: (parents, columns) => {
            const match = parents(`${attribution}.source_id`);
            return [
              {
                sql:
                  `select ${columns(figure)}, ${attribution}.source_id as list_parent from ${figure}` +
                  ` join ${attribution} on ${attribution}.id = ${figure}.attribution_id where ${match.sql}`,
                params: match.params,
              },
            ];
          },
          orderBy: 'id',
          orderProperties: ['id'],
        },
        first,
      );
    });
}
