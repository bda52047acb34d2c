import DataLoader from 'dataloader';
import { firstPerParent, placeholders, type Columns, type ParentMatch } from '../common/loaders.js';
import type { Reader } from '../common/read.js';
import { Direction } from './relation-direction.js';
import type { RelationCategory, RelationKind } from './relation-kind.js';
import { Relation } from './relation.entity.js';

export interface RelationsOfActorKey {
  actorId: number;
  direction: Direction;
  kinds?: RelationKind[] | null;
  categories?: RelationCategory[] | null;
  first: number;
}

/** The filters of a key, without its actor: keys that share them share a statement. */
function filtersOf({ direction, kinds, categories, first }: RelationsOfActorKey): string {
  return JSON.stringify([direction, kinds ?? [], categories ?? [], first]);
}

/**
 * The first relations of each of `actorIds` with the same filters, in id order, in one statement:
 * direction, kinds and categories are WHERE clauses, and for BOTH directions the source-side and
 * target-side lookups are two branches of a UNION ALL, so each uses its own index.
 */
function relationsOfActors(reader: Reader, actorIds: number[], key: RelationsOfActorKey) {
  const table = reader.meta(Relation).tableName;
  const filters: string[] = [];
  const filterParams: unknown[] = [];
  if (key.kinds?.length) {
    filters.push(`kind in (${placeholders(key.kinds)})`);
    filterParams.push(...key.kinds);
  }
  if (key.categories?.length) {
    filters.push(`category in (${placeholders(key.categories)})`);
    filterParams.push(...key.categories);
  }
  const branch = (end: 'source_id' | 'target_id', parents: ParentMatch, columns: Columns, extra: string[] = []) => {
    const match = parents(end);
    return {
      sql: `select ${columns(table)}, ${end} as list_parent from ${table} where ${[match.sql, ...extra, ...filters].join(' and ')}`,
      params: [...match.params, ...filterParams],
    };
  };
  return firstPerParent(
    reader,
    Relation,
    actorIds,
    {
      branches: (parents, columns) =>
        key.direction === Direction.OUTGOING
          ? [branch('source_id', parents, columns)]
          : key.direction === Direction.INCOMING
            ? [branch('target_id', parents, columns)]
            : // A relation of an actor with itself is found once, by its source side.
              [
                branch('source_id', parents, columns),
                branch('target_id', parents, columns, ['source_id <> target_id']),
              ],
      orderBy: 'id',
      orderProperties: ['id'],
    },
    key.first,
  );
}

/**
 * The relations each actor stands at an end of, filtered by direction, kind and category and cut
 * at `first`: one query for every actor a response lists with the same filters.
 */
export function relationsOfActor(reader: Reader) {
  return new DataLoader<RelationsOfActorKey, Relation[], string>(
    async (keys) => {
      // Keys that share their filters share a statement.
      const groups = new Map<string, { filters: RelationsOfActorKey; actorIds: Set<number> }>();
      for (const key of keys) {
        const group = groups.get(filtersOf(key));
        if (group) group.actorIds.add(key.actorId);
        else groups.set(filtersOf(key), { filters: key, actorIds: new Set([key.actorId]) });
      }
      const answers = new Map<string, Relation[]>();
      for (const [filters, group] of groups) {
        const actorIds = [...group.actorIds];
        const lists = await relationsOfActors(reader, actorIds, group.filters);
        lists.forEach((list, index) => answers.set(`${actorIds[index]} ${filters}`, list));
      }
      return keys.map((key) => answers.get(`${key.actorId} ${filtersOf(key)}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.actorId} ${filtersOf(key)}` },
  );
}
