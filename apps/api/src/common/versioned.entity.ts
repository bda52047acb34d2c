import { Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from './node.entity.js';

/**
 * A node that editors change: its `version` counts its updates, and every update or delete names
 * the version the client read. The ORM writes `UPDATE … WHERE version = ?` and fails when another
 * change came first (optimistic locking), so no edit silently overwrites another.
 */
// A base of object types, never one itself: type-graphql emits only the types the schema reaches.
@ObjectType()
// See NodeEntity for why the parameter is used once.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export abstract class VersionedEntity<Defaulted extends string = never> extends NodeEntity<'version' | Defaulted> {
  @Property({ version: true, default: 1 })
  @Field(() => Int, {
    description:
      'How many times this node was written: 1 when created, one more on each update. Updates and deletes send the version they read; a change made since is refused (CONFLICT).',
  })
  version!: number;

  /**
   * When an editor last updated the node (null until one does; an import writes none). Every update sets it, so the row itself changes, and its version with it, even when the update only
   * replaces what belongs to the node (its evidence, an event's participants). Imports find edits
   * in the history, not here (see editsSinceImport).
   */
  @Property({ type: 'datetime', nullable: true })
  editedAt?: Date;

  /** Marks the node as changed by an edit now: a new `editedAt`, never equal to the last one. */
  markEdited(): void {
    const now = new Date();
    const last = this.editedAt?.getTime() ?? 0;
    this.editedAt = now.getTime() > last ? now : new Date(last + 1);
  }
}
