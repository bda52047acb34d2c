import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/node.interface.js';
import { VersionedEntity } from '../common/versioned.entity.js';
import { Actor } from '../actor/actor.entity.js';
import { Document } from '../document/document.entity.js';
import { AttributionKind } from './attribution-kind.js';

/** "Says who": the source a document credits for a fact, in the words the document uses. */
@Entity()
@Unique({ properties: ['document', 'key'] })
@ObjectType({ implements: Node, description: 'Who vouches for a fact ("says who"), in the words the source uses.' })
export class Attribution extends VersionedEntity {
  @ManyToOne(() => Document, { ref: true, deleteRule: 'cascade' })
  document!: Ref<Document>;

  /** The bundle's key for it, unique within its document. */
  @Property({ length: 120 })
  key!: string;

  @Enum({ items: () => AttributionKind })
  @Field(() => AttributionKind, { description: 'Publication, named source or anonymous sources.' })
  kind!: AttributionKind;

  @ManyToOne(() => Actor, { ref: true, nullable: true, index: true })
  source?: Ref<Actor>;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The words used to attribute ("according to people with direct knowledge of the matter").',
  })
  text?: string;
}
