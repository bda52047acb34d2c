import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Actor } from '../actor/actor.entity.js';
import type { Document } from '../document/document.entity.js';
import { Node } from '../common/node.interface.js';
import { VersionedEntity } from '../common/versioned.entity.js';

@Entity()
@Unique({ properties: ['document', 'key'] })
// Covering indexes for graph walks (paths): holder ↔ organisation pairs each way, without reading the rows.
@Index({ properties: ['holder', 'organization', 'id'] })
@Index({ properties: ['organization', 'holder', 'id'] })
@ObjectType({
  implements: Node,
  description: 'A title an actor holds, in or for an organisation ("acting Foreign Minister" of Colombia).',
})
export class Position extends VersionedEntity<'acting'> {
  @ManyToOne('Document', { ref: true, deleteRule: 'cascade' })
  document!: Ref<Document>;

  @Property({ length: 120 })
  key!: string;

  @ManyToOne('Actor', { ref: true, index: true })
  holder!: Ref<Actor>;

  @ManyToOne('Actor', { ref: true, nullable: true, index: true })
  organization?: Ref<Actor>;

  @Property({ length: 300 })
  @Field({ description: 'The title as the source gives it ("Foreign Minister").' })
  title!: string;

  @Property()
  @Field({ description: 'True when the holder serves in an acting capacity.' })
  acting: boolean = false;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Where the position rests on a fact from outside the source, where that fact comes from.',
  })
  basis?: string;
}
