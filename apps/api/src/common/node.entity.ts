import { OptionalProps, PrimaryKey } from '@mikro-orm/core';
import { toGlobalId } from './global-id.js';

/**
 * Base of every entity exposed as a GraphQL `Node`: an integer primary key inside the database,
 * an opaque global ID outside it. The GraphQL type name is the class name.
 */
// The parameter is used once by design: each entity names its own defaulted properties, and MikroORM
// reads them from this one member's type. A subclass cannot widen the member itself (TS2416).
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export abstract class NodeEntity<Defaulted extends string = never> {
  /** Properties `em.create()` may leave out: derived, or with a default. */
  [OptionalProps]?: 'globalId' | Defaulted;

  @PrimaryKey()
  id!: number;

  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

/** An entity that is a Node, whichever properties it defaults. */
export type SomeNodeEntity = NodeEntity<string>;
