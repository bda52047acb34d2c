import { OptionalProps, PrimaryKey } from '@mikro-orm/core';
import { toGlobalId } from './global-id.js';

/**
 * Base of every entity exposed as a GraphQL `Node`: an integer primary key inside the database,
 * an opaque global ID outside it. The GraphQL type name is the class name.
 */
export abstract class NodeEntity<Defaulted extends string = never> {
  /** Properties `em.create()` may leave out: derived, or with a default. */
  [OptionalProps]?: 'globalId' | Defaulted;

  @PrimaryKey()
  id!: number;

  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
