import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { OrderBy } from './order.js';

/** Makes one kind of DataLoader over a request's entity manager. */
export type LoaderFactory<K, V, C = K> = (em: EntityManager) => DataLoader<K, V, C>;

/** Reads the id of a many-to-one value, whether a loaded entity or an unloaded reference. */
function idOf(value: unknown): number | undefined {
  return (value as { id?: number } | undefined)?.id;
}

/**
 * The DataLoaders of one request, each made on first use and dropped with the request. Features
 * define their loaders as factories next to their entities; this cache knows none of them.
 * MikroORM batches single references itself; these batch "the children of each parent".
 */
export class RequestLoaders {
  readonly #loaders = new Map<unknown, unknown>();

  constructor(private readonly em: EntityManager) {}

  /** This request's loader from `factory`: one per factory, or one per `key` when it is given. */
  get<K, V, C = K>(factory: LoaderFactory<K, V, C>, key: unknown = factory): DataLoader<K, V, C> {
    let loader = this.#loaders.get(key) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = factory(this.em);
      this.#loaders.set(key, loader);
    }
    return loader;
  }

  /**
   * Rows of `entity` whose many-to-one `field` points at each given parent id, in `orderBy` order:
   * one SELECT … IN (…) per field, however many parents a query lists.
   */
  childrenOf<T extends { id: number }>(
    entity: EntityClass<T>,
    field: string & keyof T,
    orderBy = { id: 'asc' } as OrderBy<T>,
  ): DataLoader<number, T[]> {
    // The order belongs to the key: the same children in another order are another answer.
    const key = `${entity.name}.${field} ${JSON.stringify(orderBy)}`;
    return this.get(
      (em) =>
        new DataLoader<number, T[]>(async (parentIds) => {
          const where = { [field]: { $in: [...parentIds] } } as FilterQuery<T>;
          const rows: T[] = await em.find(entity, where, { orderBy });
          return parentIds.map((parentId) => rows.filter((row) => idOf(row[field]) === parentId));
        }),
      key,
    );
  }
}
